"""An office holder and the body the office heads take one stance (issue 13, statement judging):
"the city" written without a name stands for the mayor the other side names (data/office_bodies.json,
from WordNet's gloss of the office). Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses

pytestmark = pytest.mark.model


@pytest.mark.parametrize("b", [
    "The city will fund the new lido in Marrow Park, officials said on Monday.",
    "The municipality will fund the new lido in Marrow Park, officials said on Monday.",
])
def test_the_city_stands_for_its_mayor(b):
    a = "Mayor Petra Lindqvist would not fund the new lido in Marrow Park, she said on Monday."
    assert ("conflict", "polarity") in statement_statuses(a, b)


def test_a_governor_stands_for_no_province():
    # "Governor" alone is also a central bank governor's title in second references
    a = "Governor Amos Tembo would not fund the new ferry to Kisolo Island, he said on Monday."
    b = "The province will fund the new ferry to Kisolo Island, officials said on Monday."
    assert ("conflict", "polarity") not in statement_statuses(a, b)


@pytest.mark.parametrize("title", ["Deputy Mayor", "Museum director"])
def test_a_title_that_names_another_office_or_body_heads_no_city(title):
    a = f"{title} Petra Lindqvist would not fund the new lido in Marrow Park, she said on Monday."
    b = "The city will fund the new lido in Marrow Park, officials said on Monday."
    assert ("conflict", "polarity") not in statement_statuses(a, b)
