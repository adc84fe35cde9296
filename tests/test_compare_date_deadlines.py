"""A date a sentence names as a deadline ("the deadline for applications is March 12", "the
registration deadline is March 12", "the deadline to hand in the forms is 31 August") closes the
time given, as "by March 14" does (compare.date_spans.span_end), and dates the act the deadline is
for (compare.date_events.event_of: apply, register, hand in), as "have until July 31 to hand in"
does. Two deadlines of one act are one date twice: different days conflict; a deadline for
another act is another date.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest


from extracted import date_statuses

pytestmark = pytest.mark.model

_LEAD = "The farm agency in the northern province of Delvoria briefed reporters on the drought aid scheme. "


def _date_statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-02-18", "2031-02-19"))


def test_a_deadline_for_an_act_named_by_its_noun_dates_the_act():
    a = "Farmers must apply by March 14."
    assert _date_statuses(a, "The deadline for applications is March 12.") == {"conflict"}
    assert _date_statuses(a, "The deadline for applications is March 14.") == {"agree"}


def test_a_deadline_named_after_its_act_dates_the_act():
    a = "Farmers must register by March 14."
    assert _date_statuses(a, "The registration deadline is March 12.") == {"conflict"}
    # control: a deadline for another act is another date
    assert "conflict" not in _date_statuses(a, "The deadline for appeals is March 12.")


def test_time_given_until_a_date_to_do_an_act_dates_that_act():
    b = "The deadline to hand in the forms is 31 August."
    assert _date_statuses("Farmers have until July 31 to hand in their forms.", b) == {"conflict"}


def test_a_day_inside_the_time_given_for_an_act_is_no_conflict():
    # "has until March 12 to publish" is a deadline as "by March 12" is: a day before it holds too
    a = "The agency has until March 12 to publish the list of farms."
    assert "conflict" not in _date_statuses(a, "The list of farms will be published on March 3.")
    # control: a day after the time given does not hold with it
    assert "conflict" in _date_statuses(a, "The list of farms will be published on March 20.")


def test_a_limit_set_by_before_closes_a_span_as_by_does():
    # "from 2034" opens the time of one act, "before October" limits another's: two ends of
    # spans, never one date twice (compare.date_spans.span_end reads "before" as it reads "by")
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    def pairs(b: str) -> dict:
        report = diff_pair(extracted_doc(a, "a.txt", "2031-02-10"), extracted_doc(b, "b.txt", "2031-02-10"))
        return {(m.a.text, m.b.text): (m.status, m.reason) for m in report.matches if m.kind == "date"}

    a = "The bakery group expects to bake its loaves at the Tarn site from 2034."
    b = "The bakery group must submit a design for a second site before October."
    status, reason = pairs(b)[("2034", "October")]
    assert status == "related" and "closes one" in reason
    # control: a date under "by" in the same place is read alike
    status, reason = pairs(b.replace("before", "by"))[("2034", "October")]
    assert status == "related" and "closes one" in reason
    # and one under "in" closes nothing
    assert "closes one" not in pairs(b.replace("before", "in"))[("2034", "October")][1]
