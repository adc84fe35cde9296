#!/usr/bin/env python3
"""Build claimtrack/data/legal_acts.json from Princeton WordNet 3.0 (Debian's `wordnet-base`).

Two lists of single-word nouns, each the lemmas with a sense under a few WordNet synsets (a
common sense, one of the first two or of those SemCor tags, except where said):

- "measures": what a court, the police or an authority does to a party, so that the party "faces"
  it and undergoes the act (Mel'čuk's Oper2: "faces charges", "faces eviction", "faces an
  inquiry"): hyponyms of due_process.n.01 (proceedings: trial, prosecution, lawsuit, eviction),
  punishment.n.01 and penalty.n.02 (the payment: fine), investigation.n.01 and inquiry.n.03 (a
  probe; an inquiry into a matter of public interest), charge.n.02 (an accusation of an offence),
  banishment.n.02 (deportation, expulsion), arrest.n.01, extradition.n.01, ban.n.01 (a decree
  that prohibits), sanction.n.02 and debarment.n.02 (suspension). Not questions or difficulties
  ("faced questions", "faces a challenge"): no act done to the subject at anyone's hands.
- "proceedings": what a party files or lodges as an act of its own ("filed a complaint", "lodged
  an appeal"): any sense under proceeding.n.01, pleading.n.01 and the formal objections
  challenge.n.04 and protest.n.01 (the verb takes its noun in the legal sense: "a complaint" filed
  is the pleading, not the ailment), a common sense under application.n.02, and request.n.01's own
  words (petition, request), not its kinds demand and solicitation ("purism", "collection"). Not a
  document filed ("filed its tax returns", "filed a report").

    apt-get install wordnet-base
    python data/tools/legal_acts.py /usr/share/wordnet claimtrack/data/legal_acts.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet import LICENSE, index, synsets  # noqa: E402  (one WordNet reader for every table)

#: (lemma, sense number in index.noun, most frequent first) of each root synset
MEASURES = (("due_process", 1), ("punishment", 1), ("penalty", 2), ("investigation", 1), ("inquiry", 3), ("charge", 2),
            ("banishment", 2), ("arrest", 1), ("extradition", 1), ("ban", 1), ("sanction", 2), ("debarment", 2))
#: The legal kinds "file" and "lodge" take in their legal sense whatever the noun's commonest
#: ("filed a complaint": the pleading, not the ailment), and the formal requests.
LEGAL = (("proceeding", 1), ("pleading", 1), ("challenge", 4), ("protest", 1))
REQUESTS = (("application", 2),)  # and request.n.01's own words (not its kinds demand, solicitation)
REQUEST = ("request", 1)
#: A lemma is kept when one of its common senses lies under a root: its first two, or as many as
#: SemCor tags (index.noun's tagsense_cnt: "trial" is a proceeding in its fourth sense, tagged),
#: never a rare sense ("music" is no measure for its "face the music" sense).
COMMON = 2


def main(wndb: Path, out: Path) -> None:
    nouns = index(wndb, "noun")
    data = synsets(wndb, "noun")
    hypernyms = {offset: [off for sym, off, *_ in synset.pointers if sym in ("@", "@i")] for offset, synset in data.items()}

    def under(roots: frozenset):
        memo: dict[int, bool] = {r: True for r in roots}

        def test(offset: int, depth: int = 0) -> bool:
            if offset not in memo:
                memo[offset] = depth < 30 and any(test(h, depth + 1) for h in hypernyms.get(offset, ()))
            return memo[offset]
        return test

    def lemmas(roots: tuple, common: bool = True) -> list[str]:
        test = under(frozenset(nouns[lemma][0][n - 1] for lemma, n in roots))
        return sorted(lemma.lower() for lemma, (offs, tagged) in nouns.items()
                      if "_" not in lemma and lemma.isalpha()
                      and any(test(o) for o in (offs[:max(COMMON, tagged)] if common else offs)))

    def own_words(root: tuple) -> set[str]:
        return {w.lower() for w in data[nouns[root[0]][0][root[1] - 1]].words if w.isalpha()}

    roots = "; ".join
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998), nouns: the single-word lemmas with a sense that is a "
                   "hyponym (hypernym and instance pointers) of the root synsets named below (a common sense: "
                   "one of the first two, or of those SemCor tags, except where said). Built by "
                   "data/tools/legal_acts.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "_measures": "what an authority does to a party, which the party 'faces' (Oper2): a common sense under "
                     + roots(f"{w}.n.{n:02d}" for w, n in MEASURES),
        "measures": lemmas(MEASURES),
        "_proceedings": "what a party files or lodges as its own act: any sense under "
                        + roots(f"{w}.n.{n:02d}" for w, n in LEGAL) + ", a common sense under "
                        + roots(f"{w}.n.{n:02d}" for w, n in REQUESTS) + ", and the words of request.n.01",
        "proceedings": sorted(set(lemmas(LEGAL, common=False)) | set(lemmas(REQUESTS)) | own_words(REQUEST)),
    }
    out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(table['measures'])} measures, {len(table['proceedings'])} proceedings")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
