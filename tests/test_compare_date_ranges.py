"""Two dates joined by "to", "until", "till", "through", "thru" or a dash with no "from" before the first ("the show runs
June 3 to June 9"): the first opens a span, the second closes it (compare.date_spans.span_end), as
with "from ... to ...". An opening day set against the other report's closing day is no conflict;
two opening days of one span are.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.dates import span_end
from claimtrack.compare.mentions import mentions_of

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _ends(text: str) -> list:
    return [(m.text, span_end(m)) for m in mentions_of(extracted_doc(text, "a.txt")) if m.kind == "date"]


def test_two_dates_joined_without_from_bound_one_span():
    assert _ends("The rowing regatta will be held over five days, August 2 to August 6, off the north pier.") == [
        ("August 2", "start"), ("August 6", "end")]
    assert _ends("The hill museum is open Tuesday through Saturday.") == [("Tuesday", "start"), ("Saturday", "end")]
    # control: two dates of two acts, with words between them, bound nothing
    assert _ends("The pier closed on March 3 and reopened on 9 April.") == [("March 3", None), ("9 April", None)]
    # control: a date before "to" and a figure after it ("rose in 2023 to a record")
    assert _ends("Ticket prices rose in 2023 to a record.") == [("2023", None)]


def test_an_opening_day_is_not_held_against_the_other_reports_closing_day():
    a = "The rowing regatta will run from August 2 to August 7 off the north pier, the club said on Monday."
    b = "The club said the rowing regatta would run for six days, August 3 to August 7, off the north pier."
    report = diff_pair(extracted_doc(a, "a.txt", "2031-05-05"), extracted_doc(b, "b.txt", "2031-05-05"))
    pairs = {(m.a.text, m.b.text): m.status for m in report.matches if m.kind == "date"}
    # A's start is paired with B's start only: an absent pair, not merely one that is no conflict
    assert ("August 2", "August 7") not in pairs, pairs
    assert pairs.get(("August 2", "August 3")) == "conflict"
    assert pairs.get(("August 7", "August 7")) == "agree"


def test_a_reschedule_or_an_apposition_is_no_span():
    # under a verb that moves a thing in time the two dates are the old day and the new one
    assert _ends("The parish council postponed the vote March 3 to March 10.") == [
        ("March 3", None), ("March 10", None)]
    # a dash closed by a second dash restates one day
    assert _ends("The dock strike began on Friday - May 9 - at the grain terminal.") == [
        ("Friday", None), ("May 9", None)]
