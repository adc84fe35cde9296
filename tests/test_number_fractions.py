"""Fractions written in words, and numbers in words that stand as a whole sentence. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from claimtrack.models import Quantity
from claimtrack.parsers.numbers import find_expressions, parse_number
from claimtrack.pipeline.extensions import QUANTITIES


def found(nlp, text):
    doc = nlp(text)
    out = [Quantity.model_validate(q) for q in doc._.get(QUANTITIES)]
    for q in out:
        assert text[q.start:q.end] == q.text
    return [(q.text, round(q.value, 6) if q.value is not None else None, q.unit) for q in out]


@pytest.mark.parametrize("text, value", [
    ("forty-two and a third", 42.333333),
    ("twenty and three fifths", 20.6),
    ("one hundred and three quarters", 100.75),
    ("three and one fourth", 3.25),
    ("seven million and two fifths", 7_400_000),  # after a scale word: a fraction of it
    ("two thirds of a million", 666_666.666667),
    ("a third of a billion", 333_333_333.333333),
])
def test_fractional_parts_in_words(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_a_whole_number_before_and_is_not_a_fraction():
    # "and three" followed by a noun is a second count, not a fractional part
    assert [(e.text, e.value) for e in find_expressions("It bought twenty and three were sold")][0] == \
        ("twenty and three", 23)


@pytest.mark.parametrize("text, expected", [
    ("Turnout fell by a fifth in the north.", [("a fifth", 0.2)]),
    ("A third of the ferries stayed in port.", [("A third", 0.333333)]),
    ("Prices dropped by nearly a tenth.", [("nearly a tenth", 0.1)]),
    # an article with a singular ordinal before a noun is an ordinal, not a fraction
    ("The mayor won a third term.", []),
    ("They met for a fifth round of talks.", []),
    # a singular ordinal after a number other than one is an ordinal too: no fraction
    ("The two millionth ticket was sold.", [("two", 2)]),
])
def test_article_and_denominator(text, expected):
    got = [(e.text, round(e.value, 6)) for e in find_expressions(text)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Two thirds of the delegates walked out.", [("Two thirds", 0.666667, None)]),
    ("Output fell by a fifth.", [("a fifth", 0.2, None)]),
    ("The pipe was a third of a mile long.", [("a third of a mile", 0.333333, "mile")]),
    ("Nearly two-thirds of a million homes lost power.",
     [("Nearly two-thirds of a million homes", 666_666.666667, "home")]),
])
def test_fractions_in_words_are_figures(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("How many ships were lost? Eleven.", [("Eleven", 11, None)]),
    ("Fourteen.", [("Fourteen", 14, None)]),
    # a word number inside a clause with no noun stays out, as before
    ("The three left early.", []),
    # a list marker in digits stays out
    ("2. The second point is cost.", []),
])
def test_number_in_words_as_the_whole_sentence(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The new mast stands 9 feet 6 inches high.", [("9 feet 6 inches", 9.5, "foot")]),
    ("The rope was 3 ft 3 in long.", [("3 ft 3 in", 3.25, "foot")]),
    ("The crossing took 1 hour and 45 minutes.", [("1 hour and 45 minutes", 1.75, "hour")]),
    # the smaller part must be less than one of the larger unit
    ("The fence is 2 feet 15 inches.", [("2 feet", 2, "foot"), ("15 inches", 15, "inch")]),
    # a comma ends the measure
    ("The wait was 3 hours, 20 minutes of it outside.", [("3 hours", 3, "hour"), ("20 minutes", 20, "minute")]),
])
def test_a_measure_in_two_units_is_one_figure(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("More than half of the drivers stayed home.", [("More than half", 0.5, "more_than")]),
    ("Half the orchards were lost.", [("Half", 0.5, None)]),
    ("Ridership fell by about half.", [("about half", 0.5, "approx")]),
    # a half of a period, a compound or "half a" before a measure is not this fraction
    ("Profits rose in the first half of the year.", []),
    ("The score was level at half-time.", []),
])
def test_half_on_its_own(text, expected):
    got = [(e.text, e.value, e.qualifier) for e in find_expressions(text)]
    assert got == expected


def test_vulgar_fraction_alone_is_a_figure(nlp):
    assert found(nlp, "The answer was ⅖.") == [("⅖", 0.4, None)]


@pytest.mark.parametrize("text, expected", [
    ("The bank set aside EUR2.5bn for fines.", [("EUR2.5bn", 2_500_000_000, "EUR")]),
    ("Its debt was USD310.75 per share.", [("USD310.75", 310.75, "USD")]),
    # a code glued to a whole number is a name
    ("Delegates met at COP31 in the autumn.", []),
])
def test_currency_code_glued_to_the_figure(text, expected):
    got = [(e.text, e.value, e.currency) for e in find_expressions(text)]
    assert got == expected


@pytest.mark.parametrize("text, value", [
    ("The colony held 2.5 × 10⁶ cells.", 2_500_000),
    ("The probe measured 4.1e-3 units.", 0.0041),
    ("A sample of 3.2x10^5 grains was taken.", 320_000),
    ("The rate fell to 6.0×10−4 per hour.", 0.0006),
])
def test_scientific_notation(text, value):
    got = [e.value for e in find_expressions(text)]
    assert got[0] == pytest.approx(value)


@pytest.mark.parametrize("text", ["They rented a 3x10 room.", "The Model 3e went on sale."])
def test_no_scientific_notation_without_an_exponent(text):
    assert all(e.value not in (30, 3000) for e in find_expressions(text))


@pytest.mark.parametrize("text, expected", [
    ("A fisherman aged 63 was rescued.", [("aged 63", 63, "year")]),
    ("The singer died at age 81.", [("age 81", 81, "year")]),
])
def test_an_age_is_a_figure_in_years(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("cardinal, expected", [
    ("seven", "seventh"), ("twelve", "twelfth"), ("forty", "fortieth"), ("sixty-three", "sixty-third"),
    ("eight", "eighth"), ("thousand", "thousandth"),
])
def test_ordinal_morphology(cardinal, expected):
    from claimtrack.parsers.lexicon import ordinal

    assert ordinal(cardinal) == expected


@pytest.mark.parametrize("text, expected", [
    # any ordinal from "third" up names a denominator, not only the first ten
    ("One twelfth of the harvest rotted.", [("One twelfth", 0.083333)]),
    ("A fifteenth of the lanes were shut.", [("A fifteenth", 0.066667)]),
    ("Nearly three-twentieths of the grant went on fees.", [("Nearly three-twentieths", 0.15)]),
    ("Three twenty-fifths of the herd were sold.", [("Three twenty-fifths", 0.12)]),
    # a fraction of one or more with an ordinal is still a fraction
    ("Seven fifths of the old quota was landed.", [("Seven fifths", 1.4)]),
])
def test_fractions_with_any_ordinal(text, expected):
    got = [(e.text, round(e.value, 6)) for e in find_expressions(text)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "quarters" and "halves" also name periods: more of them than make one is a count
    ("The mill made a loss in five quarters.", [("five quarters", 5, "quarter")]),
    # a ten joined to a unit's ordinal is one ordinal word: no number
    ("The choir marked its forty-first season.", []),
])
def test_ordinals_that_are_no_fractions(nlp, text, expected):
    got = [(t, round(v, 6) if v is not None else None, u) for t, v, u in found(nlp, text)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # an ordinal before a unit of time is a place in a series; "year on year" is a comparison
    ("The orchard lay fallow for a fifth year.", []),
    ("Prices climbed for a third month.", []),
    ("Ferry bookings fell by a fifth year on year.", [("a fifth", 0.2)]),
])
def test_an_ordinal_before_a_unit_of_time(text, expected):
    assert [(e.text, round(e.value, 6)) for e in find_expressions(text)] == expected


@pytest.mark.parametrize("text, value", [
    ("two hundred dozen", 2400),
    ("three hundred and two dozen", 324),  # "dozen" multiplies what "and" adds
    ("four thousand and five dozen", 4060),
])
def test_dozen_after_hundreds(text, value):
    assert parse_number(text) == value
