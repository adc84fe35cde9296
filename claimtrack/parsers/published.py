"""Publication dates: `normalise_published` reads a metadata value, `find_dateline` finds the
date a text states near its top, `strict_iso_date` checks a YYYY-MM-DD option. No spaCy, so
ingest uses them without loading the model.
"""

from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate_to_datetime
from functools import lru_cache, wraps
from typing import Any, Callable, NamedTuple, Optional

from .date_patterns import IGNORE_CASE, MONTH_NAME, WEEKDAY_NAME
from .date_order import text_order
from .dates import FoundDate, find_dates
from .days import parse_iso, valid_date
from .lexicon import MONTHS
from .story_places import _UPPER
from ..tables import TableError

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


def never_raises(default: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Wrap a reader of odd text: whatever the text holds it returns `default` (a fresh one when
    `default` is a type: `list`) rather than raise; a broken data table still raises
    (tables.TableError)."""
    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(fn)
        def reader(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except TableError:
                raise  # a broken data table is no odd text: it stops the run (claimtrack.tables)
            except Exception:
                return default() if callable(default) else default
        return reader
    return wrap


_STRICT_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def strict_iso_date(value) -> Optional[str]:
    """`value` when it is exactly a calendar date written YYYY-MM-DD (spaces around allowed), else None."""
    if not isinstance(value, str):
        return None
    m = _STRICT_ISO.fullmatch(value.strip())
    if not m or not valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return None
    return m.group(0)


@never_raises(None)
def normalise_published(value) -> Optional[str]:
    """A metadata publication date as ISO YYYY-MM-DD, or None.

    Accepts ISO 8601 ('2025-09-04', '2025-09-04T10:00:00Z': the date as written, no zone
    shift), RFC 2822 ('Thu, 04 Sep 2025 10:00:00 +0000'), written dates ('Sep 4, 2025',
    '4 September 2025', '9/4/2025') and, failing those, whatever dateparser reads strictly
    (day, month and year all present) with fixed settings. Never raises on what the value holds;
    a data table that cannot be loaded raises (tables.TableError), naming the file.
    """
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.strftime("%Y-%m-%d") if 1000 <= value.year <= 9999 else None
    if not isinstance(value, str):
        return None
    value = value.strip()[:200]
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        d = parse_iso(m.group(0).strip())
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
    return None


HEAD_CHARS = 400
_HEAD_LINES = 8
_META_LINE = re.compile(
    r"^\W{0,3}(?:published|updated|posted|last\s+updated|first\s+published|modified|date|dated|released)\b"
    r"|\bmin(?:ute)?s?\s+read\b|\bread\s+time\b|\s[|•·]\s|^\s*by\s+[A-Z]",
    IGNORE_CASE,
)
#: ... of which an update's time is no publication: "Updated 13 March 2026", "Last modified ...".
_UPDATE_LINE = re.compile(r"^\W{0,3}(?:last\s+)?(?:updated|modified)\b", IGNORE_CASE)
_EVENT_START = re.compile(
    rf"^\s*(?:on|in|since|by|from|until|as\s+of|at|after|before)\s+(?:the\s+)?(?:\d|{MONTH_NAME}|{WEEKDAY_NAME})", IGNORE_CASE
)
#: "PARIS, Sept. 4 (Reuters) -", "KYIV, Ukraine, March 11, 2025 (AP) —", "LONDON, Sept 4 -"; an
#: agency's name may hold digits and hyphens ("(Gulf-Sahel Agency)", "(Wire 24)")
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z .'\-]{1,30})?),\s*(?P<date>[^()\-–—\n]{3,40}?)\s*"
    r"(?:\((?P<agency>[^\W_][\w .&'’\-]{1,39})\)\s*)?[\-–—:]"
)
#: ... or one with no agency and no dash, the date closing its line ("PAPEETE, French Polynesia,
#: July 16, 2026"): its place is capitalised words (a sentence has lower-case ones) and a sentence
#: ends with a full stop.
_PLACE_WORDS = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|de|del|la|le|the|and)){0,3}"
_DATELINE_AT_END = re.compile(
    rf"^\s*(?P<place>{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?),\s*"
    rf"(?P<date>(?:\d|(?i:{MONTH_NAME}|{WEEKDAY_NAME}))[^()\-–—\n]{{2,40}}?[^.\s])\s*$"
)
#: A day of another calendar before the Gregorian one in brackets, as papers in countries that keep
#: two calendars print it (the Solar Hijri, Hijri, Hebrew, Ethiopian or Nepali date, then the
#: Gregorian): an optional weekday, a day number, a month word and a year, then "(".
_OTHER_CALENDAR = re.compile(
    rf"\s*(?:{WEEKDAY_NAME}\w*\.?,?\s+)?(?:\d{{1,2}}\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{{1,2}},?)\s+\d{{3,4}}\s*\(",
    IGNORE_CASE,
)
#: A masthead: the outlet's name, a dash, then the date closing the line ("The Riverside Courier —
#: Friday 6 March 2026", "MIDLANDS EVENING STAR – Friday, Mar. 6, 2026").
_MASTHEAD = re.compile(rf"^\s*[A-Z][^.!?:\n]{{1,60}}?\s[—–-]\s+(?:{WEEKDAY_NAME}\w*\.?,?\s+)?", IGNORE_CASE)
#: ... or a comma after a name of capitalised words ("THE HARBOUR GAZETTE, Friday 6 March 2026",
#: "The Times of Malta, 6 March 2026"): a sentence has lower-case words before its date.
_MASTHEAD_COMMA = re.compile(
    rf"^\s*[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&)){{0,6}},\s+(?:(?i:{WEEKDAY_NAME})\w*\.?,?\s+)?")
_CLOCK_LINE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b(?:a\.?m\.?|p\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT)\b", IGNORE_CASE
)


#: What every all-number date of date_patterns.RE_NUM_MDY holds: a digit, "/" or "-", a digit.
NUMBER_SLASH_NUMBER = re.compile(r"\d[/\-]\d")


@never_raises(None)
def find_dateline(text: str, order: Optional[str] = None) -> Optional[str]:
    """The publication date a text states near its top, as ISO YYYY-MM-DD, or None.

    An all-number date valid both ways ("Updated 10/03/2026") is read in the order the text
    shows (`date_order.text_order`), else in `order` (the caller's: how the story's country
    writes dates, see `revise_dateline`), else month first.

    Looks only at the first 400 characters and first 8 non-blank lines, and only at full dates (day,
    month and year). In order of trust:

    1. a metadata-looking line: "Published: 4 September 2025", "Posted Sep 4, 2025 10:02 GMT",
       "9/4/2025 2 min read", "By Jane Doe | Sept. 4, 2025" (a keyword, a reading time or a
       byline separator on the line with the date);
    2. a wire dateline at a line's start: "PARIS, Sept. 4, 2025 (Reuters) -"; when it gives no
       year ("PARIS, Sept. 4 (Reuters) -"), the year of another full date in the header fills it;
    2b. a masthead: an outlet's name, a dash (or a comma after capitalised words) and the date
       ending the line: "The Riverside Courier — Saturday 14 November 2026", "THE RIVERSIDE
       COURIER, Saturday 14 November 2026";
    3. a full date standing (almost) alone on a short line: "September 4, 2025" or
       "Thursday 4 September 2025 14.02 BST";
    4. an "Updated" or "Last modified" line, whose date is a revision's (after publication).

    A full date inside a sentence about an event ("On September 4, 2025, the leaders met...")
    is not taken: it says when something happened, not when the text was published.
    Never raises on what the text holds; a broken data table raises (tables.TableError).
    """
    if not isinstance(text, str) or not text:
        return None
    found = dateline_picks(text, order)
    if not found.picks:
        return _yearless_dateline(text, found.spans, found.full_days)
    return _agreeing(found.picks[min(found.picks)], found.worded)


class DatelinePicks(NamedTuple):
    """What `dateline_picks` finds in a header."""
    picks: dict[int, FoundDate]  # the candidate publication dates by trust, 1 highest, as `find_dateline` ranks them
    worded: set[str]  # the header's full dates written with a month name, ISO
    spans: list[tuple[int, str]]  # the header lines, (offset, line)
    full_days: list[str]  # all the header's full dates, ISO
    updates: set[int]  # the trusts whose candidate stands on an "Updated" line


def dateline_picks(text: str, order: Optional[str]) -> DatelinePicks:
    """The candidate publication dates of `text`'s header and what `find_dateline` and
    `header_dates.dateline_in_doubt` weigh them with (`DatelinePicks`)."""
    updates: set[int] = set()
    head = text[:HEAD_CHARS]
    spans = _head_lines(head)
    full_days: list[str] = []  # the header's full dates, ISO
    picks: dict[int, FoundDate] = {}
    worded: set[str] = set()  # the header's full dates written with a month name
    # "11/09/2026" in a header: the order the whole text shows. Only an all-number date
    # (date_calendar.read_num_mdy: digits, "/" or "-", digits) reads it, so a header
    # without one never needs the whole text scanned
    order = (text_order(text) or order) if NUMBER_SLASH_NUMBER.search(head) else None
    for _, line in spans:
        days = [m for m in find_dates(line, order=order) if m.grain == "day" and m.iso and not m.relative]
        for m in days:
            full_days.append(m.iso)  # type: ignore[arg-type]
            if not ALL_NUMBERS.search(m.text):
                worded.add(m.iso)  # type: ignore[arg-type]
        if not days:
            continue
        first = days[0]
        stripped = line.strip()
        before = set(picks)
        if len(stripped) <= 120 and _META_LINE.search(stripped) and not _EVENT_START.match(stripped):
            # a page updated after it was published gives its publication date elsewhere
            # (a masthead, a "Published" line): the update's only when nothing else does
            picks.setdefault(4 if _UPDATE_LINE.match(stripped) else 1, first)
        mh = _MASTHEAD.match(line) or _MASTHEAD_COMMA.match(line)
        if mh and first.start <= mh.end() and len(_CLOCK_LINE.sub("", line[first.end:]).strip(" ,|•·")) <= 12 \
                and len(line[:mh.end()].split()) <= 10:
            picks.setdefault(2, first)
        dl = _DATELINE.match(line) or _DATELINE_AT_END.match(line)
        if dl and dl.start("date") <= first.start < dl.end("date"):
            picks.setdefault(2, first)
        if _OTHER_CALENDAR.fullmatch(line[: first.start]) and re.fullmatch(r"\)\s*", line[first.end:]):
            picks.setdefault(3, first)  # "Monday, 10 Esfand 1405 (1 March 2027)"
        rest = (line[: first.start] + line[first.end :]).strip()
        rest = _CLOCK_LINE.sub("", rest)
        rest = re.sub(r"[\s,|•·\-–—:;()]+", " ", rest).strip()
        if len(rest) <= 12 and not _EVENT_START.match(stripped):
            picks.setdefault(3, first)
        if _UPDATE_LINE.match(stripped):
            updates |= set(picks) - before
    return DatelinePicks(picks, worded, spans, full_days, updates)


def _yearless_dateline(text: str, spans: list[tuple[int, str]], full_days: list[str]) -> Optional[str]:
    """A wire dateline without a year ("PORT LOUIS, Mar 4 (Wire) -") in the first three header
    lines: the page's own publication line further down ("Published 4 March 2026, 9:40 a.m.",
    `_stated_line`) gives the date; else the dateline's day in the year that puts it nearest a
    full date of the header (within half a year either way, as a month without a year is read:
    "since 12 December 2025" above "Mar 4" is 2026-03-04, not nine months before it)."""
    for _, line in spans[:3]:
        dl = _DATELINE.match(line)
        if not dl:
            continue
        stated = _stated_line(text)
        if stated is not None:
            return stated
        if not full_days:
            continue
        near = _dt.date.fromisoformat(full_days[0])
        for m in find_dates(dl.group("date"), full_days[0]):
            if m.grain == "day" and m.iso:
                day = _dt.date.fromisoformat(m.iso)
                years = [y for y in (near.year - 1, near.year, near.year + 1) if valid_date(y, day.month, day.day)]
                best = min(years, key=lambda y: abs((_dt.date(y, day.month, day.day) - near).days))
                return f"{best:04d}-{day.month:02d}-{day.day:02d}"
    return None


@never_raises(None)
def yearless_dateline_day(text: str) -> Optional[tuple[int, int, str]]:
    """(month, day, the date as written) of a wire dateline without a year in the first three
    header lines ("MOSHI, June 11 (Kilima Wire) -"), or None. A weekday alone ("PARIS,
    Tuesday (Agency) -") gives no day of the calendar; nor does an all-number date. Read for a
    text `find_dateline` found no date in (ingest/run_dates.py gives it the run's year)."""
    for _, line in _head_lines(text[:HEAD_CHARS])[:3]:
        dl = _DATELINE.match(line)
        if not dl:
            continue
        # a leap year's midsummer as the reference: every month and day, 29 February too
        for m in find_dates(dl.group("date"), "2000-07-01"):
            if m.grain == "day" and m.iso and _ENGLISH_MONTH.search(m.text) and re.search(r"\d", m.text) \
                    and not _LOCAL_YEAR.search(m.text):
                return int(m.iso[5:7]), int(m.iso[8:10]), m.text
    return None


def _stated_line(text: str) -> Optional[str]:
    """The full date of the first publication line anywhere in `text` (a metadata keyword such as
    "Published" or "Posted" opening a short line, as `find_dateline` reads one in the header;
    not an "Updated" line, not an event: "On 4 March ..."), or None."""
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or len(stripped) > 120 or not _META_LINE.search(stripped) or _UPDATE_LINE.match(stripped) \
                or _EVENT_START.match(stripped):
            continue
        days = [m for m in find_dates(stripped) if m.grain == "day" and m.iso and not m.relative]
        if days:
            return days[0].iso
    return None


def _head_lines(head: str) -> list[tuple[int, str]]:
    """(offset, line) of the first `_HEAD_LINES` lines of `head` that hold anything: a page's
    blank lines are spacing, not header lines, so a masthead, a headline and a byline set apart
    by blank lines leave the "Updated" line below them in the header."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in head.split("\n"):
        if line.strip():
            lines.append((pos, line))
            if len(lines) == _HEAD_LINES:
                break
        pos += len(line) + 1
    return lines


#: An all-number date: digits, then "/", "-" or ".", then a digit.
ALL_NUMBERS = re.compile(r"\d[/\-.]\d")


def _agreeing(pick: FoundDate, worded: set[str]) -> Optional[str]:
    """The picked header date, or its other reading when it is all numbers valid both ways and
    only that other reading is a date the same header writes with a month name ("Thursday,
    5 March 2026" above "Updated 05/03/2026"): one page's header gives one day."""
    iso = pick.iso
    if not iso or iso in worded or not ALL_NUMBERS.search(pick.text):
        return iso
    other = other_reading(iso)
    return other if other in worded else iso


def other_reading(iso: str) -> Optional[str]:
    """The same all-number date read the other way round ("2026-05-03" for "05/03/2026" read
    month first: 2026-03-05), or None when only one reading is a date or both are the same."""
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    if day > 12 or day == month:
        return None
    return f"{year:04d}-{day:02d}-{month:02d}"


@never_raises(None)
def revise_dateline(text: str, published: Optional[str], order: Optional[str]) -> Optional[str]:
    """The dateline's date read again once the story's country is known (`order`: how it writes
    all-number dates), when that changes it; else None.

    Ingest reads the dateline before any model runs, so a header whose only date is all numbers
    and valid both ways ("Updated 10/03/2026"), in a text that shows no order of its own, is
    read month first there. A newspaper writes its header the way its country writes dates (a
    Kenyan or Mexican paper day first, a US one month first), as it writes the body, whose
    dates the date component reads in that order too. `published` is the date ingest took from
    the same text's dateline. Never raises on what the text holds; a broken data table raises.
    """
    if not order or not published or not isinstance(text, str):
        return None
    if not NUMBER_SLASH_NUMBER.search(text[:HEAD_CHARS]) or text_order(text):
        return None  # no all-number date in the header, or the text decided its order
    revised = find_dateline(text, order=order)
    return revised if revised and revised != published else None


#: A year of the last two centuries and a day number, both standing alone: what a header line
#: needs before it is worth asking dateparser whether it is a date in another language.
_LOCAL_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_LOCAL_DAY = re.compile(r"(?<![\d.,:])(?:0?[1-9]|[12]\d|3[01])(?![\d:])")
#: A dateline's place before the date, a comma after one to three capitalised words ("Lima, ",
#: "San José, ", "Łódź, "), the way a wire dateline starts (capitals of the Latin alphabets, as
#: story_places reads a dateline's town).
_PLACE_COMMA = re.compile(rf"\s*[{_UPPER}][\w'’.-]*(?:\s+(?:[{_UPPER}][\w'’.-]*|de|del|la|el)){{0,3}},\s+")
#: What separates a masthead's parts: the outlet, the date, the edition ("THE X — Martes 10 de
#: marzo de 2026 | Edición 12").
_HEADER_PART = re.compile(r"\s+[—–-]\s+|\s*[|·•]\s*")
#: dateparser is called only with these: the languages given, a full date or nothing.
_LOCAL_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": _dt.datetime(2000, 1, 1),
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "DMY",
    "PARSERS": ["absolute-time"],
}


@never_raises(list)
def local_header_dates(text: str, languages: tuple[str, ...],
                       known: tuple[tuple[int, int], ...] = (), *,
                       month_word: bool = False) -> list[tuple[int, int, str]]:
    """Full dates written in the story's own language in the header, as (start, end, ISO date).

    A local paper prints its masthead date in its country's language ("Viernes 13 de marzo de
    2026", "Środa, 20 maja 2026", "26 Ağustos 2026 Çarşamba") above an English story. A header
    line (the first 8 non-blank lines within 400 characters), or one part of it between a masthead's
    separators, counts when it is short (at most six words), holds a year and a day number,
    and dateparser, told only `languages` (the country's official languages from CLDR, see
    `date_order.country_languages`), reads all of day, month and year in it. The span is the
    whole part, weekday included. A part overlapping a span of `known` (the full dates the
    English parser found) is not asked. With `month_word` a part must also hold a word of
    three letters or more and no English month name: the month is written in another language
    (for `other_language_header_dates`). Never raises on what the text holds; a broken data
    table raises (tables.TableError).
    """
    found: list[tuple[int, int, str]] = []
    if not (languages or month_word) or not isinstance(text, str):
        return found
    head = text[:HEAD_CHARS]
    for start, line in _head_lines(head):
        if not (_LOCAL_YEAR.search(line) and _LOCAL_DAY.search(line)):
            continue
        cuts = [0] + [x for m in _HEADER_PART.finditer(line) for x in (m.start(), m.end())] + [len(line)]
        for a, b in zip(cuts[::2], cuts[1::2]):
            hit = _local_part(line, a, b, start, languages, known, month_word)
            place = None if hit else _PLACE_COMMA.match(line, a, b)
            if place:  # a dateline's place before its date: "Quito, sábado 14 de noviembre de 2031"
                hit = _local_part(line, place.end(), b, start, languages, known, month_word)
            if hit:
                found.append(hit)
    return found


@never_raises(list)
def other_language_header_dates(text: str, known: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int, str]]:
    """`local_header_dates` in every language dateparser knows, for a part whose month is a word
    in none of the English month names: a paper prints its masthead in a language its country
    (or the country found for the story) need not write officially ("quinta-feira, 8 de
    outubro de 2026" above an English edition). Never raises on what the text holds; a broken
    data table raises."""
    return local_header_dates(text, (), known, month_word=True)


@lru_cache(maxsize=1)
def _month_words() -> dict:
    """Month word -> the languages that write it (data/cldr_month_words.json, built from CLDR by
    data/tools/cldr_months.py)."""
    from ..tables import table_entry

    return table_entry("cldr_month_words.json", "words")


@lru_cache(maxsize=1)
def _homographs_and_weekdays() -> tuple[dict, dict]:
    """(month words that are English words too -> languages, weekday names -> languages), from
    the same CLDR table (data/tools/cldr_months.py)."""
    from ..tables import table_entry

    return table_entry("cldr_month_words.json", "homographs"), table_entry("cldr_month_words.json", "weekdays")


def _month_languages(part: str) -> tuple[str, ...]:
    """The languages whose month names hold a word of `part`, in a fixed order. A month name that
    is an English word too ("mars", "mayo", "mei") counts for a language only when a weekday
    name of that language stands in the part ("Mercredi 11 mars 2026", "Rabu, 13 Mei 2026")."""
    table = _month_words()
    words = re.findall(r"[^\W\d_]+", part.lower())
    langs = {lang for w in words for lang in table.get(w, ())}
    homographs, weekdays = _homographs_and_weekdays()
    if any(w in homographs for w in words):
        named = {lang for w in words for lang in weekdays.get(w, ())}
        langs |= {lang for w in words for lang in homographs.get(w, ()) if lang in named}
    return tuple(sorted(langs))


#: An English month name or abbreviation, as a whole word (`lexicon.MONTHS`).
_ENGLISH_MONTH = re.compile(r"\b(?:" + "|".join(sorted((re.escape(k) for k in MONTHS), key=len, reverse=True)) + r")\b",
                            re.IGNORECASE)
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")


def _local_part(line: str, a: int, b: int, start: int, languages: tuple[str, ...],
                known: tuple[tuple[int, int], ...], month_word: bool = False) -> Optional[tuple[int, int, str]]:
    """(start, end, ISO date) of `line[a:b]` (a header line beginning at `start` in the text)
    when it is a short part holding a year and a day number that dateparser reads as a full
    date in `languages`, and it overlaps no span of `known`; else None. A part dateparser does
    not read whole may still hold the date with a few words around it, the way a page labels
    its date in its own language ("Publié le vendredi 9 octobre 2026", "Pubblicato il 3 marzo
    2026 alle 09:10"): the day, month and year (and a weekday before them) are read alone
    (`_date_core`)."""
    part = line[a:b]
    stripped = part.strip(" \t,;")
    if not stripped or len(stripped.split()) > 9 or len(stripped) > 72:
        return None
    if not (_LOCAL_YEAR.search(stripped) and _LOCAL_DAY.search(stripped)):
        return None
    offset = start + a + part.index(stripped)
    whole = len(stripped.split()) <= 6 and len(stripped) <= 48
    hit = _local_read(stripped, offset, languages, known, month_word) if whole else None
    return hit or _date_core(stripped, offset, languages, known, month_word)


def _local_read(text: str, s: int, languages: tuple[str, ...], known: tuple[tuple[int, int], ...],
                month_word: bool) -> Optional[tuple[int, int, str]]:
    """(s, s + len(text), ISO date) when dateparser reads `text` (starting at `s`) as a full date in
    `languages` (with `month_word`, in the languages of its non-English month word) and it
    overlaps no span of `known`; else None."""
    if month_word:
        if _ENGLISH_MONTH.search(text) or not _LONG_WORD.search(text):
            return None
        languages = _month_languages(text)
        if not languages:
            return None
    e = s + len(text)
    if any(ks < e and s < ke for ks, ke in known):
        return None
    iso = _local_date(text, languages)
    return (s, e, iso) if iso else None


#: A date written day, month word, year ("9 octobre 2026", "4 de maio de 2026", "5. März 2026"),
#: with the word before it (a weekday: "vendredi", "segunda-feira,"; or a label's last word).
_CORE = re.compile(r"(?:(?P<word>[^\W\d_][\w-]*\.?,?)\s+)?(?<![\d.,:])(?:0?[1-9]|[12]\d|3[01])\.?\s+(?:de\s+)?"
                   r"[^\W\d_]{3,}\.?\s+(?:de\s+)?(?:1[89]|20)\d{2}(?!\d)")
#: A time of day beside a header date ("09:10", "08h45", "9.30"): not words that make a sentence.
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:h.]\d{2}\b")


def _date_core(text: str, s: int, languages: tuple[str, ...], known: tuple[tuple[int, int], ...],
               month_word: bool) -> Optional[tuple[int, int, str]]:
    """The day, month word and year in `text` (a header part starting at `s`), read alone when at
    most three words stand around them besides a time of day (a label, "le", "alle"): more make
    a sentence, whose date is the English parser's business, as is a date with an English month
    name ("Wed 4 Nov 2026 06.00 GMT" in a byline). The word right before the day is
    kept in the span when it is a weekday dateparser reads with the date (four letters or
    more: "vendredi", not "le")."""
    m = _CORE.search(text)
    if m is None or _ENGLISH_MONTH.search(m.group(0)):
        return None  # an English month name is the English parser's to read
    rest = _TIME_OF_DAY.sub(" ", text[: m.start()] + " " + text[m.end():])
    if len(_LONG_WORD.findall(rest)) + len(re.findall(r"\b[^\W\d_]{1,2}\b", rest)) > 3:
        return None
    word = m.group("word")
    bare = m.start("word") + len(word) if word else m.start()
    while bare < m.end() and text[bare].isspace():
        bare += 1
    if word and len(word.rstrip(".,")) >= 4:
        hit = _local_read(text[m.start(): m.end()], s + m.start(), languages, known, month_word)
        if hit:
            return hit
    return _local_read(text[bare: m.end()], s + bare, languages, known, month_word)


@lru_cache(maxsize=1)
def _dateparser_languages() -> frozenset:
    from dateparser.languages.loader import default_loader

    return frozenset(default_loader.get_locale_map())


@lru_cache(maxsize=256)
def _local_date(part: str, languages: tuple[str, ...]) -> Optional[str]:
    """The ISO date dateparser reads in `part` in those of `languages` it knows, or None."""
    import dateparser

    known = [lang for lang in languages if lang in _dateparser_languages()]
    if not known:
        return None
    try:
        parsed = dateparser.parse(part, languages=known, settings=_LOCAL_SETTINGS)
    except Exception:
        return None
    if parsed is None or not 1000 <= parsed.year <= 9999:
        return None
    return parsed.date().isoformat()
