"""Why a gold statement fact is missed (claimtrack.evaluate.causes, read by bench/statement_causes.py
and bench/ledger_coverage.py --causes). Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair, prepare
from claimtrack.evaluate.causes import ledger_cause, statement_cause

from extracted import extracted_doc

pytestmark = pytest.mark.model

STORY = " The orchard cooperative in Valdemora met its buyers on Friday."


def _fact(a: str, b: str, status: str = "agree") -> tuple:
    pa = prepare(extracted_doc(a + STORY, "a.txt"))
    pb = prepare(extracted_doc(b + STORY, "b.txt"))
    fact = {"status": status, "type": "statement", "about": "x",
            "a_start": 0, "a_end": len(a), "b_start": 0, "b_end": len(b)}
    return fact, pa, pb, diff_pair(pa, pb).matches


def test_a_fact_diff_holds_with_its_status_is_found():
    fact, pa, pb, matches = _fact("The cooperative will not sell its cold store.",
                                  "The cooperative agreed to sell its cold store.", "conflict")
    assert statement_cause(fact, pa, pb, matches) == "found"


def test_two_unrelated_verbs_of_one_subject_on_one_thing_are_a_predicate_not_met():
    fact, pa, pb, matches = _fact("The cooperative painted its cold store.",
                                  "The cooperative insured its cold store.")
    assert statement_cause(fact, pa, pb, matches) == "not aligned: predicate not met (subject, object met)"
    # the ledger's cause for a fact diff proposes nothing for: which part is not met
    assert ledger_cause(fact, pa, pb, [], True) == "no candidate: predicate not met (subject, object met)"


def test_two_unrelated_verbs_on_two_things_are_a_predicate_not_met():
    fact, pa, pb, matches = _fact("The cooperative painted its cold store.",
                                  "The cooperative insured its delivery vans.")
    assert statement_cause(fact, pa, pb, matches) == "not aligned: predicate not met"


def test_one_verb_of_two_named_subjects_is_a_subject_not_met():
    fact, pa, pb, matches = _fact("Ravensholt Dairies sold its cold store.",
                                  "Kettering Mills sold its cold store.")
    assert statement_cause(fact, pa, pb, matches) == "not aligned: subject not met"
