"""Regex scans that try a pattern only where a match can begin (same matches as a full scan).

A regex scan tries a match at every position of the text. The date and number patterns can
only begin at the start of a run of digits, at the start of one of a few words, or at a few
characters, so `RunStarts` finds those runs once per text and `finditer_at` tries each pattern
at its possible starts only. The matches are exactly those of `pattern.finditer(text)`: a match
attempt at a position sees the text before it (lookbehinds, \\b) just as a scan does, and the
positions are tried in order. Used by the date and number parsers of this package;
no spaCy.
"""

from __future__ import annotations

import re
from itertools import accumulate, chain
from typing import Iterable, Iterator, NamedTuple, Optional


def ascii_lower(text: str) -> str:
    """`text` with A-Z lowered and every other character kept: same length, same offsets.

    (bytes.lower() touches ASCII only; 'surrogatepass' lets any str make the round trip.)
    """
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


_WORD_RUN = re.compile(r"([a-z]+)")
_DIGIT_RUN = re.compile(r"\d+")
#: The non-ASCII letters a case-insensitive pattern matches to ASCII ones ('ſ' matches 's'):
#: every character `re.fullmatch("(?i)[a-z]", c)` accepts beyond ASCII (tests check the list).
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ and the Kelvin sign
_FOLD = re.compile(f"[{_FOLDS_TO_ASCII}]")
_FOLD_OR_LETTER = re.compile(f"[a-z{_FOLDS_TO_ASCII}]")


def first_words(*groups: Iterable[str]) -> Optional[frozenset[str]]:
    """The words a match can begin with, as `RunStarts` files them: each word's leading run of
    ASCII letters, lowercased. None (scan everywhere) when a word does not begin with an ASCII
    letter or is not ASCII."""
    out = set()
    for words in groups:
        for w in words:
            m = _WORD_RUN.match(w.lower()) if w.isascii() else None
            if m is None:
                return None
            out.add(m.group(0))
    return frozenset(out)


class RunStarts:
    """Where runs of digits and runs of ASCII letters reading given words begin in a text that
    `ascii_lower` has lowercased.

    A pattern that starts with \\b (or "no letter before") and a word ("in", "last", a month name)
    can only begin where a run of letters begins, and (the word being followed by a non-letter
    in every match) that run reads exactly the word's leading run. `vocab`: the words to file
    (queries for other words scan everywhere). `odd` lists where a word holding one of the few
    non-ASCII letters a case-insensitive pattern reads as ASCII ('ſix') may begin.
    """

    def __init__(self, low: str, vocab: frozenset[str]) -> None:
        self.vocab = vocab
        runs = _runs(low)
        words: dict[str, list[int]] = {}
        for w, start in zip(runs.words, runs.starts):
            if w in vocab:
                if w in words:
                    words[w].append(start)
                else:
                    words[w] = [start]
        self.words = words
        self.digits = runs.digits
        self.odd = runs.odd

    def of(self, words: Optional[frozenset[str]], digits: bool = False,
           more: Iterable[int] = ()) -> Optional[list[int]]:
        """The sorted positions where a pattern beginning with `words` (see `first_words`), a
        digit (if `digits`) or one of the positions `more` can begin; None: anywhere."""
        if words is None or not words <= self.vocab:
            return None
        found = self.words
        return sorted(set(chain(
            chain.from_iterable(found[w] for w in words if w in found),
            self.odd, self.digits if digits else (), more)))


class _Runs(NamedTuple):
    """The runs of one lowercased text, whatever the vocabulary: its runs of ASCII letters and
    where each begins, where its runs of digits begin, and the `odd` positions (see RunStarts)."""

    low: str
    words: list[str]
    starts: list[int]
    digits: tuple[int, ...]  # shared by every RunStarts of the text: tuples, never changed
    odd: tuple[int, ...]


#: The last text's runs: a document's text is scanned for dates and for figures, each pass with
#: its own vocabulary, and each regex pass over a text costs ~0.1 us a character.
_LAST: list[Optional[_Runs]] = [None]


def _runs(low: str) -> _Runs:
    last = _LAST[0]
    if last is not None and (last.low is low or last.low == low):
        return last
    pieces = _WORD_RUN.split(low)  # [gap, run, gap, run, ..., gap]
    offsets = list(accumulate(map(len, pieces), initial=0))
    odd: list[int] = []  # every position from the start of such a word to the letter
    if any(c in low for c in _FOLDS_TO_ASCII):  # rare: no regex pass over the text without them
        done = -1  # the positions up to here are listed (each character is walked over once)
        for m in _FOLD.finditer(low):
            j = f = m.start()
            while j > done + 1 and _FOLD_OR_LETTER.match(low, j - 1):
                j -= 1
            odd.extend(range(j, f + 1))
            done = f
    runs = _LAST[0] = _Runs(low, pieces[1::2], offsets[1::2], tuple(m.start() for m in _DIGIT_RUN.finditer(low)), tuple(odd))
    return runs


def finditer_at(pattern: re.Pattern, text: str, starts: Optional[Iterable[int]]) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, trying a match only at `starts` (ascending; None: everywhere).

    Exact when every position where a match of `pattern` can begin is among `starts` (and the
    pattern cannot match the empty string).
    """
    if starts is None:
        yield from pattern.finditer(text)
        return
    pos = 0
    for p in starts:
        if p >= pos:
            m = pattern.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
