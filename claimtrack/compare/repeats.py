"""One figure stated more than once in a document: a headline and the body repeating it, or a
figure and its conversion in parentheses ("12 million yen (about $80,000)"). Each mention lists
the others' spans (`Mention.also`, the diff's `also`), so a reader, the ledger and the pair
scorer see every place a source states the fact, whichever occurrence was aligned.

Decided without the other document, and it changes no alignment: only what a match reports."""

from __future__ import annotations

import re

from . import intervals as iv
from .groups import DisjointSet
from .mention import Mention
from .context import same_actor
from .quantities import _frames_differ
from .units import conversion

#: What stands between a figure and its conversion: an opening parenthesis, perhaps a hedge
#: ("$250,000 (about 340 million won)", "2,800 metres (9,200 ft)").
_PAREN = re.compile(r"^\s*\(\s*(?:about|around|roughly|some|approximately|nearly|almost|or|c\.|~|≈)?\s*$", re.IGNORECASE)


def _converted(a: Mention, b: Mention) -> bool:
    """b follows a in parentheses and gives the same figure in another currency or unit."""
    if a.claim.id != b.claim.id or a.end > b.start:
        return False
    between = a.claim.text[a.end - a.claim.start:b.start - a.claim.start]
    if not _PAREN.match(between):
        return False
    ma, mb = a.measure, b.measure
    if ma is None or mb is None:
        return False
    if ma.currency and mb.currency:
        return ma.currency != mb.currency
    ca, cb = conversion(a.payload.unit), conversion(b.payload.unit)
    return bool(ca and cb and ca.dimension == cb.dimension)


def _repeated(a: Mention, b: Mention) -> bool:
    """The same figure of one measure twice ("a 48-hour strike" in the headline, "the walkout
    will last 48 hours" below), nothing saying it belongs to two holders or two groups."""
    if a.measure is None or a.measure != b.measure or a.interval is None or b.interval is None:
        return False
    if iv.relate(a.interval, b.interval) != iv.EQUAL:
        return False
    if a.roles and b.roles and not a.roles & b.roles:
        return False
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return not _frames_differ(a, b)
    if fa.holder and fb.holder and not same_actor(fa.holder, fb.holder):
        return False
    ma, mb = set(fa.modifiers or ()), set(fb.modifiers or ())
    return not (ma and mb and not ma & mb)


#: Figures of one measure and value in a document beyond this many are not linked (a table or
#: a list, not a fact restated): linking stays linear in the document's size.
MAX_REPEATS = 20


def link_repeats(mentions: list[Mention]) -> None:
    """Fill `also` on every figure stated more than once in the document."""
    figures = [m for m in mentions if m.kind == "quantity"]
    unique: dict[tuple, Mention] = {}
    for m in figures:
        unique.setdefault((m.start, m.end), m)
    groups = DisjointSet()
    by_value: dict[tuple, list] = {}
    for m in unique.values():
        if m.measure is not None and m.interval is not None:
            by_value.setdefault((m.measure, m.interval), []).append(m)
        for b in m.claim_figures or ():  # the figure right after it in its sentence
            if b.start >= m.end and (_converted(m, b) or _converted(b, m)):
                groups.union((m.start, m.end), (b.start, b.end))
    for same in by_value.values():
        if 1 < len(same) <= MAX_REPEATS:
            for i, a in enumerate(same):
                for b in same[i + 1:]:
                    if _repeated(a, b):
                        groups.union((a.start, a.end), (b.start, b.end))
    members: dict = {}
    for key, m in unique.items():
        members.setdefault(groups.find(key), []).append(m)
    for m in figures:
        group = members[groups.find((m.start, m.end))]
        m.also = tuple((o.start, o.end, o.text) for o in sorted(group, key=lambda o: o.start) if (o.start, o.end) != (m.start, m.end))
