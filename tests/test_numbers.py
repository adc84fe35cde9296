"""numbers.py: pure parsing of number expressions (no model needed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from claimtrack.parsers.numbers import find_expressions, parse_number
from conftest import examples


@pytest.mark.parametrize(
    "text, value",
    [
        ("26", 26),
        ("1,200", 1200),
        ("10,000", 10000),
        ("3.5", 3.5),
        ("2.5bn", 2500000000),
        ("800 billion", 800000000000),
        ("50.5 billion", 50500000000),
        ("10k", 10000),
        ("twenty-six", 26),
        ("twenty six", 26),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("three hundred", 300),
        ("one hundred and six", 106),
        ("two million", 2000000),
        ("half a million", 500000),
        ("seventy-five thousand", 75000),
        ("two and a half million", 2500000),
        ("two thirds", 2 / 3),
        ("three-quarters", 0.75),
        ("10 1/2", 10.5),
        ("2½", 2.5),
        ("½", 0.5),
        # spoken decimals: "nought"/"naught" are zero, and a teen or a ten after the point is
        # said for its digits after a zero or before a scale or per cent
        ("four point six", 4.6),
        ("nought point three", 0.3),
        ("naught point nought nine", 0.09),
        ("six point nought two million", 6020000),
        ("nought point fourteen", 0.14),
        ("ninety point sixty-two per cent", 90.62),
        ("one hundred point thirty eight million", 100380000),
        # a fractional part after "and" whose numerator is a ten with its unit
        ("six and thirty-five hundredths", 6.35),
        ("nine and seventy one thousandths", 9.071),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "hundred", "a", "one two", "abc", "twenty twenty-one", None,
                                  # "point" is the noun before a teen or a ten with no zero, scale or
                                  # per cent round it ("lost by one point fifteen minutes in")
                                  "eight point fourteen"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_integral_values_are_ints():
    assert isinstance(parse_number("800 billion"), int)
    assert isinstance(parse_number("48.2 million"), int)
    assert parse_number("48.2 million") == 48200000


def one(text):
    found = find_expressions(text)
    assert len(found) == 1, found
    e = found[0]
    assert text[e.start:e.end] == e.text
    return e


@pytest.mark.parametrize(
    "text, span, currency",
    [
        ("It pledged €800 billion to defence.", "€800 billion", "EUR"),
        ("a $843 billion package", "$843 billion", "USD"),
        ("Britain gave £2.3bn last year", "£2.3bn", "GBP"),
        ("a £5m fine", "£5m", "GBP"),
        ("worth US$ 3.2bn in exports", "US$ 3.2bn", "USD"),
        ("approximately 800 billion euro", "approximately 800 billion euro", "EUR"),
        ("EUR 15 million in aid", "EUR 15 million", "EUR"),
        ("losses of 1.2 trillion yen", "1.2 trillion yen", "JPY"),
        ("a 500 million rupees loan", "500 million rupees", "INR"),
        ("paid 40 million pounds", "40 million pounds", "GBP"),
        ("priced at 12 Swiss francs", "12 Swiss francs", "CHF"),
        ("HK$1.5 billion", "HK$1.5 billion", "HKD"),
    ],
)
def test_money(text, span, currency):
    e = one(text)
    assert e.text == span
    assert e.currency == currency


def test_weight_pounds_are_not_money():
    e = one("the boy weighed 80 pounds")
    assert e.currency is None


@pytest.mark.parametrize(
    "text, span, low, high",
    [
        ("between 10,000 and 30,000 troops", "between 10,000 and 30,000", 10000, 30000),
        ("10,000–30,000 troops", "10,000–30,000", 10000, 30000),
        ("10,000 to 30,000 troops", "10,000 to 30,000", 10000, 30000),
        ("from 5 to 10 people", "from 5 to 10", 5, 10),
        ("10 to 20 million euros", "10 to 20 million euros", 10_000_000, 20_000_000),
        ("a 5-10% rise", "5-10%", 5, 10),
        ("$3bn-$5bn", "$3bn-$5bn", 3_000_000_000, 5_000_000_000),
    ],
)
def test_ranges(text, span, low, high):
    e = one(text)
    assert (e.text, e.value, e.low, e.high) == (span, None, low, high)


def test_change_is_two_values_not_a_range():
    found = find_expressions("Unemployment rose from 5% to 7% in March.")
    assert [(e.text, e.value) for e in found] == [("5%", 5), ("7%", 7)]


def test_scores_are_not_ranges():
    assert find_expressions("Arsenal won 3-1 at home") == []


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("more than 30 countries", "more_than"),
        ("over 30 chiefs", "more_than"),
        ("nearly 30 leaders", "approx"),
        ("some 300 people", "approx"),
        ("an estimated 40,000 people", "approx"),
        ("fewer than 100 votes", "less_than"),
        ("at least 14 people", "at_least"),
        ("up to 5,000 soldiers", "at_most"),
        ("no more than 3%", "at_most"),
    ],
)
def test_qualifiers(text, qualifier):
    e = one(text)
    assert e.qualifier == qualifier
    assert e.start == 0


@pytest.mark.parametrize(
    "text",
    ["COVID-19 cases", "an F-16 jet", "the G7 summit", "the 21st century", "in the 1990s",
     "call +44 20 7946 0958", "at 10:30 pm", "at 5pm", "on 2025-09-04", "on 5/17/2018", "on September 4",
     "on 4 September", "visit https://example.com/2024/10", "a 5G network", "3D printing", "the 2nd-largest",
     "open 24/7", "call 020 7946 0958", "the 9/11 attacks"],
)
def test_not_numbers(text):
    assert find_expressions(text) == []


def test_percent():
    assert (one("inflation hit 40%").unit, one("40 per cent").unit) == ("percent", "percent")


def test_negative():
    assert one("it was -5 degrees").value == -5
    assert one("a loss of -15€").value == -15
    e = one("temperatures ranged from -18 to -34 degrees")
    assert (e.low, e.high) == (-34, -18)
    e = one("from 5 - 10 people")
    assert (e.low, e.high) == (5, 10)


@pytest.mark.parametrize(
    "text, span, low, high",
    [
        ("ten or fifteen deaths", "ten or fifteen", 10, 15),
        ("two or three days", "two or three", 2, 3),
        ("5 or 6 percent", "5 or 6 percent", 5, 6),
    ],
)
def test_or_ranges(text, span, low, high):
    e = one(text)
    assert (e.text, e.value, e.low, e.high) == (span, None, low, high)


def test_or_joins_only_like_numbers():
    # a digit and a word, or "between ... or ...", are two numbers, not a range
    assert [e.value for e in find_expressions("one or 2 people")] == [1, 2]
    assert [e.value for e in find_expressions("between 5 or 6 people")] == [5, 6]


@pytest.mark.parametrize(
    "text, code",
    [
        ("75 million Nepalese rupees", "NPR"),
        ("20 billion Pakistani rupees", "PKR"),
        ("3 billion Hong Kong dollars", "HKD"),
        ("40 million Canadian dollars", "CAD"),
        ("2 million Swiss francs", "CHF"),
        ("9,000 Mexican pesos", "MXN"),
        ("10 million Brazilian reais", "BRL"),
        ("7 billion Russian roubles", "RUB"),
        ("300 Danish kroner", "DKK"),
        ("1,000 Egyptian pounds", "EGP"),
    ],
)
def test_national_currency_names(text, code):
    assert one(text).currency == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Nepal's government released 500m rupees. Officials in Kathmandu said more would follow.", "NPR"),
        ("Pakistan set aside 20bn rupees; India did not comment. Pakistan's budget is tight.", "PKR"),
        ("The rupee fell. Traders moved 5bn rupees.", "INR"),  # no country named: the default
        ("India and Pakistan each pledged 50m rupees.", "INR"),  # two countries: the default
        ("Shops in Manila charged 5,000 pesos.", "PHP"),
    ],
)
def test_bare_national_noun_takes_the_documents_country(text, code):
    found = [e for e in find_expressions(text) if e.currency]
    assert [e.currency for e in found] == [code]


def test_bare_pesos_with_no_country_are_no_currency():
    assert [e.currency for e in find_expressions("He paid 5,000 pesos.")] == [None]


@pytest.mark.parametrize(
    "text, money",
    [
        ("the court ordered him to pay 250,000 pounds in compensation", True),
        ("she was fined 300 pounds", True),
        ("the estate was worth 40,000 pounds", True),
        ("the club received 250,000 pounds", True),  # no cue: a large sum is money
        ("police seized 4,000 pounds of cannabis", False),
        ("the boxer weighed 190 pounds", False),
        ("the truck's cargo of 30,000 pounds tipped over", False),
        ("he lifted 300 pounds", False),
        ("5 million pounds", True),
        ("250 pounds sterling", True),
        # a sum for each act or event ("a ride", "per lesson"): a price, whatever its size
        ("the tram into town is 2.20 pounds a ride", True),
        ("riding lessons are now nine pounds per lesson", True),
        # per thing or per span of time the cue words decide as before
        ("each crate held 40 pounds a box", False),
        ("the dieter shed two pounds a week", False),
    ],
)
def test_pounds_money_or_weight(text, money):
    found = [e for e in find_expressions(text) if "pound" in text[e.start:e.end + 8]]
    assert found and (found[0].currency == "GBP") is money


def test_pounds_in_a_document_that_writes_sterling():
    text = "Tickets cost £40. A fan later sold his for 90 pounds outside the ground."
    assert [e.currency for e in find_expressions(text)] == ["GBP", "GBP"]


@pytest.mark.parametrize(
    "text, span, value, qualifier",
    [
        ("cut by a quarter of a percentage point", "a quarter of a", 0.25, None),
        ("half a percentage point", "half a", 0.5, None),
        ("half an hour later", "half an", 0.5, None),
        ("nearly an hour", "nearly an", 1, "approx"),
        ("more than a mile", "more than a", 1, "more_than"),
    ],
)
def test_unit_fraction_candidates(text, span, value, qualifier):
    e = one(text)
    assert (e.text, e.value, e.qualifier, e.needs_unit) == (span, value, qualifier, True)


def test_plain_article_is_no_candidate():
    assert find_expressions("a man walked an hour") == []
    assert [e.value for e in find_expressions("half a million people")] == [500000]


@pytest.mark.parametrize(
    "text, span, low, high",
    [
        ("more than 10 but fewer than 20 ships", "more than 10 but fewer than 20", 10, 20),
        ("above 1,000 and below 1,500 metres", "above 1,000 and below 1,500", 1000, 1500),
        ("at most 100 and at least 20 apples", "at most 100 and at least 20", 20, 100),
        ("anywhere from 20 through 100", "from 20 through 100", 20, 100),
    ],
)
def test_two_bounds_make_a_range(text, span, low, high):
    e = one(text)
    assert (e.text, e.value, e.low, e.high) == (span, None, low, high)


def test_crossed_bounds_stay_two_numbers():
    assert [e.value for e in find_expressions("more than 10 and less than 5")] == [10, 5]


@pytest.mark.parametrize(
    "text, span, qualifier",
    [
        ("50 or more people", "50 or more", "at_least"),
        ("households on 30,000 euros or less", "30,000 euros or less", "at_most"),
        ("groups of 10 or fewer", "10 or fewer", "at_most"),
        ("players aged 35 and over.", "35 and over", "at_least"),
    ],
)
def test_bound_after_the_number(text, span, qualifier):
    e = one(text)
    assert (e.text, e.qualifier) == (span, qualifier)


def test_or_more_than_is_not_a_bound():
    assert find_expressions("5 or more than 6")[0].qualifier is None
    assert find_expressions("he scored 35 and over the season 40")[0].qualifier is None


# ------------------------------------------------------------------ properties

_PIECES = list("0123456789,.-–$€£% abtmkKMBnhousandilyfwx()/:\n") + [
    "million", "billion", " and ", "between ", " to ", "twenty", "-six", "a dozen", "half a ", "more than ", "US$"]
number_like = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=examples(300), deadline=None)
@given(st.one_of(st.text(max_size=60), number_like))
def test_never_raises_and_offsets_exact(text):
    found = find_expressions(text)
    last_end = -1
    for e in found:
        assert text[e.start:e.end] == e.text
        assert 0 <= e.start < e.end <= len(text)
        assert e.start <= e.num_start <= e.num_end <= e.end
        if e.low is not None and e.high is not None:
            assert e.low <= e.high
            assert e.value is None
        assert e.start >= last_end
        last_end = e.end


@settings(max_examples=examples(100), deadline=None)
@given(number_like)
def test_deterministic(text):
    assert find_expressions(text) == find_expressions(text)


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_digits_roundtrip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


def test_point_then_a_teen_is_the_noun_point_before_other_words():
    found = [(e.text, e.value) for e in find_expressions("The Rovers lost by one point fifteen minutes after the restart.")]
    assert ("fifteen", 15) in found and all(v != 1.15 for _, v in found)
    assert all(e.value != 1.12 for e in find_expressions(
        "Orla Finnegan dropped one point twelve times during the qualifying rounds."))


def test_a_range_in_words_keeps_its_first_end():
    # "and" and a number after a range's first end begin its other end, never a fractional part
    found = [(e.text, e.value) for e in find_expressions("The gauge moved between forty and sixty thousandths of an inch.")]
    assert all(v != 40.06 for _, v in found) and any(v == 0.06 for _, v in found)
    # while "and a half" still completes it
    assert [(e.low, e.high) for e in find_expressions("The lift took between two and a half and three minutes.")] \
        == [(2.5, 3)]
