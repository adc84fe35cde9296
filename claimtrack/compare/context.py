"""Context of a mention: the key words around it and in its sentence, its actors and predicate.

Words are lower-cased, stop words dropped and crudely stemmed, so "summit"/"summits" and
"pledged"/"pledge" meet. Similarity is cheap (set overlaps): every pair of mentions is scored.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from ..models import Claim

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
#: Words either side of a mention that count as "near" it.
WINDOW = 6
TIGHT = 3
_EXTRA_STOP = frozenset({"said", "say", "says", "according", "also", "would", "could", "told", "including", "like", "s"})


def fold(text: str) -> str:
    """Lower case without accents: 'José' and 'Jose' meet."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


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
    out = []
    for m in _WORD.finditer(fold(text)):
        w = m.group(0)
        if w in STOP_WORDS or w in _EXTRA_STOP or len(w) < 2:
            continue
        st = stem(w)
        out.append(st)
        if surface is not None:
            surface.setdefault(st, w[:-2] if w.endswith(("'s", "’s")) else w)
    return out


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


def context_of(claim: Claim, start: int, end: int) -> Context:
    """The context of the mention text[start:end] inside `claim`."""
    text = claim.text
    rel_s = max(0, min(len(text), start - claim.start))
    rel_e = max(rel_s, min(len(text), end - claim.start))
    surface: dict = {}
    before = key_terms(text[max(0, rel_s - 120):rel_s], surface)[-WINDOW:]
    inside = key_terms(text[rel_s:rel_e], surface)
    after = key_terms(text[rel_e:rel_e + 120], surface)[:WINDOW]
    dates = tuple(d.iso for d in claim.dates if d.iso)
    return Context(
        near=frozenset(before + inside + after),
        sentence=frozenset(key_terms(text)),
        actors=frozenset(claim.actors),
        predicate=claim.predicate,
        negated=claim.negated,
        dates=dates,
        surface=surface,
        tight=frozenset(before[-TIGHT:] + inside + after[:TIGHT]),
        order=tuple(_closest_first(before, inside, after)),
    )


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


def similarity(a: Context, b: Context, *, ignore: frozenset = frozenset()) -> float:
    """0..1: how likely two mentions speak of the same thing, from their surroundings."""
    near = jaccard(a.near - ignore, b.near - ignore)
    sent = jaccard(a.sentence - ignore, b.sentence - ignore)
    actors = overlap(a.actors, b.actors)
    pred = 1.0 if a.predicate and a.predicate == b.predicate else 0.0
    return 0.4 * near + 0.3 * sent + 0.2 * actors + 0.1 * pred


def shared_terms(a: Context, b: Context, limit: int = 3, *, ignore: frozenset = frozenset()) -> list[str]:
    common = (a.near & b.near) - ignore
    return [a.surface.get(t, t) for t in a.order if t in common][:limit]
