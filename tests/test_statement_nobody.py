"""No one at all against someone (compare.statements.nobody): a clause whose subject is a negative
universal pronoun denies its act of every person, so the act stated of a person in the same role on
the other side contradicts it. Invented sentences only, through the real extractor and diff."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_no_one_done_to_conflicts_with_a_person_it_was_done_to():
    nobody = "Harbour police in Selvik said no one had been detained over the stolen outboard engines."
    assert ("conflict", "polarity") in _statuses(
        "Harbour police in Selvik detained two deckhands over the stolen outboard engines.", nobody)
    # a passive of a person on the other side too
    assert ("conflict", "polarity") in _statuses(
        "Nobody was hurt when the grain silo at Selvik caught fire.",
        "Four farmhands were hurt when the grain silo at Selvik caught fire.")


def test_no_one_against_no_one_or_against_a_thing_is_no_conflict():
    nobody = "Nobody was hurt when the grain silo at Selvik caught fire."
    assert ("conflict", "polarity") not in _statuses(nobody, "No one was injured when the grain silo at Selvik caught fire.")
    # the other side's act done to a thing, not to a person
    assert ("conflict", "polarity") not in _statuses(nobody, "The fire at the grain silo at Selvik hurt the harvest.")


def test_what_no_one_can_do_or_does_to_another_thing_is_no_fact_against_an_act():
    # a denial of what can happen states no fact; nor does an act done to something else
    assert ("conflict", "polarity") not in _statuses(
        "Nobody can sell barley at that price, the Selvik growers said.",
        "Two growers sold barley to the Selvik maltings last week.")
    assert ("conflict", "polarity") not in _statuses(
        "Nobody bought the old ferry at the Selvik auction.",
        "Two brothers from Selvik bought the harbour crane at the auction.")


def test_none_of_a_set_conflicts_with_some_of_that_set():
    # "none of the X" denies the act of each X: one X of whom it is told falsifies it
    none = "None of the trawler's deckhands were hurt when the winch broke, the harbour master said."
    assert ("conflict", "polarity") in _statuses(none, "Two deckhands were hurt when the winch broke, the harbour master said.")
    assert ("conflict", "polarity") in _statuses(none, "One of the deckhands was hurt when the winch broke, a skipper said.")
    # members of another set, or the act denied again: no conflict
    assert ("conflict", "polarity") not in _statuses(none, "Two dock porters were hurt when the winch broke, the harbour master said.")
    assert ("conflict", "polarity") not in _statuses(none, "No deckhand was hurt when the winch broke, a skipper said.")
