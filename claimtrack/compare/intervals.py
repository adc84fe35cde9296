"""Quantities as intervals: "more than 30" is (30, inf), "10,000-30,000" is [10000, 30000].

Approximate figures get a band set by how the number is rounded, as people read it: "about
3,200" is rounded to the hundred, so it lies within half a hundred of 3,200; "about 3,000" is
rounded to the thousand ((2,500, 3,500): 2,500 itself would be written "2,500"). "nearly 30" lies just below 30, "just over 30" just
above. A duration after "over" ("over four years") is the period something spans, not "more
than four". Two intervals are equal, nested
(one refines the other), overlapping (compatible) or disjoint: only disjoint values conflict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from ..models import Quantity
from .units import approx_direction

#: The smallest relative half-width of an approximate figure's band: "about 34" (rounded to the
#: unit) still allows the 2% that rounding of a reported figure commonly hides (see below).
APPROX_MIN = 0.02
#: Exact figures this close (relative), one of them round, are taken as the same figure rounded.
ROUNDING_TOLERANCE = 0.02

INF = math.inf
EQUAL, REFINES, COMPATIBLE, DISJOINT = "equal", "refines", "compatible", "disjoint"


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def contains_point(self, x: float) -> bool:
        above = x > self.lo if self.lo_open else x >= self.lo
        below = x < self.hi if self.hi_open else x <= self.hi
        return above and below

    def is_point(self) -> bool:
        return self.lo == self.hi and not (self.lo_open or self.hi_open)

    def __str__(self) -> str:
        if self.is_point():
            return _fmt(self.lo)
        left = "(" if self.lo_open or self.lo == -INF else "["
        right = ")" if self.hi_open or self.hi == INF else "]"
        return f"{left}{_fmt(self.lo)}, {_fmt(self.hi)}{right}"


def _fmt(x: float) -> str:
    if x == INF:
        return "∞"
    if x == -INF:
        return "-∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.0f}"


def _num(x) -> Optional[float]:
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def interval_of(q: Quantity) -> Optional[Interval]:
    """The set of values a quantity mention allows, or None when it states no number."""
    low, high, value = _num(q.low), _num(q.high), _num(q.value)
    if low is not None and high is not None:
        lo, hi = min(low, high), max(low, high)
        if q.qualifier == "approx":
            return Interval(lo - max(rounding_step(lo) / 2, abs(lo) * APPROX_MIN),
                            hi + max(rounding_step(hi) / 2, abs(hi) * APPROX_MIN))
        return Interval(lo, hi)
    if value is None:
        value = low if low is not None else high
        if value is None:
            return None
    floor = 0.0 if value >= 0 else -INF
    qual = q.qualifier
    if qual == "more_than" and _spans_period(q):
        qual = None  # "over four years": a period of four years
    if qual == "more_than":
        return Interval(value, INF, lo_open=True, hi_open=True)
    if qual == "at_least":
        return Interval(value, INF, hi_open=True)
    if qual == "less_than":
        return Interval(floor, value, hi_open=True)
    if qual == "at_most":
        return Interval(floor, value)
    if qual == "approx":
        step = rounding_step(value)
        band = max(step / 2, abs(value) * APPROX_MIN)
        direction = approx_direction(q.text)
        one_side = max(step / 2, 2 * abs(value) * APPROX_MIN)
        if direction < 0:  # "nearly 30": just below it, within half a rounding step
            return Interval(value - one_side, value)
        if direction > 0:
            return Interval(value, value + one_side)
        # Open at both ends: a value exactly half a step away is itself the round figure one
        # step finer ("2,500" is how a writer gives 2,500; "about 3,000" does not stand for it).
        return Interval(value - band, value + band, lo_open=True, hi_open=True)
    return Interval(value, value)


#: Units that measure time: after "over" they give the span of a period ("over four years").
_DURATIONS = frozenset("second minute hour day night week weekend month quarter year decade century".split())


def scaled(x: Interval, factor: float) -> Interval:
    """The interval in another unit (`factor` > 0 per unit): its band and open ends kept."""
    return Interval(x.lo * factor, x.hi * factor, x.lo_open, x.hi_open)


def _spans_period(q: Quantity) -> bool:
    unit = (q.unit or "").lower().rstrip("s")
    return unit in _DURATIONS and q.text.lstrip().lower().startswith("over ")


def rounding_step(value: float) -> float:
    """The unit a number is rounded to, as written: 3,200 -> 100; 3,000 -> 1,000; 3.25 -> 0.01."""
    v = abs(float(value))
    if v == 0:
        return 1.0
    for k in range(15, -7, -1):
        step = 10.0 ** k
        if step > v:
            continue
        q = v / step
        if abs(q - round(q)) < 1e-9 * max(1.0, q):
            return step
    return 10.0 ** -6


def rounds_to(rough: float, fine: float) -> bool:
    """`rough` may be `fine` rounded to rough's last written digit ("9%" for "8.7%", "1.2 million" for
    "1,187,000"): rough is written to a coarser step than fine, and fine lies in the values that round
    to it. The edge is round half up, the convention of news style and school arithmetic: "9%" stands
    for [8.5%, 9.5%), so 8.5% rounds to 9% and 9.5% to 10%. The one rounding test of compare/
    (headlines in compare.repeats, weak pairs in compare.select)."""
    step = rounding_step(rough)
    return step > rounding_step(fine) and rough - step / 2 <= fine < rough + step / 2


def _le(a: float, a_open: bool, b: float, b_open: bool, lower: bool) -> bool:
    """Bound a is inside bound b's side (lower bounds: a >= b; upper: a <= b), openness aware."""
    if lower:
        return a > b or (a == b and (b_open <= a_open or not b_open))
    return a < b or (a == b and (b_open <= a_open or not b_open))


def _inside(x: Interval, y: Interval) -> bool:
    """x is a subset of y."""
    return _le(x.lo, x.lo_open, y.lo, y.lo_open, True) and _le(x.hi, x.hi_open, y.hi, y.hi_open, False)


def _disjoint(x: Interval, y: Interval) -> bool:
    if x.hi < y.lo or y.hi < x.lo:
        return True
    if x.hi == y.lo:
        return x.hi_open or y.lo_open
    if y.hi == x.lo:
        return y.hi_open or x.lo_open
    return False


def _round(x: float) -> bool:
    return x != 0 and float(x).is_integer() and int(abs(x)) % 10 == 0


def relate(a: Interval, b: Interval) -> str:
    """EQUAL, REFINES (one nested in the other), COMPATIBLE (overlap) or DISJOINT."""
    if a == b:
        return EQUAL
    if _inside(a, b) or _inside(b, a):
        return REFINES
    if not _disjoint(a, b):
        return COMPATIBLE
    if a.is_point() and b.is_point() and (_round(a.lo) or _round(b.lo)):
        scale = max(abs(a.lo), abs(b.lo))
        if scale and abs(a.lo - b.lo) / scale <= ROUNDING_TOLERANCE:
            return COMPATIBLE
    return DISJOINT


def loose_fit(a: Interval, b: Interval) -> bool:
    """True when agreement rests only on an open end: "at least 300" and "9,000" agree, barely."""
    for x, y in ((a, b), (b, a)):
        if x.hi == INF and y.hi != INF and x.lo > 0 and y.lo > 1.5 * x.lo:
            return True
        if x.lo <= 0 and y.lo > 0 and x.hi != INF and y.hi < 0.5 * x.hi:
            return True
    return False


def explain(a: Interval, b: Interval, relation: str) -> str:
    """A short reason a person can check: the two intervals and how they relate."""
    sa, sb = str(a), str(b)
    if relation == EQUAL:
        return f"same value {sa}"
    if relation == REFINES:
        if _inside(a, b):
            return f"A's {sa} lies within B's {sb}"
        return f"B's {sb} lies within A's {sa}"
    if relation == COMPATIBLE:
        if a.is_point() and b.is_point():
            return f"{sa} and {sb} differ only by rounding"
        return f"{sa} and {sb} overlap"
    return f"{sa} and {sb} do not overlap"
