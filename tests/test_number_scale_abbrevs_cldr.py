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
    assert abbrevs["Mrd"] == 10**9 and abbrevs["tys"] == 10**3
    # English words and names ("tis", "bio", "Mio", a given name) are read only after their full stop
    assert not {"tis", "bio", "Bio", "Mio"} & set(abbrevs)


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # Spanish and Portuguese "mil", a thousand, in a story about a country speaking them
        ("Curitiba's new line will carry 180 mil passageiros a day.", "BR", [("180 mil", 180_000, None)]),
        ("Rosario's council pays $ 35 mil per classroom.", "AR", [("$ 35 mil", 35_000, "ARS")]),
        # Czech "mil.", a million, in a story about Czechia
        ("Olomouc will spend 8 mil. Kč on its bridges.", "CZ", [("8 mil. Kč", 8_000_000, "CZK")]),
        # and the Malaysian papers' "mil" after a ringgit figure stays a million
        ("Penang approved RM12mil for ferries.", "MY", [("RM12mil", 12_000_000, "MYR")]),
    ],
)
def test_an_abbreviation_read_in_the_language_of_the_story_country(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


def test_an_abbreviation_of_two_powers_is_read_by_territory():
    by_territory = load_json("cldr_scale_abbrevs.json")["by_territory"]
    assert by_territory["mil"]["BR"] == 10**3 and by_territory["mil"]["CZ"] == 10**6
    assert "MY" not in by_territory["mil"]


def test_a_full_stop_after_an_english_abbreviation_ends_the_sentence():
    # English papers write no full stop after "bn": the next sentence's "Euro" is no currency of it
    found = find_expressions("Shareholders of the insurer lost 6bn. Euro bonds fell too.", "GB")
    assert [(e.text, e.value, e.currency) for e in found] == [("6bn", 6_000_000_000, None)]


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a banknote after its value: no scale, and the figure is kept
        ("She paid the driver with a $50 bill.", "US", [("$50", 50, "USD")]),
        ("The Lillehammer mill employs 140 mill workers.", "NO", [("140", 140, None)]),
    ],
)
def test_an_english_word_after_a_figure_is_no_territory_scale(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # English words and names after a figure, with no full stop: no scale, in any story
        ("Every pupil got 2 bio yoghurts at lunch.", "GB", [("2", 2, None)]),
        ("Every pupil got 2 bio yoghurts at lunch.", "DK", [("2", 2, None)]),
        ("The café sells 6 Bio smoothies a day.", "DE", [("6", 6, None)]),
        ("The choir sang 40 tis in a row.", "CZ", [("40", 40, None)]),
        ("By 2019 Mio Tanaka had won 3 Mio awards.", "JP", [("2019", 2019, None), ("3", 3, None)]),
        ("The Lillehammer mill employs 140 mill workers.", "NO", [("140", 140, None)]),
        # and in a story about Norway, a banknote after an article: the word is the noun counted
        ("She paid the driver with a $50 bill.", "NO", [("$50", 50, "USD")]),
        ("Change for a NOK 500 bill.", "NO", [("NOK 500", 500, "NOK")]),
        # a full stop that ends the sentence, in a story about no country writing the word
        ("Tickets for the Oslo show cost 90 bill. Few were sold.", "US", [("90", 90, None)]),
        # a sentence in brackets, or the next one opening with a figure, ends at the full stop; and
        # "bill", "mill", nouns of English, are read only in a story about Norway
        ("(The kiosk takes only a $20 bill.)", "US", [("$20", 20, "USD")]),
        ("(Payment: one $100 bill.)", "GB", [("one", 1, None), ("$100", 100, "USD")]),
        ("He tipped with a $50 bill. 2025 was a good year.", "US", [("$50", 50, "USD"), ("2025", 2025, None)]),
        ("(up from 120 mill.)", "US", [("120", 120, None)]),
        ("The fund put 70 mill. in bonds.", "US", [("70", 70, None)]),
        ("(The Hamar kiosk takes only a NOK 200 bill.)", "NO", [("NOK 200", 200, "NOK")]),
        ("The Lviv choir of 40 sang 12 tis.", "UA", [("40", 40, None), ("12", 12, None)]),
    ],
)
def test_an_english_word_is_a_local_scale_only_after_its_full_stop(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # Norwegian "mill." (a million), Czech and Slovak "tis." (a thousand), Danish "bio." (10^12):
        # the full stop cannot be the sentence's (a currency or a lower-case word follows) ...
        ("Stavanger's harbour cost 140 mill. kroner to dredge.", "NO", [("140 mill. kroner", 140_000_000, "NOK")]),
        ("Ostrava's stadium seats 22 tis. fans on match days.", None, [("22 tis", 22_000, None)]),
        ("The Trnava plant cut 35 tis. EUR from its budget.", "SK", [("35 tis. EUR", 35_000, "EUR")]),
        ("Aarhus pension funds hold 3 bio. kroner in bonds.", "DK", [("3 bio. kroner", 3 * 10**12, "DKK")]),
        # ... or the story is about a country writing it, or the figure has the locale's decimal comma
        ("Bergen's ferry deficit reached NOK 85 mill.", "NO", [("NOK 85 mill", 85_000_000, "NOK")]),
        ("The Salzburg festival's deficit was 1,2 Mio.", None, [("1,2 Mio", 1_200_000, None)]),
    ],
)
def test_an_english_word_read_as_its_local_scale(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected
