"""Calendar arithmetic for the date parser: ISO strings, month shifts, the nth weekday of a
month, and holidays (the `holidays` package and dateutil's Easter, named in data/dates.json).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from functools import lru_cache
from typing import Optional

from ..tables import load_json
from .lexicon import MONTHS, ORDINAL_WORDS

_TABLE = load_json("dates.json")
HOLIDAYS: dict[str, list[int]] = _TABLE["holidays"]
LIBRARY_HOLIDAYS: dict[str, dict[str, str]] = _TABLE["library_holidays"]
MOVABLE_HOLIDAYS: dict[str, dict] = _TABLE["movable_holidays"]
HOLIDAY_NAMES = list(HOLIDAYS) + list(LIBRARY_HOLIDAYS) + list(MOVABLE_HOLIDAYS)


def parse_iso(value: Optional[str]) -> Optional[_dt.date]:
    if not value or not isinstance(value, str):
        return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def valid_date(year: int, month: int, day: int) -> bool:
    return 1000 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def day_num(raw: str) -> int:
    raw = re.sub(r"[ \t]+", "-", raw.lower())  # "twenty second" is "twenty-second"
    if raw in ORDINAL_WORDS:
        return ORDINAL_WORDS[raw]
    digits = re.match(r"\d+", raw)
    return int(digits.group(0)) if digits else 0


def month_num(raw: str) -> int:
    return MONTHS.get(raw.lower().rstrip("."), 0)


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def ymd(d: _dt.date) -> str:
    return d.isoformat()


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def two_digit_year(yy: int, ref: Optional[_dt.date]) -> int:
    pivot = (ref.year if ref else 2030) + 20  # '27 -> 2027 and '40 -> 1940 from 2016
    year = 2000 + yy
    return year if year <= pivot else year - 100


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


def add_units(day: _dt.date, n: int, unit: str) -> Optional[_dt.date]:
    try:
        if unit == "day":
            return day + _dt.timedelta(days=n)
        if unit == "week":
            return day + _dt.timedelta(days=7 * n)
        months = n * (12 if unit == "year" else 1)
        y, m = shift_month(day.year, day.month, months)
        return _dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))
    except (ValueError, OverflowError):
        return None


def iso_in_range(iso: str) -> bool:
    """ISO 8601 (basic) years run 0001-9999 ('197' is the 1970s): "next year" from 9999 has no
    ISO value, nor has the year before 0001."""
    year = iso.split("-", 1)[0]
    return year.isdigit() and len(year) <= 4 and int(year) > 0
