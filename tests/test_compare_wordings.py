"""One figure worded differently on the two sides (compare.units, compare.quantities): a thing
the units table does not know counted by the same noun, with or without its qualifiers; and a
figure that prices one unit ("a ticket", "for every ballot") is never the same fact as a total
of the same currency.

Invented sentences through the real extractor (the clause frames come from the parse); each
mechanism has a control pair that still aligns or still conflicts."""

from __future__ import annotations

import pytest

from claimtrack import extract
from claimtrack.compare import diff_pair
from claimtrack.models import DocumentResult

pytestmark = pytest.mark.model


def _doc(text: str, name: str, published: str = "2031-04-02") -> DocumentResult:
    out = extract([], text=text, published=published)
    info = out.documents[0].model_copy(update={"doc": name})
    return DocumentResult(document=info, claims=[c.model_copy(update={"doc": name}) for c in out.claims])


def _figures(a: str, b: str):
    report = diff_pair(_doc(a, "a.txt"), _doc(b, "b.txt"))
    return [m for m in report.matches if m.kind == "quantity"]


def _pair(a: str, b: str, fig_a: str, fig_b: str):
    """The match between the figure `fig_a` of A and `fig_b` of B, or None."""
    return next((m for m in _figures(a, b) if fig_a in m.a.text and fig_b in m.b.text), None)


# Two reports of one seizure: "40 ivory tusks" and "40 tusks" (a noun no table lists).
_STORY = " The two smugglers, both from Ombasi, will appear before the district court in Ombasi next week."
_SEIZURE_A = "Police arrested two men at a roadblock, where officers found 40 ivory tusks in a pickup truck." + _STORY
_SEIZURE_B = "The men were caught last month with {n} tusks in a car near the river." + _STORY


def test_the_same_unknown_noun_with_and_without_its_qualifier_is_one_count():
    m = _pair(_SEIZURE_A, _SEIZURE_B.format(n=40), "40 ivory tusks", "40 tusks")
    assert m is not None and m.status == "agree"


def test_changing_the_value_keeps_the_unknown_noun_pair_aligned():
    # alignment never looks at values: the pair is still made, and a weak one never conflicts
    m = _pair(_SEIZURE_A, _SEIZURE_B.format(n=25), "40 ivory tusks", "25 tusks")
    assert m is not None and m.status != "agree"
