"""Where the amount and mask patterns can begin in one text (`_Starts`, for `scan.finditer_at`).
Moved out of parsers/amounts.py (reading one number is that module's job).
"""

from __future__ import annotations

import re
from typing import Optional

from .number_tables import _tables
from .scan import RunStarts, ascii_lower


_MASK_CHARS = re.compile(r"[+(]")


class _Starts:
    """Where the scanning patterns can begin in one text, for `scan.finditer_at`: each
    pattern is tried at a few hundred positions instead of at every character (same matches).

    Digit runs, runs of letters reading one of the pattern's first words (or holding a non-ASCII
    letter, which a case-insensitive pattern may match), and the characters a match can start
    with: currency signs and vulgar fractions; for the masks, '+', '(', the start of the run of
    address characters before an '@', and month names (whose alternative has no \\b before it).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.runs = RunStarts(ascii_lower(text), _tables().begin_words)

    def digits(self) -> tuple[int, ...]:
        return self.runs.digits

    def words(self, words: Optional[frozenset[str]]) -> Optional[list[int]]:
        return self.runs.of(words)

    def amount(self) -> Optional[list[int]]:
        t = _tables()
        text = self.text
        dots = [d - 1 for d in self.runs.digits if d and text[d - 1] == "."]  # ".5"
        signs = [m.start() for m in t.amount_chars.finditer(text)]
        return self.runs.of(t.amount_words, digits=True, more=dots + signs)

    def masks(self) -> Optional[list[int]]:
        t = _tables()
        text = self.text
        more = [m.start() for m in _MASK_CHARS.finditer(text)]
        at = text.find("@")
        while at >= 0:  # an e-mail address: the start of the run of [\w.+-] before the '@'
            j = at
            while j > 0 and _EMAIL_CHAR.match(text, j - 1):
                j -= 1
            if j < at:
                more.append(j)
            at = text.find("@", at + 1)
        for name in t.mask_months:
            i = text.find(name)
            while i >= 0:
                more.append(i)
                i = text.find(name, i + 1)
        return self.runs.of(t.mask_words, digits=True, more=more)


_EMAIL_CHAR = re.compile(r"[\w.+-]")
