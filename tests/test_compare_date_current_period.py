"""The month (week, year) a report is written in, under a clause that looks forward ("flights
would resume this month"), is a plan as a month ahead is (compare.dates._planned): two dates of one
planned event, "in April" / "this month", conflict. Said of something done ("flights resumed this
month") it is no plan, and a part of the period ("by the end of the month") stays loose.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest


from extracted import date_statuses

pytestmark = pytest.mark.model

_LEAD = "The regional airline of Delvoria spoke about its winter timetable on Tuesday. "


def _date_statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-02-18", "2031-02-19"), skip="Tuesday")


def test_this_month_under_a_forward_clause_is_a_plan_that_can_conflict():
    a = "Flights to the mountain province will resume in April, the airline said."
    assert "conflict" in _date_statuses(a, "The airline said flights to the mountain province would resume this month.")
    # control: said of something done, this month is no plan
    assert "conflict" not in _date_statuses(a, "The airline said flights to the mountain province resumed this month.")


def test_this_month_planned_meets_another_plan_only_when_the_frames_name_one_event():
    # "will apply this month" and "will present it in April": two acts about one fee
    a = "The new landing fee will apply this month, the airline said."
    b = "The airline will present the new landing fee to the ministry in April."
    assert "conflict" not in _date_statuses(a, b)
