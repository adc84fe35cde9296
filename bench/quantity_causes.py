"""Why each quantity fact of a pairs set is missed: counts per cause (issue 13, figures).

    .venv/bin/python bench/quantity_causes.py data/fc4        # counts
    .venv/bin/python bench/quantity_causes.py data/fc4 -v     # and each missed fact with its cause
    .venv/bin/python bench/quantity_causes.py data/fc4 -vv    # and the measures and frames of each side

For every gold agree/conflict fact of "type": "quantity" in <set>/gold/pairs.gold.json, runs
compare in-process (claimtrack.compare.pair.diff_pair on the extracted documents) and says where
it is lost (claimtrack/evaluate/figure_causes.py), first cause first:

- `not extracted (A|B)`: a side's span holds no figure;
- `measures differ: <A> vs <B>`: the two figures' measures (unit class or currency,
  compare.units) are neither one nor close, so alignment never starts (a unit or currency read
  differently on the two sides, or counted things the table does not join); for two counts, the
  wording that keeps them apart: `measures differ, two nouns for people` ("workers" / "men"),
  `..., a count with no noun`, `..., two counted nouns WordNet does not relate` ("films" /
  "titles");
- `not aligned: <why>` (`not aligned, close measures` for a kind and its kin, "people" /
  "skiers"): one measure, but `align_quantities` pairs them not (the frames and
  words do not meet: the score below the floor, a family measure, a clash);
- `blocked`: aligned, but blocking never compares them;
- `aligned, wrong status (<status/relation>: <reason>)`: the judge's status is not the gold one
  (for a conflict: a disjoint pair left `related`, with why selection did not make it one);
- `other partner: <side> <figure> (<its score> vs <this score>)`: aligned with the gold status,
  but selection keeps the figure with another partner, named with both alignment scores.

Never writes anything; run it on team sets only (the hidden sets are the lead's).
"""

from __future__ import annotations

from collections import Counter

from claimtrack.compare.pair import diff_pair
from claimtrack.evaluate.figure_causes import quantity_cause
from pair_sets import pair_set, set_arguments


def main() -> None:
    ap = set_arguments(__doc__.split("\n\n")[0], "Each missed fact with its cause (-vv: and the measures and frames of each side).")
    args = ap.parse_args()
    gold, pairs, prep = pair_set(args.set, args.cache)

    causes: Counter = Counter()
    for pair in pairs:
        facts = [f for f in pair.get("facts") or [] if f.get("type") == "quantity" and f["status"] in ("agree", "conflict")]
        if not facts:
            continue
        pa, pb = prep(pair["a"]), prep(pair["b"])
        matches = diff_pair(pa, pb).matches
        for fact in facts:
            cause, detail = quantity_cause(fact, pa, pb, matches, args.verbose)
            kind = cause.split(":")[0].split(" (")[0]
            causes[(fact["status"], kind)] += 1
            if args.verbose and cause != "found":
                print(f"{pair['a']}: {fact['status']} {fact['a_text']!r} ~ {fact['b_text']!r} ({fact['about']}): {cause}")
                if args.verbose > 1:
                    for line in detail:
                        print(f"    {line}")
    for status in ("agree", "conflict"):
        total = sum(n for (s, _), n in causes.items() if s == status)
        print(f"{gold}: {status}: {causes[(status, 'found')]}/{total} quantity facts found")
        for (s, cause), n in causes.most_common():
            if s == status and cause != "found":
                print(f"  {n:3d}  {cause}")


if __name__ == "__main__":
    main()
