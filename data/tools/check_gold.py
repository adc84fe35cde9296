"""Check a gold folder: exact offsets, field values, overlaps, pairs; optionally list uncovered numerals.

usage: python3 data/tools/check_gold.py GOLD_DIR [--uncovered]     (e.g. data/dev/gold)
"""
import json, os, re, sys, glob

_args = [a for a in sys.argv[1:] if not a.startswith("--")]
if len(_args) != 1:
    sys.exit(__doc__)
GOLD = os.path.abspath(_args[0])
corpus = json.load(open(os.path.join(GOLD, "corpus.json")))["corpus"]
ART = os.path.normpath(os.path.join(GOLD, corpus))
QUAL = {None, "approx", "more_than", "less_than", "at_least", "at_most"}
TYPES = {"PERSON", "ORG", "GPE", "NORP"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
errors = []


def err(msg):
    errors.append(msg)


def check_span(text, item, where):
    s, e = item["start"], item["end"]
    if not (0 <= s < e <= len(text)):
        err(f"{where}: bad bounds {s}-{e}")
    elif text[s:e] != item["text"]:
        err(f"{where}: text[{s}:{e}]={text[s:e]!r} != {item['text']!r}")


texts = {}
for path in sorted(glob.glob(os.path.join(GOLD, "*.txt.gold.json"))):
    g = json.load(open(path, encoding="utf-8"))
    name = g["doc"]
    if os.path.basename(path) != name + ".gold.json":
        err(f"{path}: doc field {name} does not match file name")
    text = open(os.path.join(ART, name), encoding="utf-8").read()
    texts[name] = text
    if g["published"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", g["published"]):
        err(f"{name}: published {g['published']!r}")
    for k in ("quantities", "dates", "quotes", "actors"):
        if k not in g:
            err(f"{name}: missing {k}")
    for i, q in enumerate(g["quantities"]):
        w = f"{name} quantities[{i}] {q['text']!r}"
        check_span(text, q, w)
        if set(q) != {"text", "start", "end", "value", "low", "high", "unit", "currency", "qualifier"}:
            err(f"{w}: keys {sorted(q)}")
        if q["qualifier"] not in QUAL:
            err(f"{w}: qualifier {q['qualifier']}")
        if (q["low"] is None) != (q["high"] is None):
            err(f"{w}: low/high")
        if q["low"] is not None and (q["value"] is not None or q["low"] > q["high"]):
            err(f"{w}: range with value or low>high")
        if q["low"] is None and q["value"] is None:
            err(f"{w}: no value")
        if q["currency"] is not None and (q["unit"] is not None or not re.match(r"^[A-Z]{3}$", q["currency"])):
            err(f"{w}: money must have unit null and ISO currency")
        if q["currency"] is None and not q["unit"]:
            err(f"{w}: no unit")
    for i, d in enumerate(g["dates"]):
        w = f"{name} dates[{i}] {d['text']!r}"
        check_span(text, d, w)
        if not ISO.match(d["iso"]):
            err(f"{w}: iso {d['iso']}")
    for i, q in enumerate(g["quotes"]):
        w = f"{name} quotes[{i}] {q['text'][:30]!r}"
        check_span(text, q, w)
    names = [a["name"] for a in g["actors"]]
    if len(names) != len(set(names)):
        err(f"{name}: duplicate actor names")
    for a in g["actors"]:
        if a["type"] not in TYPES:
            err(f"{name}: actor type {a}")
        for al in a["aliases"]:
            if al not in text:
                err(f"{name}: alias {al!r} not in text")
    for i, x in enumerate(g.get("ignore", [])):
        w = f"{name} ignore[{i}] {x['text']!r}"
        check_span(text, x, w)
        if x["kind"] not in ("quantities", "dates", "quotes") or not x.get("why"):
            err(f"{w}: kind/why")
    # overlaps inside a kind (gold items must not overlap each other)
    for k in ("quantities", "dates", "quotes"):
        items = sorted(g[k], key=lambda x: x["start"])
        for a, b in zip(items, items[1:]):
            if b["start"] < a["end"]:
                err(f"{name}: overlapping {k}: {a['text']!r} / {b['text']!r}")
        for x in g.get("ignore", []):
            if x["kind"] != k:
                continue
            for it in items:
                if it["start"] < x["end"] and x["start"] < it["end"]:
                    err(f"{name}: {k} item {it['text']!r} overlaps ignore {x['text']!r}")
    if "--uncovered" in sys.argv:
        spans = [(x["start"], x["end"]) for k in ("quantities", "dates", "ignore") for x in g.get(k, [])]
        pat = r"\d[\d,.]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozens?|half|third|quarter|fortnight)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b"
        for m in re.finditer(pat, text, re.I):
            if not any(s <= m.start() < e for s, e in spans):
                print(f"  uncovered {name} {m.start()}: {text[max(0, m.start() - 30):m.end() + 30]!r}")

pp = os.path.join(GOLD, "pairs.gold.json")
if os.path.exists(pp):
    for pair in json.load(open(pp, encoding="utf-8")):
        for side in ("a", "b"):
            if pair[side] not in texts:
                err(f"pairs: unknown doc {pair[side]}")
        for i, f in enumerate(pair["facts"]):
            w = f"pairs {pair['a']}~{pair['b']} fact[{i}] {f['about']!r}"
            if f["status"] not in ("agree", "conflict", "related"):
                err(f"{w}: status")
            if f["type"] not in ("quantity", "date", "quote", "statement"):
                err(f"{w}: type")
            for side in ("a", "b"):
                t = texts.get(pair[side], "")
                s, e = f[side + "_start"], f[side + "_end"]
                if t[s:e] != f[side + "_text"]:
                    err(f"{w}: {side} text[{s}:{e}]={t[s:e]!r} != {f[side + '_text']!r}")

n = {k: 0 for k in ("quantities", "dates", "quotes", "actors", "ignore")}
for path in glob.glob(os.path.join(GOLD, "*.txt.gold.json")):
    g = json.load(open(path, encoding="utf-8"))
    for k in n:
        n[k] += len(g.get(k, []))
print(f"{len(texts)} docs; " + ", ".join(f"{k}={v}" for k, v in n.items()))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
