"""Dates compared: when two mentions speak of different moments (as-of dates, publication
dates), and two date mentions aligned on the event they date, then judged by their ISO values."""

from __future__ import annotations

from datetime import date
from typing import Optional

from ..models import DocumentResult
from .candidates import ALIGN_MIN, CALENDAR_WORDS, CONFLICT_MIN, Alignment, Candidate
from .context import key_terms, shared_actors, shared_terms, similarity
from .mentions import Mention

#: Dates (ISO) further apart than this many days are different moments (an update): news
#: reports a figure as current within the news cycle of one story, which rarely runs beyond
#: three weeks; beyond it a changed figure is a new report, not a contradiction.
UPDATE_DAYS = 21


def iso_date(iso: Optional[str]) -> Optional[date]:
    """The day an ISO value starts on ('2025-03' -> 1 March 2025), None when there is none."""
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def compatible_iso(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def doc_anchor(result: DocumentResult) -> Optional[str]:
    """When a document is set: its publication date, else the first day-grain date it states."""
    if result.document.published:
        return result.document.published
    for claim in result.claims:
        for d in claim.dates:
            if d.iso and len(d.iso) >= 10:
                return d.iso
    return None


def apart(x: Optional[str], y: Optional[str]) -> bool:
    """Two as-of dates more than UPDATE_DAYS apart (at the precision both give)."""
    if not x or not y or compatible_iso(x, y):
        return False
    px, py = iso_date(x), iso_date(y)
    return bool(px and py and abs((px - py).days) > UPDATE_DAYS)


def time_gap(a: Mention, b: Mention, anchor_a: Optional[str], anchor_b: Optional[str]) -> Optional[str]:
    """A reason when A and B speak of different moments, else None (as-of dates of the frames,
    else the dates stated in the claims, else the publication dates)."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None and fa.as_of_source == "stated" and fb.as_of_source == "stated":
        if fa.as_of and fb.as_of and not compatible_iso(fa.as_of, fb.as_of):
            return f"stated for different dates ({fa.as_of} in A, {fb.as_of} in B)"
    else:
        da = [d for d in a.ctx.dates if len(d) >= 7]
        db = [d for d in b.ctx.dates if len(d) >= 7]
        if da and db and not any(compatible_iso(x, y) for x in da for y in db):
            return f"stated for different dates ({da[0]} in A, {db[0]} in B)"
    pa, pb = iso_date(anchor_a), iso_date(anchor_b)
    if pa and pb and abs((pa - pb).days) > UPDATE_DAYS:
        return f"the articles are dated {anchor_a} and {anchor_b}"
    return None



#: Two dates are aligned on the event they date: the same event word (from the frames), the
#: same actors and the words around them. In one story a date also meets its best-placed
#: partner on thin wording (weakly: never a conflict).
DATE_ALIGN = ALIGN_MIN
_TIME_WORDS = frozenset(key_terms("am pm gmt utc bst cet est edt pst updated published posted local time mon tue tues wed thu thur thurs fri sat sun"))


def event_of(m: Mention) -> Optional[str]:
    """What a date dates: the frame's event, or 'publication' for a dateline (a claim that is
    nothing but the date and a time)."""
    rest = m.claim.text[:max(0, m.start - m.claim.start)] + " " + m.claim.text[max(0, m.end - m.claim.start):]
    if not (set(key_terms(rest)) - _TIME_WORDS - CALENDAR_WORDS):
        return "publication"
    return m.frame.event if m.frame is not None else None


def align_dates(a: Mention, b: Mention, story: bool = False, linked: frozenset = frozenset()) -> Optional[Alignment]:
    """`linked`: pairs of date offsets (A, B) that govern two aligned figures ("a flood in
    March 2019 swept away 41 bridges"): the two dates date the same event."""
    if (a.start, b.start) in linked:
        return Alignment("event", 1.0, True)
    sim = similarity(a.ctx, b.ctx, ignore=CALENDAR_WORDS)
    terms = shared_terms(a.ctx, b.ctx, ignore=CALENDAR_WORDS)
    ea, eb = event_of(a), event_of(b)
    if (ea == "publication") != (eb == "publication"):
        return None  # a dateline dates the article, not an event
    same_event = bool(ea and ea == eb)
    actors = bool(shared_actors(a.ctx.actors, b.ctx.actors))
    grain = len(a.payload.iso or "") == len(b.payload.iso or "")  # both days, or both months
    score = sim + 0.2 * same_event + 0.05 * actors + 0.05 * grain
    strong = same_event and actors and sim >= CONFLICT_MIN
    if score >= 2 * DATE_ALIGN and (terms or actors or same_event):
        return Alignment("event" if same_event else "context", score, strong)
    if story and (same_event or grain):
        return Alignment("story", score, False)
    return None


def judge_dates(a: Mention, b: Mention, al: Alignment) -> Optional[Candidate]:
    ia, ib = a.payload.iso, b.payload.iso
    if len(ia) < 7 or len(ib) < 7:  # a bare year says too little to compare
        return None
    terms = shared_terms(a.ctx, b.ctx, ignore=CALENDAR_WORDS)
    what = event_of(a) or event_of(b) or ", ".join(terms)
    about = f"date of {what}" if what else "date"
    if ia == ib or compatible_iso(ia, ib):
        rel = "equal" if ia == ib else "refines"
        reason = f"same date {ia}" if ia == ib else f"{ia} and {ib} are the same date at different precision"
        return Candidate(a, b, "agree", rel, about, reason, al.score)
    if al.strong and len(ia) >= 10 and len(ib) >= 10 and not (a.payload.relative or b.payload.relative):
        return Candidate(a, b, "conflict", "disjoint", about, f"the same event ({what}) is dated {ia} in A and {ib} in B",
                         al.score)
    return Candidate(a, b, "related", "different-date", about, f"{ia} in A and {ib} in B (not shown to be one event)",
                     al.score)

