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
    assert whole is None or whole.status == "related", whole
    assert whole is None or "that figure's fact" in whole.reason


_B_PART = ("{n} furnaces at the Brenmoor glassworks went cold on Monday after the gas supply was cut, leaving five"
           " in use, the company said. The plant has about 300 staff.")


@pytest.mark.parametrize("n, status", [("Two", "agree"), ("Three", "conflict")])
def test_a_part_that_differs_is_still_a_conflict(n, status):
    """Nothing else in B agrees with "two furnaces": the part B states is its partner, agreeing or
    contradicting by its value alone (the alignment never looked at the value)."""
    part = quantity_match(_A, _B_PART.format(n=n), "two furnaces", f"{n} furnaces")
    assert part is not None and part.status == status, part
