"""One rounding test for compare/ (compare.intervals.rounds_to), read by headlines
(compare.repeats) and weak pairs (compare.select): a round figure stands for the values that round
to it, half up; and the number words compare.standing reads as a count before a noun."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.compare.intervals import rounds_to
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
