"""One rounding test for compare/ (compare.intervals.rounds_to), read by headlines
(compare.repeats) and weak pairs (compare.select): a round figure stands for the values that round
to it, half up; and the number words compare.standing reads as a count before a noun."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.compare.intervals import COMPATIBLE, DISJOINT, Interval, relate, rounds_to, written_rounding
from claimtrack.compare.standing import _numeral


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
