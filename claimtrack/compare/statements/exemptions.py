"""Exemptions: a thing exempt from a rule is a thing the rule does not apply to. "Donations are
exempt from the ban" agrees with "the ban would not apply to donations", and conflicts with "the
ban will apply to donations" (exempt.a.01 'freed from or not subject to an obligation or
liability', WordNet: to be exempt from a rule is not to be subject to it). A rule that covers a
thing applies to it: "the cap will not apply to clinics" conflicts with "clinics will be covered by
the cap" (`judge_scope`)."""

from __future__ import annotations

from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .lexicon import linked_state
from .modality import _asserts, _committed
from .phrases import object_head, subject_head, term_of, clause_terms

#: The verbs that say a rule holds for a thing ("the levy applies to imports", "the ban covers
#: charities"): WordNet's apply.v.02 'be pertinent or relevant or applicable' and cover.v.06
#: 'include in scope; include as part of something broader'.
_APPLYING = frozenset({"apply", "cover"})


def _exempt(f) -> Optional[str]:
    """The head of what a clause says is exempt ("donations are exempt": donation), else None."""
    return subject_head(f) if linked_state(f.predicate) == "exempt" else None


def judge_exemption(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side says a thing is exempt from a rule, the other that the rule applies to it (or
    not): one statement. Exempt and not applying agree; exempt and applying conflict when both
    sides state it. The rule must be named on the exempt side too ("exempt from the ban")."""
    for x, y, first in ((a, b, True), (b, a, False)):
        fx, fy = x.frame, y.frame
        thing = object_head(fy)
        # what the rule applies to is what is exempt: its head among the exempt clause's words
        # (lemmas there, as the object's head is)
        if _exempt(fx) is None or fy.predicate not in _APPLYING or thing is None or thing not in clause_terms(fx):
            continue
        rule = subject_head(fy)
        if rule is None or term_of(rule) not in clause_terms(fx):
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


def _scope(f, other) -> Optional[tuple[str, str]]:
    """(rule, thing) heads of a clause saying a rule holds or not for a thing: "the cap applies to
    clinics", "the cap covers clinics" (the rule its subject, the thing its object), or "clinics
    are covered by the cap" (the thing its subject, no object, the other clause's rule among its
    words); else None."""
    if f.predicate not in _APPLYING:
        return None
    if f.object:
        rule, thing = subject_head(f), object_head(f)
        return (rule, thing) if rule and thing else None
    thing, rule = subject_head(f), subject_head(other) if other.object else None
    return (rule, thing) if thing and rule and term_of(rule) in clause_terms(f) else None


def judge_scope(a: Mention, b: Mention) -> Optional[Candidate]:
    """A rule said to apply (or not) to a thing on one side and to cover it (or not) on the
    other, in the active or the passive ("the cap will not apply to clinics" / "clinics will be
    covered by the cap"): one statement, whose polarity sets the status as for one action."""
    fa, fb = a.frame, b.frame
    if fa.predicate == fb.predicate:
        return None
    sa, sb = _scope(fa, fb), _scope(fb, fa)
    if sa is None or sb is None or sa != sb:
        return None
    rule, thing = sa
    about = f"the {rule} applying to {thing}"
    if _committed(fa.modality) != _committed(fb.modality) or not (_asserts(fa) and _asserts(fb)):
        return Candidate(a, b, "related", "modality", about, f"the {rule} said to apply or not to the {thing}, "
                         "not both stated", 0.4)
    same = fa.polarity == fb.polarity
    return Candidate(a, b, "agree" if same else "conflict", "equal" if same else "polarity", about,
                     f"the {rule} said to hold for the {thing} ({fa.predicate}, {fa.polarity}) in A and "
                     f"({fb.predicate}, {fb.polarity}) in B: a rule that covers a thing applies to it", 0.7)

