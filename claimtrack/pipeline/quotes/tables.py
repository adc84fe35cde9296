"""The quote component's word tables: speech, document, proxy and affiliation nouns, organisation kinds, ranks, titles."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from ...tables import load_lines
from ...titles import TitleTable, title_table


class SpeechTable(NamedTuple):
    """speech_nouns.txt, read once."""

    tags: dict  # tag -> words: "speech", "document", "proxy", "affiliation" (and "rank"...)
    kinds: dict  # organisation kind noun -> its name cues ("utility" -> {"utility", "power", ...})
    ranks: frozenset  # ranks stripped from any speaker name
    full_ranks: frozenset  # ranks stripped only from a known person


@lru_cache(maxsize=1)
def speech_table() -> SpeechTable:
    """The package's speech_nouns.txt, read once."""
    return parse_speech_table(load_lines("speech_nouns.txt"))


def parse_speech_table(lines: Iterable[str]) -> SpeechTable:
    """Each line is a word and its tags ("statement", "report document", "utility kind power
    energy", "gen rank"); a word alone is a speech noun."""
    tags: dict[str, set] = {"speech": set(), "document": set(), "proxy": set(), "affiliation": set()}
    kinds: dict[str, set] = {}
    short, full = set(), set()
    for line in lines:
        parts = line.lower().split()
        tag = parts[1] if len(parts) > 1 else None
        if tag == "kind":
            kinds.setdefault(parts[0], {parts[0]}).update(parts[2:])
            continue
        if tag == "rank":
            short.add(parts[0])
        elif tag == "rank-full":
            full.add(parts[0])
        for t in parts[1:] or ["speech"]:
            tags.setdefault(t, set()).add(parts[0])
    return SpeechTable({k: frozenset(v) for k, v in tags.items()}, {k: frozenset(v) for k, v in kinds.items()},
                       frozenset(short), frozenset(full))


def speech_nouns(table: Optional[SpeechTable] = None) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(speech nouns, document nouns, proxy nouns, affiliation nouns)."""
    tags = (table or speech_table()).tags
    return tuple(tags[k] for k in ("speech", "document", "proxy", "affiliation"))


def org_kinds(table: Optional[SpeechTable] = None) -> dict[str, frozenset]:
    """Organisation kind noun -> name cues ("utility" -> {"utility", "power", "energy", ...})."""
    return dict((table or speech_table()).kinds)


def rank_words(table: Optional[SpeechTable] = None) -> tuple[frozenset, frozenset]:
    """(ranks stripped from any speaker name, ranks stripped only from a known person)."""
    table = table or speech_table()
    return table.ranks, table.full_ranks


def title_word_sets(table: Optional[TitleTable] = None) -> tuple[frozenset, frozenset]:
    """(last words, all words) of the person titles in titles.txt, lower case ("minister";
    "defence", "prime", "minister")."""
    table = table or title_table()
    return table.heads, table.content_words


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


@lru_cache(maxsize=1)
def place_nouns() -> frozenset:
    """Nouns that head a place's name ("Banda Town", "Port Adair", "Lake Orr"): actor_cues.json
    'place_nouns' (hand-compiled from news phrasing, see its _source)."""
    from ...tables import load_json

    return frozenset(load_json("actor_cues.json")["place_nouns"])


def names_a_place(name: str) -> bool:
    """Whether a proper name of two words or more is a place's by its own words: its last word
    or its first is a place noun ("Banda Town", "Port Adair"), capitalised as part of the name."""
    words = name.split()
    if len(words) < 2:
        return False
    ends = {w for w in (words[0], words[-1]) if w[:1].isupper()}
    return any(w.lower() in place_nouns() for w in ends)
