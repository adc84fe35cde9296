"""The quote component's word tables: speech, document, proxy and affiliation nouns, organisation kinds, ranks, titles."""

from __future__ import annotations

import re
from typing import Optional

from ...tables import load_lines


def _speech_nouns() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(speech nouns, document nouns, proxy nouns, affiliation nouns) from speech_nouns.txt."""
    tables: dict[str, set] = {"speech": set(), "document": set(), "proxy": set(), "affiliation": set()}
    for line in load_lines("speech_nouns.txt"):
        parts = line.lower().split()
        if len(parts) > 1 and parts[1] == "kind":
            continue  # organisation kinds: see _org_kinds
        for tag in parts[1:] or ["speech"]:
            tables.setdefault(tag, set()).add(parts[0])
    return tuple(frozenset(tables[k]) for k in ("speech", "document", "proxy", "affiliation"))


def _org_kinds() -> dict[str, frozenset]:
    """Organisation kind noun -> name cues ("utility" -> {"utility", "power", "energy", ...})."""
    kinds: dict[str, set] = {}
    for line in load_lines("speech_nouns.txt"):
        parts = line.lower().split()
        if len(parts) > 1 and parts[1] == "kind":
            kinds.setdefault(parts[0], {parts[0]}).update(parts[2:])
    return {k: frozenset(v) for k, v in kinds.items()}


def _ranks() -> tuple[frozenset, frozenset]:
    """(ranks stripped from any speaker name, ranks stripped only from a known person)."""
    short, full = set(), set()
    for line in load_lines("speech_nouns.txt"):
        parts = line.lower().split()
        if len(parts) > 1 and parts[1] == "rank":
            short.add(parts[0])
        elif len(parts) > 1 and parts[1] == "rank-full":
            full.add(parts[0])
    return frozenset(short), frozenset(full)


def _title_words() -> tuple[frozenset, frozenset]:
    """(last words, all words) of the person titles in titles.txt, lower case ("minister";
    "defence", "prime", "minister")."""
    heads, words_all = set(), set()
    for line in load_lines("titles.txt"):
        words = re.findall(r"[^\W\d_][\w\-]*", line.lower())
        if words and len(words[-1]) > 2 and words[-1] not in ("mr", "mrs", "ms", "dr"):
            heads.add(words[-1])
            words_all.update(w for w in words if w not in ("of", "the"))
    return frozenset(heads), frozenset(words_all)


def strip_ranks(name: Optional[str], person: bool, short: frozenset, full: frozenset) -> Optional[str]:
    """'Brig Gen Jane Doe' -> 'Jane Doe': leading ranks off a speaker's name, two words kept."""
    if not name:
        return name
    words = name.split()
    k = 0
    keep = 1 if person else 2  # a known person may be left with a surname alone
    while len(words) - k > keep:
        w = words[k].lower().rstrip(".")
        if not (w in short or (person and w in full)):
            break
        k += 1
    if k == 0:
        return name
    return " ".join(words[k:])
