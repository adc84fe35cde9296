"""Going to court, one act under many wordings (compare/statements/recourse.py): "would not sue" /
"is considering legal action", "would not challenge the ruling in court" / "may take the case to
the Supreme Court". Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.recourse import recourse

from extracted import statement_statuses as _statuses, clause_of as _clause

pytestmark = pytest.mark.model


def test_the_wordings_of_going_to_court_and_what_is_none():
    # a verb of recourse; appeal names the decision, sue the party
    assert recourse(_clause("The fishing cooperative will appeal the quota decision.", "appeal")) == ("quota decision", "will")
    assert recourse(_clause("The fishing cooperative would not sue the harbour board.", "sue"))[0] == "harbour board"
    # a verb that brings a matter before a court named beside it
    assert recourse(_clause("The cooperative may take the case to the High Court.", "take")) == (None, "may")
    assert recourse(_clause("The cooperative asked the tribunal to overturn the quota.", "ask")) is not None
    # a noun of legal proceedings after a support verb, or a verb of intending (held open)
    assert recourse(_clause("The cooperative filed a lawsuit against the harbour board.", "file")) is not None
    assert recourse(_clause("The cooperative is considering legal action.", "consider")) == (None, "consider")
    # a verb of contesting said to be at law: "a legal challenge" (the frames read the noun's verb)
    assert recourse(_clause("The cooperative is weighing a legal challenge to the quota.", "weigh")) == (None, "consider")
    assert recourse(_clause("The cooperative will challenge the quota at the council.", "challenge")) is None
    # none: asking someone other than a court, and the court's own act
    assert recourse(_clause("The cooperative asked the council to review the quota.", "ask")) is None
    assert recourse(_clause("The Supreme Court took the case last week.", "take")) is None


def test_a_refusal_to_go_to_court_conflicts_with_going_or_holding_it_open():
    assert ("conflict", "polarity") in _statuses(
        "The tenants' association said it would not sue the landlord.",
        "The tenants' association is considering legal action against the landlord.")
    assert ("conflict", "polarity") in _statuses(
        "Marta Silvano said she would not challenge the ruling in court.",
        "Marta Silvano may still take the case to the Supreme Court, her lawyer said.")


def test_going_to_court_in_two_wordings_agrees():
    assert ("agree", "equal") in _statuses(
        "The ferry operator will appeal the safety ruling.",
        "The ferry operator will ask the appeals court to overturn the safety ruling.")
    # a recourse announced as a plan is stated as much as one said to come; a possibility is not
    planned = "The growers' union plans to challenge the quota in the High Court."
    assert ("agree", "equal") in _statuses(planned, "The growers' union would take the quota to the High Court.")
    assert ("related", "modality") in _statuses(planned, "The growers' union may take the quota to the High Court.")


def test_two_matters_or_two_parties_are_not_one_recourse():
    # two parties sued
    assert not any(s == "conflict" for s, _ in _statuses(
        "The fishing cooperative would not sue the harbour board.", "The fishing cooperative may sue the newspaper."))
    # two things appealed
    assert not any(s == "conflict" for s, _ in _statuses(
        "The cycling team will not appeal the fine.", "The cycling team will appeal the points deduction."))
    # another party asks the court: the club's refusal is not contradicted
    assert not any(s == "conflict" for s, _ in _statuses(
        "The football club will not appeal the decision.", "The players' union may ask the court to review the decision."))
    # asking a council is no going to court
    assert not any(s == "conflict" for s, _ in _statuses(
        "The football club will not appeal the decision.", "The football club may ask the council to review the decision."))


def test_a_legal_challenge_considered_conflicts_with_going_to_court_ruled_out():
    assert ("conflict", "polarity") in _statuses(
        "The growers' union is considering a legal challenge to the quota.",
        "The growers' union has ruled out going to court over the quota.")


def test_a_lawsuit_being_drawn_up_is_going_to_court_held_open():
    # preparing the suit ("drawing up", "drafting") holds the act open, which a refusal excludes
    assert ("conflict", "polarity") in _statuses(
        "The fishermen's guild said it would not sue the dredging firm for now.",
        "The fishermen's guild is drawing up a lawsuit against the dredging firm.")
    assert recourse(_clause("The fishermen's guild is drafting a lawsuit against the dredging firm.", "draft"))[1] \
        == "consider"


def test_a_ruling_named_by_two_nouns_is_one_matter_taken_to_court():
    # "the order" and "the decision" both name the ruling against the party (WordNet decree.n.01)
    assert ("conflict", "polarity") in _statuses(
        "The bakery chain said it would appeal the closure order before the High Court.",
        "The bakery chain has no intention of contesting the decision in court, its lawyer said.")
    # a fine is no ruling's noun: a fine and a verdict may be two matters
    assert ("conflict", "polarity") not in _statuses(
        "The cycling team will not appeal the fine.", "The cycling team will appeal the verdict.")


def test_going_to_court_weighed_against_going_to_court_decided():
    # "is weighing a legal challenge" is not yet decided; "will sue" and "decided to go to court" are
    weighed = "The ferry workers' guild is weighing a legal challenge against the port authority."
    for decided in ("The ferry workers' guild will sue the port authority, its chairman said.",
                    "The ferry workers' guild has decided to go to court against the port authority."):
        assert ("conflict", "modality") in _statuses(weighed, decided)
    # a contest before a court named as its modifier is one at law ("a court challenge")
    assert ("conflict", "modality") in _statuses(
        "The ferry workers' guild is weighing a court challenge against the port authority.",
        "The ferry workers' guild has decided to go to court against the port authority.")
    # a threat is no deliberation, and a weighing gone by may have led to the decision
    for other in ("The ferry workers' guild threatened a lawsuit against the port authority.",
                  "The ferry workers' guild had been weighing a legal challenge against the port authority before May."):
        assert ("conflict", "modality") not in _statuses(other, "The ferry workers' guild will sue the port authority.")


def test_a_weighing_told_as_gone_by_with_an_adverb_before_its_verb():
    # "was still considering": the auxiliary before the adverb tells the past (review s31 finding 2)
    assert ("conflict", "modality") not in _statuses(
        "The Harlow county board was still considering a court challenge against the port authority in March.",
        "The Harlow county board will sue the port authority.")
