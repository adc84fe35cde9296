"""Exchange rates a document states itself, and a pair's amounts compared at them.

Most currencies float or are managed (no fixed parity for compare.pegs), and the rate of the day
from outside the text (compare.reference_rates, the ECB's) is not the one a writer used. But a
report that gives an amount in two currencies states the rate it used: "fined 2 billion kip (about $95,000)" says one
US dollar is some 21,000 kip, and a wire's note "($1 = 21,050 kip)" says it outright. With such a
rate, an amount in kip in one report and an amount in dollars in another are one measure, as two
pegged currencies are: "$50,000" against "1.05 billion kip" is one fine, against "3 billion kip"
two.

`stated_rates` reads a document's rates (an amount with its conversion in parentheses,
`Quantity.equivalent`; two amounts joined by "="); `at_stated_rates` converts, for one pair, the
amounts of a currency one side writes and the other never does into a currency the other writes,
at the rates either states. Amounts of one currency on both sides are never converted, so two
figures written alike are compared as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from functools import lru_cache

from ..tables import load_json
from . import intervals as iv
from .mention import Mention
from .pegs import BARE_DOLLAR, pegged
from .units import Measure

#: How far (relatively, either way) an amount converted at a stated rate may lie from the figure
#: the other report gives. A converted amount is two roundings and a day away from the figure it
#: converts: the writer rounds the result to a figure of one or two significant digits ("$20" for
#: 19.46), and the rate of the day the writer used is not the day the other report's figure was
#: set (managed and floating rates move by a few percent over weeks). The rate's own precision is
#: added (`Rate.spread`: a rate read from "about $1" is known to half a dollar). Amounts further
#: apart than that at the stated rate are two amounts.
RATE_BAND = 0.05

#: A rate note: two amounts with only "=" between them ("($1 = 21,050 kip)", "1 euro = 117 dinars").
_EQUALS = re.compile(r"^\s*=\s*$")


@dataclass(frozen=True)
class Rate:
    """One unit of `ref` is worth `per` units of `other` (both the currencies compared in: the
    anchors of fixed parities, compare.pegs), as the document's words `text` state."""

    ref: str
    other: str
    per: float
    text: str
    #: how far the rate may be off, relatively, as its figures are written: half the step of the
    #: last written digit of the rounder one ("100 rupees (about $1)": the dollar figure is to the
    #: dollar, so the rate is 100 within 50%; "$1 = 83.2 rupees": within 0.06%)
    spread: float = 0.0
    #: False for a rate no report states (compare.reference_rates: the ECB's of the day)
    stated: bool = True

    @property
    def label(self) -> str:
        """The rate as the comparison's reason names it."""
        return f"the rate stated, {self.text}" if self.stated else self.text


def _anchored(code: str, value: float) -> tuple[str, float]:
    peg = pegged(code)
    return (peg.anchor, value * peg.factor) if peg is not None else (code, value)


def _value(q) -> Optional[float]:
    try:
        v = float(q.value)
    except (TypeError, ValueError):
        return None
    return v if v > 0 else None


def _spread(q, value: float) -> float:
    """Half the step of a figure's last written digit, relative to it (`intervals.written_step`)."""
    step = iv.written_step(q.text, value) or iv.rounding_step(value)
    return step / 2 / value


def _rate(ref, other, text: str, rounded) -> Optional[Rate]:
    """The rate two amounts of one thing state: `ref` in the currency converted into; `rounded`,
    the one of the two a writer rounded (the conversion in parentheses; in a note, the rate after
    "=", as "$1" is one dollar exactly)."""
    vr, vo = _value(ref), _value(other)
    if vr is None or vo is None or not ref.currency or not other.currency:
        return None
    spread = _spread(rounded, vr if rounded is ref else vo)
    cr, vr = _anchored(ref.currency.upper(), vr)
    co, vo = _anchored(other.currency.upper(), vo)
    if cr == co:
        return None
    return Rate(cr, co, vo / vr, text, spread)


def stated_rates(result) -> tuple[tuple[Rate, ...], frozenset]:
    """The rates the document states, and the (start, end) of the amounts of its rate notes (a
    note is no amount of the story: "$1" in "($1 = 21,050 kip)" counts nothing)."""
    rates, notes, seen = [], set(), set()
    for claim in result.claims:
        qs = sorted((q for q in claim.quantities if q.currency), key=lambda q: q.start)
        for a, b in zip(qs, qs[1:]):
            if (a.start, b.start) in seen:
                continue
            seen.add((a.start, b.start))
            between = claim.text[max(0, a.end - claim.start): max(0, b.start - claim.start)]
            words = f"{a.text}{between}{b.text}"
            if _EQUALS.match(between):  # "$1 = 21,050 kip": one unit of the first is so much of the second
                r = _rate(a, b, words, b)
                if r is not None:
                    notes.update({(a.start, a.end), (b.start, b.end)})
            elif a.equivalent is not None and a.equivalent.start == b.start:
                # "2 billion kip (about $95,000)": the amount converted into the readers' currency
                r = _rate(b, a, f"{words})", b)
            else:
                r = None
            if r is not None:
                rates.append(r)
    return tuple(rates), frozenset(notes)


def _pair_rates(rates) -> dict:
    """frozenset({X, Y}) -> one Rate for each two currencies the rates link: the one stated most
    precisely (a rate note to four digits before a conversion rounded to one). A rate known no
    better than RATE_BAND ("100 rupees (about $1)": within 50%) is no evidence that two amounts
    are one or two: it is not used."""
    out: dict = {}
    for r in rates:
        if r.spread > RATE_BAND:
            continue
        key = frozenset((r.ref, r.other))
        if key not in out or r.spread < out[key].spread:
            out[key] = r
    return out


def _currencies(mentions, notes) -> set:
    return {m.measure.currency for m in mentions
            if m.kind == "quantity" and m.measure is not None and m.measure.currency and (m.start, m.end) not in notes}


def _widened(x: iv.Interval, factor: float, spread: float = 0.0) -> iv.Interval:
    """`x` in another currency (`factor` per unit), reaching RATE_BAND further either way, and
    the rate's own `spread` (how far the rate itself may be off, `Rate.spread`)."""
    y = iv.scaled(x, factor)
    band = RATE_BAND + spread
    lo = y.lo * max(0.0, 1 - band) if y.lo > 0 else y.lo
    hi = y.hi * (1 + band) if y.hi != iv.INF else y.hi
    near = _widened(x.near, factor, spread) if x.near is not None else None
    return iv.Interval(lo, hi, y.lo_open, y.hi_open, near=near, step=y.step)


@lru_cache(maxsize=1)
def _dollar_written() -> frozenset:
    """Currencies written with a dollar sign ("$", "T$", "NT$": data/cldr_currencies.json symbols):
    a bare "$" in a report may stand for any of them."""
    out: set = set()
    for sign, codes in load_json("cldr_currencies.json")["symbols"].items():
        if "$" in sign:
            out |= set(codes.values()) if isinstance(codes, dict) else {codes}
    return frozenset(out)


def _bare_dollar(mentions, notes) -> bool:
    return any(m.kind == "quantity" and m.measure is not None and m.measure.currency and (m.start, m.end) not in notes
               and BARE_DOLLAR.search(m.payload.text or "") for m in mentions)


def _with_reference(pair_rates: dict, cur: tuple, reference) -> dict:
    """`pair_rates` and, for each currency one side writes and the other never does, with each
    currency the other side writes, when no report states a rate between them, the `reference`
    rate (x, y) -> Rate or None (compare.reference_rates)."""
    if reference is None:
        return pair_rates
    out = dict(pair_rates)
    for own, other in ((cur[0], cur[1]), (cur[1], cur[0])):
        for x in sorted(own - other):
            for y in sorted(other):
                key = frozenset((x, y))
                if key not in out:
                    r = reference(x, y)
                    if r is not None:
                        out[key] = r
    return out


def _conversions(ma, mb, rates_a, rates_b, notes_a, notes_b, reference=None) -> tuple[dict, dict]:
    """For each side, currency -> (currency it is compared in, factor, Rate)."""
    cur = (_currencies(ma, notes_a), _currencies(mb, notes_b))
    # A bare "$" may be any dollar-sign currency, unless the side's own rates say which it is
    # ("$1 = 209 Guyana dollars": its "$" is not the Guyana dollar).
    loose = tuple(_bare_dollar(ms, notes) and not {c for r in rs for c in (r.ref, r.other)} & {"USD"}
                  for ms, notes, rs in ((ma, notes_a, rates_a), (mb, notes_b, rates_b)))
    out: tuple[dict, dict] = ({}, {})
    for key, r in sorted(_with_reference(_pair_rates(rates_a + rates_b), cur, reference).items(),
                         key=lambda kv: sorted(kv[0])):
        if not r.stated and any(loose) and key <= _dollar_written():
            continue  # "$250,000" against "A$250,000": a bare "$" may be that dollar, at par with itself
        for x, y, factor in ((r.ref, r.other, r.per), (r.other, r.ref, 1 / r.per)):
            for side in (0, 1):
                own, other = cur[side], cur[1 - side]
                if x in own and x not in other and y in other and not (loose[1 - side] and x in _dollar_written()):
                    out[side].setdefault(x, (y, factor, r))
        # Each side writes only one of the two: convert the amounts not in the rate's reference
        # currency (the one the writer converted into), so that the two meet in one currency.
        for side in (0, 1):
            conv = out[side].get(r.ref)
            if conv is not None and conv[2] is r and out[1 - side].get(r.other, (None, None, None))[2] is r:
                del out[side][r.ref]
    return out


def _converted(m: Mention, to: tuple) -> Mention:
    code, factor, rate = to
    if m.interval is None:
        return m
    return replace(m, measure=Measure(cls=None, currency=code, period=m.measure.period),
                   interval=_widened(m.interval, factor, rate.spread), rate=rate.label)


def at_stated_rates(ma: list, mb: list, rates_a=(), rates_b=(), notes_a=frozenset(), notes_b=frozenset(),
                    reference=None) -> tuple[list, list]:
    """A pair's mentions, with each side's amounts in a currency the other side never writes
    converted into one it does, at a rate either document states (`stated_rates`; `rates_a`,
    `notes_a`: A's), else at the `reference` rate ((x, y) -> Rate or None: the ECB's of the day,
    compare.reference_rates). Not an amount in a dollar-sign currency ("T$", "G$") against a side
    with a bare "$" its own rates do not pin down: that "$" may be the same currency. The lists
    are returned as given when nothing is converted."""
    if not rates_a and not rates_b and reference is None:
        return ma, mb
    conv_a, conv_b = _conversions(ma, mb, rates_a, rates_b, notes_a, notes_b, reference)
    if not conv_a and not conv_b:
        return ma, mb

    def side(ms, conv, notes):
        # An amount written beside its conversion ("60 million won (about $45,000)") is given in
        # the other currency by its own text: that figure, not this one converted, meets the other side.
        return [_converted(m, conv[m.measure.currency])
                if m.kind == "quantity" and m.measure is not None and m.measure.currency in conv
                and (m.start, m.end) not in notes and getattr(m.payload, "equivalent", None) is None else m
                for m in ms]

    return side(ma, conv_a, notes_a), side(mb, conv_b, notes_b)
