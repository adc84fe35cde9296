"""A share named as a fraction in words ("a quarter of the catch", "cut by half"): the one place
that says on which scale claimtrack gives it.

English gives a share either as a fraction or as a percent ("a quarter of the water" / "25% of
the water"), and two reports of one share are compared on one scale. claimtrack gives a share in
percent (the team gold's convention: "percent" is the unit of a share, data/gold/FORMAT.md), so
"a quarter of the catch" is 25 percent; a fraction standing alone ("two thirds" as a number), of a
unit ("half an hour") or of a scale ("two thirds of a million") is no share and keeps its value
(0.667, 0.5 hour). Corpora that keep every fraction as a number (the peer suites' 0.25) meet the
same share through `share_as_fraction`.
"""

from __future__ import annotations

import re
from typing import Optional

from .number_tables import _tables

_WORDS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def fraction_denominators(text: str) -> list[int]:
    """The denominators of the fraction words of a figure written wholly in words ("about a
    third": [3]; "three fifths": [5]); [] for a figure with a digit or no fraction word."""
    if not text or _DIGIT.search(text):
        return []
    dens = _tables().denominators
    return [dens[w] for w in _WORDS.findall(text.lower()) if w in dens]


def is_share_in_words(text: str, value, unit: Optional[str]) -> bool:
    """The figure is a share given in words and read in percent ("a quarter" as 25 percent): its
    percent is a whole number of the named fraction's parts ("two thirds": 2 of 3), which a
    fraction of a percent is not ("half a percent" is 0.5 percent, no share in words)."""
    if unit != "percent" or value is None or not 0 < float(value) < 100:
        return False
    share = float(value) / 100
    return any(round(share * d) >= 1 and abs(share * d - round(share * d)) < 1e-6 for d in fraction_denominators(text))


def share_as_fraction(text: str, value, unit: Optional[str]) -> Optional[float]:
    """The fraction a share in words stands for (0.25 for "a quarter" read as 25 percent), for a
    scorer whose corpus keeps fractions as numbers; None for any other figure."""
    return float(value) / 100 if is_share_in_words(text, value, unit) else None
