"""Every reading of every date pattern in a text (`_candidates`), resolved against the
publication date where it has one; `dates.find_dates` chooses among them.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Callable, NamedTuple, Optional

from .date_patterns import (
    _BEGIN_WORDS, _BEGINS, _I, _PERIOD_TO, _QUANTITY_BEFORE, _RE_AGO, _RE_ANAPHOR, _RE_DAYWORD, _RE_DECADE, _RE_DMY,
    _RE_FROM_NOW, _RE_HOLIDAY, _RE_IN_N, _RE_ISO, _RE_MDY, _RE_MON_RELYEAR, _RE_MONTH_ALONE, _RE_MY,
    _RE_NUM_DOT, _RE_NUM_MDY, _RE_NUM_MY, _RE_PERIOD, _RE_PERIOD_END, _RE_IN_PERIOD, _RE_WEEKDAY, _RE_YEAR, _RE_YM, _RE_YMD_NAME,
    _RE_AFTER_NEXT, _RE_DURATION_PART, _RE_SPOKEN_YEAR, _RE_WD_THE_DAY, _WEEK_AFTER, _YEAR_PREP_BEFORE, MAX_YEAR, MIN_BARE_YEAR, NUMBER_WORDS,
    _FULL_MON,
)
from .date_order import DAY_FIRST
from .days import _add, _day_num, _month_num, _shift_month, _two_digit_year, _valid, _ym, _ymd, holiday_date
from .lexicon import AMBIGUOUS_MONTHS, CARDINALS, WEEKDAYS
from ..tables import load_json
from .scan import RunStarts, ascii_lower, finditer_at


class _Cand(NamedTuple):
    start: int
    end: int
    prio: int  # lower wins among equal lengths
    iso: Optional[str]
    grain: Optional[str]
    relative: bool
    needs_year: bool = False  # month-day without a year and no publication date
    month: int = 0
    day: int = 0
    part: Optional[str] = None  # "early", "mid", "late": a part of the period
    #: a past "year-end", "the end of the month": the unit whose period a date the paragraph named
    #: before may give (dates._anchor_offsets)
    anchor_unit: Optional[str] = None
    #: an all-number date valid both ways whose order nothing in the document chose (month first)
    ambiguous: bool = False


def _word_ok(text: str, start: int, word: str) -> bool:
    """A month name that is also an English word ('may', 'march') counts only when capitalised."""
    return word.lower().rstrip(".") not in AMBIGUOUS_MONTHS or text[start : start + 1].isupper()


_PREV_WORD = re.compile(r"(?:^|(?<=\s))([^\s]+)[ \t]+$")
#: Capitalised words that start a sentence or a dateline rather than a name.
_NOT_NAME = frozenset(
    "on by since until till from before after through during and or but early late last this next "
    "every each as at in of for said says that the a an officials police".split()
)


def _in_name(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` continues a name ("USA Today", "Super Tuesday")."""
    if not text[start : start + 1].isupper():
        return False
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if not m:
        return False
    prev = m.group(1)
    if not prev[:1].isupper() or prev[-1:] in ".!?:;,\"“”'’)—–-" or prev.lower() in _NOT_NAME:
        return False
    return not prev.isupper() or len(prev) <= 4 and prev.isalpha()  # "USA Today", not "WASHINGTON Tuesday"


_NAMED_DAYS = frozenset(load_json("dates.json").get("named_days", ()))


def _named_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday at start..end ends a named day of data/dates.json ("Super Tuesday")."""
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    return bool(m) and f"{m.group(1).lower()} {text[start:end].lower()}" in _NAMED_DAYS


def _in_title(text: str, start: int) -> bool:
    """Whether a capitalised phrase at `start` sits inside a sentence (so is a name or a title)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\"“”'‘’\n—–-(" and start > 0


def _day_date(year: int, month: int, day: int, start: int, end: int, prio: int, relative: bool = False) -> Optional[_Cand]:
    if not _valid(year, month, day):
        return None
    return _Cand(start, end, prio, f"{year:04d}-{month:02d}-{day:02d}", "day", relative)


FutureTest = Callable[[int, int], Optional[bool]]
YearTest = Callable[[int, int], bool]
#: Whether a capitalised weekday or "Today" at (start, end) after a capitalised word is part of a
#: name ("USA Today") rather than a date ("Clinton Saturday vowed", "in Paris Tuesday"): False
#: vetoes the text rule's "name"; True or None lets it stand.
NameTest = Callable[[int, int], Optional[bool]]


class _Context(NamedTuple):
    """What every reading needs: the text (and its ASCII lower case, which the patterns scan), the
    publication date, and the caller's tests of tense, of a bare year, and of a name."""
    text: str
    low: str
    ref: Optional[_dt.date]
    is_future: FutureTest
    year_ok: YearTest
    in_name: Optional[NameTest]
    #: DAY_FIRST or MONTH_FIRST for an all-number date both ways valid ("04/07/2026"), or None
    #: (month first, as before); called only when such a date is found (see date_order).
    numeric_order: Callable[[], Optional[str]] = lambda: None

    def named(self, start: int, end: int) -> bool:
        """Whether the capitalised word at start..end is part of a name: the text rule proposes (a
        capitalised word after a capitalised word), the parse may veto."""
        if _named_day(self.text, start, end):
            return True
        return _in_name(self.text, start) and (self.in_name is None or self.in_name(start, end) is not False)


def _candidates(text: str, ref: Optional[_dt.date], is_future: FutureTest, year_ok: YearTest,
                in_name: Optional[NameTest] = None,
                numeric_order: Callable[[], Optional[str]] = lambda: None) -> list[_Cand]:
    """Every reading of every date pattern in `text`, pattern by pattern in `_READINGS` order."""
    low = ascii_lower(text)
    ctx = _Context(text, low, ref, is_future, year_ok, in_name, numeric_order)
    runs = RunStarts(low, _BEGIN_WORDS)
    out: list[_Cand] = []
    for pattern, read, original_case in _READINGS:
        words, digits = _BEGINS[pattern]
        for m in finditer_at(pattern, text if original_case else low, runs.of(words, digits)):
            c = read(ctx, m)
            if c is not None:
                out.append(c)
    return out


# ------------------------------------------------------------------ month and day, named


def _month_day(c: _Context, m: re.Match, prio: int) -> Optional[_Cand]:
    """A month name and a day ("March 11", "the 4th of September"), with its year if written,
    else the publication year (or the year the tense points at), else a day still needing one."""
    text, ref = c.text, c.ref
    month = _month_num(m.group("mon"))
    day = _day_num(m.group("day"))
    if not month or not 1 <= day <= 31:
        return None
    if prio == 0 and not m.group("day")[0].isdigit() and not m.group("year"):
        return None  # "January first" only with its year (not "in March first-time buyers")
    start = m.start()
    if m.groupdict().get("the") and not m.group("wd"):
        start = m.start("the")
    end = m.end()
    if m.group("year"):
        return _day_date(int(m.group("year")), month, day, start, end, prio)
    if not _word_ok(text, m.start("mon"), m.group("mon")):
        return None
    # a bare month-day: "March 11", "the 4th of September"
    while end > start and text[end - 1] in " \t,-":
        end -= 1
    if ref is not None:
        # the publication year (gold/FORMAT.md), unless the tense says the date has crossed a
        # new year: a past event on "Dec. 28" in an article of Jan. 5 happened last year.
        year = ref.year
        if _valid(year, month, day) and abs((_dt.date(year, month, day) - ref).days) > 60:
            future = c.is_future(start, end)
            if future is False and _dt.date(year, month, day) > ref:
                year -= 1
            elif future is True and _dt.date(year, month, day) < ref:
                year += 1
        return _day_date(year, month, day, start, end, prio, relative=True)
    if 1 <= day <= calendar.monthrange(2024, month)[1]:
        return _Cand(start, end, prio, None, "day", False, True, month, day)
    return None


def _read_mdy(c: _Context, m: re.Match) -> Optional[_Cand]:
    return _month_day(c, m, 0)


def _read_dmy(c: _Context, m: re.Match) -> Optional[_Cand]:
    if not m.group("the") and not m.group("day")[0].isdigit() and not re.search(r"\sof\s", m.group(0)):
        return None  # "fourth July" is not English; "fourth of July" is
    return _month_day(c, m, 1)


def _read_my(c: _Context, m: re.Match) -> Optional[_Cand]:
    month, year = _month_num(m.group("mon")), int(m.group("year"))
    if month and _word_ok(c.text, m.start(), m.group("mon")) and 1000 <= year <= MAX_YEAR:
        return _Cand(m.start(), m.end(), 2, _ym(year, month), "month", False)
    return None


# ------------------------------------------------------------------ all-number dates


def _read_num_mdy(c: _Context, m: re.Match) -> Optional[_Cand]:
    a, b, ys = int(m.group("a")), int(m.group("b")), m.group("year")
    year = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), c.ref)
    guessed = False
    if a <= 12 and b <= 12:  # both ways valid: the document's order (date_order), else month first
        order = c.numeric_order()
        month, day = (b, a) if order == DAY_FIRST else (a, b)
        guessed = order is None and a != b  # 05/05/2026 reads the same both ways
    else:
        month, day = (a, b) if a <= 12 else (b, a)  # 21/04/2016 can only be day-first
    found = _day_date(year, month, day, m.start(), m.end("year"), 0)
    return found._replace(ambiguous=True) if found is not None and guessed else found


def _read_num_dot(c: _Context, m: re.Match) -> Optional[_Cand]:
    return _day_date(int(m.group("year")), int(m.group("a")), int(m.group("b")), m.start(), m.end(), 0)


def _read_iso(c: _Context, m: re.Match) -> Optional[_Cand]:
    mon = m.group("mon") or m.group("mon2")
    day = m.group("day") or m.group("day2")
    return _day_date(int(m.group("year")), int(mon), int(day), m.start(), m.end(), 0)


def _read_num_my(c: _Context, m: re.Match) -> Optional[_Cand]:
    year = int(m.group("year") or m.group("year2"))
    month = int(m.group("mon") or m.group("mon2"))
    if not 1 <= month <= 12:
        return None
    if m.group("year") and re.search(r"\bthe\s+$", c.text[max(0, m.start() - 8) : m.start()], _I):
        return None  # "the 2011-12 season"
    return _Cand(m.start(), m.end(), 3, _ym(year, month), "month", False)


def _read_ym(c: _Context, m: re.Match) -> Optional[_Cand]:
    month, year = _month_num(m.group("mon")), int(m.group("year"))
    if month and _word_ok(c.text, m.start("mon"), m.group("mon")) and year >= MIN_BARE_YEAR:
        return _Cand(m.start(), m.end(), 3, _ym(year, month), "month", False)
    return None


def _read_ymd_name(c: _Context, m: re.Match) -> Optional[_Cand]:
    return _day_date(int(m.group("year")), _month_num(m.group("mon")), int(m.group("day")), m.start(), m.end(), 0)


# ------------------------------------------------------------------ months and years


def _read_mon_relyear(c: _Context, m: re.Match) -> Optional[_Cand]:
    month = _month_num(m.group("mon"))
    if not month or not _word_ok(c.text, m.start(), m.group("mon")):
        return None
    delta = {"last": -1, "this": 0, "next": 1}[m.group("mod").lower()]
    day = m.group("day") or m.group("day2")
    if day is not None:  # "14 September last year": the day in that year
        year = c.ref.year + delta if c.ref else None
        if year is not None and not _valid(year, month, int(day)):
            return None
        iso = f"{year:04d}-{month:02d}-{int(day):02d}" if year is not None else None
        return _Cand(m.start(), m.end(), 2, iso, "day", True)
    return _Cand(m.start(), m.end(), 2, _ym(c.ref.year + delta, month) if c.ref else None, "month", True)


def _read_in_n(c: _Context, m: re.Match) -> Optional[_Cand]:
    ref = c.ref
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
    if not n or c.is_future(m.start(), m.end()) is not True:
        return None  # "the highest in three years" is a stretch of time, not a date
    unit = m.group("unit").lower()
    iso = grain = None
    if ref:
        if unit in ("day", "week"):
            iso, grain = _ymd(ref + _dt.timedelta(days=n * (7 if unit == "week" else 1))), "day"
        elif unit == "month":
            iso, grain = _ym(*_shift_month(ref.year, ref.month, n)), "month"
        else:
            iso, grain = f"{ref.year + n:04d}", "year"
    return _Cand(m.start() + 3, m.end(), 4, iso, grain, True)


def _read_year(c: _Context, m: re.Match) -> Optional[_Cand]:
    year = int(m.group("year"))
    if not MIN_BARE_YEAR <= year <= MAX_YEAR:
        return None
    before = c.text[max(0, m.start() - 24) : m.start()]
    if _QUANTITY_BEFORE.search(before) and not _YEAR_PREP_BEFORE.search(before):
        return None
    if not c.year_ok(m.start(), m.end()):
        return None
    return _Cand(m.start(), m.end(), 5, f"{year:04d}", "year", False)


def _read_month_alone(c: _Context, m: re.Match) -> Optional[_Cand]:
    month = _month_num(m.group("mon"))
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
        if cue in ("the", "a", "an"):
            if month == 5 or not _NOUN_AFTER.match(c.text, m.end()):
                return None  # "the November election"; not "the May government" (a name)
            return _month_nearest(c, m, month)
    return _month_in_tense(c, m, month, cue)


_VALIDATED_CUES = frozenset({"as", "and", "or", "the", "a", "an"})
_AS_EARLY = re.compile(r"\b(?:early|late|soon)\s+$", re.I)
_MONTH_PAIR = re.compile(
    rf"\b(?:between|from|in|during|by|until|since|before|after)\s+(?:early\s+|late\s+|mid-?)?(?:{_FULL_MON})\s+$", re.I)
#: a lowercase word after an attributive month: the noun it dates ("a November vote")
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+-)?[a-z]{3,}\b")


def _month_nearest(c: _Context, m: re.Match, month: int) -> _Cand:
    """'the November election', 'a March deadline': a month naming an event is the occurrence
    nearest the publication date (within six months either way)."""
    ref, start = c.ref, m.start("mon")
    if ref is None:
        return _Cand(start, m.end(), 4, None, "month", False)
    diff = month - ref.month
    year = ref.year + (1 if diff < -6 else -1 if diff > 6 else 0)
    if abs(diff) == 6:  # half a year either way: the tense decides ("the August heatwave killed")
        future = c.is_future(start, m.end())
        year = ref.year + (0 if (future is False) == (diff < 0) else (1 if diff < 0 else -1))
    return _Cand(start, m.end(), 4, _ym(year, month), "month", True)


def _month_shifted(c: _Context, m: re.Match, month: int, cue: str) -> _Cand:
    """'last March', 'next September': the one before or after the publication date."""
    ref, start = c.ref, m.start()
    if ref is None:
        return _Cand(start, m.end(), 4, None, "month", True)
    if cue == "this":
        year = ref.year
    elif cue in ("last", "past", "previous"):
        year = ref.year if month < ref.month else ref.year - 1
    else:
        year = ref.year if month > ref.month else ref.year + 1
    return _Cand(start, m.end(), 4, _ym(year, month), "month", True)


def _month_in_tense(c: _Context, m: re.Match, month: int, cue: str) -> _Cand:
    """'in March', 'since March': the publication year, or the year the tense points at."""
    ref, start = c.ref, m.start("mon")
    if ref is None:
        return _Cand(start, m.end(), 4, None, "month", False)
    year = ref.year
    before = c.text[max(0, m.start() - 30) : m.start()]
    if cue == "since" or (cue == "to" and _PERIOD_TO.search(before)):
        # "since March", "in the year to September": the latest such month (this one included)
        future = False
    else:
        future = c.is_future(start, m.end())
    if future is True and month < ref.month:
        year += 1  # "elections will be held in March" (written in November)
    elif future is False and month > ref.month:
        year -= 1  # "the plant closed in March" (written in February)
    return _Cand(start, m.end(), 4, _ym(year, month), "month", True)


# ------------------------------------------------------------------ relative days and periods


def _read_dayword(c: _Context, m: re.Match) -> Optional[_Cand]:
    if not m.group("pre") and c.named(m.start(), m.end()):
        return None  # "USA Today", "Russia Today"
    w = " ".join(m.group("w").lower().split())
    delta = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1}[w]
    if m.group("ba"):
        delta += -1 if m.group("ba").lower() == "before" else 1
    iso = _ymd(c.ref + _dt.timedelta(days=delta)) if c.ref else None
    return _Cand(m.start(), m.end(), 4, iso, "day", True)


def _read_period(c: _Context, m: re.Match) -> Optional[_Cand]:
    text, ref = c.text, c.ref
    mod, unit = m.group("mod").lower(), m.group("unit").lower()
    if mod in ("past", "coming", "following"):
        return None  # "the past year", "the coming months": a stretch of time, not a calendar month/year
    if mod != "current" and re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], _I):
        return None  # "the last month" is a duration ("the current month" is not)
    if text[m.start("unit")].isupper() and text[m.start()].isupper() and _in_title(text, m.start()):
        return None  # "ABC's This Week", "Next Year Country": a title, not a date
    delta = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[mod]
    iso = None
    if ref:
        if unit == "year":
            iso = f"{ref.year + delta:04d}"
        elif unit == "week":  # a week is named by its Monday (ISO 8601 weeks start on Monday)
            iso = _ymd(ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=7 * delta))
        else:
            iso = _ym(*_shift_month(ref.year, ref.month, delta))
    return _Cand(m.start(), m.end(), 4, iso, unit, True)


def _period_iso(ref: Optional[_dt.date], unit: str) -> Optional[str]:
    """The week (its Monday), month or year `ref` stands in."""
    if ref is None:
        return None
    if unit == "year":
        return f"{ref.year:04d}"
    if unit == "week":
        return _ymd(ref - _dt.timedelta(days=ref.weekday()))
    return _ym(ref.year, ref.month)


_SINCE_BEFORE = re.compile(r"\bsince\s+$")


def _read_period_end(c: _Context, m: re.Match) -> Optional[_Cand]:
    """"year-end", "the end of the month": the late part of a period the text does not name: the
    current one ("will close by year-end" in a March article is this year's), except after
    "since", which needs a point already past (the last one ended: "up 4% since year-end"), and
    in a past clause after a date the paragraph named (dates._anchor_offsets: "In 2019 it hired
    300; by year-end it had 500" is 2019's)."""
    unit = (m.group("u1") or m.group("u2") or m.group("u3")).lower()
    if _SINCE_BEFORE.search(c.low, max(0, m.start() - 8), m.start()):
        before = None
        if c.ref is not None:
            before = _add(c.ref, -1, unit) if unit != "week" else c.ref - _dt.timedelta(days=7)
        return _Cand(m.start(), m.end(), 4, _period_iso(before, unit), unit, True, part="late")
    past = c.is_future(m.start(), m.end()) is False
    return _Cand(m.start(), m.end(), 4, _period_iso(c.ref, unit), unit, True, part="late",
                 anchor_unit=unit if past else None)


def _read_in_period(c: _Context, m: re.Match) -> Optional[_Cand]:
    """"later in the year", "the year to date": the current period, or in a past clause the one a
    date the paragraph named before stands in ("In 2019 it opened; later in the year it closed")."""
    unit = (m.group("u1") or m.group("u2")).lower()
    past = c.is_future(m.start(), m.end()) is False
    return _Cand(m.start(), m.end(), 4, _period_iso(c.ref, unit), unit, True, anchor_unit=unit if past else None)


def _read_decade(c: _Context, m: re.Match) -> Optional[_Cand]:
    return _Cand(m.start(), m.end(), 5, m.group("dec"), "decade", False)


def _read_from_now(c: _Context, m: re.Match) -> Optional[_Cand]:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
    day = _add(c.ref, n, m.group("unit").lower()) if c.ref and n else None
    return _Cand(m.start(), m.end(), 4, _ymd(day) if day else None, "day", True)


def _read_ago(c: _Context, m: re.Match) -> Optional[_Cand]:
    ref = c.ref
    direction = m.group("dir").lower()
    if m.group("more"):
        return _ago_several(m, ref) if direction == "ago" else None
    raw = m.group("n").lower()
    n = NUMBER_WORDS.get(raw) if not raw.isdigit() else int(raw)
    unit = m.group("unit").lower()
    if not n:
        return None
    if direction != "ago":
        # "two years later", "a year earlier" count from a time the text has named
        # (dates.find_dates anchors them to the date before them in the paragraph), never from
        # the publication date
        return _Cand(m.start(), m.end(), 4, None, None, True)
    iso = grain = None
    if ref:
        if unit in ("day", "week"):
            iso, grain = _ymd(ref - _dt.timedelta(days=n * (7 if unit == "week" else 1))), "day"
        elif unit == "month":
            iso, grain = _ym(*_shift_month(ref.year, ref.month, -n)), "month"
        else:
            iso, grain = f"{ref.year - n:04d}", "year"
    return _Cand(m.start(), m.end(), 4, iso, grain, True)


def _read_anaphor(c: _Context, m: re.Match) -> Optional[_Cand]:
    """"that year", "the following day": unresolved here; dates.find_dates dates it from the date
    the paragraph named before it, or drops it."""
    return _Cand(m.start(), m.end(), 4, None, None, True)


def _read_weekday(c: _Context, m: re.Match) -> Optional[_Cand]:
    text, ref = c.text, c.ref
    wd_word = m.group("wd")
    if not m.group("mod") and not text[m.start("wd") : m.start("wd") + 1].isupper() \
            and not _WEEK_AFTER.match(text, m.end(), min(len(text), m.end() + 30)):
        return None  # a lowercase weekday counts when a week shifts it: "tuesday of next week"
    if not m.group("mod") and c.named(m.start("wd"), m.end("wd")):
        return None  # "Super Tuesday", "Bloody Sunday": names, not dates
    wd = WEEKDAYS[wd_word.lower()]
    mod = (m.group("mod") or "").lower().split()[-1:] or [""]
    iso = _ymd(_weekday_day(c, m, ref, wd, mod[0])) if ref else None
    return _Cand(m.start(), m.end(), 6, iso, "day", True)


def _weekday_day(c: _Context, m: re.Match, ref: _dt.date, wd: int, mod: str) -> _dt.date:
    """The day a weekday names, by its modifier ('next Tuesday') or else by the tense."""
    if mod == "this":  # the one in the current week
        return ref + _dt.timedelta(days=wd - ref.weekday())
    if mod in ("next", "following"):  # the one in the next week
        return ref + _dt.timedelta(days=wd - ref.weekday() + 7)
    if mod in ("last", "previous"):  # the one in the previous week
        return ref + _dt.timedelta(days=wd - ref.weekday() - 7)
    if mod == "past":  # "this past Wednesday": the most recent one before today
        return ref - _dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
    if mod in ("coming", "upcoming"):  # "this coming Friday": the first one after today
        return ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    back = (ref.weekday() - wd) % 7
    future = c.is_future(m.start("wd"), m.end("wd"))
    if future:
        # the publication's own weekday is that day: a Tuesday story's "late on Tuesday"
        return ref + _dt.timedelta(days=(wd - ref.weekday()) % 7)
    return ref - _dt.timedelta(days=back)


def _read_holiday(c: _Context, m: re.Match) -> Optional[_Cand]:
    text, ref = c.text, c.ref
    name = m.group("h").lower()
    if not text[m.start("h") : m.start("h") + 1].isupper() and not (m.group("year") or m.group("mod")):
        return None
    if m.group("year"):
        hday = holiday_date(name, int(m.group("year")))
        return _Cand(m.start(), m.end(), 1, _ymd(hday), "day", False) if hday else None
    if not ref:
        return None
    this = holiday_date(name, ref.year)
    if this is None:
        return None
    mod = (m.group("mod") or "").lower()
    if mod == "this":
        hday = this
    elif mod in ("last", "previous"):
        hday = this if this < ref else holiday_date(name, ref.year - 1)
    elif mod:
        hday = this if this > ref else holiday_date(name, ref.year + 1)
    else:
        # a bare "Easter", "Thanksgiving": the one the tense points at, else this year's
        future = c.is_future(m.start("h"), m.end())
        if future is False and this > ref:
            hday = holiday_date(name, ref.year - 1)
        elif future is True and this < ref:
            hday = holiday_date(name, ref.year + 1)
        else:
            hday = this
    return _Cand(m.start(), m.end(), 1, _ymd(hday), "day", True) if hday else None


def _read_spoken_year(c: _Context, m: re.Match) -> Optional[_Cand]:
    return _spoken_year(c.text, c.low, m)


def _read_wd_the_day(c: _Context, m: re.Match) -> Optional[_Cand]:
    raw = re.sub(r"[ \t]+", "-", m.group("day"))
    ref = c.ref
    day = _weekday_the_day(ref, WEEKDAYS[m.group("wd")], _day_num(raw), c.is_future(m.start(), m.end())) if ref else None
    return _Cand(m.start(), m.end(), 0, _ymd(day) if day else None, "day", True)


def _read_after_next(c: _Context, m: re.Match) -> Optional[_Cand]:
    ref = c.ref
    unit = m.group("unit")
    iso = None
    if ref:
        if unit == "year":
            iso = f"{ref.year + 2:04d}"
        elif unit == "week":
            iso = _ymd(ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=14))
        else:
            iso = _ym(*_shift_month(ref.year, ref.month, 2))
    return _Cand(m.start(), m.end(), 4, iso, unit, True)


Reading = Callable[[_Context, re.Match], Optional[_Cand]]
#: (pattern, its reading, whether it scans the original case rather than the lower case), in the
#: order candidates are listed (`dates._select` breaks ties by it).
_READINGS: tuple[tuple[re.Pattern, Reading, bool], ...] = (
    (_RE_MDY, _read_mdy, False),
    (_RE_DMY, _read_dmy, False),
    (_RE_MY, _read_my, False),
    (_RE_NUM_MDY, _read_num_mdy, False),
    (_RE_NUM_DOT, _read_num_dot, False),
    (_RE_ISO, _read_iso, False),
    (_RE_NUM_MY, _read_num_my, False),
    (_RE_YM, _read_ym, False),
    (_RE_YMD_NAME, _read_ymd_name, False),
    (_RE_MON_RELYEAR, _read_mon_relyear, False),
    (_RE_IN_N, _read_in_n, False),
    (_RE_YEAR, _read_year, True),  # the original case: street names are capitalised
    (_RE_MONTH_ALONE, _read_month_alone, False),
    (_RE_DAYWORD, _read_dayword, False),
    (_RE_PERIOD, _read_period, False),
    (_RE_PERIOD_END, _read_period_end, False),
    (_RE_IN_PERIOD, _read_in_period, False),
    (_RE_DECADE, _read_decade, False),
    (_RE_FROM_NOW, _read_from_now, False),
    (_RE_AGO, _read_ago, False),
    (_RE_ANAPHOR, _read_anaphor, False),
    (_RE_WEEKDAY, _read_weekday, False),
    (_RE_HOLIDAY, _read_holiday, False),
    (_RE_SPOKEN_YEAR, _read_spoken_year, False),
    (_RE_WD_THE_DAY, _read_wd_the_day, False),
    (_RE_AFTER_NEXT, _read_after_next, False),
)


def _ago_several(m: re.Match, ref: Optional[_dt.date]) -> _Cand:
    """'a year and six months ago', '1 month, 21 days ago': every part counted back, to the grain
    of the finest unit written."""
    parts = [(p.group("unit").lower(), int(p.group("n")) if p.group("n").isdigit() else NUMBER_WORDS.get(p.group("n").lower(), 0))
             for p in _RE_DURATION_PART.finditer(m.string, m.start(), m.start("dir"))]
    units = {u for u, _ in parts}
    grain = "day" if units & {"day", "week"} else "month" if "month" in units else "year"
    if ref is None:
        return _Cand(m.start(), m.end(), 4, None, grain, True)
    months = sum(n * (12 if u == "year" else 1) for u, n in parts if u in ("year", "month"))
    days = sum(n * (7 if u == "week" else 1) for u, n in parts if u in ("week", "day"))
    day = _add(ref, -months, "month")
    day = day - _dt.timedelta(days=days) if day else None
    if day is None:
        return _Cand(m.start(), m.end(), 4, None, grain, True)
    iso = _ymd(day) if grain == "day" else _ym(day.year, day.month) if grain == "month" else f"{day.year:04d}"
    return _Cand(m.start(), m.end(), 4, iso, grain, True)


def _weekday_the_day(ref: _dt.date, weekday: int, day: int, future: Optional[bool]) -> Optional[_dt.date]:
    """The date within half a year of `ref` whose day of the month is `day` and whose weekday is
    `weekday` ("Friday the 13th"): the first on or after `ref` for a forward-looking verb, the
    latest on or before it for a past one, else the nearest."""
    found = []
    for delta in range(-6, 7):
        y, mo = _shift_month(ref.year, ref.month, delta)
        if _valid(y, mo, day) and _dt.date(y, mo, day).weekday() == weekday:
            found.append(_dt.date(y, mo, day))
    if future is True:
        found = [d for d in found if d >= ref]
    elif future is False:
        found = [d for d in found if d <= ref]
    return min(found, key=lambda d: abs((d - ref).days), default=None)


_YEAR_CUE = re.compile(r"\b(?:in|since|of|by|until|till|from|to|before|after|during|through|year)\s+$")


def _spoken_year(text: str, low: str, m: re.Match) -> Optional[_Cand]:
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
        return _day_date(year, _month_num(mon), _day_num(day), m.start(), m.end(), 0)
    if mon is not None:
        return _Cand(m.start(), m.end(), 2, _ym(year, _month_num(mon)), "month", False)
    return _Cand(m.start(), m.end(), 5, f"{year:04d}", "year", False)
