"""Context of a mention: the key words around it and in its sentence, its actors and predicate.

Words are lower-cased, stop words dropped and crudely stemmed, so "summit"/"summits" and
"pledged"/"pledge" meet. Similarity is cheap (set overlaps): every pair of mentions is scored.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Optional

from ..models import Claim
from ..tables import load_lines
from ..text import strip_accents

#: spaCy's English stop words, as a data table (comparing records never imports spaCy).
STOP_WORDS = frozenset(load_lines("stop_words.txt"))

#: A word of the comparison: letters, with one inner apostrophe ("ministry's", "o'clock"); never
#: a digit. compare.statements.subjects reads names with it too.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Words either side of a mention that count as "near" it.
WINDOW = 6
TIGHT = 3
_EXTRA_STOP = frozenset({"said", "say", "says", "according", "also", "would", "could", "told", "including", "like", "s"})
#: The words of the percent sign ("8 per cent", "8 percent", "8 pct" are "8%"): a unit written in
#: letters, no word of what the figure is about, as "%" is none (so the same sentence written with
#: either states the same context).
_PERCENT_WORDS = re.compile(r"\bper\s?cent\b|\bpct\b")
#: Where a clause ends: punctuation and the conjunctions that join two statements in one
#: sentence ("killed 312 people and injured 1,100"; "rose 2%, while exports fell 3%").
_CLAUSE_BREAK = re.compile(
    r",(?!\d)|[;:()\[\]\u2014\u2013\"\u201c\u201d]|\s-\s|\b(?:and|but|while|whereas|although|though|which|who|after|before|as well as)\b",
    re.IGNORECASE)
#: Key words of a clause kept each side of a mention.
CLAUSE_WORDS = 10


def fold(text: str) -> str:
    """Lower case without accents: 'José' and 'Jose' meet."""
    return strip_accents(text).lower()


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + repl
            break
    # "isation"/"ization", "defence"/"defense": spelling variants meet.
    return w.replace("isat", "izat").replace("ence", "ense")


def key_terms(text: str, surface: Optional[dict] = None) -> list[str]:
    """Stemmed content words of a text, in order; `surface` collects stem -> word as written."""
    if surface is None:
        return list(_key_terms(text))
    out = []
    for m in WORD.finditer(_PERCENT_WORDS.sub(" ", fold(text))):
        w = m.group(0)
        if w in STOP_WORDS or w in _EXTRA_STOP or len(w) < 2:
            continue
        st = stem(w)
        out.append(st)
        if surface is not None:
            surface.setdefault(st, w[:-2] if w.endswith(("'s", "’s")) else w)
    return out


@lru_cache(maxsize=1 << 16)
def _key_terms(text: str) -> tuple:
    """key_terms without surfaces, remembered: diff reads the same subjects, objects and clauses
    of a document against every mention of every document it meets (performance only)."""
    return tuple(key_terms(text, {}))


@dataclass
class Context:
    near: frozenset
    sentence: frozenset
    actors: frozenset
    predicate: Optional[str]
    negated: bool
    dates: tuple = field(default_factory=tuple)  # ISO dates stated in the claim
    surface: dict = field(default_factory=dict)  # stem -> the word as written, for reasons
    tight: frozenset = frozenset()  # the key words right beside the mention (TIGHT each side)
    order: tuple = ()  # near words, closest to the mention first
    clause: frozenset = frozenset()  # key words of the clause holding the mention (see clause_bounds)


def context_of(claim: Claim, start: int, end: int) -> Context:
    """The context of the mention text[start:end] inside `claim`."""
    text = claim.text
    rel_s = max(0, min(len(text), start - claim.start))
    rel_e = max(rel_s, min(len(text), end - claim.start))
    near, sentence, surface, tight, order, clause = _words_around(text, rel_s, rel_e)
    return Context(
        near=near,
        sentence=sentence,
        actors=frozenset(claim.actors),
        predicate=claim.predicate,
        negated=claim.negated,
        dates=tuple(d.iso for d in claim.dates if d.iso),
        surface=dict(surface),
        tight=tight,
        order=order,
        clause=clause,
    )


@lru_cache(maxsize=1 << 13)
def _words_around(text: str, rel_s: int, rel_e: int) -> tuple:
    """The parts of a Context read from the claim's text alone (the surfaces as pairs), remembered:
    an edited or re-read document repeats most of its claims' texts (performance only)."""
    surface: dict = {}
    before = key_terms(text[max(0, rel_s - 120):rel_s], surface)[-WINDOW:]
    inside = key_terms(text[rel_s:rel_e], surface)
    after = key_terms(text[rel_e:rel_e + 120], surface)[:WINDOW]
    return (frozenset(before + inside + after), frozenset(key_terms(text)), tuple(surface.items()),
            frozenset(before[-TIGHT:] + inside + after[:TIGHT]), tuple(_closest_first(before, inside, after)),
            frozenset(clause_terms(text, rel_s, rel_e)))


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from the last break before it to the first after it.

    Breaks are punctuation and joining conjunctions, so in "killed 312 people and injured 1,100,
    the ministry said" the clause of "1,100" is "injured 1,100". A break inside the mention
    itself ("between 10,000 and 30,000") does not count.
    """
    lo = max(0, start - 200)
    s = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, start):
        s = m.end()
    m = _CLAUSE_BREAK.search(text, end, min(len(text), end + 200))
    e = m.start() if m else min(len(text), end + 200)
    return s, max(e, end)


def clause_terms(text: str, start: int, end: int) -> list[str]:
    s, e = clause_bounds(text, start, end)
    return (key_terms(text[s:start])[-CLAUSE_WORDS:] + key_terms(text[start:end])
            + key_terms(text[end:e])[:CLAUSE_WORDS])


def _closest_first(before: list, inside: list, after: list) -> list:
    out = list(inside)
    for i in range(max(len(before), len(after))):
        if i < len(after):
            out.append(after[i])
        if i < len(before):
            out.append(before[-1 - i])
    seen: set = set()
    return [w for w in out if not (w in seen or seen.add(w))]


def overlap(a: frozenset, b: frozenset) -> float:
    """Overlap coefficient: shared / size of the smaller set (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@lru_cache(maxsize=1 << 14)
def _id_words(actor_id: str) -> frozenset:
    return frozenset(w for w in actor_id.split("-") if w and w not in STOP_WORDS)


@lru_cache(maxsize=1 << 14)
def _initials(actor_id: str) -> str:
    """The acronym of a name of three or more words: the initials of its content words."""
    words = [w for w in actor_id.split("-") if w and w not in STOP_WORDS]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def _government_of(actor_id: str) -> str:
    """The place whose government an id names ("government-of-the-united-kingdom" ->
    "united-kingdom"), else ''."""
    if not actor_id.startswith("government-of-"):
        return ""
    place = actor_id[len("government-of-"):]
    return place[len("the-"):] if place.startswith("the-") else place


def same_actor(x: str, y: str) -> bool:
    """One actor under two ids: equal, a place and its government ("peru" and
    "government-of-peru": the place-for-institution metonymy, Lakoff & Johnson 1980, ch. 8; the
    actors component lists them apart, as annotators do), or the words of one (two or more) all
    in the other's ("turkish-red-crescent" and "turkish-red-crescent-society"; "bank" alone never
    meets "bank-of-england")."""
    if x == y:
        return True
    if y and _government_of(x) == y or x and _government_of(y) == x:
        return True  # "government-of-peru" and "peru": news names a country for its government
    if _initials(x) == y or _initials(y) == x:
        return True  # "sprb" for "society-for-the-protection-of-rare-birds"
    wx, wy = _id_words(x), _id_words(y)
    small, big = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
    return len(small) >= 2 and small <= big


def shared_actors(a: frozenset, b: frozenset) -> frozenset:
    """Actor ids of `a` that some id of `b` names (see same_actor)."""
    exact = a & b
    if len(exact) == min(len(a), len(b)):
        return exact
    return exact | frozenset(x for x in a - exact if any(same_actor(x, y) for y in b - exact))


def actor_overlap(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return min(1.0, len(shared_actors(a, b)) / min(len(a), len(b)))


def similarity(a: Context, b: Context, *, ignore: frozenset = frozenset()) -> float:
    """0..1: how likely two mentions speak of the same thing, from their surroundings."""
    near = jaccard(a.near - ignore, b.near - ignore)
    sent = jaccard(a.sentence - ignore, b.sentence - ignore)
    actors = actor_overlap(a.actors, b.actors)
    pred = 1.0 if a.predicate and a.predicate == b.predicate else 0.0
    return 0.4 * near + 0.3 * sent + 0.2 * actors + 0.1 * pred


def shared_terms(a: Context, b: Context, limit: int = 3, *, ignore: frozenset = frozenset()) -> list[str]:
    common = (a.near & b.near) - ignore
    return [a.surface.get(t, t) for t in a.order if t in common][:limit]


def clause_frame_at(claim: Claim, start: int, end: int):
    """The innermost clause frame of the claim holding text[start:end], if the record has them."""
    f = claim.frame
    best = None
    for c in (getattr(f, "clauses", None) or ()) if f is not None else ():
        if c.start <= start and end <= c.end and (best is None or c.end - c.start < best.end - best.start):
            best = c
    return best
