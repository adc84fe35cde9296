"""Pure scoring of diff pairs: a gold fact is found when a predicted match covers its span in
A and in B with the same status."""

from __future__ import annotations

from typing import Any, Sequence

from ..models.evaluation import Miss, PairScores, Score
from .match import field_of, overlap
from .report import PAIR_FACT_TYPES


def _side(match: Any, side: str) -> tuple[int, int]:
    span = field_of(match, side) or {}
    try:
        return int(field_of(span, "start", 0) or 0), int(field_of(span, "end", 0) or 0)
    except (TypeError, ValueError):
        return 0, 0


def _spans(match: Any, side: str) -> list[tuple[int, int]]:
    """The side's span and the `also` spans where its document states the same figure again."""
    out = [_side(match, side)]
    for span in field_of(field_of(match, side) or {}, "also", None) or ():
        try:
            out.append((int(field_of(span, "start", 0) or 0), int(field_of(span, "end", 0) or 0)))
        except (TypeError, ValueError):
            continue
    return out


def match_covers_fact(match: Any, fact: Any) -> bool:
    """The predicted diff match overlaps the fact's span in A and its span in B (any span the
    match lists for a side: a figure repeated in a headline, or converted in parentheses)."""
    return (any(overlap(s, e, field_of(fact, "a_start", 0), field_of(fact, "a_end", 0)) > 0 for s, e in _spans(match, "a"))
            and any(overlap(s, e, field_of(fact, "b_start", 0), field_of(fact, "b_end", 0)) > 0 for s, e in _spans(match, "b")))


def fact_found(fact: Any, matches: Sequence[Any]) -> bool:
    return any(field_of(m, "status") == field_of(fact, "status") and match_covers_fact(m, fact) for m in matches)


def score_pair(facts: Sequence[Any], matches: Sequence[Any], pair: str = "") -> tuple[PairScores, list[Miss]]:
    """Score one document pair's predicted diff matches against its gold facts."""
    out = PairScores()
    misses: list[Miss] = []

    def miss(fact: Any, kind: str) -> None:
        near = [m for m in matches if match_covers_fact(m, fact)]
        misses.append(Miss(
            kind=kind, doc=pair, error="miss", start=field_of(fact, "a_start", 0), end=field_of(fact, "a_end", 0),
            text=f"{field_of(fact, 'a_text', '')!r} ~ {field_of(fact, 'b_text', '')!r}",
            expected=f"{field_of(fact, 'status')} ({field_of(fact, 'type')}): {field_of(fact, 'about', '')}",
            predicted="; ".join(f"{field_of(m, 'status')}/{field_of(m, 'relation')}" for m in near) or None,
        ))

    scored = [f for f in facts if field_of(f, "status") in ("agree", "conflict")]
    targets = [f for f in scored if field_of(f, "type") in PAIR_FACT_TYPES]
    statements = [f for f in scored if field_of(f, "type") == "statement"]
    for bucket, name in ((targets, "facts"), (statements, "statements")):
        found = [fact_found(f, matches) for f in bucket]
        setattr(out, name, Score(gold=len(bucket), gold_hits=sum(found)))
        for f, ok in zip(bucket, found):
            if not ok:
                miss(f, f"pairs:{name}")

    gold_conflicts = [f for f in facts if field_of(f, "status") == "conflict"]
    pred_conflicts = [m for m in matches if field_of(m, "status") == "conflict"]
    real = [any(match_covers_fact(m, f) for f in gold_conflicts) for m in pred_conflicts]
    out.conflicts = Score(
        gold=len(gold_conflicts), gold_hits=sum(fact_found(f, matches) for f in gold_conflicts),
        pred=len(pred_conflicts), pred_hits=sum(real),
    )
    for m, ok in zip(pred_conflicts, real):
        if not ok:
            a_s, a_e = _side(m, "a")
            misses.append(Miss(
                kind="pairs:conflicts", doc=pair, error="false_alarm", start=a_s, end=a_e,
                text=f"{field_of(field_of(m, 'a') or {}, 'text', '')!r} ~ {field_of(field_of(m, 'b') or {}, 'text', '')!r}",
                predicted=f"conflict/{field_of(m, 'relation')}: {field_of(m, 'reason', '')}",
            ))
    related = [f for f in facts if field_of(f, "status") == "related"]
    flagged = [f for f in related if any(field_of(m, "status") == "conflict" and match_covers_fact(m, f) for m in matches)]
    out.related_as_conflict = len(flagged)
    for f in flagged:
        miss(f, "pairs:related_as_conflict")
    return out, misses


def add_pair_scores(a: PairScores, b: PairScores) -> PairScores:
    return PairScores(
        facts=a.facts + b.facts, conflicts=a.conflicts + b.conflicts,
        related_as_conflict=a.related_as_conflict + b.related_as_conflict,
        statements=a.statements + b.statements,
    )
