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


def test_a_day_s_partner_is_the_other_report_s_day_before_its_month():
    # The day's sentence shares more words with the month's ("timber yard", "fire service") than
    # with the other day's; one event written at one precision on both sides is its partner
    # (compare.select.SAME_PRECISION_RANK), and the two days of one putting-out contradict.
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    a = "Fire crews at the Halvik timber yard put out the blaze on Friday, the fire service said."
    b = "The Halvik timber yard will stay closed until June, the fire service said. Crews put the fire out on Thursday."
    report = diff_pair(extracted_doc(a, "a.txt", "2031-03-05"), extracted_doc(b, "b.txt", "2031-03-05"))
    found = {(m.a.text, m.b.text): m.status for m in report.matches if m.kind == "date"}
    assert found[("Friday", "Thursday")] == "conflict"
    assert found.get(("Friday", "June")) != "conflict"


def test_the_partner_rank_of_a_date_adds_its_precision_only():
    from types import SimpleNamespace as NS

    from claimtrack.compare.select import SAME_PRECISION_RANK, _partner_rank

    def cand(grain_a, grain_b, part=None):
        date = lambda grain, part=None: NS(kind="date", payload=NS(grain=grain, part=part))  # noqa: E731
        return NS(a=date(grain_a, part), b=date(grain_b), score=0.3, how="event", alignment=None)

    assert _partner_rank(cand("day", "day")) == pytest.approx(0.3 + SAME_PRECISION_RANK)
    assert _partner_rank(cand("day", "month")) == pytest.approx(0.3)
    # "mid-June" places a moment about as finely as a day (compare.date_align._precision)
    assert _partner_rank(cand("month", "day", part="mid")) == pytest.approx(0.3 + SAME_PRECISION_RANK)
