"""Why a gold pair fact is missed: one classification, read by `bench/statement_causes.py` (diff's
statement facts) and `bench/ledger_coverage.py --causes` (every fact the ledger misses).

Pure over compare's objects: takes the two prepared documents (`compare.prepare`), diff's
matches for the pair and a gold fact; no store, no model, no files.

A statement fact diff misses is lost at one of these, first cause first:

- `not extracted`: a side's span holds no clause frame (extraction, or the frames component,
  gives compare nothing to align);
- `aligned right, not chosen`: compare's judge gives two of its clauses the gold status, but
  selection keeps another pair;
- `aligned, wrong status (...)`: the judge aligns them, with another status only;
- `blocked`: the judge would align two of its clauses, but blocking never pairs them;
- `not aligned: <part> not met`: no two clauses are one statement to the judge. Of all the
  clause pairs, the one that meets the most parts is read, in this order: its predicate (one
  action: `lexicon.predicates_meet`, one act noun derived from both verbs (`act_nouns`), a
  support verb's action noun, antonyms, one change, going to court on both sides, a level kept
  or changed on both sides), its subject (`phrases.subjects_meet`: may be one, each side's
  first resolved as the judge resolves it, `subjects.resolved`), its object (one head, WordNet's
  one thing, words in common, or none written on a side); the first part it does not meet is
  the cause
  (`all parts met` when it meets them all and the judge still finds no statement: a threshold
  on shared words, or a conflict's stricter tests; `predicate not met (subject, object met)` when
  only the verbs keep apart one subject doing something to one thing, the class a paraphrase
  table would serve).
"""

from __future__ import annotations

from typing import Any, Iterable, Optional, Sequence

from ..compare.blocking import _Index
from ..compare.statements import judge_statements
from ..compare.statements.act_nouns import one_act_noun
from ..compare.statements.nominal import nominal_action
from ..compare.statements.levels import changes_level, comparative_act, keeps_level
from ..compare.statements.lexicon import nouns_meet, one_change, opposite, predicates_meet
from ..compare.statements.recourse import recourse
from ..compare.statements.phrases import object_head, object_words, subjects_meet
from ..compare.statements.subjects import resolved
from .pairs import match_covers_fact

#: The parts of a clause, in the order a statement is read: what is done, by whom, to what.
PARTS = ("predicate", "subject", "object")


def overlapping(mentions: Iterable, kinds: Sequence[str], start: int, end: int) -> list:
    """The mentions of these kinds whose span overlaps [start, end)."""
    return [m for m in mentions if m.kind in kinds and m.start < end and start < m.end]


def _clauses(mentions: Iterable, start: int, end: int) -> list:
    return [m for m in overlapping(mentions, ("statement",), start, end) if hasattr(m.frame, "terms")]


def _level(f) -> bool:
    """The clause keeps or changes a level (compare/statements/levels.py)."""
    return keeps_level(f) or changes_level(f)


def parts_met(x, y) -> dict:
    """Which parts of two clause mentions meet (see the module's docstring), each clause read as
    the judge reads it: its act read from a comparative (`levels.comparative_act`) and its subject
    resolved through its document's actors ("the ministry" for the country the other side names,
    "the company" for the body it is about: `subjects.resolved`)."""
    x, y = resolved(comparative_act(x), comparative_act(y))
    fa, fb = x.frame, y.frame
    pred = bool(predicates_meet(fa.predicate, fb.predicate) or one_act_noun(fa.predicate, fb.predicate)
                or nominal_action(x, fb) or nominal_action(y, fa)
                or opposite(fa.predicate, fb.predicate) or one_change(fa.predicate, fb.predicate)
                or (recourse(fa) is not None and recourse(fb) is not None) or (_level(fa) and _level(fb)))
    oa, ob = object_head(fa), object_head(fb)
    obj = (oa is None or ob is None or oa == ob or bool(object_words(fa) & object_words(fb))
           or nouns_meet(fa.object.split()[-1], fb.object.split()[-1]))
    return {"predicate": pred, "subject": subjects_meet(fa, fb), "object": obj}


def unmet_part(sa: Sequence, sb: Sequence) -> str:
    """The first part not met by the clause pair that meets the most (ties: in PARTS order)."""
    best: Optional[tuple] = None
    for x in sa:
        for y in sb:
            met = parts_met(x, y)
            rank = tuple(met[p] for p in PARTS)
            rank = (sum(rank), rank)
            if best is None or rank > best[0]:
                best = (rank, met)
    if best is None:
        return "not extracted"
    missing = [p for p in PARTS if not best[1][p]]
    if missing == ["predicate"]:
        # who and what meet, only the verbs do not: the class a paraphrase table would serve
        return "predicate not met (subject, object met)"
    return f"{missing[0]} not met" if missing else "all parts met"


def statement_cause(fact: dict, pa, pb, matches: Sequence[Any]) -> str:
    """Where diff loses a gold statement fact (`found` when it holds it with the gold status)."""
    near = [m for m in matches if match_covers_fact(m, fact)]
    if any(getattr(m, "status", None) == fact["status"] for m in near):
        return "found"
    sa = _clauses(pa.mentions, fact["a_start"], fact["a_end"])
    sb = _clauses(pb.mentions, fact["b_start"], fact["b_end"])
    if not sa or not sb:
        return "not extracted"
    index, position = _Index(pb.mentions), {id(m): i for i, m in enumerate(pb.mentions)}
    judged, unblocked = set(), set()
    for x in sa:
        partners = set(index.partners(x))
        for y in sb:
            got = judge_statements(x, y)
            if got is not None:
                judged.add(got.status)
                if position[id(y)] in partners:
                    unblocked.add(got.status)
    if fact["status"] in unblocked:
        return "aligned right, not chosen"
    if unblocked:
        return f"aligned, wrong status ({'/'.join(sorted(unblocked))})"
    if judged:
        return "blocked"
    return f"not aligned: {unmet_part(sa, sb)}"


def ledger_cause(fact: dict, pa, pb, near: Sequence[Any], compared: bool) -> str:
    """Where the ledger loses a gold agree/conflict fact it does not hold with the gold status:
    `near` are diff's matches for the pair that cover the fact, `compared` whether the ledger
    compares the two documents at all. A statement fact with no candidate says which part of
    its clauses is not met (`statement_cause`)."""
    from ..compare.blocking import candidate_matches

    if any(getattr(m, "status", None) == fact["status"] for m in near):
        return "ledger join" if compared else "not compared"
    if near:
        return "diff status"
    kind = fact.get("type", "statement")
    ma = overlapping(pa.mentions, (kind, "statement"), fact["a_start"], fact["a_end"])
    mb = overlapping(pb.mentions, (kind, "statement"), fact["b_start"], fact["b_end"])
    if not ma or not mb:
        return "no mention"
    if candidate_matches(ma, mb, pa.anchor, pb.anchor):
        return "selection"
    if kind == "statement":
        sa = _clauses(ma, fact["a_start"], fact["a_end"])
        sb = _clauses(mb, fact["b_start"], fact["b_end"])
        if sa and sb:
            return f"no candidate: {unmet_part(sa, sb)}"
    return "no candidate"
