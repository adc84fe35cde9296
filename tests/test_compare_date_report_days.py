"""A bare day of saying ("the owners said on Wednesday") and a day under a verb of telling or
disclosing ("yesterday the owners told the workers") both date the report that made the news
public (compare.date_align.meeting_events): they meet as one event, outranking dates that only
share words, and two such days that differ stay related (a report recurs). Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.date_events import REPORT
from claimtrack.compare.date_align import meeting_events
from claimtrack.compare.dates import align_dates
from claimtrack.compare.mentions import mentions_of

from extracted import extracted_doc

pytestmark = pytest.mark.model

_SAID = "The paper mill in Nordby will shut its last machine by August 31, the owners said on Wednesday."
_TOLD = "Yesterday the owners told the mill workers that the last machine in Nordby would stop by the end of October."


def _date(text: str, written: str, published: str):
    [m] = [m for m in mentions_of(extracted_doc(text, "x.txt", published)) if m.kind == "date" and m.text == written]
    return m


def test_a_day_of_saying_and_a_day_of_telling_date_one_report():
    a, b = _date(_SAID, "Wednesday", "2031-04-02"), _date(_TOLD, "Yesterday", "2031-04-03")
    assert meeting_events(a, b) == (REPORT, REPORT)
    al = align_dates(a, b, True)
    assert al is not None and al.how == "event" and al.one_event


def test_two_report_days_that_differ_are_no_conflict():
    # written two days after A: "yesterday" is Thursday, another day than Wednesday
    report = diff_pair(extracted_doc(_SAID, "a.txt", "2031-04-02"), extracted_doc(_TOLD, "b.txt", "2031-04-04"))
    statuses = {m.status for m in report.matches if m.kind == "date" and m.a.text == "Wednesday" and m.b.text == "Yesterday"}
    assert "conflict" not in statuses
