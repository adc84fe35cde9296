"""A thing one report expects and the other reports done (compare.dates._past_and_forecast): two
occurrences of one kind of event when the one done was already over when the other report was
written ("peaked in 2029" / "will peak in 2032"), but one event dated twice when it was done on
or after the day the other report expected it: "is expected to reach the port on Thursday",
written on Wednesday, and "reached the port yesterday", written on Thursday, date one arrival.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import date_statuses, extracted_doc

pytestmark = pytest.mark.model

_CONVOY = "A relief convoy left the capital of Norvania with food for flooded villages. "
_RIVER = "River levels across Norvania are watched closely by the flood agency. "


def _date_statuses(lead: str, a: str, b: str) -> set:
    return date_statuses(lead + a, lead + b, ("2031-10-15", "2031-10-16"))


def test_a_thing_done_on_the_day_another_report_expected_it_later_is_one_event():
    expected = "The convoy is expected to reach Port Sava on Thursday under police escort."
    assert "conflict" in _date_statuses(_CONVOY, expected, "The convoy reached Port Sava under police escort yesterday.")
    # control: done two days before the expecting report was written, it is another arrival
    assert "conflict" not in _date_statuses(_CONVOY, expected, "The convoy reached Port Sava under police escort on Monday.")


def test_a_peak_over_before_a_forecast_was_written_is_another_occurrence():
    a = "The river peaked at the town bridge in 2029, the agency said."
    b = "The river will peak at the town bridge in 2032, the agency said."
    assert "conflict" not in _date_statuses(_RIVER, a, b)


_RAID = "The farm agency in the northern province of Delvoria is under investigation. "


def _raid_statuses(a: str, b: str) -> set:
    # A written on Friday, B the next day
    report = diff_pair(extracted_doc(_RAID + a, "a.txt", "2031-02-21"), extracted_doc(_RAID + b, "b.txt", "2031-02-22"))
    return {m.status for m in report.matches if m.kind == "date"}


def test_the_day_of_writing_is_over_for_a_clause_that_tells_what_was_done():
    # "raided on Friday", written on Friday, is done, as "on Thursday" written on Saturday is
    b = "Police raided the agency's offices on Thursday, seizing computers."
    assert "conflict" in _raid_statuses("Police raided the agency's offices on Friday, seizing computers.", b)
    # control: a clause that looks forward on its day of writing expects a later occurrence
    assert "conflict" not in _raid_statuses("Police will raid the agency's offices again on Friday, officers said.", b)


def test_a_thing_done_while_another_was_expected_is_another_event_unless_the_frames_name_one():
    # the telling of a rule yesterday is not the rule starting to apply next week
    lead = "The town of Brenna is changing how its harbour is run. "
    a = "The new mooring fee will apply from March 16, the harbour board said."
    b = "The harbour board unveiled the new mooring fee yesterday."
    report = diff_pair(extracted_doc(lead + a, "a.txt", "2031-03-10"), extracted_doc(lead + b, "b.txt", "2031-03-11"))
    assert "conflict" not in {m.status for m in report.matches if m.kind == "date"}
    # a lease that ends in two years is not a term of office that ended yesterday: one verb, two
    # things that end, at two grains
    lead = "The rowing club of Brenna has parted with its chairman, Olaf Lind. "
    a = "Lind's five-year lease on the boathouse with the club ends in 2028."
    b = "Lind's four years as chairman of the club ended yesterday when members voted him out."
    report = diff_pair(extracted_doc(lead + a, "a.txt", "2026-06-03"), extracted_doc(lead + b, "b.txt", "2026-06-04"))
    assert "conflict" not in {m.status for m in report.matches if m.kind == "date"}


def test_the_day_of_writing_told_as_done_meets_another_day_only_for_one_event():
    # "took effect on Friday" (written on Friday) and "announced on Thursday" (written on
    # Saturday): both over, two events about one rule; the day of writing is done, but that is no
    # evidence that the two are one
    lead = "The town of Brenna is changing how its harbour is run. "
    a = "The new mooring fee came into force on Friday, the harbour board said."
    b = "The harbour board unveiled the new mooring fee on Thursday."
    report = diff_pair(extracted_doc(lead + a, "a.txt", "2031-03-14"), extracted_doc(lead + b, "b.txt", "2031-03-15"))
    assert "conflict" not in {m.status for m in report.matches if m.kind == "date"}


_BARGE = "A grain barge ran aground on a sandbank in the Velmar estuary last week. "


def test_the_day_of_writing_told_as_done_holds_against_a_past_day_told_with_another_verb():
    # one act, two verbs about one thing ("towed the barge off the sandbank" / "the barge was
    # pulled free of the sandbank"), two dates written out in full, one with its weekday on the
    # day A was written: one refloating dated twice
    a = "Crews towed the barge off the sandbank on Monday, 9 March 2026, the port authority said."
    b = "The barge was pulled free of the sandbank on 11 March 2026, the port authority said."
    assert date_statuses(_BARGE + a, _BARGE + b, ("2026-03-09", "2026-03-12"), skip="last week") == {"conflict"}
    # and the other way round: B's day is the day B was written
    assert date_statuses(_BARGE + a, _BARGE + b, ("2026-03-11", "2026-03-11"), skip="last week") == {"conflict"}
    # control: a clause about another thing on the later day is another event
    c = "The port authority reopened its harbour office on 11 March 2026 after repairs."
    assert "conflict" not in date_statuses(_BARGE + a, _BARGE + c, ("2026-03-09", "2026-03-12"), skip="last week")
