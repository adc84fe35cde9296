"""Which clauses are passives: their subject is what the act is done to ("the permit was
revoked", "Northwind Air will be fined"), not who does it, so it meets the other side's object
("the regulator revoked the licence"), whoever the doer, named or not."""

from __future__ import annotations

import re
from typing import Optional

from ..mention import Mention, per_mention
from .lexicon import verb_lemma
from .phrases import object_head, term_of

#: Forms of the passive auxiliaries "be" and "get" (Quirk et al. 1985, 3.63-3.68: the be-passive
#: and the get-passive, "was fined", "got fined").
_PASSIVE_AUX = frozenset({"be", "is", "are", "am", "was", "were", "been", "being", "'s", "get", "gets", "got",
                          "gotten", "getting"})
#: Words that may stand between the auxiliary and the participle ("was not renewed", "had been
#: quietly dropped", "will never be reopened").
_BETWEEN = frozenset({"not", "n't", "never", "also", "still", "already", "now", "then", "just", "reportedly",
                      "formally", "officially", "finally", "quickly", "later", "since", "again"})


@per_mention
def passive(m: Mention) -> bool:
    """The clause's verb is a passive participle: a form of the predicate's verb, not its -ing
    form, right after a form of "be" or "get" (with at most two adverbs or a negation between).
    Read once per mention (`per_mention`): the judge asks it of each clause in every pair of
    clauses it weighs."""
    return passive_text(m.frame.predicate, m.text)


def passive_text(predicate: Optional[str], text: str) -> bool:
    """`passive` for a clause given by its predicate and its text."""
    verb = (predicate or "").split(" ")[0]
    if not verb:
        return False
    words = [w.lower().replace("\u2019", "'") for w in re.findall(r"[\w'\u2019]+", text)]
    for i, w in enumerate(words):
        if w.endswith("ing") or verb_lemma(w) != verb:
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and (words[j] in _BETWEEN or words[j].endswith("ly")):
            j -= 1
        if j >= 0 and words[j] in _PASSIVE_AUX:
            return True
    return False


def written_head(text: Optional[str], stop: frozenset) -> Optional[str]:
    """The head noun of a subject as written, lower case (the last word before a postmodifier:
    "licence" in "the airline's licence to fly"), for the WordNet tables; None for none."""
    words = []
    for w in re.findall(r"[\w'\u2019-]+", text or ""):
        if w.lower() in stop:
            break
        words.append(w.lower())
    words = [w for w in words if w.isalpha()]
    return words[-1] if words else None


#: Prepositions that open an oblique (Quirk et al. 1985, 9.1-9.7), with the simple prepositions of
#: 9.7 that are no adverb, particle or adjective as often ("alongside the trial", "despite the
#: ban", "throughout the winter"; not "down", "off", "past", "near").
_PREPOSITIONS = frozenset({"by", "of", "in", "at", "on", "from", "for", "with", "to", "into", "onto", "over", "under",
                           "after", "before", "during", "since", "until", "against", "about", "through", "across",
                           "between", "among", "within", "without", "per", "than", "alongside", "amid", "amidst",
                           "beside", "besides", "beyond", "despite", "throughout", "toward", "towards", "upon",
                           "via", "beneath", "underneath"})
#: Words of a noun phrase before its head read back for a preposition ("by some 12 votes").
_NP_WORDS = 4


def oblique(m: Mention) -> bool:
    """The clause's object is a preposition's object as written ("lost by 12 votes", "sailed to
    the island"): a preposition among the few words before its head."""
    head = object_head(m.frame)
    if head is None:
        return False
    words = re.findall(r"[\w'\u2019-]+", m.text)
    at = next((i for i, w in enumerate(words) if term_of(w) == head), None)
    return at is not None and any(w.lower() in _PREPOSITIONS for w in words[max(0, at - _NP_WORDS):at])
