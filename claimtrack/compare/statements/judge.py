"""The entry for two statement mentions: clause frames go to `actions.judge_clauses`; older
records (one frame per claim, or none) are compared by actor, predicate and words."""

from __future__ import annotations

from typing import Optional

from ..candidates import Candidate, actor_name
from ..context import jaccard, key_terms, same_actor, shared_actors
from ..mention import Mention
from .actions import STATEMENT_TOPIC, judge_clauses


#: Without frames: the same actor and predicate, and this share of the words (about a third, as
#: for CONFLICT_MIN), is one statement.
STATEMENT_SAME = 0.35


def _objects_meet(x: Optional[str], y: Optional[str]) -> bool:
    if not x or not y:
        return not x and not y
    return bool(set(key_terms(x)) & set(key_terms(y)))


def judge_statements(a: Mention, b: Mention) -> Optional[Candidate]:
    """Who does what: subject, action and object aligned; polarity decides the status."""
    fa, fb = a.frame, b.frame
    if hasattr(fa, "terms") or hasattr(fb, "terms"):  # clause frames (models.ClauseFrame)
        return judge_clauses(a, b) if hasattr(fa, "terms") and hasattr(fb, "terms") else None
    words = jaccard(a.ctx.sentence, b.ctx.sentence)
    if fa is not None and fb is not None and fa.subject and fb.subject and fa.predicate and fb.predicate:
        if not same_actor(fa.subject, fb.subject):
            return None
        who = actor_name(fa.subject)
        if fa.predicate == fb.predicate and _objects_meet(fa.object, fb.object):
            about = f"{who}: {fa.predicate}" + (f" {fa.object}" if fa.object else "")
            if fa.polarity != fb.polarity:
                neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
                cue = (fa if fa.polarity == "negative" else fb).polarity_cue
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"same actor and action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}",
                                 0.5 + words)
            if (fa.modality or None) != (fb.modality or None):
                return Candidate(a, b, "related", "modality", about,
                                 f"same actor and action, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B",
                                 0.3 + words)
            return Candidate(a, b, "agree", "equal", about, "same actor, action and polarity"
                             + (f" ({fa.modality})" if fa.modality else ""), 0.5 + words)
        if words >= STATEMENT_TOPIC:
            about = f"{who}{fa.predicate} / {fb.predicate}"
            return Candidate(a, b, "related", "different-action", about,
                             f"same actor, different actions ({fa.predicate} in A, {fb.predicate} in B)", words)
        return None
    # Records without frames: the claim's predicate and negation.
    shared = shared_actors(a.ctx.actors, b.ctx.actors)
    if not shared or not a.ctx.predicate or a.ctx.predicate != b.ctx.predicate:
        return None
    about = f"{', '.join(actor_name(x) for x in sorted(shared))}: {a.ctx.predicate}"
    if a.ctx.negated != b.ctx.negated and words >= STATEMENT_SAME:
        neg, pos = ("A", "B") if a.ctx.negated else ("B", "A")
        return Candidate(a, b, "conflict", "polarity", about,
                         f"same actor and action ({a.ctx.predicate}), negated in {neg} but not in {pos}", words)
    if a.ctx.negated == b.ctx.negated and words >= 0.6:
        return Candidate(a, b, "agree", "equal", about, f"same actor, action and {int(words * 100)}% of the key words", words)
    return None
