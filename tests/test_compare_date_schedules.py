"""A date the text gives as a former schedule (compare.date_spans.superseded): "first planned for",
"the original date of" name the plan before a change, so against another report's new date it
is no contradiction. Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_LEAD = "Lawmakers in Ostvik argued for hours over the harbour referendum. "


def _statuses(a: str, b: str, da: str) -> set:
    report = diff_pair(extracted_doc(_LEAD + a, "a.txt", "2031-10-01"), extracted_doc(_LEAD + b, "b.txt", "2031-10-02"))
    return {m.status for m in report.matches if m.kind == "date" and m.a.text == da}


def test_a_first_planned_date_is_the_former_schedule():
    a = "The harbour vote, first planned for November 22, was moved to April 4, 2032."
    b = "The harbour vote will take place on April 4, 2032, the election office said."
    assert "conflict" not in _statuses(a, b, "November 22")
    # control: a date given as the vote's own, not as a former plan, contradicts
    assert "conflict" in _statuses("The harbour vote will take place on November 22, 2031.", b, "November 22, 2031")


def _pair(a: str, b: str, published: str = "2031-08-14") -> set:
    report = diff_pair(extracted_doc(a, "a.txt", published), extracted_doc(b, "b.txt", published))
    return {(m.a.text, m.b.text, m.status, m.relation) for m in report.matches if m.kind == "date"}


def test_was_to_gives_the_plan_as_it_stood_then_unless_a_report_backshifts_it():
    b = "The ferry will now not enter service before 2033, the shipyard said."
    # "was to" (and "was to have", unfulfilled): the arrangement as it stood, which the later date updates
    assert ("May 2032", "2033", "related", "update") in _pair(
        "The new ferry, which was to enter service in May 2032, cost $40 million.", b)
    assert ("May 2032", "2033", "related", "update") in _pair("The new ferry was to have entered service in May 2032.", b)
    # controls: the plan stated as current, and "was to" backshifted after a verb of saying, contradict
    assert ("May 2032", "2033", "conflict", "disjoint") in _pair(
        "The new ferry, which will enter service in May 2032, cost $40 million.", b)
    assert ("May 2032", "2033", "conflict", "disjoint") in _pair(
        "The shipyard said the new ferry was to enter service in May 2032.", b)
