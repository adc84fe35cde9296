"""Statements aligned by mechanism, not by word pairs (issue 13 (4)): WordNet verb and noun
senses, polarity and modality. Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


#: One story for both sides (diff calls two different stories only `related`).
STORY = " The marine biology faculty in Bergen faces a budget review by the university board this spring."


def _statements(a: str, b: str):
    report = diff_pair(extracted_doc(a + STORY, "a.txt"), extracted_doc(b + STORY, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


# --- denials: a denied claim worded with WordNet synonyms --------------------------------------

def test_two_denials_of_one_claim_in_synonym_verbs_agree():
    got = _statements("A spokeswoman denied that the faculty had cut the travel grants.",
                      "The rector rejected reports that the faculty reduced its research funding.")
    assert any(s == "agree" and "cut ~ reduce" in about for s, _, about in got)


def test_two_denials_of_different_actions_on_one_thing_do_not_agree():
    got = _statements("A spokeswoman denied that the faculty had cut the travel grants.",
                      "The rector rejected reports that the faculty sold its research buildings.")
    assert not any(s == "agree" and about.startswith("denied") for s, _, about in got)


# --- a support verb and an action noun name the other side's verb -------------------------------

def test_offering_ones_resignation_contradicts_refusing_to_resign():
    got = _statements("Dean Marta Lindqvist said she would not resign.",
                      "Dean Marta Lindqvist offered her resignation to the university board on Monday.")
    assert any(s == "conflict" and "resignation" in about for s, _, about in got)


def test_opening_talks_contradicts_refusing_to_negotiate():
    got = _statements("The Bergen Teachers Union would not negotiate with the faculty.",
                      "The Bergen Teachers Union opened talks with the faculty.")
    assert any(s == "conflict" and "talk" in about for s, _, about in got)


def test_an_action_noun_that_names_another_act_is_no_contradiction():
    got = _statements("Dean Marta Lindqvist said she would not resign.",
                      "Dean Marta Lindqvist offered her apology to the university board on Monday.")
    assert not any(s == "conflict" for s, _, _ in got)
