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
("appeal", "mediator" -> "mediate"), so that "no appeal is possible" states the verb "appeal";
and noun_adjectives.json: each noun's adjectives by the same pointers ("anger" -> "angry",
"optimism" -> "optimistic"), so that "voiced optimism" states what "was optimistic" states
(compare only; the frames component does not read it); and adjective_similar.json: each
adjective's near-synonyms in its most frequent senses, by WordNet's own organisation of
adjectives (a synset's other words, the similar-to pointer between a cluster's head and its
satellites, the also-see pointer between heads: "shut" and "closed", "safe" and "secure"), in
senses the words are used in (the first, and those carrying a fifth of the word's SemCor tags), so
that two linking predicates name one state ("stayed shut" / "remained closed") and, with the direct
antonyms, opposite ones ("was ajar" / "was closed").

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet import LICENSE, index, synsets  # noqa: E402  (one WordNet reader for every table)

#: Senses kept per lemma (the most frequent first).
SENSES = 3



def main(wndb: Path, out: Path) -> None:
    senses = {lemma.replace("_", " "): offs[:SENSES] for lemma, (offs, _tagged) in index(wndb, "verb").items()}
    kept = {o for offs in senses.values() for o in offs}
    hypernyms: dict[int, list[int]] = {}
    causes: dict[int, list[int]] = {}
    for offset, synset in synsets(wndb, "verb").items():
        if offset not in kept:
            continue
        ups = [off for sym, off, *_ in synset.pointers if sym == "@"]
        if ups:
            hypernyms[offset] = ups
        made = [off for sym, off, *_ in synset.pointers if sym == ">"]
        if made:
            causes[offset] = made
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), verbs: for each lemma its "
                   f"{SENSES} most frequent senses (synset offsets in data.verb), and each kept sense's "
                   "direct hypernyms and the senses it causes (WordNet's cause pointer: 'raise' causes "
                   "'rise'); 'antonyms' and 'adjective_antonyms': each verb's and adjective's direct antonyms in "
                   "those senses (WordNet's '!' pointer: 'open' / 'close', 'open' / 'closed'); 'sole_sense_of': for "
                   "each verb WordNet gives one sense only, the verbs that list that sense among their rarer "
                   f"ones, beyond the {SENSES} kept ('give back' -> 'return'). Built by data/tools/verb_senses.py "
                   "from Debian's wordnet-base.",
        "_license": LICENSE,
        "senses": dict(sorted(senses.items())),
        "hypernyms": {str(k): v for k, v in sorted(hypernyms.items())},
        "causes": {str(k): v for k, v in sorted(causes.items())},
        "antonyms": antonyms(wndb, "verb", senses),
        "sole_sense_of": sole_sense_of(wndb),
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
    adjectives = noun_verbs(wndb, "a")
    side = out.with_name("noun_adjectives.json")
    side.write_text(json.dumps({
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998): for each noun, the adjectives WordNet links it to by "
                   "a derivational pointer ('+', word to word: 'anger' -> 'angry', 'optimism' -> "
                   "'optimistic', satellites included). Built by data/tools/verb_senses.py from Debian's "
                   "wordnet-base.",
        "_license": LICENSE,
        "adjectives": adjectives,
    }, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{side}: {len(adjectives)} nouns, {side.stat().st_size // 1024} KB")
    similar = similar_adjectives(wndb)
    side = out.with_name("adjective_similar.json")
    side.write_text(json.dumps({
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), adjectives: for each lemma, the adjectives that share "
                   f"its first sense or one of its {SENSES} first listed senses that carries at least "
                   f"{int(SHARE * 100)}% of its SemCor tags (cntlist.rev), or that one of those senses points to by "
                   "similar-to ('&', a cluster's head and its satellites: 'closed' / 'shut') or "
                   "also-see ('^', two heads) where the target is among that word's "
                   "senses so kept too (Gross & Miller 1990, 'Adjectives in WordNet'). Built by "
                   "data/tools/verb_senses.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "similar": similar,
    }, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{side}: {len(similar)} adjectives, {side.stat().st_size // 1024} KB")


#: The share of a word's SemCor tags a sense past the first must carry to be read.
SHARE = 0.2


def _adjective_tags(wndb: Path) -> dict[str, dict[int, int]]:
    """Adjective lemma -> {sense number: SemCor tag count} (cntlist.rev; satellites included)."""
    out: dict[str, dict[int, int]] = {}
    for line in (wndb / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, number, count = line.split()
        lemma, _, rest = key.partition("%")
        if rest[:1] in ("3", "5"):
            out.setdefault(lemma, {})[int(number)] = int(count)
    return out


def similar_adjectives(wndb: Path) -> dict[str, list[str]]:
    """Adjective lemma -> the adjectives naming nearly the same property in both words' most
    frequent senses: the other words of a kept sense, and the words of a synset a kept sense
    points to by similar-to ('&') or also-see ('^') that keep that synset among their own senses.
    WordNet organises adjectives in clusters, a head and the satellites similar to it, with
    antonymy between heads (Gross & Miller 1990); a satellite and its head name one property."""
    counts = _adjective_tags(wndb)
    senses = {}
    for lemma, (offs, _tagged) in index(wndb, "adj").items():
        tags = counts.get(lemma, {})
        total = sum(tags.values())
        # the first sense, and those carrying a real share of the word's SemCor uses: a third
        # listed sense with 2 tags of 80 ("dead", 'very tired') names no state the word states
        senses[lemma.replace("_", " ")] = [o for i, o in enumerate(offs[:SENSES], 1)
                                           if i == 1 or (total and tags.get(i, 0) >= SHARE * total)]
    data = synsets(wndb, "adj")

    def holders(offset: int) -> set[str]:
        return {w for w in (_word(x) for x in data[offset].words) if offset in senses.get(w, ())}

    out: dict[str, set[str]] = {}
    for lemma, offs in senses.items():
        near: set[str] = set()
        for offset in offs:
            near |= holders(offset)
            for sym, off, _pos, src, tgt in data[offset].pointers:
                if sym in ("&", "^") and off in data:
                    near |= holders(off)
        near.discard(lemma)
        if near:
            out[lemma] = near
    for lemma, near in list(out.items()):  # both ways: a word's near-synonym has it as one
        for other in near:
            out.setdefault(other, set()).add(lemma)
    return {w: sorted(v) for w, v in sorted(out.items())}


def sole_sense_of(wndb: Path) -> dict[str, list[str]]:
    """Verb with one WordNet sense -> the verbs that have that sense beyond their most frequent
    ones ("give back" -> "return", "hand over" -> "render"). A verb with one sense names it
    wherever it is written, so a polysemous verb said of the same subject and object in the other
    source is used in that sense: the rarer senses are kept only for such pairs."""
    idx = index(wndb, "verb")
    rare: dict[int, list[str]] = {}
    for lemma, (offs, _tagged) in idx.items():
        for off in offs[SENSES:]:
            rare.setdefault(off, []).append(lemma.replace("_", " "))
    return {lemma.replace("_", " "): sorted(rare[offs[0]]) for lemma, (offs, _tagged) in sorted(idx.items())
            if len(offs) == 1 and offs[0] in rare}


def antonyms(wndb: Path, pos: str, senses: dict | None = None) -> dict[str, list[str]]:
    """Lemma -> its direct antonyms in its most frequent senses (WordNet's '!' pointer, word to
    word: 'open' / 'close', 'rise' / 'fall'; adjectives: 'open' / 'closed', 'legal' / 'illegal').
    Adjective satellites ('ajar') have none of their own and are left out."""
    if senses is None:
        senses = {lemma.replace("_", " "): offs[:SENSES] for lemma, (offs, _tagged) in index(wndb, pos).items()}
    kept = {o for offs in senses.values() for o in offs}
    data = synsets(wndb, pos)
    out: dict[str, set[str]] = {}
    for offset, synset in data.items():
        if offset not in kept:
            continue
        words = [_word(w) for w in synset.words]
        for sym, off, _pos, src, tgt in synset.pointers:
            if sym != "!" or not src or not tgt or offset not in senses.get(words[src - 1], ()):
                continue
            target = _word(data[off].words[tgt - 1])
            if off in senses.get(target, ()):
                out.setdefault(words[src - 1], set()).add(target)
    return {w: sorted(v) for w, v in sorted(out.items())}


def _word(written: str) -> str:
    """A synset word as a lemma: lower case, spaces, no adjective marker ('(a)', '(p)')."""
    return written.lower().split("(")[0].replace("_", " ")


def noun_verbs(wndb: Path, target: str = "v") -> dict[str, list[str]]:
    """Noun lemma -> the verb lemmas (`target` "a": adjective lemmas, satellites included) its
    derivational pointers name (word to word, not synset)."""
    words = synsets(wndb, "verb" if target == "v" else "adj")
    out: dict[str, set[str]] = {}
    for synset in synsets(wndb, "noun").values():
        for sym, off, pos, src, tgt in synset.pointers:
            if sym == "+" and pos in (target, "s" if target == "a" else target) and src and tgt:
                noun = synset.words[src - 1].lower().replace("_", " ")
                out.setdefault(noun, set()).add(_word(words[off].words[tgt - 1]) if target == "a"
                                                else words[off].words[tgt - 1].lower().replace("_", " "))
    return {n: sorted(v) for n, v in sorted(out.items())}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: verb_senses.py WORDNET_DICT_DIR OUT.json")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
