"""One subject's stance on one matter, in two verbs: the same named subject doing two things to
one abstract thing ("halted the sale" / "would not scrap the sale", "opposed the levy" /
"rejected the levy", "covered the fee" / "would not pay the fee") states one stance on that
thing, whose status the polarity sets.

Why abstract things only. A noun that names an act or event ("a sale", "night fishing"), a
communication ("a treaty", "an order") or a sum or holding ("a fee", "a grant") is taken by its
verbs as the matter of a decision or a stance: to ban, halt, allow, phase out a practice; to
oppose, reject, back a treaty; to pay, cover a fee. One subject takes one stance on one
matter at a time, and two reports of one story word it with whatever verb of that stance they
choose. A concrete thing or a person ("the ferry", "a patient") undergoes many acts at once
("repaired the ferry" / "did not sell the ferry"), which may all be true: no stance is read there.
Which is which is WordNet's (Princeton WordNet 3.0, the lexicographer file of the first sense
of the object's head noun: noun.act, noun.communication, noun.event, noun.possession,
noun.quantity; data/noun_wordnet.json).

Which verbs state a stance: those of consent or refusal, permission or prohibition, stopping or
ending, paying, and establishing a measure (data/polarity.json 'positive', 'negative',
'permissions', 'prohibitions', 'cessation', 'paying', 'establishing'...). Any other verb does
something to its matter or says something of it ("announced the sale", "has not completed the
sale", "criticised the levy"), and two such acts may both be true.

Which way a verb takes its matter. Most verbs of a stance are for the matter (pay, allow,
back); the negative implicatives, prohibitions and verbs of stopping or ending are against it
(refuse, reject, oppose, ban, halt, cancel, lift: data/polarity.json, Karttunen 1971; Nairn,
Condoravdi & Karttunen 2006). Two verbs the same way are one stance, the polarity deciding as for
one action; two verbs opposite ways state opposite stances, so that the same polarity on both
sides is the conflict ("allowed the sale" / "banned the sale") and a negation on one side the
agreement ("would not allow the sale" / "banned the sale"), as with WordNet's antonyms
(`lexicon.opposite`: "accepted" / "rejected" the levy); a conflict only between stances that
hold (consent, refusal, permission, prohibition), since two acts done once may follow each other.

Not read so: light verbs, whose object is the act itself ("made a payment"), and verbs that only
hedge the matter: a deliberation, a plan or a request ("is studying a grant", "proposed a levy",
"asked for a grant"; data/polarity.json 'nominal_governors' of a plan or a deliberation,
'modal_verbs', 'directives') takes no stance on it yet, which the modality of the clauses tells.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...parsers.lexicon import names_matter
from ..candidates import Candidate
from ..mention import Mention
from .aspect import aspect_verbs as _aspect_verbs
from .lexicon import LIGHT_VERBS, negative_implicatives, opposite, polarity_table as _table
from .modality import _asserts, negative_verb


@lru_cache(maxsize=1)
def _hedges() -> frozenset:
    """Verbs that govern a matter as a deliberation, a plan or a request, not as a stance taken
    (data/polarity.json: 'nominal_governors' of 'consider' or 'plan', 'modal_verbs' but those of
    a pledge, 'directives' but a permission, a prohibition or an order)."""
    table = _table()
    governors = {v for v, m in table["nominal_governors"].items() if m in ("consider", "plan")}
    modal = {v for v, m in table["modal_verbs"].items() if m != "pledge"}
    # a permission, a prohibition or an order given is a stance taken ("allowed the sale",
    # "forbade the sale", "ordered an inquiry")
    taken = set(table["permissions"]) | set(table["prohibitions"]) | set(table["establishing"])
    return frozenset(governors | modal | (set(table["directives"]) - taken))


@lru_cache(maxsize=1)
def _against() -> frozenset:
    """Verbs whose act goes against their object (data/polarity.json: the negative implicatives,
    prohibitions, verbs of stopping, preventing and ending, and those that end a prohibition,
    against the prohibition: "lifted the ban"); the verbs of ending and of going on are aspect's."""
    table = _table()
    ending, going_on = _aspect_verbs()
    return ending | frozenset(negative_implicatives() | set(table["prohibitions"]) | (set(table["prevention"]) - going_on)
                              | set(table["prohibition_enders"]))


@lru_cache(maxsize=1)
def _stances() -> frozenset:
    """Verbs of a stance on a matter (data/polarity.json): those against it (`_against`), the
    positive implicatives and verbs of consent, permissions, prohibitions, the verbs of paying and
    those that establish a measure. A verb outside them ("announced", "completed", "criticised",
    "investigated") does something to its matter or says something of it and takes no stance."""
    table = _table()
    return _against() | frozenset(set(table["positive"]) | set(table["permissions"]) | set(table["prohibitions"])
                                  | set(table["paying"]["verbs"]) | set(table["establishing"]))


def _stance(predicate: str) -> bool:
    """The verb is one of a stance (`_stances`), with the particle it needs ("rule out", not
    "ruled on the fee")."""
    verb = negative_verb(predicate)
    return bool(verb) and (verb in _stances() or predicate in _stances())


def against(predicate: str) -> bool:
    """The verb acts against its object ("rule out" is 'rule'; "ruled on the fee" is not)."""
    return negative_verb(predicate) in _against()


def _stance_verbs(fa, fb) -> bool:
    """Both clauses' verbs take their objects, one matter on both sides, as a stance: no light
    verb, no hedge, both verbs of a stance (`_stances`: not "announced" / "did not complete" the
    sale), no WordNet antonyms (which `lexicon.opposite` reads already)."""
    verbs = (fa.predicate, fb.predicate)
    if not all(verbs) or any(v in LIGHT_VERBS or v.split(" ")[0] in _hedges() for v in verbs):
        return False
    if not all(_stance(v) for v in verbs):
        return False
    return names_matter(fa.object) and names_matter(fb.object) and opposite(fa.predicate, fb.predicate) is None


def one_stance(fa, fb) -> bool:
    """Two clauses' verbs are two wordings of one stance on one matter, their objects being one
    (the caller has shown one named subject and one object head): both verbs take it as a
    stance, the same way."""
    return _stance_verbs(fa, fb) and against(fa.predicate) == against(fb.predicate)


def counter_stance(fa, fb) -> bool:
    """Two clauses' verbs take one matter as a stance in opposite ways ("allowed the sale" /
    "banned the sale"), their objects being one (as for `one_stance`)."""
    return _stance_verbs(fa, fb) and against(fa.predicate) != against(fb.predicate)


def judge_counter(a: Mention, b: Mention, about: str, score: float) -> Candidate:
    """Opposite stances on one matter (`counter_stance`): one of them negated, agreement ("would
    not allow the sale" / "banned the sale"); both stated with one polarity, a conflict when both
    verbs state a stance that holds ("allowed" / "banned" the sale), else related: two acts done
    once ("ended the subsidy" / "brought back the subsidy") may both be true, one after the other,
    as two opposite events are (`actions._judge_opposite`); either side only hedged (a
    possibility, a condition), related."""
    fa, fb = a.frame, b.frame
    verbs = f"{fa.predicate} in A, {fb.predicate} in B"
    if not (_asserts(fa) and _asserts(fb)):
        return Candidate(a, b, "related", "polarity", about,
                         f"opposite stances on one matter ({verbs}), not both stated", 0.3 + score)
    sides = opposite_sides(a, b, "stances on one matter", about, score, _held(fa.predicate) and _held(fb.predicate),
                           negated_agrees=True)
    return sides or Candidate(a, b, "related", "different-action", about,
                              f"opposite acts on one matter ({verbs}): both may be done, one after the other", 0.3 + score)


def opposite_sides(a: Mention, b: Mention, what: str, about: str, score: float, holds: bool, *,
                   negated_agrees: bool) -> Optional[Candidate]:
    """Two clauses of one subject on opposite sides, `what` they are ("states", "stances on one
    matter"), both stated: one polarity on both sides is the conflict when the two sides `holds`
    (a state, a stance that holds: "was open" / "was closed", "allowed" / "banned" the sale);
    one of them negated, agreement when `negated_agrees` ("was not open" / "was closed"). None
    for the rest, which the caller words (two acts or events, which may follow each other).
    The one reading of opposites that `judge_counter` and `actions._judge_opposite` share."""
    fa, fb = a.frame, b.frame
    if not (_asserts(fa) and _asserts(fb)):
        return None
    verbs = f"{fa.predicate} in A, {fb.predicate} in B"
    if fa.polarity != fb.polarity:
        return Candidate(a, b, "agree", "equal", about,
                         f"opposite {what}, one of them negated ({verbs})", 0.5 + score) if negated_agrees else None
    if holds:
        return Candidate(a, b, "conflict", "polarity", about, f"opposite {what} ({verbs}) of one subject", 0.5 + score)
    return None


@lru_cache(maxsize=1)
def _holding() -> frozenset:
    """Verbs of a stance that holds like a state, consent or refusal, permission or prohibition
    (data/polarity.json 'positive', 'negative', 'permissions', 'prohibitions')."""
    table = _table()
    return frozenset(set(table["positive"]) | set(table["negative"]) | set(table["permissions"]) | set(table["prohibitions"]))


def _held(predicate: str) -> bool:
    """The verb states a stance that holds ("allowed", "banned", "rejected"), not an act done
    once ("ended the subsidy", "brought it back"), which may follow the opposite act."""
    return negative_verb(predicate) in _holding()
