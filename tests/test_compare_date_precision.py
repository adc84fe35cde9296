"""A part of a period is about as precise as the next finer grain (compare.date_align._precision):
"mid-2033" places a moment about as finely as a month, "mid-September" as a day. Two such dates
in one story are of one grain for the one-to-one assignment of dates, as two months are: "in
mid-2033" / "in June 2033" meet although the sentences share little else (agree: the same time
at different precision).

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest


from extracted import date_statuses

pytestmark = pytest.mark.model

_LEAD = "The new metro line in Varnel is nearly finished. "


def _date_statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-09-01", "2031-09-02"))


def test_a_part_of_a_year_meets_a_month_in_one_story():
    assert _date_statuses("The first trains will run in mid-2033.", "Passenger services begin in June 2033.") == {"agree"}


def test_a_part_of_a_month_meets_a_day_in_one_story():
    assert _date_statuses("The first trains will run in mid-October.", "Passenger services begin on 14 October.") == {"agree"}
