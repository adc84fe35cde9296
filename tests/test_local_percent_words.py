"""Other languages' words for "per cent" after a figure in English text ("40 procent", "12
Prozent", "7 por ciento"; data/cldr_percent_words.json, built by data/tools/cldr_percent_words.py
from CLDR's unit patterns). Sentences invented here."""

from __future__ import annotations

import pytest

from claimtrack.parsers.numbers import find_expressions
from claimtrack.tables import load_json


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("Support for the Groningen dike plan fell to 38 procent.", "NL", [("38 procent", 38, "percent")]),
        ("Rents in Kassel rose 6 Prozent in a year.", "DE", [("6 Prozent", 6, "percent")]),
        ("Seville's hotels were 91 por ciento full.", "ES", [("91 por ciento", 91, "percent")]),
        ("Lyon's buses carried 4 pour cent more riders.", "FR", [("4 pour cent", 4, "percent")]),
        ("Brno's vote share was 27,5 procenta.", "CZ", [("27,5 procenta", 27.5, "percent")]),
        ("Zadar's port handled 12 posto more cargo.", "HR", [("12 posto", 12, "percent")]),
    ],
)
def test_a_local_word_for_per_cent_after_a_figure(text, country, expected):
    assert [(e.text, e.value, e.unit) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # read as CLDR writes them: capitalised otherwise, they are names ("Faiz", a given name)
        ("The 3 Faiz brothers opened a bakery.", "PK", [("3", 3, None)]),
        ("Tickets for the 40 Procent Club sold out.", "US", [("40", 40, None)]),
        # English's own stay as they were
        ("Fares rose 5 percent, then 6 per cent.", "US", [("5 percent", 5, "percent"), ("6 per cent", 6, "percent")]),
    ],
)
def test_english_controls(text, country, expected):
    assert [(e.text, e.value, e.unit) for e in find_expressions(text, country)] == expected


def test_the_table_holds_no_english_word():
    words = load_json("cldr_percent_words.json")["words"]
    assert words["procent"] and words["Prozent"] == ["de"]
    # English's own, and single words that are English words or names, are left out
    assert not {"percent", "per cent", "pct", "cent"} & set(words)
