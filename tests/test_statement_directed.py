"""An act one party directs another to do, told as directed on one side and not on the other
(compare/statements/directed.py). Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _statements(a: str, b: str):
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


GIVEN = "The Danube Shipping Board has ordered barge crews to slow down near the bridge, a notice said."
WITHHELD = "The Danube Shipping Board will not order barge crews to slow down near the bridge, its chair said."


def test_an_order_given_on_one_side_and_withheld_on_the_other_is_no_agreement_on_the_act():
    got = _statements(WITHHELD, GIVEN)
    assert not any(s == "agree" for s, _, _ in got), got
    assert any(s == "conflict" for s, _, _ in got), got


def test_one_order_given_on_both_sides_agrees():
    got = _statements(GIVEN, "The Danube Shipping Board ordered barge crews to slow down near the bridge on Monday.")
    assert any(s == "agree" for s, _, _ in got), got
    assert not any(s == "conflict" for s, _, _ in got), got


def test_an_order_another_party_withholds_is_only_related():
    other = "The Port Captaincy will not order barge crews to slow down near the bridge, its chief said."
    got = _statements(other, GIVEN)
    assert not any(s in ("agree", "conflict") for s, _, _ in got), got


def test_an_order_not_yet_given_says_nothing_of_one_to_come():
    # review s29 finding 1: "not yet" holds up to now, "will order" speaks of what comes
    got = _statements("The Danube Shipping Board has not yet ordered barge crews to slow down near the bridge, its chair said.",
                      "The Danube Shipping Board will order barge crews to slow down near the bridge from Monday, a notice said.")
    assert not any(s == "conflict" for s, _, _ in got), got
