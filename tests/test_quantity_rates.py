"""Speeds and rates written out in words, ranks after "No.", face values of notes, and "not one"
(sentences invented here)."""

from __future__ import annotations

import pytest

from claimtrack.models import Quantity
from claimtrack.pipeline.extensions import QUANTITIES


def found(nlp, text):
    doc = nlp(text)
    out = [Quantity.model_validate(q) for q in doc._.get(QUANTITIES)]
    for q in out:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.value, q.unit, q.currency, q.period) for q in out]


@pytest.mark.parametrize("text, expected", [
    ("The comet passed at 42 kilometres per second.", [("42 kilometres per second", 42, "kilometre per second", None, None)]),
    ("The comet passed at 42 km/s.", [("42 km/s", 42, "kilometre per second", None, None)]),
    ("Gusts reached 120 km per hour.", [("120 km per hour", 120, "kilometre per hour", None, None)]),
])
def test_speeds(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "for every day", "for each week": a rate per day, per week
    ("The contractor owes $4,000 for every day of delay.", [("$4,000 for every day", 4000, None, "USD", "day")]),
    ("Volunteers planted 30 trees for each week of the campaign.",
     [("30 trees for each week", 30, "tree", None, "week")]),
    # "a quarter" after an amount is its period, no fraction of its own
    ("The port pays the dredging firm €2.6 million a quarter.",
     [("€2.6 million a quarter", 2_600_000, None, "EUR", "quarter")]),
    ("The quarry ships 800 tonnes a quarter.", [("800 tonnes a quarter", 800, "tonne", None, "quarter")]),
    ("Output fell by a quarter in May.", [("a quarter", 0.25, None, None, None)]),
])
def test_rates_for_every_period(nlp, text, expected):
    assert found(nlp, text) == expected


def test_a_rank_after_a_split_no_is_no_count(nlp):
    # the tokenizer may split "No." after a possessive: the number is still a rank
    assert found(nlp, "The region's No. 2 airline cut 300 jobs.") == [("300 jobs", 300, "job", None, None)]


@pytest.mark.parametrize("text, expected", [
    # a note or coin named by its face value is a kind of note, no sum of money
    ("The mint will stop striking the 2-euro coin.", []),
    ("Counterfeit 50-dinar notes were found at the market.", []),
    ("Shops refuse $100 bills.", []),
    # a sum, and a count of notes, stay
    ("The smugglers carried 90,000 euros in 500-euro notes.", [("90,000 euros", 90000, None, "EUR", None)]),
    ("Customs seized 400 notes.", [("400 notes", 400, "note", None, None)]),
    ("The Senate passed a $700 billion bill.", [("$700 billion", 700_000_000_000, None, "USD", None)]),
    # a length or a count before "note" is no face value
    ("Investors sold the 10-year note.", [("10-year", 10, "year", None, None)]),
    ("She left a 5-page note.", [("5-page", 5, "page", None, None)]),
])
def test_face_values_of_notes_and_coins(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "not one", and "one" counting what a negated verb denies: none, no figure of one
    ("Not one tractor was sold at the fair.", []),
    ("The growers have not seen one peso of the subsidy.", []),
    # also where "one" is a minor unit of money, read into the major one ("one penny", 0.01)
    ("Not one penny of the levy reached the harbour.", []),
    ("The insurer would not pay the owners one cent more.", []),
    # "one" otherwise counts
    ("The ferry will add one crossing on Sundays.", [("one crossing", 1, "crossing", None, None)]),
    ("Tolls rise by one cent in March.", [("one cent", 0.01, None, "USD", None)]),
])
def test_not_one_is_none(nlp, text, expected):
    assert found(nlp, text) == expected
