#!/usr/bin/env python3
"""Build claimtrack/data/verb_act_nouns.json: for each verb lemma's most frequent sense, the nouns
of acts WordNet derives from it.

WordNet links a verb sense to the nouns derived from its words by the derivational pointer
('+', Fellbaum & Miller 2003, 'Morphosemantic links in WordNet'). When the noun is an act (the
lexicographer file noun.act, 'nouns denoting acts or actions'), it names the act the verb sense
does: "razing, levelling, tearing down, demolishing" (razing.n.01) is the act of demolish.v.01
'destroy completely' and of level.v.01 'tear down so as to make flat with the ground', whose
synonyms include "pull down". Two verbs whose senses derive one act noun name one act under two
verbs even when WordNet gives them no common sense nor a hypernym ("would not demolish the hall" /
"would pull down the hall"). Only noun.act counts: a shared agent noun ("payer") or a noun of a
possession ("pay, wage, earnings": 'pay' and 'earn') names no one act, so those are not kept.

Kept: each lemma's most frequent sense (data/verb_senses.json lists them most frequent first), with
the words of the sense each pointer comes from: a rarer sense joins verbs of opposite effect
("anticipate" in its third sense, 'act in advance of', derives prevention.n as "avert" does), and
a noun reached only through other words of both synsets joins two acts ("accuse" through
"incriminate", "breach" through "offend": crime.n), so `act_nouns` counts a shared noun only when
one side's own word derives it.

    apt-get install wordnet-base
    python data/tools/verb_act_nouns.py /usr/share/wordnet claimtrack/data/verb_act_nouns.json

Run once after those two tables; the output is committed, so claimtrack needs neither WordNet nor
this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet import LICENSE, synsets  # noqa: E402  (one WordNet reader for every table)

#: WordNet 3.0's lexicographer file of acts (lexnames: 04 noun.act).
NOUN_ACT = 4
DATA = Path(__file__).resolve().parents[2] / "claimtrack" / "data"


def kept_senses() -> set[int]:
    """The verb senses the comparison reads: each lemma's most frequent (verb_senses.json lists a
    lemma's senses most frequent first)."""
    raw = json.loads((DATA / "verb_senses.json").read_text(encoding="utf-8"))["senses"]
    return {offsets[0] for offsets in raw.values() if offsets}


def act_nouns(wndb: Path, senses: set[int]) -> dict[int, dict[int, list[str]]]:
    """Verb sense -> each noun.act synset its derivational pointers reach -> the sense's words the
    pointers come from (WordNet's pointer is lexical: 'raze' -> razing, 'demolish' -> razing)."""
    nouns = synsets(wndb, "noun")
    out: dict[int, dict[int, list[str]]] = {}
    for offset, synset in synsets(wndb, "verb").items():
        if offset not in senses:
            continue
        acts: dict[int, set[str]] = {}
        for sym, off, pos, src, _tgt in synset.pointers:
            if sym == "+" and pos == "n" and nouns[off].lexfile == NOUN_ACT and src:
                acts.setdefault(off, set()).add(synset.words[src - 1].lower().replace("_", " "))
        if acts:
            out[offset] = {k: sorted(v) for k, v in sorted(acts.items())}
    return out


def main(wndb: Path, out: Path) -> None:
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), verbs: for each verb sense that is some lemma's most "
                   "frequent in verb_senses.json, the noun synsets of the lexicographer file noun.act ('nouns denoting "
                   "acts or actions') that its derivational pointers ('+') reach, each with the sense's words the "
                   "pointers come from: the act the sense does (demolish.v.01, from 'demolish', and level.v.01, "
                   "'pull down', from 'raze', both derive razing.n.01). Synset offsets in data.verb and data.noun. "
                   "Built by data/tools/verb_act_nouns.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "act_nouns": {str(k): v for k, v in sorted(act_nouns(wndb, kept_senses()).items())},
    }
    out.write_text(json.dumps(table, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(table['act_nouns'])} verb senses, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: verb_act_nouns.py WORDNET_DICT_DIR OUT.json")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
