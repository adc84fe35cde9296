"""Person titles ("Prime Minister", "Gov.", "Secretary-General"): the one reading of data/titles.txt.

The actor finder (titles before a name), the quote finder (a role noun naming a speaker) and the
comparison (a speaker's name without its titles) all read the table through `title_table()`, so
a title means the same thing everywhere. Plain Python, no spaCy: `claimtrack.compare` uses it
on claims read back from JSON.

Words are compared lower-case with a final period dropped ("Gov." = "gov") and split at spaces
and hyphens, as spaCy tokenizes "Secretary-General" into "Secretary", "-", "General".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from .tables import load_lines

_SPLIT = re.compile(r"[\s\-]+")
#: Function words inside titles ("Secretary of the Treasury"): part of a title phrase, but no
#: evidence of a title on their own.
FUNCTION_WORDS = frozenset("of the and for".split())
#: Honorifics before a name: titles, but they name no office ("Mr", "Dr").
_HONORIFICS = frozenset("mr mrs ms dr".split())
#: Honorifics English news writes only before a person's name (with or without a period): the
#: courtesy titles (Mr, Mrs, Ms, Miss, Mx), the academic and medical Dr and Prof, the French Mme
#: and Mlle that English papers keep, and the British Sir and Dame. Not "St" (a saint names places
#: and churches), nor "Lord"/"Lady" (also in names of places and things).
PERSON_HONORIFICS = frozenset("mr mrs ms miss mx dr prof mme mlle sir dame".split())


@dataclass(frozen=True)
class TitleTable:
    #: Whole titles, lower case, final period dropped: "prime minister", "secretary-general".
    phrases: frozenset
    #: Every word of every title ("secretary", "of", "state"): a run of these may be a title.
    words: frozenset
    #: `words` without function words and honorifics: each is evidence of an office ("defence", "minister").
    content_words: frozenset
    #: The last word of each title, the office itself ("minister", "general"), honorifics excepted.
    heads: frozenset
    #: The most words of any title: no longer phrase is a title.
    max_words: int

    def is_title(self, phrase: str) -> bool:
        """'Prime Minister', 'secretary general', 'Gov.' -> True."""
        key = " ".join(w.rstrip(".") for w in _SPLIT.split(phrase.lower()) if w)
        return key in self.phrases or key.replace(" ", "-") in self.phrases

    def name_start(self, words: Sequence[str], extra: frozenset = frozenset()) -> int:
        """Where a person's name begins in a titled name's words: after the last title word (or
        word of `extra`) that is not the final word ('Saudi Defence Minister Jane Doe' -> 3,
        'Secretary of State Jane Doe' -> 3, 'Dr. Jane Doe' -> 1, 'Jane Doe' -> 0)."""
        cut = 0
        for i, w in enumerate(words[:-1]):
            w = w.lower().rstrip(".")
            if w in self.words or w in extra:
                cut = i + 1
        return cut

    def strip(self, name: str) -> str:
        """A person's name without the titles before it ('Defence Minister Jane Doe' -> 'Jane Doe')."""
        words = name.split()
        return " ".join(words[self.name_start(words):]) or name


def _words(title: str) -> list[str]:
    return [w.rstrip(".") for w in _SPLIT.split(title.lower()) if w.rstrip(".")]


@lru_cache(maxsize=1)
def title_table() -> TitleTable:
    """The table of the installed package's data/titles.txt, read once."""
    return parse_titles(load_lines("titles.txt"))


def parse_titles(lines: Iterable[str]) -> TitleTable:
    """A TitleTable from the lines of a titles.txt (comments and blanks already dropped)."""
    phrases, words, heads, most = set(), set(), set(), 0
    for line in lines:
        ws = _words(line)
        if not ws:
            continue
        phrases.add(line.lower().rstrip("."))
        words.update(ws)
        most = max(most, len(ws))
        if ws[-1] not in _HONORIFICS and len(ws[-1]) > 2:
            heads.add(ws[-1])
    return TitleTable(frozenset(phrases), frozenset(words), frozenset(words - FUNCTION_WORDS - _HONORIFICS),
                      frozenset(heads), most)
