"""Whether two figures of one fact are stated for different moments (issue 13: disjoint values
are a conflict; disjoint values at different as-of dates are an update).

A figure's as-of is a date governing its own clause, else its article's publication date
(pipeline/frames). The clause's date dates the clause's event; what a figure states about a
thing that lasts is not tied to that event, so the date sets no moment for it."""

from __future__ import annotations

import re
from typing import Optional

from .dates import time_gap
from .mentions import Mention

#: An age ("a four-year-old", "a 90-year-old bridge") grows with time, unlike other sizes.
_AGE = re.compile(r"-old\b", re.IGNORECASE)


def lasting_size(m: Mention) -> bool:
    """The figure sizes a thing attributively ("the 380-tonne ferry", "a 15-year lease", "a
    12-storey tower"): a property the thing keeps, whatever the clause's date dates ("launched
    in 2019", "signed on Monday"). An age is no such property."""
    return m.attributive and not _AGE.search(m.payload.text or "")


def lasting_pair(a: Mention, b: Mention) -> bool:
    """Both figures size their things attributively: the dates of their clauses (a launch, a
    signing) do not make them two moments' figures, only two reports of one property."""
    return lasting_size(a) and lasting_size(b)


def rate_covers(rate: Mention, other: Mention, anchor: Optional[str]) -> bool:
    """`rate` is a yearly figure stated as current ("draws about 90,000 visitors a year", "uses
    50 bcm of gas each year": a habit, in the present) and `other` is stated for the year before
    its article's ("welcomed 95,000 visitors last year"): the habitual rate holds for last year as
    for this one, so the two speak of one moment."""
    fr, fo = rate.frame, other.frame
    if fr is None or fo is None or rate.measure.period != "year" or fr.as_of_source != "published":
        return False
    if fo.as_of_source != "stated" or not fo.as_of or len(fo.as_of) != 4 or not anchor or not anchor[:4].isdigit():
        return False
    return int(fo.as_of) == int(anchor[:4]) - 1


def figure_gap(a: Mention, b: Mention, anchor_a: Optional[str], anchor_b: Optional[str]) -> Optional[str]:
    """Why two aligned figures are stated for different moments (an update, never a
    contradiction), or None: compare.dates.time_gap, except for two lasting sizes and a yearly
    rate against last year's figure (`rate_covers`)."""
    if lasting_pair(a, b) or rate_covers(a, b, anchor_b) or rate_covers(b, a, anchor_a):
        return None
    return time_gap(a, b, anchor_a, anchor_b)
