"""Page layout from the text alone: headline, byline, credit and short lines, and datelines."""

from __future__ import annotations

import bisect
import re
from itertools import islice

from ...actorids.words import SMALL_WORDS
from ...parsers.story_places import _UPPER, BYLINE_OPENER

_LINE = re.compile(r"[^\n]+")
_HEADLINE_END = re.compile(r"[.!?][\"”’')]*\s*$")
_CREDIT = re.compile(
    r"\b(?:Shutterstock|Getty Images|Getty|AP Photo|AFP via|Photo(?:graph)?:|Image:|Credit:|Pool/|/AFP|/Reuters|/AP\b|iStock|Alamy)",
    re.IGNORECASE,
)
# Lower-case words one of which every _CREDIT match contains (keep the two in step): a text with
# none of them has no credit line, and _CREDIT need not scan it.
_CREDIT_WORDS = ("shutterstock", "getty", "photo", "afp", "image:", "credit:", "pool/", "/reuters", "/ap", "istock", "alamy")
BYLINE = re.compile(rf"^\s*(?:{BYLINE_OPENER}|Author:?)\s+", re.IGNORECASE)
#: The credit a caption ends with, in brackets, the outlet or agency and the photographer joined by
#: a slash: "Caption: Divers check the hull. (Harbour Courier / J. Roe)".
_CAPTION_CREDIT = re.compile(r"(?im)^[ \t]*(?:photo[ \t]+)?caption:[^\n]*?(\([^()\n/]+/[^()\n/]+\))[ \t]*$")
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*", re.UNICODE)


def absent_ignorecase(text: str, words) -> bool:
    """True when no word can match in `text` under re.IGNORECASE: lets a slow case-insensitive
    regex that needs one of the words skip the text.

    Under re.IGNORECASE an ASCII letter matches itself in either case and three other characters
    ('İ', 'ı', 'ſ'; the Kelvin sign is 'k' once lower-cased). Without those in the text, a match is
    the lower-cased word inside text.lower(). Words that are not ASCII are never ruled out.
    """
    if not all(w.isascii() for w in words) or any(c in text for c in "\u0130\u0131\u017f"):
        return False
    low = text.lower()
    return not any(w.lower() in low for w in words)


class Layout:
    """Which characters lie on headline-like (Title Case) lines, credit lines and short lines."""

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.kinds: list[str] = []
        credits = not absent_ignorecase(text, _CREDIT_WORDS)
        for m in _LINE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.kinds.append(self._kind(m.group(), credits))
        #: (start, end) of the bracketed credits that end captions: credits inside other lines
        self.caption_credits = [m.span(1) for m in _CAPTION_CREDIT.finditer(text)] if "aption" in text else []

    @staticmethod
    def _kind(line: str, credits: bool = True) -> str:
        """The line's kind; `credits` False when the text has no credit line."""
        if credits and _CREDIT.search(line):
            return "credit"
        if _HEADLINE_END.search(line):
            # A line ending a sentence with more than six words, or four to six and no byline
            # opener, is body text (the rules below): count at most seven words, not a paragraph.
            n = sum(1 for _ in islice(_WORD.finditer(line), 7))
            if n > 6 or n > 3 and not BYLINE.match(line):
                return "body"
        words = _WORD.findall(line)
        if BYLINE.match(line) and len(words) <= 6:
            return "byline"
        if not words or _HEADLINE_END.search(line) and len(words) > 3:
            return "body"
        content = [w for w in words if w.lower() not in SMALL_WORDS]
        if len(content) < 2:
            return "short"
        capital = sum(1 for w in content if w[0].isupper())
        if capital / len(content) >= 0.75:
            return "headline" if len(words) > 3 or not line.rstrip().endswith(".") else "short"
        return "body"

    def line(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.ends[i] else -1

    def kind(self, pos: int) -> str:
        i = self.line(pos)
        if self.caption_credits and any(a <= pos < b for a, b in self.caption_credits):
            return "credit"
        return self.kinds[i] if i >= 0 else "body"


# A dateline: "LONDON, May 7 (Reuters) -", "KYIV (AP) —", "ANTALYA, Turkey —", with the year some
# wires add ("PORT ELLIS, May 7, 2026 (Coast Wire) -"): the city where the story was filed (and
# its country) are places, not actors. The town is in capitals of any Latin alphabet ("MÁLAGA",
# "ŁÓDŹ"), two towns may share it ("OSLO/BERGEN"), and the day may stand before the month
# ("PORT ELLIS, 7 May 2026 (Coast Wire) -"), as British and many other wires write it.
_TOWN = rf"[{_UPPER}][{_UPPER}.'’\-]+(?:[ \t]+[{_UPPER}][{_UPPER}.'’\-]+){{0,3}}"
_TOWNS = rf"[{_UPPER}][{_UPPER}.'’/\-]+(?:[ \t]+[{_UPPER}][{_UPPER}.'’/\-]+){{0,3}}"
_COUNTRY = rf"(?:,[ \t]*[{_UPPER}][\w.'’\-]*(?:[ \t]+[{_UPPER}][\w.'’\-]*){{0,2}})?"
_DAY = r",[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)(?:,?[ \t]*\d{4})?"
_AGENCY = r"[ \t]*\([^()\n]{1,40}\)"
_END = r"[ \t]*(?:[-–—]|:)"
# Towns joined by "/" need more of a dateline than a colon after them: a day, an agency or a dash
# ("OSLO/BERGEN —"), since a topic label in capitals ("EU/UK: talks resume") has the same shape.
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:{_TOWN}{_COUNTRY}(?:{_DAY})?(?:{_AGENCY})?{_END}"
    rf"|{_TOWNS}{_COUNTRY}(?:(?:{_DAY})(?:{_AGENCY})?{_END}|{_AGENCY}{_END}|[ \t]*[-–—]))"
)


# A page's place line: a local paper prints where it is and the day under its masthead, the town
# (maybe with its province or state) before a comma, a bar or a dash and the date closing the line
# ("Harbour Town, Tasman, Wednesday 4 March 2026", "Villa Norte | 4 March 2026", "Villa Norte,
# miércoles 4 de marzo de 2026", "Porto Velho - 04/03/2026"). The date part is short (at most eight
# words), holds a day number and a year and no other figure ("Dock strike enters 9th day as talks
# stall, 2029" is a headline).
_PLACE_WORD = rf"[{_UPPER}][\w.'’\-]*"
_PLACE_NAME = rf"{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|de|del|la|el|do|da|dos|das|of)){{0,3}}"
_PLACE_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_PLACE_NAME})(?:,[ \t]*(?P<region>{_PLACE_NAME}))?[ \t]*(?:,|[ \t]*[|·•]|[ \t]+[-–—])[ \t]*"
    r"(?P<date>[^\n]*?(?<!\d)(?:1[89]|20)\d\d)[ \t]*$")
_DAY_NUMBER = re.compile(r"(?<![\d.,:%])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d%:,.]\d|\d)")
#: A figure that is no part of a date: a share or money ("up 12% in 2026" is a headline).
_NOT_A_DATE = re.compile(r"\d[^\d\s/.\-]*%|\$|€|£")
#: How far into the text a place line may stand: the page head.
_PLACE_LINE_HEAD = 400


def place_lines(text: str) -> list[tuple[str, str]]:
    """(place, region or '') of the page's place lines in its head (the module's `_PLACE_LINE`)."""
    out = []
    for m in _PLACE_LINE.finditer(text, 0, min(len(text), _PLACE_LINE_HEAD)):
        date = m.group("date")
        if len(date.split()) <= 8 and _DAY_NUMBER.search(date) and not _NOT_A_DATE.search(date):
            out.append((m.group("place"), m.group("region") or ""))
    return out
