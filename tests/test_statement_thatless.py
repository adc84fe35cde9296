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


@pytest.mark.parametrize("text", [
    "The dairy dismissed rumours on a farming podcast that milk had leaked from the tank.",
    "Harlow Water rejected rumours online that the Brenmoor dam had leaked.",
])
def test_a_claim_about_a_thing_after_a_phrase_is_the_claim_denied(text):
    # the parser takes "that" for the object of "leaked", as in a relative clause; but milk or
    # a dam cannot make or spread a report: the clause says what the report is
    leak = clause_of(text, "leak")
    assert leak.polarity == "negative" and leak.polarity_cue in ("reject", "dismiss")


def test_a_relative_clause_on_a_claim_noun_with_a_person_for_subject_is_not_denied():
    # control: a union can leak reports, so "that" may stand for them; the clause is left as read
    leaked = clause_of("The dairy dismissed the reports that the union had leaked.", "leak")
    assert leaked.polarity == "positive"


def test_a_denial_with_a_phrase_before_its_claim_agrees_with_one_without():
    got = statement_statuses("The dairy denied that milk had leaked from the tank.",
                             "The dairy dismissed rumours on a farming podcast that milk had leaked from the tank.")
    assert ("agree", "equal") in got and ("related", "polarity") not in got
