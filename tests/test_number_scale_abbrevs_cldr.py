"""Scale abbreviations of other languages after a figure in English text ("Mio.", "Mrd.", "mld",
"tys."; data/cldr_scale_abbrevs.json, built by data/tools/cldr_scale_abbrevs.py from CLDR's short
compact decimal formats). Sentences invented here."""

from __future__ import annotations

import pytest

from claimtrack.parsers.numbers import find_expressions
from claimtrack.tables import load_json


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # German and Austrian papers' "Mio." and "Mrd.", the full stop before the currency read
        ("Graz will spend 6,8 Mio. Euro on its tram depot.", "AT", [("6,8 Mio. Euro", 6_800_000, "EUR")]),
        ("Lufthafen shareholders lost 2,7 Mrd. € in a week.", "DE", [("2,7 Mrd. €", 2_700_000_000, "EUR")]),
        ("A Bern insurer booked 340 Mio. CHF in claims.", "CH", [("340 Mio. CHF", 340_000_000, "CHF")]),
        # Polish and Czech papers' "mld", "tys." (a thousand)
        ("Gdynia's ferry terminal will cost 1,4 mld zł, officials said.", "PL",
         [("1,4 mld zł", 1_400_000_000, "PLN")]),
        ("The Brno fair drew 120 tys. visitors.", "CZ", [("120 tys", 120_000, None)]),
        # no currency after it: the full stop is the sentence's, not the figure's
        ("Leipzig's loss came to 9 Mio. Nobody resigned.", "DE", [("9 Mio", 9_000_000, None)]),
    ],
)
def test_foreign_scale_abbreviations_after_a_figure(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


def test_a_capitalised_english_word_is_no_abbreviation():
    # Uzbek "ming" (a thousand) is written in lower case; "Ming" is a dynasty
    assert [(e.text, e.value) for e in find_expressions("The auction sold 4 Ming bowls.", "GB")] == [("4", 4)]


def test_the_table_keeps_no_english_word_nor_an_abbreviation_of_two_powers():
    abbrevs = load_json("cldr_scale_abbrevs.json")["abbrevs"]
    # "mill" is an English word; Czech "mil." (10^6) and Spanish "mil" (10^3) disagree; Italian
    # "Bln" (10^12) is not the wires' "bln" (10^9)
    assert not {"mill", "mil", "Bln", "bln", "tri", "M", "Md"} & set(abbrevs)
    assert abbrevs["Mio"] == 10**6 and abbrevs["Mrd"] == 10**9 and abbrevs["tys"] == 10**3
