"""Small text helpers shared by messages, tables, reports and name matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Characters that must never reach a terminal raw: C0/C1 controls (ANSI escapes, newlines,
#: carriage returns), bidirectional overrides and lone surrogates (undecodable file names).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with every control character shown as its escape (`\\x1b`, `\\n`, `\\u202e`): a file
    name can then never move the cursor, recolour the terminal or forge a line of a summary."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


@lru_cache(maxsize=4096)
def pattern(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)`, kept for the next call: for a pattern built from a document's
    words (r"\\bferr\\w*" from "ferry"), which `re.search` would compile again once `re`'s own
    cache of 512 has dropped it. Comparing two documents builds thousands of such patterns, so
    they pushed every pattern out of that cache, the fixed ones too, and were compiled again and
    again (1,709 diff reports of six team sets: 8,058 compilations)."""
    return re.compile(source, flags)


def strip_accents(text: str) -> str:
    """Accents removed (NFKD, combining marks dropped): 'Zoë Müller' -> 'Zoe Muller'."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def one_line(text: str, limit: int = 200) -> str:
    """`text` with its white space collapsed, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
