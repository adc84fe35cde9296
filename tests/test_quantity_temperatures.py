"""Temperatures written with the scale's bare capital after a space ("38 C (100 F)"), as news
agencies write them: read as degrees where the sentence speaks of temperature or pairs the two
scales in brackets, and a lone capital after a figure stays no unit elsewhere."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import QUANTITIES


def found(nlp, text):
    return [(q["text"], q["value"], q["unit"]) for q in nlp(text)._.get(QUANTITIES)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the two scales side by side, a bracket between them
        ("The lakeside town recorded 38 C (100 F) on Thursday.",
         [("38 C", 38, "degree celsius"), ("100 F", 100, "degree fahrenheit")]),
        ("Inland it reached 97 F (36 C) by noon.",
         [("97 F", 97, "degree fahrenheit"), ("36 C", 36, "degree celsius")]),
        # one scale in a sentence about the weather, at the sentence's end too
        ("Night temperatures stayed above 29 C across the delta.", [("above 29 C", 29, "degree celsius")]),
        ("Forecasters expect the frost to lift once it climbs past 3 C.", [("3 C", 3, "degree celsius")]),
    ],
)
def test_spaced_scale_capitals_are_temperatures(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The courier left the parcel at 4410 F Block on Orchard Row.",
        "Inspectors gave 14 C ratings to the kitchens they visited.",
    ],
)
def test_a_lone_capital_elsewhere_is_no_temperature(nlp, text):
    assert not any(unit and unit.startswith("degree") for _, _, unit in found(nlp, text))


def test_a_glued_celsius_figure_is_unchanged(nlp):
    assert found(nlp, "The thermometer showed 41C at the airport.") == [("41C", 41, "degree celsius")]
