"""Counts of time that are no dates after a ranking word, and counts from the date the text last
named ("two years later"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from claimtrack.parsers.dates import find_dates
from claimtrack.pipeline.extensions import DATES, PUBLISHED, views


def model_dates(nlp, text, published="2025-03-04"):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in views(doc, DATES) if m.iso]


@pytest.mark.parametrize("text", [
    "It will be the first stoppage in 20 years.",
    "The mill will close for the second time in three months.",
    "The vote is expected to be the largest in 30 years.",
    "Officials said it would be the wettest spring in a decade.",
])
def test_in_n_years_after_an_ordinal_or_superlative_is_no_date(nlp, text):
    assert model_dates(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The first instalment is due in two weeks.", [("two weeks", "2025-03-18")]),
    ("The council will hold the hearing in three weeks.", [("three weeks", "2025-03-25")]),
])
def test_in_n_units_after_a_forward_verb_stays_a_date(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The bridge will reopen in two years.",
    "The new rules will take effect in three months.",
    "The harbour will be dredged in 18 months, the port said.",
])
def test_months_or_years_from_the_day_of_writing_are_a_duration_not_a_date(nlp, text):
    # a duration is a quantity (FORMAT.md); it names no calendar month or year the reader can check
    assert model_dates(nlp, text) == []


def dates(text, published="2025-03-04"):
    return [(d.text, d.iso) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The ferry line opened on 9 October 2016. Three years later it was sold.",
     [("9 October 2016", "2016-10-09"), ("Three years later", "2019")]),
    ("The levee broke in April 2021; two months earlier inspectors had flagged it.",
     [("April 2021", "2021-04"), ("two months earlier", "2021-02")]),
    ("Work began on 2 June 2023 and stopped ten days later.",
     [("2 June 2023", "2023-06-02"), ("ten days later", "2023-06-12")]),
])
def test_an_offset_counts_from_the_date_named_before_it(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The tunnel opened in 2019, three years later than planned.", [("2019", "2019")]),
    ("The dam was finished in May 2022, a month earlier than the contract said.", [("May 2022", "2022-05")]),
])
def test_later_or_earlier_than_compares_two_times(text, expected):
    # the gap between the time it happened and the time it was due: no third date
    assert dates(text) == expected


def test_later_without_a_named_date_is_not_guessed():
    assert dates("Four years later the orchard was gone.") == []


def test_a_count_finer_than_its_anchor_is_not_guessed():
    assert dates("The mine was sold in 1987. Six days later it flooded.") == [("1987", "1987")]


def test_earlier_without_a_named_date_is_not_guessed():
    # results news: "from $3 million a year earlier" compares with a reporting period the
    # sentence does not date, not with the day of publication
    assert dates("Profit rose to $4 million from $3 million a year earlier.") == []


def test_a_new_paragraph_ends_the_anchor():
    assert dates("The fair opened on 1 May 2010.\n\nFive years later the site was empty.") == [
        ("1 May 2010", "2010-05-01")]


@pytest.mark.parametrize("text, expected", [
    ("The ferry was seized in August 2017 and sold the following year.",
     [("August 2017", "2017-08"), ("the following year", "2018")]),
    ("The mine reopened in 2011; that year it hired 300 people.", [("2011", "2011"), ("that year", "2011")]),
    ("The strike began on 6 March 2023. The following day, talks resumed.",
     [("6 March 2023", "2023-03-06"), ("The following day", "2023-03-07")]),
    ("The treaty was signed on 9 July 2015; the previous month, envoys had met.",
     [("9 July 2015", "2015-07-09"), ("the previous month", "2015-06")]),
    ("She landed on 2 April 2024 and flew back the same day.",
     [("2 April 2024", "2024-04-02"), ("the same day", "2024-04-02")]),
])
def test_that_year_and_the_following_day_come_from_the_date_before(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "That year was hard for farmers.",  # no date before it
    "The pier was built in 1950. That day the town celebrated.",  # a day is finer than the year
])
def test_that_year_without_a_date_before_is_not_guessed(text):
    assert [d for d in dates(text) if d[0].lower().startswith(("that", "the "))] == []


# A month written without a year and followed by a year anaphor ("in June that year") is one
# date: the year is the last one the text named, not the publication's.
@pytest.mark.parametrize("text, expected", [
    ("The quarry closed in 2009. In June that year, its workers sued.",
     [("2009", "2009"), ("June that year", "2009-06")]),
    ("The bridge opened in 1998 and was damaged on 12 March of the following year.",
     [("1998", "1998"), ("12 March of the following year", "1999-03-12")]),
    ("Sales peaked in 2014, and by late October that year the shop had closed.",
     [("2014", "2014"), ("late October that year", "2014-10")]),
])
def test_a_month_before_that_year_takes_the_year_named_before(text, expected):
    assert dates(text) == expected


def test_a_month_before_that_year_with_no_year_named_is_not_guessed():
    assert dates("In June that year, the workers sued.") == []


def test_a_weekday_before_that_year_is_not_joined():
    # a weekday is no month: "on Friday, that year" does not make a date of that year's Friday
    assert ("Friday, that year", "2011-06-12") not in dates("Trade grew in 2011. Rates rose on Friday, that year.")


@pytest.mark.parametrize("text, expected", [
    ("A month or so ago the depot stopped taking orders.", [("A month or so ago", "2025-02")]),
    ("The pier was repainted a week or so ago.", [("a week or so ago", "2025-02-25")]),
])
def test_or_so_after_a_count_of_time_ago_keeps_the_date(text, expected):
    """"or so" says the count is rough; the date it counts back to is still read."""
    assert dates(text) == expected
