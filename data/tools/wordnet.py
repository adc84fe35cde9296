"""Reading Princeton WordNet 3.0's database files (Debian's `wordnet-base`, /usr/share/wordnet),
shared by the tools that build claimtrack's WordNet tables (noun_wordnet.py, verb_senses.py,
person_nouns.py)."""

from __future__ import annotations

from pathlib import Path

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


def synsets(wndb: Path, pos: str) -> dict[int, tuple[int, list[tuple[str, int]]]]:
    """Synset offset -> (its lexicographer file number, its pointers as (symbol, target offset))."""
    out: dict[int, tuple[int, list[tuple[str, int]]]] = {}
    for line in (wndb / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head = line.split("|")[0].split()
        k = 4 + 2 * int(head[3], 16)
        out[int(head[0])] = (int(head[1]), [(head[k + 1 + 4 * i], int(head[k + 2 + 4 * i])) for i in range(int(head[k]))])
    return out
