"""The verbs news writes for one action, read from data/verb_paraphrases.json (built by
data/tools/verb_paraphrases.py from Princeton WordNet 3.0, each entry with its source): the
WordNet senses news uses beyond a verb's three most frequent ("the plant will close" is
close.v.03, "the bonds mature" mature.v.03), the predicates news writes for such a sense ("fall
due", "halt" work, "reopen" a line: "resume"), the opposite actions WordNet's antonym pointer does
not give ("approve" / "reject"), and the irregular verb forms ("sold": "sell").

`lexicon` reads these beside data/verb_senses.json, so that `predicates_meet`, `opposite` and
`verb_lemma` (statements, quotes, and the events that dates are compared by) all see them. Tables
only: no frame or mention logic here."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional


@lru_cache(maxsize=1)
def _table() -> dict:
    from ...tables import load_json

    return load_json("verb_paraphrases.json")


@lru_cache(maxsize=1)
def _senses() -> dict:
    return {k: frozenset(v) for k, v in _table()["senses"].items()}


@lru_cache(maxsize=1)
def news_hypernyms() -> dict:
    """Sense added for news -> its direct WordNet hypernyms (synset offsets)."""
    return {int(k): frozenset(v) for k, v in _table()["hypernyms"].items()}


def news_senses(predicate: Optional[str]) -> frozenset:
    """The WordNet senses (synset offsets) news gives a predicate besides its three most frequent:
    "halt" -> close.v.03 ('cease to operate'), "fall due" -> mature.v.03; empty for the rest."""
    return _senses().get(predicate or "", frozenset())


@lru_cache(maxsize=1)
def _opposites() -> frozenset:
    return frozenset(tuple(sorted(pair)) for pair in _table()["opposites"])


def news_opposites(p: Optional[str], q: Optional[str]) -> bool:
    """Two predicates news reports as opposite actions of one subject that WordNet's antonym
    pointer does not give ("approve" / "reject", "lift" / "impose")."""
    return bool(p and q) and tuple(sorted((p, q))) in _opposites()


def news_opposites_of(p: Optional[str]) -> frozenset:
    """The predicates `news_opposites` gives as opposite to p."""
    return frozenset(x if y == p else y for x, y in _opposites() if p in (x, y))


def irregular_base(form: str) -> Optional[str]:
    """The base verb of an irregular verb form as written ("sold" -> "sell", "fell" -> "fall";
    WordNet's verb.exc), else None. A form that is a verb of its own is read so only when its base
    is far the more frequent verb ("found" -> "find"; "wound" is left alone)."""
    return _table()["irregular"].get(form.lower())
