"""Two dates of one kind of act done to two things (compare.date_events.one_act): one verb with
one object head ("signs a deal") names a kind of act, and the phrase after the object says which
one ("a deal with the water board" / "a deal with a bus maker"). Two such dates are two acts'
dates, never a conflict, whether written as relative years ("next year" / "this year") or as
years; the same object's complement keeps the conflict (the controls).

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_LEAD = "The regional council has been buying electric buses for its towns. "


def _date_statuses(a: str, b: str) -> set:
    report = diff_pair(extracted_doc(_LEAD + a, "a.txt", "2031-06-10"), extracted_doc(_LEAD + b, "b.txt", "2031-06-12"))
    return {m.status for m in report.matches if m.kind == "date" and "council" not in m.a.text}


def test_relative_years_of_two_deals_with_two_partners_do_not_conflict():
    a = "The council will sign a lease with the water board next year."
    b = "The council signed a lease with a bus maker this year."
    assert "conflict" not in _date_statuses(a, b)
    # control: one lease with one partner dated next year and this year conflicts
    assert "conflict" in _date_statuses(a, b.replace("a bus maker", "the water board").replace("signed", "will sign"))


def test_years_of_two_contracts_for_two_things_do_not_conflict():
    a = "The council will award a contract for two new depots in 2033."
    b = "The council will award a contract for bus shelters in 2032."
    assert "conflict" not in _date_statuses(a, b)
    # control: the same contract dated two years conflicts
    assert "conflict" in _date_statuses(a, b.replace("bus shelters", "two new depots"))
