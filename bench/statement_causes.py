"""Why each statement fact of a pairs set is missed: counts per cause (issue 13, statements).

    .venv/bin/python bench/statement_causes.py data/fc8            # counts
    .venv/bin/python bench/statement_causes.py data/fc8 -v         # and each fact with its cause
    .venv/bin/python bench/statement_causes.py data/fc8 -vv        # and the clauses of each miss
    .venv/bin/python bench/statement_causes.py data/fc8 --matches  # every statement match diff makes

`--matches` lists every statement match of every gold pair with what the gold says of its spans
(`right`: it holds a gold fact with its status; `gold <status>`: it holds a gold fact of another
status, a `gold related` one called agree or conflict being a false match; `off gold`: no gold fact
holds both its spans): run it before and after a change and compare the two lists to count the
matches a rule adds or removes, false ones included, on every set.

For every gold agree/conflict fact of "type": "statement" in <set>/gold/pairs.gold.json, runs
compare in-process (claimtrack.compare.pair.diff_pair on the extracted documents) and says where
it is lost, by claimtrack.evaluate.causes (the ledger's causes read the same module): not
extracted, blocked, not aligned (and which part of the clauses is not met: predicate, subject,
object), aligned with another status, or aligned right and not chosen.

Never writes anything; run it on team sets only (the hidden sets are the lead's).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from claimtrack.compare.pair import diff_pair
from claimtrack.evaluate.causes import overlapping, statement_cause
from claimtrack.evaluate.pairs import match_covers_fact
from pair_sets import pair_set, set_arguments


def _clauses(prepared, start: int, end: int) -> str:
    return "; ".join(
        f"[{m.frame.subject or m.frame.subject_text or '-'} | {m.frame.predicate} | {m.frame.object or '-'}"
        f"{' | ' + m.frame.polarity if m.frame.polarity != 'positive' else ''}"
        f"{' | ' + m.frame.modality if m.frame.modality else ''}]"
        for m in overlapping(prepared.mentions, ("statement",), start, end) if hasattr(m.frame, "terms"))


def _gold_class(m, facts: list) -> str:
    held = [f for f in facts if match_covers_fact(m, f)]
    if any(f["status"] == m.status for f in held):
        return "right"
    return f"gold {held[0]['status']}" if held else "off gold"


def _list_matches(pairs: list, prep, gold: Path) -> None:
    classes: Counter = Counter()
    for pair in pairs:
        matches = diff_pair(prep(pair["a"]), prep(pair["b"])).matches
        for m in matches:
            if m.kind != "statement":
                continue
            cls = _gold_class(m, pair.get("facts") or [])
            classes[(m.status, cls)] += 1
            print(f"{pair['a']} ~ {pair['b']}: {m.status} [{cls}] {m.about!r}")
    print(f"{gold}: " + ", ".join(f"{s} {c} {n}" for (s, c), n in sorted(classes.items())))


def statement_pairs(pairs: list, prep):
    """Each pair holding agree or conflict statement facts, prepared and diffed: (pair, A, B, the
    diff's matches, those facts)."""
    for pair in pairs:
        facts = [f for f in pair.get("facts") or [] if f.get("type") == "statement" and f["status"] in ("agree", "conflict")]
        if facts:
            pa, pb = prep(pair["a"]), prep(pair["b"])
            yield pair, pa, pb, diff_pair(pa, pb).matches, facts


def print_counts(gold, counts: Counter) -> None:
    """The set's statement facts found, then each other label with its count, most first."""
    print(f"{gold}: {counts['found']}/{sum(counts.values())} statement facts found")
    for label, n in counts.most_common():
        if label != "found":
            print(f"  {n:3d}  {label}")


def main() -> None:
    ap = set_arguments(__doc__.split("\n\n")[0], "Each fact with its cause (-vv: and the clause frames of each side of a miss).")
    ap.add_argument("--matches", action="store_true", help="List every statement match with its gold class.")
    args = ap.parse_args()
    gold, pairs, prep = pair_set(args.set, args.cache)

    if args.matches:
        _list_matches(pairs, prep, gold)
        return
    causes: Counter = Counter()
    for pair, pa, pb, matches, facts in statement_pairs(pairs, prep):
        for fact in facts:
            cause = statement_cause(fact, pa, pb, matches)
            causes[cause] += 1
            if args.verbose:
                print(f"{pair['a']}: {fact['status']} '{fact['about']}': {cause}")
            if args.verbose > 1 and cause != "found":
                print(f"    A {_clauses(pa, fact['a_start'], fact['a_end']) or '(no clause)'}")
                print(f"    B {_clauses(pb, fact['b_start'], fact['b_end']) or '(no clause)'}")
    print_counts(gold, causes)


if __name__ == "__main__":
    main()
