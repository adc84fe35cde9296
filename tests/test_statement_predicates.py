"""Predicates that meet through a support verb and its noun (compare.statements.lexicon
.support_names): "made a commitment" / "committed", "voiced optimism" / "was optimistic",
"are supporters of" / "support". Invented sentences only, through the real extractor; and the
lexicon's tables read directly."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.lexicon import noun_names_state, pays, support_names
from claimtrack.compare.statements.phrases import term_of, text_terms


# --- the lexicon (tables only, no model) ----------------------------------------------------------

def test_a_verb_of_meeting_a_cost_pays_an_amount_paid_and_nothing_else():
    # WordNet's cost.n.01 and its kinds: fares, wages, tolls, rent are amounts paid
    assert pays("cover", "fare") and pays("meet", "wage") and pays("foot", "bill") and pays("pay", "volunteer")
    assert pays("share", "cost") and pays("contribute", "running cost")
    assert not pays("meet", "volunteer") and not pays("cover", "story") and not pays("share", "border")


def test_the_inflections_of_one_word_fold_to_one_term():
    # a suffix-stripper alone gives "pric" for "prices" and "pricing" but "price" for "price"
    assert term_of("prices") == term_of("pricing") == term_of("priced") == term_of("price")
    assert term_of("hired") == term_of("hiring") == term_of("hires") == term_of("hire")
    assert term_of("rates") == term_of("rate")  # WordNet's noun "rates" (local taxes) is not read first
    assert term_of("labour") == term_of("labor")  # spelling still folded
    assert text_terms("its rates were raised") == {term_of("rate"), term_of("raise")}
    assert term_of("rate") != term_of("rat")


def test_a_verb_of_expressing_with_an_attitude_noun_states_the_attitude():
    assert support_names("express", "optimism", "stay optimistic")
    assert support_names("voice", "concern", "be concerned")  # a participle of the noun's verb
    assert support_names("signal", "willingness", "be willing")
    assert not support_names("express", "optimism", "stay pessimistic")


def test_an_agent_noun_after_a_linking_verb_names_its_act_and_no_other_noun_does():
    assert support_names("be", "supporters", "support")
    assert support_names("remain", "critic", "criticize")
    # a noun of the act itself is no doer: "the plan is a withdrawal" says nothing of who withdraws
    assert not support_names("be", "withdrawal", "withdraw")


def test_a_verb_of_role_with_an_agent_noun_names_its_act():
    assert support_names("act", "mediator", "mediate")
    assert support_names("serve", "advisers", "advise")
    assert not support_names("act", "mediation", "mediate")  # the act itself, no role


def test_make_and_give_do_the_act_their_noun_names_but_take_is_not_read_so():
    assert support_names("make", "commitment", "commit")
    assert support_names("give", "approval", "approve")
    assert not support_names("take", "beating", "beat")


def test_filing_or_lodging_a_proceeding_does_its_act():
    # WordNet's file.v / lodge.v 'file a formal charge against': the proceeding is the act done
    assert support_names("file", "challenge", "challenge")
    assert support_names("lodge", "appeal", "appeal")
    assert support_names("file", "lawsuit", "sue")
    assert not support_names("file", "complaint", "challenge")  # another proceeding, another act
    assert not support_names("lodge", "guests", "guest")  # no act noun: lodging people


def test_two_support_verbs_are_not_read_against_each_other():
    assert not support_names("make", "offer", "give")
    assert not support_names("express", "support", "be")


def test_a_state_noun_names_only_its_own_adjective():
    assert noun_names_state("optimism", "be optimistic")
    assert not noun_names_state("optimism", "be pessimistic")
    assert not noun_names_state("optimism", "grow")  # no linking predicate


# --- through the extractor and diff ---------------------------------------------------------------

STORY = " The salt works at Marrow Point reopened its brine pans after the spring storms."


def _statements(a: str, b: str):
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    report = diff_pair(extracted_doc(a + STORY, "a.txt"), extracted_doc(b + STORY, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


@pytest.mark.model
def test_voicing_optimism_agrees_with_being_optimistic():
    got = _statements("The Halvorsen Trust was optimistic about the salt works' new owners.",
                      "The Halvorsen Trust voiced optimism about the salt works' new owners.")
    assert any(s == "agree" and "optimism" in about for s, _, about in got), got


@pytest.mark.model
def test_making_a_commitment_contradicts_refusing_to_commit():
    got = _statements("The Halvorsen Trust refused to commit money to the brine pans.",
                      "The Halvorsen Trust made a firm commitment of money to the brine pans.")
    assert any(s == "conflict" for s, _, _ in got), got


@pytest.mark.model
def test_filing_a_challenge_contradicts_refusing_to_challenge():
    got = _statements("The Halvorsen Trust said it would not challenge the sale of the brine pans.",
                      "The Halvorsen Trust has filed a challenge against the sale of the brine pans.")
    assert any(s == "conflict" and "file challenge" in about for s, _, about in got), got
    got = _statements("The Halvorsen Trust said it would not challenge the sale of the brine pans.",
                      "The Halvorsen Trust has filed its yearly accounts with the harbour office.")
    assert not any(s in ("agree", "conflict") and "account" in about for s, _, about in got), got


@pytest.mark.model
def test_being_supporters_of_a_plan_agrees_with_supporting_it():
    got = _statements("Fishing families in Marrow Point support the harbour plan.",
                      "Fishing families in Marrow Point are keen supporters of the harbour plan.")
    # one action read through the agent noun, not only many words in common (a paraphrase)
    assert any(s == "agree" and r == "equal" and "supporter" in about for s, r, about in got), got


@pytest.mark.model
def test_expressing_an_attitude_is_not_another_attitude():
    got = _statements("The Halvorsen Trust was optimistic about the salt works' new owners.",
                      "The Halvorsen Trust voiced anger about the salt works' new owners.")
    assert not any(s in ("agree", "conflict") and "anger" in about for s, _, about in got), got


@pytest.mark.model
def test_acting_as_an_agent_states_the_agents_act_but_serving_a_person_does_not():
    got = _statements("The Halvorsen Trust offered to mediate between the salt workers and the new owners.",
                      "The Halvorsen Trust has offered to act as mediator between the salt workers and the owners.")
    assert any(s == "agree" and r == "equal" and "mediator" in about for s, r, about in got), got
    got = _statements("The Halvorsen Trust will not advise the new owners of the salt works.",
                      "The Halvorsen Trust will serve as the main adviser to the new owners of the salt works.")
    assert any(s == "conflict" and "adviser" in about for s, _, about in got), got
    # a direct object is whom the verb serves, not a role: "serves owners" does not own
    got = _statements("The Halvorsen Trust will not own boats at Marrow Point.",
                      "The Halvorsen Trust serves owners of boats at Marrow Point.")
    assert not any(s in ("agree", "conflict") and "owner" in about for s, _, about in got), got
