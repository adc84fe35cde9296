"""Score claimtrack's date extractor against peer test suites and the seed gold.

    .venv/bin/python bench/peer_dates.py                 # peer cases (../shared/peer/dates.jsonl)
    .venv/bin/python bench/peer_dates.py --gold          # data/gold/seeds/*.gold.json
    .venv/bin/python bench/peer_dates.py --misses 40     # also list misses and false alarms
    .venv/bin/python bench/peer_dates.py --peer DIR/dates.jsonl  # peer cases kept elsewhere
    .venv/bin/python bench/peer_dates.py --tbaq          # TempEval-3 training news (TimeBank + AQUAINT)

Peer cases are read at run time from ../shared/peer (see SOURCES.md there; never copied into
the project). Each case's `reference` is the publication date the text resolves against.
Gold documents are read from seeds/, with the publication date as ingest finds it (the gold
file's `published` is what find_dateline is checked against).

External corpus (--tbaq): TempEval-3's training articles (TimeBank + AQUAINT, 214 news articles
1989-2000 with every calendar DATE timex), built by ../shared/tools/dev-corpora into the corpora
folder (bench/devcorpora.py: --corpora DIR, $CLAIMTRACK_CORPORA, else .corpora/). Its `ignore`
spans (timexes that are not calendar dates, and year or month words nobody annotated) count
neither way, like gold 'ignore' spans.

Matching (issue 3): a prediction with an ISO value matches a gold date it overlaps with the same
ISO string, one-to-one; predictions without ISO are not counted; a prediction overlapping a gold
'ignore' span of kind dates counts neither way.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT.parent / "shared" / "peer" / "dates.jsonl"
GOLD = ROOT / "data" / "gold" / "seeds"
SEEDS = ROOT / "seeds"


def score(preds, gold, ignore=()):
    """(tp, fp, fn, misses, false_alarms) for one text."""
    preds = [p for p in preds if p.iso]
    used: set[int] = set()
    tp = 0
    misses = []
    for g in gold:
        hit = None
        for i, p in enumerate(preds):
            if i not in used and p.start < g["end"] and g["start"] < p.end and p.iso == g["iso"]:
                hit = i
                break
        if hit is None:
            near = [f"{p.text!r}->{p.iso}" for p in preds if p.start < g["end"] and g["start"] < p.end]
            misses.append(f"MISS {g['text']!r} ({g['iso']}) got {near or 'nothing'}")
        else:
            used.add(hit)
            tp += 1
    fps = []
    for i, p in enumerate(preds):
        if i in used:
            continue
        if any(p.start < ig["end"] and ig["start"] < p.end for ig in ignore):
            continue
        fps.append(f"FALSE {p.text!r} -> {p.iso}")
    return tp, len(fps), len(misses), misses, fps


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_peer(nlp, show: int, path: Path = PEER) -> None:
    from claimtrack.pipeline.extensions import DATES, PUBLISHED, views

    if not path.exists():
        sys.exit(f"no peer cases at {path}")
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals: Counter = Counter()
    by_source: dict[str, Counter] = {}
    lines = []
    for case in cases:
        doc = nlp.make_doc(case["text"])
        doc._.set(PUBLISHED, case.get("reference"))
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        preds = views(doc, DATES)
        tp, fp, fn, misses, fps = score(preds, case["expected"], case.get("ignore", ()))
        for c in (totals, by_source.setdefault(case["source"], Counter())):
            c.update(tp=tp, fp=fp, fn=fn)
        for m in misses + fps:
            lines.append(f"{case['id']}: {m}  || {case['text'][:100]!r} ref={case.get('reference')}")
    print(f"{path.name}: {len(cases)} cases")
    for src, c in sorted(by_source.items()):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"  {src:34s} tp={c['tp']:4d} fp={c['fp']:4d} fn={c['fn']:4d}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    p, r, f = prf(totals["tp"], totals["fp"], totals["fn"])
    print(f"  {'ALL':34s} tp={totals['tp']:4d} fp={totals['fp']:4d} fn={totals['fn']:4d}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    for line in lines[:show]:
        print("   ", line)


def run_gold(nlp, show: int) -> None:
    from claimtrack.ingest import read_documents
    from claimtrack.dateparse import find_dateline
    from claimtrack.pipeline.extensions import DATES, PUBLISHED, views

    docs = {d.name: d for d in read_documents([SEEDS]) if hasattr(d, "text")}
    totals: Counter = Counter()
    dl_ok = 0
    files = sorted(GOLD.glob("*.gold.json"))
    files = [f for f in files if f.name != "pairs.gold.json"]
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = docs.get(gold["doc"])
        if document is None:
            print(f"  {gold['doc']}: not found in {SEEDS}")
            continue
        found = find_dateline(document.text)
        dl_ok += found == gold.get("published")
        doc = nlp.make_doc(document.text)
        doc._.set(PUBLISHED, document.published)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        ignore = [i for i in gold.get("ignore", []) if i.get("kind") == "dates"]
        tp, fp, fn, misses, fps = score(views(doc, DATES), gold["dates"], ignore)
        totals.update(tp=tp, fp=fp, fn=fn)
        print(
            f"  {gold['doc']}: published gold={gold.get('published')} dateline={found} used={document.published}"
            f"  tp={tp} fp={fp} fn={fn}"
        )
        for line in (misses + fps)[:show]:
            print("     ", line)
    p, r, f = prf(totals["tp"], totals["fp"], totals["fn"])
    print(f"gold dates: tp={totals['tp']} fp={totals['fp']} fn={totals['fn']}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(f"find_dateline == gold published: {dl_ok}/{len(files)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", action="store_true", help="score the seed gold instead of the peer cases")
    ap.add_argument("--tbaq", action="store_true", help="score TempEval-3's training news instead")
    ap.add_argument("--corpora", help="folder of the built dev corpora (default $CLAIMTRACK_CORPORA, else .corpora/)")
    ap.add_argument("--misses", type=int, default=0, help="list this many misses/false alarms")
    ap.add_argument("--peer", type=Path, default=PEER,
                    help="the peer cases file (default ../shared/peer/dates.jsonl beside the project; a worktree elsewhere names it)")
    args = ap.parse_args()
    from claimtrack import nlp as nlp_mod
    from devcorpora import TBAQ, corpus

    nlp = nlp_mod.load()
    if args.gold:
        run_gold(nlp, args.misses or 50)
    elif args.tbaq:
        path = corpus(args.corpora, TBAQ)
        if path is None:
            sys.exit(2)
        run_peer(nlp, args.misses, path)
    else:
        run_peer(nlp, args.misses, args.peer)


if __name__ == "__main__":
    main()
