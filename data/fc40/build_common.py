"""Shared header for the fc40 build scripts (goldlib by absolute path; offsets from inline markup).

Each source in src/ is an article with inline marks; build_articles.py strips them into articles/
and writes gold/ with goldlib.Doc. Marks (fields split by '|', empty field = null):
  {q|text|value|unit|currency|qualifier}    quantity      {r|text|low|high|unit|currency|qualifier} range
  {d|text|iso}                              date          {i|text|kind|reason-key}                  ignore span
  {Q|speaker|text}                          quote (speaker 'null' = anonymous)
  {<|speaker} ... {>}                       quote whose words hold other marks
Header lines: '@file NAME', '@published YYYY-MM-DD', '@actor NAME|TYPE|alias|alias...'.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import goldlib  # noqa: E402
from goldlib import Doc, Pair  # noqa: E402,F401

goldlib.use(HERE)

WHY = {
    "time": "time of day: FORMAT.md date grains are year, month and day",
    "elided": "counted noun elided (number stands alone, noun only recoverable from context): arguable",
    "fraction": "fraction or part of a group: value and unit arguable",
    "age": "age of a person: arguable",
    "vague": "vague amount or period ('a decade', 'hundreds of'): no exact value",
    "relative": "vague relative period ('last year', 'this morning', 'next week'): grain arguable",
    "mult": "frequency or multiplier: value and unit arguable",
    "season": "season or vague period: no ISO value at year/month/day grain",
    "generic": "generic (recurring) month or weekday, not one calendar date",
    "rate": "exchange rate or ratio: unit arguable",
}
MARK = re.compile(r"\{([qrdiQ<])\|([^{}]*)\}|\{>\}")


def _num(s):
    if s == "":
        return None
    v = float(s)
    return int(v) if v == int(v) else v


def _n(s):
    return None if s == "" else s


def parse(src):
    """Return (file name, published, text, list of marks, actors) for one marked source."""
    lines = open(src, encoding="utf-8").read().split("\n")
    name = pub = None
    actors, body = [], []
    for ln in lines:
        if ln.startswith("@file "):
            name = ln[6:].strip()
        elif ln.startswith("@published "):
            pub = ln[11:].strip()
        elif ln.startswith("@actor "):
            f = ln[7:].split("|")
            actors.append((f[0], f[1], f[2:]))
        else:
            body.append(ln)
    raw = "\n".join(body).strip("\n") + "\n"
    out, marks, pos = [], [], 0
    openq = None
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        pos = m.end()
        here = sum(len(x) for x in out)
        if m.group(1) is None:  # {>}: close a long quote
            spk, a = openq
            marks.append(("Q", [spk, "".join(out)[a:here]], a, here))
            openq = None
            continue
        if m.group(1) == "<":
            openq = (m.group(2), here)
            continue
        kind, fields = m.group(1), m.group(2).split("|")
        txt = fields[1] if kind == "Q" else fields[0]
        start = sum(len(x) for x in out)
        out.append(txt)
        marks.append((kind, fields, start, start + len(txt)))
    out.append(raw[pos:])
    return name, pub, "".join(out), marks, actors


def build(src):
    name, pub, text, marks, actors = parse(src)
    with open(os.path.join(HERE, "articles", name), "w", encoding="utf-8") as f:
        f.write(text)
    D = Doc(name, pub)
    for kind, fl, a, b in marks:
        if kind == "q":
            fl += [""] * (6 - len(fl))
            D.quantities.append({"text": fl[0], "start": a, "end": b, "value": _num(fl[1]), "low": None,
                                 "high": None, "unit": _n(fl[2]), "currency": _n(fl[3]), "qualifier": _n(fl[4])})
        elif kind == "r":
            fl += [""] * (7 - len(fl))
            D.quantities.append({"text": fl[0], "start": a, "end": b, "value": None, "low": _num(fl[1]),
                                 "high": _num(fl[2]), "unit": _n(fl[3]), "currency": _n(fl[4]), "qualifier": _n(fl[5])})
        elif kind == "d":
            D.dates.append({"text": fl[0], "start": a, "end": b, "iso": fl[1]})
        elif kind == "i":
            D.ignore.append({"text": fl[0], "start": a, "end": b, "kind": fl[1], "why": WHY[fl[2]]})
        elif kind == "Q":
            D.quotes.append({"text": fl[1], "start": a, "end": b, "speaker": None if fl[0] == "null" else fl[0]})
    for nm, typ, al in actors:
        D.actor(nm, typ, *al)
    D.save()
    return name
