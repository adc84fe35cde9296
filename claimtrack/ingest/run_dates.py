"""A wire dateline without a year ("MOSHI, June 11 (Kilima Wire) -") in a run of articles: the
year the run's other articles state, else the last such day up to the day the text is read.

A wire service leaves the year out of its dateline because the feed's metadata carries the
date (Reuters and AP style: "LONDON, Sept 4 (Reuters) -"). A text saved without that metadata
and without a full date anywhere in its header has a day and a month but no year, and its
relative dates ("on Thursday", "yesterday") then resolve to nothing. Articles gathered in one
run are mostly of one time: the dateline's day is read in the year that puts it nearest a
publication date another article of the run states (within half a year either way, as a month
without a year is read), and the document says so in a warning. In a run with no dated article (or a text read alone) the last resort is the
day the text is read: a dateline is never after it, so the day is read in the latest year that
puts it on or before that day ("Dec 30" read on 5 December 2026 is 2025-12-30), with a warning
saying so. A header that also prints a full date in another language ("Mercredi 11 mars 2026")
is left to the dates component, which reads that date as the publication date. Metadata and
--published are never overridden.

Documents stream through `with_run_years` in input order: a document with a year-less dateline
waits, with those after it, until the next article with a stated date has come (or the run
ends), so memory holds only that stretch of the run, and "the run's dates" are those of the
articles before it and of that next one.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from typing import Iterable, Iterator, Optional, Union

from ..models import Skipped
from ..parsers.published import other_language_header_dates, yearless_dateline_day
from .document import DATELINE_WINDOW, Document


def with_run_years(items: Iterable[Union[Document, Skipped]],
                   today: Optional[_dt.date] = None) -> Iterator[Union[Document, Skipped]]:
    """`items` in the same order, each document whose only publication date is a year-less
    dateline given the year of the run's dated articles nearest to its day, or, when the run
    states no date, the latest year that puts it on or before `today` (the day the text is read:
    the clock's date unless given; see the module)."""
    stated: list[_dt.date] = []  # the run's stated publication dates so far, sorted
    waiting: list[tuple[Union[Document, Skipped], Optional[tuple[int, int, str]]]] = []
    for item in items:
        day = _yearless_day(item)
        dated = day is None and isinstance(item, Document) and bool(item.published)
        if dated:
            when = _dt.date.fromisoformat(item.published)
            at = bisect.bisect_left(stated, when)
            if at == len(stated) or stated[at] != when:  # each day once: the list stays small
                stated.insert(at, when)
        if not waiting and day is None:
            yield item
            continue
        waiting.append((item, day))
        if dated:  # the waiting datelines have their neighbours on both sides now
            yield from _flush(waiting, stated)
            waiting = []
    if waiting and not stated and today is None:
        today = _dt.date.today()  # the run states no date: the day it is read is the last resort
    yield from _flush(waiting, stated, today)


def _flush(waiting: list, stated: list[_dt.date],
           today: Optional[_dt.date] = None) -> Iterator[Union[Document, Skipped]]:
    for item, day in waiting:
        if day is not None and stated:
            _date_from_run(item, day, stated)
        elif day is not None and today is not None:
            _date_read_on(item, day, today)
        yield item


def _yearless_day(item) -> Optional[tuple[int, int, str]]:
    """(month, day, the dateline's date as written) for a document with no publication date whose
    header opens with a year-less wire dateline, else None."""
    if not isinstance(item, Document) or item.published:
        return None
    return yearless_dateline_day(item.text[:DATELINE_WINDOW])


def _date_from_run(doc: Document, day: tuple[int, int, str], stated: list[_dt.date]) -> None:
    month, dom, written = day
    best: Optional[tuple[int, _dt.date]] = None
    for near in _neighbours(stated, month, dom):
        for year in (near.year - 1, near.year, near.year + 1):
            try:
                cand = _dt.date(year, month, dom)
            except ValueError:  # 29 February of a common year
                continue
            gap = abs((cand - near).days)
            if gap <= 183 and (best is None or gap < best[0]):
                best = (gap, cand)
    if best is None:
        return
    doc.published, doc.published_source = best[1].isoformat(), "dateline"
    doc.warnings.append(f"the dateline {written!r} gives no year: read in {best[1].year}, "
                        "the year of the nearest publication date another article of the run states")


def _neighbours(stated: list[_dt.date], month: int, dom: int) -> list[_dt.date]:
    """The stated dates nearest to the day in each candidate year (at most two per year)."""
    out: list[_dt.date] = []
    for year in sorted({d.year for d in stated}):
        try:
            probe = _dt.date(year, month, dom)
        except ValueError:
            probe = _dt.date(year, month, 28)
        i = bisect.bisect_left(stated, probe)
        out.extend(stated[j] for j in (i - 1, i) if 0 <= j < len(stated))
    return out


def _date_read_on(doc: Document, day: tuple[int, int, str], today: _dt.date) -> None:
    """The last resort, for a run that states no date: the dateline's day in the latest year that
    puts it on or before `today`, the day the text is read (a dateline is never after it)."""
    if other_language_header_dates(doc.text[:DATELINE_WINDOW]):
        return  # a masthead's full date in another language dates the page (pipeline/date_header.py)
    month, dom, written = day
    for year in range(today.year, today.year - 8, -1):  # back to the last 29 February, at most
        try:
            cand = _dt.date(year, month, dom)
        except ValueError:
            continue
        if cand <= today:
            doc.published, doc.published_source = cand.isoformat(), "dateline"
            doc.warnings.append(f"the dateline {written!r} gives no year and no article of the run states a date: "
                                f"read in {year}, the latest year that puts it on or before the day it was read "
                                f"({today.isoformat()})")
            return
