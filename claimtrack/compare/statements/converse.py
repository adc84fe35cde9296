"""One transfer told from its two ends: the giver's verb in one source and the receiver's in the
other ("the trust would not pay the finders the full price" / "the finders will receive the full
price"; "the council will not charge residents for parking" / "residents will pay for parking"),
by the converse verbs of data/converse_verbs.json (Lyons 1977, 9.4). The receiver is the giver's
recipient (or, for a charge, its object): the subject of the receiver's clause is named in the
giver's, and the thing transferred is one (the objects meet, or what a payment is for). The two
subjects are two parties, so they are not compared; the polarity and the modality set the status
as for one subject's act (actions.py)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .lexicon import nouns_meet
from .modality import _committed, contradicts, necessity_apart
from .phrases import POSTMODIFIERS, object_words, term_of, text_terms
from .timing import ruled_out_after_done
from .voice import passive, written_head


@lru_cache(maxsize=1)
def _converses() -> dict:
    """(giver's verb, receiver's verb) -> 'giving' or 'charging' (data/converse_verbs.json)."""
    from ...tables import load_json

    raw = load_json("converse_verbs.json")
    return {(g, r): kind for kind in ("giving", "charging") for g, rs in raw[kind].items() for r in rs}


def _receiver(giver: Mention, receiver: Mention) -> Optional[str]:
    """The head noun of the receiver's subject, when the giver's clause names it (its recipient or
    its object): else None. A passive is no converse ("was paid" is the receiver's side already)."""
    if passive(giver) or passive(receiver):
        return None
    head = written_head(receiver.frame.subject_text, POSTMODIFIERS) if receiver.frame.subject_text else None
    head = term_of(head) if head else None
    return head if head and head in text_terms(giver.text) else None


#: The head of a "for" phrase: what a payment or a charge is for ("charge residents FOR parking",
#: "pay a fee FOR each mooring"; Quirk et al. 1985, 9.58, 'for' of purpose and exchange).
_FOR = re.compile(r"\bfor\s+([^,;:.()\"“”]+)", re.IGNORECASE)
#: The words of a "for" phrase read: a noun phrase's head stands within a few words of its start.
_FOR_WORDS = 4


def _paid_for(m: Mention) -> frozenset:
    """The content words of what the clause's payment or charge is for (its "for" phrase, "for
    each of the new moorings": mooring), or none."""
    found = _FOR.search(m.text)
    return text_terms(" ".join(found.group(1).split()[:_FOR_WORDS])) if found else frozenset()


def _one_thing(giver: Mention, receiver: Mention, head: str) -> bool:
    """The thing transferred is one: the two objects share a word besides the receiver, or
    WordNet gives their heads as one thing (`lexicon.nouns_meet`); or, for a payment, the two
    name one thing it is for ("charge residents for parking" / "residents will pay for parking":
    `_paid_for`). A word the two clauses share elsewhere (the giver named again as the source,
    "from the ministry"; a place) is no evidence: two transfers to one party are two."""
    fg, fr = giver.frame, receiver.frame
    og, orr = object_words(fg) - {head}, object_words(fr)
    if og & orr or (fg.object and fr.object and nouns_meet(fg.object.split()[-1], fr.object.split()[-1])):
        return True
    return bool(_paid_for(giver) & (_paid_for(receiver) | orr))


def judge_converse(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two clauses of one transfer under converse verbs (see the module): `conflict` when one
    denies what the other states (`modality.contradicts`), `agree` when both state it alike,
    else `related`."""
    fa, fb = a.frame, b.frame
    table = _converses()
    for giver, receiver in ((a, b), (b, a)):
        kind = table.get((giver.frame.predicate, receiver.frame.predicate))
        if kind is None:
            continue
        head = _receiver(giver, receiver)
        if head is None or not _one_thing(giver, receiver, head):
            continue
        about = f"{giver.frame.predicate} ~ {receiver.frame.predicate} ({receiver.frame.subject_text})"
        ends = f"one transfer told from both ends ({fa.predicate} in A, {fb.predicate} in B)"
        if fa.polarity != fb.polarity:
            neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
            cue = (fa if fa.polarity == "negative" else fb).polarity_cue
            if contradicts(a, b) and not ruled_out_after_done(a, b):
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"{ends}, negative in {neg} ('{cue}') but not in {pos}", 0.5)
            return Candidate(a, b, "related", "polarity", about,
                             f"{ends}, negative in {neg} ('{cue}') but not in {pos}, and not stated as done on both "
                             f"sides ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)", 0.3)
        if _committed(fa.modality) != _committed(fb.modality) or necessity_apart(a, b):
            return Candidate(a, b, "related", "modality", about,
                             f"{ends}, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B", 0.3)
        return Candidate(a, b, "agree", "equal", about, f"{ends}, with the same polarity", 0.5)
    return None
