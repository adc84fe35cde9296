"""The band of "about N" (compare.intervals.interval_of): the values a writer who rounds to N's
last written digit would give as N, open at both ends, since a value exactly half a step away is
itself the round figure one step finer ("2,500", "3,500" for "about 3,000"), which a writer gives as it is."""

from __future__ import annotations

import pytest

from claimtrack.compare.intervals import DISJOINT, REFINES, interval_of, relate
from claimtrack.models import Quantity


def _q(value: float, text: str, qualifier=None) -> Quantity:
    return Quantity(start=0, end=len(text), text=text, value=value, qualifier=qualifier, unit="worker")


@pytest.mark.parametrize("about, value, text, relation", [
    (2000, 1500, "1,500", DISJOINT),   # half a thousand away: "1,500" is a figure of its own
    (2000, 2500, "2,500", DISJOINT),
    (2000, 1600, "1,600", REFINES),    # within the band
    (2000, 2400, "2,400", REFINES),
    (30, 25, "25", DISJOINT),          # "about 30" is rounded to the ten
    (30, 26, "26", REFINES),
])
def test_about_n_excludes_the_figures_half_a_step_away(about, value, text, relation):
    band = interval_of(_q(about, f"about {about:,}", "approx"))
    assert relate(band, interval_of(_q(value, text))) == relation
    assert relate(interval_of(_q(value, text)), band) == relation


def test_the_band_keeps_its_width():
    band = interval_of(_q(2000, "about 2,000", "approx"))
    assert (band.lo, band.hi, band.lo_open, band.hi_open) == (1500, 2500, True, True)


def test_two_equal_bands_are_one_figure():
    a, b = interval_of(_q(2000, "about 2,000", "approx")), interval_of(_q(2000, "some 2,000", "approx"))
    assert relate(a, b) == "equal"
