"""Currencies held at a fixed parity to another (data/currency_pegs.json, the issuing authorities'
published rates): an amount written in either is one measure, compared in the anchor currency.

"EC$27" and "US$10" are one price in two currencies, as "2,800 metres" and "9,200 feet" are one
length in two units (compare.units.conversion); a floating rate is no parity (which day's rate a
writer used is not in the text: compare.stated_rates reads the rate a report states, and
compare.reference_rates the ECB's of the day, each within a band)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..tables import load_json

#: A bare dollar sign: "$" is written for every dollar (US, Canadian, Australian...), and a report
#: for readers of one country writes its own dollar so ("C$" and "US$" are not bare).
BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$")


@dataclass(frozen=True)
class Peg:
    """Where a pegged currency's amounts are compared: the last anchor of its chain of parities
    (MOP -> HKD), and how many units of that anchor one unit of the currency is worth."""

    anchor: str
    factor: float


@lru_cache(maxsize=1)
def pegs() -> dict[str, Peg]:
    """ISO 4217 code -> Peg, each chain of parities followed to its end."""
    raw = load_json("currency_pegs.json")["pegs"]
    out = {}
    for code in raw:
        anchor, factor, seen = code, 1.0, set()
        while anchor in raw and anchor not in seen:
            seen.add(anchor)
            factor /= float(raw[anchor]["rate"])
            anchor = raw[anchor]["anchor"]
        out[code] = Peg(anchor, factor)
    return out


def pegged(currency: Optional[str]) -> Optional[Peg]:
    """The Peg of an amount in `currency` (however written: "BZ$4 million", or a bare "$4 million"
    the extractor read as the Belize dollar of a Belize story), else None."""
    return pegs().get(currency.upper()) if currency else None


def at_par(x: Optional[str], y: Optional[str]) -> bool:
    """Two currencies one unit of which is worth the same (BSD and USD; XOF and XAF; one currency)."""
    px, py = pegged(x), pegged(y)
    return (px.factor if px else 1.0) == (py.factor if py else 1.0)
