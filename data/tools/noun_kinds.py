#!/usr/bin/env python3
"""Build claimtrack/data/noun_kinds.json from Princeton WordNet 3.0 (Debian's `wordnet-base`).

Two nouns that count one kind of thing, for comparing figures worded differently ("85 lawyers"
/ "85 attorneys", "a dozen babies" / "a dozen infants"):

- `same`: noun -> its synonyms (each pair listed under both). Two single-word nouns are synonyms when the most frequent sense of one is among the four most
  frequent senses of the other, and that shared sense lies in the lexicographer file of both
  nouns' most frequent senses (so "job" is no "business": the occupation sense is an act, a
  business an organisation).
- `kinds`: noun -> nouns one of whose two most frequent senses is its most frequent sense's direct
  hypernym ("ferry" -> "boat"), when both most frequent senses lie in one lexicographer file: one
  names the thing more generally (a figure of each may be one count, never a contradiction).

Only nouns whose most frequent sense is attested in SemCor (tag count > 0) are read: the words news uses.

    apt-get install wordnet-base
    python data/tools/noun_kinds.py /usr/share/wordnet claimtrack/data/noun_kinds.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from person_nouns import LICENSE  # noqa: E402  (one licence text for every WordNet table)

TOP = 4  # senses read per noun (WordNet orders them by frequency)


def _read(wndb: Path):
    senses: dict[str, list[int]] = {}
    tagged: dict[str, int] = {}
    for line in (wndb / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        p = line.split()
        n = int(p[2])
        senses[p[0]] = [int(x) for x in p[-n:]]
        tagged[p[0]] = int(p[-n - 1])
    lexfile: dict[int, int] = {}
    hypernyms: dict[int, list[int]] = {}
    for line in (wndb / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head = line.split("|")[0].split()
        w = int(head[3], 16)
        k = 4 + 2 * w
        off = int(head[0])
        lexfile[off] = int(head[1])
        hypernyms[off] = [int(head[k + 2 + 4 * i]) for i in range(int(head[k])) if head[k + 1 + 4 * i] == "@"]
    return senses, tagged, lexfile, hypernyms


def main(wndb: Path, out: Path) -> None:
    senses, tagged, lexfile, hypernyms = _read(wndb)
    words = sorted(w for w in senses if w.isalpha() and tagged[w] > 0)
    first = {w: senses[w][0] for w in words}
    by_first: dict[int, list[str]] = {}
    for w in words:
        by_first.setdefault(first[w], []).append(w)
    synonyms: dict[str, set] = {w: set() for w in words}
    for x in words:
        for s in senses[x][:TOP]:
            for y in by_first.get(s, ()):
                if y != x and lexfile[s] == lexfile[first[x]] == lexfile[first[y]]:
                    synonyms[x].add(y)
                    synonyms[y].add(x)
    same = {w: sorted(ys) for w, ys in synonyms.items() if ys}
    kinds: dict[str, set] = {}
    for x in words:
        for s in senses[x][:2]:
            for h in hypernyms.get(s, ()):
                for y in by_first.get(h, ()):
                    if y != x and lexfile[first[x]] == lexfile[first[y]] and y not in synonyms[x]:
                        kinds.setdefault(x, set()).add(y)
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), nouns whose most frequent sense is tagged in SemCor. "
                   "`same`: synonyms (the most frequent sense of one among the four most frequent of the other, in "
                   "the lexicographer file of both nouns' most frequent senses), listed under both. `kinds`: a noun and the nouns whose most frequent sense is the direct "
                   "hypernym of one of its two most frequent senses, within one lexicographer file. Built by "
                   "data/tools/noun_kinds.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "same": dict(sorted(same.items())),
        "kinds": {k: sorted(v) for k, v in sorted(kinds.items())},
    }
    out.write_text(json.dumps(table, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(same)} synonyms, {len(kinds)} nouns with kinds, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
