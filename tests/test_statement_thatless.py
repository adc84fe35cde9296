"""A denied claim written without "that" (issue 13, statement judging): "rejected claims the well
was poisoned" denies the well's poisoning as "denied that the well was poisoned" does; an
appositive clause may leave out its "that" (Quirk et al. 1985, 17.26), a relative clause that
leaves out its pronoun lacks the object it stands for ("the claims the union made"). Invented
sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import clause_of, statement_statuses

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The water board rejected claims the well was poisoned.",
    "The water board dismissed reports the well had been poisoned.",
    "The water board rejected accusations it had poisoned the well.",
])
def test_a_claim_noun_without_that_names_the_claim_denied(text):
    poison = clause_of(text, "poison")
    assert poison.polarity == "negative" and poison.polarity_cue in ("reject", "dismiss")


def test_a_relative_clause_without_its_pronoun_is_not_denied():
    made = clause_of("The water board rejected the claims the farmers made.", "make")
    assert made.polarity == "positive"


def test_two_denials_of_one_claim_agree_with_or_without_that():
    a = "The port authority denied that the cranes were damaged."
    b = "The port authority rejected claims the cranes were damaged."
    got = statement_statuses(a, b)
    # the claim read as asserted on one side would oppose the two in polarity
    assert ("agree", "equal") in got and not [r for _, r in got if r == "polarity"]
