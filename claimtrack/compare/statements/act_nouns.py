"""One act under two verbs that WordNet links only through the noun of the act.

WordNet's derivational pointer links a verb sense to the nouns derived from its words; a noun of
the lexicographer file noun.act names the act the sense does (data/verb_act_nouns.json, built by
data/tools/verb_act_nouns.py from Princeton WordNet 3.0). Two verbs whose most frequent senses
derive one act noun, from one side's own word at least, name one act even when WordNet gives them
no sense in common nor a troponym link: "demolish" and "pull down" (razing.n.01, from "demolish"),
"coach" and "train" (training.n.01, from "train"). Nouns of acts only: a shared agent noun
("payer") or a noun of a possession ("pay", "earnings": 'pay' and 'earn', two sides of one
payment) names no one act. A rarer sense joins verbs of opposite effect ("anticipate", 'act in
advance of', and "avert" both derive prevention.n), and a noun reached only through other words
of both synsets joins two acts ("accuse" through "incriminate", "breach" through "offend":
crime.n): neither counts (review s34 finding 1).

Read by the statement judge (`actions`), blocking (`clauses.clause_keys`) and the cause tool
(`evaluate.causes`); not by `lexicon.predicates_meet`, which dates and figures read too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .lexicon import LIGHT_VERBS, base_verb, linked_state, verb_senses


@lru_cache(maxsize=1)
def _table() -> dict:
    from ...tables import load_json

    return {int(k): {int(n): frozenset(w) for n, w in v.items()} for k, v in load_json("verb_act_nouns.json")["act_nouns"].items()}


@lru_cache(maxsize=1 << 14)
def _derived(p: Optional[str]) -> dict:
    """noun.act synset -> whether the predicate's own word derives it, for the predicate's most
    frequent sense; empty for a light verb or a linking predicate, whose act is elsewhere."""
    if not p or p in LIGHT_VERBS or linked_state(p):
        return {}
    senses, _ = verb_senses()
    verb = base_verb(p, senses)
    own = senses.get(verb) or ()
    return {n: verb in words for n, words in _table().get(own[0], {}).items()} if own else {}


def act_nouns(p: Optional[str]) -> frozenset:
    """The noun.act synsets (offsets in WordNet's data.noun) the predicate's most frequent sense derives."""
    return frozenset(_derived(p))


@lru_cache(maxsize=1 << 16)  # two words against a fixed table, asked again in every pair of clauses
def one_act_noun(p: Optional[str], q: Optional[str]) -> bool:
    """Two predicates whose most frequent senses derive one noun of an act, from one side's own word
    at least ("would not demolish the hall" / "will pull down the hall": razing, from 'demolish'):
    one act under two verbs."""
    a, b = _derived(p), _derived(q)
    return p != q and any(a[n] or b[n] for n in a.keys() & b.keys())


def act_noun_keys(p: Optional[str]) -> frozenset:
    """Blocking keys under which `one_act_noun` can pair a predicate: its act nouns."""
    return frozenset(("act", n) for n in act_nouns(p))
