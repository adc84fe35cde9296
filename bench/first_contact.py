#!/usr/bin/env python3
"""The first-contact line of a pairs set: what README's first-contact tables report, one line a set.

For each set folder named (a folder holding gold/pairs.gold.json and its articles, anywhere on
disk), runs `claimtrack eval SET/gold -f json` and the counterfactual conflicts of
tests/counterfactuals.py (../shared/tools/mutate_pairs.py) on a copy of the set, and prints

    fc95 facts 66/89 conf 20/25 (gold 32) rel 0 stmts 8/17 cf 16/30 kept 315/318 0.950 0.958 1.000 0.956 0.616

that is: pair facts found with the gold status / gold facts, reported conflicts real / reported
(gold conflicts), gold `related` facts called conflict, statement facts found / gold, counterfactual
conflicts caught / mutations and the pair's other facts kept / held, then F1 of quantities, dates,
quotes, speakers and actors. With --out DIR each set's eval and counterfactual JSON is kept there.

    .venv/bin/python bench/first_contact.py data/fc95 data/fc96
    .venv/bin/python bench/first_contact.py ../sets/fc99 --out /tmp/fc99

A set measures generalisation only until rules are written against it: measure a new set before
any change meant for it, and keep that line as its first contact (README, "First contact").
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def evaluate(set_dir: Path) -> dict:
    """`claimtrack eval SET/gold -f json`, run as a user runs it."""
    exe = Path(sys.executable).parent / "claimtrack"
    out = subprocess.run([str(exe) if exe.exists() else "claimtrack", "eval", str(set_dir / "gold"), "-f", "json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def counterfactuals(set_dir: Path) -> dict:
    """tests/counterfactuals.py on a copy of the set under a scratch root (it reads ROOT/data/*)."""
    import counterfactuals as cf

    with tempfile.TemporaryDirectory(prefix="ct-fc-") as tmp:
        root = Path(tmp)
        shutil.copytree(set_dir, root / "data" / set_dir.name,
                        ignore=shutil.ignore_patterns("*.py", "__pycache__"))
        return cf.run(root=root, only=[root / "data" / set_dir.name])


def line(name: str, ev: dict, cf: dict) -> str:
    pairs, scores = ev["pairs"], ev["scores"]
    f1 = " ".join(f"{scores[k]['f1']:.3f}" for k in ("quantities", "dates", "quotes", "speakers", "actors"))
    return (f"{name} facts {pairs['facts']['tp']}/{pairs['facts']['gold']} "
            f"conf {pairs['conflicts']['tp']}/{pairs['conflicts']['pred']} (gold {pairs['conflicts']['gold']}) "
            f"rel {pairs['related_as_conflict']} stmts {pairs['statements']['tp']}/{pairs['statements']['gold']} "
            f"cf {cf['caught']}/{cf['mutations']} kept {cf['kept']}/{cf['other_facts']} {f1}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, help="set folders (each holding gold/pairs.gold.json)")
    ap.add_argument("--out", type=Path, help="keep each set's eval and counterfactual JSON in this folder")
    args = ap.parse_args()
    for set_dir in args.sets:
        set_dir = set_dir.resolve()
        if not (set_dir / "gold" / "pairs.gold.json").is_file():
            print(f"{set_dir}: no gold/pairs.gold.json; name a set folder", file=sys.stderr)
            return 2
        ev, cf = evaluate(set_dir), counterfactuals(set_dir)
        for warning in ev.get("warnings", ()):  # an extractor that failed on a document, a gold offset off
            print(f"{set_dir.name}: warning: {warning}", file=sys.stderr, flush=True)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{set_dir.name}.json").write_text(json.dumps({"eval": ev, "cf": cf}, ensure_ascii=False),
                                                           encoding="utf-8")
        print(line(set_dir.name, ev, cf), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
