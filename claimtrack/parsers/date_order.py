"""Which way round a document writes its all-number dates: "04/07/2026" is 4 July where the
writer puts the day first, 7 April where the month comes first.

Nothing in "04/07/2026" itself decides; three things about its document do, in order of trust:

1. The document's own all-number dates that can be read only one way: "23/07/2026" is
   day-first, so the same writer's "04/07/2026" is too (`text_order`, when they all agree).
   A weekday written before an all-number date decides it as well when only one reading falls
   on that weekday ("Wednesday, 06/05/2026" is 6 May 2026, a Wednesday; 5 June is a Friday).
2. How the document writes dates in words: a writer who puts the day before the month name
   ("4 July 2026", British and Commonwealth style) writes numbers day-first, one who writes
   "July 4, 2026" (US style) month-first (`text_order`, when one style clearly outnumbers the
   other).
3. The country the story is about or filed from (the actor component finds it from the
   dateline, country names and demonyms): its short date format in the Unicode CLDR, read
   through Babel (`country_order`). English as written in that country where CLDR has it
   (en_KE "dd/MM/y", en_US "M/d/yy"), else the country's most likely language (CLDR's likely
   subtags). When that format puts the year first (en_CA "y-MM-dd"), the locale's all-number
   pattern for year, month and day (CLDR availableFormats "yMd": en_CA "d/M/y") decides; one
   that also puts the year first (ja_JP "y/MM/dd") says nothing about a date with the year
   last, so it gives no order.

With none of these, an all-number date is read month-first as before (the caller can tell, see
`dates.FoundDate.order`).
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Optional

from .date_patterns import MONTH_NAME, RE_NUM_DOT
from ..tables import country_codes
from .lexicon import WEEKDAYS

#: "day" when the day comes first, "month" when the month does.
DAY_FIRST = "day"
MONTH_FIRST = "month"

#: The all-number dates of date_patterns.RE_NUM_MDY: "23/07/2026", "7-4-26".
_NUMERIC = re.compile(r"(?<![\d/.\-])(\d{1,2})([/\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/\-])")
#: A weekday name (or its abbreviation) right before a date: "Wednesday, ", "Wed. ", "Tue ".
_WEEKDAY_BEFORE = re.compile(rf"\b({'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?[ \t]*$", re.IGNORECASE)
#: A day before a month name: "4 July", "21st March"; a month name before a day: "July 4",
#: "Sept. 21st" (not "May 2026": the day has at most two digits and no digit follows).
_DAY_MONTH = re.compile(rf"(?<![\d,.])\b(?:[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?P<mon>{MONTH_NAME})", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b(?P<mon>{MONTH_NAME})[ \t]+(?:[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])\b", re.IGNORECASE)


def _weekday_order(text: str, m: re.Match) -> Optional[str]:
    """The order in which an all-number date valid both ways falls on the weekday written right
    before it ("Tuesday, 02/06/2026": 2 June 2026 is a Tuesday, 6 February a Friday), or None
    (no weekday, or both or neither reading fall on it)."""
    wd = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if wd is None:
        return None
    a, b, ys = int(m.group(1)), int(m.group(3)), m.group(4)
    year = int(ys) if len(ys) == 4 else 2000 + int(ys)  # a two-digit year: this century's, as a guess
    fits = set()
    for order, (month, day) in ((DAY_FIRST, (b, a)), (MONTH_FIRST, (a, b))):
        try:
            if _dt.date(year, month, day).weekday() == WEEKDAYS[wd.group(1).lower()]:
                fits.add(order)
        except ValueError:
            continue
    return fits.pop() if len(fits) == 1 else None


def weekday_before(text: str, start: int, iso: str) -> Optional[bool]:
    """Whether the day `iso` falls on the weekday written right before `start` ("Tuesday,
    10.02.2026"), or None when no weekday stands there or `iso` is no day."""
    wd = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
    if wd is None or len(iso or "") != 10:
        return None
    try:
        day = _dt.date.fromisoformat(iso)
    except ValueError:
        return None
    return day.weekday() == WEEKDAYS[wd.group(1).lower()]


@lru_cache(maxsize=32)
def _numeric_order(text: str) -> Optional[str]:
    """The order the text's all-number dates with a year agree on where one can be read only one
    way (by its numbers, or by the weekday written before it), or None (none, or both). A date
    written with dots ("23.02.2026") whose first number is over 12 shows day first too: one
    writer, one order. A day and a month with no year ("23/1") never votes: it may be a score
    ("from 23/1 overnight") or a fraction as well as a date."""
    seen = set()
    for m in RE_NUM_DOT.finditer(text):
        if int(m.group("b")) > 12:
            seen.add(DAY_FIRST)
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if 12 < a <= 31 and 1 <= b <= 12:
            seen.add(DAY_FIRST)
        elif 12 < b <= 31 and 1 <= a <= 12:
            seen.add(MONTH_FIRST)
        elif a != b and a <= 12 and b <= 12:
            order = _weekday_order(text, m)
            if order:
                seen.add(order)
    return seen.pop() if len(seen) == 1 else None


def _named_order(text: str) -> Optional[str]:
    """The style of the text's dates in words when one outnumbers the other at least two to one.
    Month names count only capitalised ("4 may" is not a date)."""
    day_month = sum(1 for m in _DAY_MONTH.finditer(text) if text[m.start("mon")].isupper())
    month_day = sum(1 for m in _MONTH_DAY.finditer(text) if text[m.start("mon")].isupper())
    if day_month and day_month >= 2 * month_day:
        return DAY_FIRST
    if month_day and month_day >= 2 * day_month:
        return MONTH_FIRST
    return None


def text_order(text: str) -> Optional[str]:
    """The order in which `text` writes all-number dates, from the text alone: its unambiguous
    all-number dates first, then its dates in words; None when it does not say."""
    if not isinstance(text, str) or not text:
        return None
    return _numeric_order(text) or _named_order(text)


def pattern_order(pattern: str) -> Optional[str]:
    """DAY_FIRST or MONTH_FIRST from a CLDR date pattern ("dd/MM/y", "M/d/yy"); None when the
    year comes first or a field is missing."""
    fields = [ch for ch in re.sub(r"'[^']*'", "", pattern) if ch in "dMLy"]
    order = [f for i, f in enumerate(fields) if i == 0 or fields[i - 1] != f]
    order = ["M" if f == "L" else f for f in order]
    if len(order) < 3 or order[0] == "y" or "d" not in order or "M" not in order:
        return None
    return DAY_FIRST if order.index("d") < order.index("M") else MONTH_FIRST


def country_code(country: str) -> Optional[str]:
    """The ISO 3166-1 alpha-2 code of a country's name, alias or code: the actor tables' names
    first ("Turkey", "Russia", "Ivory Coast", which pycountry knows only by their ISO names),
    then pycountry ("KE", "Czechia"); None when neither knows it."""
    code = country_codes().get(country.strip().lower())
    if code is not None:
        return code
    import pycountry

    try:
        return pycountry.countries.lookup(country.strip()).alpha_2
    except LookupError:
        return None


@lru_cache(maxsize=512)
def country_order(country: Optional[str]) -> Optional[str]:
    """How a country writes all-number dates, from its short date format in CLDR (Babel):
    `country` is an ISO 3166-1 code or a name pycountry knows ("KE", "Kenya", "United
    Kingdom"). None when the country is unknown or both the short format and the "yMd" pattern
    put the year first. A locale Babel does not know is no error (the country's likely language
    is tried); a country table (tables.TableError) or a CLDR install that cannot be read is,
    and raises: every document would silently lose the order otherwise."""
    if not country or not isinstance(country, str):
        return None
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    code = country_code(country)
    if code is None:
        return None
    try:
        locale = Locale.parse(f"en_{code}")
    except (UnknownLocaleError, ValueError):
        likely = get_global("likely_subtags").get(f"und_{code}")
        if not likely:
            return None
        try:
            locale = Locale.parse(likely)
        except (UnknownLocaleError, ValueError):
            return None
    order = pattern_order(locale.date_formats["short"].pattern)
    if order is None:
        # The short format puts the year first (en_CA "y-MM-dd"): the locale's flexible
        # all-number pattern with the year (CLDR availableFormats skeleton "yMd"; en_CA
        # "d/M/y") tells which way round it writes a date whose year comes last.
        skeleton = locale.datetime_skeletons.get("yMd")
        order = pattern_order(skeleton.pattern) if skeleton is not None else None
    return order


#: CLDR's statuses of a language a country writes its public life in.
_OFFICIAL = ("official", "de_facto_official")


@lru_cache(maxsize=512)
def country_languages(country: Optional[str]) -> tuple[str, ...]:
    """The languages other than English in which `country` (an ISO 3166-1 code or a name
    pycountry knows) is officially written, most spoken first: CLDR's territory languages with
    the status official or de facto official, as Babel ships them (Mexico ("es",), Poland
    ("pl",), Senegal ("wo", "fr")). Empty when the country is unknown or writes English only.
    A local paper prints its masthead date in one of them. A country table or a CLDR install
    that cannot be read raises (see `country_order`)."""
    if not country or not isinstance(country, str):
        return ()
    from babel.core import get_global

    code = country_code(country)
    if code is None:
        return ()
    spoken = get_global("territory_languages").get(code, {})
    ranked = sorted(((info.get("population_percent", 0), lang) for lang, info in spoken.items()
                     if info.get("official_status") in _OFFICIAL), reverse=True)
    return tuple(lang for _, lang in ranked if lang.split("_")[0] != "en")
