"""One figure, one fact (compare.select._one_fact_each): a figure that agrees with a figure of the
other report has its fact there, so its second pairing, with a figure it contradicts, is two facts
side by side and `related`; a figure with no agreeing partner still conflicts.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from extracted import quantity_match

pytestmark = pytest.mark.model

_A = ("The Brenmoor glassworks halted two furnaces on Monday after its gas supply was cut, the company said."
      " About 300 people work at the plant.")
_B = ("{n} of the five furnaces at the Brenmoor glassworks went cold on Monday after the gas supply was cut,"
      " the company said. The plant has about 300 staff.")


def test_a_part_that_agrees_leaves_the_whole_related():
    """"two furnaces" agrees with B's "Two" (the part); B's "five furnaces" (the whole) is another fact."""
    part = quantity_match(_A, _B.format(n="Two"), "two furnaces", "Two")
    assert part is not None and part.status == "agree", part
    whole = quantity_match(_A, _B.format(n="Two"), "two furnaces", "five furnaces")
    assert whole is not None and whole.status == "related", whole
    assert "that figure's fact" in whole.reason


_B_PART = ("{n} furnaces at the Brenmoor glassworks went cold on Monday after the gas supply was cut, leaving five"
           " in use, the company said. The plant has about 300 staff.")


@pytest.mark.parametrize("n, status", [("Two", "agree"), ("Three", "conflict")])
def test_a_part_that_differs_is_still_a_conflict(n, status):
    """Nothing else in B agrees with "two furnaces": the part B states is its partner, agreeing or
    contradicting by its value alone (the alignment never looked at the value)."""
    part = quantity_match(_A, _B_PART.format(n=n), "two furnaces", f"{n} furnaces")
    assert part is not None and part.status == status, part


_LAYOFFS_A = "The Orrin paper mill will lay off 85 workers when its second machine stops in June, the company said."
_CUT_A = "Floods cut the rail line to Palsen for 36 hours, the operator said on Tuesday."


@pytest.mark.parametrize("a, b, fig, other", [
    (_LAYOFFS_A, "The company said 85 workers at the Orrin paper mill would be laid off in June. The group has"
                 " laid off 340 workers at its four mills this year, it said.", "85", "340"),
    (_CUT_A, "The rail line to Palsen was cut for 36 hours, the operator said. Floods also cut the coast road"
             " for 90 hours, police said.", "36", "90"),
])
def test_a_figure_of_another_sentence_aligned_no_better_than_the_agreement_is_another_fact(a, b, fig, other):
    """B states A's figure in one sentence and another figure of the measure in another: A's figure
    agrees with the first, aligned at least as well as with the second, so the second is another
    fact of B, not a contradiction of A."""
    same = quantity_match(a, b, fig, fig)
    assert same is not None and same.status == "agree", same
    m = quantity_match(a, b, fig, other)
    assert m is not None and m.status == "related", m
    assert "that figure's fact" in m.reason


def test_a_contradiction_aligned_better_than_an_agreement_elsewhere_stands():
    b = ("The Orrin paper mill will lay off 120 workers when its second machine stops in June, the company said."
         " Across the group, 85 workers took early retirement last year.")
    m = quantity_match(_LAYOFFS_A, b, "85", "120")
    assert m is not None and m.status == "conflict", m
