"""Two dates of one kind of act done to two things (compare.date_one_event.one_act): one verb with
one object head ("signs a deal") names a kind of act, and the phrase after the object says which
one ("a deal with the water board" / "a deal with a bus maker"). Two such dates are two acts'
dates, never a conflict, whether written as relative years ("next year" / "this year") or as
years; the same object's complement keeps the conflict (the controls). And a scheduling or light
verb ("is expected", "would come") dates what its subject names, whoever the sentence's source.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import date_statuses, extracted_doc

pytestmark = pytest.mark.model

_LEAD = "The regional council has been buying electric buses for its towns. "


def _date_statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-06-10", "2031-06-12"), skip="council")


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


def _crop_statuses(a: str, b: str) -> set:
    lead = "Growers in the Orvel hills sowed a new barley this spring. "
    report = diff_pair(extracted_doc(lead + a, "a.txt", "2031-02-10"), extracted_doc(lead + b, "b.txt", "2031-02-11"))
    return {m.status for m in report.matches if m.kind == "date" and "spring" not in m.a.text}


def test_a_scheduling_verb_and_a_light_verb_date_what_their_one_subject_names():
    # "is expected" and "would come" say nothing of what happens: their one subject does (the
    # first crop); the body that says it (a cooperative, a ministry) is the source, no party
    a = "The first crop is expected in May, the Orvel Growers Union said."
    b = "The Ministry of Agriculture said the first crop would come in October."
    assert "conflict" in _crop_statuses(a, b)
    # control: two subjects are two things
    assert "conflict" not in _crop_statuses(a, b.replace("the first crop would come", "the first rains would come"))


def test_a_name_and_a_description_after_the_object_may_be_one_partner():
    # "with Tarmo Lines" / "with the bus operator": a definite description takes up a named
    # thing, so the two leases may be one, and the two dates of it conflict
    a = "The council will sign a lease with Tarmo Lines next year."
    b = "The council will sign a lease with the bus operator this year."
    assert "conflict" in _date_statuses(a, b)
    # control: two names are two partners
    assert "conflict" not in _date_statuses(a, b.replace("the bus operator", "Velo Transit"))


def _plant_statuses(a: str, b: str) -> set:
    lead = "A new seed plant opened in the Delvoria valley on Monday. "
    report = diff_pair(extracted_doc(lead + a, "a.txt", "2031-02-18"), extracted_doc(lead + b, "b.txt", "2031-02-19"))
    return {m.status for m in report.matches if m.kind == "date" and "Monday" not in m.a.text}


def test_under_be_the_subjects_complement_says_which_thing_is_dated():
    # "is" says nothing of what happens: "the target for the first batch" and "the target for full
    # output" are two targets, as two deals with two partners are two deals
    a = "The target for the first batch is May 31."
    assert "conflict" not in _plant_statuses(a, "The target for full output is next year.")
    # control: one target dated twice conflicts
    assert "conflict" in _plant_statuses(a, "The target for the first batch is next year.")
