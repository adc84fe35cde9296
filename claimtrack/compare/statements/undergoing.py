"""A verb whose subject undergoes the act its object names: "the skipper will face charges" is
"the skipper will be charged", "the pump underwent repairs" is "the pump was repaired". The
object is an act noun whose act is done TO the subject (Mel'čuk's lexical function Oper2: the
support verb of the noun's second actant, "face charges", "undergo an operation"; Quirk et al.
1985, 10.47, eventive objects), so the clause meets a passive of the noun's verb said of the
same subject, never an active one ("will charge its customers": the subject does that act).
Where both sides name who does the act ("an inquiry by the auditor" / "was not investigated by
the police"), the two must be one: two doers' acts are two acts."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ...wordnet_nouns import noun_senses
from ..mention import Mention
from .legal_acts import legal_acts
from .lexicon import noun_lemma_in, noun_names_action, verb_lemma
from .modality import NECESSITY, NEEDING
from .phrases import one_actor, written_object_head
from .subjects import written_actor
from .voice import passive, written_head

#: Oper2 verbs: the subject is who or what the object noun's act is done to ("faces eviction",
#: "underwent an audit"). Not "receive", "get" or "suffer", whose objects are as often things
#: ("received a loan") or acts the subject does ("suffered losses": the subject lost).
#: "face" only with a measure of an authority (data/legal_acts.json "measures": "faces trial", "faces
#: a fine"), not with a question or a difficulty ("faced questions", "faces a challenge").
OPER2 = frozenset({"face", "undergo"})
#: Verbs of necessity with an act noun (modality.NEEDING): the subject is what the act must be
#: done to ("the pier needs repairs" is "the pier must be repaired"), an act not yet done, so the
#: clause meets a passive said with "must" ("must be repaired", "has to be approved"; the modal
#: verbs of data/polarity.json give need and have the modality "must", modality.NECESSITY), and
#: no other.
UNDERGOING = OPER2 | NEEDING
#: The prepositions that name the doer of a passive's act ("was fined BY the regulator"; Quirk
#: et al. 1985, 3.63) and of an act noun's ("an inquiry BY the auditor", "charges FROM the
#: prosecutor"; 17.52, the agentive genitive's "by" and "from" forms).
_AGENT_OF_NOUN = frozenset({"by", "from"})
_AGENT_OF_PASSIVE = frozenset({"by"})
#: Words that end a noun phrase read as the doer: punctuation aside, a preposition or a relative
#: word opens a postmodifier or another phrase ("by police OVER the deal").
_NP_END = re.compile(r"[,;:.()\"“”]|\b(?:over|for|about|in|on|at|after|into|with|of|that|which|who|and|as|"
                     r"because|since|amid|following|until|before|to|under)\b", re.IGNORECASE)
#: Words read after the noun or the participle before its "by" phrase: a determiner-free adverb,
#: a number... a doer's phrase stands close to the word whose act it names.
_AGENT_WITHIN = 4


def undergoes(m: Mention, other: Mention) -> bool:
    """The clause states its subject undergoes an act by an Oper2 verb and an act noun ("will
    face charges") naming the other clause's verb, and the other clause is a passive of it ("will
    not be charged"): one act, done to one subject (`lexicon.noun_names_action`, WordNet's
    derivational links), by one doer where both name one (`_one_doer`)."""
    f = m.frame
    if f.predicate not in UNDERGOING or not f.object or not passive(other):
        return False
    if f.predicate in NEEDING and (other.frame.modality != NECESSITY or f.modality):
        return False
    head = written_object_head(m)
    if not head or (f.predicate == "face" and (noun_lemma_in(head, noun_senses()[0]) or head) not in legal_acts("measures")):
        return False
    if not noun_names_action(head, other.frame.predicate):
        return False
    return _one_doer(m, _doer(m.text, lambda w: w.lower() == head, _AGENT_OF_NOUN),
                     other, _doer(other.text, lambda w: _participle(w, other.frame.predicate), _AGENT_OF_PASSIVE))


def _participle(word: str, predicate: Optional[str]) -> bool:
    return bool(predicate) and not word.lower().endswith("ing") and verb_lemma(word.lower()) == predicate.split(" ")[0]


def _doer(text: str, is_head, preps: frozenset) -> Optional[str]:
    """The noun phrase of the "by" (or "from") phrase that follows the word `is_head` finds, within
    a few words ("faces an inquiry by the harbour auditor over..." -> "the harbour auditor"), else None."""
    words = list(re.finditer(r"[\w'’-]+", text))
    at = next((i for i, w in enumerate(words) if is_head(w.group(0))), None)
    if at is None:
        return None
    for w in words[at + 1:at + 1 + _AGENT_WITHIN]:
        if w.group(0).lower() in preps:
            rest = text[w.end():]
            end = _NP_END.search(rest)
            phrase = (rest[:end.start()] if end else rest).strip()
            return phrase if phrase and not phrase[0].isdigit() else None
    return None


def _one_doer(a: Mention, da: Optional[str], b: Mention, db: Optional[str]) -> bool:
    """No side names a doer, one side only, or both name one: one actor of the documents
    (`subjects.written_actor`, `phrases.one_actor`) or the same head noun ("the police" / "police")."""
    if not da or not db:
        return True
    ia, ib = written_actor(da, a.doc_actors), written_actor(db, b.doc_actors)
    if ia and ib:
        return ia == ib or one_actor(ia, ib)
    ha = written_head(da, frozenset())
    return ha is not None and ha == written_head(db, frozenset())


#: "face" in the present ("faces an inquiry", "is facing charges"): news writes it of what is
#: pending (WordNet face.v.03 'deal with (something unpleasant) head on'), an act still to come.
_PRESENT_FACE = frozenset({"face", "faces", "facing"})
PENDING = "will"


def pending(m: Mention, other: Mention) -> Mention:
    """A clause that faces an act in the present (`undergoes` the other's), with no modality of its
    own, read as the act to come ("faces an inquiry" as "will be investigated"), so that a negated past or "not yet"
    ("has not been investigated") does not contradict it (timing's rules for an act to come);
    any other clause unchanged."""
    f = m.frame
    if f.predicate != "face" or f.modality is not None or not undergoes(m, other) \
            or not _PRESENT_FACE & {w.lower() for w in re.findall(r"[\w'’]+", m.text)}:
        return m
    return replace(m, frame=f.model_copy(update={"modality": PENDING}))
