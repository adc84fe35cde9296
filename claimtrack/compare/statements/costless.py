"""Free of charge: a thing said to cost nothing is a thing nobody is charged for or pays for.
"Bus passes will be free for pupils" agrees with "pupils will not be charged for bus passes" and
with "pupils will not have to pay for the passes", and conflicts with "pupils will have to pay
for their passes" (free.a.03 'costing nothing', WordNet: to be free is to be had without payment;
charge.v.03 'demand payment'). One statement, told from the thing's side on one and from the
payer's (or the one who charges) on the other."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .lexicon import linked_state
from .payments import pays
from .modality import _asserts, _committed
from .phrases import object_words, subject_head, subject_terms, term_of, clause_terms


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset, frozenset]:
    """(the adjectives of costing nothing, free.a.03; the verbs of demanding payment,
    charge.v.03): data/verb_paraphrases.json 'paying'."""
    from ...tables import load_json

    table = load_json("verb_paraphrases.json")["paying"]
    return frozenset(table["costless"]), frozenset(table["charging"])


#: Words of a costless clause that name the charge itself, not who it is free for ("free of
#: charge", "at no cost to").
_CHARGE_WORDS = frozenset(term_of(w) for w in ("charge", "cost", "payment"))


def free_thing(f) -> Optional[str]:
    """The head of what a clause says costs nothing ("bus passes will be free": pass), else None:
    a linking verb with an adjective of costing nothing, said of its subject."""
    state = linked_state(f.predicate)
    return subject_head(f) if state is not None and state in _tables()[0] else None


def paying_clause(f) -> bool:
    """The clause says someone pays, or is charged, for something: "pay", a verb of meeting a
    cost with an amount paid ("cover the fares", `lexicon.pays`), or a verb of demanding payment
    ("charge", "bill")."""
    return pays(f.predicate, f.object) or f.predicate in _tables()[1]


def _beneficiaries(f) -> frozenset:
    """The words of a costless clause besides its thing and the charge: whom or where it is free
    for ("free for pupils": pupil)."""
    return clause_terms(f) - subject_terms(f) - _CHARGE_WORDS - {term_of(w) for w in _tables()[0]}


def judge_free(a: Mention, b: Mention) -> Optional[Candidate]:
    """A thing said to cost nothing on one side, someone paying or charged for it (or not) on the
    other: one statement. Free and not paid agree; free and paid conflict when both sides state
    it. The thing is the payment clause's object or among its words; when the free side says
    whom it is free for, the payer side must name one of them ("free for pupils" says nothing of
    what adults pay)."""
    for x, y, first in ((a, b, True), (b, a, False)):
        fx, fy = x.frame, y.frame
        thing = free_thing(fx)
        if thing is None or not paying_clause(fy) or thing not in clause_terms(fy) | object_words(fy):
            continue
        whom = _beneficiaries(fx)
        if whom and not whom & (clause_terms(fy) | subject_terms(fy)):
            continue
        about = f"{thing} free of charge"
        free, paid = fx.polarity == "positive", fy.polarity == "positive"
        where = ("A", "B") if first else ("B", "A")
        if _committed(fx.modality) != _committed(fy.modality) or not (_asserts(fx) and _asserts(fy)):
            return Candidate(a, b, "related", "modality", about,
                             f"the {thing} said to cost nothing or not in {where[0]}, paid for or not in "
                             f"{where[1]}, not both stated", 0.4)
        one = free != paid
        return Candidate(a, b, "agree" if one else "conflict", "equal" if one else "polarity", about,
                         f"the {thing} free ({fx.polarity}) in {where[0]}, paid for ({fy.predicate}, "
                         f"{fy.polarity}) in {where[1]}: what costs nothing is paid for by no one", 0.7)
    return None


def free_keys(f) -> set:
    """Blocking keys of a clause that says a thing costs nothing (its head) or that someone pays
    for something (each of its words, the thing among them)."""
    thing = free_thing(f)
    if thing is not None:
        return {("costless", thing)}
    if paying_clause(f):
        return {("costless", t) for t in clause_terms(f) | object_words(f)}
    return set()
