"""States named by two adjectives (compare.statements.states): near-synonyms in WordNet's adjective
clusters, in senses the words are used in, state one state ("shut" / "closed", "safe" / "secure"), and
the antonym of a near-synonym the opposite one ("ajar" / "closed"). Invented sentences only; the tables
read directly, then through the real extractor and diff."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.lexicon import opposite, predicates_meet
from claimtrack.compare.statements.states import adjectives_meet


# --- the tables (no model) ------------------------------------------------------------------------

def test_a_satellite_and_its_head_name_one_state_in_senses_the_words_are_used_in():
    assert adjectives_meet("shut", "closed")  # a satellite of closed.a.01
    assert adjectives_meet("closed", "shut")  # both ways
    assert adjectives_meet("safe", "secure")
    assert not adjectives_meet("open", "closed")
    # a listed sense SemCor hardly uses names no state the word states ("dead": 'very tired')
    assert not adjectives_meet("tired", "dead") and not adjectives_meet("bad", "big")


def test_linking_predicates_of_being_meet_by_their_adjectives_and_no_others_do():
    assert predicates_meet("stay shut", "remain closed")
    assert predicates_meet("remain open", "stay open")  # one adjective, two verbs of being in a state
    assert not predicates_meet("be safe", "be open")
    # a change into a state, or how a thing seems, states no state
    assert not predicates_meet("become closed", "be shut")
    assert not predicates_meet("seem safe", "be safe")


def test_the_antonym_of_a_near_synonym_is_an_opposite_state_read_from_either_side():
    assert opposite("be ajar", "be closed") == "state"  # a satellite of open.a.01, whose antonym is closed
    assert opposite("be closed", "be ajar") == "state"
    assert opposite("be ajar", "be safe") is None
    # only for verbs of being in a state, and never through a rarely used sense
    assert opposite("seem ajar", "be closed") is None
    assert opposite("be tired", "be alive") is None and opposite("be young", "be big") is None


# --- through the extractor and diff ---------------------------------------------------------------

def _statements(a: str, b: str):
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


@pytest.mark.model
def test_two_near_synonym_states_of_one_subject_agree():
    got = _statements("The Brannock council said the flood barriers along the Ostry river were safe.",
                      "The Brannock council said the flood barriers along the Ostry river were secure.")
    assert any(s == "agree" and "safe" in about and "secure" in about for s, _, about in got), got


@pytest.mark.model
def test_a_state_and_the_antonym_of_its_near_synonym_conflict():
    got = _statements("The lock gate on the Ostry river remained ajar, the Brannock council said.",
                      "The lock gate on the Ostry river remained closed, the Brannock council said.")
    assert any(s == "conflict" and "ajar" in about and "closed" in about for s, _, about in got), got


@pytest.mark.model
def test_an_unrelated_state_of_one_subject_is_not_one_statement():
    # (short sentences: with most of their words in common two clauses are one statement in other
    # words whatever their predicates, compare.statements.paraphrase)
    got = _statements("The Ostry flood barriers are inadequate, the council said.",
                      "The Ostry flood barriers are temporary, the council said.")
    assert not any(s in ("agree", "conflict") and "temporary" in about for s, _, about in got), got
