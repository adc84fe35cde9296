"""Score the quote extractor: against the seed gold (data/gold/seeds) and the peer cases.

    .venv/bin/python bench/peer_quotes.py            # both
    .venv/bin/python bench/peer_quotes.py --gold     # seed gold only
    .venv/bin/python bench/peer_quotes.py --peer -v  # peer cases, with each miss

Matching (the evaluation rules of issue 3): a predicted quote matches a gold quote when it
overlaps at least half of the gold quote's characters (one-to-one, greedy by overlap); its
speaker is right when, in addition, it names the same person or organisation (the same last
word of the name counts, case-insensitive). Gold 'ignore' spans of kind quotes count neither
way. Peer cases (../shared/peer/quotes.jsonl, read in place, never copied: see its
SOURCES.md) give the quote text and the speaker as written; a peer quote is located in the
case text, and speakers match by containment or token overlap (of the canonical speaker or of
the speaker span as written, e.g. a pronoun). Words are compared whole: one name's words
contain the other's ("Peskov" in "Dmitry Peskov, press secretary for Putin"), or the two share
a word that is neither a stop word nor a title ("the senator" and "the president" share
nothing that counts).

External corpus (--polnear; all three sets when no flag is given): PolNeAR's training split
(1,479 paragraphs of US political news with named quote sources), built by
../shared/tools/dev-corpora into the corpora folder (bench/devcorpora.py: --corpora DIR,
$CLAIMTRACK_CORPORA, else .corpora/), scored like the peer cases.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold" / "seeds"
SEEDS = ROOT / "seeds"
PEER = ROOT.parent / "shared" / "peer" / "quotes.jsonl"
_WORDS = re.compile(r"\w+")


def _table_words(name, column=None):
    words = set()
    for line in (ROOT / "claimtrack" / "data" / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(_WORDS.findall(line.lower()))
    return frozenset(words)


#: Words two speaker names may share without naming the same speaker: stop words ("the", "of")
#: and title words ("president", "minister", "sen").
_NOT_NAMING = _table_words("stop_words.txt") | _table_words("titles.txt")


def _last(name):
    name = re.sub(r"['’]s?$", "", (name or "").strip())
    words = re.findall(r"\w+", name.lower())
    return words[-1] if words else ""


def _overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def _match(preds, golds, ignores):
    """Greedy one-to-one matching. Returns (pairs, unmatched preds, unmatched golds)."""
    preds = [p for p in preds if not any(_overlap(p["start"], p["end"], i["start"], i["end"]) for i in ignores)]
    cands = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            ov = _overlap(p["start"], p["end"], g["start"], g["end"])
            if ov * 2 >= (g["end"] - g["start"]) and ov > 0:
                cands.append((ov, pi, gi))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for ov, pi, gi in cands:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((preds[pi], golds[gi]))
    return pairs, [p for i, p in enumerate(preds) if i not in used_p], [g for i, g in enumerate(golds) if i not in used_g]


def _f1(tp, npred, ngold):
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _quotes(nlp, text):
    doc = nlp(text)
    return list(doc._.ct_quotes)  # plain dicts (the fields of models.Quote)


def score_gold(nlp, verbose=False):
    tp = tps = npred = ngold = 0
    for gf in sorted(GOLD.glob("*.gold.json")):
        if gf.name == "pairs.gold.json":
            continue
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text = (SEEDS / gold["doc"]).read_text(encoding="utf-8")
        ignores = [i for i in gold.get("ignore", []) if i.get("kind") == "quotes"]
        preds = _quotes(nlp, text)
        golds = gold.get("quotes", [])
        pairs, fp, fn = _match(preds, golds, ignores)
        npred += len(pairs) + len(fp)
        ngold += len(golds)
        tp += len(pairs)
        for p, g in pairs:
            ok = _last(p["speaker"]) == _last(g["speaker"]) if g["speaker"] else p["speaker"] is None
            tps += ok
            if verbose and not ok:
                print(f"  speaker {gold['doc']}: {g['text'][:50]!r} gold={g['speaker']!r} pred={p['speaker']!r} cue={p['cue']!r}")
        if verbose:
            for p in fp:
                print(f"  false alarm {gold['doc']}: {p['text'][:60]!r} speaker={p['speaker']!r}")
            for g in fn:
                print(f"  miss {gold['doc']}: {g['text'][:60]!r} ({g['speaker']})")
    found = _f1(tp, npred, ngold)
    spk = _f1(tps, npred, ngold)
    print(f"seed gold: {ngold} quotes, {npred} predicted")
    print(f"  quotes found        P {found[0]:.3f} R {found[1]:.3f} F1 {found[2]:.3f}")
    print(f"  with right speaker  P {spk[0]:.3f} R {spk[1]:.3f} F1 {spk[2]:.3f}")
    return found[2], spk[2]


def _speaker_ok(pred, expected):
    """Containment of whole words, or a shared word that names (not a stop word nor a title)."""
    exp = set(_WORDS.findall(expected.lower()))
    for said in (pred.get("speaker"), (pred.get("speaker_span") or {}).get("text")):
        if not said:
            continue
        got = set(_WORDS.findall(said.lower()))
        if not got or not exp:
            continue
        if got <= exp or exp <= got or (got & exp) - _NOT_NAMING:
            return True
    return False


def score_peer(nlp, verbose=False, path=PEER, limit=None):
    if path is None or not path.exists():
        print(f"peer cases not found at {path}")
        return None
    tp = tps = npred = ngold = 0
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for case in cases[:limit]:
        text = case["text"]
        golds = []
        pos = 0
        for e in case["expected"]:
            k = text.find(e["quote"], pos)
            if k < 0:
                k = text.find(e["quote"])
            if k < 0:
                continue
            golds.append({"start": k, "end": k + len(e["quote"]), "text": e["quote"], "speaker": e["speaker"]})
            pos = k + len(e["quote"])
        preds = _quotes(nlp, text)
        pairs, fp, fn = _match(preds, golds, [])
        npred += len(pairs) + len(fp)
        ngold += len(golds)
        tp += len(pairs)
        for p, g in pairs:
            ok = _speaker_ok(p, g["speaker"])
            tps += ok
            if verbose and not ok:
                said = (p.get("speaker_span") or {}).get("text")
                print(f"  speaker {case['id']}: {g['text'][:40]!r} gold={g['speaker']!r} pred={p['speaker']!r} span={said!r}")
        if verbose:
            for p in fp:
                print(f"  false alarm {case['id']}: {p['text'][:60]!r}")
            for g in fn:
                print(f"  miss {case['id']}: {g['text'][:60]!r}")
    found = _f1(tp, npred, ngold)
    spk = _f1(tps, npred, ngold)
    print(f"{path.name}: {len(cases[:limit])} cases, {ngold} quotes, {npred} predicted")
    print(f"  quotes found        P {found[0]:.3f} R {found[1]:.3f} F1 {found[2]:.3f}")
    print(f"  with right speaker  P {spk[0]:.3f} R {spk[1]:.3f} F1 {spk[2]:.3f}")
    return found[2], spk[2]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", action="store_true", help="score the seed gold only")
    ap.add_argument("--peer", action="store_true", help="score the peer cases only")
    ap.add_argument("--polnear", action="store_true", help="score PolNeAR's training split only")
    ap.add_argument("--corpora", help="folder of the built dev corpora (default $CLAIMTRACK_CORPORA, else .corpora/)")
    ap.add_argument("--limit", type=int, help="only the first N cases of each file")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    args = ap.parse_args(argv)
    from devcorpora import POLNEAR, corpus

    sys.path.insert(0, str(ROOT))
    from claimtrack import nlp as nlp_mod

    nlp = nlp_mod.load()
    every = not args.gold and not args.peer and not args.polnear
    if args.polnear or every:
        path = corpus(args.corpora, POLNEAR)
        if path:
            score_peer(nlp, args.verbose, path, args.limit)
    if args.gold or every:
        score_gold(nlp, args.verbose)
    if args.peer or every:
        score_peer(nlp, args.verbose, PEER, args.limit)


if __name__ == "__main__":
    main()
