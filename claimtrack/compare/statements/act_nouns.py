"""One act under two verbs that WordNet links only through the noun of the act.

WordNet's derivational pointer links a verb sense to the nouns derived from its words; a noun of
the lexicographer file noun.act names the act the sense does (data/verb_act_nouns.json, built by
data/tools/verb_act_nouns.py from Princeton WordNet 3.0). Two verbs whose kept senses derive one
act noun name one act even when WordNet gives them no sense in common nor a troponym link:
"demolish" and "pull down" (both derive razing.n.01, 'the act of tearing down'), "coach" and
"train" (training.n.01). The rule counts nouns of acts only: a shared agent noun ("payer") or a
noun of a possession ("pay", "earnings": 'pay' and 'earn', two sides of one payment) names no one
act, and the table keeps no such noun.

Read by the statement judge (`actions`), blocking (`clauses.clause_keys`) and the cause tool
(`evaluate.causes`); not by `lexicon.predicates_meet`, which dates and figures read too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .lexicon import LIGHT_VERBS, base_verb, linked_state, senses_of, verb_senses


@lru_cache(maxsize=1)
def _table() -> dict:
    from ...tables import load_json

    return {int(k): frozenset(v) for k, v in load_json("verb_act_nouns.json")["act_nouns"].items()}


@lru_cache(maxsize=1 << 14)
def act_nouns(p: Optional[str]) -> frozenset:
    """The noun.act synsets (offsets in WordNet's data.noun) the kept senses of a predicate derive
    (`lexicon.senses_of`); empty for a light verb or a linking predicate, whose act is elsewhere."""
    if not p or p in LIGHT_VERBS or linked_state(p):
        return frozenset()
    senses, _ = verb_senses()
    table = _table()
    return frozenset().union(*(table.get(s, frozenset()) for s in senses_of(base_verb(p, senses), senses)))


@lru_cache(maxsize=1 << 16)  # two words against a fixed table, asked again in every pair of clauses
def one_act_noun(p: Optional[str], q: Optional[str]) -> bool:
    """Two predicates whose senses derive one noun of an act ("would not demolish the hall" / "will
    pull down the hall"): one act under two verbs."""
    return p != q and bool(act_nouns(p) & act_nouns(q))


def act_noun_keys(p: Optional[str]) -> frozenset:
    """Blocking keys under which `one_act_noun` can pair a predicate: its act nouns."""
    return frozenset(("act", n) for n in act_nouns(p))
