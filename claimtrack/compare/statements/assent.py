"""Assent and its formal act: "the union agreed to the pay deal" / "the union signed the pay deal".

To sign an agreement is to agree to it in form (data/assent_acts.json: sign.v.02 'approve and
express assent', agree.v.02 'consent or assent to a condition'), so one subject's two verbs of one
agreement are one act seen at two steps. The signing entails the assent, not the other way: a
denied assent contradicts a signing, and a refusal to sign (a negative implicative verb, data/
polarity.json 'negative': "refused to sign the tenancy") withholds the assent the other side states;
a plain negation of the formal act ("has not signed the lease", "not yet") says only that the
second step is not taken, which an assent given before it does not contradict. "Agreed with" a
view is concurring, not assent to an agreement, and is left out."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .lexicon import negative_implicatives, nouns_meet
from .modality import contradicts, modality_apart, necessity_apart
from .phrases import object_head, same_subject, who_label
from .clause_time import steps_apart
from .timing import ruled_out_after_done


@lru_cache(maxsize=1)
def _formal() -> frozenset:
    """(verb of a formal act, verb of the assent it expresses) pairs (data/assent_acts.json)."""
    from ...tables import load_json

    return frozenset((f, a) for f, assents in load_json("assent_acts.json")["formal"].items() for a in assents)


#: An assent verb followed by "with": concurring with a view or a person ("agreed with the
#: auditors"), not assenting to an agreement (Quirk et al. 1985, 16.27: 'agree with', 'agree to').
_CONCUR = re.compile(r"\b(?:agree|agrees|agreed|agreeing)\s+with\b", re.IGNORECASE)


def assent_keys(p: Optional[str]) -> frozenset:
    """Blocking keys under which `judge_assent` can pair a predicate: one key for every verb of
    assent or of its formal act (a story names one or two agreements)."""
    return frozenset({("assent",)}) if p and any(p in pair for pair in _formal()) else frozenset()


def _one_agreement(fx, fy) -> bool:
    hx, hy = object_head(fx), object_head(fy)
    return hx is not None and hy is not None and (hx == hy or nouns_meet(fx.object.split()[-1], fy.object.split()[-1]))


def judge_assent(a: Mention, b: Mention) -> Optional[Candidate]:
    """One subject's assent to an agreement and its formal act on it (see the module): `agree`
    when both are stated alike, `conflict` when the assent is denied against the act done or the
    act refused against the assent given, else `related`; None when the two are not of this kind."""
    fa, fb = a.frame, b.frame
    for formal, assent in ((a, b), (b, a)):
        ff, fs = formal.frame, assent.frame
        if (ff.predicate, fs.predicate) not in _formal() or _CONCUR.search(assent.text):
            continue
        if not same_subject(fa, fb) or not _one_agreement(fa, fb):
            continue
        about = f"{who_label(fa, fb)}{fs.predicate} ~ {ff.predicate} {fs.object}"
        steps = f"one act of assent at two steps ({fa.predicate} in A, {fb.predicate} in B)"
        f_neg, s_neg = ff.polarity == "negative", fs.polarity == "negative"
        if f_neg != s_neg:
            cue = (ff if f_neg else fs).polarity_cue
            opposed = s_neg or cue in negative_implicatives()
            # an assent and a refusal dated apart are two steps at two times (review s35 finding 5)
            if opposed and contradicts(a, b) and not ruled_out_after_done(a, b) and not steps_apart(a, b):
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"{steps}, {'the assent denied' if s_neg else 'the formal act refused'} ('{cue}') "
                                 f"on one side, stated on the other", 0.5)
            why = "the formal act only not taken yet" if not opposed else "the two steps dated apart" \
                if steps_apart(a, b) else f"not stated as done on both sides ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)"
            return Candidate(a, b, "related", "polarity", about, f"{steps}, negative on one side ('{cue}'): {why}", 0.3)
        if modality_apart(fa.modality, fb.modality) or necessity_apart(a, b):
            return Candidate(a, b, "related", "modality", about,
                             f"{steps}, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B", 0.3)
        return Candidate(a, b, "agree", "equal", about, f"{steps}, with the same polarity", 0.5)
    return None
