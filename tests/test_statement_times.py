"""Statements of one act at two times (issue 13 (4)): a polarity or a modality decides only for
one act at one time (compare/statements/clause_time.py). Invented sentences only, through the
real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


#: One story for both sides (diff calls two different stories only `related`).
STORY = " The hill farmers' cooperative near Tromsø holds its yearly meeting in the old dairy this week."


def _statuses(a: str, b: str) -> set:
    report = diff_pair(extracted_doc(a + STORY, "a.txt"), extracted_doc(b + STORY, "b.txt"))
    return {m.status for m in report.matches if m.kind == "statement"}


def test_an_act_denied_in_one_year_and_told_in_another_is_no_conflict():
    got = _statuses("The cooperative's board did not meet in 2030, its secretary said.",
                    "The cooperative's board met in 2031, its secretary said.")
    assert "related" in got and "conflict" not in got


def test_an_act_denied_and_told_in_one_year_conflicts():
    assert "conflict" in _statuses("The cooperative's board did not meet in 2030, its secretary said.",
                                   "The cooperative's board met in 2030, its secretary said.")


def test_a_year_named_and_a_year_written_are_compared_as_years():
    # published in 2031: "next year" is 2032, one time with "in 2032"
    assert "conflict" in _statuses("The cooperative will not raise its feed prices next year.",
                                   "The cooperative will raise its feed prices in 2032.")


def test_a_ruling_out_this_year_says_nothing_of_next_year():
    got = _statuses("The cooperative ruled out a milk levy this year.",
                    "The cooperative is weighing a milk levy next year.")
    assert "conflict" not in got


def test_a_bound_reaching_back_to_now_meets_a_date_inside_it():
    # "before 2033" covers 2032: one time, so the refusal and the plan still conflict
    assert "conflict" in _statuses("The cooperative will not raise its feed prices before 2033.",
                                   "The cooperative will raise its feed prices in 2032.")


def test_a_date_after_a_bound_is_another_time():
    assert "conflict" not in _statuses("The cooperative will not raise its feed prices before 2033.",
                                       "The cooperative will raise its feed prices in 2034.")


def test_a_stance_told_in_two_months_is_one_stance_reported_two_ways():
    # a month of an act told as done is, like a day, most often when it was reported or decided
    assert "conflict" in _statuses("The cooperative's members rejected the dairy's milk price in March, their chair said.",
                                   "The cooperative's members accepted the dairy's milk price in May, their chair said.")


def test_an_act_set_for_two_months_to_come_is_two_times():
    assert "conflict" not in _statuses("The cooperative will not shear the flock in June.",
                                       "The cooperative will shear the flock in July.")


def test_a_thing_ruled_out_for_one_month_and_weighed_for_another_is_two_times():
    assert "conflict" not in _statuses("The cooperative ruled out a feed levy in June.",
                                       "The cooperative is considering a feed levy in September.")
