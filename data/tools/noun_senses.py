#!/usr/bin/env python3
"""Build claimtrack/data/noun_senses.json from Princeton WordNet 3.0 (Debian's `wordnet-base`).

Two wordings of one thing often differ by a noun and its synonym or its kind ("the back of the
line" / "the back of the queue": WordNet's queue is a kind of line; "medicines" / "drugs"). For
each single-word noun, its most frequent senses (WordNet lists a lemma's senses by their
frequency in the SemCor corpus; for a noun SemCor never tags, the first) and each kept sense's direct hypernyms: two nouns are one thing
in other words when they share a kept sense or one's kept sense is directly under the other's.
Only the first senses are kept, so rare senses do not make unrelated nouns meet.

    apt-get install wordnet-base
    python data/tools/noun_senses.py /usr/share/wordnet claimtrack/data/noun_senses.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verb_senses import LICENSE  # noqa: E402  (one licence text for the WordNet tables)

#: Senses kept per lemma (the most frequent first), as for verbs.
SENSES = 3


def main(wndb: Path, out: Path) -> None:
    senses: dict[str, list[int]] = {}
    for line in (wndb / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the license header
        parts = line.split()
        lemma, n, p_cnt = parts[0], int(parts[2]), int(parts[3])
        if not lemma.isalpha():
            continue  # single words only: the comparison reads words, not collocations
        # a noun no sense of which SemCor tags is rare in running text: its first sense only
        tagged = int(parts[5 + p_cnt]) > 0
        senses[lemma] = [int(x) for x in parts[-n:]][:SENSES if tagged else 1]
    kept = {o for offs in senses.values() for o in offs}
    hypernyms: dict[int, list[int]] = {}
    for line in (wndb / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head = line.split("|")[0].split()
        offset = int(head[0])
        if offset not in kept:
            continue
        w_cnt = int(head[3], 16)
        k = 4 + 2 * w_cnt
        ups = [int(head[k + 1 + 4 * i + 1]) for i in range(int(head[k])) if head[k + 1 + 4 * i] == "@"]
        if ups:
            hypernyms[offset] = ups
    # only what can make two different nouns meet: a sense that two nouns share, or a sense and
    # its direct hypernym each kept for some noun (the other nouns meet only themselves)
    owners: dict[int, int] = {}
    for offs in senses.values():
        for o in offs:
            owners[o] = owners.get(o, 0) + 1
    hypernyms = {o: [u for u in ups if u in owners] for o, ups in hypernyms.items()}
    hypernyms = {o: ups for o, ups in hypernyms.items() if ups}
    linked = {o for o, n in owners.items() if n > 1} | set(hypernyms) | {u for ups in hypernyms.values() for u in ups}
    senses = {w: [o for o in offs if o in linked] for w, offs in senses.items()}
    senses = {w: offs for w, offs in senses.items() if offs}
    # synsets renumbered 0.. in offset order (shorter than WordNet's byte offsets)
    ids = {o: i for i, o in enumerate(sorted(linked))}
    senses = {w: [ids[o] for o in offs] for w, offs in senses.items()}
    hypernyms = {ids[o]: [ids[u] for u in ups] for o, ups in hypernyms.items()}
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), nouns: for each single-word noun its "
                   f"{SENSES} most frequent senses (the first only for a noun SemCor never tags) (synset offsets in data.noun) and each kept sense's direct "
                   "hypernyms (WordNet's '@' pointer: a queue is a kind of line), synsets numbered in data.noun's order; only "
                   "senses that can make two different nouns meet are kept. Built by "
                   "data/tools/noun_senses.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "senses": dict(sorted(senses.items())),
        "hypernyms": {str(k): v for k, v in sorted(hypernyms.items())},
    }
    out.write_text(json.dumps(table, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(senses)} nouns, {len(ids)} senses, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: noun_senses.py WORDNET_DICT_DIR OUT.json")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
