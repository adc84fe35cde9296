"""The one deadline a report sets (compare.date_deadlines): two reports of one story that each set
one deadline of an obligation give the date of one occurrence, whatever verbs they chose, so a
different day is a conflict; a report that sets two deadlines, or a target that binds nobody, is
left to the words.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from extracted import date_statuses, extracted_doc

pytestmark = pytest.mark.model

_DAYS = ("2031-02-03", "2031-02-03")
_STORY = ("The Velmar harbour board fined three ferry firms after an inspection of the Kesto crossing. ",
          "Three ferry firms on the Kesto crossing were fined by the Velmar harbour board. ")


def _sole(text: str) -> list[str]:
    from claimtrack.compare.pair import prepare

    return [m.text for m in prepare(extracted_doc(text, "a.txt", _DAYS[0])).mentions if m.sole_deadline]


def test_two_reports_each_setting_one_deadline_date_one_occurrence():
    a = _STORY[0] + "The ferry operators must send the board their safety logs by 12 March."
    b = _STORY[1] + "The three operators have until 26 March to hand in their safety logs."
    assert "conflict" in date_statuses(a, b, _DAYS)
    # control: the same day agrees
    assert "conflict" not in date_statuses(a, b.replace("26 March", "12 March"), _DAYS)


def test_two_deadlines_of_two_acts_naming_nothing_in_common_stay_two():
    a = _STORY[0] + "Passengers must book their crossings by 12 March."
    b = _STORY[1] + "The deadline for refund claims is 26 March."
    assert "conflict" not in date_statuses(a, b, _DAYS)


def test_one_party_under_two_obligations_sets_two_deadlines():
    # the same firms in both reports, two acts (settle, contest): the party alone is no one act
    a = _STORY[0] + "The ferry firms must settle the penalties by 12 March."
    b = _STORY[1] + "The ferry firms have until 26 March to contest the ruling."
    assert "conflict" not in date_statuses(a, b, _DAYS)
    # control: one act (settle) under both obligations is one deadline, and the days conflict
    assert "conflict" in date_statuses(a, b.replace("to contest the ruling", "to settle the penalties"), _DAYS)


def test_a_time_given_and_a_must_are_each_a_deadline():
    assert _sole("The operators must send the board their safety logs by 12 March.") == ["12 March"]
    assert _sole("The board gave the firms until 26 March to hand in their logbooks.") == ["26 March"]


def test_a_report_setting_two_deadlines_marks_neither():
    text = "The firms must send their safety logs by 12 March and must pay the fines by 30 April."
    assert _sole(text) == []


def test_a_target_or_a_forecast_is_no_deadline():
    assert _sole("The board aims to cut ferry emissions by 2035.") == []
    assert _sole("The new pier will be finished by 30 April.") == []
