#!/usr/bin/env python3
"""Statement facts found by `claimtrack diff`, per pairs set (issue 13, statements).

For every pair of a set's gold/pairs.gold.json, runs the real command line
(`claimtrack diff A B -f json`) and scores its matches with the project's own pair scorer
(claimtrack.evaluate.score_pair): a gold agree/conflict fact of "type": "statement" is found
when a match with the same status overlaps its span in A and in B. Also prints, over all the
pairs' facts, the reported conflicts that are real and the related facts called conflicts, so
that a gain in statements is never bought with false conflicts.

    .venv/bin/python bench/statements.py                 # the four team sets
    .venv/bin/python bench/statements.py data/dev --misses

Any set folder may be named, data/fc* included: those sets are team sets once their first
contact is measured. Which set is the session's blind check is a team rule, not this script's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from claimtrack.evaluate import corpus_dirs, find_document, score_pair

ROOT = Path(__file__).resolve().parent.parent
#: The team's pairs sets: (name, gold folder).
SETS = (("seeds", "data/gold/seeds"), ("dev", "data/dev/gold"), ("test", "data/test/gold"),
        ("holdout", "data/holdout/gold"))


def _bin() -> str:
    here = Path(sys.executable).parent / "claimtrack"
    return str(here) if here.exists() else "claimtrack"


def diff_matches(a: Path, b: Path) -> list[dict]:
    r = subprocess.run([_bin(), "diff", str(a), str(b), "-f", "json", "-q", "--jobs", "1"],
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):  # 1: conflicts found (as diff(1) says "differ")
        raise SystemExit(f"error: claimtrack diff {a.name} {b.name} failed: {r.stderr.strip()[-300:]}")
    return json.loads(r.stdout).get("matches", [])


def measure(gold_dir: Path, misses: bool = False) -> dict:
    pairs = json.loads((gold_dir / "pairs.gold.json").read_text(encoding="utf-8"))
    dirs = corpus_dirs(gold_dir, None)
    out = {"statements": [0, 0], "facts": [0, 0], "conflicts_real": [0, 0], "related_as_conflict": 0, "by_status": {}}
    for pair in pairs:
        a, b = find_document(pair["a"], dirs), find_document(pair["b"], dirs)
        matches = diff_matches(a, b)
        scores, missed = score_pair(pair.get("facts") or [], matches, f"{pair['a']} | {pair['b']}")
        out["statements"][0] += scores.statements.gold_hits
        out["statements"][1] += scores.statements.gold
        out["facts"][0] += scores.facts.gold_hits
        out["facts"][1] += scores.facts.gold
        out["conflicts_real"][0] += scores.conflicts.pred_hits
        out["conflicts_real"][1] += scores.conflicts.pred
        out["related_as_conflict"] += scores.related_as_conflict
        for f in pair.get("facts") or []:
            if f.get("type") != "statement":
                continue
            got = any(m.get("status") == f["status"] and _covers(m, f) for m in matches)
            s = out["by_status"].setdefault(f["status"], [0, 0])
            s[0] += got if f["status"] != "related" else not any(
                m.get("status") == "conflict" and _covers(m, f) for m in matches)
            s[1] += 1
        if misses:
            for m in missed:
                if m.kind in ("pairs:statements", "pairs:conflicts", "pairs:related_as_conflict"):
                    print(f"  {m.kind} {m.error}: {m.expected or m.predicted}\n     {m.text[:200]}"
                          + (f"\n     predicted: {m.predicted}" if m.predicted and m.expected else ""))
    return out


def _covers(m: dict, f: dict) -> bool:
    a, b = m.get("a") or {}, m.get("b") or {}
    return (a.get("start", 0) < f["a_end"] and f["a_start"] < a.get("end", 0)
            and b.get("start", 0) < f["b_end"] and f["b_start"] < b.get("end", 0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="Set folders (with gold/pairs.gold.json or the gold folder itself).")
    ap.add_argument("--misses", action="store_true", help="List the statement facts missed and the false conflicts.")
    args = ap.parse_args()
    chosen = []
    for s in args.sets or [str(ROOT / g) for _, g in SETS]:
        p = Path(s)
        chosen.append(p / "gold" if (p / "gold" / "pairs.gold.json").exists() else p)
    total = [0, 0]
    for g in chosen:
        if args.misses:
            print(f"{g}:")
        r = measure(g, args.misses)
        total[0] += r["statements"][0]
        total[1] += r["statements"][1]
        st = r["statements"]
        cr = r["conflicts_real"]
        detail = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(r["by_status"].items()))
        print(f"{g.relative_to(ROOT) if g.is_relative_to(ROOT) else g}: statements {st[0]}/{st[1]} "
              f"({detail}; related = facts not called conflict) | other facts {r['facts'][0]}/{r['facts'][1]} "
              f"| conflicts real {cr[0]}/{cr[1]} "
              f"| related called conflict {r['related_as_conflict']}", flush=True)
    print(f"all: statements {total[0]}/{total[1]} = {total[0] / max(1, total[1]):.2f}")


if __name__ == "__main__":
    main()
