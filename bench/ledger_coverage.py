"""The ledger's coverage of gold pair facts, next to diff's on the same pairs.

    python bench/ledger_coverage.py                       # seeds, dev, test, holdout
    python bench/ledger_coverage.py data/gold/seeds -v    # one set, every miss and merge listed
    python bench/ledger_coverage.py data/fc8/gold --causes   # why each gold fact is not a ledger fact

For each gold set: extract its documents, file them into a fresh SQLite ledger, read the
facts, and score them with claimtrack.ledger.coverage (a gold agree/conflict fact is covered
when one ledger fact holds both its spans with the gold status; a gold related pair must never
be held by one fact). `diff` is scored on the same pairs (claimtrack.evaluate.score_pair,
statements included) so the two can be compared. The hidden first-contact sets (data/fc*)
are never read by this script unless named.

`--causes` says, for each gold agree/conflict fact the ledger does not hold with the gold status,
where it was lost, first cause first (counts per cause, and each fact with `-v`):

- `no mention`: a side's span holds no mention of the fact's kind (nor a statement clause):
  extraction, or the frames component, gives diff nothing to align;
- `no candidate`: both spans hold mentions, and compare's candidate matches (blocking, then the
  kind's judge) propose no match between them: they are not one fact to diff (for a statement,
  which part of its clauses is not met: `no candidate: predicate not met`, subject, object);
- `selection`: a candidate existed, but diff's one-to-one selection kept another partner;
- `diff status`: diff aligns them with another status (related, or agree for conflict);
- `ledger join`: diff holds the fact with the gold status, the ledger's join does not (a chain
  or a constraint of compare.join: that loss is the ledger's own);
- `not compared`: the ledger never compares the two documents (story blocking, NEIGHBOURS).

The classification is claimtrack.evaluate.causes's (bench/statement_causes.py reads it too).

And for each gold related pair the ledger merges: whether diff itself aligns it (`diff`) or a
chain of matches joins it (`chain`, the ledger's own).
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


def _compared(results: list) -> set:
    """The document pairs the ledger compares (claimtrack.ledger.aligned's blocking)."""
    from claimtrack.compare.pair import story_terms
    from claimtrack.ledger.aligned import compared_pairs

    docs = sorted(results, key=lambda r: r.document.doc)
    pairs = compared_pairs([story_terms(r) for r in docs])
    return {frozenset((docs[i].document.doc, docs[j].document.doc)) for i, j in pairs}


def causes(pairs: list, results: list, facts: list) -> list[tuple[str, str, dict]]:
    """(cause, pair name, gold fact) for each gold fact the ledger's facts do not hold right,
    and each related pair they merge (see the module's docstring)."""
    from claimtrack.compare import diff_pair, prepare
    from claimtrack.evaluate.causes import ledger_cause
    from claimtrack.evaluate.pairs import match_covers_fact
    from claimtrack.ledger.coverage import holds

    by_name = {r.document.doc: r for r in results}
    compared = _compared(results)
    prepared: dict = {}
    out = []
    for pair in pairs:
        name = f"{pair['a']} ~ {pair['b']}"
        pa, pb = (prepared.setdefault(d, prepare(by_name[d])) for d in (pair["a"], pair["b"]))
        matches = diff_pair(pa, pb).matches
        for g in pair.get("facts", []):
            held = [f for f in facts if holds(f, pair, g)]
            near = [m for m in matches if match_covers_fact(m.model_dump(), g)]
            if g.get("status") == "related":
                if held:
                    out.append(("merged by diff" if any(m.status != "related" for m in near) else "merged by chain", name, g))
                continue
            if g.get("status") not in ("agree", "conflict") or any(f.get("status") == g["status"] for f in held):
                continue
            out.append((ledger_cause(g, pa, pb, near, frozenset((pair["a"], pair["b"])) in compared), name, g))
    return out


def measure(gold_dir: Path, *, verbose: bool = False, diff: bool = True, why: bool = False) -> dict:
    from claimtrack.evaluate import corpus_dirs, load_pairs, score_pair
    from claimtrack.ledger.coverage import describe, score_ledger

    pairs = load_pairs(gold_dir) or []
    folder = corpus_dirs(gold_dir)[0]
    if gold_dir.resolve() == (ROOT / "data/gold/seeds").resolve():
        folder = ROOT / "seeds"
    results = extracted(folder)
    facts = ledger_facts(results)
    cov = score_ledger(facts, pairs)
    print(f"{gold_dir}: {describe(cov, misses=verbose and not why)}")
    figures = {"ledger": cov.as_dict()}
    if why:
        from collections import Counter

        found = causes(pairs, results, facts)
        counts = Counter(c for c, _, _ in found)
        print("  causes: " + ", ".join(f"{c} {n}" for c, n in counts.most_common()))
        figures["causes"] = dict(counts)
        for cause, name, g in found if verbose else ():
            print(f"    {cause}: {g['status']} {g.get('type')} {g.get('about')!r} [{name}]")
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
    ap.add_argument("--causes", action="store_true", help="where each gold fact the ledger misses was lost (counts; each with -v)")
    args = ap.parse_args(argv)
    for name in args.sets or SETS:
        measure(Path(name), verbose=args.verbose, diff=not args.no_diff, why=args.causes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
