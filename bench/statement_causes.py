#!/usr/bin/env python3
"""Why each statement fact of a pairs set is missed: counts per cause (issue 13, statements).

    .venv/bin/python bench/statement_causes.py data/fc8            # counts
    .venv/bin/python bench/statement_causes.py data/fc8 -v         # and each fact with its cause

For every gold agree/conflict fact of "type": "statement" in <set>/gold/pairs.gold.json, runs
compare in-process (claimtrack.compare.pair.diff_pair on the extracted documents) and says,
first cause first:

- `found`: diff holds it with the gold status;
- `no statement mention`: a side's span holds no clause frame (extraction or the frames
  component gives compare nothing to align);
- `blocked`: both sides have clauses, but blocking never pairs them (no shared value-free key);
- `not aligned`: they are compared, and compare.statements.judge_statements returns no match
  (subjects not shown to be one, predicates or objects not met, a denial's words too few);
- `aligned, wrong status (...)`: the judge aligns them with another status only;
- `aligned right, not chosen`: the judge gives the gold status, but selection keeps another pair.

Never writes anything; run it on team sets only (the hidden sets are the lead's).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from claimtrack.compare.blocking import _Index
from claimtrack.compare.pair import diff_pair, prepare
from claimtrack.compare.statements import judge_statements
from claimtrack.evaluate import corpus_dirs, find_document
from claimtrack.evaluate.pairs import match_covers_fact
from claimtrack.extract import iter_extract


def _overlaps(m, start: int, end: int) -> bool:
    return min(m.end, end) - max(m.start, start) > 0


def _cause(fact: dict, pa, pb, matches) -> str:
    near = [m for m in matches if match_covers_fact(m, fact)]
    if any(m.status == fact["status"] for m in near):
        return "found"
    sa = [m for m in pa.mentions if m.kind == "statement" and _overlaps(m, fact["a_start"], fact["a_end"])]
    sb = [m for m in pb.mentions if m.kind == "statement" and _overlaps(m, fact["b_start"], fact["b_end"])]
    if not sa or not sb:
        return "no statement mention"
    index, position = _Index(pb.mentions), {id(m): i for i, m in enumerate(pb.mentions)}
    compared, judged = False, set()
    for x in sa:
        partners = set(index.partners(x))
        for y in sb:
            if position[id(y)] in partners:
                compared = True
                got = judge_statements(x, y)
                if got is not None:
                    judged.add(got.status)
    if not compared:
        return "blocked"
    if not judged:
        return "not aligned"
    if fact["status"] in judged:
        return "aligned right, not chosen"
    return f"aligned, wrong status ({'/'.join(sorted(judged))})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", help="A set folder (with gold/pairs.gold.json) or its gold folder.")
    ap.add_argument("-v", "--verbose", action="store_true", help="Each fact with its cause.")
    ap.add_argument("--cache", default=None, help="Extraction cache folder (default: none).")
    args = ap.parse_args()
    root = Path(args.set)
    gold = root / "gold" if (root / "gold" / "pairs.gold.json").exists() else root
    pairs = json.loads((gold / "pairs.gold.json").read_text(encoding="utf-8"))
    dirs = corpus_dirs(gold, None)
    prepared: dict = {}

    def prep(name: str):
        if name not in prepared:
            result = next(iter(iter_extract([find_document(name, dirs)], cache=args.cache)))
            prepared[name] = prepare(result)
        return prepared[name]

    causes: Counter = Counter()
    for pair in pairs:
        facts = [f for f in pair.get("facts") or [] if f.get("type") == "statement" and f["status"] in ("agree", "conflict")]
        if not facts:
            continue
        pa, pb = prep(pair["a"]), prep(pair["b"])
        matches = diff_pair(pa, pb).matches
        for fact in facts:
            cause = _cause(fact, pa, pb, matches)
            causes[cause] += 1
            if args.verbose:
                print(f"{pair['a']}: {fact['status']} '{fact['about']}': {cause}")
    total = sum(causes.values())
    print(f"{gold}: {causes['found']}/{total} statement facts found")
    for cause, n in causes.most_common():
        if cause != "found":
            print(f"  {n:3d}  {cause}")


if __name__ == "__main__":
    main()
