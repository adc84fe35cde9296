"""The ledger's coverage of gold pair facts, next to diff's on the same pairs.

    python bench/ledger_coverage.py                       # seeds, dev, test, holdout
    python bench/ledger_coverage.py data/gold/seeds -v    # one set, every miss and merge listed

For each gold set: extract its documents, file them into a fresh SQLite ledger, read the
facts, and score them with claimtrack.ledger.coverage (a gold agree/conflict fact is covered
when one ledger fact holds both its spans with the gold status; a gold related pair must never
be held by one fact). `diff` is scored on the same pairs (claimtrack.evaluate.score_pair,
statements included) so the two can be compared. The hidden first-contact sets (data/fc*)
are never read by this script unless named.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ["data/gold/seeds", "data/dev/gold", "data/test/gold", "data/holdout/gold"]


def ledger_facts(results: list) -> list[dict]:
    from claimtrack.ledger.facts import build_facts, file_results
    from claimtrack.ledger.store import SQLiteLedger

    with tempfile.TemporaryDirectory() as tmp:
        with SQLiteLedger(Path(tmp) / "claims.db") as store:
            file_results(store, results)
            return [f.summary() for f in build_facts(store)]


def extracted(folder: Path) -> list:
    """The DocumentResults of a folder (what `track add` files)."""
    from claimtrack.extract import iter_extract
    from claimtrack.models import DocumentResult

    return [r for r in iter_extract([folder]) if isinstance(r, DocumentResult)]


def measure(gold_dir: Path, *, verbose: bool = False, diff: bool = True) -> dict:
    from claimtrack.evaluate import corpus_dirs, load_pairs, score_pair
    from claimtrack.ledger.coverage import describe, score_ledger

    pairs = load_pairs(gold_dir) or []
    folder = corpus_dirs(gold_dir)[0]
    if gold_dir.resolve() == (ROOT / "data/gold/seeds").resolve():
        folder = ROOT / "seeds"
    results = extracted(folder)
    cov = score_ledger(ledger_facts(results), pairs)
    print(f"{gold_dir}: {describe(cov, misses=verbose)}")
    figures = {"ledger": cov.as_dict()}
    if diff:
        from claimtrack.compare import diff_pair

        by_name = {r.document.doc: r for r in results}
        found = gold = 0
        for pair in pairs:
            report = diff_pair(by_name[pair["a"]], by_name[pair["b"]])
            matches = report.model_dump(mode="json", by_alias=True)["matches"]
            scores, _ = score_pair(pair["facts"], matches)
            found += scores.facts.gold_hits + scores.statements.gold_hits
            gold += scores.facts.gold + scores.statements.gold
        print(f"  diff on the same pairs: {found}/{gold} agree/conflict facts found (statements included)")
        figures["diff"] = {"found": found, "gold": gold}
    return figures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="gold folders holding pairs.gold.json")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and merged related pair")
    ap.add_argument("--no-diff", action="store_true", help="skip diff's figures")
    args = ap.parse_args(argv)
    for name in args.sets or SETS:
        measure(Path(name), verbose=args.verbose, diff=not args.no_diff)
    return 0


if __name__ == "__main__":
    sys.exit(main())
