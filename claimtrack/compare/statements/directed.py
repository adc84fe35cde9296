"""What one party orders another to do, told as ordered on one side and as not ordered on the other.

The act a directive governs ("ordered the mills to close", "urged the council to sell") is not
stated as done: the frames give it the directive for modality ('order', 'urge'; Searle 1976's
directives, data/polarity.json 'directives'). Whether it is ordered at all is the directive's own
polarity, which its clause holds: "would not order the mills to close" and "ordered the mills to
shut" tell one order both ways, so their two complements, each read as ordered, do not agree
(a negated permission is read by the frames already: the act is negated, 'permissions'). The
order itself is in conflict when one party gives it on one side and withholds it on the other
(one subject to the two directives), else the two are only related.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .modality import FUTURE, negated_up_to_now
from .phrases import same_subject


@lru_cache(maxsize=1)
def _directives() -> frozenset:
    from ...tables import load_json

    table = load_json("polarity.json")
    return frozenset(table.get("directives", ())) - frozenset(table.get("permissions", ()))


def directive_of(m: Mention):
    """The clause of the directive that governs the clause `m` is (the nearest clause before it in
    its sentence whose verb is the directive its modality names: "would not order" for "to
    close" in "would not order the mills to close"), else None."""
    f = m.frame
    if (f.modality or "") not in _directives():
        return None
    before = [c for c in getattr(m.claim.frame, "clauses", None) or ()
              if c.predicate == f.modality and c.start < f.start]
    return max(before, key=lambda c: c.start) if before else None


def judge_directed(a: Mention, b: Mention, got: Optional[Candidate]) -> Optional[Candidate]:
    """`got`, unless it agrees on two acts directed by one directive verb that one side gives and
    the other withholds: then a conflict of the order when one subject gives and withholds it,
    else `related`."""
    if got is None or got.status != "agree":
        return got
    da, db = directive_of(a), directive_of(b)
    if da is None or db is None or da.polarity == db.polarity:
        return got
    neg = "A" if da.polarity == "negative" else "B"
    if same_subject(da, db) and not _another_time(a, da, db) and not _another_time(b, db, da):
        return Candidate(a, b, "conflict", "polarity", f"{got.about} ({da.predicate})",
                         f"{got.reason}; but the {da.predicate} is withheld in {neg}: one party gives it on "
                         f"one side and not on the other", got.score)
    return Candidate(a, b, "related", "polarity", got.about,
                     f"{got.reason}; but the {da.predicate} is withheld in {neg}: the act is directed on one "
                     f"side only", got.score)


def _another_time(m: Mention, directive, other) -> bool:
    """The directive is withheld only up to now ("has not yet ordered") and the other side's is
    to come ("will order"): another time, as for a plain act (timing.ruled_out_after_done;
    review s29 finding 1)."""
    claim = m.claim
    text = claim.text[directive.start - claim.start:directive.end - claim.start]
    return directive.polarity == "negative" and negated_up_to_now(directive, text) and other.modality in FUTURE
