"""One figure stated more than once in a document: a headline and the body repeating it, or a
figure and its conversion in parentheses ("12 million yen (about $80,000)"); and one event's date
stated more than once (`link_date_repeats`: a headline's "roadworks start in June" and the body's
"the roadworks are to begin in June 2030", a photo caption's "on Friday" and the body's "on Friday,
12 March"). Each mention lists
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


#: A sentence ends with a stop (a headline does not).
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s*$")


def _headline_figures(figures: list[Mention]) -> list[Mention]:
    """The figures of the document's headline: its first claim when that claim is no sentence."""
    if not figures:
        return []
    first = min(figures, key=lambda m: m.claim.start).claim
    if _SENTENCE_END.search(first.text):
        return []
    return [m for m in figures if m.claim.start == first.start]


def _rounds(h: Mention, b: Mention) -> bool:
    """h gives b's figure rounded: one measure, a single value each, h written to a coarser
    step ("11%" for "11.3%", "1.2 million" for "1,187,000") and b within half that step of it.
    Headlines round the figure the body states (a headline is written short: Mårdh 1980,
    Bell 1991 ch. 9), so the two are one statement of the figure."""
    x, y = h.interval, b.interval
    if h.measure is None or h.measure != b.measure or x is None or y is None:
        return False
    if x.lo != x.hi or y.lo != y.hi or getattr(h.payload, "qualifier", None) or getattr(b.payload, "qualifier", None):
        return False
    return iv.rounds_to(x.lo, y.lo)


def _headline_rounding(figures: list[Mention], groups: DisjointSet) -> None:
    """Link each headline figure to the first body figure it rounds, unless their roles or
    holders differ. (What the figure sizes may be named shorter in a headline: "coffee" for
    "coffee futures", so the frames' measured nouns are not compared.)"""
    heads = _headline_figures(figures)
    body = sorted((m for m in figures if m not in heads), key=lambda m: m.start)
    for h in heads:
        b = next((b for b in body if _rounds(h, b)), None)
        if b is None or (h.roles and b.roles and not h.roles & b.roles):
            continue
        fh, fb = h.frame, b.frame
        if fh is not None and fb is not None and fh.holder and fb.holder and not same_actor(fh.holder, fb.holder):
            continue
        groups.union((h.start, h.end), (b.start, b.end))


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
    _headline_rounding(list(unique.values()), groups)
    members: dict = {}
    for key, m in unique.items():
        members.setdefault(groups.find(key), []).append(m)
    for m in figures:
        group = members[groups.find((m.start, m.end))]
        m.also = tuple((o.start, o.end, o.text) for o in sorted(group, key=lambda o: o.start) if (o.start, o.end) != (m.start, m.end))


def _dates_one_event(a: Mention, b: Mention) -> bool:
    """Two dates of one document that state one moment (the same ISO value at the same grain) for
    one event: their frames date one event word, or two verbs of one WordNet sense
    (compare.date_one_event.verbs_meet), neither the day of a report or of publication. A report
    restates its news in its headline, its lede and a photo caption (Bell 1991, ch. 9: the
    headline and lede abstract the story), so "blocked the bypass on Sunday" twice is one
    statement of one date; a day that dates another event ("the ferries ran late on Sunday", beside
    "drivers blocked the bypass on Sunday") is another fact, however equal its value, and so is one
    act of one verb done by two parties or to two things the words tell apart ("the Varden ferry
    sailed on Monday" / "a second ferry, the Kestrel, sailed on Monday"): in the body two sentences
    restate one date only when they name one thing (`one_participant`) that nothing tells apart
    (`date_once._told_apart`); a headline or a caption restates the news (REVIEW s35, fdd8cf9d)."""
    from .date_events import PUBLICATION, REPORT, event_of
    from .date_one_event import verbs_meet

    pa, pb = a.payload, b.payload
    if not pa.iso or pa.iso != pb.iso or pa.grain != pb.grain or pa.part != pb.part:
        return False
    ea, eb = event_of(a), event_of(b)
    if not ea or not eb or {ea, eb} & {PUBLICATION, REPORT}:
        return False
    if not (ea == eb or verbs_meet(a, b, ea, eb)):
        return False
    from ..parsers.date_patterns import CAPTION_LABEL
    from .date_once import _told_apart
    from .date_one_event import parties_clash
    from .date_things import one_participant

    if parties_clash(a, b):
        return False  # two parties' acts of one verb on one day
    if any(not _SENTENCE_END.search(m.claim.text) or CAPTION_LABEL.match(m.claim.text) for m in (a, b)):
        return True  # a headline or a caption restates the story's news
    # two sentences of the body: one thing that nothing tells apart ("the ferry" twice, not "the
    # Varden ferry" and "a second ferry, the Kestrel": two acts of one verb on one day)
    return one_participant(a, b) and not _told_apart(a, b)


def link_date_repeats(mentions: list[Mention]) -> None:
    """Fill `also` on every date the document states again for one event (`_dates_one_event`).
    Decided without the other document; it changes no alignment, only the spans a match reports.
    Dates of one value beyond MAX_REPEATS are not linked (a list or a table)."""
    by_iso: dict = {}
    for m in mentions:
        if m.kind == "date" and m.payload.iso:
            by_iso.setdefault(m.payload.iso, {}).setdefault((m.start, m.end), m)
    for same in by_iso.values():
        dates = sorted(same.values(), key=lambda m: m.start)
        if not 1 < len(dates) <= MAX_REPEATS:
            continue
        groups = DisjointSet()
        for i, a in enumerate(dates):
            for b in dates[i + 1:]:
                if _dates_one_event(a, b):
                    groups.union((a.start, a.end), (b.start, b.end))
        members: dict = {}
        for m in dates:
            members.setdefault(groups.find((m.start, m.end)), []).append(m)
        for m in mentions:
            if m.kind == "date" and (m.start, m.end) in same:
                group = members[groups.find((m.start, m.end))]
                m.also = tuple((o.start, o.end, o.text) for o in group if (o.start, o.end) != (m.start, m.end))
