"""The day an act was announced is not the day it is done (compare.select.TELLING_COST): a report
that names a rule where it tells of its announcement shares many words with the other report's
sentence of the rule, and the day of telling then took the first day's place as its partner, so the
two first days stayed related. Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.select import _told_and_telling

from extracted import extracted_doc

pytestmark = pytest.mark.model

_RULE = "Boats must tie up stern first in the town's marina starting 19 May. The harbour board gave no reason for " \
        "the rule when it announced it on Monday."


def _dates(a: str, b: str) -> list:
    report = diff_pair(extracted_doc(a, "a.txt", "2031-04-02"), extracted_doc(b, "b.txt", "2031-04-02"))
    return [m for m in report.matches if m.kind == "date"]


def _status(a: str, b: str, da: str, db: str) -> set:
    return {m.status for m in _dates(a, b) if m.a.text == da and m.b.text == db}


def test_two_first_days_of_one_rule_conflict_past_the_day_it_was_announced():
    a = "Boats in the town's marina must be moored by the stern as of May 12, under a rule the harbour board announced on Monday."
    assert _status(a, _RULE, "May 12", "19 May") == {"conflict"}
    # control: the two days of the announcement still agree
    assert _status(a, _RULE, "Monday", "Monday") == {"agree"}


def test_a_day_of_telling_and_a_day_of_an_act_are_two_events():
    from claimtrack.compare.mentions import mentions_of

    def date(text: str, written: str):
        [m] = [m for m in mentions_of(extracted_doc(text, "x.txt", "2031-04-02")) if m.kind == "date" and m.text == written]
        return m

    said = date("The ferry operator said on Friday that sailings to the outer islands resume on 3 June.", "Friday")
    resume = date("Sailings to the outer islands resume on 10 June after the winter break.", "10 June")
    assert _told_and_telling(said, resume)
    # control: two days of telling are one kind of event, and two days of one act another
    announced = date("The operator announced the timetable on Friday.", "Friday")
    assert not _told_and_telling(said, announced)
    other = date("Sailings to the outer islands begin again on 3 June, the operator's timetable shows.", "3 June")
    assert not _told_and_telling(other, resume)
