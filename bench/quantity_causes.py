"""Why each quantity fact of a pairs set is missed: counts per cause (issue 13, figures).

    .venv/bin/python bench/quantity_causes.py data/fc4        # counts
    .venv/bin/python bench/quantity_causes.py data/fc4 -v     # and each missed fact with its cause
    .venv/bin/python bench/quantity_causes.py data/fc4 -vv    # and the measures and frames of each side

For every gold agree/conflict fact of "type": "quantity" in <set>/gold/pairs.gold.json, runs
compare in-process (claimtrack.compare.pair.diff_pair on the extracted documents) and says where
it is lost, first cause first:

- `not extracted (A|B)`: a side's span holds no figure;
- `measures differ: <A> vs <B>`: the two figures' measures (unit class or currency,
  compare.units) are neither one nor close, so alignment never starts (a unit or currency read
  differently on the two sides, or counted things the table does not join);
- `not aligned: <why>`: one measure, but `align_quantities` pairs them not (the frames and
  words do not meet: the score below the floor, a family measure, a clash);
- `blocked`: aligned, but blocking never compares them;
- `aligned, wrong status (<status/relation>: <reason>)`: the judge's status is not the gold one
  (for a conflict: a disjoint pair left `related`, with why selection did not make it one);
- `other partner: <side> <figure> (<its score> vs <this score>)`: aligned with the gold status,
  but selection keeps the figure with another partner, named with both alignment scores.

Never writes anything; run it on team sets only (the hidden sets are the lead's).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from claimtrack.compare.blocking import candidate_matches
from claimtrack.compare.figure_kinds import _measure_relation
from claimtrack.compare.pair import diff_pair, one_story, prepare
from claimtrack.compare.quantities import align_quantities, figure_similarity
from claimtrack.compare.select import Sides, only_counts, select
from claimtrack.evaluate import corpus_dirs, find_document
from claimtrack.evaluate.pairs import match_covers_fact
from claimtrack.extract import iter_extract


def _spans(m) -> list[tuple[int, int]]:
    return [(m.start, m.end), *((s, e) for s, e, _ in m.also)]


def _covers(m, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in _spans(m))


def _figures(p, start: int, end: int) -> list:
    return [m for m in p.mentions if m.kind == "quantity" and _covers(m, start, end)]


def _measure(m) -> str:
    me = m.measure
    if me is None:
        return "no measure"
    if me.currency:
        return f"{me.currency}" + (f"/{me.period}" if me.period else "")
    return f"{me.cls or '-'}{'' if me.known else '?'}" + (f"/{me.period}" if me.period else "")


def _frame(m) -> str:
    f = m.frame
    if f is None:
        return "(no frame)"
    parts = [f"pred={f.predicate}/{f.role}/{f.prep}", f"thing={f.thing}", f"measured={f.measured}",
             f"holder={f.holder}", f"mods={','.join(f.modifiers)}"]
    return " ".join(parts)


def _describe(m) -> str:
    return f"{m.text!r} [{_measure(m)}] {_frame(m)} interval={m.interval}"


def _not_aligned(x, y, story: bool) -> str:
    """Why two figures of one measure are not aligned (align_quantities returned None)."""
    from claimtrack.compare.figure_evidence import frame_evidence, group_clashes, mention_evidence
    from claimtrack.compare.quantities import _how_related

    sim = figure_similarity(x, y)
    role_clash = bool(x.roles and y.roles and not x.roles & y.roles)
    related = _how_related(x, y, sim, role_clash, story)
    if related is None:
        return f"not aligned (similarity {sim:.2f}, measures not related in context)"
    framed = x.frame is not None and y.frame is not None
    bonus, clashes = frame_evidence(x, y) if framed else (0.0, [])
    bonus, _ = mention_evidence(x, y, bonus, clashes)
    from claimtrack.compare.figure_evidence import sized_whole, stock
    from claimtrack.compare.standing import standing_clash
    from claimtrack.compare.statements import nouns_meet

    stands = standing_clash(x.standing, y.standing, stock(x) or sized_whole(x), stock(y) or sized_whole(y),
                            same_unit=nouns_meet)
    if stands:
        clashes.append(stands)
    how = group_clashes(x, y, related[0], role_clash, framed, clashes)
    why = f"; {'; '.join(clashes)}" if clashes else ""
    return f"not aligned (similarity {sim:.2f}, frame bonus {bonus:+.2f}, {how}{why})"


def _why_not_conflict(c, cands: list, sides: Sides, sole: tuple) -> str:
    from claimtrack.compare import select as sel

    best_a = max((d for d in cands if d.a.key == c.a.key), key=lambda d: d.score)
    best_b = max((d for d in cands if d.b.key == c.b.key), key=lambda d: d.score)
    if best_a is not c or best_b is not c:
        return "not mutual best"
    if c.one_measure and sel._sole_pair(c, *sole):
        return "sole pair (should be conflict)"
    if not sel._weak_one_fact(c, sides, sole):
        return f"not a weak one fact: {_weak_fails(c, sides, sole)}"
    return "not a clear best"


def _weak_fails(c, sides, sole) -> str:
    """Which test of compare.select._weak_one_fact the pair fails, first first."""
    from claimtrack.compare import select as sel
    from claimtrack.compare.figure_kinds import two_things
    from claimtrack.compare.units import table

    if "duration" in table().families.get(c.a.measure.cls, ()) and not sel._sizes_a_thing(c.a, c.b):
        return "spans of time"
    if c.a.interval is None or c.b.interval is None or not sel._values_differ(c.a, c.b):
        return "values not disjoint"
    if sel._align_score(c) < sel.ALIGN_MIN and not (c.a.key in sole[0] and c.b.key in sole[1]):
        return f"score {c.score:.2f} under the floor and not each side's one count"
    if c.a.through != c.b.through:
        return "counted through a group on one side"
    if sel._sizes_another(c.a, c.b):
        return "one sizes another thing"
    if not sel._same_section(c, sides):
        return "not at a like depth of the two stories"
    if sel._rounded(c.a, c.b):
        return "one is the other rounded"
    if sel._roles(c.a) != sel._roles(c.b):
        return f"roles differ ({','.join(sorted(sel._roles(c.a)))} vs {','.join(sorted(sel._roles(c.b)))})"
    if two_things(c.a, c.b):
        return "two things (stock and change, substance, dollar)"
    return "the alignment has a note, a moment or another measure"


def fact_cause(fact: dict, pa, pb, matches: list, verbose: int = 0) -> tuple[str, list[str]]:
    """(the cause, lines of detail) for one gold quantity fact."""
    if any(m.status == fact["status"] and match_covers_fact(m, fact) for m in matches):
        return "found", []
    fa = _figures(pa, fact["a_start"], fact["a_end"])
    fb = _figures(pb, fact["b_start"], fact["b_end"])
    detail = [f"A {_describe(m)}" for m in fa] + [f"B {_describe(m)}" for m in fb]
    if not fa or not fb:
        return f"not extracted ({'A' if not fa else ''}{'B' if not fb else ''})", detail
    story = one_story(pa.story, pb.story)
    if not story:
        return "different stories", detail
    measured = [(x, y) for x in fa for y in fb if _measure_relation(x, y) is not None]
    if not measured:
        return f"measures differ: {_measure(fa[0])} vs {_measure(fb[0])}", detail
    cands = candidate_matches(pa.mentions, pb.mentions, pa.anchor, pb.anchor, story)
    near = [c for c in cands if c.a.kind == "quantity" and c.a in fa and c.b in fb]
    if not near:
        aligned = [(x, y) for x, y in measured if align_quantities(x, y, story) is not None]
        if aligned:
            return "blocked", detail
        x, y = measured[0]
        return _not_aligned(x, y, story), detail
    right = [c for c in near if c.status == fact["status"]]
    sides = Sides(tuple(pa.mentions), tuple(pb.mentions), pa.result.document.chars, pb.result.document.chars)
    sole = (only_counts(pa.mentions), only_counts(pb.mentions))
    if not right:
        c = max(near, key=lambda c: c.score)
        extra = ""
        if fact["status"] == "conflict" and c.relation == "different-measure":
            extra = f"; {_why_not_conflict(c, cands, sides, sole)}"
        reason = c.reason if verbose else c.reason[:90]
        return f"aligned, wrong status ({c.status}/{c.relation}{extra})", detail + [f"  reason: {reason}"]
    c = max(right, key=lambda c: c.score)
    chosen = select(list(cands), sole, sides)
    for side, key in (("A", c.a.key), ("B", c.b.key)):
        others = [d for d in chosen if (d.a.key if side == "A" else d.b.key) == key and d is not c]
        if others:
            o = max(others, key=lambda d: d.score)
            partner = o.b if side == "A" else o.a
            return (f"other partner: {side}'s figure kept with {partner.text!r} ({o.score:.2f} vs {c.score:.2f})",
                    detail)
    return "aligned right, not chosen", detail


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", help="A set folder (with gold/pairs.gold.json) or its gold folder.")
    ap.add_argument("-v", "--verbose", action="count", default=0,
                    help="Each missed fact with its cause (-vv: and the measures and frames of each side).")
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
        facts = [f for f in pair.get("facts") or [] if f.get("type") == "quantity" and f["status"] in ("agree", "conflict")]
        if not facts:
            continue
        pa, pb = prep(pair["a"]), prep(pair["b"])
        matches = diff_pair(pa, pb).matches
        for fact in facts:
            cause, detail = fact_cause(fact, pa, pb, matches, args.verbose)
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
