"""Periods news names without a number: the current year, year-end, the end of the month, later in
the year, the year to date, decades with a part (sentences invented here; measured on TempEval-3)."""

from __future__ import annotations

import pytest

from claimtrack.parsers.dates import find_dates
from claimtrack.pipeline.extensions import DATES, PUBLISHED, views

REF = "2026-03-10"


def _found(text, ref=REF):
    return [(m.text, m.iso, m.grain, m.part) for m in find_dates(text, ref)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bakery expects thinner margins in the current year.", [("current year", "2026", "year", None)]),
        ("Rents are set for the current month.", [("current month", "2026-03", "month", None)]),
        ("Storage prices fell through the mid-1980s.", [("mid-1980s", "198", "decade", "mid")]),
        ("The council meets again later in the year.", [("later in the year", "2026", "year", None)]),
        ("Copper is up 9% in the year to date.", [("the year to date", "2026", "year", None)]),
        ("Month-to-date bookings look thin.", [("Month-to-date", "2026-03", "month", None)]),
    ],
)
def test_named_reporting_periods(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The last month has been hard for growers.",  # a stretch of time, as before
        "Shares rose in the past year.",
        # a fiscal year is no calendar year (it may run from April or July): not read as one
        "Freight volumes should recover in the current fiscal year.",
        "The ferry line lost money last financial year.",
    ],
)
def test_stretches_and_words_stay_out(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mill will be sold by year-end.", [("year-end", "2026", "year", "late")]),
        ("The tunnel should open before the end of the year.", [("the end of the year", "2026", "year", "late")]),
        ("Rents are due at the end of the month.", [("the end of the month", "2026-03", "month", "late")]),
        ("The index has gained 6% since year-end.", [("year-end", "2025", "year", "late")]),
        ("Stocks have slipped since the end of the month.", [("the end of the month", "2026-02", "month", "late")]),
        ("The sale ends on the year's end.", [("the year's end", "2026", "year", "late")]),
    ],
)
def test_period_ends(text, expected):
    assert _found(text) == expected


def test_a_year_after_the_end_is_that_years_end():
    # "the end of the year 2024": the year is named: the date is 2024, not this year's end
    assert [f[:2] for f in _found("Work stopped at the end of the year 2024.")] == [("2024", "2024")]


def test_a_word_that_only_starts_like_one_is_no_period_end():
    assert _found("Results for the year ending in June were weak.") == [("June", "2026-06", "month", None)]


def _model(nlp, text, published=REF):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in views(doc, DATES) if m.iso]


@pytest.mark.model
def test_a_past_period_end_takes_the_year_the_paragraph_named(nlp):
    text = "In 2019 the cannery hired 300 pickers, and by year-end it employed 500."
    assert _model(nlp, text) == [("2019", "2019"), ("year-end", "2019")]
    # the control: looking forward, it is this year's
    text = "In 2019 the cannery hired 300 pickers, and by year-end it will employ 500."
    assert _model(nlp, text) == [("2019", "2019"), ("year-end", "2026")]
    text = "The dam was finished in 2011. Earlier in the year a flood had swept the valley."
    assert _model(nlp, text) == [("2011", "2011"), ("Earlier in the year", "2011")]
    # a new paragraph does not carry the year over
    text = "In 2019 the cannery hired 300 pickers.\n\nBy year-end it employed 500."
    assert _model(nlp, text) == [("2019", "2019"), ("year-end", "2026")]


@pytest.mark.model
def test_a_thing_still_to_be_done_looks_forward(nlp):
    # "rules to be published in May": an infinitival passive relative clause is still to happen,
    # so a month after the publication month stays in this year even under a past main verb
    text = "The minister said the grazing rules to be published in early May would end the dispute."
    assert _model(nlp, text, "2026-03-10") == [("early May", "2026-05")]
    text = "The minister said the grazing rules to be published in early February would end the dispute."
    assert _model(nlp, text, "2026-03-10") == [("early February", "2027-02")]
    # the control: a finite past clause keeps the month behind
    text = "The minister said the grazing rules were published in early May."
    assert _model(nlp, text, "2026-03-10") == [("early May", "2025-05")]
