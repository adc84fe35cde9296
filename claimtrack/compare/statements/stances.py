"""One subject's stance on one matter, in two verbs: the same named subject doing two things to
one abstract thing ("halted the sale" / "would not scrap the sale", "opposed the levy" /
"rejected the levy", "covered the fee" / "would not pay the fee") states one stance on that
thing, whose status the polarity sets.

Why abstract things only. A noun that names an act or event ("a sale", "night fishing"), a
communication ("a treaty", "an order") or a sum or holding ("a fee", "a grant") is taken by its
verbs as the matter of a decision or a stance: to ban, halt, allow, phase out a practice; to
oppose, reject, back a treaty; to pay, cover, fund a fee. One subject takes one stance on one
matter at a time, and two reports of one story word it with whatever verb of that stance they
choose. A concrete thing or a person ("the ferry", "a patient") undergoes many acts at once
("repaired the ferry" / "did not sell the ferry"), which may all be true: no stance is read there.
Which is which is WordNet's (Princeton WordNet 3.0, the lexicographer file of the first sense
of the object's head noun: noun.act, noun.communication, noun.event, noun.possession,
noun.quantity; data/noun_wordnet.json).

The verbs must still not be antonyms (`lexicon.opposite`: "accepted" / "rejected" the levy is
two stances), nor light verbs, whose object is the act itself ("made a payment").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...parsers.lexicon import singular
from ...wordnet_nouns import noun_lexfiles
from .lexicon import LIGHT_VERBS, opposite

#: WordNet 3.0's noun lexicographer files of abstract matters (lexnames): noun.act (04),
#: noun.communication (10), noun.event (11), noun.possession (21), noun.quantity (23).
MATTER_FILES = frozenset({4, 10, 11, 21, 23})


@lru_cache(maxsize=1 << 12)
def names_matter(obj: Optional[str]) -> bool:
    """The object's head noun names an abstract matter: its first WordNet sense is an act, an
    event, a communication, a possession or a quantity ("sale", "treaty", "fee"; not "ferry",
    "farmers", "room")."""
    words = (obj or "").lower().split()
    if not words:
        return False
    files = noun_lexfiles(singular(words[-1]), 1) or noun_lexfiles(words[-1], 1)
    return bool(files) and files[0] in MATTER_FILES


def one_stance(fa, fb) -> bool:
    """Two clauses' verbs are two wordings of one stance on one matter, their objects being one
    (the caller has shown one named subject and one object head): the object names a matter on
    both sides, and the verbs are neither light nor antonyms."""
    if not fa.predicate or not fb.predicate or fa.predicate in LIGHT_VERBS or fb.predicate in LIGHT_VERBS:
        return False
    return names_matter(fa.object) and names_matter(fb.object) and opposite(fa.predicate, fb.predicate) is None
