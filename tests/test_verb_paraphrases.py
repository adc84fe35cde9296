"""The verbs news writes for one action (data/verb_paraphrases.json, compare.statements.news_verbs):
senses beyond WordNet's three most frequent, predicates given a sense, opposite actions and
irregular forms; read through the lexicon that statements, quotes and date events share. Invented
sentences only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimtrack

from claimtrack.compare.statements.lexicon import (predicate_keys, one_change, opposite, opposite_words,
                                                   predicates_meet, verb_lemma, words_meet)
from claimtrack.compare.statements.news_verbs import (_table, irregular_base, news_opposites, news_senses)


# --- the table -------------------------------------------------------------------------------------

def test_every_added_sense_says_where_it_comes_from_and_has_its_hypernyms_listed():
    raw = json.loads((Path(claimtrack.__file__).parent / "data" / "verb_paraphrases.json").read_text(encoding="utf-8"))
    assert "verb_paraphrases.py" in raw["_source"] and raw["_license"].startswith("WordNet 3.0")
    table = _table()
    for predicate, offsets in table["senses"].items():
        assert len(table["uses"][predicate]) == len(offsets), predicate
        assert all(str(o) in table["hypernyms"] for o in offsets), predicate
    for p, q in table["opposites"]:
        assert table["opposite_uses"][f"{p} / {q}"], (p, q)


def test_irregular_forms_read_their_base_and_a_form_that_is_a_verb_of_its_own_only_when_rare():
    assert irregular_base("sold") == "sell" and irregular_base("Bought") == "buy"
    assert irregular_base("fell") == "fall"  # "fell" (a tree) is rare next to "fall"
    assert irregular_base("wound") is None  # "wound" is as frequent a verb as "wind"
    assert irregular_base("walked") is None  # regular forms are the lexicon's own rules


# --- one action under two predicates -----------------------------------------------------------------

def test_stopping_work_or_a_service_is_one_action_whichever_verb_says_it():
    assert predicates_meet("halt", "suspend")
    assert predicates_meet("shut", "close down")
    assert predicates_meet("suspend", "close")
    assert not predicates_meet("halt", "open")


def test_news_senses_beyond_the_most_frequent_meet_their_synonyms():
    assert predicates_meet("fire", "sack")  # fire.v.04, terminate the employment of
    assert predicates_meet("pull", "remove")  # pull.v.06, take out
    assert predicates_meet("strike", "walk out")  # strike.v.07, stop work to press demands
    assert predicates_meet("take over", "buy")  # take_over.v.05, a troponym of buy
    assert predicates_meet("lift", "end")  # lift.v.20, 'lift a ban', a troponym of end


def test_phrases_given_a_sense_meet_the_verb_of_that_sense():
    assert predicates_meet("fall due", "mature") and predicates_meet("come due", "fall due")
    assert predicates_meet("reopen", "resume") and predicates_meet("reopen", "restart")
    assert predicates_meet("push back", "postpone") and predicates_meet("scrap", "call off")
    assert predicates_meet("pass", "approve")
    # scrapping a measure in force ends it, as lifting one does (lift.v.20, 'put an end to')
    assert predicates_meet("scrap", "lift") and predicates_meet("scrap", "end")
    assert not predicates_meet("scrap", "impose") and not predicates_meet("scrap", "change")
    assert not predicates_meet("fall due", "fall")
    # seeking a thing of another is asking for it, whichever verb of asking the other side writes
    assert predicates_meet("seek", "demand") and predicates_meet("seek", "ask")
    assert predicates_meet("seek", "apply") and predicates_meet("seek", "call for")
    assert not predicates_meet("seek", "sell") and not predicates_meet("seek", "get")


def test_blocking_keys_hold_the_added_senses():
    assert news_senses("halt") <= predicate_keys("halt")
    assert predicate_keys("halt") & predicate_keys("suspend")
    assert predicate_keys("fall due") & predicate_keys("mature")


def test_one_change_reads_the_added_senses():
    assert one_change("halt", "suspend")


# --- opposite actions and irregular forms --------------------------------------------------------------

def test_stances_news_gives_as_opposite_are_opposite_states():
    assert news_opposites("reject", "approve")
    assert opposite("approve", "reject") == "state"  # both verbs of stance: cannot both hold
    assert opposite("confirm", "deny") == "state"
    assert opposite("lift", "impose") == "event"  # may both happen, at different times
    assert opposite("approve", "impose") is None


def test_words_as_written_read_irregular_forms():
    assert verb_lemma("sold") == "sell" and verb_lemma("stole") == "steal"
    # a one-syllable verb doubles its last consonant before -ed and -ing: "spared" is spare, not spar
    assert verb_lemma("spared") == "spare" and verb_lemma("sparred") == "spar" and verb_lemma("hoping") == "hope"
    assert verb_lemma("visited") == "visit" and verb_lemma("heated") == "heat"
    assert opposite_words("sold", "buy")
    assert opposite_words("approved", "rejected")
    assert words_meet("stole", "robbed") == words_meet("steal", "rob")


# --- through the extractor and diff ------------------------------------------------------------------

STORY = " The cable car on Mount Sorrel carried 4,000 skiers a day last winter."


def _statements(a: str, b: str):
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    report = diff_pair(extracted_doc(a + STORY, "a.txt"), extracted_doc(b + STORY, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


@pytest.mark.model
def test_halting_the_cable_car_agrees_with_suspending_it():
    got = _statements("The Sorrel Lift Company halted the cable car after the storm.",
                      "The Sorrel Lift Company suspended the cable car after the storm.")
    assert any(s == "agree" and r == "equal" and "halt ~ suspend" in about for s, r, about in got), got


@pytest.mark.model
def test_a_board_approving_a_plan_contradicts_the_board_rejecting_it():
    got = _statements("The Sorrel district council approved the plan for a second cable car.",
                      "The Sorrel district council rejected the plan for a second cable car.")
    assert any(s == "conflict" and "approve / reject" in about for s, _, about in got), got


@pytest.mark.model
def test_ruling_out_seeking_a_thing_contradicts_maybe_demanding_it():
    got = _statements("The Sorrel ski club would not seek a replay of the final.",
                      "The Sorrel ski club may demand a replay of the final.")
    assert any(s == "conflict" and "seek ~ demand" in about for s, _, about in got), got


def test_bringing_back_reintroducing_and_restoring_a_rule_meet_reinstating_it():
    assert predicates_meet("bring back", "reinstate") and predicates_meet("reintroduce", "restore")
    assert predicates_meet("restore", "reestablish")


@pytest.mark.model
def test_not_bringing_back_a_grant_contradicts_being_expected_to_reinstate_it():
    got = _statements("The Sorrel district council would not bring back the winter fuel grant.",
                      "The Sorrel district council is expected to reinstate the winter fuel grant.")
    assert any(s == "conflict" and "bring back ~ reinstate" in about for s, _, about in got), got


@pytest.mark.model
def test_lifting_a_tax_contradicts_refusing_to_scrap_it():
    got = _statements("The Sorrel district council has lifted its tourist tax on overnight stays.",
                      "The Sorrel district council refused to scrap its tourist tax on overnight stays.")
    assert any(s == "conflict" and "lift" in about for s, _, about in got), got
    # control: scrapping it and lifting it agree
    got = _statements("The Sorrel district council has lifted its tourist tax on overnight stays.",
                      "The Sorrel district council has scrapped its tourist tax on overnight stays.")
    assert any(s == "agree" for s, _, _ in got) and not any(s == "conflict" for s, _, _ in got), got
