"""Units of measure as the Unicode CLDR spells them in English (data/cldr_units.json, built by
data/tools/cldr_units.py): one canonical unit whatever the spelling. Sentences invented here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimtrack
from claimtrack.pipeline.extensions import QUANTITIES


def units(nlp, text):
    return [(q["text"], q["value"], q["unit"]) for q in nlp(text)._.get(QUANTITIES)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # CLDR writes these symbols after a space ("{0} cm"): read spaced as glued
        ("Frost cracked 18 cm of the kerb.", [("18 cm", 18, "centimetre")]),
        ("The gauge showed 62 mm after the storm.", [("62 mm", 62, "millimetre")]),
        ("The orchard covers 35 ha north of the river.", [("35 ha", 35, "hectare")]),
        # US and British long forms, singular and plural, are one unit
        ("The ferry crossed 14 kilometers of open water.", [("14 kilometers", 14, "kilometre")]),
        ("The ferry crossed 14 kilometres of open water.", [("14 kilometres", 14, "kilometre")]),
        ("Pressure fell to 968 hectopascals overnight.", [("968 hectopascals", 968, "hectopascal")]),
        ("Pressure fell to 968 hPa overnight.", [("968 hPa", 968, "hectopascal")]),
        # a plural symbol the parse reads as a counted noun is still the unit
        ("Each sack held 25 kgs of rice.", [("25 kgs", 25, "kilogram")]),
        # British papers' "pc" glued to the figure is per cent
        ("Turnout fell to 58pc from 63pc.", [("58pc", 58, "percent"), ("63pc", 63, "percent")]),
    ],
)
def test_one_unit_whatever_the_spelling(nlp, text, expected):
    assert units(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-letter symbol after a space stays as written (it may be millions, or an initial)
        ("The club raised 4 m for the roof.", [("4 m", 4, "m")]),
        # "in" after a space is the preposition
        ("Police found 3 in the flat.", [("3", 3, None)]),
        # "pc" after a space is no per cent
        ("The lab bought 12 pc monitors.", [("12 pc monitors", 12, "monitor")]),
    ],
)
def test_spellings_that_are_words(nlp, text, expected):
    assert units(nlp, text) == expected


def test_table_is_cldr():
    raw = json.loads((Path(claimtrack.__file__).parent / "data" / "cldr_units.json").read_text(encoding="utf-8"))
    assert "Unicode CLDR" in raw["_source"]
    assert raw["names"]["kilometers"] == raw["names"]["kilometres"] == "kilometre"
    assert raw["names"]["per cent"] == "percent"
    assert "pc" not in raw["symbols"]  # parsec is left out: "pc" is British news's per cent
