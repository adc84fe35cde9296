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
        # the plural French writes, "millions" (10^6 as English's "million"), and a currency's name
        # joined to a scale word by a preposition, as French and Spanish join them
        ("Le Havre's port will spend 7,3 millions d'euros on cranes.", "FR",
         [("7,3 millions d'euros", 7_300_000, "EUR")]),
        ("The Valparaíso council lent 90 millones de pesos.", "CL", [("90 millones de pesos", 90_000_000, "CLP")]),
        ("The new hall in Nouméa cost 230 millions F CFP.", "NC", [("230 millions F CFP", 230_000_000, "XPF")]),
        ("The fund in Lille keeps 3 milliards of euros.", "FR", [("3 milliards of euros", 3_000_000_000, "EUR")]),
        # English's own words and abbreviations keep their values
        ("The airline carried 14 million passengers and paid $2 bln.", None,
         [("14 million", 14_000_000, None), ("$2 bln", 2_000_000_000, "USD")]),
    ],
)
def test_foreign_scale_words_after_a_figure(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


def test_the_table_keeps_no_english_word_or_plural_of_another_power():
    scales = load_json("cldr_scale_words.json")["scales"]
    # "billions" is 10^12 in French and 10^9 in English; "mil" is an English unit of length
    assert not {"billion", "billions", "million", "mil", "thousand"} & set(scales)
    assert scales["milliard"] == 10**9 and scales["millones"] == 10**6
    # a plural of the power English gives its singular: French "millions" is English's "million"
    assert scales["millions"] == 10**6


def test_a_currency_joined_by_a_preposition_only_after_a_scale_word():
    for text in ("Only 40 of euros were left in the till.", "They sold 40 de pesos."):
        assert [(e.text, e.value, e.currency) for e in find_expressions(text, "FR")] == [("40", 40, None)]
    assert [e.text for e in find_expressions("Millions of euros were lost.", "FR")] == []
