"""Extra checks: pair facts of type quantity/date/quote coincide with gold mentions; per-pair requirements."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
G = os.path.join(HERE, "gold")
pairs = json.load(open(os.path.join(G, "pairs.gold.json")))
KIND = {"quantity": "quantities", "date": "dates", "quote": "quotes"}
bad = 0
for p in pairs:
    golds = {s: json.load(open(os.path.join(G, p[s] + ".gold.json"))) for s in "ab"}
    c = collections.Counter((f["status"], f["type"]) for f in p["facts"])
    st = collections.Counter(f["status"] for f in p["facts"])
    ty = collections.Counter(f["type"] for f in p["facts"])
    for f in p["facts"]:
        if f["type"] in KIND:
            spk = {}
            for s in "ab":
                m = [x for x in golds[s][KIND[f["type"]]] if x["start"] == f[s + "_start"] and x["end"] == f[s + "_end"]]
                if not m:
                    print("NO MENTION", p[s], f["about"], f[s + "_text"]); bad += 1
                elif f["type"] == "quote":
                    spk[s] = m[0]["speaker"]
            if f["type"] == "quote" and spk:
                same = spk.get("a") == spk.get("b")
                if same != (f["status"] == "agree"):
                    print("SPEAKER", f["about"], spk); bad += 1
    stmt = [f for f in p["facts"] if f["type"] == "statement"]
    ok = (13 <= len(p["facts"]) <= 16 and st["conflict"] >= 3 and len(stmt) >= 3
          and any(f["status"] == "conflict" for f in stmt) and any(f["status"] == "related" for f in stmt)
          and c[("related", "quantity")] >= 1 and c[("agree", "quantity")] >= 1 and c[("agree", "date")] >= 1)
    print(p["a"][:3], len(p["facts"]), dict(st), dict(ty), "OK" if ok else "REQUIREMENTS NOT MET")
    bad += not ok
for fn in sorted(os.listdir(os.path.join(HERE, "articles"))):
    n = len(open(os.path.join(HERE, "articles", fn)).read().split())
    if not 380 <= n <= 650:
        print("WORDS", fn, n); bad += 1
print("verify:", "OK" if not bad else f"{bad} problems")
