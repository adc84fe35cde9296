"""The one table of English calendar and number words, read by every parser and by compare/,
and the one singular of an English plural noun (`singular`).

Month and weekday names and the month names that are also ordinary words come from
data/dates.json; the determiners are written here (Quirk et al.); cardinal number words and scale
words from data/numbers.json, and the ordinal words ("first", "thirty-first", "fifths") are made
from them here (`ordinal`); the irregular plurals from data/units.json (each file names its
source). Nothing else in the package spells these words out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tables import load_json

_DATES = load_json("dates.json")
_NUMBERS = load_json("numbers.json")

#: Every written month, full name and abbreviation, lowercase -> month number ("sept" -> 9).
MONTHS: dict[str, int] = _DATES["months"]
#: Month names that are also common English words ("may", "march", "sept"): alone they count
#: only when capitalised (see data/dates.json).
AMBIGUOUS_MONTHS = frozenset(_DATES["ambiguous_months"])
#: The twelve full month names, lowercase, January first (the longest way each month is written).
MONTH_NAMES: tuple[str, ...] = tuple(
    max((k for k, v in MONTHS.items() if v == n), key=len) for n in range(1, 13))
#: The abbreviations ("jan", "sept", "sep"), lowercase.
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(k for k in MONTHS if k not in MONTH_NAMES)
#: Every written weekday, lowercase -> weekday number (Monday 0): "thursday", "thu", "thurs".
WEEKDAYS: dict[str, int] = _DATES["weekdays"]
#: The seven full weekday names, lowercase, Monday first.
WEEKDAY_NAMES: tuple[str, ...] = tuple(
    max((k for k, v in WEEKDAYS.items() if v == n), key=len) for n in range(7))

#: English determiners (Quirk et al. 1985, 5.10-5.25), lowercase: the articles and demonstratives,
#: the possessive determiners and the quantifiers that stand before a noun.
ARTICLES_DEMONSTRATIVES = frozenset("a an the this that these those".split())
POSSESSIVE_DETERMINERS = frozenset("its their his her our my your".split())
QUANTIFIER_DETERMINERS = frozenset("some many most all both several few such no any each every".split())
#: The postdeterminers that are no numbers (Quirk et al. 1985, 5.20-5.22; data/quantifiers.json):
#: the general ordinals, which place a member in a series ("the next two", "the last 12"), and
#: the additive ones, which add members to those spoken of ("another 40", "a further 12"). The
#: ordinals themselves are ORDINAL_WORDS below.
_POSTDETERMINERS = load_json("quantifiers.json")["postdeterminers"]
GENERAL_ORDINALS = frozenset(_POSTDETERMINERS["general_ordinals"])
ADDITIVE_POSTDETERMINERS = frozenset(_POSTDETERMINERS["additive"])

#: Cardinal number words below a hundred, lowercase -> value: "zero".."nineteen", "twenty".."ninety".
UNITS: dict[str, int] = {k.lower(): v for k, v in _NUMBERS["units"].items()}
TENS: dict[str, int] = {k.lower(): v for k, v in _NUMBERS["tens"].items()}
CARDINALS: dict[str, int] = {**UNITS, **TENS}
#: "hundred" and the scale words ("thousand", "million", "bn" is an abbreviation, not here).
HUNDRED: dict[str, int] = {k.lower(): v for k, v in _NUMBERS["hundred"].items()}
SCALE_WORDS: dict[str, int] = {k.lower(): v for k, v in _NUMBERS["scale_words"].items()}
#: "dozen" -> 12 (a multiplier: "two dozen").
MULTIPLIERS: dict[str, int] = {k.lower(): v for k, v in _NUMBERS["multipliers"].items()}

#: The ordinals English forms irregularly (Quirk et al. 1985, 6.63); the others add "-th", and
#: a ten ending in "-y" writes "-ieth" ("forty" -> "fortieth").
_IRREGULAR_ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                       "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def ordinal(cardinal: str) -> str:
    """The ordinal of an English cardinal number word, lowercase: "seven" -> "seventh", "twenty"
    -> "twentieth", "sixty-three" -> "sixty-third" (the last part of a compound takes the ending),
    "thousand" -> "thousandth"."""
    head, sep, last = cardinal.lower().rpartition("-")
    if last in _IRREGULAR_ORDINALS:
        last = _IRREGULAR_ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def _cardinal_word(n: int) -> str:
    """The English cardinal word of 0 <= n < 100, lowercase: 7 -> "seven", 31 -> "thirty-one"."""
    words = {v: w for w, v in reversed(CARDINALS.items())}  # the first word of each value
    return words[n] if n in words else f"{words[n - n % 10]}-{words[n % 10]}"


#: Ordinal day words, "first" to "thirty-first" -> 1..31.
ORDINAL_WORDS: dict[str, int] = {ordinal(_cardinal_word(n)): n for n in range(1, 32)}


def _ordinal_denominators() -> dict[str, int]:
    """Every ordinal that names a fraction's denominator, singular and plural -> its value: 3 to 99
    in words ("third", "twelfths", "twenty-fifth") and the hundred and the scale words that are
    powers of a thousand ("hundredths", "millionth"). "first" and "second" name no fraction
    ("three seconds" is a time); "half" and "quarter" are words of their own (numbers.json)."""
    out: dict[str, int] = {}
    for n in range(3, 100):
        word = _cardinal_word(n)
        out[ordinal(word)] = out[ordinal(word) + "s"] = n
    for w, v in {**HUNDRED, **SCALE_WORDS}.items():
        if v == 100 or (v >= 1000 and len(str(v)) % 3 == 1):
            out[ordinal(w)] = out[ordinal(w) + "s"] = v
    return out


#: Ordinal denominators, lowercase, singular and plural -> value ("fifths" -> 5, see above).
ORDINAL_DENOMINATORS: dict[str, int] = _ordinal_denominators()

_IRREGULAR_PLURALS: dict[str, str] = load_json("units.json")["irregular_plurals"]


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked again for every mention of a name
def singular(word: str) -> str:
    """The singular of an English plural noun, lowercase, for table look-ups where no parse gives
    a lemma: irregular plurals from data/units.json ("people" -> "person", "crises" -> "crisis"),
    then the regular endings ("industries" -> "industry", "taxes" -> "tax", "farmers" ->
    "farmer"), and a compound of "man" ("fishermen" -> "fisherman", as WordNet's noun table knows
    "fisherman"; "specimen" and "abdomen" are nouns of their own); a word ending in "ss", "us"
    or "is" is no plural ("glass", "bonus", "basis")."""
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("men") and _compound_of_man(w):
        return w[:-3] + "man"
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(?:ches|shes|sses|xes|zes)$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not re.search(r"(?:ss|us|is)$", w):
        return w[:-1]
    return w


@lru_cache(maxsize=1 << 12)
def names_matter(obj: str | None) -> bool:
    """The object's head noun names an abstract matter: its first WordNet sense is an act, an
    event, a communication, a possession or a quantity ("sale", "treaty", "fee"; not "ferry",
    "farmers", "room"). Shared by the stances of statements (compare/statements/stances.py) and
    the reported progressives of an option (pipeline/date_tense.py). Here, beside `singular`, so
    that wordnet_nouns imports nothing of parsers (no import cycle)."""
    from ..wordnet_nouns import MATTER_FILES, noun_lexfiles

    words = (obj or "").lower().split()
    if not words:
        return False
    files = noun_lexfiles(singular(words[-1]), 1) or noun_lexfiles(words[-1], 1)
    return bool(files) and files[0] in MATTER_FILES


def _compound_of_man(word: str) -> bool:
    """`word` ("...men") is the plural of a compound of "man": WordNet's noun table
    (claimtrack.wordnet_nouns) holds the "...man" noun and not `word` itself."""
    from ..wordnet_nouns import noun_lexfiles

    return bool(noun_lexfiles(word[:-3] + "man", 1)) and not noun_lexfiles(word, 1)
