"""Non-answers: a subject that declines to say something ("declined to comment", "would not say",
"refused to disclose") in two reports, in two verbs of saying."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...tables import DISCLOSING_VERBS
from ..candidates import Candidate
from ..mention import Mention
from .phrases import subject_head, who_label, same_subject

#: Verbs of disclosing beside the speech verbs (claimtrack.tables.DISCLOSING_VERBS).
DISCLOSING = DISCLOSING_VERBS


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset:
    """Verbs of saying and disclosing (lemmas)."""
    from ...tables import load_lines, parse_speech_verbs

    strong, weak = parse_speech_verbs(load_lines("speech_verbs.txt"))
    return strong | weak | DISCLOSING


def non_answer(frame) -> bool:
    """The clause says its subject would not say something: a verb of saying or disclosing,
    negated (by "not", or by a refusal verb: "declined to disclose"), or "would not be drawn (on
    it)", the passive of "draw" with no object ('to be persuaded to say something', Collins
    English Dictionary, draw)."""
    if frame.polarity != "negative":
        return False
    verb = (frame.predicate or "").split(" ")[0]
    return verb in saying_verbs() or (verb == "draw" and not frame.object)


def non_answer_key(frame) -> Optional[tuple]:
    """A blocking key for a non-answer: its subject (actor id, else head noun)."""
    if not non_answer(frame):
        return None
    who = frame.subject or subject_head(frame)
    return ("nonanswer", who) if who else None


def judge_non_answers(a: Mention, b: Mention) -> Optional[Candidate]:
    """One subject declining to say in both reports, in two verbs of saying ("would not say" /
    "declined to disclose"): one non-answer, `agree`. The subject must be shown to be one (a name,
    or the same head noun); what was not said is not compared (a non-answer states no content)."""
    fa, fb = a.frame, b.frame
    if not (non_answer(fa) and non_answer(fb)) or fa.predicate == fb.predicate or not same_subject(fa, fb):
        return None
    return Candidate(a, b, "agree", "equal", f"{who_label(fa, fb)}would not say",
                     f"one subject declining to say on both sides ({fa.polarity_cue} {fa.predicate} in A, "
                     f"{fb.polarity_cue} {fb.predicate} in B)", 0.5)
