"""Quantities as intervals: "more than 30" is (30, inf), "10,000-30,000" is [10000, 30000].

Approximate figures get a band set by how the number is rounded, as people read it: "about
3,200" is written to the hundred, so it lies within a hundred of 3,200 (a writer cuts or raises
a figure to its last digit as often as he rounds it: `approx_half`), and an exact "3,160" is that
figure before rounding ("1.8%" is "roughly 2%"). Two approximate figures are one figure
only when each is near the other: their bands reach no further than a tenth of each figure
(`Interval.near`, APPROX_MAX), so "about 3,000" and "around 2,500" are two figures although
2,500-2,550 would round to both. The band is open at both ends. "nearly 30" lies just below 30,
"just over 30" just above. Two exact figures differ only by rounding when one written to two
digits or more is the other rounded ("1.1 million" and "1.14 million": `written_rounding`). A
plain figure has the precision of its last written digit, as news rounds: "$7 billion" stands
for 6.5-7.5 billion, so "6.8 billion dollars" is that figure before rounding, and "4%" is what
"3.8 per cent" rounds to (`rounded_band`, `Interval.step`); but "47" and "52" stay two figures. A
duration after "over" ("over four years") is the period something spans, not "more than four".
Two intervals are equal, nested (one refines the other), overlapping (compatible) or disjoint:
only disjoint values conflict.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Optional

from ..models import Quantity
from .units import approx_direction

#: The smallest relative half-width of an approximate figure's band: "about 34" (rounded to the
#: unit) still allows the 2% that rounding of a reported figure commonly hides (see below).
APPROX_MIN = 0.02
#: How far from N, relatively, a reader takes an approximate figure N ("about N", "nearly N") to
#: reach when it meets another approximate figure. An exact figure is
#: read against the whole rounding band ("1.8%" is what "roughly 2%" rounds), but two rounded
#: figures each name a value the truth is near: rounding alone would let "about 3,000" (rounded
#: to the thousand) meet "around 2,500" at 2,500-2,550, yet a reader sees two figures there, as
#: in "around 300,000" / "around 250,000", while "about 150,000" / "some 145,000" are one. No
#: reader takes "near N" for a value more than a tenth of N away ("nearly a million" is not
#: 750,000). The cap cuts only the bands of figures with one or two significant digits (whose
#: rounding step is 10-50% of them); "about 3,250" has a band of a few percent already.
APPROX_MAX = 0.10
#: Exact figures this close (relative), one of them a round figure of one significant digit
#: (`_round_unwritten`), are taken as the same figure rounded.
ROUNDING_TOLERANCE = 0.02

INF = math.inf
EQUAL, REFINES, COMPATIBLE, DISJOINT = "equal", "refines", "compatible", "disjoint"


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False
    #: For an approximate figure, the values near it as a reader takes them (at most a tenth of
    #: the figure away, APPROX_MAX): what it is compared by against another approximate figure.
    near: Optional["Interval"] = field(default=None, compare=False, repr=False)
    #: For a plain or approximate figure, the unit of its last written digit ("6.8 billion": 0.1
    #: billion; "7 billion": a billion; "1,200": a hundred), else 0: `written_step`.
    step: float = field(default=0.0, compare=False, repr=False)

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
            return Interval(lo - rounding_half(lo), hi + rounding_half(hi))
        return Interval(lo, hi)
    if value is None:
        value = low if low is not None else high
        if value is None:
            return None
    floor = 0.0 if value >= 0 else -INF
    qual = q.qualifier
    if qual == "more_than" and _spans_period(q):
        qual = None  # "over four years": a period of four years
    # A bound keeps the step its number is written to ("more than two months": a month), so that
    # two bounds in two units are compared at the precision each was written with.
    step = written_step(q.text, value)
    if qual == "more_than":
        return Interval(value, INF, lo_open=True, hi_open=True, step=step)
    if qual == "at_least":
        return Interval(value, INF, hi_open=True, step=step)
    if qual == "less_than":
        return Interval(floor, value, hi_open=True, step=step)
    if qual == "at_most":
        return Interval(floor, value, step=step)
    if qual == "approx":
        direction = approx_direction(q.text)
        if direction:  # "nearly 30": just below it, within half a rounding step (25-30; near: 27-30)
            side = max(rounding_step(value) / 2, 2 * abs(value) * APPROX_MIN)
            near = min(side, abs(value) * APPROX_MAX) if value else side
            if direction < 0:
                return Interval(value - side, value, near=Interval(value - near, value))
            return Interval(value, value + side, near=Interval(value, value + near))
        # Open at both ends: a value exactly half a step away is itself the round figure one
        # step finer ("2,500" is how a writer gives 2,500; "about 3,000" does not stand for it).
        band, near = approx_half(value), near_half(value)
        return Interval(value - band, value + band, lo_open=True, hi_open=True,
                        near=Interval(value - near, value + near, lo_open=True, hi_open=True),
                        step=written_step(q.text, value))
    return Interval(value, value, step=written_step(q.text, value))


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: How many times a scale word multiplies the digits before it ("7 billion", "$1.5bn", "€350m").
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12)


def written_step(text: Optional[str], value: float) -> float:
    """The unit of a figure's last written digit, in the figure's unit: "6.8 billion" 0.1 billion,
    "7 billion" a billion, "1,200" a hundred, "12.40" a hundredth. The digits before a scale word
    and any whole number below a hundred are written to the unit: a writer gives "60 votes" or
    "40%" as counted, and rounds only larger numbers ("1,200" for 1,180) or to the unit of a scale
    word ("$7 billion" for 6.8 billion). 0 when the text does not show how the number is written."""
    value = abs(float(value))
    if value == 0:
        return 0.0
    m = _DIGITS.search(text or "")
    if m is None:  # a number in words ("sixty", "two million"): to the unit, or of its scale word
        return 1.0 if value < 100 else rounding_step(value)
    digits = m.group().replace(",", "")
    written = float(digits)
    if written == 0:
        return 0.0
    scale = value / written
    scale = next((s for s in _SCALES if abs(scale - s) <= 1e-6 * s), None)
    if scale is None:  # the value is not these digits scaled (a fraction, a sum): unknown
        return 0.0
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1]) * scale
    return (1.0 if written < 100 else rounding_step(written)) * scale


def rounded_band(x: Interval) -> Optional[Interval]:
    """The values a plain figure stands for when read as rounded to its last written digit
    (`Interval.step`), round half up as `rounds_to`, and never more than a tenth of the figure
    away (APPROX_MAX: no reader takes a plain "1,000" for 1,400). None for anything else."""
    if not x.is_point() or x.step <= 0:
        return None
    half = min(x.step / 2, abs(x.lo) * APPROX_MAX)
    return Interval(x.lo - half, x.lo + half, lo_open=half < x.step / 2, hi_open=True)


def _rounding_of(rough: Interval, fine: Interval) -> bool:
    """`rough` is a plain figure and `fine`, written to a finer digit, lies in the values that
    round to it: "$7 billion" and "6.8 billion dollars", "4%" and "3.8 per cent", "$1 billion"
    and "about $1.07 billion". Two figures written to one digit ("47", "52") are two figures."""
    band = rounded_band(rough)
    if band is None or not 0 < fine.step < rough.step * (1 - 1e-9):
        return False
    if fine.is_point():
        return band.contains_point(fine.lo)
    return fine.lo != -INF and fine.hi != INF and not _disjoint(band, fine)


#: Units that measure time: after "over" they give the span of a period ("over four years").
_DURATIONS = frozenset("second minute hour day night week weekend month quarter year decade century".split())


def scaled(x: Interval, factor: float) -> Interval:
    """The interval in another unit (`factor` > 0 per unit): its band and open ends kept."""
    return Interval(x.lo * factor, x.hi * factor, x.lo_open, x.hi_open,
                    near=scaled(x.near, factor) if x.near is not None else None, step=x.step * factor)


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


def leading_step(value: float) -> float:
    """The place value of a number's first significant digit: 4,600 -> 1,000; 96 -> 10; 0.35 ->
    0.1 (the coarsest step a writer rounds that number to and still writes a digit of it)."""
    v = abs(float(value))
    return 10.0 ** math.floor(math.log10(v)) if v else 1.0


def rounding_half(value: float) -> float:
    """How far either side of N "about N" reaches: half the step N is rounded to (the values a
    writer who rounds so would give as N), and at least APPROX_MIN of N (the rounding a reported
    figure commonly hides)."""
    return max(rounding_step(value) / 2, abs(value) * APPROX_MIN)


def approx_half(value: float) -> float:
    """How far either side of N "about N" reaches against a figure not itself approximate: a
    whole rounding step where N is written to two significant digits or more, else
    `rounding_half`. A writer hedges such a figure because it is not the figure he has, and
    gets it from that figure by cutting or raising it to its last written digit as often as by
    rounding to the nearest: "about 1,400" for 1,480 (cut to the hundred), "about 140" for 133
    (raised to the ten); so "about 320" reaches 310-330, though 310 would round to itself. A
    figure of one digit and zeros ("about 3,000") keeps half its step, already a tenth or more
    of it. Two approximate figures are compared by `near_half`, which this does not widen:
    "about 1,800" and "some 1,700" remain two figures."""
    step = rounding_step(value)
    if value and abs(value) / step >= 10 - 1e-9:
        return max(step, abs(value) * APPROX_MIN)
    return rounding_half(value)


def near_half(value: float) -> float:
    """How far either side of N a reader takes "about N" to reach when it meets another
    approximate figure: `rounding_half`, but no more than APPROX_MAX of N."""
    return min(rounding_half(value), abs(value) * APPROX_MAX) if value else rounding_half(value)


def rounds_to(rough: float, fine: float) -> bool:
    """`rough` may be `fine` rounded to rough's last written digit ("9%" for "8.7%", "1.2 million" for
    "1,187,000"): rough is written to a coarser step than fine, and fine lies in the values that round
    to it. The edge is round half up, the convention of news style and school arithmetic: "9%" stands
    for [8.5%, 9.5%), so 8.5% rounds to 9% and 9.5% to 10%. The one rounding test of compare/
    (headlines in compare.repeats, weak pairs in compare.select)."""
    step = rounding_step(rough)
    return step > rounding_step(fine) and rough - step / 2 <= fine < rough + step / 2


def written_rounding(rough: float, fine: float) -> bool:
    """`rough` is `fine` rounded to rough's last written digit (`rounds_to`), and rough is written
    with two significant digits or more: "1.1 million" for "1.14 million", "$46 billion" for
    "$46.2 billion", "12 tonnes" for "12.4 tonnes". A figure of one digit and zeros ("60", "10
    vans", "A$5 billion") is a round figure in its own right, which a report gives as a count or
    an estimate of its own ("62" / "60" people, "A$4.7 billion" / "A$5 billion" are two
    figures)."""
    step = rounding_step(rough)
    return abs(rough) / step >= 10 - 1e-9 and rounds_to(rough, fine)


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


def _round_unwritten(x: float) -> bool:
    """A round whole number of one significant digit ("300", "2,000"): how far it was rounded is
    not written, so a figure within ROUNDING_TOLERANCE of it may be what it stands for. A figure
    written to two digits or more ("340", "1,250") shows its rounding step, and `written_rounding`
    alone decides: "$340" stands for 335-345, so an exact "$345" is another figure."""
    return _round(x) and abs(x) / rounding_step(x) < 10 - 1e-9


def as_read(a: Interval, b: Interval) -> tuple[Interval, Interval]:
    """The two intervals a reader compares: two approximate figures by the values near each
    (`Interval.near`), any other pair as they stand."""
    if a.near is not None and b.near is not None:
        return a.near, b.near
    return a, b


def relate(a: Interval, b: Interval) -> str:
    """EQUAL, REFINES (one nested in the other), COMPATIBLE (overlap) or DISJOINT; two
    approximate figures by the values near each (`as_read`)."""
    a, b = as_read(a, b)
    if a == b:
        return EQUAL
    if _inside(a, b) or _inside(b, a):
        return REFINES
    if not _disjoint(a, b):
        return COMPATIBLE
    if a.is_point() and b.is_point():
        if written_rounding(a.lo, b.lo) or written_rounding(b.lo, a.lo):
            return COMPATIBLE
        if _round_unwritten(a.lo) or _round_unwritten(b.lo):
            scale = max(abs(a.lo), abs(b.lo))
            if scale and abs(a.lo - b.lo) / scale <= ROUNDING_TOLERANCE:
                return COMPATIBLE
    if _rounding_of(a, b) or _rounding_of(b, a):
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
    """A short reason a person can check: the two intervals (as read, `as_read`) and how they relate."""
    a, b = as_read(a, b)
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
        if _disjoint(a, b):  # a plain round figure read as rounded (`_rounding_of`)
            rough, fine = (a, b) if _rounding_of(a, b) else (b, a)
            return f"{fine} meets {rough} read to its last written digit, {rounded_band(rough)}"
        return f"{sa} and {sb} overlap"
    return f"{sa} and {sb} do not overlap"
