"""What every date reading shares: the candidate record (`DateCandidate`), the context a reading reads
(`DateContext`: the text, the publication date and the caller's tests), and the text tests of a name
("USA Today", "Super Tuesday") and of a title. `date_candidates` runs the readings.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Callable, NamedTuple, Optional

from .days import valid_date
from .lexicon import AMBIGUOUS_MONTHS
from ..tables import load_json


class DateCandidate(NamedTuple):
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


def word_ok(text: str, start: int, word: str) -> bool:
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


def in_title(text: str, start: int) -> bool:
    """Whether a capitalised phrase at `start` sits inside a sentence (so is a name or a title)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\"“”'‘’\n—–-(" and start > 0


def day_date(year: int, month: int, day: int, start: int, end: int, prio: int, relative: bool = False) -> Optional[DateCandidate]:
    if not valid_date(year, month, day):
        return None
    return DateCandidate(start, end, prio, f"{year:04d}-{month:02d}-{day:02d}", "day", relative)


FutureTest = Callable[[int, int], Optional[bool]]
YearTest = Callable[[int, int], bool]
#: Whether a capitalised weekday or "Today" at (start, end) after a capitalised word is part of a
#: name ("USA Today") rather than a date ("Clinton Saturday vowed", "in Paris Tuesday"): False
#: vetoes the text rule's "name"; True or None lets it stand.
NameTest = Callable[[int, int], Optional[bool]]
#: Whether the unit word of "a year", "a week" at (start, end) before "from", "after" or "before"
#: a date makes a rate of the figure before it ("40 ships a week from 1 October": True) rather
#: than a shift of the date ("the buses return a year from 1 October": False); None defers to
#: the text rule (dates._RATE_BEFORE).
RateTest = Callable[[int, int], Optional[bool]]


class DateContext(NamedTuple):
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
