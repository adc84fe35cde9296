"""Who holds a claim: a party's claim and another party's denial of it are no contradiction
between two reports ("the tenants said the compensation was far too small" / "the landlord
dismissed any claim that its payout was too low"): each report tells what one party
says, and both can be true. A conflict needs one holder on both sides, or the reporter's own
statement of the fact (Searle 1969, Speech Acts, 3.1: an assertion commits its speaker, and a
report of it commits the reporter only to its having been made)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..mention import Mention
from .denials import _denial_tables, _denier, denier_id
from .phrases import term_of, one_actor


def _denials() -> frozenset:
    return _denial_tables()[0]

#: Words of a sayer that name no one by themselves: pronouns and determiners (a pronoun may take
#: up the denier, so it shows no other holder).
_NO_NAME = frozenset("the a an its their his her our my this that these those he she it they we i you who which "
                     "and but also".split())


def _content(words: list[str]) -> frozenset:
    """The words that may name a sayer, a possessor's "'s" taken off ("the mill's engineer":
    mill, engineer: a body's own staff are its voice as much as its name is)."""
    out = (re.sub(r"['’]s$", "", w) for w in words)
    return frozenset(w for w in out if w not in _NO_NAME and w.isalpha())


@lru_cache(maxsize=1)
def _factive() -> frozenset:
    """The verbs that report a fact, not a claim (data/polarity.json 'factive_reporting': "the
    inquiry found", "tests showed"): what they report the reporter stands by."""
    from ...tables import load_json

    return frozenset(v.split(" ")[0] for v in load_json("polarity.json")["factive_reporting"])


@lru_cache(maxsize=1)
def _denying_claims() -> frozenset:
    """The denial verbs that deny a claim: those of data/polarity.json 'denials' less the verbs of
    ruling out ('foreclosing'), whose object is an act to come: a ruling out is contradicted by
    anyone's report that the act may still come ("excluded a toll on the bridge" / "may yet
    charge drivers a toll, a council officer said")."""
    from .modality import _foreclosing

    return frozenset(_denials() - _foreclosing())


def _sayer(m: Mention):
    """Who the frames say asserts the clause (models.SaidBy: the subject of the verb of saying
    whose complement holds it, or an "according to" phrase), when that verb reports a claim, not
    a fact; else None (the reporter's own statement, or a finding the reporter stands by)."""
    said = getattr(m.frame, "said_by", None)
    if said is None or said.verb in _factive():
        return None
    return said


def other_holders(a: Mention, b: Mention) -> Optional[str]:
    """Why a polarity conflict between the two clauses is none: one side denies the claim (a
    denial verb, its denier resolved), the other reports the claim as asserted by another party
    (the clause frame's `said_by`: "the residents said ...", "..., according to the residents"),
    one whose actor id is not the denier's and whose words name no word of the denier's names
    (the denier resolved to an actor, or the head noun written before its denial verb, "the
    council rejected ..."). None otherwise (one holder, a pronoun that may take up the denier, a
    finding the reporter stands by, or the reporter's own statement)."""
    for x, y in ((a, b), (b, a)):
        if x.frame.polarity != "negative" or y.frame.polarity == "negative" or x.frame.polarity_cue not in _denying_claims():
            continue
        denier = denier_id(x) or _denier(x)
        said = _sayer(y)
        if denier is None or said is None:
            continue
        if said.actor is not None and one_actor(said.actor, denier):
            continue
        words = _content(re.findall(r"[\w'’-]+", (said.text or "").lower()))
        if said.actor is not None:
            words |= _actor_words(said.actor, y) - _NO_NAME
        if not words:
            continue  # a pronoun left unresolved may take up the denier
        names = _actor_words(denier, x) | _actor_words(denier, y)
        if words & names or any(term_of(w) in names for w in words):
            continue
        side = "A" if y is a else "B"
        who = said.text or said.actor
        return f"the claim in {side} is another party's ({who}, '{said.verb}'), denied by {denier} on the other side"
    return None


def _actor_words(aid: str, m: Mention) -> frozenset:
    """The words of an actor's names and titles in the mention's document (its id's words too;
    for a head noun, the noun and its folded term)."""
    out = set(aid.split("-")) | {term_of(aid)}
    doc = m.doc_actors
    if doc is not None:
        out |= set(doc.words.get(aid, ()))
        for title in doc.titles.get(aid, ()):
            out |= {w.lower() for w in re.findall(r"[\w'’-]+", title)}
    return frozenset(out)
