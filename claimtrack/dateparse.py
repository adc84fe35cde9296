"""Dates without spaCy: calendar references normalised to ISO, and publication-date helpers.

Ingest uses `find_dateline` and `normalise_published` without importing spaCy, so a run
served entirely from the cache never loads it.

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
import calendar
import datetime as _dt
import re
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Callable, Iterable, Iterator, NamedTuple, Optional

from .scan import RunStarts, ascii_lower, finditer_at, first_words
from .tables import load_json

_TABLE = load_json("dates.json")
MONTHS: dict[str, int] = _TABLE["months"]
AMBIGUOUS_MONTHS = frozenset(_TABLE["ambiguous_months"])
WEEKDAYS: dict[str, int] = _TABLE["weekdays"]
ORDINAL_WORDS: dict[str, int] = _TABLE["ordinal_words"]
NUMBER_WORDS: dict[str, int] = _TABLE["number_words"]
HOLIDAYS: dict[str, list[int]] = _TABLE["holidays"]
LIBRARY_HOLIDAYS: dict[str, dict[str, str]] = _TABLE["library_holidays"]
MOVABLE_HOLIDAYS: dict[str, dict] = _TABLE["movable_holidays"]
_HOLIDAY_NAMES = list(HOLIDAYS) + list(LIBRARY_HOLIDAYS) + list(MOVABLE_HOLIDAYS)
EVENT_NOUNS = frozenset(_TABLE["event_nouns"])
SCHEDULE_NOUNS = frozenset(_TABLE.get("schedule_nouns", ()))
PERIOD_NOUNS = frozenset(_TABLE.get("period_nouns", ()))
PLAN_VERBS = frozenset(_TABLE.get("plan_verbs", ()))

#: Only these years count as a bare year; inside a full date any 4-digit year >= 1000 does.
MIN_BARE_YEAR, MAX_YEAR = 1600, 2099


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON = rf"(?:{_alt(MONTHS)})(?![a-z])\.?"
_FULL_MON = rf"(?:{_alt(k for k in MONTHS if len(k) > 3 or k == 'may')})"
_WD_WORDS = [k for k in WEEKDAYS if len(k) > 4]
_WD = rf"(?:{_alt(_WD_WORDS)})"
_ORDW = rf"(?:{_alt(ORDINAL_WORDS)})"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2})"
_YEAR_END = r"(?![\d])(?!,\d{3})"  # not '2025,000' nor a longer number
_WD_PREFIX = rf"(?:(?P<wd>{_WD}),?\s+(?:the\s+)?)?"
_I = re.IGNORECASE
#: The big patterns run over an ASCII-lowercased copy of the text (same length, same offsets),
#: which is several times faster than IGNORECASE; capitalisation is checked on the original.
_LOW = 0


#: "September 4, 2025", "Sept. 4", "Dec. 31 , 1994", "July 4th of 1995", "Sep-23-2020"
_RE_MDY = re.compile(
    rf"\b{_WD_PREFIX}(?P<mon>{_MON})[ \t\-]?(?P<day>{_DAY})(?![\d:])(?!\s*(?:%|percent\b|per\s+cent\b))"
    rf"(?:(?:\s*,\s*|[ \t]+|\s*-\s*|\s+of\s+)(?P<year>{_YEAR}){_YEAR_END})?\b",
    _LOW,
)
#: "4 September 2025", "the 4th of September", "fourth of July 1995", "05-Aug-2016"
_RE_DMY = re.compile(
    rf"(?<![\d,.])\b{_WD_PREFIX}(?P<the>the\s+)?(?P<day>{_DAY}|{_ORDW})(?:\s+of|\.)?(?:[ \t]+|-|/)(?P<mon>{_MON})"
    rf"(?:(?:\s*,\s*|[ \t]+|-|/|\s+of\s+)(?P<year>{_YEAR}){_YEAR_END})?\b",
    _LOW,
)
#: "March 2025", "June of 1999", "Sept. 2025"
_RE_MY = re.compile(
    rf"\b(?P<mon>{_MON})(?:\s+of\s+|\s*,\s*|[ \t]+|[/\-])(?P<year>{_YEAR}){_YEAR_END}(?![/\-.]\d)", _LOW
)
#: "2016 November", "2016, nov" (year first)
_RE_YM = re.compile(rf"(?<![\d,.\-/])\b(?P<year>{_YEAR})(?:\s*,\s*|[ \t]+)(?P<mon>{_MON})(?![ \t]*\d)", _LOW)
#: "2019/aug/01", "2019-sep-1" (year, month name, day)
_RE_YMD_NAME = re.compile(rf"(?<![\d])(?P<year>{_YEAR})(?P<sep>[/\-])(?P<mon>{_MON})(?P=sep)(?P<day>[0-3]?\d)(?!\d)", _LOW)
#: "March next year", "June of last year" (the month of a relative year)
_RE_MON_RELYEAR = re.compile(rf"\b(?P<mon>{_FULL_MON})(?:\s+of)?\s+(?P<mod>last|this|next)\s+year\b", _LOW)
#: "in two weeks", "in 3 years" (only when the verb looks forward: "will leave in 2 weeks")
_RE_IN_N = re.compile(
    rf"\bin\s+(?P<n>\d{{1,3}}|{_alt(NUMBER_WORDS)})\s+(?P<unit>day|week|month|year)s?\b(?!['’]\s*time)(?![\s-]+(?:old|long|time|period|window))",
    _LOW,
)
#: "9/4/2025", "21/04/2016", "03/18/40"
_RE_NUM_MDY = re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/\-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}(?!\d)|\d{2}(?!\d))(?![/\-]\d)"
)
#: "04.09.2025" (day first, the European order that uses dots)
_RE_NUM_DOT = re.compile(r"(?<![\d.])(?P<b>\d{1,2})\.(?P<a>\d{1,2})\.(?P<year>\d{4})(?![\d.])")
#: "2025-09-04", "2025/09/04", "2015.5.13", "20161016"
_RE_ISO = re.compile(
    r"(?<!\d)(?P<year>(?:1[6-9]|20)\d{2})(?:(?P<sep>[\-/.])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"|(?P<mon2>[01]\d)(?P<day2>[0-3]\d))(?![\d])(?!\.\d)"
)
#: "2016-11", "3/2015", "11 / 2016"
_RE_NUM_MY = re.compile(
    r"(?<![\d/.\-])(?:(?P<year>(?:1[6-9]|20)\d{2})\s*[\-/]\s*(?P<mon>\d{1,2})|(?P<mon2>\d{1,2})\s*[\-/]\s*(?P<year2>(?:1[6-9]|20)\d{2}))"
    r"(?![\d/\-])(?!\s+(?:season|campaign|term|session|school|academic|fiscal|financial|winter|summer)\b)"
)
#: a bare year: "in 2022", "since 1991", "Ukraine 2025"
_RE_YEAR = re.compile(
    r"(?:(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-)|(?<![\d,.\-/:#+$€£¥]))\b(?P<year>\d{4})\b(?![,.]\d)(?![\-/:]\d)(?!\s*(?:%|percent\b|per\s+cent\b))"
    # not a clock time ("at 1800 GMT") nor a street number ("1600 Pennsylvania Avenue")
    r"(?!\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|(?i:hours|hrs|local\s+time|zulu))\b)"
    r"(?!(?:\s+[A-Z][\w.]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Square)\b)"
)
_QUANTITY_BEFORE = re.compile(
    r"(?:about|around|approximately|nearly|almost|roughly|some|over|than|least|most|only|just|"
    r"total\s+of|number|no\.|page|pages|route|room|flight|article|section|rule|model|"
    r"resolution|[$€£¥])\s*$",
    _I,
)
_YEAR_PREP_BEFORE = re.compile(r"(?:\b(?:in|since|by|until|till|from|through|during|before|after|of|year|the|early|late|mid|end)[\s-]*)$", _I)
#: "in March", "since January", "last September", "mid-March": a month alone after a cue word
_RE_MONTH_ALONE = re.compile(
    rf"(?P<cue>\b(?:in|since|by|until|till|from|to|through|during|before|after|early|late|mid|end\s+of|"
    rf"beginning\s+of|start\s+of|middle\s+of|last|this|next|coming|past|previous)(?:\s+|-))(?P<mon>{_FULL_MON})\b(?!\s*\d)",
    _LOW,
)
#: "the year to March", "the three months to June": a period counted back from a month
_PERIOD_TO = re.compile(rf"\b(?:{_alt(PERIOD_NOUNS) or 'year'})\s+$", _I)
#: "yesterday", "today", "the day after tomorrow"
_RE_DAYWORD = re.compile(
    r"\b(?P<pre>the\s+day\s+(?P<ba>before|after)\s+)?(?P<w>today|yesterday|tomorrow)\b", _LOW
)
#: "last month", "this year", "next week", "earlier this year" (the span is "this year")
_RE_PERIOD = re.compile(
    r"\b(?P<mod>last|this|next|past|previous|coming|following)\s+(?P<unit>week|month|year)\b(?!s)", _LOW
)
#: "the 1990s", "1960's": a decade (ISO 8601 reduced precision: "199")
_RE_DECADE = re.compile(r"(?<![\d,.\-/'’$€£¥])(?P<dec>(?:1[6-9]|20)\d)0['’]?s\b")
#: "early March", "mid-2026", "late 1990s", "the middle of October", "the end of 2024": a part of
#: a month, year or decade (written before the date the candidate found)
_PART_BEFORE = re.compile(
    r"(?:\b(?P<w>early|mid|late)[\s-]+|\b(?:the\s+)?(?P<of>beginning|start|middle|end)\s+of\s+(?:the\s+)?)$", _I
)
_PART_OF = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}
#: "three days ago", "a year ago", "two weeks ago"
_RE_AGO = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_alt(NUMBER_WORDS)})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago)\b",
    _LOW,
)
#: "two weeks from now"
_RE_FROM_NOW = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{_alt(NUMBER_WORDS)})\s+(?P<unit>day|week|month|year)s?\s+from\s+now\b", _LOW
)
#: "Thursday", "last Friday", "next Monday" (full names, capitalised or not)
_RE_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>(?:this\s+)?(?:past|coming|upcoming)|last|this|next|previous|following)\s+)?(?P<wd>{_WD})\b",
    _LOW,
)
#: "Christmas Day 2024", "last Christmas", "New Year's Eve"
_RE_HOLIDAY = re.compile(
    rf"\b(?:(?P<mod>last|this|next|previous|following)\s+)?(?P<h>{_alt(_HOLIDAY_NAMES)})"
    rf"(?:(?:\s*,\s*|\s+|\s+of\s+)(?P<year>{_YEAR}){_YEAR_END})?(?![\w'’])",
    _LOW,
)

#: Where each pattern can begin (for `finditer_at`): the words it can start with (None: anywhere)
#: and whether it can start with a digit. Kept in step with the patterns above (the first word
#: of each alternative); tests/test_dateparse_scan.py compares the scans with plain finditer.
_DIGITS_ONLY: tuple[Optional[frozenset[str]], bool] = (frozenset(), True)
_RELATIVE_MODS = ["last", "this", "next", "previous", "following"]
_BEGINS: dict[re.Pattern, tuple[Optional[frozenset[str]], bool]] = {
    _RE_MDY: (first_words(_WD_WORDS, MONTHS), False),
    _RE_DMY: (first_words(_WD_WORDS, ["the"], ORDINAL_WORDS), True),
    _RE_MY: (first_words(MONTHS), False),
    _RE_YM: _DIGITS_ONLY,
    _RE_YMD_NAME: _DIGITS_ONLY,
    _RE_MON_RELYEAR: (first_words(MONTHS), False),
    _RE_IN_N: (first_words(["in"]), False),
    _RE_NUM_MDY: _DIGITS_ONLY,
    _RE_NUM_DOT: _DIGITS_ONLY,
    _RE_ISO: _DIGITS_ONLY,
    _RE_NUM_MY: _DIGITS_ONLY,
    _RE_YEAR: _DIGITS_ONLY,
    _RE_DECADE: _DIGITS_ONLY,
    _RE_MONTH_ALONE: (first_words(
        "in since by until till from to through during before after early late mid end beginning start middle "
        "last this next coming past previous".split()), False),
    _RE_DAYWORD: (first_words(["the", "today", "yesterday", "tomorrow"]), False),
    _RE_PERIOD: (first_words(_RELATIVE_MODS, ["past", "coming"]), False),
    _RE_AGO: (first_words(NUMBER_WORDS), True),
    _RE_FROM_NOW: (first_words(NUMBER_WORDS), True),
    _RE_WEEKDAY: (first_words(_RELATIVE_MODS, ["past", "coming", "upcoming"], _WD_WORDS), False),
    _RE_HOLIDAY: (first_words(_RELATIVE_MODS, _HOLIDAY_NAMES), False),
}
_BEGIN_WORDS = frozenset().union(*(words or () for words, _ in _BEGINS.values()))


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


def _parse_iso(value: Optional[str]) -> Optional[_dt.date]:
    if not value or not isinstance(value, str):
        return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _valid(year: int, month: int, day: int) -> bool:
    return 1000 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _day_num(raw: str) -> int:
    raw = raw.lower()
    if raw in ORDINAL_WORDS:
        return ORDINAL_WORDS[raw]
    digits = re.match(r"\d+", raw)
    return int(digits.group(0)) if digits else 0


def _month_num(raw: str) -> int:
    return MONTHS.get(raw.lower().rstrip("."), 0)


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _ymd(d: _dt.date) -> str:
    return d.isoformat()


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _two_digit_year(yy: int, ref: Optional[_dt.date]) -> int:
    pivot = (ref.year if ref else 2030) + 20  # '27 -> 2027 and '40 -> 1940 from 2016
    year = 2000 + yy
    return year if year <= pivot else year - 100


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


def _in_title(text: str, start: int) -> bool:
    """Whether a capitalised phrase at `start` sits inside a sentence (so is a name or a title)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\"“”'‘’\n—–-(" and start > 0


def _day_date(year: int, month: int, day: int, start: int, end: int, prio: int, relative: bool = False) -> Optional[_Cand]:
    if not _valid(year, month, day):
        return None
    return _Cand(start, end, prio, f"{year:04d}-{month:02d}-{day:02d}", "day", relative)


def easter(year: int) -> _dt.date:
    """Western (Gregorian) Easter Sunday, from dateutil."""
    from dateutil.easter import EASTER_WESTERN, easter as _easter

    return _easter(year, EASTER_WESTERN)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> Optional[_dt.date]:
    """The nth (1-based; -1 = last) given weekday (Monday 0) of a month, or None."""
    if nth > 0:
        first = _dt.date(year, month, 1)
        day = first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = _dt.date(year, month, calendar.monthrange(year, month)[1])
        day = last - _dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    return day if day.month == month else None


@lru_cache(maxsize=256)
def _library_holidays(country: str, year: int) -> dict[str, _dt.date]:
    """{English holiday name: date} of one country and year, from the `holidays` package."""
    import holidays

    try:
        days = holidays.country_holidays(country, years=year, categories=("public", "unofficial"), language="en_US")
    except (NotImplementedError, KeyError, ValueError):
        days = holidays.country_holidays(country, years=year)
    out: dict[str, _dt.date] = {}
    for day, names in sorted(days.items()):
        for name in str(names).split("; "):
            out.setdefault(name, day)
    return out


def holiday_date(name: str, year: int) -> Optional[_dt.date]:
    """The date of a holiday named in dates.json in a given year, or None."""
    try:
        name = name.lower()
        if not 1 <= year <= 9999:
            return None
        if name in LIBRARY_HOLIDAYS:
            entry = LIBRARY_HOLIDAYS[name]
            return _library_holidays(entry["country"], year).get(entry["holiday"])
        if name in HOLIDAYS:
            month, day = HOLIDAYS[name]
            return _dt.date(year, month, day)
        rule = MOVABLE_HOLIDAYS.get(name)
        if rule is None:
            return None
        if "easter" in rule:
            return easter(year) + _dt.timedelta(days=rule["easter"])
        base = holiday_date(rule["after"], year)
        return base + _dt.timedelta(days=rule["days"]) if base else None
    except (ValueError, OverflowError, ImportError):
        return None


FutureTest = Callable[[int, int], Optional[bool]]
YearTest = Callable[[int, int], bool]


def _candidates(text: str, ref: Optional[_dt.date], is_future: FutureTest, year_ok: YearTest) -> list[_Cand]:
    out: list[_Cand] = []
    add = out.append
    low = ascii_lower(text)
    runs = RunStarts(low, _BEGIN_WORDS)

    def scan(pattern: re.Pattern, source: str = low) -> Iterator[re.Match]:
        words, digits = _BEGINS[pattern]
        return finditer_at(pattern, source, runs.of(words, digits))

    def month_day(m, prio: int) -> None:
        month = _month_num(m.group("mon"))
        day = _day_num(m.group("day"))
        if not month or not 1 <= day <= 31:
            return
        start = m.start()
        if m.groupdict().get("the") and not m.group("wd"):
            start = m.start("the")
        end = m.end()
        if m.group("year"):
            c = _day_date(int(m.group("year")), month, day, start, end, prio)
            if c:
                add(c)
            return
        if not _word_ok(text, m.start("mon"), m.group("mon")):
            return
        # a bare month-day: "March 11", "the 4th of September"
        while end > start and text[end - 1] in " \t,-":
            end -= 1
        if ref is not None:
            # the publication year (gold/FORMAT.md), unless the tense says the date has crossed a
            # new year: a past event on "Dec. 28" in an article of Jan. 5 happened last year.
            year = ref.year
            if _valid(year, month, day) and abs((_dt.date(year, month, day) - ref).days) > 60:
                future = is_future(start, end)
                if future is False and _dt.date(year, month, day) > ref:
                    year -= 1
                elif future is True and _dt.date(year, month, day) < ref:
                    year += 1
            c = _day_date(year, month, day, start, end, prio, relative=True)
            if c:
                add(c)
        elif 1 <= day <= calendar.monthrange(2024, month)[1]:
            add(_Cand(start, end, prio, None, "day", False, True, month, day))

    for m in scan(_RE_MDY):
        month_day(m, 0)
    for m in scan(_RE_DMY):
        if not m.group("the") and not m.group("day")[0].isdigit() and not re.search(r"\sof\s", m.group(0)):
            continue  # "fourth July" is not English; "fourth of July" is
        month_day(m, 1)
    for m in scan(_RE_MY):
        month, year = _month_num(m.group("mon")), int(m.group("year"))
        if month and _word_ok(text, m.start(), m.group("mon")) and 1000 <= year <= MAX_YEAR:
            add(_Cand(m.start(), m.end(), 2, _ym(year, month), "month", False))
    for m in scan(_RE_NUM_MDY):
        a, b, ys = int(m.group("a")), int(m.group("b")), m.group("year")
        year = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ref)
        month, day = (a, b) if a <= 12 else (b, a)  # US order first; 21/04/2016 is day-first
        c = _day_date(year, month, day, m.start(), m.end("year"), 0)
        if c:
            add(c)
    for m in scan(_RE_NUM_DOT):
        c = _day_date(int(m.group("year")), int(m.group("a")), int(m.group("b")), m.start(), m.end(), 0)
        if c:
            add(c)
    for m in scan(_RE_ISO):
        mon = m.group("mon") or m.group("mon2")
        day = m.group("day") or m.group("day2")
        c = _day_date(int(m.group("year")), int(mon), int(day), m.start(), m.end(), 0)
        if c:
            add(c)
    for m in scan(_RE_NUM_MY):
        year = int(m.group("year") or m.group("year2"))
        month = int(m.group("mon") or m.group("mon2"))
        if not 1 <= month <= 12:
            continue
        if m.group("year") and re.search(r"\bthe\s+$", text[max(0, m.start() - 8) : m.start()], _I):
            continue  # "the 2011-12 season"
        add(_Cand(m.start(), m.end(), 3, _ym(year, month), "month", False))
    for m in scan(_RE_YM):
        month, year = _month_num(m.group("mon")), int(m.group("year"))
        if month and _word_ok(text, m.start("mon"), m.group("mon")) and year >= MIN_BARE_YEAR:
            add(_Cand(m.start(), m.end(), 3, _ym(year, month), "month", False))
    for m in scan(_RE_YMD_NAME):
        c = _day_date(int(m.group("year")), _month_num(m.group("mon")), int(m.group("day")), m.start(), m.end(), 0)
        if c:
            add(c)
    for m in scan(_RE_MON_RELYEAR):
        month = _month_num(m.group("mon"))
        if not month or not _word_ok(text, m.start(), m.group("mon")):
            continue
        delta = {"last": -1, "this": 0, "next": 1}[m.group("mod").lower()]
        add(_Cand(m.start(), m.end(), 2, _ym(ref.year + delta, month) if ref else None, "month", True))
    for m in scan(_RE_IN_N):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        if not n or is_future(m.start(), m.end()) is not True:
            continue  # "the highest in three years" is a stretch of time, not a date
        unit = m.group("unit").lower()
        iso = grain = None
        if ref:
            if unit in ("day", "week"):
                iso, grain = _ymd(ref + _dt.timedelta(days=n * (7 if unit == "week" else 1))), "day"
            elif unit == "month":
                iso, grain = _ym(*_shift_month(ref.year, ref.month, n)), "month"
            else:
                iso, grain = f"{ref.year + n:04d}", "year"
        add(_Cand(m.start() + 3, m.end(), 4, iso, grain, True))
    for m in scan(_RE_YEAR, text):  # the original case: street names are capitalised
        year = int(m.group("year"))
        if not MIN_BARE_YEAR <= year <= MAX_YEAR:
            continue
        before = text[max(0, m.start() - 24) : m.start()]
        if _QUANTITY_BEFORE.search(before) and not _YEAR_PREP_BEFORE.search(before):
            continue
        if not year_ok(m.start(), m.end()):
            continue
        add(_Cand(m.start(), m.end(), 5, f"{year:04d}", "year", False))
    for m in scan(_RE_MONTH_ALONE):
        word = m.group("mon")
        month = _month_num(word)
        if not month or not text[m.start("mon") : m.start("mon") + 1].isupper():
            continue
        cue = m.group("cue").strip().lower().rstrip("-")
        if cue in ("last", "this", "next", "coming", "past", "previous"):
            start = m.start()
            if ref is None:
                add(_Cand(start, m.end(), 4, None, "month", True))
                continue
            if cue == "this":
                year = ref.year
            elif cue in ("last", "past", "previous"):
                year = ref.year if month < ref.month else ref.year - 1
            else:
                year = ref.year if month > ref.month else ref.year + 1
            add(_Cand(start, m.end(), 4, _ym(year, month), "month", True))
        else:
            start = m.start("mon")
            if ref is None:
                add(_Cand(start, m.end(), 4, None, "month", False))
                continue
            year = ref.year
            before = text[max(0, m.start() - 30) : m.start()]
            if cue == "since" or (cue == "to" and _PERIOD_TO.search(before)):
                # "since March", "in the year to March": the latest such month (this one included)
                future = False
            else:
                future = is_future(start, m.end())
            if future is True and month < ref.month:
                year += 1  # "elections will be held in March" (written in November)
            elif future is False and month > ref.month:
                year -= 1  # "the plant closed in March" (written in February)
            add(_Cand(start, m.end(), 4, _ym(year, month), "month", True))
    for m in scan(_RE_DAYWORD):
        if not m.group("pre") and _in_name(text, m.start()):
            continue  # "USA Today", "Russia Today"
        w = m.group("w").lower()
        delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[w]
        if m.group("ba"):
            delta += -1 if m.group("ba").lower() == "before" else 1
        iso = _ymd(ref + _dt.timedelta(days=delta)) if ref else None
        add(_Cand(m.start(), m.end(), 4, iso, "day", True))
    for m in scan(_RE_PERIOD):
        mod, unit = m.group("mod").lower(), m.group("unit").lower()
        if mod in ("past", "coming", "following"):
            continue  # "the past year", "the coming months": a stretch of time, not a calendar month/year
        if re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], _I):
            continue  # "the last month" is a duration
        if text[m.start("unit")].isupper() and text[m.start()].isupper() and _in_title(text, m.start()):
            continue  # "ABC's This Week", "Next Year Country": a title, not a date
        delta = {"last": -1, "previous": -1, "this": 0, "next": 1}[mod]
        iso = None
        if ref:
            if unit == "year":
                iso = f"{ref.year + delta:04d}"
            elif unit == "week":  # a week is named by its Monday (ISO 8601 weeks start on Monday)
                iso = _ymd(ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=7 * delta))
            else:
                iso = _ym(*_shift_month(ref.year, ref.month, delta))
        add(_Cand(m.start(), m.end(), 4, iso, unit, True))
    for m in scan(_RE_DECADE):
        add(_Cand(m.start(), m.end(), 5, m.group("dec"), "decade", False))
    for m in scan(_RE_FROM_NOW):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        day = _add(ref, n, m.group("unit").lower()) if ref and n else None
        add(_Cand(m.start(), m.end(), 4, _ymd(day) if day else None, "day", True))
    for m in scan(_RE_AGO):
        raw = m.group("n").lower()
        n = NUMBER_WORDS.get(raw) if not raw.isdigit() else int(raw)
        unit = m.group("unit").lower()
        if not n or m.group("dir").lower() != "ago":
            continue
        iso = grain = None
        if ref:
            if unit in ("day", "week"):
                iso, grain = _ymd(ref - _dt.timedelta(days=n * (7 if unit == "week" else 1))), "day"
            elif unit == "month":
                iso, grain = _ym(*_shift_month(ref.year, ref.month, -n)), "month"
            else:
                iso, grain = f"{ref.year - n:04d}", "year"
        add(_Cand(m.start(), m.end(), 4, iso, grain, True))
    for m in scan(_RE_WEEKDAY):
        wd_word = m.group("wd")
        if not m.group("mod") and not text[m.start("wd") : m.start("wd") + 1].isupper():
            continue
        if not m.group("mod") and _in_name(text, m.start("wd")):
            continue  # "Super Tuesday", "Bloody Sunday": names, not dates
        wd = WEEKDAYS[wd_word.lower()]
        mod = (m.group("mod") or "").lower().split()[-1:] or [""]
        mod = mod[0]
        iso = None
        if ref:
            if mod == "this":  # the one in the current week
                day = ref + _dt.timedelta(days=wd - ref.weekday())
            elif mod in ("next", "following"):  # the one in the next week
                day = ref + _dt.timedelta(days=wd - ref.weekday() + 7)
            elif mod in ("last", "previous"):  # the one in the previous week
                day = ref + _dt.timedelta(days=wd - ref.weekday() - 7)
            elif mod == "past":  # "this past Wednesday": the most recent one before today
                day = ref - _dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
            elif mod in ("coming", "upcoming"):  # "this coming Friday": the first one after today
                day = ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
            else:
                back = (ref.weekday() - wd) % 7
                future = is_future(m.start("wd"), m.end("wd"))
                if future:
                    day = ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
                else:
                    day = ref - _dt.timedelta(days=back)
            iso = _ymd(day)
        add(_Cand(m.start(), m.end(), 6, iso, "day", True))
    for m in scan(_RE_HOLIDAY):
        name = m.group("h").lower()
        if not text[m.start("h") : m.start("h") + 1].isupper() and not (m.group("year") or m.group("mod")):
            continue
        if m.group("year"):
            hday = holiday_date(name, int(m.group("year")))
            if hday:
                add(_Cand(m.start(), m.end(), 1, _ymd(hday), "day", False))
        elif ref:
            this = holiday_date(name, ref.year)
            if this is None:
                continue
            mod = (m.group("mod") or "").lower()
            if mod == "this":
                hday = this
            elif mod in ("last", "previous"):
                hday = this if this < ref else holiday_date(name, ref.year - 1)
            elif mod:
                hday = this if this > ref else holiday_date(name, ref.year + 1)
            else:
                # a bare "Easter", "Thanksgiving": the one the tense points at, else this year's
                future = is_future(m.start("h"), m.end())
                if future is False and this > ref:
                    hday = holiday_date(name, ref.year - 1)
                elif future is True and this < ref:
                    hday = holiday_date(name, ref.year + 1)
                else:
                    hday = this
            if hday:
                add(_Cand(m.start(), m.end(), 1, _ymd(hday), "day", True))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest non-overlapping candidates (ties: lower priority number, then earlier)."""
    taken: list[_Cand] = []
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


_NUM = rf"(?:\d{{1,3}}|{_alt(NUMBER_WORDS)})"
_OFFSET_BEFORE = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>from|after|before)\s+$", _I)
_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<mod>next|last|this|previous|the\s+following)\s+week\b", _I)
_WEEK_BEFORE = re.compile(r"\b(?P<mod>next|last|previous)\s+week(?:['’]s)?\s+(?:on\s+)?$", _I)
_NTH_DAY_OF = re.compile(rf"\b(?P<the>the\s+)?(?P<day>[0-3]?\d(?:st|nd|rd|th)|{_ORDW})(?:\s+day)?\s+of\s+$", _I)
_NTH_WD_OF = re.compile(
    rf"\b(?P<the>the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{_WD})\s+(?:of|in)\s+$", _I
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _add(day: _dt.date, n: int, unit: str) -> Optional[_dt.date]:
    try:
        if unit == "day":
            return day + _dt.timedelta(days=n)
        if unit == "week":
            return day + _dt.timedelta(days=7 * n)
        months = n * (12 if unit == "year" else 1)
        y, m = _shift_month(day.year, day.month, months)
        return _dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))
    except (ValueError, OverflowError):
        return None


def _compounds(text: str, chosen: list[_Cand], ref: Optional[_dt.date]) -> list[_Cand]:
    """Join a date with the words that shift it: "three days after January 12th", "Friday next
    week", "the 20th of next month", "the first Monday of March 2025"."""
    out: list[_Cand] = []
    for c in chosen:
        if out and out[-1].start <= c.start and c.end <= out[-1].end:
            continue  # inside the widened mention before it ("Friday next week" holds "next week")
        before = text[max(0, c.start - 40) : c.start]
        if c.grain in ("month", "year", "decade"):
            part = _PART_BEFORE.search(before)
            if part:
                name = (part.group("w") or _PART_OF[part.group("of").lower()]).lower()
                c = c._replace(start=c.start - len(before) + part.start(), part=name)
        if c.iso and c.grain == "day":
            m = _OFFSET_BEFORE.search(before)
            if m:
                raw = m.group("n").lower()
                n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
                sign = -1 if m.group("dir").lower() == "before" else 1
                day = _add(_dt.date.fromisoformat(c.iso), sign * n, m.group("unit").lower())
                if n and day:
                    c = c._replace(start=c.start - len(before) + m.start(), iso=_ymd(day))
        if c.prio == 6 and ref is not None and _WEEKDAY_ONLY.match(text[c.start : c.end]):
            wd = WEEKDAYS[text[c.start : c.end].lower()]
            after = _WEEK_AFTER.match(text, c.end, min(len(text), c.end + 30))
            m = _WEEK_BEFORE.search(before)
            mod, start, end = None, c.start, c.end
            if after:
                mod, end = after.group("mod").lower().split()[-1], after.end()
            elif m:
                mod, start = m.group("mod").lower(), c.start - len(before) + m.start()
            if mod:
                shift = {"next": 7, "following": 7, "last": -7, "previous": -7, "this": 0}[mod]
                day = ref + _dt.timedelta(days=wd - ref.weekday() + shift)
                c = c._replace(start=start, end=end, iso=_ymd(day))
        if c.iso and c.grain == "month":
            y, mo = int(c.iso[:4]), int(c.iso[5:7])
            m = _NTH_DAY_OF.search(before)
            w = _NTH_WD_OF.search(before)
            if m:
                day_n = _day_num(m.group("day"))
                if _valid(y, mo, day_n):
                    c = c._replace(start=c.start - len(before) + m.start(), iso=f"{y:04d}-{mo:02d}-{day_n:02d}", grain="day")
            elif w:
                day = nth_weekday(y, mo, WEEKDAYS[w.group("wd").lower()], _NTH[w.group("nth").lower()])
                if day:
                    c = c._replace(start=c.start - len(before) + w.start(), iso=_ymd(day), grain="day")
        if out and c.start < out[-1].end:  # the widened span swallowed the previous mention
            if out[-1].prio == 6 or c.start <= out[-1].start:
                out.pop()
            else:
                c = c._replace(start=out[-1].end)
        out.append(c)
    return out


_WEEKDAY_ONLY = re.compile(rf"^{_WD}$", _I)


def _merge_weekdays(chosen: list[_Cand]) -> list[_Cand]:
    """A bare weekday right before a full date ("Friday 2018-7-6", "Thu, 9/4/2025") is part of it."""
    out: list[_Cand] = []
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


def _year_carries(text: str, last: _Cand, c: _Cand) -> bool:
    gap = c.start - last.end
    if last.grain == "year":
        return gap <= 60 and not _SENT_END.search(text, last.end, c.start)
    return gap <= 200 and not _PARA_BREAK.search(text, last.end, c.start)


def _inherit_years(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """With no publication date: a month-day takes the year of a full date (or month and year)
    shortly before it in the same paragraph ("July 12th, 2014. July 13th" -> 2014-07-13), or of a
    bare year earlier in the same sentence ("In 2014, on July 13"); otherwise it stays null
    ("Since 1991 ... On February 24" does not make 1991-02-24)."""
    out: list[_Cand] = []
    last: Optional[_Cand] = None
    for c in chosen:
        if c.needs_year and last is not None and _year_carries(text, last, c):
            year = int(last.iso[:4])  # type: ignore[index]
            if _valid(year, c.month, c.day):
                c = c._replace(iso=f"{year:04d}-{c.month:02d}-{c.day:02d}", needs_year=False)
        if c.iso and not c.relative and c.grain in ("day", "month", "year"):
            last = c
        out.append(c)
    return out


_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are)\s+(?:due|set|scheduled|expected|poised|slated)\s+to|plans?\s+to|"
    r"intends?\s+to|(?:is|are)\s+going\s+to)\b|['’]ll\b",
    _I,
)
_PAST_WORDS = re.compile(r"\b(?:was|were|had|has\s+been|have\s+been|did|said|ago)\b", _I)
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


def _first(a: Optional[bool], b: Optional[bool]) -> Optional[bool]:
    return a if a is not None else b


def _any_year(start: int, end: int) -> bool:
    return True


def find_dates(
    text: str,
    published: Optional[str] = None,
    *,
    is_future: Optional[FutureTest] = None,
    year_ok: YearTest = _any_year,
) -> list[FoundDate]:
    """Every date mention in `text`, sorted by start, resolved against `published` (ISO) if given.

    `is_future(start, end)` says whether a bare weekday at that span refers forward (the spaCy
    component answers from the verb's tense); `year_ok(start, end)` vetoes a bare four-digit
    number that counts things. Both default to text-only answers (a future auxiliary such as
    "will" earlier in the sentence; any year).
    Never raises: on an internal error it returns what it has (possibly nothing).
    """
    if not isinstance(text, str) or not text:
        return []
    ref = _parse_iso(published)
    words = _text_future(text)
    if is_future is None:
        is_future = words
    else:
        model, is_future = is_future, lambda s, e: _first(model(s, e), words(s, e))
    try:
        chosen = _inherit_years(text, _compounds(text, _select(_candidates(text, ref, is_future, year_ok)), ref))
    except Exception:
        # Resolving against the publication date failed (a sentinel such as 9999-12-31 or
        # 0001-01-01 runs off the calendar): keep every date, relative ones unresolved.
        if ref is None:
            return []
        try:
            chosen = _inherit_years(text, _compounds(text, _select(_candidates(text, None, is_future, year_ok)), None))
        except Exception:  # pragma: no cover - a safety net: a date bug must not sink a document
            return []
    out = []
    for c in chosen:
        iso = c.iso if c.iso and _iso_in_range(c.iso) else None
        out.append(
            FoundDate(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                iso=iso,
                grain=c.grain if iso else None,
                relative=bool(c.relative and iso),
                part=c.part,
            )
        )
    return out


def _iso_in_range(iso: str) -> bool:
    """ISO 8601 (basic) years run 0001-9999 ('197' is the 1970s): "next year" from 9999 has no
    ISO value, nor has the year before 0001."""
    year = iso.split("-", 1)[0]
    return year.isdigit() and len(year) <= 4 and int(year) > 0


# ----------------------------------------------------------------------------- publication dates

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
#: dateparser is only ever called with these settings: a fixed base and zone, never the clock.
DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "RELATIVE_BASE": _dt.datetime(2000, 1, 1),
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
    "DATE_ORDER": "MDY",
    "PARSERS": ["absolute-time"],
}


_STRICT_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def strict_iso_date(value) -> Optional[str]:
    """`value` when it is exactly a calendar date written YYYY-MM-DD (spaces around allowed), else None."""
    if not isinstance(value, str):
        return None
    m = _STRICT_ISO.fullmatch(value.strip())
    if not m or not _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return None
    return m.group(0)


def normalise_published(value) -> Optional[str]:
    """A metadata publication date as ISO YYYY-MM-DD, or None.

    Accepts ISO 8601 ('2025-09-04', '2025-09-04T10:00:00Z': the date as written, no zone
    shift), RFC 2822 ('Thu, 04 Sep 2025 10:00:00 +0000'), written dates ('Sep 4, 2025',
    '4 September 2025', '9/4/2025') and, failing those, whatever dateparser reads strictly
    (day, month and year all present) with fixed settings. Never raises.
    """
    try:
        if isinstance(value, (_dt.datetime, _dt.date)):
            return value.strftime("%Y-%m-%d") if 1000 <= value.year <= 9999 else None
        if not isinstance(value, str):
            return None
        value = value.strip()[:200]
        if not value:
            return None
        m = _ISO.match(value)
        if m:
            d = _parse_iso(m.group(0).strip())
            return d.isoformat() if d else None
        try:
            parsed = parsedate_to_datetime(value)
            if parsed is not None:
                return parsed.date().isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
        for mention in find_dates(value):
            if mention.grain == "day" and mention.iso and not mention.relative:
                return mention.iso
        import dateparser

        parsed = dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
        if parsed is not None and 1000 <= parsed.year <= 9999:
            return parsed.date().isoformat()
    except Exception:
        return None
    return None


_HEAD_CHARS = 400
_HEAD_LINES = 8
_META_LINE = re.compile(
    r"^\W{0,3}(?:published|updated|posted|last\s+updated|first\s+published|modified|date|dated|released)\b"
    r"|\bmin(?:ute)?s?\s+read\b|\bread\s+time\b|\s[|•·]\s|^\s*by\s+[A-Z]",
    _I,
)
_EVENT_START = re.compile(
    rf"^\s*(?:on|in|since|by|from|until|as\s+of|at|after|before)\s+(?:the\s+)?(?:\d|{_MON}|{_WD})", _I
)
#: "PARIS, Sept. 4 (Reuters) -", "KYIV, Ukraine, March 11, 2025 (AP) —", "LONDON, Sept 4 -"
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z .'\-]{1,30})?),\s*(?P<date>[^()\-–—\n]{3,40}?)\s*"
    r"(?:\((?P<agency>[A-Za-z .&]{2,30})\)\s*)?[\-–—:]"
)
_CLOCK_LINE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b(?:a\.?m\.?|p\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT)\b", _I
)


def find_dateline(text: str) -> Optional[str]:
    """The publication date a text states near its top, as ISO YYYY-MM-DD, or None.

    Looks only at the first 400 characters and first 8 lines, and only at full dates (day,
    month and year). In order of trust:

    1. a metadata-looking line: "Published: 4 September 2025", "Updated Sep 4, 2025 10:02 GMT",
       "9/4/2025 2 min read", "By Jane Doe | Sept. 4, 2025" (a keyword, a reading time or a
       byline separator on the line with the date);
    2. a wire dateline at a line's start: "PARIS, Sept. 4, 2025 (Reuters) -"; when it gives no
       year ("PARIS, Sept. 4 (Reuters) -"), the year of another full date in the header fills it;
    3. a full date standing (almost) alone on a short line: "September 4, 2025" or
       "Thursday 4 September 2025 14.02 BST".

    A full date inside a sentence about an event ("On September 4, 2025, the leaders met...")
    is not taken: it says when something happened, not when the text was published.
    Never raises.
    """
    try:
        if not isinstance(text, str) or not text:
            return None
        head = text[:_HEAD_CHARS]
        lines = head.split("\n")[:_HEAD_LINES]
        pos = 0
        spans = []
        for line in lines:
            spans.append((pos, line))
            pos += len(line) + 1
        full_years: list[int] = []
        picks: dict[int, str] = {}
        for _, line in spans:
            days = [m for m in find_dates(line) if m.grain == "day" and m.iso and not m.relative]
            for m in days:
                full_years.append(int(m.iso[:4]))  # type: ignore[index]
            if not days:
                continue
            first = days[0]
            stripped = line.strip()
            if len(stripped) <= 120 and _META_LINE.search(stripped) and not _EVENT_START.match(stripped):
                picks.setdefault(1, first.iso)  # type: ignore[arg-type]
            dl = _DATELINE.match(line)
            if dl and dl.start("date") <= first.start < dl.end("date"):
                picks.setdefault(2, first.iso)  # type: ignore[arg-type]
            rest = (line[: first.start] + line[first.end :]).strip()
            rest = _CLOCK_LINE.sub("", rest)
            rest = re.sub(r"[\s,|•·\-–—:;()]+", " ", rest).strip()
            if len(rest) <= 12 and not _EVENT_START.match(stripped):
                picks.setdefault(3, first.iso)  # type: ignore[arg-type]
        if not picks:
            # a wire dateline without a year: take the year from a full date elsewhere in the header
            for _, line in spans[:3]:
                dl = _DATELINE.match(line)
                if not dl or not full_years:
                    continue
                for m in find_dates(dl.group("date"), f"{full_years[0]:04d}-01-01"):
                    if m.grain == "day" and m.iso:
                        return m.iso
            return None
        return picks[min(picks)]
    except Exception:
        return None
