"""Dates that generalise: tense of the governing clause, possessive periods, relative periods
with their grain, parts of periods, decades and holidays. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import DATES, PUBLISHED, views


def model_dates(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in views(doc, DATES) if m.iso]


# 2031-03-13 is a Thursday.
PUB = "2031-03-13"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle clause takes the tense of the clause it hangs from: past, so the last Monday
        ("The harbour master resigned, saying on Monday that the cranes were unsafe.", [("Monday", "2031-03-10")]),
        ("The ferry company's shares slid, closing lower Tuesday in thin trading.", [("Tuesday", "2031-03-11")]),
        # a weekday naming when a thing happened, not a planned event: the latest one
        ("The union rejected Tuesday's offer from the port authority.", [("Tuesday", "2031-03-11")]),
        # a present passive looks forward
        ("A verdict in the fishing-rights case is expected in May.", [("May", "2031-05")]),
        # an infinitive saying what a thing is for looks forward
        ("The council approved a plan to reopen the old bridge in June.", [("June", "2031-06")]),
    ],
)
def test_tense_of_the_governing_clause(nlp, text, expected):
    assert model_dates(nlp, text, PUB) == expected


def test_past_tense_weekday_is_never_after_publication(nlp):
    for day in ("Monday", "Wednesday", "Thursday", "Friday", "Sunday"):
        got = model_dates(nlp, f"The lighthouse keeper retired on {day}.", PUB)
        assert len(got) == 1 and got[0][1] <= PUB, (day, got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor's office said today's figures were provisional.", [("today", "2031-03-13")]),
        ("Organisers moved this year's regatta to the lake.", [("this year", "2031")]),
        ("Critics recalled last month's flooding in the valley.", [("last month", "2031-02")]),
    ],
)
def test_possessive_periods_are_dates(nlp, text, expected):
    assert model_dates(nlp, text, PUB) == expected


def text_dates(text, published=PUB):
    from claimtrack.dateparse import find_dates

    return [(m.text, m.iso, m.grain, m.part) for m in find_dates(text, published) if m.iso]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a week is named by its Monday, with grain "week"
        ("The ferry strike ended last week.", [("last week", "2031-03-03", "week", None)]),
        ("Inspectors return next week.", [("next week", "2031-03-17", "week", None)]),
        ("Earlier this week the quay flooded.", [("this week", "2031-03-10", "week", None)]),
        # a weekday tied to a week stays one day
        ("The auction is on Friday next week.", [("Friday next week", "2031-03-21", "day", None)]),
        # a title in mid-sentence is not a date
        ("She told the radio show This Week that tolls would rise.", []),
    ],
)
def test_relative_weeks(text, expected):
    assert text_dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Work on the dam starts in early June.", [("early June", "2031-06", "month", "early")]),
        ("The tunnel should open by mid-2033.", [("mid-2033", "2033", "year", "mid")]),
        ("Tolls were last raised at the end of 2029.", [("the end of 2029", "2029", "year", "late")]),
        ("Wages stalled in the middle of January.", [("the middle of January", "2031-01", "month", "mid")]),
        ("Ship traffic peaked in the 1970s.", [("1970s", "197", "decade", None)]),
        ("The canal silted up in the late 1880s.", [("late 1880s", "188", "decade", "late")]),
    ],
)
def test_parts_of_periods_and_decades(text, expected):
    assert text_dates(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # dates come from dateutil's Easter and the `holidays` package
        ("The museum shuts at Easter 2032.", PUB, [("Easter 2032", "2032-03-28")]),
        ("Ticket sales over Thanksgiving 2030 were the best in years.", PUB, [("Thanksgiving 2030", "2030-11-28")]),
        ("The pier reopened before Memorial Day.", "2031-08-01", [("Memorial Day", "2031-05-26")]),
        # a bare holiday takes the one the tense points at
        ("The harbour festival was cancelled at Christmas.", "2031-03-13", [("Christmas", "2030-12-25")]),
        ("The harbour festival will return at Christmas.", "2031-03-13", [("Christmas", "2031-12-25")]),
    ],
)
def test_holidays(nlp, text, published, expected):
    assert model_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The levy applies from the first day of 2029.", [("the first day of 2029", "2029-01-01")]),
        ("Bids close on the last day of February 2028.", [("the last day of February 2028", "2028-02-29")]),
        ("The lease runs to the last day of 2030.", [("the last day of 2030", "2030-12-31")]),
        ("Witnesses spoke on the first day of the trial.", []),  # no period with a year: no calendar day
    ],
)
def test_the_first_or_last_day_of_a_written_period(text, expected):
    from claimtrack.parsers.dates import find_dates

    assert [(d.text, d.iso) for d in find_dates(text, "2026-10-28")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales are expected to halve over the whole of November.", [("November", "2026-11")]),
        ("The pier stays shut for the rest of August.", [("August", "2026-08")]),
        ("the whole of may was dry", []),  # "may" in lower case is no month
    ],
)
def test_a_month_after_a_partitive_is_the_month(text, expected):
    """'the whole of', 'the rest of', 'all of' a month name it, like 'the end of' does."""
    from claimtrack.parsers.dates import find_dates

    assert [(d.text, d.iso) for d in find_dates(text, "2026-10-28")] == expected
