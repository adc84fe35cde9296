"""A year of another era in an English page (parsers/date_eras.py, data/dates.json "eras"): a
local paper's masthead or date in the Thai Buddhist Era is the Gregorian year + 543, so the page's
publication date, and every relative date resolved against it, is the Gregorian one. Sentences
invented."""

from __future__ import annotations

import pytest

from claimtrack.parsers.date_eras import gregorian_years
from claimtrack.parsers.dates import find_dates
from claimtrack.parsers.published import find_dateline


@pytest.mark.parametrize("text, expected", [
    ("Friday 2 July B.E. 2570 (2027)", "Friday 2 July      2027 (2027)"),  # marker before the year
    ("the toll set in 2568 BE was", "the toll set in 2025    was"),          # marker after it
    ("posted 03/07/2570 at noon", "posted 03/07/2027 at noon"),               # no marker, all numbers
    # no marker on the date, closing a written day, on a page that writes the era elsewhere
    ("B.E. 2570 edition. The pier shut on July 3, 2569.", "     2027 edition. The pier shut on July 3, 2026."),
])
def test_an_era_year_is_written_as_its_gregorian_year_in_place(text, expected):
    out = gregorian_years(text)
    assert out == expected and len(out) == len(text)


@pytest.mark.parametrize("text", [
    "The agency built 2570 homes.",   # a count, no marker and no day before it
    "By 3 July 2027 the pier opens.",  # a Gregorian year
    "TO BE DECIDED",                   # the marker's letters in a word
    "Tuesday, July 3, 2570",           # a written day, but no marker anywhere on the page
    # a month and a count with no thousands comma: no day, or a word the number counts
    "In May 2500 porters walked out over pay.",
    "B.E. 2570 edition. Since June 2450 farms have applied.",
    "B.E. 2570 edition. On 4 May 2600 cyclists set off.",
])
def test_other_numbers_are_left_alone(text):
    # (on a page whose masthead writes the era, only the masthead's year is rewritten)
    cut = text.find("edition") + 1
    assert gregorian_years(text)[cut:] == text[cut:]


def test_an_era_date_reads_as_the_gregorian_day_and_keeps_its_written_text():
    found = find_dates("The ferry fare rose on 3 July B.E. 2570.", None)
    assert [(f.text, f.iso) for f in found] == [("3 July B.E. 2570", "2027-07-03")]


def test_a_masthead_in_the_buddhist_era_dates_the_page_in_the_gregorian_year():
    page = ("Harbour Courier\nFriday 2 July B.E. 2570 (2027)\n\nFerry fares rise\n\n"
            "The ferry board said on Thursday that fares on the river route will rise next month.\n")
    assert find_dateline(page) == "2027-07-02"
    # relative dates then resolve near the page's day, not 543 years ahead
    days = {f.text: f.iso for f in find_dates(page, find_dateline(page))}
    assert days["Thursday"] == "2027-07-01" and days["next month"] == "2027-08"
