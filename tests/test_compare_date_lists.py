"""Dates a sentence lists together (compare.date_spans.listed_with): "storms in January and
March" names two times of what the clause says, so the other report's "the March storms" is one
of them, never another date of one event (related, never a conflict), however the alignment of
the dates inside the two lists falls. Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.dates import _listed

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _dates(a: str, b: str, published: str) -> list:
    report = diff_pair(extracted_doc(a, "a.txt", published), extracted_doc(b, "b.txt", published))
    return [(m.a.text, m.b.text, m.status) for m in report.matches if m.kind == "date"]


def test_a_date_of_one_list_is_never_in_conflict_with_another_of_the_same_list():
    # each report lists both months; the words beside "March" in B score higher with either of A's
    # months, so alignment alone pairs A's February with B's March (the old output: a conflict)
    got = _dates("The reservoir's dam cracked during the tremors in February and March, engineers found.",
                 "Tremors in February and March cracked the reservoir's dam, and engineers later found a second fault "
                 "near the spillway, the water board said.", "2031-10-02")
    assert ("February", "February", "agree") in got and ("March", "March", "agree") in got
    assert all(status != "conflict" for _, _, status in got)


def test_a_list_holds_the_other_reports_date_a_lone_date_does_not():
    from claimtrack.compare.date_spans import listed_with

    doc = extracted_doc("Hailstorms in January and March flattened the maize, the farm board said.", "a.txt", "2031-06-02")
    from claimtrack.compare.pair import prepare

    months = {m.text: m for m in prepare(doc).mentions if m.kind == "date"}
    assert listed_with(months["January"]) == {"2031-03"} and listed_with(months["March"]) == {"2031-01"}
    assert _listed(months["January"], "2031-03", "A") and not _listed(months["January"], "2031-04", "A")
    # control: two dates of two clauses are no list
    doc = extracted_doc("Hailstorms flattened the maize in January, and the barley was sown in March.", "b.txt", "2031-06-02")
    months = {m.text: m for m in prepare(doc).mentions if m.kind == "date"}
    assert listed_with(months["January"]) == frozenset()
