#!/usr/bin/env python3
"""Build claimtrack/data/person_nouns.json from Princeton WordNet 3.0 (Debian's `wordnet-base`).

The nouns whose most frequent sense is a kind of person (a hyponym of person.n.01, through
WordNet's hypernym pointers; instances such as named people are not followed): "visitors",
"passengers", "skiers", "teachers". The comparison of figures reads it to know that "41,000
visitors" and "41,000 people" count the same kind of thing, the second more generally.

    apt-get install wordnet-base
    python data/tools/person_nouns.py /usr/share/wordnet claimtrack/data/person_nouns.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PERSON = 7846  # person.n.01 in data.noun of WordNet 3.0

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


def main(wndb: Path, out: Path) -> None:
    hypernyms: dict[int, list[int]] = {}
    for line in (wndb / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the license header
        head = line.split("|")[0].split()
        w_cnt = int(head[3], 16)
        k = 4 + 2 * w_cnt
        hypernyms[int(head[0])] = [int(head[k + 2 + 4 * i]) for i in range(int(head[k]))
                                   if head[k + 1 + 4 * i] == "@"]
    memo: dict[int, bool] = {PERSON: True}

    def is_person(offset: int, depth: int = 0) -> bool:
        if offset not in memo:
            memo[offset] = depth < 30 and any(is_person(h, depth + 1) for h in hypernyms.get(offset, ()))
        return memo[offset]

    nouns = []
    for line in (wndb / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, n = parts[0], int(parts[2])
        first = int(parts[-n])  # senses are listed most frequent first
        if "_" not in lemma and lemma.isalpha() and is_person(first):
            nouns.append(lemma.lower())
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), nouns: the single-word lemmas whose most frequent "
                   "sense is a hyponym of person.n.01 (hypernym pointers, instances not followed). Built by "
                   "data/tools/person_nouns.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "nouns": sorted(set(nouns)),
    }
    out.write_text(json.dumps(table, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(table['nouns'])} nouns, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
