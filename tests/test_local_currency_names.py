"""The euro's names in the languages of the countries that pay in it, after a figure in English
text ("5 eura", "300 eurų"; data/cldr_local_currency_names.json, built by
data/tools/cldr_local_currency_names.py from CLDR). Sentences invented here."""

from __future__ import annotations

import pytest

from claimtrack.parsers.numbers import find_expressions
from claimtrack.tables import load_json


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("A ferry ticket from Split to Hvar now costs 18 eura.", "HR", [("18 eura", 18, "EUR")]),
        ("Kaunas taxi drivers pay 300 eurų a month for the licence.", "LT", [("300 eurų", 300, "EUR")]),
        ("The Ljubljana museum charges 12 evrov at the door.", "SI", [("12 evrov", 12, "EUR")]),
        ("Tallinn's port fee rose to 40 eurot per berth.", "EE", [("40 eurot", 40, "EUR")]),
    ],
)
def test_the_euro_named_in_a_local_language(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


def test_the_table_holds_names_of_one_currency_and_no_english_word():
    names = load_json("cldr_local_currency_names.json")["names"]
    assert names["eura"] == {"HR": "EUR", "SK": "EUR"}
    # names English writes already are the English tables' ("euros"), and no English word
    assert not {"euro", "euros", "real", "mark"} & set(names)


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("A bowl of ramen near Sapporo station costs 1,100円.", "JP", [("1,100円", 1100, "JPY")]),
        ("The Daegu bus fare rose to 1,500원 this spring.", "KR", [("1,500원", 1500, "KRW")]),
    ],
)
def test_the_yen_and_the_won_written_after_a_figure(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # CLDR writes the local names in lower case; capitalised, the word is a name: Euroa is a
        # town in Victoria, Australia
        ("Rising water reached 300 Euroa homes overnight.", "AU", [("300", 300, None)]),
        ("Rising water reached 300 Euroa homes overnight.", None, [("300", 300, None)]),
    ],
)
def test_a_local_name_is_read_only_as_written(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


def test_a_place_named_like_a_local_currency_gives_the_story_no_currency():
    # with no country and no sign, the cents take the currency the story writes: "Euroa" writes none
    found = find_expressions("Shops in Euroa reopened. The water charge is 3 cents a litre.", None)
    assert [(e.text, e.currency) for e in found] == [("3 cents", "USD")]
