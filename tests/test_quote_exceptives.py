"""An exceptive negative pronoun is no negation of what a quote says (compare.quote_meaning
negations, _excepted): "nobody feeds this town but the miners" says that only the miners do, as
"this town is fed by its miners" does (Quirk et al. 1985, 9.59). A "but" that opens a clause, and
"no" before another noun ("no accident but a plan"), keep the negation. Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.compare.quote_meaning import meaning_change, negations


@pytest.mark.parametrize("text", [
    "Nobody feeds this town but the miners,",
    "No one except the ferrymen knows these currents.",
    "Nothing other than rain will save the harvest.",
    "There is nothing we can do but wait.",
])
def test_an_exceptive_negative_pronoun_negates_nothing(text):
    assert negations(text) == 0


@pytest.mark.parametrize("text", [
    "We have no money but we will go on.",
    "It was no accident but a plan.",
    "Nothing but rain fell, and nobody came.",
    "None of us will go.",
])
def test_a_coordinating_but_or_a_plain_negation_still_counts(text):
    assert negations(text) == 1


def test_a_passive_rewording_of_an_exceptive_keeps_the_meaning():
    assert meaning_change("Nobody feeds this town but the miners,", "This town is fed by its miners,") is None
    # control: a plain negation against the positive is still a change of meaning
    assert meaning_change("Nobody feeds this town,", "This town is fed by its miners,") is not None
