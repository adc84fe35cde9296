"""States named by two adjectives (compare.statements.states): near-synonyms in WordNet's adjective
clusters state one state ("inadequate" / "insufficient", "unlawful" / "illegal"), and the antonym of
a near-synonym the opposite one ("inadequate" / "sufficient"). Invented sentences only; the tables
read directly, then through the real extractor and diff."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.lexicon import opposite, predicates_meet
from claimtrack.compare.statements.states import adjectives_meet


# --- the tables (no model) ------------------------------------------------------------------------

def test_a_satellite_and_its_head_and_two_heads_seen_also_name_one_state():
    assert adjectives_meet("inadequate", "insufficient")  # a satellite of insufficient.a.01
    assert adjectives_meet("insufficient", "inadequate")  # both ways
    assert adjectives_meet("unlawful", "illegal")  # two heads linked by also-see
    assert not adjectives_meet("open", "closed") and not adjectives_meet("inadequate", "sufficient")


def test_linking_predicates_of_being_meet_by_their_adjectives_and_no_others_do():
    assert predicates_meet("be unlawful", "be illegal")
    assert predicates_meet("remain open", "stay open")  # one adjective, two verbs of being in a state
    assert not predicates_meet("be unlawful", "be open")
    # a change into a state, or how a thing seems, states no state
    assert not predicates_meet("become illegal", "be unlawful")
    assert not predicates_meet("seem safe", "be safe")


def test_the_antonym_of_a_near_synonym_is_an_opposite_state_read_from_either_side():
    assert opposite("be inadequate", "be sufficient") == "state"
    assert opposite("be sufficient", "be inadequate") == "state"
    assert opposite("be unlawful", "be legal") == "state"
    assert opposite("be inadequate", "be illegal") is None


# --- through the extractor and diff ---------------------------------------------------------------

def _statements(a: str, b: str):
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


@pytest.mark.model
def test_two_near_synonym_states_of_one_subject_agree():
    got = _statements("The Brannock council said the flood barriers along the Ostry river were inadequate.",
                      "The Brannock council said the flood barriers along the Ostry river were insufficient.")
    assert any(s == "agree" and "inadequate" in about and "insufficient" in about for s, _, about in got), got


@pytest.mark.model
def test_a_state_and_the_antonym_of_its_near_synonym_conflict():
    got = _statements("The flood barriers along the Ostry river are inadequate, the Brannock council said.",
                      "The flood barriers along the Ostry river are sufficient, the Brannock council said.")
    assert any(s == "conflict" and "sufficient" in about for s, _, about in got), got


@pytest.mark.model
def test_an_unrelated_state_of_one_subject_is_not_one_statement():
    # (short sentences: with most of their words in common two clauses are one statement in other
    # words whatever their predicates, compare.statements.paraphrase)
    got = _statements("The Ostry flood barriers are inadequate, the council said.",
                      "The Ostry flood barriers are temporary, the council said.")
    assert not any(s in ("agree", "conflict") and "temporary" in about for s, _, about in got), got
