"""Score claimtrack's quantities against other projects' test cases (../shared/peer/quantities.jsonl).

The peer file is read at run time from the shared folder beside the project and never copied in.
Matching (as `claimtrack eval`): a prediction overlaps the expected span and has the same value
(ranges: the same low and high; relative tolerance 1e-6) and, where the expected item has a
currency, the same currency; one-to-one, greedy by overlap. Open ranges in the peer file
("more than 30000": low 30000, high null) match a single value with a qualifier.
A minor currency unit the peers keep as written ("50 cents": value 50, unit cent, no currency)
matches claimtrack's reading into the major currency (USD 0.50): the same amount in another unit.
Recall counts every expected item; a prediction counts as a false positive only when it falls
inside its case's scope (see SOURCES.md).

    .venv/bin/python bench/peer_quantities.py [--peer PATH] [--show-misses N] [--source SUBSTR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PEER = ROOT.parent / "shared" / "peer" / "quantities.jsonl"

TEMPERATURE = {"degree celsius", "degree fahrenheit", "kelvin", "degree"}
DURATION = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century",
            "millennium", "millisecond"}
MINOR = {"cent", "pence", "penny", "sen", "satoshi", "bitcoin", "franc"}


def close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def _minor_per(unit):
    """How many of a minor currency unit make the major one (data/currencies.json minor_of)."""
    from claimtrack.tables import load_json

    entry = load_json("currencies.json")["minor_of"].get(unit or "")
    return entry["per"] if entry else None


def value_ok(pred, exp) -> bool:
    per = _minor_per(exp.get("unit")) if not exp.get("currency") else None
    if per and pred.currency and pred.value is not None and exp["value"] is not None:
        # the peers write "50 cents" as 50 cent; claimtrack reads it into its currency (USD 0.50):
        # the same amount, so it matches (a prediction without a currency is held to 50 as before)
        return close(pred.value * per, exp["value"])
    if exp["value"] is not None and exp["low"] is None and exp["high"] is None:
        return close(pred.value, exp["value"])
    if exp["value"] is not None and close(exp["low"], exp["value"]) and close(exp["high"], exp["value"]):
        return close(pred.value, exp["value"])  # Recognizers' [x, x]
    if exp["low"] is not None and exp["high"] is not None:
        return close(pred.low, exp["low"]) and close(pred.high, exp["high"])
    bound = exp["low"] if exp["low"] is not None else exp["high"]
    if bound is None:
        return False
    return close(pred.value, bound) or close(pred.low, bound) or close(pred.high, bound)


def in_scope(pred, scope: str) -> bool:
    if scope == "all":
        return True
    if scope == "number":  # the number model leaves out amounts of money and measures
        return not pred.currency and (pred.unit is None or pred.unit == "percent")
    if scope == "currency":
        return bool(pred.currency) or pred.unit in MINOR
    if scope == "percent":
        return pred.unit == "percent"
    if scope == "temperature":
        return pred.unit in TEMPERATURE
    if scope == "age":
        return pred.unit in DURATION
    if scope == "numberrange":
        return pred.value is None or pred.qualifier is not None
    if scope == "dimension":
        from claimtrack.tables import load_json

        measures = set(load_json("units.json")["names"].values()) | set(load_json("units.json")["symbols"].values())
        return (pred.unit in measures and pred.unit not in DURATION and pred.unit != "percent"
                and pred.unit not in TEMPERATURE and not pred.currency)
    return True


def score_case(preds, case):
    expected = case["expected"]
    used: set[int] = set()
    tp = 0
    misses = []
    for exp in expected:
        best, best_ov = None, 0
        for i, p in enumerate(preds):
            if i in used:
                continue
            ov = min(p.end, exp["end"]) - max(p.start, exp["start"])
            if ov <= 0 or not value_ok(p, exp):
                continue
            if exp.get("currency") and p.currency != exp["currency"]:
                continue
            if ov > best_ov:
                best, best_ov = i, ov
        if best is None:
            misses.append(exp)
        else:
            used.add(best)
            tp += 1
    fps = [p for i, p in enumerate(preds) if i not in used and in_scope(p, case["scope"])]
    return tp, len(expected), fps, misses


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", type=Path, default=DEFAULT_PEER)
    ap.add_argument("--show-misses", type=int, default=0, help="print up to N misses and false alarms")
    ap.add_argument("--source", default="", help="only cases whose source contains this")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    if not args.peer.exists():
        print(f"peer file not found: {args.peer}", file=sys.stderr)
        return 2
    cases = [json.loads(line) for line in args.peer.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [c for c in cases if args.source in c["source"]]

    from claimtrack import nlp as nlp_mod
    from claimtrack.pipeline.extensions import QUANTITIES, views

    nlp = nlp_mod.load()
    totals = defaultdict(lambda: [0, 0, 0])  # key -> tp, fp, fn
    shown = 0
    for case, doc in zip(cases, nlp.pipe((c["text"] for c in cases), batch_size=64)):
        preds = views(doc, QUANTITIES)
        for p in preds:
            assert case["text"][p.start:p.end] == p.text, (case["id"], p)
        tp, n, fps, misses = score_case(preds, case)
        for key in ("overall", f"source {case['source']}", f"scope {case['scope']}"):
            t = totals[key]
            t[0] += tp
            t[1] += len(fps)
            t[2] += n - tp
        if shown < args.show_misses and (misses or fps):
            shown += 1
            print(f"--- {case['id']} [{case['scope']}] {case['text'][:200]!r}")
            for m in misses:
                print(f"  MISS {m['text']!r} value={m['value']} low={m['low']} high={m['high']} cur={m['currency']}")
            for p in fps:
                print(f"  FA   {p.text!r} value={p.value} low={p.low} high={p.high} unit={p.unit} cur={p.currency}")
            print("  pred", [(p.text, p.value, p.low, p.high, p.unit, p.currency) for p in preds])
    rows = {k: dict(zip(("tp", "fp", "fn"), v)) for k, v in sorted(totals.items())}
    for k, v in rows.items():
        v["precision"], v["recall"], v["f1"] = (round(x, 3) for x in prf(v["tp"], v["fp"], v["fn"]))
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(f"{'':40} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for k in ["overall"] + [k for k in rows if k != "overall"]:
            v = rows[k]
            print(f"{k:40} {v['tp']:5} {v['fp']:5} {v['fn']:5} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
