"""Two dates in one period that name different parts of it (compare.date_spans.parts_apart):
"early", "mid-" and "late" (or "the end of") name the thirds of a year or a month, so "mid-2032"
and "the end of 2032" are not one date (related, never agree; a part is too loose a placing to
contradict another), and a month inside the part named agrees with it.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_A = "The new tram depot will open in {}, the transport authority said."
_B = "The transport authority said the new tram depot would open {}."


def _status(da: str, db: str) -> set:
    report = diff_pair(extracted_doc(_A.format(da), "a.txt", "2031-04-02"),
                       extracted_doc(_B.format(db), "b.txt", "2031-04-03"))
    return {m.status for m in report.matches if m.kind == "date" and m.a.text.endswith(da.split()[-1])}


def test_two_parts_of_one_year_are_not_one_date():
    assert _status("mid-2032", "at the end of 2032") == {"related"}
    assert _status("early 2032", "in late 2032") == {"related"}


def test_a_month_agrees_with_the_part_of_the_year_it_lies_in():
    assert _status("late 2032", "in November 2032") == {"agree"}
    assert _status("late 2032", "in March 2032") == {"related"}
