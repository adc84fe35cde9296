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

from ..context import WORD
from ..mention import Mention
from .denials import _denial_tables, _denier, denier_id
from .phrases import _term


def _denials() -> frozenset:
    return _denial_tables()[0]

#: How many words before the clause a verb of saying may stand ("The tenants | said | that |
#: [the compensation ...]") and how many words before it name who says it.
_SAY_WINDOW = 2
_SAYER_WORDS = 5
#: Words of a sayer that name no one by themselves: pronouns and determiners (a pronoun may take
#: up the denier, so it shows no other holder).
_NO_NAME = frozenset("the a an its their his her our my this that these those he she it they we i you who which "
                     "and but also said says".split())


def _content(words: list[str]) -> frozenset:
    """The words that may name a sayer, a possessor's "'s" taken off ("the mill's engineer":
    mill, engineer: a body's own staff are its voice as much as its name is)."""
    out = (re.sub(r"['’]s$", "", w) for w in words)
    return frozenset(w for w in out if w not in _NO_NAME and w.isalpha())


@lru_cache(maxsize=1)
def _saying() -> frozenset:
    """The verbs of saying that report a claim: speech_verbs.txt, less the verbs that report a fact
    (data/polarity.json 'factive_reporting': "the inquiry found", "tests showed")."""
    from ...tables import load_json, speech_verbs

    strong, weak = speech_verbs()
    factive = {v.split(" ")[0] for v in load_json("polarity.json")["factive_reporting"]}
    return frozenset((strong | weak) - factive)


@lru_cache(maxsize=1)
def _denying_claims() -> frozenset:
    """The denial verbs that deny a claim: those of data/polarity.json 'denials' less the verbs of
    ruling out ('foreclosing'), whose object is an act to come: a ruling out is contradicted by
    anyone's report that the act may still come (gold conflicts on the team sets: "ruled out any
    change to the peg" / "may widen the band, an official said")."""
    from .modality import _foreclosing

    return frozenset(_denials() - _foreclosing())


def _sayer_words(m: Mention) -> Optional[frozenset]:
    """The words of who says the clause when a verb of saying introduces it in its sentence ("The
    tenants said [that] the compensation ..."): the few words before that verb, lower case, less
    pronouns and determiners; None when no verb of saying stands right before the clause (the
    reporter's own statement, or a clause of another kind)."""
    from .lexicon import verb_lemma

    claim = m.claim
    before = claim.text[:m.start - claim.start]
    words = [w.lower() for w in WORD.findall(before)]
    for k in range(1, _SAY_WINDOW + 1):
        if len(words) < k:
            break
        w = words[-k]
        if w == "that":
            continue
        lemma = verb_lemma(w) or w
        if lemma in _saying():
            return _content(words[max(0, len(words) - k - _SAYER_WORDS):len(words) - k])
        break
    return _sayer_after(m)


#: A reporting clause after the clause it reports, set off by a comma: "..., the residents said",
#: "..., said the residents" (Quirk et al. 1985, 14.30, 'said' with inversion).
_AFTER = re.compile(r"^[\s\"”’']*,([^.;:!?,]*)")


def _sayer_after(m: Mention) -> Optional[frozenset]:
    """The words of who says the clause in a reporting clause after it ("the barrier was
    inadequate, the residents said"; "..., said the residents"), else None."""
    from .lexicon import verb_lemma

    claim = m.claim
    found = _AFTER.match(claim.text[m.end - claim.start:])
    if found is None:
        return None
    words = [w.lower() for w in WORD.findall(found.group(1))][:_SAYER_WORDS + 1]
    at = next((i for i, w in enumerate(words) if (verb_lemma(w) or w) in _saying()), None)
    if at is None:
        return None
    sayer = words[:at] or words[at + 1:]
    return _content(sayer)


def other_holders(a: Mention, b: Mention) -> Optional[str]:
    """Why a polarity conflict between the two clauses is none: one side denies the claim (a
    denial verb, its denier resolved), the other reports the claim as said by someone whose words
    name another actor than the denier ("the residents said ..."; the denier resolved to an actor, or
    the head noun written before its denial verb, "the council rejected ..."). None otherwise (one holder,
    a pronoun that may take up the denier, or the reporter's own statement)."""
    for x, y in ((a, b), (b, a)):
        if x.frame.polarity != "negative" or y.frame.polarity == "negative" or x.frame.polarity_cue not in _denying_claims():
            continue
        denier = denier_id(x) or _denier(x)
        if denier is None:
            continue
        sayer = _sayer_words(y)
        if not sayer:
            continue
        names = _actor_words(denier, x) | _actor_words(denier, y)
        if sayer & names or any(_term(w) in names for w in sayer):
            continue
        side = "A" if y is a else "B"
        return f"the claim in {side} is another party's ({' '.join(sorted(sayer))}), denied by {denier} on the other side"
    return None


def _actor_words(aid: str, m: Mention) -> frozenset:
    """The words of an actor's names and titles in the mention's document (its id's words too;
    for a head noun, the noun and its folded term)."""
    out = set(aid.split("-")) | {_term(aid)}
    doc = m.doc_actors
    if doc is not None:
        out |= set(doc.words.get(aid, ()))
        for title in doc.titles.get(aid, ()):
            out |= {w.lower() for w in re.findall(r"[\w'’-]+", title)}
    return frozenset(out)
