"""One statement in other words: clauses that share nearly all their content words."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .lexicon import negative_implicatives, polarity_table
from .modality import modality_apart, necessity_apart, negative_verb
from .phrases import subject_head, subjects_meet, who_label, clause_terms


# --- one statement in other words ---------------------------------------------------------------

#: Two clauses saying nearly all the same things (their nouns and adjectives: who, to whom, what,
#: where) are one statement in other words, whatever verb each uses ("supplied the crew with the
#: charts" / "passed the charts to the crew"): at least this many content words in common ...
PARAPHRASE_MIN_SHARED = 4
#: ... and this share of all the content words of both (Jaccard).
PARAPHRASE_MIN_SHARE = 0.6
#: Clauses with more content words than this are not keyed by their word pairs (blocking).
PARAPHRASE_KEY_TERMS = 12


@lru_cache(maxsize=1)
def _reversing() -> tuple[frozenset, frozenset]:
    """(the verbs that reverse what they govern: the negative implicatives, of refusal, denial,
    ruling out and stopping, data/polarity.json 'negative', 'foreclosing'; the answers that turn
    a request down, with their particles, 'request_answers' of 'not': "turned down calls for an
    audit" does not do what "ordered an audit" does; and those that leave it unanswered,
    'unanswered': "ignored calls for an audit" has not done it, as the frames read it)."""
    raw = polarity_table()
    answers = frozenset(v for v, how in raw.get("request_answers", {}).items() if how in ("not", "unanswered"))
    return negative_implicatives() | frozenset(raw.get("foreclosing", ())), answers


def _reverses(f) -> bool:
    """The clause's verb reverses what it governs ("ruled out new tolls", "rejected the plan",
    "turned down calls for a toll")."""
    verbs, answers = _reversing()
    return negative_verb(f.predicate) in verbs or (f.predicate or "") in answers


def _judge_paraphrase(a: Mention, b: Mention) -> Optional[Candidate]:
    """One statement in other words: the same polarity, both stated as done (or both hedged; a
    necessity on both sides or neither), both verbs or neither reversing what they govern,
    subjects that may be one, and nearly all content words in common; `agree`. Never a
    conflict: a verb not shown to be the same action cannot be said to be negated."""
    fa, fb = a.frame, b.frame
    # (a necessity is not the act: "the lease needs the board's approval" / "the board approved
    # the lease", modality.necessity_apart)
    if fa.polarity != fb.polarity or modality_apart(fa.modality, fb.modality) or necessity_apart(a, b):
        return None
    # a verb that reverses what it governs against one that does not: words in common say the
    # two speak of one thing, and the verbs take opposite stances on it ("ruled out new tolls" /
    # "proposed new tolls")
    if _reverses(fa) != _reverses(fb):
        return None
    ta, tb = clause_terms(fa), clause_terms(fb)
    # subjects that may be one, or one side's subject named among the other clause's words (an
    # appositive, "one of the five, a retired pilot, had ...", names its noun phrase again)
    if not (subjects_meet(fa, fb) or subject_head(fa) in tb or subject_head(fb) in ta):
        return None
    shared = ta & tb
    if len(shared) < PARAPHRASE_MIN_SHARED or len(shared) < PARAPHRASE_MIN_SHARE * len(ta | tb):
        return None
    verb = fa.predicate if fa.predicate == fb.predicate else f"{fa.predicate} ~ {fb.predicate}"
    return Candidate(a, b, "agree", "paraphrased", f"{who_label(fa, fb)}{verb}",
                     f"one statement in other words: {len(shared)} of {len(ta | tb)} content words in common, "
                     f"the same polarity", 0.4 + len(shared) / len(ta | tb))
