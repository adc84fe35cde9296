"""Readings of dates counted from the publication date or from a day the text names: "today",
"last night", "this week", "year-end", "later in the year", "three days ago", "two years
later", "that year", weekdays ("last Tuesday", "Friday the 13th"), holidays ("Easter"), decades,
"the year after next". Each reading turns one match of its pattern (date_patterns) into a `DateCandidate`.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from .date_context import DateCandidate, DateContext, in_title
from .date_patterns import IGNORE_CASE, RE_DURATION_PART, WEEK_AFTER, NTH_ORDINALS, NUMBER_WORDS, alternation
from .days import add_units, day_num, shift_month, valid_date, ym, ymd, holiday_date
from .lexicon import WEEKDAYS


# ------------------------------------------------------------------ relative days and periods


def read_dayword(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    if not m.group("pre") and c.named(m.start(), m.end()):
        return None  # "USA Today", "Russia Today"
    w = " ".join(m.group("w").lower().split())
    delta = -1 if w in ("yesterday", "last night") else 1 if w == "tomorrow" else 0  # "this morning": today
    if m.group("ba"):
        delta += -1 if m.group("ba").lower() == "before" else 1
    iso = ymd(c.ref + _dt.timedelta(days=delta)) if c.ref else None
    return DateCandidate(m.start(), m.end(), 4, iso, "day", True)


def read_period(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    text, ref = c.text, c.ref
    mod, unit = m.group("mod").lower(), m.group("unit").lower()
    if mod in ("past", "coming", "following"):
        return None  # "the past year", "the coming months": a stretch of time, not a calendar month/year
    if mod != "current" and re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], IGNORE_CASE):
        return None  # "the last month" is a duration ("the current month" is not)
    if text[m.start("unit")].isupper() and text[m.start()].isupper() and in_title(text, m.start()):
        return None  # "ABC's This Week", "Next Year Country": a title, not a date
    delta = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[mod]
    iso = None
    if ref:
        if unit == "year":
            iso = f"{ref.year + delta:04d}"
        elif unit == "week":  # a week is named by its Monday (ISO 8601 weeks start on Monday)
            iso = ymd(ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=7 * delta))
        else:
            iso = ym(*shift_month(ref.year, ref.month, delta))
    return DateCandidate(m.start(), m.end(), 4, iso, unit, True)


def _period_iso(ref: Optional[_dt.date], unit: str) -> Optional[str]:
    """The week (its Monday), month or year `ref` stands in."""
    if ref is None:
        return None
    if unit == "year":
        return f"{ref.year:04d}"
    if unit == "week":
        return ymd(ref - _dt.timedelta(days=ref.weekday()))
    return ym(ref.year, ref.month)


_SINCE_BEFORE = re.compile(r"\bsince\s+$")


def read_period_end(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    """"year-end", "the end of the month": the late part of a period the text does not name: the
    current one ("will close by year-end" in a March article is this year's), except after
    "since", which needs a point already past (the last one ended: "up 4% since year-end"), and
    in a past clause after a date the paragraph named (dates._anchor_offsets: "In 2019 it hired
    300; by year-end it had 500" is 2019's)."""
    unit = (m.group("u1") or m.group("u2") or m.group("u3")).lower()
    if _SINCE_BEFORE.search(c.low, max(0, m.start() - 8), m.start()):
        before = None
        if c.ref is not None:
            before = add_units(c.ref, -1, unit) if unit != "week" else c.ref - _dt.timedelta(days=7)
        return DateCandidate(m.start(), m.end(), 4, _period_iso(before, unit), unit, True, part="late")
    past = c.is_future(m.start(), m.end()) is False
    return DateCandidate(m.start(), m.end(), 4, _period_iso(c.ref, unit), unit, True, part="late",
                 anchor_unit=unit if past else None)


def read_in_period(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    """"later in the year", "the year to date": the current period, or in a past clause the one a
    date the paragraph named before stands in ("In 2019 it opened; later in the year it closed")."""
    unit = (m.group("u1") or m.group("u2")).lower()
    past = c.is_future(m.start(), m.end()) is False
    return DateCandidate(m.start(), m.end(), 4, _period_iso(c.ref, unit), unit, True, anchor_unit=unit if past else None)


def read_decade(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    return DateCandidate(m.start(), m.end(), 5, m.group("dec"), "decade", False)


def read_from_now(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
    day = add_units(c.ref, n, m.group("unit").lower()) if c.ref and n else None
    return DateCandidate(m.start(), m.end(), 4, ymd(day) if day else None, "day", True)


def read_ago(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
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
        return DateCandidate(m.start(), m.end(), 4, None, None, True)
    iso = grain = None
    if ref:
        if unit in ("day", "week"):
            iso, grain = ymd(ref - _dt.timedelta(days=n * (7 if unit == "week" else 1))), "day"
        elif unit == "month":
            iso, grain = ym(*shift_month(ref.year, ref.month, -n)), "month"
        else:
            iso, grain = f"{ref.year - n:04d}", "year"
    return DateCandidate(m.start(), m.end(), 4, iso, grain, True)


def read_anaphor(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    """"that year", "the following day": unresolved here; dates.find_dates dates it from the date
    the paragraph named before it, or drops it."""
    return DateCandidate(m.start(), m.end(), 4, None, None, True)


def read_weekday(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    text, ref = c.text, c.ref
    wd_word = m.group("wd")
    start = m.start()
    if (m.group("mod") or "").lower() == "following" and _POSSESSIVE.match(text, m.end()) \
            and not _THE_BEFORE.search(text, max(0, start - 5), start):
        # "Following Monday's vote, ...": before a weekday's possessive, "following" is the
        # preposition ("after"), not the modifier of "the following Monday": the weekday alone
        return _bare_weekday(c, m)
    if not m.group("mod") and not text[m.start("wd") : m.start("wd") + 1].isupper() \
            and not WEEK_AFTER.match(text, m.end(), min(len(text), m.end() + 30)):
        return None  # a lowercase weekday counts when a week shifts it: "tuesday of next week"
    if not m.group("mod") and c.named(m.start("wd"), m.end("wd")):
        return None  # "Super Tuesday", "Bloody Sunday": names, not dates
    wd = WEEKDAYS[wd_word.lower()]
    mod = (m.group("mod") or "").lower().split()[-1:] or [""]
    if not m.group("mod") and _COUNTED_BEFORE.search(text, max(0, start - 8), start):
        # "the second Sunday", "the first Monday after the vote": a weekday counted by an
        # ordinal is the nth of its kind in a month or after an event, not the nearest one;
        # dates._compounds dates it when the month follows ("the second Sunday of May")
        return DateCandidate(m.start(), m.end(), 6, None, "day", True)
    iso = ymd(_weekday_day(c, m, ref, wd, mod[0])) if ref else None
    return DateCandidate(m.start(), m.end(), 6, iso, "day", True)


#: An ordinal that counts the weekday after it ("the second Sunday"; "last" is a modifier of its
#: own, "last Sunday").
_COUNTED_BEFORE = re.compile(rf"\b(?:{alternation(w for w, n in NTH_ORDINALS.items() if n > 0)})[ \t]+$", re.IGNORECASE)
#: A possessive ending ("Monday's", "Monday’s").
_POSSESSIVE = re.compile(r"['’]s\b")
#: "the " right before a modifier ("the following Monday").
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _bare_weekday(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    """The weekday of `m` without its modifier, read by the tense of its clause."""
    if not c.text[m.start("wd"):m.start("wd") + 1].isupper() or c.named(m.start("wd"), m.end("wd")):
        return None
    wd = WEEKDAYS[m.group("wd").lower()]
    iso = ymd(_weekday_day(c, m, c.ref, wd, "")) if c.ref else None
    return DateCandidate(m.start("wd"), m.end(), 6, iso, "day", True)


def _weekday_day(c: DateContext, m: re.Match, ref: _dt.date, wd: int, mod: str) -> _dt.date:
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


def read_holiday(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    text, ref = c.text, c.ref
    name = m.group("h").lower()
    if not text[m.start("h") : m.start("h") + 1].isupper() and not (m.group("year") or m.group("mod")):
        return None
    if m.group("year"):
        hday = holiday_date(name, int(m.group("year")))
        return DateCandidate(m.start(), m.end(), 1, ymd(hday), "day", False) if hday else None
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
    elif _DAYS_AROUND.search(text, max(0, m.start() - 40), m.start()):
        # "three days ahead of Father's Day", "two weeks after Easter": news tells acts of the days
        # around its publication, and a count of days or weeks puts the act that close to the
        # holiday, so the holiday is the occurrence nearest the publication date, whatever the
        # tense ("florists were busy three days ahead of Father's Day", written a week before it)
        hday = min((d for d in (holiday_date(name, ref.year - 1), this, holiday_date(name, ref.year + 1)) if d),
                   key=lambda d: abs((d - ref).days))
    else:
        # a bare "Easter", "Thanksgiving": the one the tense points at, else this year's
        future = c.is_future(m.start("h"), m.end())
        if future is False and this > ref:
            hday = holiday_date(name, ref.year - 1)
        elif future is True and this < ref:
            hday = holiday_date(name, ref.year + 1)
        else:
            hday = this
    return DateCandidate(m.start(), m.end(), 1, ymd(hday), "day", True) if hday else None


#: A count of days or weeks right before "before", "ahead of" or "after" ("days before", "two weeks
#: ahead of", "a few days after"), ending where a holiday's name begins.
_DAYS_AROUND = re.compile(
    rf"\b(?:(?:\d{{1,3}}|{alternation(NUMBER_WORDS)}|a\s+few|several)\s+)?(?:day|week)s?"
    r"\s+(?:before|ahead\s+of|after)\s+(?:the\s+)?$", re.IGNORECASE)


def read_wd_the_day(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    raw = re.sub(r"[ \t]+", "-", m.group("day"))
    ref = c.ref
    day = _weekday_the_day(ref, WEEKDAYS[m.group("wd")], day_num(raw), c.is_future(m.start(), m.end())) if ref else None
    return DateCandidate(m.start(), m.end(), 0, ymd(day) if day else None, "day", True)


def read_after_next(c: DateContext, m: re.Match) -> Optional[DateCandidate]:
    ref = c.ref
    unit = m.group("unit")
    iso = None
    if ref:
        if unit == "year":
            iso = f"{ref.year + 2:04d}"
        elif unit == "week":
            iso = ymd(ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=14))
        else:
            iso = ym(*shift_month(ref.year, ref.month, 2))
    return DateCandidate(m.start(), m.end(), 4, iso, unit, True)


def _ago_several(m: re.Match, ref: Optional[_dt.date]) -> DateCandidate:
    """'a year and six months ago', '1 month, 21 days ago': every part counted back, to the grain
    of the finest unit written."""
    parts = [(p.group("unit").lower(), int(p.group("n")) if p.group("n").isdigit() else NUMBER_WORDS.get(p.group("n").lower(), 0))
             for p in RE_DURATION_PART.finditer(m.string, m.start(), m.start("dir"))]
    units = {u for u, _ in parts}
    grain = "day" if units & {"day", "week"} else "month" if "month" in units else "year"
    if ref is None:
        return DateCandidate(m.start(), m.end(), 4, None, grain, True)
    months = sum(n * (12 if u == "year" else 1) for u, n in parts if u in ("year", "month"))
    days = sum(n * (7 if u == "week" else 1) for u, n in parts if u in ("week", "day"))
    day = add_units(ref, -months, "month")
    day = day - _dt.timedelta(days=days) if day else None
    if day is None:
        return DateCandidate(m.start(), m.end(), 4, None, grain, True)
    iso = ymd(day) if grain == "day" else ym(day.year, day.month) if grain == "month" else f"{day.year:04d}"
    return DateCandidate(m.start(), m.end(), 4, iso, grain, True)


def _weekday_the_day(ref: _dt.date, weekday: int, day: int, future: Optional[bool]) -> Optional[_dt.date]:
    """The date within half a year of `ref` whose day of the month is `day` and whose weekday is
    `weekday` ("Friday the 13th"): the first on or after `ref` for a forward-looking verb, the
    latest on or before it for a past one, else the nearest."""
    found = []
    for delta in range(-6, 7):
        y, mo = shift_month(ref.year, ref.month, delta)
        if valid_date(y, mo, day) and _dt.date(y, mo, day).weekday() == weekday:
            found.append(_dt.date(y, mo, day))
    if future is True:
        found = [d for d in found if d >= ref]
    elif future is False:
        found = [d for d in found if d <= ref]
    return min(found, key=lambda d: abs((d - ref).days), default=None)
