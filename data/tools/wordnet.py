"""Reading Princeton WordNet 3.0's database files (Debian's `wordnet-base`, /usr/share/wordnet),
shared by the tools that build claimtrack's WordNet tables (noun_wordnet.py, verb_senses.py,
person_nouns.py)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

LICENSE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND "
    "DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, "
    "EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO "
    "REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT "
    "THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY "
    "PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton "
    "may not be used in advertising or publicity pertaining to distribution of the software and/or "
    "database. Title to copyright in this software, database and any associated documentation shall "
    "at all times remain with Princeton University and LICENSEE agrees to preserve same.")


def index(wndb: Path, pos: str) -> dict[str, tuple[list[int], int]]:
    """Lemma (as written in index.POS, '_' for a space) -> (its synset offsets, most frequent
    first; how many of its senses SemCor tags)."""
    out: dict[str, tuple[list[int], int]] = {}
    for line in (wndb / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the license header
        parts = line.split()
        n = int(parts[2])
        out[parts[0]] = ([int(x) for x in parts[-n:]], int(parts[-n - 1]))
    return out


class Synset(NamedTuple):
    lexfile: int  # lexicographer file number
    words: list[str]  # as written in data.POS ('_' for a space, '(a)' markers on adjectives)
    pointers: list[tuple[str, int, str, int, int]]  # (symbol, target offset, target pos, source word, target word)


def synsets(wndb: Path, pos: str) -> dict[int, Synset]:
    """Synset offset in data.POS -> its lexicographer file, words and pointers (word numbers
    count from 1; 0 for a pointer between whole synsets)."""
    out: dict[int, Synset] = {}
    for line in (wndb / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the license header
        head = line.split("|")[0].split()
        w_cnt = int(head[3], 16)
        k = 4 + 2 * w_cnt
        pointers = []
        for i in range(int(head[k])):
            sym, off, p, st = head[k + 1 + 4 * i:k + 5 + 4 * i]
            pointers.append((sym, int(off), p, int(st[:2], 16), int(st[2:], 16)))
        out[int(head[0])] = Synset(int(head[1]), [head[4 + 2 * i] for i in range(w_cnt)], pointers)
    return out
