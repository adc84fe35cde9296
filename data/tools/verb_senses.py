#!/usr/bin/env python3
"""Build claimtrack/data/verb_senses.json from Princeton WordNet 3.0 (Debian's `wordnet-base`).

The comparison of statements treats two predicates as one action when they share a WordNet verb
sense ("break down" and "collapse"; "pull back" and "withdraw") or when one is a direct troponym
of the other ("spearhead" is a way to "head"/"lead"); a verb that causes another ("raise" and
"rise", WordNet's cause pointer) names one change of the thing it is done to ("raised the fare",
"the fare rose"). Only the verbs' most frequent senses are
kept (WordNet lists a lemma's senses by their frequency in the SemCor corpus), so rare senses do
not make unrelated verbs meet.

    apt-get install wordnet-base
    python data/tools/verb_senses.py /usr/share/wordnet claimtrack/data/verb_senses.json

It also writes noun_verbs.json beside it: each noun's verbs by WordNet's derivational pointers
("appeal", "mediator" -> "mediate"), so that "no appeal is possible" states the verb "appeal".

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

#: Senses kept per lemma (the most frequent first).
SENSES = 3

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
    senses: dict[str, list[int]] = {}
    for line in (wndb / "index.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the license header
        parts = line.split()
        lemma, n = parts[0], int(parts[2])
        offsets = [int(x) for x in parts[-n:]]
        senses[lemma.replace("_", " ")] = offsets[:SENSES]
    kept = {o for offs in senses.values() for o in offs}
    hypernyms: dict[int, list[int]] = {}
    causes: dict[int, list[int]] = {}
    for line in (wndb / "data.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head = line.split("|")[0].split()
        offset = int(head[0])
        if offset not in kept:
            continue
        w_cnt = int(head[3], 16)
        k = 4 + 2 * w_cnt
        p_cnt = int(head[k])
        ups = [int(head[k + 1 + 4 * i + 1]) for i in range(p_cnt) if head[k + 1 + 4 * i] == "@"]
        if ups:
            hypernyms[offset] = ups
        made = [int(head[k + 1 + 4 * i + 1]) for i in range(p_cnt) if head[k + 1 + 4 * i] == ">"]
        if made:
            causes[offset] = made
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), verbs: for each lemma its "
                   f"{SENSES} most frequent senses (synset offsets in data.verb), and each kept sense's "
                   "direct hypernyms and the senses it causes (WordNet's cause pointer: 'raise' causes "
                   "'rise'); 'antonyms' and 'adjective_antonyms': each verb's and adjective's direct antonyms in "
                   "those senses (WordNet's '!' pointer: 'open' / 'close', 'open' / 'closed'). Built by data/tools/verb_senses.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "senses": dict(sorted(senses.items())),
        "hypernyms": {str(k): v for k, v in sorted(hypernyms.items())},
        "causes": {str(k): v for k, v in sorted(causes.items())},
        "antonyms": antonyms(wndb, "verb", senses),
        "adjective_antonyms": antonyms(wndb, "adj"),
    }
    out.write_text(json.dumps(table, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(senses)} verbs, {len(kept)} senses, {out.stat().st_size // 1024} KB")
    nouns = noun_verbs(wndb)
    side = out.with_name("noun_verbs.json")
    side.write_text(json.dumps({
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998): for each noun, the verbs WordNet links it to by a "
                   "derivational pointer ('+', word to word: 'appeal' -> 'appeal', 'mediator' -> 'mediate', "
                   "'approval' -> 'approve'). Built by data/tools/verb_senses.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "verbs": nouns,
    }, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{side}: {len(nouns)} nouns, {side.stat().st_size // 1024} KB")


def antonyms(wndb: Path, pos: str, senses: dict | None = None) -> dict[str, list[str]]:
    """Lemma -> its direct antonyms in its most frequent senses (WordNet's '!' pointer, word to
    word: 'open' / 'close', 'rise' / 'fall'; adjectives: 'open' / 'closed', 'legal' / 'illegal').
    Adjective satellites ('ajar') have none of their own and are left out."""
    if senses is None:
        senses = {}
        for line in (wndb / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            senses[parts[0].replace("_", " ")] = [int(x) for x in parts[-int(parts[2]):]][:SENSES]
    kept = {o for offs in senses.values() for o in offs}
    out: dict[str, set[str]] = {}
    for line in (wndb / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head = line.split("|")[0].split()
        if int(head[0]) not in kept:
            continue
        w_cnt = int(head[3], 16)
        words = [head[4 + 2 * i].lower().split("(")[0].replace("_", " ") for i in range(w_cnt)]
        k = 4 + 2 * w_cnt
        for i in range(int(head[k])):
            sym, off, _, st = head[k + 1 + 4 * i:k + 5 + 4 * i]
            src, tgt = int(st[:2], 16), int(st[2:], 16)
            if sym != "!" or not src or not tgt or int(head[0]) not in senses.get(words[src - 1], ()):
                continue
            target = _words(wndb, pos, int(off))[tgt - 1]
            if int(off) in senses.get(target, ()):
                out.setdefault(words[src - 1], set()).add(target)
    return {w: sorted(v) for w, v in sorted(out.items())}


_SYNSET_WORDS: dict[tuple[str, int], list[str]] = {}


def _words(wndb: Path, pos: str, offset: int) -> list[str]:
    """The words of the synset at `offset` in data.POS (read by seeking: offsets are bytes)."""
    key = (pos, offset)
    if key not in _SYNSET_WORDS:
        with open(wndb / f"data.{pos}", "rb") as fh:
            fh.seek(offset)
            head = fh.readline().decode("utf-8").split("|")[0].split()
        _SYNSET_WORDS[key] = [head[4 + 2 * i].lower().split("(")[0].replace("_", " ") for i in range(int(head[3], 16))]
    return _SYNSET_WORDS[key]


def noun_verbs(wndb: Path) -> dict[str, list[str]]:
    """Noun lemma -> the verb lemmas its derivational pointers name (word to word, not synset)."""
    verb_words: dict[int, list[str]] = {}
    for line in (wndb / "data.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head = line.split("|")[0].split()
        w_cnt = int(head[3], 16)
        verb_words[int(head[0])] = [head[4 + 2 * i].lower().replace("_", " ") for i in range(w_cnt)]
    out: dict[str, set[str]] = {}
    for line in (wndb / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        head = line.split("|")[0].split()
        w_cnt = int(head[3], 16)
        words = [head[4 + 2 * i].lower().replace("_", " ") for i in range(w_cnt)]
        k = 4 + 2 * w_cnt
        for i in range(int(head[k])):
            sym, off, pos, st = head[k + 1 + 4 * i:k + 5 + 4 * i]
            src, tgt = int(st[:2], 16), int(st[2:], 16)
            if sym == "+" and pos == "v" and src and tgt:
                out.setdefault(words[src - 1], set()).add(verb_words[int(off)][tgt - 1])
    return {n: sorted(v) for n, v in sorted(out.items())}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: verb_senses.py WORDNET_DICT_DIR OUT.json")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
