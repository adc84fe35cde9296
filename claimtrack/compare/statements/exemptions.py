"""Exemptions: a thing exempt from a rule is a thing the rule does not apply to. "Donations are
exempt from the ban" agrees with "the ban would not apply to donations", and conflicts with "the
ban will apply to donations" (exempt.a.01 'freed from or not subject to an obligation or
liability', WordNet: to be exempt from a rule is not to be subject to it)."""

from __future__ import annotations

from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .lexicon import _state
from .modality import _asserts, _committed
from .phrases import _object_head, _subject_head, _term, clause_terms

#: The verbs that say a rule holds for a thing ("the levy applies to imports", "the ban covers
#: charities"): WordNet's apply.v.02 'be pertinent or relevant or applicable'.
_APPLYING = frozenset({"apply"})


def _exempt(f) -> Optional[str]:
    """The head of what a clause says is exempt ("donations are exempt": donation), else None."""
    return _subject_head(f) if _state(f.predicate) == "exempt" else None


def judge_exemption(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side says a thing is exempt from a rule, the other that the rule applies to it (or
    not): one statement. Exempt and not applying agree; exempt and applying conflict when both
    sides state it. The rule must be named on the exempt side too ("exempt from the ban")."""
    for x, y, first in ((a, b, True), (b, a, False)):
        fx, fy = x.frame, y.frame
        thing = _object_head(fy)
        # what the rule applies to is what is exempt: its head among the exempt clause's words
        # (lemmas there, as the object's head is)
        if _exempt(fx) is None or fy.predicate not in _APPLYING or thing is None or thing not in clause_terms(fx):
            continue
        rule = _subject_head(fy)
        if rule is None or _term(rule) not in clause_terms(fx):
            continue
        about = f"{thing} exempt from the {rule}"
        one = (fx.polarity == "positive") != (fy.polarity == "positive")
        if _committed(fx.modality) != _committed(fy.modality) or not (_asserts(fx) and _asserts(fy)):
            return Candidate(a, b, "related", "modality", about,
                             f"exempt on one side, the {rule} applying or not on the other, not both stated", 0.4)
        status = "agree" if one else "conflict"
        where = ("A", "B") if first else ("B", "A")
        return Candidate(a, b, status, "equal" if one else "polarity", about,
                         f"exempt ({fx.polarity}) in {where[0]}, the {rule} applying ({fy.polarity}) in {where[1]}: "
                         f"to be exempt from a rule is not to be subject to it", 0.7)
    return None
