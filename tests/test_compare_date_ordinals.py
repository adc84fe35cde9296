"""Dates of one occurrence named by an ordinal (compare.date_ordinals): "the first delivery" /
"the first coils ... shipped" date one occurrence, whatever verbs each report chose, so two dates
of it conflict; another ordinal, another series or the start and the end of one occurrence do not.
An ordinal read as an adverb ("was first opened") or of a time ("for the first time") orders
nothing.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare.date_ordinals import ordinal_phrase
from claimtrack.compare.pair import prepare

from extracted import date_statuses, extracted_doc

pytestmark = pytest.mark.model

_LEAD = "The Talvik copper works signed an export deal with a cable maker in Ostrava this week. "


def _statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-05-12", "2031-05-13"), skip="week")


def test_one_ordinal_of_one_series_under_two_verbs_is_one_occurrence():
    a = "The first delivery of copper wire is due to leave the port of Talvik in August."
    b = "The first coils of copper wire would be shipped in September, the works director said."
    assert "conflict" in _statuses(a, b)
    # control: another ordinal orders another member of the series
    assert "conflict" not in _statuses(a, b.replace("The first coils", "The second coils"))


def test_a_scheduling_verb_dates_the_first_members_its_subject_names():
    a = "The first group of 25 welders is due to arrive from Brno in October."
    b = "The first 25 welders are expected in November."
    assert "conflict" in _statuses(a, b)
    # control: another series ("tractors" is no kind of welder)
    assert "conflict" not in _statuses(a, b.replace("welders", "tractors"))


def test_the_start_and_the_end_of_one_ordered_occurrence_are_two_moments():
    a = "The first phase of the new smelter will start in 2032."
    b = "The first phase of the new smelter will be completed in 2034."
    assert "conflict" not in _statuses(a, b)


def test_two_acts_done_to_one_ordered_member_are_two_events():
    # the tender and the completion of the first phase: an aspectual verb says which part of a
    # happening, it carries no other act's date
    a = "The first phase of the new smelter will be completed in 2034."
    assert "conflict" not in _statuses(a, "The first phase of the new smelter will be tendered in 2033.")
    # control: one act of it under two verbs of one sense
    assert "conflict" in _statuses(a, "The first phase of the new smelter will be finished in 2033.")


def _ordinals(text: str) -> list:
    prepared = prepare(extracted_doc(text, "a.txt", "2031-05-12"))
    return [ordinal_phrase(m) for m in prepared.mentions if m.kind == "date"]


def test_an_ordinal_orders_a_noun_not_a_time_nor_a_verb():
    assert _ordinals("The second round of wage talks will open on 9 June.") == [("second", ("round", "wage", "talks"))]
    # "first" as an adverb, and the first of a time, order no occurrence
    assert _ordinals("The smelter was first opened in 1961.") == [None]
    assert _ordinals("Copper prices fell in March for the first time since 2020.") == [None, None]


def test_a_date_in_a_nouns_own_phrase_is_not_the_ordered_occurrences():
    # "with season tickets going on sale in April" dates the sale, not the first match
    found = _ordinals("The first match of the league is set for 4 May, with season tickets going on sale in April.")
    assert found == [("first", ("match", "league")), None]
