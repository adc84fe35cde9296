"""Dates that generalise: tense of the governing clause, possessive periods, relative periods
with their grain, parts of periods, decades and holidays. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import DATES, PUBLISHED


def model_dates(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in doc._.get(DATES) if m.iso]


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
