"""Month names of another language beside a day number in an English page: a local paper writes
its dates with its country's month words ("on 4 Kasım 2031", "until 19 Oktober", "from 7 de
agosto de 2031") inside English sentences.

`english_month_words(text)` returns the text with each such month word (and a "de"/"del" joining
it to the day or year) written as the English month's abbreviation, blank-padded to the same
length, every other character where it was, so that the English date patterns read the date and
every offset found in the copy is an offset of the original. A month word counts when it follows
a day number (1-31, "4", "4.", "4th") that a year follows or a preposition of time precedes ("on",
"until", "by", "from", "since": a number before a word with neither is most often a count before
a name, "3 Mai Thi residents"), and is the full month name of some language in the Unicode
CLDR (data/cldr_month_words.json `words`, built from Babel by data/tools/cldr_months.py: never an
English word nor an English month name); a word that is also an English word (`homographs`: "mars",
"mei") only when a four-digit year follows it. Its month is the one Babel's CLDR data gives the
word in the languages that write it (the word is left alone if two of them disagree).
"""

from __future__ import annotations

import re
from functools import lru_cache
from ..tables import table_entry
from .scan import RunStarts, ascii_lower, finditer_at

#: The English abbreviation written in place of a month word, per month number (data/dates.json
#: `months` holds each of them).
_ENGLISH = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

#: Prepositions of time before a day ("on 4 Kasım", "until 19 Ogos"; Quirk et al. 1985, 9.33-9.45).
_TIME_PREPOSITIONS = ("on", "until", "till", "by", "from", "since", "before", "after")

#: A day number, then a month word (joined by "de"/"del" in Iberian dates), then a year if written.
#: French writes the 1st of each month as an ordinal, "1er" (premier: "le 1er mai"; Lexique des
#: règles typographiques en usage à l'Imprimerie nationale, "Abréviations", 1er), every other day
#: as a cardinal ("le 2 mai").
_DAY_MONTH = re.compile(
    rf"(?:(?P<prep>\b(?:{'|'.join(_TIME_PREPOSITIONS)})[ \t]+))?"
    r"(?<![\w.,/\-])(?:(?P<first>1)(?P<er>er)|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.)?)[ \t]+"
    r"(?P<word>(?:(?:de|del)[ \t]+)?(?P<mon>[^\W\d_]{3,})(?![\w\-]))"
    r"(?:(?P<join>[ \t]+(?:de[ \t]+)?)(?P<year>\d{4})(?!\d))?")
#: Where a match of _DAY_MONTH can begin (for `scan.finditer_at`): at a preposition, or at the
#: day number, which nothing of a word stands before, so at the start of a run of digits.
_DAY_MONTH_STARTS = frozenset(_TIME_PREPOSITIONS)


@lru_cache(maxsize=None)
def _locale_months(lang: str) -> dict[str, int]:
    """Full month name (lower case) -> month number in one CLDR language, from Babel."""
    from babel import Locale, UnknownLocaleError

    try:
        months = Locale.parse(lang.replace("-", "_")).months
    except (UnknownLocaleError, ValueError):  # a code Babel does not know, or no locale code at all
        return {}
    return {name.lower().strip("."): num for context in ("format", "stand-alone")
            for num, name in months[context]["wide"].items()}


@lru_cache(maxsize=4096)
def _month(word: str, year: bool) -> int:
    """The month number of a month word of another language (lower case), 0 when it is none, when
    two languages that write it give it two months, or when it is an English word too and no year
    follows it."""
    langs = table_entry("cldr_month_words.json", "words").get(word)
    if langs is None:
        langs = table_entry("cldr_month_words.json", "homographs").get(word) if year else None
    if not langs:
        return 0
    nums = {_locale_months(lang).get(word) for lang in langs} - {None}
    return nums.pop() if len(nums) == 1 else 0


def english_month_words(text: str) -> str:
    """`text` with each month word of another language beside a day number written as the English
    month's abbreviation, blank-padded to the same length (see the module's doc); the text itself
    when it holds none."""
    if not isinstance(text, str) or not any(ch.isdigit() for ch in text):
        return text
    chars = None
    starts = RunStarts(ascii_lower(text), _DAY_MONTH_STARTS).of(_DAY_MONTH_STARTS, digits=True)
    for m in finditer_at(_DAY_MONTH, text, starts):  # the matches of _DAY_MONTH.finditer(text)
        if not (m.group("year") or m.group("prep")):
            continue  # "3 Mai Thi residents", "12 Kur youths": a count before a name, no date
        month = _month(m.group("mon").lower(), bool(m.group("year")))
        if not month:
            continue
        if chars is None:
            chars = list(text)
        # capitalised as English writes a month: the parser reads a lower-case "sep" or "mar" as
        # the English word it may be (data/dates.json `ambiguous_months`), and this word is a month
        # (French and Spanish write their months in lower case: "30 septembre")
        english = _ENGLISH[month - 1].capitalize()
        if m.group("er"):  # "1er": the day as the English parser reads it, "1"
            chars[m.start("er"):m.end("er")] = [" ", " "]
        # blanks, then the abbreviation where the word ends (the date's span keeps the whole word),
        # then blanks up to the year: "4 de agosto de 2031" -> "4       Aug    2031"
        chars[m.start("word"):m.end("word")] = list(english.rjust(m.end("word") - m.start("word")))
        if m.group("join"):
            chars[m.start("join"):m.end("join")] = list(" " * len(m.group("join")))
    return text if chars is None else "".join(chars)
