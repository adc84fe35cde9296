"""Two refusals of one act in other words: "the club would not cancel the lease" / "the club
declined to end its tenancy agreement". Reporters word what a party will not do their own way, verb
included; what stays is who refuses and what the act is done to. So two negated clauses of one
subject whose objects are one thing (the same head noun, or WordNet's synonym or direct kind:
"lease" / "contract") and whose other content words mostly meet are one refusal, `agree`, as two
denials of one claim are (compare/statements/denials.py, which judges the denials themselves)."""

from __future__ import annotations

from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .denials import DENIAL_MIN_COVER, _synonym_pairs, denied_claim, negated_claim
from .lexicon import LIGHT_VERBS, nouns_meet
from .modality import _asserts
from .phrases import object_head, subject_terms, who_label, same_subject


def judge_refusals(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two clauses that each say their one subject does not do an act (negated, stated or committed
    to, not a possibility or a purpose: `modality._asserts`; a light verb names no act, "had no
    fines"), neither a denial of a claim, whose
    objects are one thing and whose content words beside the subject meet for half or more of the
    shorter side's (equal lemmas or WordNet synonyms: `denials._synonym_pairs`): one refusal,
    `agree`, whatever verb each report gives the act. None otherwise."""
    fa, fb = a.frame, b.frame
    if fa.polarity != "negative" or fb.polarity != "negative" or not (_asserts(fa) and _asserts(fb)):
        return None
    if denied_claim(a) is not None or denied_claim(b) is not None or not same_subject(fa, fb):
        return None
    if fa.predicate in LIGHT_VERBS or fb.predicate in LIGHT_VERBS:
        return None  # "had no previous fines", "there is no basis": no act refused, a thing said not to be
    oa, ob = object_head(fa), object_head(fb)
    if oa is None or ob is None or not (oa == ob or nouns_meet(fa.object.split()[-1], fb.object.split()[-1])):
        return None
    ca, cb = negated_claim(a), negated_claim(b)
    if not ca or not cb:
        return None
    subject = subject_terms(fa) | subject_terms(fb)
    xa, xb = ca - subject, cb - subject
    shared = xa & xb
    synonyms = _synonym_pairs(xa - xb, xb - xa)
    met = len(shared) + len(synonyms)
    if not xa or not xb or met < DENIAL_MIN_COVER * min(len(xa), len(xb)):
        return None
    words = sorted(shared) + [f"{x} ~ {y}" for x, y in synonyms]
    return Candidate(a, b, "agree", "equal", f"{who_label(fa, fb)}will not {fa.predicate} / {fb.predicate} {', '.join(words)}",
                     f"one subject refusing one act on both sides ({fa.polarity_cue} {fa.predicate} in A, "
                     f"{fb.polarity_cue} {fb.predicate} in B), what it is done to one thing", 0.45 + met / max(1, len(xa | xb)) / 10)
