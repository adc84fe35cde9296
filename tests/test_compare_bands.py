"""The band of "about N" (compare.intervals.interval_of): the values a writer who rounds to N's
last written digit would give as N, open at both ends, since a value exactly half a step away is
itself the round figure one step finer ("2,500", "3,500" for "about 3,000"), which a writer gives
as it is; for N of two significant digits or more, also the values he cuts or raises to that
digit, a whole step either side (`approx_half`: "about 1,400" for 1,480). Against another
approximate figure, and for "nearly N", the band reaches no further from N than a tenth of it
(APPROX_MAX), as far as people read "near N" to reach: "about 3,000" and "around 2,500" are two
figures, while an exact 2,700 may be what "about 3,000" rounds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.compare.intervals import (APPROX_MAX, APPROX_MIN, COMPATIBLE, DISJOINT, EQUAL, REFINES, interval_of,
                                          relate, scaled)
from claimtrack.models import Quantity


def _q(value: float, text: str, qualifier=None) -> Quantity:
    return Quantity(start=0, end=len(text), text=text, value=value, qualifier=qualifier, unit="worker")


def _about(value: float, word: str = "about"):
    return interval_of(_q(value, f"{word} {value:,}", "approx"))


def _exact(value: float):
    return interval_of(_q(value, f"{value:,}"))


@pytest.mark.parametrize("about, value, relation", [
    (2000, 1500, DISJOINT),   # half a thousand away: "1,500" is a figure of its own
    (2000, 2500, DISJOINT),
    (2000, 1600, REFINES),    # within the band: 1,600 rounded to the thousand is 2,000
    (2000, 2400, REFINES),
    (30, 25, DISJOINT),       # "about 30" is rounded to the ten
    (30, 26, REFINES),
    (3200, 3150, REFINES),    # written to the hundred: within a hundred
    (3200, 2900, DISJOINT),
    (1400, 1480, REFINES),    # cut to the hundred
    (140, 133, REFINES),      # raised to the ten
    (140, 130, DISJOINT),     # a step away: a round figure of its own
    (1400, 1290, DISJOINT),
    (25_000, 25_900, REFINES),
    (25_000, 23_900, DISJOINT),
])
def test_about_n_holds_the_values_near_n(about, value, relation):
    band = _about(about)
    assert relate(band, _exact(value)) == relation
    assert relate(_exact(value), band) == relation


def test_the_band_keeps_its_width():
    band = _about(2000)
    assert (band.lo, band.hi, band.lo_open, band.hi_open) == (1500, 2500, True, True)
    assert (band.near.lo, band.near.hi, band.near.lo_open, band.near.hi_open) == (1800, 2200, True, True)
    band = _about(3250)  # three written digits: half the step (25) is under the 2% floor (65)
    assert (band.lo, band.hi) == (band.near.lo, band.near.hi) == (3185, 3315)


def test_two_equal_bands_are_one_figure():
    assert relate(_about(2000), _about(2000, "some")) == EQUAL


@pytest.mark.parametrize("a, b, relation", [
    ((4000, "about"), (3500, "around"), DISJOINT),   # two round figures a reader tells apart
    ((400_000, "some"), (350_000, "roughly"), DISJOINT),
    ((90_000, "some"), (86_000, "about"), COMPATIBLE),  # 4% apart: one figure, rounded two ways
    ((70_000, "about"), (70_500, "some"), REFINES),
    ((2_000_000, "nearly"), (1_500_000, "some"), DISJOINT),  # "nearly two million" is not 1.5 million
    ((2_000_000, "nearly"), (1_950_000, "about"), REFINES),
    ((40, "almost"), (38, "some"), REFINES),
    ((40, "almost"), (40, "about"), COMPATIBLE),  # below 40, or either side of it
    ((2300, "about"), (2200, "some"), DISJOINT),  # each reaches half its step towards the other
])
def test_two_approximate_figures_are_one_only_when_each_is_near_the_other(a, b, relation):
    assert relate(_about(*a), _about(*b)) == relation
    assert relate(_about(*b), _about(*a)) == relation


def test_nearly_n_lies_just_below_n():
    band = _about(1_000_000, "nearly")
    assert (band.lo, band.hi) == (500_000, 1_000_000)  # what rounds up to a million
    assert (band.near.lo, band.near.hi) == (900_000, 1_000_000)
    assert relate(band, _about(750_000, "some")) == DISJOINT  # two figures a reader tells apart
    assert relate(band, _about(960_000, "about")) == REFINES
    assert relate(_about(50, "just over"), _exact(52)) == REFINES


# Property tests of the band arithmetic: any figure a reporter may write, whole or with decimals.
_values = st.one_of(st.integers(min_value=1, max_value=10**12),
                    st.decimals(min_value="0.01", max_value="100000", places=2).map(float).filter(lambda v: v > 0))


@given(_values)
def test_every_band_holds_its_figure_and_the_near_one_reaches_between_2_and_10_percent(v):
    band = _about(v)
    assert band.contains_point(v) and band.lo_open and band.hi_open
    near = band.near
    half = (near.hi - near.lo) / 2
    assert APPROX_MIN * v * (1 - 1e-9) <= half <= APPROX_MAX * v * (1 + 1e-9)
    assert near.lo + half == pytest.approx(v)  # "about N" reaches as far either side
    assert band.lo <= near.lo and near.hi <= band.hi  # the near values are values N may round


@given(_values)
def test_nearly_and_just_over_are_one_sided_bands_near_within_a_tenth(v):
    below, above = _about(v, "nearly"), _about(v, "just over")
    assert below.hi == below.near.hi == v and below.lo <= below.near.lo < v
    assert above.lo == above.near.lo == v and above.hi >= above.near.hi > v
    assert v - below.near.lo <= APPROX_MAX * v * (1 + 1e-9) and above.near.hi - v <= APPROX_MAX * v * (1 + 1e-9)
    assert relate(below, _about(v)) != DISJOINT and relate(above, _about(v)) != DISJOINT  # near N


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from([10, 1000, 10**6]))
def test_the_band_does_not_depend_on_the_scale_a_figure_is_written_in(v, factor):
    # "about 3 million" and "about 3,000 thousand": one band, whatever the unit's scale
    big, small = _about(v * factor), scaled(_about(v), factor)
    for x, y in ((big, small), (big.near, small.near)):
        assert x.lo == pytest.approx(y.lo) and x.hi == pytest.approx(y.hi)


@given(_values, _values, st.sampled_from(["about", "nearly", "just over", None]),
       st.sampled_from(["about", "nearly", "just over", None]))
def test_relating_two_figures_does_not_depend_on_their_order(x, y, wx, wy):
    a = _about(x, wx) if wx else _exact(x)
    b = _about(y, wy) if wy else _exact(y)
    expected = {EQUAL: EQUAL, REFINES: REFINES, COMPATIBLE: COMPATIBLE, DISJOINT: DISJOINT}[relate(a, b)]
    assert relate(b, a) == expected


@given(_values, st.floats(min_value=0.0, max_value=0.999))
def test_an_exact_figure_inside_the_band_refines_it_and_an_approximate_one_past_a_tenth_conflicts(v, share):
    band = _about(v)
    half = (band.hi - band.lo) / 2
    inside = v + share * half
    assert relate(band, _exact(inside)) in (REFINES, EQUAL)
    far = v * (1 + 2.001 * APPROX_MAX)  # its own near band starts a tenth below it
    assert relate(band, _about(far, "some")) == DISJOINT
