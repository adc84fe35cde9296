"""Dates without spaCy: calendar references normalised to ISO.

The patterns live in `date_patterns`, their readings in `date_candidates`, calendar arithmetic
in `days`; this module chooses, joins and resolves. Publication dates: `published`.

How it works (cheap next to the spaCy model):

1. `find_dates(text, published)` runs a handful of precompiled regexes over the whole text
   (full dates in words and numbers, month-year, bare years, month-day, month alone after a
   preposition, weekdays, today/yesterday, last/this/next month/year, "N days ago", fixed-date
   holidays), keeps the longest non-overlapping candidates and normalises each with plain
   calendar arithmetic. Month and weekday names, ordinal words and holidays come from
   `claimtrack/data/dates.json`.
2. Relative references resolve against the publication date (`doc._.ct_published`); without
   one they get `iso=None` (listed, never guessed). A month-day without a year takes the
   publication year (gold/FORMAT.md), moved across the new year only when the tense demands it
   (a past "Dec. 28" in a January article); with no publication date, the year of a full date
   shortly before in the same paragraph (or a bare year in the same sentence), else nothing.
   Conventions: "last/this/next Friday" is Friday of the previous/current/next week; a bare
   "Friday" is the latest one (today included) unless the verb looks forward; "N days/weeks
   ago" gives a day, "N months ago" a month, "N years ago" a year (the grain the text gives);
   "in N weeks" counts only with a forward-looking verb ("the highest in three years" is not a
   date). Compounds join: "three days after Jan. 12", "Friday next week", "the 20th of next
   month", "the first Monday of March 2026"; holidays come from the table (fixed, US rules,
   Easter-based).
3. The spaCy component (claimtrack/pipeline/dates.py) adds what needs the parse: the tense that decides whether a bare
   weekday ("on Thursday") is the last or the next one, and whether a bare four-digit number
   counts things ("2000 troops") rather than naming a year ("the 2022 elections").

Vague references ("in the coming months", "recent years", "the 21st century", "decades") have
no pattern here, so they are never dates. Nothing in this module raises on any input.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import NamedTuple, Optional

from .date_candidates import FutureTest, NameTest, YearTest, DateCandidate, candidates
from .date_context import RateTest
from .date_eras import gregorian_years
from .date_order import text_order
from .date_patterns import IGNORE_CASE, MONTH_NAME, ORDINAL_WORD, PART_BEFORE, PART_OF, WEEKDAY_NAME, WEEK_AFTER, NTH, NTH_ORDINALS, NUMBER_WORDS, alternation
from .days import add_units, day_num, iso_in_range, parse_iso, valid_date, ym, ymd, nth_weekday
from .lexicon import WEEKDAYS
from .local_months import english_month_words
from ..tables import TableError

__all__ = ["FoundDate", "FutureTest", "NameTest", "YearTest", "find_dates"]


def _select(cands: list[DateCandidate]) -> list[DateCandidate]:
    """Longest non-overlapping candidates (ties: lower priority number, then earlier)."""
    taken: list[DateCandidate] = []
    starts: list[int] = []  # sorted starts of the kept, non-overlapping spans
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        if c.end <= c.start:
            continue
        i = bisect.bisect_right(starts, c.start)
        if i and ends[i - 1] > c.start:  # the kept span starting before overlaps
            continue
        if i < len(starts) and starts[i] < c.end:  # the kept span starting after overlaps
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return _merge_weekdays(taken)


_NUM = rf"(?:\d{{1,3}}|{alternation(NUMBER_WORDS)})"
_OFFSET_BEFORE = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>from|after|before)\s+$", IGNORE_CASE)
#: "for", "over" (and "the next", "up to") before "N months from <date>": the figure is how long
#: something lasts from that date ("frozen for six months from May 2"), not a shift of the date
_SPAN_BEFORE = re.compile(r"\b(?:for|over|lasting)\s+(?:(?:up\s+to|at\s+least|about|the|next|first)\s+)*$", IGNORE_CASE)
#: "12 hours", "three shifts", "twice": a figure a following "a day" makes a rate of; so does a
#: figure with the noun phrase it counts or measures ("$5 a month", "12% a year", "90,000t a year",
#: "4,000 tonnes of raw sugar a year"): "a year" after a quantity is its rate (Quirk et al. 1985,
#: 5.17, the distributive "a"), and the date after "from" is when the rate starts, not a year
#: later. Words between the figure and "a year" are the noun phrase's: no verb, auxiliary or
#: clause word among them ("20 staff will move a year from March" is an offset), and no digit glued
#: to a name before it ("G7 sanctions end a year from May": a name, not a figure).
_CLAUSE_WORD = (r"(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|being|has|have|had|do|"
                r"does|did|to|and|but|or|which|that|who|it|they|he|she|we|[^\W\d_]+(?:ed|ing))\b")
_RATE_BEFORE = re.compile(rf"(?:(?<![\w-])\b{_NUM}\s+[a-z]+s|(?<![\w-])\d[\w.,%]*(?:\s+(?!{_CLAUSE_WORD})[^\W\d_]+){{0,5}}|\btwice|\bonce"
                          rf"|\btimes)\s+$", IGNORE_CASE)
_WEEK_BEFORE = re.compile(r"\b(?P<mod>next|last|previous)\s+week(?:['’]s)?\s+(?:on\s+)?$", IGNORE_CASE)
_NTH_DAY_OF = re.compile(rf"\b(?P<the>the\s+)?(?P<day>[0-3]?\d(?:st|nd|rd|th)|{ORDINAL_WORD})(?:\s+day)?\s+of\s+$", IGNORE_CASE)
_NTH_WD_OF = re.compile(
    rf"\b(?P<the>the\s+)?(?P<nth>{NTH})\s+(?P<wd>{WEEKDAY_NAME})\s+(?:of|in)\s+$", IGNORE_CASE
)


_IN_YEAR_AFTER = re.compile(r"\s+in\s+(?P<year>(?:1[6-9]|20)\d{2})\b(?![,.]?\d)")
_MONTH_NAME = re.compile(MONTH_NAME, IGNORE_CASE)


def _in_year(text: str, c: DateCandidate) -> DateCandidate:
    """A month and day with the year after them: "on 28 June in 2020" is 2020-06-28."""
    if c.grain != "day" or not (c.relative or c.needs_year) or c.prio not in (0, 1):
        return c
    m = _IN_YEAR_AFTER.match(text, c.end)
    if m is None or not _MONTH_NAME.search(text, c.start, c.end):
        return c
    month, day = (c.month, c.day) if c.needs_year else (int(c.iso[5:7]), int(c.iso[8:10]))  # type: ignore[index]
    year = int(m.group("year"))
    if not valid_date(year, month, day):
        return c
    return c._replace(end=m.end(), iso=f"{year:04d}-{month:02d}-{day:02d}", relative=False, needs_year=False)


def _offset(before: str, c: DateCandidate, is_rate: Optional[RateTest] = None) -> DateCandidate:
    """A day shifted by the offset before it: "three days after January 12th" is January 15th.
    `is_rate(start, end)` says from the parse whether the unit word of "a year" makes a rate of
    the figure before it (None defers to the text rule, `_RATE_BEFORE`)."""
    m = _OFFSET_BEFORE.search(before)
    if m is None:
        return c
    if m.group("n").lower() in ("a", "an"):
        base = c.start - len(before)
        parse = is_rate(base + m.start("unit"), base + m.end("unit")) if is_rate is not None else None
        if parse is True or parse is None and _RATE_BEFORE.search(before, 0, m.start()):
            return c  # "six shifts a week from Friday": a rate, then the date it starts
    if m.group("dir").lower() == "from" and _SPAN_BEFORE.search(before, 0, m.start()):
        return c  # "for four months from May 2": a stretch of time that starts on the date
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
    sign = -1 if m.group("dir").lower() == "before" else 1
    day = add_units(_dt.date.fromisoformat(c.iso), sign * n, m.group("unit").lower())
    if n and day:
        c = c._replace(start=c.start - len(before) + m.start(), iso=ymd(day))
    return c


def _compounds(text: str, chosen: list[DateCandidate], ref: Optional[_dt.date],
               is_rate: Optional[RateTest] = None) -> list[DateCandidate]:
    """Join a date with the words that shift it: "three days after January 12th", "Friday next
    week", "the 20th of next month", "the first Monday of March 2025"."""
    out: list[DateCandidate] = []
    for c in chosen:
        if out and out[-1].start <= c.start and c.end <= out[-1].end:
            continue  # inside the widened mention before it ("Friday next week" holds "next week")
        before = text[max(0, c.start - 40) : c.start]
        c = _in_year(text, c)
        if c.grain in ("month", "year", "decade"):
            part = PART_BEFORE.search(before)
            if part:
                name = (part.group("w") or ("late" if part.group("end") else PART_OF[part.group("of").lower()])).lower()
                c = c._replace(start=c.start - len(before) + part.start(), part=name)
        if c.iso and c.grain == "day":
            c = _offset(before, c, is_rate)
        if c.prio == 6 and ref is not None and _WEEKDAY_ONLY.match(text[c.start : c.end]):
            wd = WEEKDAYS[text[c.start : c.end].lower()]
            after = WEEK_AFTER.match(text, c.end, min(len(text), c.end + 30))
            m = _WEEK_BEFORE.search(before)
            mod, start, end = None, c.start, c.end
            if after:
                mod, end = after.group("mod").lower().split()[-1], after.end()
            elif m:
                mod, start = m.group("mod").lower(), c.start - len(before) + m.start()
            if mod:
                shift = {"next": 7, "following": 7, "last": -7, "previous": -7, "this": 0}[mod]
                day = ref + _dt.timedelta(days=wd - ref.weekday() + shift)
                c = c._replace(start=start, end=end, iso=ymd(day))
        if c.iso and c.grain == "month":
            y, mo = int(c.iso[:4]), int(c.iso[5:7])
            m = _NTH_DAY_OF.search(before)
            w = _NTH_WD_OF.search(before)
            if m:
                day_n = day_num(m.group("day"))
                if valid_date(y, mo, day_n):
                    c = c._replace(start=c.start - len(before) + m.start(), iso=f"{y:04d}-{mo:02d}-{day_n:02d}", grain="day")
            elif w:
                day = nth_weekday(y, mo, WEEKDAYS[w.group("wd").lower()], NTH_ORDINALS[w.group("nth").lower()])
                if day:
                    c = c._replace(start=c.start - len(before) + w.start(), iso=ymd(day), grain="day")
        if out and c.start < out[-1].end:  # the widened span swallowed the previous mention
            if out[-1].prio == 6 or c.start <= out[-1].start:
                out.pop()
            else:
                c = c._replace(start=out[-1].end)
        out.append(c)
    return out


_WEEKDAY_ONLY = re.compile(rf"^{WEEKDAY_NAME}$", IGNORE_CASE)


def _merge_weekdays(chosen: list[DateCandidate]) -> list[DateCandidate]:
    """A bare weekday right before a full date ("Friday 2018-7-6", "Thu, 9/4/2025") is part of it."""
    out: list[DateCandidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.prio == 6
            and c.grain == "day"
            and c.iso
            and not c.relative
            and c.start - prev.end <= 3
        ):
            out[-1] = c._replace(start=prev.start)
            continue
        out.append(c)
    return out


_PARA_BREAK = re.compile(r"\n\s*\n")


_SENT_END = re.compile(r"[.!?][\s\"”’')]")


def _year_carries(text: str, last: DateCandidate, c: DateCandidate) -> bool:
    gap = c.start - last.end
    if last.grain == "year":
        return gap <= 60 and not _SENT_END.search(text, last.end, c.start)
    return gap <= 200 and not _PARA_BREAK.search(text, last.end, c.start)


def _inherit_years(text: str, chosen: list[DateCandidate]) -> list[DateCandidate]:
    """With no publication date: a month-day takes the year of a full date (or month and year)
    shortly before it in the same paragraph ("July 12th, 2014. July 13th" -> 2014-07-13), or of a
    bare year earlier in the same sentence ("In 2014, on July 13"); otherwise it stays null
    ("Since 1991 ... On February 24" does not make 1991-02-24)."""
    out: list[DateCandidate] = []
    last: Optional[DateCandidate] = None
    for c in chosen:
        if c.needs_year and last is not None and _year_carries(text, last, c):
            year = int(last.iso[:4])  # type: ignore[index]
            if valid_date(year, c.month, c.day):
                c = c._replace(iso=f"{year:04d}-{c.month:02d}-{c.day:02d}", needs_year=False)
        if c.iso and not c.relative and c.grain in ("day", "month", "year"):
            last = c
        out.append(c)
    return out


_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are)\s+(?:due|set|scheduled|expected|poised|slated)\s+to|plans?\s+to|"
    r"intends?\s+to|(?:is|are)\s+going\s+to)\b|['’]ll\b",
    IGNORE_CASE,
)
_PAST_WORDS = re.compile(r"\b(?:was|were|had|has\s+been|have\s+been|did|said|ago)\b", IGNORE_CASE)
_SENT_START = re.compile(r"[.!?\n][^.!?\n]*$")


def _text_future(text: str) -> FutureTest:
    """Tense from words alone: a future auxiliary earlier in the same sentence, before any past one."""

    def test(start: int, end: int) -> Optional[bool]:
        lo = max(0, start - 160)
        before = text[lo:start]
        m = _SENT_START.search(before)
        clause = before[m.start() + 1 :] if m else before
        fut = [f.end() for f in _FUTURE_WORDS.finditer(clause)]
        past = [p.end() for p in _PAST_WORDS.finditer(clause)]
        if fut and (not past or fut[-1] > past[-1]):
            return True
        return False if past else None

    return test


class FoundDate(NamedTuple):
    """One date mention as plain data: the fields of models.DateMention except its frame
    (records.py, the only place records are built, makes the DateMention)."""

    start: int
    end: int
    text: str
    iso: Optional[str] = None
    grain: Optional[str] = None
    relative: bool = False
    part: Optional[str] = None
    ambiguous: bool = False


def _first(a: Optional[bool], b: Optional[bool]) -> Optional[bool]:
    return a if a is not None else b


def _any_year(start: int, end: int) -> bool:
    return True


_OFFSET = re.compile(rf"(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>earlier|later)", IGNORE_CASE)
_GRAIN_RANK = {"day": 0, "month": 1, "year": 2}
_ANAPHOR = re.compile(
    r"(?:(?P<that>that|the\s+same)|the\s+(?P<rel>following|previous|preceding))\s+(?P<unit>day|month|year)", IGNORE_CASE)


def _period_of_anchor(text: str, c: DateCandidate, anchor: Optional[DateCandidate]) -> DateCandidate:
    """A past "year-end" or "end of the month" after a date the paragraph named as written (not
    resolved against publication), at that unit's grain or finer: the end of that date's
    period ("in March 2019 ... by year-end" is 2019's). Else `c` as read (the last one ended)."""
    unit = c.anchor_unit
    if anchor is None or anchor.relative or not anchor.iso or anchor.grain not in _GRAIN_RANK \
            or unit not in _GRAIN_RANK or _GRAIN_RANK[anchor.grain] > _GRAIN_RANK[unit] \
            or _PARA_BREAK.search(text, anchor.end, c.start):
        return c
    return c._replace(iso=anchor.iso[:4] if unit == "year" else anchor.iso[:7])


#: What may stand between a month (or a month and day) and the year anaphor that completes it:
#: "August that year", "in May of the following year", "on 3 March, the same year".
_YEAR_JOIN = re.compile(r"\s*,?\s*(?:of\s+|in\s+)?", IGNORE_CASE)


def _join_anaphoric_years(text: str, chosen: list[DateCandidate]) -> list[DateCandidate]:
    """A month, or a month and day, written without a year and followed by a year anaphor
    ("in August that year", "on 3 March of the following year") is one date: English names the
    year by reference to the last one the text gave, so the month takes that year, not the
    publication's (see _resolve_joined)."""
    out: list[DateCandidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        ana = _ANAPHOR.fullmatch(text, c.start, c.end) if c.relative else None
        if ana is not None and ana.group("unit").lower() == "year" and prev is not None and prev.relative \
                and prev.iso and prev.grain in ("month", "day") and _YEAR_JOIN.fullmatch(text, prev.end, c.start) \
                and prev.prio != 6 and _MONTH_NAME.search(text, prev.start, prev.end):
            out[-1] = prev._replace(end=c.end)
            continue
        out.append(c)
    return out


def _resolve_joined(text: str, c: DateCandidate, anchor: Optional[DateCandidate]) -> Optional[DateCandidate]:
    """A joined month-and-year-anaphor (see _join_anaphoric_years) dated by the year of the
    last date the paragraph named (shifted for "following"/"previous"), or None when there is
    none: the month of an unknown year is not guessed."""
    ana = _ANAPHOR.search(text, c.start, c.end)
    if ana is None or anchor is None or _PARA_BREAK.search(text, anchor.end, c.start) or not anchor.iso:
        return None
    shift = 0 if ana.group("that") else (1 if ana.group("rel").lower() == "following" else -1)
    year = int(anchor.iso[:4]) + shift
    month, day = int(c.iso[5:7]), int(c.iso[8:10] or 0) if c.grain == "day" else 0  # type: ignore[index]
    if c.grain == "day":
        return c._replace(iso=f"{year:04d}-{month:02d}-{day:02d}") if valid_date(year, month, day) else None
    return c._replace(iso=ym(year, month))


def _anchor_offsets(text: str, chosen: list[DateCandidate]) -> list[DateCandidate]:
    """"a year earlier", "three days later": counted from the last date the paragraph named
    before it, at the grain of the count ("It opened on 4 May 2019. Two years later it closed"
    is 2021: the text gives a year, not the day; "three days later" after a bare year is not
    guessed). TimeML normalises to the anchor's grain (2021-05-04); a claim keeps what the text
    states. With no such date the count is dropped: it
    counts from an event or a period the text does not date ("from $3 million a year earlier"
    compares with a reporting period, not with the day of publication)."""
    out: list[DateCandidate] = []
    anchor: Optional[DateCandidate] = None
    for c in _join_anaphoric_years(text, chosen):
        if c.anchor_unit:
            out.append(_period_of_anchor(text, c, anchor))
            continue
        if c.relative and c.grain in ("month", "day") and _ANAPHOR.search(text, c.start, c.end):
            joined = _resolve_joined(text, c, anchor)
            if joined is not None:
                out.append(joined)
            continue
        m = _OFFSET.fullmatch(text, c.start, c.end) if c.relative else None
        ana = _ANAPHOR.fullmatch(text, c.start, c.end) if c.relative and m is None else None
        if ana is not None:
            a = anchor if anchor is not None and not _PARA_BREAK.search(text, anchor.end, c.start) else None
            grain = ana.group("unit").lower()
            if a is None or _GRAIN_RANK[a.grain] > _GRAIN_RANK[grain]:
                continue  # "that day" after a bare year, or with no date before: not guessed
            year, month, day = int(a.iso[:4]), int(a.iso[5:7] or 1), int(a.iso[8:10] or 1)
            shift = 0 if ana.group("that") else (1 if ana.group("rel").lower() == "following" else -1)
            moved = add_units(_dt.date(year, month, day), shift, grain)
            if moved is None:
                continue
            iso = {"year": f"{moved.year:04d}", "month": ym(moved.year, moved.month)}.get(grain) or ymd(moved)
            out.append(c._replace(iso=iso, grain=grain))
            continue
        if m is None:
            if c.iso and c.grain in _GRAIN_RANK:
                anchor = c
            out.append(c)
            continue
        a = anchor if anchor is not None and not _PARA_BREAK.search(text, anchor.end, c.start) else None
        later = m.group("dir").lower() == "later"
        if a is None:
            continue
        raw, unit = m.group("n").lower(), m.group("unit").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        grain = {"week": "day"}.get(unit, unit)
        if not n or _GRAIN_RANK[a.grain] > _GRAIN_RANK[grain]:
            continue  # "three days later" after a bare year: no day to count from
        sign = 1 if later else -1
        year, month, day = int(a.iso[:4]), int(a.iso[5:7] or 1), int(a.iso[8:10] or 1)
        moved = add_units(_dt.date(year, month, day), sign * n, unit)
        if moved is None:
            continue
        iso = {"year": f"{moved.year:04d}", "month": ym(moved.year, moved.month)}.get(grain) or ymd(moved)
        out.append(c._replace(iso=iso, grain=grain))
    return out


def find_dates(
    text: str,
    published: Optional[str] = None,
    *,
    is_future: Optional[FutureTest] = None,
    year_ok: YearTest = _any_year,
    in_name: Optional[NameTest] = None,
    order: Optional[str] = None,
    is_rate: Optional[RateTest] = None,
) -> list[FoundDate]:
    """Every date mention in `text`, sorted by start, resolved against `published` (ISO) if given.

    `is_future(start, end)` says whether a bare weekday at that span refers forward (the spaCy
    component answers from the verb's tense); `year_ok(start, end)` vetoes a bare four-digit
    number that counts things; `in_name(start, end)` says whether a capitalised weekday or
    "Today" belongs to a name ("Super Tuesday", "USA Today"; the component reads the parse,
    None defers). All default to text-only answers (a future auxiliary such as "will" earlier
    in the sentence; any year; a capitalised word before it).
    An all-number date valid both ways ("04/07/2026") is read in the order the text itself shows
    (`date_order.text_order`), else in `order` (DAY_FIRST or MONTH_FIRST: the caller's, e.g.
    the story's country), else month first. `is_rate(start, end)` says whether "a year" (its unit
    word at that span) before "from DATE" makes a rate of the figure before it, so that the date
    is not shifted (the component reads the parse; None defers to the text rule).
    Never raises on what a text holds: on an internal error it returns what it has (possibly
    nothing). A data table that cannot be loaded raises (tables.TableError), naming the file.
    """
    if not isinstance(text, str) or not text:
        return []
    # a year of another era read as its Gregorian year ("3 July B.E. 2570": date_eras), a month word
    # of another language as the English month ("4 Kasım": local_months), every offset kept
    written, text = text, english_month_words(gregorian_years(text))
    ref = parse_iso(published)
    known: list[Optional[str]] = []

    def numeric_order() -> Optional[str]:  # read once, and only if an ambiguous date needs it
        if not known:
            known.append(text_order(text) or order)
        return known[0]

    words = _text_future(text)
    if is_future is None:
        is_future = words
    else:
        # where the parse has no answer, the words may add a future auxiliary of the sentence
        # ("will"), but not their past: "said" or "was" before a date is most often the
        # reporting clause's ("the museum said it was weighing later openings during the
        # March holidays"), and the parse has read the date's own clause and found no tense
        model, is_future = is_future, lambda s, e: _first(model(s, e), words(s, e) or None)
    try:
        chosen = _inherit_years(text, _compounds(text, _select(candidates(text, ref, is_future, year_ok, in_name, numeric_order)), ref, is_rate))
    except (TableError, ImportError):
        # a broken data table is no odd text: it stops the run (claimtrack.tables); nor is a
        # library that cannot be imported (holidays, babel, dateutil), which would otherwise
        # leave every relative date of every document unresolved without a word
        raise
    except Exception:
        # Resolving against the publication date failed (a sentinel such as 9999-12-31 or
        # 0001-01-01 runs off the calendar): keep every date, relative ones unresolved.
        if ref is None:
            return []
        try:
            chosen = _inherit_years(text, _compounds(text, _select(candidates(text, None, is_future, year_ok, in_name, numeric_order)), None, is_rate))
        except (TableError, ImportError):
            raise
        except Exception:  # pragma: no cover - a safety net: a date bug must not sink a document
            return []
    chosen = _anchor_offsets(text, chosen)
    out = []
    for c in chosen:
        iso = c.iso if c.iso and iso_in_range(c.iso) else None
        out.append(
            FoundDate(
                start=c.start,
                end=c.end,
                text=written[c.start : c.end],
                iso=iso,
                grain=c.grain if iso else None,
                relative=bool(c.relative and iso),
                part=c.part,
                ambiguous=c.ambiguous and bool(iso),
            )
        )
    return out
