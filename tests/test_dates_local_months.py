"""A month word of another language beside a day number in an English page (parsers/local_months.py:
the Unicode CLDR month names of data/cldr_month_words.json, their months from Babel): the date is
read as the English parser reads "4 November 2031", its span and text as written. Sentences
invented."""

from __future__ import annotations

import pytest

from claimtrack.parsers.dates import find_dates
from claimtrack.parsers.local_months import english_month_words


@pytest.mark.parametrize("text, expected", [
    ("The quay reopened on 4 Kasım 2031.", [("4 Kasım 2031", "2031-11-04")]),           # Turkish
    ("The fair runs until 19 Ogos.", [("19 Ogos", "2031-08-19")]),                       # Malay, no year
    ("Talks began on 7 de agosto de 2031 in the port.", [("7 de agosto de 2031", "2031-08-07")]),
    ("The toll rose on 3. Oktober 2031.", [("3. Oktober 2031", "2031-10-03")]),
    ("Votes were counted by 12 Mars 2031.", [("12 Mars 2031", "2031-03-12")]),          # an English word too, with its year
    # written in lower case, as French and Spanish write months, whose English abbreviation is an
    # English word too ("nov", "oct"); and French's ordinal first day, "1er"
    ("The hearing resumes on 27 novembre.", [("27 novembre", "2031-11-27")]),
    ("Stalls at the wharf open from 9 octubre.", [("9 octubre", "2031-10-09")]),
    ("Since 1er décembre 2030 the toll has doubled.", [("1er décembre 2030", "2030-12-01")]),
])
def test_a_local_month_word_after_a_day_is_a_date(text, expected):
    assert [(f.text, f.iso) for f in find_dates(text, "2031-05-20")] == expected


@pytest.mark.parametrize("text", [
    "The crew ate 12 mars bars.",         # an English word too, and no year after it
    "The team scored 3 goals in 9 games.",
    "He sold 40 Kasımpaşa scarves.",      # a longer word that begins like a month
    # a count before a name that is a month word somewhere (no year, no preposition of time)
    "Medics said 3 Mai Lan residents were hurt.",
    "Guards held 12 Kur herders overnight.",
    "The 1er prix went to a baker.",      # French's first, before no month
    "The rain cut off 9 Mata hamlets.",
])
def test_no_month_word_no_change(text):
    assert english_month_words(text) == text


def test_the_copy_keeps_every_offset():
    text = "From 7 de agosto de 2031 and until 19 Ogos."
    out = english_month_words(text)
    assert len(out) == len(text) and out.index("2031") == text.index("2031") and out.endswith(".")


@pytest.mark.parametrize("text", [
    "Upon 4 Ogos the ferry ran; since 19 Ogos it has not, and before 2 Kasım 2031 it will.",
    "x7 Ogos 2031, 07 Mars 2031 and 31 de agosto de 2031 (on 1st Kasım)",
    "Ships left on\t5 Ogos; 3 ships came by 6.7 Ogos 2031.",
])
def test_the_day_and_month_pattern_is_tried_where_a_scan_finds_it(text):
    """english_month_words tries its pattern only at prepositions and runs of digits
    (scan.finditer_at): the same matches as a scan of every position."""
    from claimtrack.parsers.local_months import _DAY_MONTH, _DAY_MONTH_STARTS
    from claimtrack.parsers.scan import RunStarts, ascii_lower, finditer_at

    starts = RunStarts(ascii_lower(text), _DAY_MONTH_STARTS).of(_DAY_MONTH_STARTS, digits=True)
    scanned = [(m.span(), m.groupdict()) for m in _DAY_MONTH.finditer(text)]
    assert any(g["prep"] for _, g in scanned)
    assert [(m.span(), m.groupdict()) for m in finditer_at(_DAY_MONTH, text, starts)] == scanned
