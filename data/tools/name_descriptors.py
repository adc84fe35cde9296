#!/usr/bin/env python3
"""Build claimtrack/data/name_descriptors.json from Princeton WordNet 3.0 (Debian's `wordnet-base`).

A common noun written right before a name or in apposition to it says what the name names:
"the exporters' association X" and "X, a shipping firm," name organisations; "the tanker X",
"the ferry X" and "X, a bronze sculpture," name things, which do not act or speak however the
model tags them. Two lists of nouns (single words and compounds such as "think tank", which is
not a kind of tank), each by its most frequent sense (WordNet lists
a lemma's senses by their frequency in SemCor), through hypernym pointers (instances not followed):

- organisations: hyponyms of organization.n.01 ("association", "firm", "federation", "club"),
  but not of political_unit.n.01 ("country", "nation", "kingdom": a polity is a GPE);
- businesses: the organisations that are hyponyms of enterprise.n.02 or company.n.01 ("firm",
  "corporation", "industry", "cooperative", "utility"): kinds of commercial body, any of which a
  text may take up as "the company" or "the firm";
- heads: nouns that say what kind of body or establishment a name ending in them names
  ("X Hospital", "X Museum", "X University", "X Industries"): hyponyms of social_group.n.01,
  structure.n.01 or facility.n.01 (a business name ending in its goods, "X Freight", "X Gas",
  has none);
- things: hyponyms of vehicle.n.01 ("tanker", "ferry", "yacht", "aircraft") or of the works of art
  (work_of_art.n.01, art.n.01: "painting", "sculpture", "statue"), and not of organization.n.01.
  Other artifacts are left out on purpose: a newspaper, a museum or a station is also a body that
  speaks.

    apt-get install wordnet-base
    python data/tools/name_descriptors.py /usr/share/wordnet claimtrack/data/name_descriptors.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet import LICENSE, index, synsets  # noqa: E402  (one WordNet reader for every table)

ORGANIZATION = 8008335  # organization.n.01 in data.noun of WordNet 3.0
POLITY = 8359949  # political_unit.n.01
HEADS = {7950920: "social_group.n.01", 4341686: "structure.n.01", 3315023: "facility.n.01"}
BUSINESS = {8056231: "enterprise.n.02", 8058098: "company.n.01"}
THINGS = {4524313: "vehicle.n.01", 4601690: "work_of_art.n.01", 2743547: "art.n.01"}


def _spelling(a: str, b: str) -> bool:
    """Two spellings of one word: the same first three letters and lengths within two
    ("organisation" / "organization", "armour" / "armor"; not "sub" / "submarine")."""
    return a[:3] == b[:3] and abs(len(a) - len(b)) <= 2


def by_frequency(idx: dict[str, tuple[list[int], int]]) -> dict[str, tuple[list[int], int]]:
    """The index with each lemma's senses in the order of their frequency. WordNet orders a lemma's
    senses by how often SemCor tags that lemma; a spelling SemCor never tags ("organisation",
    "colour", "judgement") gets an arbitrary order. When another spelling of the word that SemCor
    tags has exactly the same senses ("organization"), its order is the frequency order (the most
    tagged one's where several do); a word that only shares its senses ("sub" with "submarine")
    keeps WordNet's order."""
    tagged: dict[frozenset, list[tuple[int, str, list[int]]]] = {}
    for lemma, (offsets, n) in idx.items():
        if n:
            tagged.setdefault(frozenset(offsets), []).append((n, lemma, offsets))
    out = {}
    for lemma, (offsets, n) in idx.items():
        variants = [t for t in tagged.get(frozenset(offsets), ()) if not n and _spelling(lemma, t[1])]
        out[lemma] = (max(variants)[2] if variants else offsets, n)
    return out


def main(wndb: Path, out: Path) -> None:
    data = synsets(wndb, "noun")
    assert "organization" in data[ORGANIZATION].words, "not WordNet 3.0's data.noun"
    assert "political_unit" in data[POLITY].words, "not WordNet 3.0's data.noun"
    for off, name in (THINGS | BUSINESS | HEADS).items():
        assert name.split(".")[0] in data[off].words, f"not WordNet 3.0's data.noun ({name})"
    hypernyms = {o: [off for sym, off, *_ in s.pointers if sym == "@"] for o, s in data.items()}

    def closure(o: int) -> set[int]:
        seen: set[int] = set()
        todo = [o]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(hypernyms.get(x, ()))
        return seen

    orgs, things, businesses, heads = [], [], [], []
    for lemma, (offsets, _tagged) in by_frequency(index(wndb, "noun")).items():
        if not lemma.replace("_", "").isalpha():
            continue  # one word, or a compound of words ("think_tank", "oil_tanker")
        above = closure(offsets[0])
        if above & HEADS.keys():
            heads.append(lemma)
        if ORGANIZATION in above:
            if POLITY not in above:
                orgs.append(lemma)
                if above & BUSINESS.keys():
                    businesses.append(lemma)
        elif above & THINGS.keys():
            things.append(lemma)
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), nouns (single words and compounds of words) by their most frequent sense "
                   "(a spelling SemCor never tags, such as organisation, takes the sense order of the tagged spelling with the same senses) "
                   "(hypernym pointers, instances not followed): organisations are hyponyms of "
                   "organization.n.01 and not of political_unit.n.01; things are hyponyms of vehicle.n.01, work_of_art.n.01 or art.n.01 "
                   "and not of organization.n.01; businesses are the organisations under enterprise.n.02 or company.n.01; heads are nouns under social_group.n.01, structure.n.01 or facility.n.01. Built by data/tools/name_descriptors.py from Debian's "
                   "wordnet-base.",
        "_license": LICENSE,
        "organisations": sorted(w.replace("_", " ") for w in orgs),
        "things": sorted(w.replace("_", " ") for w in things),
        "businesses": sorted(w.replace("_", " ") for w in businesses),
        "heads": sorted(w.replace("_", " ") for w in heads),
    }
    out.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(orgs)} organisation nouns ({len(businesses)} businesses), {len(heads)} name heads, {len(things)} thing nouns -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"),
         Path(sys.argv[2] if len(sys.argv) > 2 else "claimtrack/data/name_descriptors.json"))
