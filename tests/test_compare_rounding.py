"""One rounding test for compare/ (compare.intervals.rounds_to), read by headlines
(compare.repeats) and weak pairs (compare.select): a round figure stands for the values that round
to it, half up; and the number words compare.standing reads as a count before a noun."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.compare.intervals import COMPATIBLE, DISJOINT, Interval, relate, rounds_to, written_rounding
from claimtrack.compare.standing_unit import _numeral


@pytest.mark.parametrize("rough, fine, expected", [
    (9, 8.7, True), (9, 8.5, True), (9, 9.49, True),
    (9, 9.5, False),  # half up: 9.5% is written 10%
    (9, 8.49, False),
    (1_200_000, 1_187_000, True), (3.1e9, 3.08e9, True),
    (9, 9, False),  # one step each: no rounding
    (8.7, 9, False),  # the finer figure is no rounding of the coarser
])
def test_a_round_figure_stands_for_the_values_that_round_to_it_half_up(rough, fine, expected):
    assert rounds_to(rough, fine) is expected


@given(st.integers(min_value=1, max_value=10_000).filter(lambda n: n % 10), st.integers(min_value=1, max_value=9))
def test_a_whole_number_rounds_the_figures_one_decimal_finer_below_its_half(whole, tenth):
    assert rounds_to(whole, whole + tenth / 10) is (tenth < 5)
    assert rounds_to(whole, whole - tenth / 10) is (tenth <= 5)  # 8.5 is written 9


@pytest.mark.parametrize("word, expected", [
    ("14", True), ("1,200", True), ("fifteen", True), ("twenty-six", True), ("dozens", True),
    ("hundreds", True), ("thousand", True), ("crates", False), ("the", False), ("adult", False),
])
def test_a_cardinal_before_a_noun_is_read_by_the_number_parser(word, expected):
    assert _numeral(word) is expected


@pytest.mark.parametrize("x, y, expected", [
    (2_300_000, 2_340_000, COMPATIBLE),   # "2.3 million" is 2.34 million to its last digit
    (87e9, 86.6e9, COMPATIBLE),           # "$87 billion" and "$86.6 billion"
    (15, 14.8, COMPATIBLE),               # "15 tonnes" and "14.8 tonnes"
    (270, 268, COMPATIBLE),
    (270, 276, DISJOINT),                 # 276 is written 280
    (80, 83, DISJOINT),                   # one digit and a zero: a round figure of its own
    (3e9, 3.3e9, DISJOINT),               # "3 billion" and "3.3 billion" are two estimates
    (15, 16, DISJOINT),                   # one step each: two counts
    (340, 345, DISJOINT),                 # "$340" shows its step of ten: 345 is written 350
    (1250, 1226, DISJOINT),               # within 2%, but 1,226 is written 1,230
    (300, 296, COMPATIBLE),               # one digit and zeros: rounding unwritten, 2% allowed
    (2000, 1980, COMPATIBLE),
])
def test_a_figure_written_to_two_digits_stands_for_the_finer_figure_it_rounds(x, y, expected):
    assert relate(Interval(x, x), Interval(y, y)) == expected
    assert relate(Interval(y, y), Interval(x, x)) == expected


@given(st.integers(min_value=11, max_value=99).filter(lambda n: n % 10), st.integers(min_value=0, max_value=6),
       st.integers(min_value=-4, max_value=4))
def test_written_rounding_holds_within_half_a_step_of_a_two_digit_figure(digits, power, tenths):
    rough = digits * 10 ** power
    fine = rough + tenths * 10 ** power / 10
    assert written_rounding(rough, fine) is (tenths != 0)
    assert relate(Interval(rough, rough), Interval(fine, fine)) == ("equal" if tenths == 0 else COMPATIBLE)


def _figure(text: str, value: float, qualifier=None) -> Interval:
    from claimtrack.compare.intervals import interval_of
    from claimtrack.models import Quantity

    return interval_of(Quantity(text=text, start=0, end=len(text), value=value, qualifier=qualifier))


@pytest.mark.parametrize("x, y, expected", [
    (("€9 billion", 9e9), ("8.8 billion euros", 8.8e9), COMPATIBLE),   # a budget rounded to its billion
    (("6%", 6), ("5.7 per cent", 5.7), COMPATIBLE),                  # an inflation rate to its unit
    (("2,400 hectares", 2400), ("2,370 hectares", 2370), COMPATIBLE),  # to the hundred
    (("$2 million", 2e6), ("about $2.05 million", 2.05e6, "approx"), COMPATIBLE),
    (("€9 billion", 9e9), ("9.6 billion euros", 9.6e9), DISJOINT),   # 9.6 is written 10
    (("6%", 6), ("6.5 per cent", 6.5), DISJOINT),                    # half up: 6.5 is written 7
    (("23 ferries", 23), ("27 ferries", 27), DISJOINT),              # two counts to the unit
    (("70 seats", 70), ("68 seats", 68), DISJOINT),                  # a whole number below 100 is counted
    (("3,000 flats", 3000), ("3,450 flats", 3450), DISJOINT),        # never a tenth past the figure
    (("seven billion", 7e9), ("7.2 billion", 7.2e9), COMPATIBLE),    # a scale word written out
])
def test_a_plain_figure_has_the_precision_of_its_last_written_digit(x, y, expected):
    a, b = _figure(*x), _figure(*y)
    assert relate(a, b) == expected
    assert relate(b, a) == expected


@given(st.integers(min_value=1, max_value=99), st.sampled_from([(1e6, "million"), (1e9, "billion"), (1, "%")]),
       st.integers(min_value=-9, max_value=9))
def test_digits_before_a_scale_word_stand_for_the_finer_figures_that_round_to_them(digits, scale, tenths):
    """Property: "N billion" (N below 100, written to the unit) and "N.d billion" are one figure
    when N.d rounds half up to N and lies within a tenth of N, two figures when it does not
    (unless the two are within the 2% of ROUNDING_TOLERANCE); never two whole numbers."""
    factor, word = scale
    fine = digits + tenths / 10
    rough_text = f"{digits}{word}" if word == "%" else f"{digits} {word}"
    fine_text = f"{fine:.1f}{word}" if word == "%" else f"{fine:.1f} {word}"
    a, b = _figure(rough_text, digits * factor), _figure(fine_text, fine * factor)
    rounds = -5 <= tenths < 5 and abs(tenths) < digits
    if tenths == 0 or abs(tenths) == digits or (not rounds and abs(tenths / 10) <= 0.02 * max(digits, fine)):
        return  # one figure; or the tolerance any round figure has (test above)
    expected = COMPATIBLE if rounds else DISJOINT
    assert relate(a, b) == expected
    assert relate(b, a) == expected
    other = _figure(f"{digits + 1}{word}" if word == "%" else f"{digits + 1} {word}", (digits + 1) * factor)
    if digits < 49:  # (past the 2% tolerance)
        assert relate(a, other) == DISJOINT  # two figures written to one digit are two figures
