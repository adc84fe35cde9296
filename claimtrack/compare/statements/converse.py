"""One transfer told from its two ends: the giver's verb in one source and the receiver's in the
other ("the trust would not pay the finders the full price" / "the finders will receive the full
price"; "the council will not charge residents for parking" / "residents will pay for parking"),
by the converse verbs of data/converse_verbs.json (Lyons 1977, 9.4). The receiver is the giver's
recipient (or, for a charge, its object): the subject of the receiver's clause is named in the
giver's, and the thing transferred is one (the objects meet, or what a payment is for). The two
subjects are two parties, so they are not compared; the polarity and the modality set the status
as for one subject's act (actions.py).

Two more ways of one transfer (or one taking: "stripped of its title" / "lost its title"): a passive of the giver's verb, whose subject is the
recipient, the payer or the loser when the clause still names the thing ("the club was stripped
of its title", "traders are not charged for the stalls"), is that subject's side; and a giver's
clause that names no other party nor any scope ("will not charge a licence fee") says its act of
whoever the other side names, if the thing is one by its head and its kind, when it is a denial
of a giving or a charge: a denial covers every party, while a transfer stated of no named party
may go to another than the one the other side names, and a loss may come of no one's act."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...parsers.lexicon import ARTICLES_DEMONSTRATIVES, POSSESSIVE_DETERMINERS
from ..candidates import Candidate
from ..mention import Mention
from .lexicon import nouns_meet, nouns_same, opposite_modifiers, verb_lemma
from .modality import contradicts, modality_apart, necessity_apart
from .phrases import POSTMODIFIERS, object_head, object_words, same_subject, term_of, text_terms
from .timing import ruled_out_after_done
from .voice import oblique, passive, written_head


@lru_cache(maxsize=1)
def _converses() -> dict:
    """(giver's verb, receiver's verb) -> 'giving', 'charging' or 'taking' (data/converse_verbs.json)."""
    from ...tables import load_json

    raw = load_json("converse_verbs.json")
    return {(g, r): kind for kind in ("giving", "charging", "taking") for g, rs in raw[kind].items() for r in rs}


def _receiver(giver: Mention, receiver: Mention) -> Optional[str]:
    """The head noun of the receiver's subject, when the giver's clause names it (its recipient or
    its object): else None. A passive is read by `_party`."""
    if passive(giver) or passive(receiver):
        return None
    head = written_head(receiver.frame.subject_text, POSTMODIFIERS) if receiver.frame.subject_text else None
    head = term_of(head) if head else None
    return head if head and head in text_terms(giver.text) else None


#: The preposition whose phrase names the thing of a transfer beside a party object: what a payment
#: or a charge is for ("charge residents FOR parking", "pay a fee FOR each mooring"; Quirk et al.
#: 1985, 9.58, 'for' of purpose and exchange), what a taking takes ("stripped the club OF its
#: title"; 9.62, 'of' after verbs of depriving).
_THING_PREPOSITION = {"giving": "for", "charging": "for", "taking": "of"}
#: The words of such a phrase read: a noun phrase's head stands within a few words of its start.
_FOR_WORDS = 4


def _thing_phrase(m: Mention, preposition: str) -> frozenset:
    """The content words of the clause's phrase under `preposition` ("for each of the new
    moorings": mooring), or none."""
    found = re.search(rf"\b{preposition}\s+([^,;:.()\"“”]+)", m.text, re.IGNORECASE)
    return text_terms(" ".join(found.group(1).split()[:_FOR_WORDS])) if found else frozenset()


def _one_thing(giver: Mention, receiver: Mention, head: Optional[str], kind: str) -> bool:
    """The thing transferred is one: the two objects share a word besides the receiver, or
    WordNet gives their heads as one thing (`lexicon.nouns_meet`); or the two name one thing the
    transfer is for or of ("charge residents for parking" / "residents will pay for parking":
    `_thing_phrase`). A word the two clauses share elsewhere (the giver named again as the source,
    "from the ministry"; a place) is no evidence: two transfers to one party are two."""
    fg, fr = giver.frame, receiver.frame
    og, orr = object_words(fg) - {head}, object_words(fr)
    if og & orr or (fg.object and fr.object and nouns_meet(fg.object.split()[-1], fr.object.split()[-1])):
        return True
    prep = _THING_PREPOSITION[kind]
    return bool(_thing_phrase(giver, prep) & (_thing_phrase(receiver, prep) | orr))


#: Prepositions that name the other party of a transfer or a taking in the giver's clause ("sell
#: the depot TO developers", "cut funding TO the library", "take the land FROM the farmers").
_PARTY = re.compile(r"\b(?:to|from)\b", re.IGNORECASE)


#: Determiners that open a noun phrase (Quirk et al. 1985, 5.10-5.14: articles, demonstratives,
#: possessives).
_DETERMINERS = ARTICLES_DEMONSTRATIVES | POSSESSIVE_DETERMINERS


def _split_at_object(m: Mention) -> Optional[tuple[list[str], list[str]]]:
    """The clause's words from its verb to its object's head, and those after the head; None when
    the clause writes no object after its verb."""
    f = m.frame
    head = object_head(f)
    if head is None:
        return None
    words = re.findall(r"[\w'’-]+", m.text)
    verb = (f.predicate or "").split(" ")[0]
    at = next((i for i, w in enumerate(words) if verb_lemma(w.lower()) == verb or w.lower() == verb), None)
    end = next((i for i, w in enumerate(words) if term_of(w) == head and (at is None or i > at)), None)
    return None if at is None or end is None else (words[at:end], words[end + 1:])


@lru_cache(maxsize=1)
def _currency_nouns() -> frozenset:
    """The nouns of currency names (data/currencies.json): "of 300 euros" says how much."""
    from ...tables import load_json

    return frozenset(term_of(n.lower().split()[-1]) for n in load_json("currencies.json")["names"] if n.strip())


def _no_party(giver: Mention, receiver: Mention) -> bool:
    """The giver's clause names no other party and no scope: its object is the thing ("will not
    charge a licence fee"), with no indirect object before it ("charge tourists a fee"), no "to"
    or "from" phrase after it, and no phrase after it that the receiver's clause does not name
    too ("for rural schools", "at its Gdansk depot", "for its first year" against a fee with no
    such time); and the receiver's clause names after its object no place, group or time the
    giver's does not ("pay a mooring fee at the Narvik marina"). A denial so written covers every
    party; a scoped one covers its scope only (review s35 findings 1 and 4)."""
    split, other = _split_at_object(giver), _split_at_object(receiver)
    if split is None or other is None:
        return False
    before, after = split
    # a determiner after the verb's first word opens a second noun phrase: the first was an
    # indirect object ("charge tourists a fee", "pay the farmers the money"; Quirk et al. 1985, 10.6)
    if any(w.lower() in _DETERMINERS for w in before[2:]) or _PARTY.search(" ".join(after)):
        return False
    # a time is a scope too ("for the first 90 days", then a fee): the other side must name it
    # (review s35 finding 4); a currency noun says how much, not for whom
    money = _currency_nouns()
    return not text_terms(" ".join(after)) - money - text_terms(receiver.text) \
        and not text_terms(" ".join(other[1])) - money - text_terms(giver.text)


def _same_thing(fg, fr) -> bool:
    """Two objects naming one thing by their heads (the same noun, or WordNet synonyms:
    `lexicon.nouns_same`) and not two kinds of it: when both narrow the head by words before it,
    they share one ("an export licence fee" / "an annual licence fee"; not "an entry fee" / "a
    parking fee": a restrictive premodifier names a subclass, Quirk et al. 1985, 17.3-17.4)."""
    hg, hr = object_head(fg), object_head(fr)
    if hg is None or hr is None or not (hg == hr or nouns_same(hg, hr)):
        return False
    before_g = {term_of(w) for w in fg.object.split()[:-1]}
    before_r = {term_of(w) for w in fr.object.split()[:-1]}
    return not (before_g and before_r and not before_g & before_r) and opposite_modifiers(fg.object, fr.object) is None


def _party(giver: Mention, receiver: Mention, kind: str) -> Optional[str]:
    """The receiving party as the receiver's clause writes it, when the two clauses tell one
    transfer, else None: the receiver named in the giver's clause; the giver's passive, whose
    subject is the receiver's ("the club was stripped of its title" / "the club lost its title");
    or the giver's act denied with no other party named (`_no_party`): a denial covers every
    party, a transfer stated of none may go to another."""
    fg, fr = giver.frame, receiver.frame
    if passive(receiver):
        return None
    if passive(giver):
        # the passive's subject is the one the act is done to, when the thing is still named
        if object_head(fg) is None or not same_subject(fg, fr) or not _one_thing(giver, receiver, None, kind):
            return None
        return fr.subject_text or ""
    head = _receiver(giver, receiver)
    if head is not None:
        return (fr.subject_text or "") if _one_thing(giver, receiver, head, kind) else None
    # a denial of a giving or a charge to anyone: not of a taking (a loss may come of no one's act,
    # "homes will lose power as the storm hits": review s35 finding 2), not said of the giver's own
    # subject ("the firm bought the estate" is no end of the firm's sale), nor of a thing written as
    # an oblique ("lost water through leaks" is no loss of leaks)
    if kind != "taking" and _denied(fg) and _no_party(giver, receiver) and _same_thing(fg, fr) and not same_subject(fg, fr) \
            and not oblique(giver) and not oblique(receiver):
        return fr.subject_text or ""
    return None


def _denied(f) -> bool:
    """The clause denies its transfer: negative, or its object the negative pronoun "nothing"
    ("traders pay nothing for the stalls"; Quirk et al. 1985, 6.63): a positive clause whose
    object names no thing transfers none."""
    return f.polarity == "negative" or (f.object or "").strip().lower() == "nothing"


def judge_converse(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two clauses of one transfer under converse verbs (see the module): `conflict` when one
    denies what the other states (`modality.contradicts`), `agree` when both state it alike,
    else `related`."""
    fa, fb = a.frame, b.frame
    table = _converses()
    neg_a, neg_b = _denied(fa), _denied(fb)
    for giver, receiver in ((a, b), (b, a)):
        kind = table.get((giver.frame.predicate, receiver.frame.predicate))
        if kind is None:
            continue
        who = _party(giver, receiver, kind)
        if who is None:
            continue
        about = f"{giver.frame.predicate} ~ {receiver.frame.predicate} ({who})"
        ends = f"one transfer told from both ends ({fa.predicate} in A, {fb.predicate} in B)"
        if neg_a != neg_b:
            neg, pos = ("A", "B") if neg_a else ("B", "A")
            cue = (fa if neg_a else fb).polarity_cue or "nothing"
            if contradicts(a, b) and not ruled_out_after_done(a, b):
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"{ends}, negative in {neg} ('{cue}') but not in {pos}", 0.5)
            return Candidate(a, b, "related", "polarity", about,
                             f"{ends}, negative in {neg} ('{cue}') but not in {pos}, and not stated as done on both "
                             f"sides ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)", 0.3)
        if modality_apart(fa.modality, fb.modality) or necessity_apart(a, b):
            return Candidate(a, b, "related", "modality", about,
                             f"{ends}, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B", 0.3)
        return Candidate(a, b, "agree", "equal", about, f"{ends}, with the same polarity", 0.5)
    return None
