"""Ranges and figures that share what is written once or beside them: number words joined by
"and", minor currency units, a currency written after the second of two figures, a Fahrenheit
figure beside its Celsius conversion. Every sentence is invented."""

from __future__ import annotations

import pytest

from claimtrack.models import Quantity
from claimtrack.parsers.numbers import find_expressions
from claimtrack.pipeline.extensions import QUANTITIES


def found(nlp, text):
    doc = nlp(text)
    out = [Quantity.model_validate(q) for q in doc._.get(QUANTITIES)]
    for q in out:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.value, q.low, q.high, q.unit, q.currency) for q in out]


@pytest.mark.parametrize("text, expected", [
    # a run of number words that no number continues ("seven and eleven") holds two numbers:
    # after "between" they are the bounds of a range
    ("Delivery of the turbines will take between seven and eleven months.",
     [("between seven and eleven months", None, 7, 11, "month", None)]),
    ("Each ambulance crew rested between three and five hours.",
     [("between three and five hours", None, 3, 5, "hour", None)]),
])
def test_a_range_in_number_words(nlp, text, expected):
    assert found(nlp, text) == expected


def test_number_words_joined_by_and_are_two_numbers():
    # "six and nine" is no number ("one hundred and six" is one): each is read
    assert [(e.text, e.value) for e in find_expressions("The scores were eight and three.")] == [
        ("eight", 8), ("three", 3)]
    assert [(e.text, e.value) for e in find_expressions("The hall seats one hundred and six guests.")] == [
        ("one hundred and six", 106)]


@pytest.mark.parametrize("text, expected", [
    # both bounds are in the minor unit written once after the second
    ("A bus ticket in the valley now costs between 70 and 85 cents.",
     [("between 70 and 85 cents", None, 0.7, 0.85, None, "USD")]),
    ("Parking on the quay costs 40 to 60 pence.",
     [("40 to 60 pence", None, 0.4, 0.6, None, "GBP")]),
])
def test_a_range_of_a_minor_unit(nlp, text, expected):
    assert [t[:6] for t in found(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # two figures of a change: the currency written after the second is the first's too
    ("The permit fee was lowered from 640 to 410 shillings, the county said.",
     [("640", 640, None, None, None, "KES"), ("410 shillings", 410, None, None, None, "KES")]),
    ("The levy went up from 20 to 35 cents a bottle.",
     [("20", 0.2, None, None, None, "USD"), ("35 cents", 0.35, None, None, None, "USD")]),
    ("The grant was cut from 8 to 6.5 million euros.",
     [("8", 8000000, None, None, None, "EUR"), ("6.5 million euros", 6500000, None, None, None, "EUR")]),
])
def test_the_currency_written_once_after_two_figures(text, expected):
    got = [(e.text, e.value, e.low, e.high, e.unit, e.currency)
           for e in find_expressions(text, "Kenya" if "county" in text else None)]
    assert got == expected


@pytest.mark.parametrize("text", [
    # a sign before the second figure is written before each figure it belongs to
    "The toll rose from 4 to $6 in March.",
    # a year is no figure of money
    "The subsidy was cut in 2019 to 300 euros.",
])
def test_a_sign_before_or_a_year_lends_no_currency(text):
    first = find_expressions(text)[0]
    assert first.currency is None


@pytest.mark.parametrize("text, expected", [
    # a bare F beside its Celsius conversion is Fahrenheit, either way round
    ("The thermometer in Alice Springs read 44.2C (111.6F) at noon.",
     [("44.2C", 44.2, None, None, "degree celsius", None), ("111.6F", 111.6, None, None, "degree fahrenheit", None)]),
    ("Forecasters expect 102F (39C) in the valley.",
     [("102F", 102, None, None, "degree fahrenheit", None), ("39C", 39, None, None, "degree celsius", None)]),
    # alone, a glued F is no unit
    ("The fund disclosed the stake in a 13F report.", []),
])
def test_fahrenheit_beside_celsius(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number and a unit joined by a hyphen modify the noun a count before them counts
    ("The festival sold about 8,000 three-day passes.",
     [("about 8,000 three-day passes", 8000, None, None, "pass", None)]),
    ("The council will build 40 two-storey homes.", [("40 two-storey homes", 40, None, None, "home", None)]),
    # alone, such a modifier is a figure of its own
    ("The union called a 10-day strike.", [("10-day", 10, None, None, "day", None)]),
])
def test_a_count_across_a_numbered_modifier(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numeral modifies a noun: a hyphenated word after it is what it counts, whatever part of
    # speech the tagger gave its first piece
    ("The court freed his three co-accused.", [("three co-accused", 3, None, None, "co-accused", None)]),
    # and a hyphenated word the tokenizer keeps whole ("re-" stays in its word) is one noun
    ("The channel showed two re-runs on Sunday.", [("two re-runs", 2, None, None, "re-run", None)]),
])
def test_a_count_of_a_hyphenated_noun(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the size of a change, its unit written once after the second figure: one range
    ("Flood water climbed by 4 to 5 feet along the quay.", [("4 to 5", None, 4, 5)]),
    ("Ticket prices fell 10 to 15 per cent after the merger.", [("10 to 15 per cent", None, 10, 15)]),
    # "from X to Y" after a verb of change: the old figure and the new one
    ("The council will lift the port tax from 7% to 9.5% in May.", [("7%", 7, None, None), ("9.5%", 9.5, None, None)]),
    ("Rents will rise from 6 to 8 euros a square metre.", [("6", 6, None, None), ("8 euros", 8, None, None)]),
    # a change and the level it reached: each with its own unit, or neither with one
    ("The count of stranded whales rose by 9 to 47.", [("9", 9, None, None), ("47", 47, None, None)]),
    ("Exports grew 6% to 3.4 million.", [("6%", 6, None, None), ("3.4 million", 3400000, None, None)]),
    # no verb of change: a range
    ("Summer highs there run from 24 to 29 degrees.", [("from 24 to 29", None, 24, 29)]),
])
def test_after_a_verb_of_change(text, expected):
    assert [(e.text, e.value, e.low, e.high) for e in find_expressions(text)] == expected


def test_the_size_of_a_change_keeps_its_unit(nlp):
    assert found(nlp, "Flood water climbed by 4 to 5 feet along the quay.") == [
        ("4 to 5 feet", None, 4, 5, "foot", None)]


@pytest.mark.parametrize("text, expected", [
    # the parse attaches "from" to a verb of change far before it: the old and the new figure
    ("The regulator will lift the cap on fees charged by private clinics in the northern districts "
     "from 12% to 15% in March.",
     [("12%", 12, None, None, "percent", None), ("15%", 15, None, None, "percent", None)]),
    # a verb of change in its base form after a modal ("will go from", "could move from")
    ("The toll on the coastal bridge will go from €3 to €4.50.",
     [("€3", 3, None, None, None, "EUR"), ("€4.50", 4.5, None, None, None, "EUR")]),
    # with no verb of change, "from X to Y" stays a range
    ("Daytime highs range from 18 to 24 degrees in the valley.",
     [("from 18 to 24 degrees", None, 18, 24, "degree", None)]),
    ("Seats at the opera cost from €30 to €95.", [("from €30 to €95", None, 30, 95, None, "EUR")]),
])
def test_from_x_to_y_after_a_verb_of_change_is_two_figures(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "up to" after a verb of change that happened or is happening: the new level, no bound
    ("The ferry fare went up to $6.40 in March.", [("$6.40", 6.4, None)]),
    ("Jobless claims have shot up to 9.3% since the floods.", [("9.3%", 9.3, None)]),
    ("Rents are going up to €1,150 a month.", [("€1,150 a month", 1150, None)]),
    # a capacity or a rule in the present or with a modal: a bound
    ("The new trams can go up to 80 km/h.", [("up to 80 km/h", 80, "at_most")]),
    ("Penalties go up to $900 for repeat offenders.", [("up to $900", 900, "at_most")]),
    ("Casual pickers were paid up to $35 a day.", [("up to $35 a day", 35, "at_most")]),
])
def test_up_to_after_a_change_is_the_new_level(nlp, text, expected):
    doc = nlp(text)
    assert [(q["text"], q["value"], q["qualifier"]) for q in doc._.get(QUANTITIES)] == expected


@pytest.mark.parametrize("text, expected", [
    # a year after "in" dates the figure before it: no bound of a range with the scaled figure after
    ("Freight rose from 3.2 billion in 2023 to 4.1 billion tonnes.",
     [("3.2 billion", 3_200_000_000), ("4.1 billion tonnes", 4_100_000_000)]),
    ("Its budget went from $12 million in 2019 to $20 million.", [("$12 million", 12_000_000), ("$20 million", 20_000_000)]),
])
def test_a_dated_year_is_no_bound_of_a_range(nlp, text, expected):
    assert [(t, v) for t, v, *_ in found(nlp, text)] == expected
