"""Can a scorer that never reads values decide which two aligned figures are one fact (issue 13
item 2)? This tool measures it on the team sets' gold pairs, leave-one-set-out.

Every pair of figures compare.select keeps is an example: positive when a gold agree or conflict
quantity fact covers both figures, negative otherwise (a gold `related` fact, or a pair the
annotators did not call one fact). Its features (`features`) are the alignment's own evidence:
how the measures relate, alignment score, frame (predicate, holder, what is sized, role, thing,
modifiers), standing and stated moments, the words around the figures, each figure's rank among
its document's figures of that measure, whether each is the other's best partner; none reads a
value (tests/test_figure_pairs.py checks it). A logistic regression (L2, standardised features,
Newton's method in numpy) is trained on all sets but one and scores the held-out set; the table
gives, per threshold and summed over the held-out sets, the one-fact pairs found (positives above
it) and the false conflicts a value-free decision would report (negatives above it whose values
are disjoint, in one story).

    .venv/bin/python bench/figure_pairs.py dump data/fc1 data/fc2 ... --out DIR [--cache DIR]
    .venv/bin/python bench/figure_pairs.py train DIR [--weights FILE]

Measured in session 13 (docs/comparison.md): the value-free decision finds one more
counterfactual for about one more false conflict at every threshold, so compare/ does not use it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from claimtrack.compare.candidates import ALIGN_MIN, CONFLICT_MIN, Candidate  # noqa: E402
from claimtrack.compare.context import actor_overlap, jaccard, same_actor  # noqa: E402
from claimtrack.compare.units import CLOSE, LOOSE, SAME, counted, table  # noqa: E402

#: A false conflict costs this many facts found: a reported conflict is what a reader acts on.
FALSE_CONFLICT_COST = 2.0
L2 = 1.0
STEPS = 50


#: Measures every story states many of (how long, what share).
_EVERYWHERE = frozenset({"duration", "share of total"})


@dataclass
class Neighbourhood:
    """What the scorer knows of a candidate's rivals: for each side and mention, the best and
    second-best alignment score among its candidates, and each side's figures by measure."""

    best: dict = field(default_factory=dict)  # (side, key) -> best score
    second: dict = field(default_factory=dict)  # (side, key) -> second-best score
    sole: tuple = (frozenset(), frozenset())  # each side's figures that are its one count of a thing
    order: tuple = ({}, {})  # each side: key -> (position among its figures of that measure, how many)
    chars: tuple = (0, 0)  # each document's length


def neighbourhood(cands: list, sole: tuple, mentions: tuple, chars: tuple = (0, 0)) -> Neighbourhood:
    nb = Neighbourhood(sole=sole, chars=chars)
    for c in cands:
        if c.a.kind != "quantity":
            continue
        for key in (("a", c.a.key), ("b", c.b.key)):
            s = c.score
            if s > nb.best.get(key, -1.0):
                nb.second[key] = nb.best.get(key, -1.0)
                nb.best[key] = s
            elif s > nb.second.get(key, -1.0):
                nb.second[key] = s
    orders = []
    for ms in mentions:
        groups: dict = {}
        for m in sorted((m for m in ms if m.kind == "quantity"), key=lambda m: m.start):
            groups.setdefault(m.measure, []).append(m.key)
        orders.append({k: (i, len(g)) for g in groups.values() for i, k in enumerate(g)})
    nb.order = tuple(orders)
    return nb


def _everywhere(me) -> bool:
    return me is not None and not me.currency and bool(table().families.get(me.cls, frozenset()) & _EVERYWHERE)


def _relative(pos: tuple) -> float:
    i, n = pos
    return i / (n - 1) if n > 1 else 0.0


def features(c: Candidate, nb: Neighbourhood) -> dict:
    """The value-free features of a candidate pair of figures (see the module's docstring)."""
    from claimtrack.compare.figure_kinds import _other_substance, _stock_and_change, _specific
    from claimtrack.compare.quantities import _frames_agree, _frames_differ, _one_thing

    a, b, al = c.a, c.b, c.alignment
    fa, fb = a.frame, b.frame
    framed = fa is not None and fb is not None
    ka, kb = ("a", a.key), ("b", b.key)
    score = c.score
    oa = nb.order[0].get(a.key, (0, 1)) if nb.order else (0, 1)
    ob = nb.order[1].get(b.key, (0, 1)) if nb.order else (0, 1)
    f = {
        "score": score,
        "how_same": float(c.how == SAME),
        "how_close": float(c.how == CLOSE),
        "how_loose": float(c.how == LOOSE),
        "strong": float(bool(al and al.strong)),
        "supported": float(bool(al and al.supported)),
        "other_measure": float(bool(al and al.other_measure)),
        "note": float(bool(al and al.note)),
        "moment": float(bool(al and al.moment) or bool(c.gap)),
        "framed": float(framed),
        "frames_agree": float(_frames_agree(a, b)),
        "frames_differ": float(_frames_differ(a, b)),
        "one_thing": float(bool(al) and _one_thing(a, b, al)),
        "two_things": float(_stock_and_change(a, b) or _other_substance(a, b)),
        "same_predicate": float(framed and bool(fa.predicate) and fa.predicate == fb.predicate),
        "same_holder": float(framed and bool(fa.holder and fb.holder) and same_actor(fa.holder, fb.holder)),
        "same_measured": float(framed and bool(fa.measured) and fa.measured == fb.measured),
        "same_role": float(framed and bool(fa.role) and fa.role == fb.role),
        "mutual_best": float(score >= nb.best.get(ka, -1.0) and score >= nb.best.get(kb, -1.0)),
        "clear_margin": max(0.0, score - max(nb.second.get(ka, 0.0) if score >= nb.best.get(ka, -1.0)
                                              else nb.best.get(ka, 0.0),
                                              nb.second.get(kb, 0.0) if score >= nb.best.get(kb, -1.0)
                                              else nb.best.get(kb, 0.0))),
        "sole_pair": float(a.key in nb.sole[0] and b.key in nb.sole[1]),
        "order_gap": abs(_relative(oa) - _relative(ob)),
        "only_each": float(oa[1] == 1 and ob[1] == 1),
        "roles_equal": float(a.roles == b.roles),
        "through_equal": float(a.through == b.through),
        "attributive_one": float(a.attributive != b.attributive),
        "everywhere": float(_everywhere(a.measure)),
        "currency": float(bool(a.measure.currency)),
        "counted": float(counted(a.measure)),
        "specific": float(_specific(a.measure) and _specific(b.measure)),
        "clause": jaccard(a.ctx.clause, b.ctx.clause),
        "near": jaccard(a.ctx.near, b.ctx.near),
        "sentence": jaccard(a.ctx.sentence, b.ctx.sentence),
        "actors": actor_overlap(a.ctx.actors, b.ctx.actors),
        "same_thing": float(framed and bool(fa.thing) and fa.thing == fb.thing),
        "modifiers_meet": float(framed and bool(set(fa.modifiers) & set(fb.modifiers))),
        "modifiers_differ": float(framed and bool(fa.modifiers) and bool(fb.modifiers)
                                  and not set(fa.modifiers) & set(fb.modifiers)),
        "same_prep": float(a.prep == b.prep),
        "same_rank": float(a.rank == b.rank),
        "same_section": float(_same_depth(a, b, nb)),
        "stated_both": float(framed and fa.as_of_source == fb.as_of_source == "stated"),
        "above_align": float(score >= ALIGN_MIN),
        "above_conflict": float(score >= CONFLICT_MIN),
    }
    f["mutual_score"] = f["mutual_best"] * score
    f["mutual_strong"] = f["mutual_best"] * f["strong"]
    f["mutual_sole"] = f["mutual_best"] * f["sole_pair"]
    return f


def _same_depth(a, b, nb: Neighbourhood) -> bool:
    """The two figures stand at a like depth of their stories (compare.select.SECTION_GAP)."""
    from claimtrack.compare.select import SECTION_GAP

    if not nb.chars[0] or not nb.chars[1]:
        return False
    da = [s / nb.chars[0] for s in (a.start, *(s for s, _, _ in a.also))]
    db = [s / nb.chars[1] for s in (b.start, *(s for s, _, _ in b.also))]
    return any(abs(x - y) <= SECTION_GAP for x in da for y in db)


def probability(feats: dict, m: dict) -> float:
    """The model's probability that a pair with these features is one fact."""
    z = m["bias"] + sum(w * (feats[n] - mu) / sd for n, w, mu, sd in
                        zip(m["features"], m["weights"], m["mean"], m["scale"]))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))



def _covers(m, fact) -> bool:
    def over(s, e, fs, fe):
        return s < fe and fs < e
    sa = [(m.a.start, m.a.end)] + [(s, e) for s, e, _ in m.a.also]
    sb = [(m.b.start, m.b.end)] + [(s, e) for s, e, _ in m.b.also]
    return any(over(s, e, fact["a_start"], fact["a_end"]) for s, e in sa) and \
        any(over(s, e, fact["b_start"], fact["b_end"]) for s, e in sb)


def dump(sets: list[str], out: Path, cache) -> None:
    from claimtrack.compare import intervals as iv
    from claimtrack.compare.blocking import candidate_matches
    from claimtrack.compare.pair import one_story
    from claimtrack.compare.select import Sides, only_counts, select
    from claimtrack.compare.units import FAMILY
    from pair_sets import pair_set

    out.mkdir(parents=True, exist_ok=True)
    for path in sets:
        gold, pairs, prep = pair_set(path, cache)
        rows = []
        for p in pairs:
            pa, pb = prep(p["a"]), prep(p["b"])
            story = one_story(pa.story, pb.story)
            cands = candidate_matches(pa.mentions, pb.mentions, pa.anchor, pb.anchor, story)
            nb = neighbourhood(cands, (only_counts(pa.mentions), only_counts(pb.mentions)), (pa.mentions, pb.mentions),
                               (pa.result.document.chars, pb.result.document.chars))
            facts = [f for f in p["facts"] if f.get("type") == "quantity"]
            sides = Sides(tuple(pa.mentions), tuple(pb.mentions), pa.result.document.chars, pb.result.document.chars)
            for c in select(cands, (only_counts(pa.mentions), only_counts(pb.mentions)), sides):
                if c.a.kind != "quantity" or c.alignment is None or c.how == FAMILY:
                    continue
                cover = [f["status"] for f in facts if _covers(c, f)]
                label = int(any(s in ("agree", "conflict") for s in cover))
                disjoint = iv.relate(c.a.interval, c.b.interval) == iv.DISJOINT
                rows.append({"pair": p["a"], "a": c.a.text, "b": c.b.text, "label": label, "gold": cover,
                             "disjoint": disjoint, "status": c.status, "relation": c.relation, "story": story,
                             "gap": c.gap, "moment": c.alignment.moment,
                             "f": features(c, nb)})
        name = Path(path).name if Path(path).name != "gold" else Path(path).parent.name
        (out / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(name, len(rows), "examples,", sum(r["label"] for r in rows), "positive", file=sys.stderr)


def _load(folder: Path) -> dict:
    return {f.stem: [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x]
            for f in sorted(folder.glob("*.jsonl"))}


def _fit(rows: list, names: list):
    """L2-regularised logistic regression by Newton's method on standardised features."""
    import numpy as np

    x = np.array([[r["f"][n] for n in names] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows], dtype=float)
    mu, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1.0
    z = np.hstack([(x - mu) / sd, np.ones((len(y), 1))])
    w = np.zeros(z.shape[1])
    reg = L2 * np.eye(z.shape[1])
    reg[-1, -1] = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + reg @ w
        hess = (z * (p * (1 - p))[:, None]).T @ z + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"features": names, "weights": [round(float(v), 6) for v in w[:-1]], "bias": round(float(w[-1]), 6),
            "mean": [round(float(v), 6) for v in mu], "scale": [round(float(v), 6) for v in sd]}


def _utility(rows: list, probs: list, t: float) -> tuple:
    tp = sum(1 for r, p in zip(rows, probs) if p >= t and r["label"])
    fp_conf = sum(1 for r, p in zip(rows, probs) if p >= t and not r["label"] and r["disjoint"] and r["story"])
    pos = sum(r["label"] for r in rows)
    return tp, fp_conf, pos


def train(folder: Path, weights: str = "", leave_out: str = "", threshold: float | None = None) -> None:
    data = _load(folder)
    if leave_out:  # a model for measuring one set unseen: trained on the others
        data = {k: v for k, v in data.items() if k != leave_out}
    names = sorted(next(iter(data.values()))[0]["f"])
    grid = [i / 100 for i in range(5, 96, 5)]
    held: dict = {}
    for s in data:
        m = _fit([r for k, v in data.items() if k != s for r in v], names)
        held[s] = [probability(r["f"], m) for r in data[s]]
    print("threshold  found/pos  false-conflicts  utility (held-out sets summed)")
    best = None
    for t in grid:
        tp = fc = pos = 0
        for s in data:
            a, b, c = _utility(data[s], held[s], t)
            tp, fc, pos = tp + a, fc + b, pos + c
        u = tp - FALSE_CONFLICT_COST * fc
        print(f"{t:.2f}  {tp}/{pos}  {fc}  {u:.0f}")
        if best is None or u > best[0]:
            best = (u, t)
    t = best[1] if threshold is None else threshold
    print(f"chosen threshold {t:.2f}; per held-out set (found/pos, false conflicts):")
    for s in data:
        a, b, c = _utility(data[s], held[s], t)
        print(f"  {s}: {a}/{c}, {b}")
    final = _fit([r for v in data.values() for r in v], names)
    final["threshold"] = t
    final["source"] = ("bench/figure_pairs.py over the gold pairs of " + ", ".join(sorted(data))
                       + f"; threshold chosen by leave-one-set-out (false conflict cost {FALSE_CONFLICT_COST})")
    for n, w in sorted(zip(names, final["weights"]), key=lambda x: -abs(x[1])):
        print(f"  {n:16s} {w:+.3f}")
    if weights:
        Path(weights).write_text(json.dumps(final, indent=1) + "\n", encoding="utf-8")
        print("wrote", weights)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="Write each set's examples (JSONL) to --out.")
    d.add_argument("sets", nargs="+")
    d.add_argument("--out", required=True)
    d.add_argument("--cache", default=None)
    t = sub.add_parser("train", help="Leave-one-set-out report; --weights writes the model of all sets.")
    t.add_argument("folder")
    t.add_argument("--weights", default="", help="Write the model trained on every set to this file.")
    t.add_argument("--leave-out", default="", help="Train without this set (to measure it unseen).")
    t.add_argument("--threshold", type=float, default=None, help="Use this threshold, not the chosen one.")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.sets, Path(args.out), args.cache)
    else:
        train(Path(args.folder), args.weights, args.leave_out, args.threshold)


if __name__ == "__main__":
    main()
