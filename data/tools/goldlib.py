"""Helpers to build gold files: offsets are computed by searching the article text.

A build script next to a set's `articles/` and `gold/` folders calls `use(its folder)` first.
"""
import json, os

ART = GOLD = None


def use(folder):
    """Point the helpers at a set: FOLDER/articles in, FOLDER/gold out."""
    global ART, GOLD
    ART = os.path.join(os.path.abspath(folder), "articles")
    GOLD = os.path.join(os.path.abspath(folder), "gold")


class Doc:
    def __init__(self, name, published):
        self.name = name
        self.text = open(os.path.join(ART, name), encoding="utf-8").read()
        self.published = published
        self.quantities, self.dates, self.quotes, self.actors, self.ignore = [], [], [], [], []

    def span(self, s, occ=1, after=None):
        """Start index of the occ-th occurrence of s (optionally after the first occurrence of `after`)."""
        i = -1
        if after is not None:
            i = self.text.index(after) - 1
        for _ in range(occ):
            i = self.text.index(s, i + 1)
        return i, i + len(s)

    def q(self, s, value, unit=None, cur=None, qual=None, low=None, high=None, occ=1, after=None):
        a, b = self.span(s, occ, after)
        self.quantities.append({"text": s, "start": a, "end": b, "value": value, "low": low, "high": high,
                                "unit": unit, "currency": cur, "qualifier": qual})

    def d(self, s, iso, occ=1, after=None):
        a, b = self.span(s, occ, after)
        self.dates.append({"text": s, "start": a, "end": b, "iso": iso})

    def quote(self, s, speaker, occ=1, after=None):
        a, b = self.span(s, occ, after)
        self.quotes.append({"text": s, "start": a, "end": b, "speaker": speaker})

    def ign(self, s, kind, why, occ=1, after=None):
        a, b = self.span(s, occ, after)
        self.ignore.append({"text": s, "start": a, "end": b, "kind": kind, "why": why})

    def actor(self, name, typ, *aliases):
        for al in aliases:
            assert al in self.text, (self.name, al)
        self.actors.append({"name": name, "type": typ, "aliases": list(aliases)})

    def save(self):
        for k in ("quantities", "dates", "quotes", "ignore"):
            getattr(self, k).sort(key=lambda x: x["start"])
        out = {"doc": self.name, "published": self.published, "quantities": self.quantities,
               "dates": self.dates, "quotes": self.quotes, "actors": self.actors}
        if self.ignore:
            out["ignore"] = self.ignore
        with open(os.path.join(GOLD, self.name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")


def load(name):
    """An article's text, by file name."""
    return open(os.path.join(ART, name), encoding="utf-8").read()


def loc(text, s, occ=1, after=None):
    """(start, end) of the occ-th occurrence of s in text (optionally after `after`)."""
    i = text.index(after) - 1 if after else -1
    for _ in range(occ):
        i = text.index(s, i + 1)
    return i, i + len(s)


class Pair:
    """The facts two articles share, for pairs.gold.json."""

    def __init__(self, a, b):
        self.a, self.b = a, b
        self.ta, self.tb = load(a), load(b)
        self.facts = []

    def f(self, about, status, typ, a_text, b_text, note, a_occ=1, b_occ=1, a_after=None, b_after=None):
        a0, a1 = loc(self.ta, a_text, a_occ, a_after)
        b0, b1 = loc(self.tb, b_text, b_occ, b_after)
        self.facts.append({"about": about, "status": status, "type": typ,
                           "a_text": a_text, "a_start": a0, "a_end": a1,
                           "b_text": b_text, "b_start": b0, "b_end": b1, "note": note})

    def out(self):
        return {"a": self.a, "b": self.b, "facts": self.facts}

