"""One change of one thing told from the thing's side in one source and from the doer's in the
other ("the fare rose" / "raised the fare"; "one lane would reopen" / "ruled out reopening a lane"),
for two clauses of one act (actions.py)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...parsers.lexicon import ORDINAL_WORDS
from ..candidates import Candidate
from ..mention import Mention
from .lexicon import linked_state, nouns_same, one_change
from .modality import contradicts, modality_apart, necessity_apart
from .phrases import POSTMODIFIERS, object_head, object_words, subject_head, subject_words, term_of, clause_terms
from .timing import not_before, ruled_out_after_done
from .voice import oblique, passive, written_head


def _kept_in_state(keeper, state) -> bool:
    """A verb of keeping in a state with its adjective ("pledged to keep the service free", "held
    the fund open") on one side, the thing staying in that state on the other ("the service would
    stay free"): one statement, the object's complement being the state (keep.v.01 'keep in a
    certain state', data/verb_paraphrases.json 'levels' 'keep_in_state'; the linking verbs of
    lexicon._LINKING)."""
    adjective = linked_state(state.predicate)
    return bool(adjective) and keeper.predicate in _keeping() and term_of(adjective) in clause_terms(keeper)


@lru_cache(maxsize=1)
def _keeping() -> frozenset:
    from ...tables import load_json

    return frozenset(load_json("verb_paraphrases.json")["levels"]["keep_in_state"])


def _heads_meet(obj_side: Mention, subj_frame) -> bool:
    """The head of one clause's direct object and of the other's subject are synonyms in WordNet
    (`lexicon.nouns_same`). Not an object after a preposition ("lost by 12 votes"): an oblique
    names the act's measure, place or means, not what it is done to."""
    head = written_head(subj_frame.subject_text, POSTMODIFIERS)
    obj = obj_side.frame.object
    return bool(obj) and head is not None and nouns_same(obj.split()[-1], head) and not oblique(obj_side)


#: Postdeterminers that count instances of a noun's kind and name no kind of their own: the
#: ordinals and "further", "additional", "extra" (Quirk et al. 1985, 5.19-5.22).
_POSTDETERMINERS = frozenset(term_of(w) for w in (
    [w for w, n in ORDINAL_WORDS.items() if n <= 10] + "further additional extra".split()))


def judge_patients(a: Mention, b: Mention) -> Optional[Candidate]:
    """One change of one thing, told from the thing's side in one source ("one lane would reopen")
    and from the doer's in the other ("X ruled out reopening a lane"; "raised the fare" / "the fare
    rose"): the same head noun as the object of one clause and the subject of the other, with verbs
    naming one change; the doer, named only on one side, is no evidence against."""
    fa, fb = a.frame, b.frame
    # the object of one clause is the (unnamed) subject of the other: "X would not open the
    # archive" / "the archive would open to readers" (the parser may give the latter an oblique
    # object); a passive's subject, named or not, is what its act is done to ("Northwind Air was
    # fined" / "the regulator fined Northwind Air"), and meets an object WordNet gives as one
    # thing or a kind of it ("the licence was not renewed" / "renewed the permit")
    oa, ob = object_head(fa), object_head(fb)
    pas_a, pas_b = passive(a), passive(b)
    sa = subject_head(fa) if not fa.subject or pas_a else None
    sb = subject_head(fb) if not fb.subject or pas_b else None
    if oa is not None and sb is not None and oa != ob and (oa == sb or pas_b and _heads_meet(a, fb)):
        obj_side, pa, ps = "a", oa, sb
    elif sa is not None and ob is not None and sa != oa and (sa == ob or pas_a and _heads_meet(b, fa)):
        obj_side, pa, ps = "b", ob, sa
    else:
        return None
    if not (one_change(fa.predicate, fb.predicate) or _kept_in_state(fa, fb) or _kept_in_state(fb, fa)):
        return None
    # one thing: the modifiers before the head do not name two ("the bus fare" and "the tram fare")
    obj_mods = (object_words(fa) if obj_side == "a" else object_words(fb)) - {pa}
    subj_mods = (subject_words(fb) if obj_side == "a" else subject_words(fa)) - {ps}
    # ... an ordinal or "further" counts instances, it names no kind ("a second auction" and "an
    # offshore auction" may be one; "the first auction" and "a second auction" are two)
    obj_ords, subj_ords = obj_mods & _POSTDETERMINERS, subj_mods & _POSTDETERMINERS
    if obj_ords and subj_ords and not obj_ords & subj_ords:
        return None
    obj_mods, subj_mods = obj_mods - _POSTDETERMINERS, subj_mods - _POSTDETERMINERS
    if obj_mods and subj_mods and not obj_mods & subj_mods:
        return None
    verb = fa.predicate if fa.predicate == fb.predicate else f"{fa.predicate} ~ {fb.predicate}"
    about = f"{verb} {(fa if obj_side == 'a' else fb).object}"
    score = len(clause_terms(fa) & clause_terms(fb)) / max(1, len(clause_terms(fa) | clause_terms(fb)))
    if fa.polarity != fb.polarity:
        neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
        cue = (fa if fa.polarity == "negative" else fb).polarity_cue
        later = not_before(a, b, about, score)
        if later is not None:
            return later
        # both stating it, or a negated future against a possibility ("the jump will not be
        # reopened" / "the club may reopen the jump"), as for one subject's action
        if contradicts(a, b) and not ruled_out_after_done(a, b):
            return Candidate(a, b, "conflict", "polarity", about,
                             f"one change of the {pa} ({fa.predicate} in A, {fb.predicate} in B), negative in {neg} "
                             f"('{cue}') but not in {pos}", 0.5 + score)
        why = ("one side speaks of another time than the other's change (a ruling out or 'no longer' against a "
               "change told as done, 'not yet' or a negated past against one to come)"
               if ruled_out_after_done(a, b) else
               f"not stated as done ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)")
        return Candidate(a, b, "related", "polarity", about,
                         f"one change of the {pa}, negative in {neg} ('{cue}') but not in {pos}, and {why}", 0.3 + score)
    if modality_apart(fa.modality, fb.modality) or necessity_apart(a, b):
        return Candidate(a, b, "related", "modality", about,
                         f"one change of the {pa}, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B",
                         0.3 + score)
    return Candidate(a, b, "agree", "equal", about, f"one change of the {pa}, with the same polarity", 0.5 + score)
