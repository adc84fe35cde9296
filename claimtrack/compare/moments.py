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


def figure_gap(a: Mention, b: Mention, anchor_a: Optional[str], anchor_b: Optional[str]) -> Optional[str]:
    """Why two aligned figures are stated for different moments (an update, never a
    contradiction), or None: compare.dates.time_gap, except for two lasting sizes."""
    if lasting_pair(a, b):
        return None
    return time_gap(a, b, anchor_a, anchor_b)
