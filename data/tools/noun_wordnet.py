#!/usr/bin/env python3
"""Build claimtrack/data/noun_wordnet.json, the one WordNet noun table, from Princeton WordNet 3.0
(Debian's `wordnet-base`).

Two wordings of one thing often differ by a noun and its synonym or its kind ("the back of the
line" / "the back of the queue", "85 lawyers" / "85 attorneys", "ferry" / "boat"). The table keeps,
for every single-word noun that can meet another noun, its most frequent senses in frequency order
(WordNet lists a lemma's senses by their frequency in SemCor): four for a noun SemCor tags, the
first for one it never tags (rare in running text); the direct hypernyms ('@') between kept
senses; and each sense's lexicographer file (senses are numbered in file order). claimtrack derives
its two views from it (claimtrack/wordnet_nouns.py, whose `derive_*` this tool also runs):

- senses (compare/statements.py): each noun's three most frequent senses that another noun shares
  or a hypernym link touches, with their direct hypernyms;
- kinds (compare/units.py): synonyms (the most frequent sense of one tagged noun among the four
  most frequent of the other, in the lexicographer file of both nouns' most frequent senses) and
  kinds (a noun and the nouns whose most frequent sense is the direct hypernym of one of its two
  most frequent senses, within one lexicographer file). claimtrack reads the kinds in a wide form
  (three senses, the hypernym in the file of the sense or of the noun's first sense: "post" /
  "job"), which needs no noun or sense the narrow form does not keep, and adds the synonyms of
  the nouns SemCor never tags (their one sense among another noun's three most frequent, or
  another such noun's: "dinghy" / "rowboat", "storey" / "floor"), which the senses view keeps.

- classes (compare/units.py `made_under`): for the nouns of things made and of the bodies that run
  them (WordNet's noun.artifact and noun.group files), every sense SemCor tags (all senses of a
  noun it never tags: their order then says nothing of frequency) and, for each such sense, the
  nearest such senses above it through any number of hypernym links ("ferry" / "vessel": ferry,
  boat, vessel; "airline" / "carrier": airline, line, common carrier). Numbered on their own, so
  that the two views above and their sense numbers are unchanged.

Only the nouns either view lists are written, with the senses either view reads; the tool checks
that the views derived from the written table equal the views over all of WordNet, the wide kinds
included.

    apt-get install wordnet-base
    python data/tools/noun_wordnet.py /usr/share/wordnet claimtrack/data/noun_wordnet.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from wordnet import LICENSE, index, synsets  # noqa: E402  (one WordNet reader for every table)

from claimtrack.wordnet_nouns import (  # noqa: E402
    CLASS_FILES, KINDS_SYNONYM, SENSES_VIEW, derive_kinds, derive_senses, lexfile_of)


def _views(tagged: dict, rare: dict, hypernyms: dict, lexfile) -> tuple:
    senses = derive_senses(tagged, rare, hypernyms)
    return senses, derive_kinds(tagged, hypernyms, lexfile)


def _classes(lemmas: dict, data: dict) -> dict:
    """The classes view: {"senses": noun -> its read senses in CLASS_FILES, "above": by sense, the
    nearest read senses above it (null: none, a number: one, a list: several)}; senses numbered in
    data.noun offset order."""
    read = {}
    for w, (offs, n) in lemmas.items():
        kept = [o for o in (offs[:n] if n > 0 else offs) if data[o].lexfile in CLASS_FILES]
        if kept:
            read[w] = kept
    known = {o for offs in read.values() for o in offs}
    memo: dict[int, frozenset] = {}

    def nearest(o: int) -> frozenset:  # the nearest read senses above o, through any synset
        if o not in memo:
            found: set = set()
            for sym, u, *_ in data[o].pointers:
                if sym in ("@", "@i"):
                    found |= {u} if u in known else nearest(u)
            memo[o] = frozenset(found)
        return memo[o]

    ids = {o: i for i, o in enumerate(sorted(known))}  # numbered in data.noun offset order
    above = [sorted(ids[u] for u in nearest(o)) for o in sorted(known)]
    return {"senses": {w: [ids[o] for o in offs] for w, offs in sorted(read.items())},
            "above": [(ups[0] if len(ups) == 1 else ups) if ups else None for ups in above]}


def main(wndb: Path, out: Path) -> None:
    lemmas = {w: v for w, v in index(wndb, "noun").items() if w.isalpha()}
    data = synsets(wndb, "noun")
    tagged = {w: offs[:KINDS_SYNONYM] for w, (offs, n) in lemmas.items() if n > 0}
    rare = {w: offs[0] for w, (offs, n) in lemmas.items() if n == 0}
    top = [o for offs in tagged.values() for o in offs[:SENSES_VIEW]] + list(rare.values())
    owners: dict[int, int] = {}
    for o in top:
        owners[o] = owners.get(o, 0) + 1
    # direct hypernyms of the senses the senses view reads, kept when the hypernym is itself such
    # a sense (the kinds view reads a subset of them: a hypernym that is a noun's first sense)
    hypernyms = {}
    for o in owners:
        ups = [u for sym, u, *_ in data[o].pointers if sym == "@" and u in owners]
        if ups:
            hypernyms[o] = ups
    full = _views(tagged, rare, hypernyms, lambda s: data[s].lexfile)
    senses, (same, kinds) = full
    in_kinds = set(same) | set(kinds) | {y for ys in kinds.values() for y in ys}
    linked = {o for offs in senses.values() for o in offs}
    kept_tagged = {}
    for w, offs in tagged.items():
        if w in in_kinds:
            kept_tagged[w] = offs
        elif w in senses:
            offs = offs[:SENSES_VIEW]
            while offs[-1] not in linked:
                offs = offs[:-1]  # a trailing sense nothing reads
            kept_tagged[w] = offs
    kept_rare = {w: o for w, o in rare.items() if w in senses}
    used = {o for offs in kept_tagged.values() for o in offs} | set(kept_rare.values())
    used |= set(hypernyms) | {u for ups in hypernyms.values() for u in ups}
    order = sorted(used, key=lambda o: (data[o].lexfile, o))  # numbered in lexicographer-file order
    ids = {o: i for i, o in enumerate(order)}
    starts = [0] * (max(data[o].lexfile for o in order) + 1)
    for lex in range(len(starts)):
        starts[lex] = next((i for i, o in enumerate(order) if data[o].lexfile >= lex), len(order))
    table_tagged = {w: [ids[o] for o in offs] for w, offs in sorted(kept_tagged.items())}
    table_rare = {w: ids[o] for w, o in sorted(kept_rare.items())}
    table_hyp = {ids[o]: [ids[u] for u in ups] for o, ups in hypernyms.items()}
    # the views of the written table must be the views over all of WordNet
    back = {i: o for o, i in ids.items()}
    got_senses, got_kinds = _views(table_tagged, table_rare, table_hyp, lexfile_of(starts))
    assert {w: [back[i] for i in v] for w, v in got_senses.items()} == senses, "senses view differs"
    assert got_kinds == (same, kinds), "kinds view differs"
    # the wide kinds (read at run time) need no sense the narrow view does not keep
    wide = derive_kinds(table_tagged, table_hyp, lexfile_of(starts), wide=True, rare=table_rare)
    back_wide = derive_kinds(tagged, hypernyms, lambda s: data[s].lexfile, wide=True, rare=rare)
    assert wide == back_wide, "wide kinds view differs"
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), single-word nouns: `tagged` holds each noun SemCor tags "
                   f"with its {KINDS_SYNONYM} most frequent senses in frequency order, `rare` each noun SemCor never "
                   "tags with its first sense; `hypernyms` the direct hypernyms (WordNet's '@' pointer: a queue is a "
                   "kind of line) of the senses read, kept when the hypernym is itself read, by sense number (null: none, a list: "
                   "several); senses are numbered in "
                   "(lexicographer file, data.noun offset) order, `lexfile_starts[f]` the first number in file f. "
                   "Only nouns and senses that can make two different nouns meet are kept. `classes`: for the "
                   "nouns with senses in the lexicographer files noun.artifact and noun.group, those senses SemCor "
                   "tags (all senses of a noun it never tags), numbered in data.noun offset order, and (`above`, by "
                   "number) for each such sense the nearest such senses above it through WordNet's hypernym pointers ('@', '@i'). Built by "
                   "data/tools/noun_wordnet.py from Debian's wordnet-base; claimtrack/wordnet_nouns.py derives the "
                   "senses and kinds views.",
        "_license": LICENSE,
        "tagged": table_tagged,
        "rare": table_rare,
        "hypernyms": [(ups[0] if len(ups) == 1 else ups) if (ups := table_hyp.get(i)) else None for i in range(len(ids))],
        "lexfile_starts": starts,
        "classes": _classes(lemmas, data),
    }
    out.write_text(json.dumps(table, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(table_tagged)} tagged + {len(table_rare)} rare nouns, {len(ids)} senses, "
          f"{out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
