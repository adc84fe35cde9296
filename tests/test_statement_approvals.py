"""An act approved against the same act ruled out (compare/statements/foreclosed.py): a verb of
consent asserts what it takes, and ruling an act out forecloses it, so one party's approval of a
noun naming the act and its ruling the act out (or saying it will not be done) conflict. Invented
sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model

APPROVED = "The Velmar council approved the aerial spraying of the salt marsh on Tuesday."


@pytest.mark.parametrize("b", [
    "The Velmar council ruled out the aerial spraying of the salt marsh.",
    "The Velmar council would not spray the salt marsh from the air, its clerk said.",
])
def test_an_act_approved_against_the_act_ruled_out(b):
    assert ("conflict", "polarity") in _statuses(APPROVED, b)


@pytest.mark.parametrize("b", [
    # another party's ruling out, and a past negation, which says nothing of what is approved
    "The farmers' union ruled out the aerial spraying of the salt marsh.",
    "The Velmar council did not spray the salt marsh last summer.",
])
def test_another_party_or_a_past_negation_is_no_conflict(b):
    assert ("conflict", "polarity") not in _statuses(APPROVED, b)


@pytest.mark.parametrize("a, b", [
    # another party's act backed, not the backer's own
    ("The government backs the construction of a dam on the Velka river by a private consortium.",
     "The government will not build a dam on the Velka river, the minister said."),
    # an approval at one time, a ruling out at another: a policy changed
    ("The council approved the aerial spraying of the marsh in 2023.",
     "The council will not spray the marsh this summer, its clerk said."),
])
def test_another_doer_or_another_time_is_no_conflict(a, b):
    assert ("conflict", "polarity") not in _statuses(a, b)


def test_each_verb_of_approving_in_the_table_asserts_its_act():
    # data/polarity.json 'approving', British and American spellings alike
    assert ("conflict", "polarity") in _statuses(
        "The Velmar council authorised the aerial spraying of the salt marsh on Tuesday.",
        "The Velmar council ruled out the aerial spraying of the salt marsh.")


def test_a_month_after_next_is_a_time_of_its_own():
    # "next September": a unit of the calendar (parsers.lexicon.MONTH_NAMES), a policy that may change
    assert ("conflict", "polarity") not in _statuses(
        "The council approved the aerial spraying of the marsh.",
        "The council will not spray the marsh next September, its clerk said.")


WEIGHED = "The Velmar council is considering a toll on the causeway, its clerk said."


def test_a_thing_refused_against_it_weighed_but_not_a_thing_ignored():
    # a refusal leaves no option to weigh; a verb that answers nothing (data/polarity.json
    # 'request_answers' 'unanswered') takes no stance
    assert ("conflict", "polarity") in _statuses("The Velmar council rejected a toll on the causeway.", WEIGHED)
    assert ("conflict", "polarity") not in _statuses("The Velmar council ignored a toll on the causeway.", WEIGHED)


ORDERED = "The Kessel harbour board has ordered a fresh inspection of the lock gates."


@pytest.mark.parametrize("b", [
    # a request refused: the act it asks for is not done, the refuser's answer (with an argument
    # or none: "calls for a fresh audit")
    "The Kessel harbour board rejected calls for a fresh inspection of the lock gates.",
    "The Kessel harbour board turned down calls for a fresh inspection.",
])
def test_an_act_ordered_against_the_call_for_it_refused(b):
    assert ("conflict", "polarity") in _statuses(ORDERED, b)


@pytest.mark.parametrize("b", [
    # another party refusing, and a call the board ignores: not inspected up to now, which an order
    # for an inspection does not contradict
    "The boatmen's guild rejected calls for a fresh inspection of the lock gates.",
    "The Kessel harbour board ignored calls for a fresh inspection.",
])
def test_another_refuser_or_no_answer_is_no_conflict_with_an_order(b):
    assert ("conflict", "polarity") not in _statuses(ORDERED, b)
