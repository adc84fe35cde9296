"""One state under two adjectives, and opposite states, by WordNet's organisation of adjectives.

WordNet files descriptive adjectives in clusters: a head adjective with the satellites similar to
it ("closed": "shut", "sealed"; "open": "ajar"), the heads of two clusters being direct antonyms
("open" / "closed"), and heads of one meaning linked by also-see (Gross & Miller 1990, 'Adjectives
in WordNet'). So a linking predicate ("the gate stayed shut") states what a linking predicate with a
near-synonym states ("the gate remained closed"), and the opposite of what one with the antonym of
either states ("the gate was ajar": an indirect antonym, Gross & Miller's term). The words:
data/adjective_similar.json (built by data/tools/verb_senses.py from Princeton WordNet 3.0; each word's first sense, and those of
its first three listed senses that carry a fifth or more of its SemCor tags: "dead" in the sense
'very tired' is never read)."""

from __future__ import annotations

from functools import lru_cache

#: Linking verbs that state the subject is in a state now ("is closed", "remained closed",
#: "stays closed"; Quirk et al. 1985, 16.21-16.22, current copulas); not those of a change into
#: one ("became closed") or of how it seems ("seems safe", "looks open"), which state no state.
BEING = frozenset({"be", "remain", "stay"})


@lru_cache(maxsize=1)
def _similar() -> dict:
    from ...tables import load_json

    return load_json("adjective_similar.json")["similar"]


def near_synonyms(adjective: str) -> tuple:
    """The adjectives WordNet gives nearly the meaning of `adjective` in senses both words are used
    in (one synset, a cluster's head and its satellite, two heads linked by also-see; the senses
    data/adjective_similar.json keeps)."""
    return tuple(_similar().get(adjective, ()))


def adjectives_meet(x: str, y: str) -> bool:
    """Two adjectives naming one state: the same word, or near-synonyms (`near_synonyms`)."""
    return x == y or y in _similar().get(x, ())
