"""Units of farm land and produce that Central America's English news writes (data/units.json,
data/unit_factors.json): the manzana, 10,000 square varas (about 0.7 ha), and the quintal with
its Spanish plural. Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from extracted import quantity_match
from claimtrack.pipeline.extensions import QUANTITIES

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("The cooperative's members farm 40 manzanas of maize.", [("40 manzanas", 40, "manzana")]),
    ("The estate sold 900 quintales of coffee in March.", [("900 quintales", 900, "quintal")]),
    ("The estate sold 900 quintals of coffee in March.", [("900 quintals", 900, "quintal")]),
])
def test_regional_units_are_units(nlp, text, expected):
    assert [(q["text"], q["value"], q["unit"]) for q in nlp(text)._.get(QUANTITIES)] == expected


_A = "Growers in the valley planted 3,500 manzanas of beans this season, the cooperative said."
_B = "The cooperative said growers in the valley had planted about {n} hectares of beans this season."


@pytest.mark.parametrize("n, status", [("2,450", "agree"), ("3,400", "conflict")])
def test_manzanas_and_hectares_are_one_measure(n, status):
    """3,500 manzanas are 2,445.6 ha: "about 2,450 hectares" is that figure, "about 3,400" another."""
    m = quantity_match(_A, _B.format(n=n), "3,500 manzanas", f"about {n} hectares")
    assert m is not None and m.status == status, m
