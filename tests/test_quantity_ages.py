"""A person's age set off by commas after the name ("Ana Ruiz, 34, said"): a figure in years
(sentences invented here)."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import QUANTITIES, views

pytestmark = pytest.mark.model


def _quantities(nlp, text):
    doc = nlp(text)
    return [(q.text, q.value, q.unit) for q in views(doc, QUANTITIES)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Helga Brandt, 47, a baker from the valley, said flour prices had doubled.", [("47", 47, "year")]),
        ("The fire was reported by Samuel Okoye, 72.", [("72", 72, "year")]),
        ("Pedro Alves, 29, and his brother Rui, 31, were rescued by boat.", [("29", 29, "year"), ("31", 31, "year")]),
    ],
)
def test_an_age_after_a_name(nlp, text, expected):
    assert _quantities(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The relay team ran 34, 28 and 40 laps.",  # a list of figures: no name before them
        "Helga Brandt, 1947, was a founding member.",  # no age runs to four digits
        "Helga Brandt, 4.5, was the score the judges gave.",  # an age is a whole number
    ],
)
def test_no_age_without_a_name_and_a_whole_number(nlp, text):
    assert not [q for q in _quantities(nlp, text) if q[2] == "year"]
