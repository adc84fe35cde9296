"""A figure after a verb and a figure of the noun that names the verb's act state one size
(compare.figure_evidence.names_act): "raised mooring fees by 15%" / "a 15% increase in mooring
fees". Each rule is shown with the pair it aligns and, where it can fail, the pair it keeps apart.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from extracted import quantity_matches

pytestmark = pytest.mark.model

VERB = "Harbour officials raised mooring fees by 15% this spring."


def _statuses(a: str, b: str, fa: str, fb: str) -> set:
    return {m.status for m in quantity_matches(a, b, fa, fb)}


def test_a_noun_of_the_act_meets_the_verb_that_tells_it():
    # "increase" names the act "raise" tells (the verbs share a WordNet sense), and the fees the
    # verb's figure is the size of are named beside the noun: one size, stated twice.
    noun = "Boat owners complained about a 15% increase in mooring fees."
    assert _statuses(VERB, noun, "15%", "15%") == {"agree"}


def test_the_act_of_another_thing_stays_apart():
    # The same noun of a change, of something the verb's figure is not the size of.
    other = "Boat owners complained about a 15% increase in parking charges."
    assert _statuses(VERB, other, "15%", "15%") == set()
