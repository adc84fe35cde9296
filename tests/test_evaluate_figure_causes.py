"""Why a gold quantity fact is missed (claimtrack.evaluate.figure_causes, read by
bench/quantity_causes.py). Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair, prepare
from claimtrack.evaluate.figure_causes import quantity_cause

from extracted import extracted_doc

pytestmark = pytest.mark.model

STORY = " The ferry operator on the Lindholm route spoke to reporters at the harbour on Monday."


def _cause(a: str, b: str, fa: str, fb: str, status: str = "agree") -> str:
    pa = prepare(extracted_doc(a + STORY, "a.txt"))
    pb = prepare(extracted_doc(b + STORY, "b.txt"))
    fact = {"status": status, "type": "quantity", "about": "x", "a_text": fa, "b_text": fb,
            "a_start": a.index(fa), "a_end": a.index(fa) + len(fa),
            "b_start": b.index(fb), "b_end": b.index(fb) + len(fb)}
    return quantity_cause(fact, pa, pb, diff_pair(pa, pb).matches)[0]


def test_a_fact_diff_holds_with_its_status_is_found():
    assert _cause("The operator will cut 40 sailings a week on the Lindholm route.",
                  "The Lindholm route loses 40 sailings a week, the operator said.",
                  "40 sailings", "40 sailings") == "found"


def test_a_side_with_no_figure_is_not_extracted():
    assert _cause("The operator will cut 40 sailings a week on the Lindholm route.",
                  "The Lindholm route loses many sailings, the operator said.",
                  "40 sailings", "many sailings").startswith("not extracted (B)")


def test_an_amount_and_a_count_are_measures_that_differ():
    cause = _cause("The operator will spend €40 million on the Lindholm route.",
                   "The operator will run 40 ferries on the Lindholm route.",
                   "€40 million", "40 ferries")
    assert cause.startswith("measures differ: EUR vs ")


def test_counts_the_measures_keep_apart_say_which_wording():
    people = _cause("A total of 12 nurses were trapped when the lift at the Lindholm clinic failed.",
                    "Twelve men were working on the upper floors of the clinic at the time.",
                    "12 nurses", "Twelve men")
    assert people.startswith("measures differ, two nouns for people: ")
    things = _cause("The operator withdrew 14 timetables for the Lindholm route.",
                    "The Lindholm route lost 14 schedules, the operator said.",
                    "14 timetables", "14 schedules")
    assert things.startswith("measures differ, two counted nouns WordNet does not relate: ")
