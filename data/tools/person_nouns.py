#!/usr/bin/env python3
"""Build claimtrack/data/person_nouns.json from Princeton WordNet 3.0 (Debian's `wordnet-base`).

The nouns whose most frequent sense is a kind of person (a hyponym of person.n.01, through
WordNet's hypernym pointers; instances such as named people are not followed): "visitors",
"passengers", "skiers", "teachers". A second list, "operators": WordNet files the operators of
machines (operator.n.02 "an agent that operates some apparatus or machine": "driver",
"motorist", "trucker", "telephonist") under causal_agent.n.01, not person.n.01, though it puts
them in the noun.person lexicographer file; the quote component reads them as people too ("One
driver disagreed."), the comparison of figures reads "nouns" only. The comparison of figures reads it to know that "41,000
visitors" and "41,000 people" count the same kind of thing, the second more generally. A third,
"business": the nouns of "nouns" whose most frequent sense is a person in business, a hyponym of
businessperson.n.01 ("merchant", "trader", "exporter") or of maker.n.01 ("brewer", "manufacturer"):
news names a firm by them as often as a person ("X, the country's third-largest brewer"), so the
actor component takes no such noun beside an unknown name as evidence of a person. A fourth,
"groups": the nouns whose most frequent sense is a grouping of people, a hyponym of
social_group.n.01 or of people.n.01 ("staff", "police", "crew", "team", "delegation"; not "set"
or "collection", groupings of things): the comparison of figures reads a count made through such
a group ("staff from 30 hospitals" counts hospitals, not staff).

    apt-get install wordnet-base
    python data/tools/person_nouns.py /usr/share/wordnet claimtrack/data/person_nouns.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet import LICENSE, index, synsets  # noqa: E402  (one WordNet reader for every table)

PERSON = 7846  # person.n.01 in data.noun of WordNet 3.0
OPERATOR = 10378412  # operator.n.02 (noun.person): the driver of a vehicle, the operator of a machine
BUSINESSPERSON = 9882716  # businessperson.n.01: "a capitalist who engages in industrial commercial enterprise"
MAKER = 10284064  # maker.n.01: "a person who makes things"
INFORMANT = 10205985  # informant.n.01: "a person who supplies information" (informant, source)
SOCIAL_GROUP = 7950920  # social_group.n.01: "people sharing some social relation"
PEOPLE = 7942152  # people.n.01: "(plural) any group of human beings (men or women or children) collectively"



def main(wndb: Path, out: Path) -> None:
    hypernyms = {offset: [off for sym, off, *_ in synset.pointers if sym == "@"]
                 for offset, synset in synsets(wndb, "noun").items()}

    def under(root: int):
        memo: dict[int, bool] = {root: True}

        def test(offset: int, depth: int = 0) -> bool:
            if offset not in memo:
                memo[offset] = depth < 30 and any(test(h, depth + 1) for h in hypernyms.get(offset, ()))
            return memo[offset]
        return test

    is_person, is_operator = under(PERSON), under(OPERATOR)
    in_business, is_maker = under(BUSINESSPERSON), under(MAKER)
    is_social, is_people = under(SOCIAL_GROUP), under(PEOPLE)
    nouns, operators, business, informants, groups = [], [], [], [], []
    for lemma, (offs, _tagged) in index(wndb, "noun").items():
        if "_" not in lemma and lemma.isalpha() and INFORMANT in offs:
            informants.append(lemma.lower())
        # senses are listed most frequent first
        if "_" not in lemma and lemma.isalpha():
            if is_person(offs[0]):
                nouns.append(lemma.lower())
                if in_business(offs[0]) or is_maker(offs[0]):
                    business.append(lemma.lower())
            elif is_operator(offs[0]):
                operators.append(lemma.lower())
            elif is_social(offs[0]) or is_people(offs[0]):
                groups.append(lemma.lower())
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), nouns: the single-word lemmas whose most frequent "
                   "sense is a hyponym of person.n.01 (hypernym pointers, instances not followed). Built by "
                   "data/tools/person_nouns.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "nouns": sorted(set(nouns)),
        "_operators": "the single-word lemmas whose most frequent sense is a hyponym of operator.n.02 (filed "
                      "under noun.person, not under person.n.01): drivers and operators of machines",
        "operators": sorted(set(operators) - set(nouns)),
        "_business": "the lemmas of 'nouns' whose most frequent sense is a hyponym of businessperson.n.01 or "
                     "maker.n.01: people in business, by whose noun news names firms too",
        "business": sorted(set(business)),
        "_informants": "the single-word lemmas with a sense that is informant.n.01 itself, whatever their most "
                       "frequent sense: news calls a person who gives it information 'a source'",
        "informants": sorted(set(informants) - set(nouns)),
        "_groups": "the single-word lemmas whose most frequent sense is a hyponym of social_group.n.01 or of "
                   "people.n.01 (or is one of them): groupings of people, by whose noun a count can be made "
                   "through a body ('staff from 30 hospitals')",
        "groups": sorted(set(groups) - set(nouns)),
    }
    out.write_text(json.dumps(table, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(table['nouns'])} nouns, {len(table['operators'])} operators, {len(table['business'])} in business, "
          f"{len(table['groups'])} groups, "
          f"{out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
