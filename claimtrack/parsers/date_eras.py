"""Years of another era written in an English page: a local paper prints its masthead or a date in
its country's calendar ("Friday 2 July B.E. 2570 (2027)", "updated 03/07/2570"), whose years run
ahead of the Gregorian year by a fixed number (data/dates.json "eras": the Thai Buddhist Era, 543).

`gregorian_years(text)` returns the text with each such year written as its Gregorian year, the
same length, every other character where it was: the era's marker and the year become blanks and
the Gregorian year, right-aligned in their place, so that "3 July B.E. 2570" reads as "3 July" and a
year the date patterns know, and every offset found in the copy is an offset of the original. A
year counts when the era's marker stands before or after it ("B.E. 2570", "2570 BE"). Without a
marker, one of the era's years (`years`) counts only where it cannot be a count: closing an
all-number date ("03/07/2570"), or closing a written day and month ("3 July 2570", "July 3,
2570") on a page that writes the era's marker somewhere and with no word after it that the
number could count ("4 May 2600 runners" is a day and a count of runners; "In March 2500 nurses"
is no day at all). Read as Gregorian such a date lies centuries after any news.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tables import table_entry
from .lexicon import MONTHS
from .scan import RunStarts, ascii_lower, finditer_at


@lru_cache(maxsize=1)
def _eras() -> tuple[tuple[re.Pattern, re.Pattern, re.Pattern, int, int, int], ...]:
    """(marked pattern, all-number date pattern, written day pattern, offset, first year, last year)
    per era of the table."""
    months = "|".join(sorted((re.escape(k) for k in MONTHS), key=len, reverse=True))
    out = []
    for era in table_entry("dates.json", "eras").values():
        marks = "|".join(re.escape(m) for m in sorted(era["markers"], key=len, reverse=True))
        marked = re.compile(rf"(?<![\w.])(?:(?:{marks})[ \t]*(?P<y1>\d{{4}})|(?P<y2>\d{{4}})[ \t]*(?:{marks}))(?![\w])")
        numeric = re.compile(r"(?<![\d/.\-])\d{1,2}([/.\-])\d{1,2}\1(?P<y1>\d{4})(?![\d/.\-])")
        closing = re.compile(
            rf"(?:\b(?:{months})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+"
            rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{months})\.?,?[ \t]+)(?P<y1>\d{{4}})(?!\d)(?![ \t]+[^\W\d_])",
            re.IGNORECASE)
        low, high = era["years"]
        out.append((marked, numeric, closing, int(era["offset"]), int(low), int(high)))
    return tuple(out)


def gregorian_years(text: str) -> str:
    """`text` with each year of another era written as its Gregorian year, blank-padded to the same
    length (see the module's doc); the text itself when it holds none."""
    if not isinstance(text, str) or not any(ch.isdigit() for ch in text):
        return text
    chars = None
    # an all-number date begins where a run of digits does (nothing of a number before its day):
    # its pattern is tried there only (scan.finditer_at: the same matches as a scan of the text)
    digits = RunStarts(ascii_lower(text), frozenset()).of(frozenset(), digits=True)
    for marked, numeric, closing, offset, low, high in _eras():
        marks = marked.search(text) is not None
        for pattern, bounded in ((marked, False), (numeric, True), (closing, True)):
            if pattern is closing and not marks:
                continue  # a written day's unmarked year only on a page that writes the era
            for m in finditer_at(pattern, text, digits if pattern is numeric else None):
                group = "y1" if m.group("y1") else "y2"
                year = int(m.group(group))
                if bounded and not low <= year <= high:
                    continue
                if not bounded and not 1000 + offset <= year <= 9999:
                    continue
                start, end = (m.start(), m.end()) if not bounded else m.span(group)
                written = str(year - offset)
                if chars is None:
                    chars = list(text)
                if group == "y2":  # "2570 BE": the year where it stood, blanks after
                    chars[start:end] = list(written.ljust(end - start))
                else:  # "B.E. 2570", "3 July 2570": blanks, then the year where the year ends
                    chars[start:end] = list(written.rjust(end - start))
    return text if chars is None else "".join(chars)
