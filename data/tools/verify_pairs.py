"""Extra checks of a pair set (data/<set>/): every quantity/date/quote pair fact coincides with a
gold mention of that kind on both sides, quote facts are `agree` exactly when the gold speakers
match, each pair meets the set's requirements, and every article's length is in the set's range.
Each set's own verify_pairs.py calls `verify` with its limits."""
import collections
import json
import os

KIND = {"quantity": "quantities", "date": "dates", "quote": "quotes"}


def verify(set_dir, facts=(12, 17), min_conflicts=2, words=(250, 450)):
    """Print the checks of the set in `set_dir`; return the number of problems."""
    gold_dir = os.path.join(set_dir, "gold")
    pairs = json.load(open(os.path.join(gold_dir, "pairs.gold.json")))
    bad = 0
    for p in pairs:
        golds = {s: json.load(open(os.path.join(gold_dir, p[s] + ".gold.json"))) for s in "ab"}
        c = collections.Counter((f["status"], f["type"]) for f in p["facts"])
        st = collections.Counter(f["status"] for f in p["facts"])
        ty = collections.Counter(f["type"] for f in p["facts"])
        for f in p["facts"]:
            if f["type"] in KIND:
                spk = {}
                for s in "ab":
                    m = [x for x in golds[s][KIND[f["type"]]] if x["start"] == f[s + "_start"] and x["end"] == f[s + "_end"]]
                    if not m:
                        print("NO MENTION", p[s], f["about"], f[s + "_text"])
                        bad += 1
                    elif f["type"] == "quote":
                        spk[s] = m[0]["speaker"]
                if f["type"] == "quote" and spk:
                    same = spk.get("a") == spk.get("b")
                    if same != (f["status"] == "agree"):
                        print("SPEAKER", f["about"], spk)
                        bad += 1
        stmt = [f for f in p["facts"] if f["type"] == "statement"]
        ok = (facts[0] <= len(p["facts"]) <= facts[1] and st["conflict"] >= min_conflicts and len(stmt) >= 3
              and any(f["status"] == "conflict" for f in stmt) and any(f["status"] == "related" for f in stmt)
              and c[("related", "quantity")] >= 1 and c[("agree", "quantity")] >= 1 and c[("agree", "date")] >= 1)
        print(p["a"][:3], len(p["facts"]), dict(st), dict(ty), "OK" if ok else "REQUIREMENTS NOT MET")
        bad += not ok
    for fn in sorted(os.listdir(os.path.join(set_dir, "articles"))):
        n = len(open(os.path.join(set_dir, "articles", fn)).read().split())
        if not words[0] <= n <= words[1]:
            print("WORDS", fn, n)
            bad += 1
    print("verify:", "OK" if not bad else f"{bad} problems")
    return bad
