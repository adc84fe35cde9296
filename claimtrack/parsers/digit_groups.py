"""Which mark a document groups thousands with: the comma (English) or the dot.

Most of the world outside English writes "3.500" for three thousand five hundred and "2,5" for
two and a half; English writes "3,500" and "2.5". A figure "3.500" alone is ambiguous, so the
document decides, as one writer (or one desk) keeps one convention throughout a text:

- a figure with two dot groups or more ("1.250.000") can only group thousands with the dot;
- a dot followed by three zeros ("45.000", "Gs. 8.000") groups thousands too: a decimal part is
  not written with trailing zeros in prose (figures of fixed precision, "a 4.000% coupon", come
  with a unit that says so and are rare);
- a decimal comma ("2,5%", "13,9 billion": a comma before one or two digits) shows the same
  convention, so beside it one dot followed by exactly three digits ("1.150 EUR") groups thousands;
- a numeric date written with dots ("17.06.2031") shows neither and is passed over;
- a figure grouped with the comma ("3,500"), a decimal point before other than three digits
  ("2.5", "0.75") or after a lone zero ("0.015": no figure's first group of thousands is 0)
  shows the English convention, and then no dot is read as a group.

`dot_groups_thousands(text)` is true when the text has two such dot-group figures or more (or one with
two groups), or one dot-group figure and a decimal comma, and none of the English ones, or, in a
story whose country writes thousands with the dot (CLDR's number symbols for every official
language of the country: `groups_by_dot`), one dot-group figure ("3.400") and none of the English
ones; the amount reader then reads "3.400" as 3400.

When only the country or a decimal comma speaks for the dot (the text shows no figure that only a
thousands dot writes), the figure must also be written as a whole count or amount is (`reads_as_thousands`): a content word after it
("3.400 cubic metres", "4.800 millones", "6.500 fishers"), or a currency sign or an approximating
word before it ("$76.000", "about 7.750": nobody rounds a figure given to three decimals). A rate
given to three decimals is written with neither ("the lira weakened to 38.125 against the
dollar", in a Turkish story): it stays 38.125.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: A figure written with a dot or a comma between digits, not part of a longer run of digits
#: and marks (a dotted date, "11.03.26", is passed over: _DOTTED_DATE).
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)+(?![\d]|[.,]\d)")
#: Dot groups of three after one to three digits, the first not a zero: "3.400", "1.250.000"
#: (never "0.015", "00.250": a group of thousands does not start with 0).
_DOT_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
#: A numeric date written with dots, day and month of one or two digits: "17.06.2031", "3.9.31"
#: (a month of 1-12 leaves no three-digit group, so "1.250.000" is never one)
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")
#: Groups that only a thousands dot writes: two groups or more, or a group of three zeros.
#: A decimal comma: one to three digits, a comma, one or two digits ("2,5", "13,9"; the amount
#: reader's own pattern).
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_ONLY_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3}){2,}|[1-9]\d{0,2}\.000")


def dot_groups_thousands(text: str, country_groups_by_dot: bool = False, by_comma: bool = True) -> bool:
    """Whether `text` groups thousands with the dot (see the module docstring). With
    `country_groups_by_dot` (the story's country writes "3.400" so: `groups_by_dot`), or with a
    decimal comma in the text (unless `by_comma` is false), one figure of dot groups is enough
    where nothing in the text shows the English convention."""
    sure = groups = commas = 0
    for m in _FIGURE.finditer(text):
        figure = m.group(0)
        if _DOTTED_DATE.fullmatch(figure):
            continue  # "Updated 17.06.2031": a date, which groups nothing
        if "," in figure:
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", figure):
                return False  # "3,500": the comma groups thousands here
            commas += by_comma and bool(_DECIMAL_COMMA.fullmatch(figure))
            continue  # "2,5": a decimal comma agrees with a thousands dot
        if not _DOT_GROUPS.fullmatch(figure):
            return False  # "2.5", "0.75": a decimal point
        groups += 1
        if _ONLY_THOUSANDS.fullmatch(figure):
            sure += 2 if figure.count(".") > 1 else 1
    return sure >= 2 or ((commas > 0 or country_groups_by_dot) and groups > 0)


#: A currency sign (Unicode category Sc) after the figure, a space between or none ("1.150 €").
_SIGN_AFTER = re.compile("[ \u00a0]?[" + re.escape("".join(
    chr(c) for c in range(0x20, 0x20D0) if unicodedata.category(chr(c)) == "Sc")) + "]")
#: A word after the figure (letters, then any superscript of a unit: "km²").
_WORD_AFTER = re.compile(r"\s?(?P<w>[^\W\d_]+)")


def reads_as_thousands(text: str, start: int, end: int, approximators: frozenset) -> bool:
    """Whether the dot-group figure text[start:end] is written as a whole count or amount is: a
    content word after it (not one of spaCy's English stop words: "against", "to", "per"), or
    an approximating word right before it (`approximators`, lower case). A currency sign before
    it the amount reader checks itself; one after it ("1.150 €") is read here."""
    if _SIGN_AFTER.match(text, end):
        return True
    w = _WORD_AFTER.match(text, end)
    if w is not None and w.group("w").lower() not in _stop_words():
        return True
    before = re.search(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+$", text[max(0, start - 30):start])
    if before is None:
        return False
    words = before.group(1).lower()
    return words in approximators or words.split()[-1] in approximators


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    from ..tables import load_lines

    return frozenset(load_lines("stop_words.txt"))


@lru_cache(maxsize=None)
def groups_by_dot(country: str) -> bool:
    """Whether every official language of `country` (ISO 3166-1 alpha-2) writes its thousands
    group with a dot in CLDR's number symbols (Babel): "3.400" in Chile (es_CL), Indonesia,
    Türkiye, Germany; not where one language groups otherwise (Belgium's French, Rwanda's
    English, Senegal's French) or where no locale is known."""
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.numbers import get_group_symbol

    langs = get_official_languages(country, de_facto=True)
    try:
        return bool(langs) and all(get_group_symbol(Locale.parse(f"{lang}_{country}")) == "." for lang in langs)
    except (UnknownLocaleError, ValueError):
        return False


def dot_grouped_value(digits: str) -> int:
    """The value of a figure written with thousands dots: "3.400" -> 3400."""
    return int(digits.replace(".", ""))
