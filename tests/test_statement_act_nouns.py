"""One act under two verbs that WordNet links only through the noun of the act
(compare.statements.act_nouns, data/verb_act_nouns.json): "demolish" and "pull down" both derive
razing.n.01; a shared noun that names no act ("payer", "earnings") links nothing. Invented
sentences only, through the real extractor; and the table read directly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimtrack
from claimtrack.compare.statements.act_nouns import act_noun_keys, act_nouns, one_act_noun
from claimtrack.compare.statements.lexicon import predicates_meet


# --- the table (no model) --------------------------------------------------------------------------

def test_the_table_says_where_it_comes_from():
    raw = json.loads((Path(claimtrack.__file__).parent / "data" / "verb_act_nouns.json").read_text(encoding="utf-8"))
    assert "verb_act_nouns.py" in raw["_source"] and "noun.act" in raw["_source"]
    assert raw["_license"].startswith("WordNet 3.0")


def test_two_verbs_deriving_one_act_noun_are_one_act():
    # WordNet gives them no sense in common and no troponym link: only the act noun meets
    assert not predicates_meet("demolish", "pull down")
    assert one_act_noun("demolish", "pull down") and one_act_noun("pull down", "demolish")
    assert one_act_noun("coach", "train")  # training.n.01, from "train"
    assert act_noun_keys("demolish") & act_noun_keys("pull down")


def test_nouns_that_name_no_act_link_nothing():
    assert not one_act_noun("pay", "earn")  # "pay, wage, earnings" is a possession: two sides of one payment
    assert not one_act_noun("find", "see")  # "finder" is the doer, not the act
    assert not one_act_noun("exist", "live")  # "survival" is a state


def test_a_rarer_sense_or_a_noun_of_neither_verbs_own_word_links_nothing():
    # review s34 finding 1: "anticipate" derives prevention.n in its third sense only, as "avert" does
    assert not one_act_noun("anticipate", "avert") and not one_act_noun("foresee", "forbid")
    # crime.n comes from "incriminate" and "offend", other words of the two verbs' synsets
    assert not one_act_noun("accuse", "breach") and not one_act_noun("accuse", "outlaw")


def test_light_verbs_linking_predicates_and_one_verb_against_itself_meet_by_no_act_noun():
    assert act_nouns("make") == frozenset() and act_nouns("be closed") == frozenset()
    assert not one_act_noun("make", "build") and not one_act_noun("demolish", "demolish")
    assert not one_act_noun(None, "demolish") and act_noun_keys(None) == frozenset()


# --- through the extractor and diff ---------------------------------------------------------------

STORY = " The ferry shed at Quenby Wharf has stood empty since the harbour moved its berths."


def _statements(a: str, b: str):
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    report = diff_pair(extracted_doc(a + STORY, "a.txt"), extracted_doc(b + STORY, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


@pytest.mark.model
def test_refusing_to_coach_contradicts_training():
    # training.n.01, 'activity leading to skilled behavior', is the act of both verbs
    got = _statements("The Quenby rowing club said Captain Orme would not coach its junior crews this season.",
                      "The Quenby rowing club said Captain Orme would train its junior crews this season.")
    assert any(s == "conflict" and "coach ~ train" in about for s, _, about in got), got


@pytest.mark.model
def test_verbs_of_opposite_effect_are_no_conflict():
    # review s34 finding 1's invented pairs: no one act, so no conflict of polarity
    for a, b in (("The Quenby council did not anticipate the dock strike, the mayor admitted.",
                  "The Quenby council averted the dock strike, the mayor said."),
                 ("The harbour board did not foresee the merger of the two ferry lines, its chair said.",
                  "The harbour board forbade the merger of the two ferry lines, its chair said.")):
        got = _statements(a, b)
        assert not any(s == "conflict" for s, _, _ in got), got
