"""When two figures' dates say they speak of different moments: their as-of dates (a frame's),
else their articles' dates, and the news cycle (UPDATE_DAYS) within which a figure reported twice
is one report; and where a date lies against its article's day (past, ahead, two articles close).
Moved out of `compare/dates.py` (which judges two dates of one event) unchanged."""

from __future__ import annotations

from datetime import date
from typing import Optional

from ..models import DocumentResult
from .mentions import Mention
from .periods import gap_days, iso_date


#: Dates (ISO) further apart than this many days are different moments (an update): news
#: reports a figure as current within the news cycle of one story, which rarely runs beyond
#: three weeks; beyond it a changed figure is a new report, not a contradiction.
UPDATE_DAYS = 21


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
    """Two as-of dates more than UPDATE_DAYS apart: the gap between the periods they name
    (compare.periods: "last month" in a report of 8 October ended eight days before it)."""
    if not x or not y or compatible_iso(x, y):
        return False
    gap = gap_days(x, y)
    return gap is not None and gap > UPDATE_DAYS


def _past_year(frame, anchor: Optional[str]) -> bool:
    """A figure stated for a year already over when its article was written ("in 2023")."""
    return (frame.as_of_source == "stated" and bool(frame.as_of) and len(frame.as_of) == 4 and bool(anchor)
            and frame.as_of < anchor[:4])


def undated_past(frame) -> bool:
    """A figure of an act that came before a past one, with no date of its own ("was jailed on
    Monday for moving the money in 31 transfers": the frame's tense 'earlier'): over before the
    report, at a time the report does not say, so the report's date is no as-of for it; it is
    not a figure given as current, and a year the other report states for that act (the
    payments "from 2017 to 2020") sets it apart from nothing. A plain past act with no date
    ("the derailment injured 30 passengers") is the news of the day, and stays current."""
    return getattr(frame, "tense", None) == "earlier"


def _past_act(frame) -> bool:
    """A figure of an act the report tells as over (the frame's tense 'past' or 'earlier')."""
    return getattr(frame, "tense", None) in ("past", "earlier")


def _level(m: Mention) -> bool:
    """A figure that states a level, not an amount that adds up over time: a share ("4%") or a
    rate per period ("12 euros an hour")."""
    from .units import table

    me = m.measure
    return me is not None and (bool(me.period) or "share of total" in table().families.get(me.cls, ()))


def time_gap(a: Mention, b: Mention, anchor_a: Optional[str], anchor_b: Optional[str]) -> Optional[str]:
    """A reason when A and B speak of different moments, else None (as-of dates of the frames,
    else the publication dates). A figure's as-of is a date governing its own clause (the
    frame's): another date of the sentence dates another event ("raised $1.5bn, analysts said
    yesterday", "has run on paper since 8 November"). Only records without frames fall back on
    every date their claims state. Two acts told as over and dated by month or year ("officers
    found 14 horns" in a clause dated August, "were caught with 14 horns" in September), within
    one news cycle of each other (`apart`), are one act the two reports date to its month
    differently: one moment, so two counts of it disagree; further apart they are two acts ("in
    2021" / "in 2023"), and so are two acts given two days ("shipped 4,000 tonnes on Monday" /
    "9,000 tonnes on Tuesday"): a report that names the day names the act."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None:
        if fa.as_of_source == "stated" and fb.as_of_source == "stated":
            if fa.as_of and fb.as_of and not compatible_iso(fa.as_of, fb.as_of) \
                    and not (_past_act(fa) and _past_act(fb) and len(fa.as_of) < 10 and len(fb.as_of) < 10
                             and not apart(fa.as_of, fb.as_of)):
                return f"stated for different dates ({fa.as_of} in A, {fb.as_of} in B)"
            if fa.as_of and fb.as_of and {len(fa.as_of), len(fb.as_of)} == {4, 10} \
                    and not (_level(a) or _level(b)):
                # "treating 230 patients on 3 May 2024" and "treated 61,000 patients
                # in 2024": a count on one day and a total over a year are two figures.
                # A level (a share, a rate per hour or per year) adds nothing up over the
                # year: "the 2031 fare rise of 4%" and "fares rise 4% on 1 March 2031" are one.
                return f"stated for a day in one and a whole year in the other ({fa.as_of} in A, {fb.as_of} in B)"
    else:
        da = [d for d in a.ctx.dates if len(d) >= 7]
        db = [d for d in b.ctx.dates if len(d) >= 7]
        if da and db and not any(compatible_iso(x, y) for x in da for y in db):
            return f"stated for different dates ({da[0]} in A, {db[0]} in B)"
    if fa is not None and fb is not None and {fa.as_of_source, fb.as_of_source} == {"stated", "published"} \
            and apart(fa.as_of, fb.as_of) and _past_year(fa, anchor_a) != _past_year(fb, anchor_b) \
            and not undated_past(fa if fa.as_of_source == "published" else fb):
        # "sold 40 buses in 2021" against a figure given as current: another year's figure.
        return f"stated for different dates ({fa.as_of} in A, {fb.as_of} in B)"
    pa, pb = iso_date(anchor_a), iso_date(anchor_b)
    if pa and pb and abs((pa - pb).days) > UPDATE_DAYS:
        return f"the articles are dated {anchor_a} and {anchor_b}"
    return None


def _past(iso: str, anchor: Optional[str]) -> Optional[bool]:
    """True when a date lies wholly before its article's date, False when it does not, None
    when the article is undated."""
    day, when = iso_date(anchor), iso_date(iso)
    if day is None or when is None:
        return None
    # The last day the date covers: a year ends on 31 December, a month before the next one.
    end = date(when.year, 12, 31) if len(iso) == 4 else (
        date(when.year + (when.month == 12), when.month % 12 + 1, 1) if len(iso) == 7 else when)
    return end < day


def _ahead(iso: str, anchor: Optional[str]) -> bool:
    """The date starts after its article's day (a planned or expected event)."""
    when, day = iso_date(iso), iso_date(anchor)
    return bool(when and day and when > day)


def _close(anchors: tuple) -> bool:
    """Two articles dated within one news cycle (UPDATE_DAYS)."""
    pa, pb = iso_date(anchors[0]), iso_date(anchors[1])
    return bool(pa and pb and abs((pa - pb).days) <= UPDATE_DAYS)
