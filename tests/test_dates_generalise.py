"""Dates on news phrasings measured on TempEval-3 and the peer suites (sentences invented here).

Each rule states a general fact of English or of news writing; none is fitted to one sentence.
"""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import DATES, PUBLISHED, views


def model_dates(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in views(doc, DATES) if m.iso]


# ------------------------------------------------------------------ a weekday after a name
# Wire copy puts the day right after the subject or a place: "<Name> Tuesday said", "in <Place>
# Monday". The parse tells these from names that hold a weekday ("Super Tuesday", "USA Today"):
# there the capitalised word is a compound modifier of the weekday.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chancellor Weber Tuesday announced a smaller budget.", [("Tuesday", "2026-11-03")]),
        ("Floods swept through villages in Bolivia Monday, killing four people.", [("Monday", "2026-11-02")]),
        ("The talks in Geneva Monday ended without a deal.", [("Monday", "2026-11-02")]),
    ],
)
def test_weekday_after_a_name_is_a_date(nlp, text, expected):
    assert model_dates(nlp, text, "2026-11-04") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Candidates campaigned hard before Super Tuesday.",
        "USA Today first reported the deal.",
        "Relatives marked the anniversary of Bloody Sunday.",
    ],
)
def test_names_holding_a_weekday_stay_names(nlp, text):
    assert model_dates(nlp, text, "2026-11-04") == []


# ------------------------------------------------------------------ the climb to the governing verb

def test_verbless_headline_has_no_tense_and_keeps_the_latest_weekday(nlp):
    """The climb stops at the root (index comparison: spaCy makes a new Token object on each
    access, so `tok.head is tok` was never true). A verbless headline has no tense to read: the
    test says None, and a bare weekday then takes the latest one, as before."""
    from claimtrack.pipeline.dates import _is_future

    text = "Record turnout on Friday"
    doc = nlp(text)
    start = text.index("Friday")
    assert doc[1].dep_ == "ROOT" and doc[1].pos_ == "NOUN"  # the premise: no verb
    assert _is_future(doc)(start, start + len("Friday")) is None
    assert model_dates(nlp, text, "2026-11-04") == [("Friday", "2026-10-30")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gerund after a preposition has no tense: the clause it hangs from decides
        ("After visiting the flooded town on Monday, the minister promised more aid.", "2026-11-02"),
        ("Before leaving Rome on Monday, the envoy met the mayor.", "2026-11-02"),
        ("After meeting the union on Monday, the minister will announce the plan.", "2026-11-09"),
    ],
)
def test_gerund_after_preposition_takes_the_tense_of_its_clause(nlp, text, expected):
    assert model_dates(nlp, text, "2026-11-04") == [("Monday", expected)]


# ------------------------------------------------------------------ years read aloud

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The factory first opened in nineteen eighty-four.", [("nineteen eighty-four", "1984")]),
        ("Membership has doubled since two thousand and eight.", [("two thousand and eight", "2008")]),
        ("Nineteen sixty-eight was a year of protest.", [("Nineteen sixty-eight", "1968")]),
        ("The treaty was signed in March nineteen ninety-two.", [("March nineteen ninety-two", "1992-03")]),
        ("The bridge was finished on 4 June eighteen hundred and ninety.", [("4 June eighteen hundred and ninety", "1890-06-04")]),
        ("She was born in nineteen oh seven.", [("nineteen oh seven", "1907")]),
    ],
)
def test_years_read_aloud(text, expected):
    from claimtrack.dateparse import find_dates

    assert [(m.text, m.iso) for m in find_dates(text, "2026-11-04") if m.iso] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two thousand troops crossed the border.",
        "Fifteen hundred and forty workers lost their jobs.",
        "Twenty twenty-dollar notes were found.",
        "It rained in May. Two thousand people stayed home.",
    ],
)
def test_counts_in_words_are_not_years(text):
    from claimtrack.dateparse import find_dates

    assert [m.text for m in find_dates(text, "2026-11-04") if m.iso and m.grain == "year"] == []


# ------------------------------------------------------------------ weekday compounds, relative periods

@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "Friday the 13th": the weekday tells which month
        ("The market crashed on Friday the 13th.", "2026-11-20", [("Friday the 13th", "2026-11-13")]),
        ("The launch is planned for Monday the twenty-third.", "2026-11-04", [("Monday the twenty-third", "2026-11-23")]),
        # a lowercase weekday shifted by a relative week
        ("The union said it would strike on thursday of next week.", "2026-11-04",
         [("thursday of next week", "2026-11-12")]),
        ("Results are due the day after tomorrow.", "2026-11-04", [("the day after tomorrow", "2026-11-06")]),
        ("Talks resume day after tomorrow, aides said.", "2026-11-04", [("day after tomorrow", "2026-11-06")]),
        ("The stadium will open the year after next.", "2026-11-04", [("the year after next", "2028")]),
    ],
)
def test_weekday_compounds_and_periods(text, published, expected):
    from claimtrack.dateparse import find_dates

    assert [(m.text, m.iso) for m in find_dates(text, published) if m.iso] == expected


def test_an_apposition_after_a_weekday_is_no_day_of_the_month():
    from claimtrack.dateparse import find_dates

    text = "Shares closed lower on Friday, the third fall this week."
    assert [m.text for m in find_dates(text, "2026-11-04") if m.iso] == ["Friday", "this week"]


def test_an_imperative_looks_forward(nlp):
    assert model_dates(nlp, "Call the office again in two weeks.", "2026-11-04") == [("two weeks", "2026-11-18")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The factory closed a year and six months ago.", [("a year and six months ago", "2025-05")]),
        ("He was released 2 months, 10 days ago.", [("2 months, 10 days ago", "2026-08-25")]),
        ("The strike began three weeks ago.", [("three weeks ago", "2026-10-14")]),
    ],
)
def test_durations_of_several_units_counted_back(text, expected):
    from claimtrack.dateparse import find_dates

    assert [(m.text, m.iso) for m in find_dates(text, "2026-11-04") if m.iso] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ordinal days as said, with a space: "twenty second"
        ("The vote was held on the twenty second of May 2024.", [("the twenty second of May 2024", "2024-05-22")]),
        ("The charter was signed on the fourth of July, seventeen seventy-six.",
         [("the fourth of July, seventeen seventy-six", "1776-07-04")]),
        # a comma after a month with no day: what follows may count something
        ("In September, two thousand nurses went on strike.", [("September", "2026-09")]),
    ],
)
def test_ordinal_days_as_said(text, expected):
    from claimtrack.dateparse import find_dates

    assert [(m.text, m.iso) for m in find_dates(text, "2026-11-04") if m.iso] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant opened on March 3 in 1999.", [("March 3 in 1999", "1999-03-03")]),
        ("The law took effect on January first, 1995.", [("January first, 1995", "1995-01-01")]),
        # a day in words after a month only with its year
        ("In March first-time buyers were fewer.", [("March", "2026-03")]),
    ],
)
def test_month_day_with_its_year(text, expected):
    from claimtrack.dateparse import find_dates

    assert [(m.text, m.iso) for m in find_dates(text, "2026-11-04") if m.iso] == expected


def test_calendar_year_is_the_year():
    from claimtrack.dateparse import find_dates

    got = [(m.text, m.iso) for m in find_dates("Exports fell last calendar year and may recover this calendar year.",
                                                "2026-11-04") if m.iso]
    assert got == [("last calendar year", "2025"), ("this calendar year", "2026")]


# ------------------------------------------------------------------ a part of the day of writing
# "this morning", "this afternoon", "this evening" are parts of the day the text was written, as
# "tonight" is: the publication date, at the day grain.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trading in the shares was halted this morning.", [("this morning", "2026-11-04")]),
        ("This afternoon the ferry operator cancelled two sailings.", [("This afternoon", "2026-11-04")]),
        ("The governor will address the assembly this evening.", [("this evening", "2026-11-04")]),
        # another morning is no part of today
        ("The ferry sailed on Monday morning.", [("Monday", "2026-11-02")]),
    ],
)
def test_a_part_of_the_day_of_writing_is_that_day(text, expected):
    from claimtrack.parsers.dates import find_dates

    assert [(m.text, m.iso) for m in find_dates(text, "2026-11-04") if m.iso] == expected
