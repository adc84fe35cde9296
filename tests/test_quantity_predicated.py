"""A measure predicated of a noun ("the truck is 19 years old", "the jetty, which is 350 metres
long") sizes that noun, as the hyphenated modifier does ("a 19-year-old truck", "a 350-metre
jetty"): the figure measures an adjective of size or age that complements a copula, so the
frame's `measured` is the copula's subject (pipeline.frames.mentions._predicated_of; TEAM s35
h16q item 3). Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack import extract

pytestmark = pytest.mark.model


def _measured(text: str) -> list:
    out = extract([], text=text, published="2031-04-02")
    return [(q.text, q.frame.measured if q.frame else None) for c in out.claims for q in c.quantities]


@pytest.mark.parametrize("text, expected", [
    ("The pump truck is 19 years old.", [("19 years", "truck")]),
    ("The union says the only pump truck, which is 19 years old, broke down twice.", [("19 years", "truck")]),
    ("The new jetty is 350 metres long.", [("350 metres", "jetty")]),
    ("Firefighters had to push their 19-year-old pump truck to the blaze.", [("19-year-old", "truck")]),
    # a share's subject: the noun after its "of"
    ("A third of the island's ferries are over 40 years old.", [("A third", None), ("over 40 years", "ferry")]),
    # a figure that is no measure of size or age sizes no subject
    ("The strike lasted 19 days.", [("19 days", None)]),
    ("The nearest shop is three kilometres away.", [("three kilometres", None)]),
])
def test_a_measure_predicated_of_a_noun_sizes_that_noun(text, expected):
    assert _measured(text) == expected
