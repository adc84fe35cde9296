"""An act said to go on in one source and to stop in the other (compare/statements/aspect.py):
the verbs of ending and of continuing say one thing of one act, whatever the wording.

Invented sentences, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_doc = extracted_doc


def _statements(a: str, b: str) -> list[tuple[str, str]]:
    report = diff_pair(_doc(a, "a.txt"), _doc(b, "b.txt"))
    return [(m.status, m.relation) for m in report.matches if m.kind == "statement"]


def test_an_act_halted_on_one_side_and_continuing_on_the_other_conflict():
    got = _statements(
        "The parks agency would halt routine dredging in the harbour once the new breakwater is finished, Ada Moreno said.",
        "Dredging will continue alongside the building of the breakwater, the parks agency said.")
    assert ("conflict", "polarity") in got


def test_keep_with_an_ing_complement_continues_that_act_against_stopping_it():
    got = _statements(
        "The academy said it would keep training its cadets during the inquiry.",
        "The academy said it would stop training its cadets during the inquiry.")
    assert ("conflict", "polarity") in got


def test_not_stopping_an_act_and_the_act_continuing_agree():
    got = _statements(
        "The ferry line will not stop the night crossings this winter, its director said.",
        "The night crossings will continue this winter, the ferry line said.")
    assert ("agree", "equal") in got
    assert not any(status == "conflict" for status, _ in got)


def test_an_act_that_may_stop_does_not_conflict_with_it_going_on():
    # a possibility ("may halt") states no end of the act
    got = _statements(
        "The ferry line may halt the night crossings this winter, its director said.",
        "The night crossings will continue this winter, the ferry line said.")
    assert not any(status in ("agree", "conflict") for status, _ in got)


def test_cannot_keep_doing_is_no_statement_that_the_act_stops():
    # an ability modal over "keep" says the going on is hard, not that it ends (KINDS S8)
    got = _statements(
        "Growers said they cannot keep selling their plums at a loss.",
        "The growers will stop selling their plums at the market in August.")
    assert not any(status in ("agree", "conflict") for status, _ in got)
