"""Readings of dates named on the calendar: a month and a day ("March 11", "the 4th of
September"), all-number dates ("04/07/2026", "2026-07-04"), months and years ("May 2024", "last
March", "in March", "in three years"), bare years and years read aloud ("nineteen ninety-six").
Each reading turns one match of its pattern (date_patterns) into a `DateCandidate`, or None.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from functools import lru_cache
from typing import Optional

from .date_context import DateCandidate, DateContext, day_date, word_ok
from .date_order import DAY_FIRST, _numeric_order, weekday_before
from .date_patterns import DAY_MONTH_BEFORE, FULL_MONTH_NAME, IGNORE_CASE, PERIOD_TO, QUANTITY_BEFORE, YEAR_PREP_BEFORE, MAX_YEAR, MIN_BARE_YEAR, NUMBER_WORDS
from .days import day_num, month_num, two_digit_year, valid_date, ym, ymd
from .lexicon import CARDINALS


# ------------------------------------------------------------------ month and day, named


def _month_day(c: DateContext, m: re.Match, prio: int) -> Optional[DateCandidate]:
    """A month name and a day ("March 11", "the 4th of September"), with its year if written,
    else the publication year (or the year the tense points at), else a day still needing one."""
    text = c.text
    month = month_num(m.group("mon"))
    day = day_num(m.group("day"))
    if not month or not 1 <= day <= 31:
        return None
    if prio == 0 and not m.group("day")[0].isdigit() and not m.group("year"):
        return None  # "January first" only with its year (not "in March first-time buyers")
    start = m.start()
    if m.groupdict().get("the") and not m.group("wd"):
        start = m.start("the")
    end = m.end()
    if m.group("year"):
        return day_date(int(m.group("year")), month, day, start, end, prio)
    if not word_ok(text, m.start("mon"), m.group("mon")):
        return None
    # a bare month-day: "March 11", "the 4th of September"
    while end > start and text[end - 1] in " \t,-":
        end -= 1
    return _day_of_year(c, month, day, start, end, prio)


def _day_of_year(c: DateContext, month: int, day: int, start: int, end: int, prio: int) -> Optional[DateCandidate]:
    """A day and a month written without a year, in the publication year (gold/FORMAT.md),
    unless the tense says the date has crossed a new year: a past event on "Dec. 28" in an
    article of Jan. 5 happened last year. Without a publication date, a day still needing one."""
    ref = c.ref
    if ref is not None:
        year = ref.year
        if valid_date(year, month, day) and abs((_dt.date(year, month, day) - ref).days) > 60:
            future = c.is_future(start, end)
            if future is False and _dt.date(year, month, day) > ref:
                year -= 1
            elif future is True and _dt.date(year, month, day) < ref:
                year += 1
            elif future is None:
                year += _nearest_shift(month - ref.month)
        return day_date(year, month, day, start, end, prio, relative=True)
    if 1 <= day <= calendar.monthrange(2024, month)[1]:
        return DateCandidate(start, end, prio, None, "day", False, True, month, day)
    return None


def read_mdy(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    return _month_day(c, m, 0)


def read_dmy(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    if not m.group("the") and not m.group("day")[0].isdigit() and not re.search(r"\sof\s", m.group(0)):
        return None  # "fourth July" is not English; "fourth of July" is
    return _month_day(c, m, 1)


def read_my(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    month, year = month_num(m.group("mon")), int(m.group("year"))
    if month and word_ok(c.text, m.start(), m.group("mon")) and 1000 <= year <= MAX_YEAR:
        return DateCandidate(m.start(), m.end(), 2, ym(year, month), "month", False)
    return None


# ------------------------------------------------------------------ all-number dates


def read_num_mdy(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    a, b, ys = int(m.group("a")), int(m.group("b")), m.group("year")
    year = int(ys) if len(ys) == 4 else two_digit_year(int(ys), c.ref)
    guessed = False
    if a <= 12 and b <= 12:  # both ways valid: the document's order (date_order), else month first
        order = c.numeric_order()
        month, day = (b, a) if order == DAY_FIRST else (a, b)
        guessed = order is None and a != b  # 05/05/2026 reads the same both ways
    else:
        month, day = (a, b) if a <= 12 else (b, a)  # 21/04/2016 can only be day-first
    found = day_date(year, month, day, m.start(), m.end("year"), 0)
    return found._replace(ambiguous=True) if found is not None and guessed else found


#: "2/3 of the members": a fraction of something, never a date.
_OF_AFTER = re.compile(r"\s+of\b", IGNORE_CASE)


def read_num_dm(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    """"15/9": a day and a month with no year, read day first, and only where the document itself
    shows that it writes all-number dates so: its all-number dates with a year read one way only
    put the day first (`date_order._numeric_order`; not its dates in words, nor its country: a
    British story that writes "11 March" still names the event "9/11"), or a weekday written before
    it falls on the day-first reading (and not on the other: "Tuesday 15/9"). It stands after "on",
    "until", "till" or a weekday (date_patterns.DAY_MONTH_BEFORE), where a first number over 12,
    which can only be a day, is enough; after from/by/since/before/after/through only with a first
    number over 12 and the document's own order or its weekday ("from 23/1 overnight" is a cricket
    score, "cut by 1/3" a fraction); never before "of" ("2/3 of the seats"), never "24/7" (date_patterns.RE_NUM_DM)."""
    a, b = int(m.group("a")), int(m.group("b"))
    before = DAY_MONTH_BEFORE.search(c.text[max(0, m.start() - 14):m.start()])
    if not (1 <= b <= 12 and 1 <= a <= 31) or before is None or _OF_AFTER.match(c.text, m.end()):
        return None
    if a <= 12 and not (before.group("wd") or before.group("on")):
        return None  # "cut by 1/3", "from 1/4 to 1/2": a fraction after a preposition of change
    # a weekday before it is part of the date ("Tuesday 15/9"), as in "Tuesday, September 15"
    start = m.start() - len(before.group(0)) if before.group("wd") else m.start()
    found = _day_of_year(c, b, a, start, m.end(), 0)
    if found is None:
        return None
    shown = _numeric_order(c.text) == DAY_FIRST
    if not shown and before.group("wd"):
        # a weekday that falls on the day-first reading, and not on the other (when there is one)
        other = _day_of_year(c, a, b, start, m.end(), 0) if a <= 12 and a != b else None
        shown = bool(weekday_before(c.text, m.start(), found.iso)) and (
            other is None or weekday_before(c.text, m.start(), other.iso) is False)
    if shown or a > 12 and (before.group("on") or before.group("wd")):
        return found
    return None


def read_num_dot(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    return day_date(int(m.group("year")), int(m.group("a")), int(m.group("b")), m.start(), m.end(), 0)


def read_iso(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    mon = m.group("mon") or m.group("mon2")
    day = m.group("day") or m.group("day2")
    return day_date(int(m.group("year")), int(mon), int(day), m.start(), m.end(), 0)


def read_cjk_ymd(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    return day_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")), m.start(), m.end(), 0)


def read_num_my(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    year = int(m.group("year") or m.group("year2"))
    month = int(m.group("mon") or m.group("mon2"))
    if not 1 <= month <= 12:
        return None
    if m.group("year") and re.search(r"\bthe\s+$", c.text[max(0, m.start() - 8) : m.start()], IGNORE_CASE):
        return None  # "the 2011-12 season"
    return DateCandidate(m.start(), m.end(), 3, ym(year, month), "month", False)


def read_ym(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    month, year = month_num(m.group("mon")), int(m.group("year"))
    if month and word_ok(c.text, m.start("mon"), m.group("mon")) and year >= MIN_BARE_YEAR:
        return DateCandidate(m.start(), m.end(), 3, ym(year, month), "month", False)
    return None


def read_ymd_name(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    return day_date(int(m.group("year")), month_num(m.group("mon")), int(m.group("day")), m.start(), m.end(), 0)


# ------------------------------------------------------------------ months and years


def read_mon_relyear(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    month = month_num(m.group("mon"))
    if not month or not word_ok(c.text, m.start(), m.group("mon")):
        return None
    delta = {"last": -1, "this": 0, "next": 1}[m.group("mod").lower()]
    day = m.group("day") or m.group("day2")
    if day is not None:  # "14 September last year": the day in that year
        year = c.ref.year + delta if c.ref else None
        if year is not None and not valid_date(year, month, int(day)):
            return None
        iso = f"{year:04d}-{month:02d}-{int(day):02d}" if year is not None else None
        return DateCandidate(m.start(), m.end(), 2, iso, "day", True)
    return DateCandidate(m.start(), m.end(), 2, ym(c.ref.year + delta, month) if c.ref else None, "month", True)


def read_in_n(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    ref = c.ref
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
    if not n or c.is_future(m.start(), m.end()) is not True:
        return None  # "the highest in three years" is a stretch of time, not a date
    unit = m.group("unit").lower()  # "day" or "week" (date_patterns.RE_IN_N)
    iso = grain = None
    if ref:
        iso, grain = ymd(ref + _dt.timedelta(days=n * (7 if unit == "week" else 1))), "day"
    return DateCandidate(m.start() + 3, m.end(), 4, iso, grain, True)


def read_year(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    year = int(m.group("year"))
    if not MIN_BARE_YEAR <= year <= MAX_YEAR:
        return None
    before = c.text[max(0, m.start() - 24) : m.start()]
    if QUANTITY_BEFORE.search(before) and not YEAR_PREP_BEFORE.search(before):
        return None
    if not c.year_ok(m.start(), m.end()):
        return None
    return DateCandidate(m.start(), m.end(), 5, f"{year:04d}", "year", False)


def read_month_alone(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    month = month_num(m.group("mon"))
    if not month or not c.text[m.start("mon") : m.start("mon") + 1].isupper():
        return None
    cue = m.group("cue").strip().lower().rstrip("-")
    if cue in ("last", "this", "next", "coming", "past", "previous"):
        return _month_shifted(c, m, month, cue)
    if cue in _VALIDATED_CUES:
        before = c.text[max(0, m.start() - 40) : m.start()]
        if cue == "as" and not _AS_EARLY.search(before):
            return None  # only "as early as March", "as late as May", "as soon as June"
        if cue in ("and", "or") and not _MONTH_PAIR.search(before):
            return None  # only the second month of "between May and September"
        if cue == "for" and month == 5:
            return None  # "voted for May": a name as often as the month
        if cue == "for" and _attributive(c.text, m.end()):
            # "orders for November delivery", "the first trading day for November transactions":
            # a month naming what a thing belongs to, like "the November election"
            return _month_nearest(c, m, month, by_tense=False)
        if cue in ("the", "a", "an"):
            if month == 5 or not _NOUN_AFTER.match(c.text, m.end()):
                return None  # "the November election"; not "the May government" (a name)
            return _month_nearest(c, m, month)
    return _month_in_tense(c, m, month, cue)


_VALIDATED_CUES = frozenset({"as", "and", "or", "for", "the", "a", "an"})
_AS_EARLY = re.compile(r"\b(?:early|late|soon)\s+$", re.I)
_MONTH_PAIR = re.compile(
    rf"\b(?:between|from|in|during|by|until|since|before|after)\s+(?:early\s+|late\s+|mid-?)?(?:{FULL_MONTH_NAME})\s+$", re.I)
#: a lowercase word after an attributive month: the noun it dates ("a November vote")
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+-)?[a-z]{3,}\b")
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]{3,})\b")


def _attributive(text: str, end: int) -> bool:
    """Whether the word after a month is a content word it modifies ("November transactions"),
    not a function word ("for November and December", "for November was"): spaCy's English
    stop words (data/stop_words.txt) are function words."""
    w = _WORD_AFTER.match(text, end)
    return w is not None and w.group("w") not in _stop_words()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    from ..tables import load_lines

    return frozenset(load_lines("stop_words.txt"))


def _month_nearest(c: DateContext, m: re.Match, month: int, by_tense: bool = True) -> DateCandidate:
    """'the November election', 'a March deadline': a month naming an event is the occurrence
    nearest the publication date (within six months either way), unless the tense of the clause
    says otherwise (`by_tense`): what a past clause says its subject did has happened ("the
    April frost had destroyed the buds", published in February: last April), what a future one
    says is to come. The caller's tense test answers only for a month naming a clause's subject
    (a thing named as an object, "setting up a November election", may lie ahead of a past act).
    Not after "for" ("placed orders for October delivery"): what a thing is for lies after the
    act, whatever its tense."""
    ref, start = c.ref, m.start("mon")
    if ref is None:
        return DateCandidate(start, m.end(), 4, None, "month", False)
    iso = nearest_month(ref, month, lambda: c.is_future(start, m.end()))
    if by_tense and month != ref.month:
        year = int(iso[:4])
        ahead = (year, month) > (ref.year, ref.month)
        future = c.is_future(start, m.end())
        if ahead and future is False or not ahead and future is True:
            iso = ym(year - 1 if ahead else year + 1, month)
    return DateCandidate(start, m.end(), 4, iso, "month", True)


def nearest_month(ref: _dt.date, month: int, future) -> str:
    """The year-month of `month` nearest `ref` (within six months either way); at half a year
    either way `future()` (the tense: True, False or None) decides ("the August heatwave
    killed"): the one ahead only for a clause that looks forward, else the one behind, since
    news reports what happened far more than what is planned (as `_nearest_shift`): "down 5%
    on the January sale", written in July, is this January's."""
    diff = month - ref.month
    year = ref.year + (1 if diff < -6 else -1 if diff > 6 else 0)
    if abs(diff) == 6:
        ahead = future() is True
        year = ref.year + (0 if ahead == (diff > 0) else (1 if diff < 0 else -1))
    return ym(year, month)


def _month_shifted(c: DateContext, m: re.Match, month: int, cue: str) -> DateCandidate:
    """'last March', 'next September': the one before or after the publication date."""
    ref, start = c.ref, m.start()
    if ref is None:
        return DateCandidate(start, m.end(), 4, None, "month", True)
    if cue == "this":
        year = ref.year
    elif cue in ("last", "past", "previous"):
        year = ref.year if month < ref.month else ref.year - 1
    else:
        year = ref.year if month > ref.month else ref.year + 1
    return DateCandidate(start, m.end(), 4, ym(year, month), "month", True)


def _month_in_tense(c: DateContext, m: re.Match, month: int, cue: str) -> DateCandidate:
    """'in March', 'since March': the publication year, or the year the tense points at."""
    ref, start = c.ref, m.start("mon")
    if ref is None:
        return DateCandidate(start, m.end(), 4, None, "month", False)
    year = ref.year
    before = c.text[max(0, m.start() - 30) : m.start()]
    if cue == "since" or (cue == "to" and PERIOD_TO.search(before)):
        # "since March", "in the year to September": the latest such month (this one included)
        future = False
    else:
        future = c.is_future(start, m.end())
    if future is True and month < ref.month:
        year += 1  # "elections will be held in March" (written in November)
    elif future is False and month > ref.month:
        year -= 1  # "the plant closed in March" (written in February)
    elif future is None:
        year += _nearest_shift(month - ref.month)  # no tense: "Inflation in December" (written in January)
    return DateCandidate(start, m.end(), 4, ym(year, month), "month", True)


def _nearest_shift(diff: int) -> int:
    """Years to add to the publication year for a month `diff` months from the publication
    month when no tense says which year: -1 when the month lies more than half a year ahead
    ("Inflation in December is the highest", written in January: last December, the one
    nearest the article); else 0, the publication year (gold/FORMAT.md). News reports what
    happened far more than what is planned, so a month more than half a year back stays this
    year's ("three days after January 12th", written in September), never next year's."""
    return -1 if diff > 6 else 0


def read_spoken_year(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    return _spoken_year(c.text, c.low, m)


_YEAR_CUE = re.compile(r"\b(?:in|since|of|by|until|till|from|to|before|after|during|through|year)\s+$")


def _spoken_year(text: str, low: str, m: re.Match) -> Optional[DateCandidate]:
    """A year read aloud, or a month and such a year. Without a month before it, the words must
    follow a year cue ("in", "since", "the year") unless they are two pairs of digits no count
    is written as ("nineteen ninety-six")."""
    def value(words: Optional[str]) -> int:
        return sum(CARDINALS.get(w, 0) for w in re.split(r"[ \t-]+", words or ""))

    lo = m.group("lo")
    if m.group("hi"):
        year = CARDINALS[m.group("hi")] * 100 + value(lo)
        pairs = not m.group("hund") and m.group("hi") != "twenty" and value(lo) >= 10
    else:
        year, pairs = 2000 + value(m.group("lo2")), False
    mon = m.group("mon")
    if mon is not None and not text[m.start("mon")].isupper():
        return None
    year_start = m.start("hi") if m.group("hi") else low.find("two", m.end("mon") if mon else m.start())
    if mon is not None and "." in text[m.end("mon") - 1:year_start] and text[year_start].isupper():
        return None  # "... in May. Nineteen ninety-six was ...": a new sentence
    if mon is None and not pairs and not _YEAR_CUE.search(low, max(0, m.start() - 12), m.start()):
        return None
    if not MIN_BARE_YEAR <= year <= MAX_YEAR:
        return None
    day = m.group("d1") or m.group("d2")
    if mon is not None and not day and "," in text[m.end("mon"):year_start]:
        return None  # "in September, two thousand people marched": the words count people
    if mon is not None and day:
        return day_date(year, month_num(mon), day_num(day), m.start(), m.end(), 0)
    if mon is not None:
        return DateCandidate(m.start(), m.end(), 2, ym(year, month_num(mon)), "month", False)
    return DateCandidate(m.start(), m.end(), 5, f"{year:04d}", "year", False)


def read_day_of(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    """"the first day of 2031" (1 January), "the last day of February 2032" (the 29th): the
    calendar's first or last day of a written year or month."""
    year = int(m.group("myear") or m.group("year"))
    if not 1000 <= year <= MAX_YEAR:
        return None
    month = month_num(m.group("mon")) if m.group("mon") else None
    first = m.group("which").lower() == "first"
    if month is None:
        month, day = (1, 1) if first else (12, 31)
    else:
        day = 1 if first else calendar.monthrange(year, month)[1]
    return day_date(year, month, day, m.start(), m.end(), 0)
