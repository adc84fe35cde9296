#!/usr/bin/env python3
"""Build claimtrack/data/manner_adverbs.json: the adverbs that may end a clause as an adjunct of
manner or time and so take the focus of its negation ("the yard was not sold cheaply" presupposes
the sale; Quirk et al. 1985, 10.64-10.65, focus of negation on the clause's last item).

They are WordNet 3.0's one-word adverbs in -ly derived from an adjective (the pertainym pointer
'\\' from the adverb to its adjective: cheaply < cheap, illegally < illegal, secretly < secret),
less the disjuncts, which comment on the whole clause and take no focus (Quirk et al. 1985,
8.121-8.127: style and content disjuncts, "allegedly", "apparently", "clearly", "fortunately";
DISJUNCTS below, compiled for claimtrack from those sections), and the focusing subjuncts, which
point at another item ("only", "mainly"; Quirk et al. 1985, 8.116-8.118).

    apt-get install wordnet-base
    python data/tools/manner_adverbs.py /usr/share/wordnet claimtrack/data/manner_adverbs.json

Run once; the output is committed, so claimtrack needs neither WordNet nor this script at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet import LICENSE, synsets  # noqa: E402  (one WordNet reader for every table)

#: Disjuncts (Quirk et al. 1985, 8.121-8.127) and focusing subjuncts (8.116-8.118) in -ly that
#: WordNet derives from an adjective: they bear on the clause or point at another item, never
#: take a negation's focus as an adjunct.
DISJUNCTS = sorted("""
actually admittedly allegedly apparently arguably assuredly basically certainly clearly
conceivably confidentially curiously definitely doubtlessly essentially evidently especially
exclusively fortunately frankly generally hopefully honestly ideally incidentally indeed
inevitably ironically largely likely literally luckily mainly merely mostly naturally
necessarily notably obviously only ostensibly particularly perhaps personally plainly possibly
predictably presumably primarily principally probably purportedly really regrettably reportedly
reputedly seemingly seriously significantly simply solely strictly supposedly surely
technically theoretically truly unbelievably undeniably undoubtedly unfortunately unquestionably
usually wisely
""".split())


def main(wndb: Path, out: Path) -> None:
    adjectives = synsets(wndb, "adj")
    adverbs: dict[str, set] = {}
    for syn in synsets(wndb, "adv").values():
        for number, word in enumerate(syn.words, start=1):
            if "_" in word or not word.endswith("ly") or not word.isalpha():
                continue
            # a pertainym pointer from this word (or the whole synset) to an adjective
            for sym, off, pos, src, dst in syn.pointers:
                if sym == "\\" and pos in ("a", "s") and src in (0, number):
                    base = adjectives[off].words[dst - 1] if dst else adjectives[off].words[0]
                    adverbs.setdefault(word.lower(), set()).add(base.split("(")[0].replace("_", " ").lower())
    table = {
        "_source": "Princeton WordNet 3.0 (Fellbaum 1998): the one-word adverbs in -ly with a pertainym pointer "
                   "('\\\\') to an adjective (cheaply < cheap), which may end a clause as an adjunct of manner or "
                   "time and take the focus of its negation (Quirk et al. 1985, 10.64-10.65), each with the adjectives it "
                   "is derived from (separately < separate), less the disjuncts "
                   "and focusing subjuncts (Quirk et al. 1985, 8.116-8.127; 'disjuncts', compiled for claimtrack). "
                   "Built by data/tools/manner_adverbs.py from Debian's wordnet-base.",
        "_license": LICENSE,
        "disjuncts": DISJUNCTS,
        "adverbs": {a: sorted(adverbs[a]) for a in sorted(set(adverbs) - set(DISJUNCTS))},
    }
    out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(table['adverbs'])} adverbs, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
