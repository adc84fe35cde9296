"""Scale words of other languages after a figure in English text (data/cldr_scale_words.json,
built by data/tools/cldr_scales.py from CLDR's compact decimal formats). Sentences invented here."""

from __future__ import annotations

import pytest

from claimtrack.parsers.numbers import find_expressions
from claimtrack.tables import load_json


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("Cochabamba's council will borrow Bs 65 millones for trams.", "BO", [("Bs 65 millones", 65_000_000, "BOB")]),
        ("The dredging contract is worth US$120 millones.", "HN", [("US$120 millones", 120_000_000, "USD")]),
        ("The port of Cap-Haitien lost 2.4 milliard gourdes.", "HT", [("2.4 milliard gourdes", 2_400_000_000, "HTG")]),
        ("The bank sold 7 mil millones in bonds.", "AR", [("7 mil millones", 7_000_000_000, None)]),
        ("Exports reached 3,2 milhões de toneladas.", "BR", [("3,2 milhões", 3_200_000, None)]),
        # English's own words and abbreviations keep their values
        ("The airline carried 14 million passengers and paid $2 bln.", None,
         [("14 million", 14_000_000, None), ("$2 bln", 2_000_000_000, "USD")]),
    ],
)
def test_foreign_scale_words_after_a_figure(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


def test_the_table_keeps_no_english_word_or_plural():
    scales = load_json("cldr_scale_words.json")["scales"]
    # "billions" is 10^12 in French and 10^9 in English; "mil" is an English unit of length
    assert not {"billion", "billions", "million", "millions", "mil", "thousand"} & set(scales)
    assert scales["milliard"] == 10**9 and scales["millones"] == 10**6
