"""Going to court, one act under many wordings: "will appeal", "would not sue", "would challenge
the result in court", "may take the case to the Court of X", "would ask the tribunal to review
the decision", "filed a lawsuit", "is considering legal action". Two clauses of one subject that
each take a matter to court are one statement, whatever words each uses; the polarity and the
modality then decide, as for any action ("would not contest the ruling in court" / "would ask
the court to review the decision": a conflict; "will appeal" / "would ask the tribunal to cut the
ban": agree). The words come from data/verb_paraphrases.json 'recourse' (WordNet's sue.v.01,
appeal.v.01, litigate.v.01, lawsuit.n.01, legal_action.n.01, court.n.01 and their kin, and the
verbs that bring a matter before a court named beside them)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention, per_mention
from .already import weighed_and_done
from .lexicon import nouns_meet
from .modality import _committed, contradicts, decided, governors, weighing_now
from .phrases import object_head, subject_head, who_label, same_subject

#: The predicate two clauses of recourse are compared under, and shown with.
RECOURSE = "go to court"


@lru_cache(maxsize=1)
def _table() -> dict:
    from ...tables import load_json

    raw = load_json("verb_paraphrases.json")["recourse"]
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in raw.items()}


#: Verbs (and nouns, with "battle") of contesting, and the adjectives that say the contest is
#: fought at law: "a legal challenge to the fine", "a legal battle", "would fight the ban legally"
#: take the matter to court as "would challenge the fine in court" does (WordNet legal.a.01
#: 'established by or founded upon law'); so does a court noun before the contest ("a court
#: challenge", "a High Court battle": the court where it is fought).
_CONTESTING = frozenset({"challenge", "contest", "dispute", "fight"})
_AT_LAW = frozenset({"legal", "legally", "judicial"})


def _courts(words) -> bool:
    """A court is among these words (lemmas or the object as written)."""
    courts = _table()["courts"]
    return any(w in courts for w in words)


def _object_is_court(f) -> bool:
    return bool(f.object) and _courts((f.object, object_head(f) or ""))


def recourse(f) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(what the clause takes to court - the decision appealed, the party sued - or None when it
    names none; the modality the act has), when the clause takes a matter to court; else None. A clause does so by a verb of
    recourse ("sue", "appeal"), by a verb that brings a matter before a court named in the clause
    ("asked the court to", "took the case to the tribunal", "challenged the rule in court"), or by
    a support verb with a noun of legal proceedings ("filed a lawsuit", "take legal action"); a
    verb of intending with such a noun ("is considering legal action", "threatened a lawsuit")
    holds the act open, as "may" does. A court is never the party that goes to it."""
    table = _table()
    p = f.predicate or ""
    terms = frozenset(f.terms or ())
    if _courts((subject_head(f) or "",)) or _courts(((f.subject or "").replace("-", " "),)):
        return None  # "the court will review the case": the court's own act
    obj = (f.object or "").lower()
    matter = None if not obj or _object_is_court(f) else obj
    if p in table["verbs"]:
        # the decision appealed, or the party sued ("sued the water board"): two of either, named
        # apart, are two recourses
        return matter, f.modality
    if p in table["court_verbs"] and (_courts(terms) or (p in _CONTESTING and terms & _AT_LAW)):
        # "take the case to court" names its matter; "ask the court" names none
        return (None if matter in table["nouns_beside_court"] else matter), f.modality
    head = obj.split()[-1] if obj else ""
    # ... a contest at law, or before a court ("a legal challenge", "a court challenge")
    at_law = bool(_AT_LAW & set(obj.split())) or _courts(obj.split()[:-1])
    named = obj in table["nouns"] or head in table["nouns"] or (obj in table["nouns_beside_court"] and _courts(terms)) or (
        head in _CONTESTING | {"battle"} and at_law)
    if named and p in table["support"]:
        return None, f.modality
    if named and p in table["intent"]:
        return None, f.modality or "consider"
    return None


def _announced(modality: Optional[str]) -> bool:
    """Going to court stated as done, as sure to be, or as the subject's plan ("plans to
    challenge the decree in court" / "would take the decree to court"): a party announces its
    recourse as what it plans to do, so a plan states it as much as "will" does; a possibility
    ("may appeal") or a consideration does not."""
    return _committed(modality) or modality == "plan"


def _matters_meet(x: Optional[str], y: Optional[str]) -> bool:
    """Two matters taken to court may be one: either left unnamed ("will appeal"), the same head,
    heads WordNet gives as one thing ("the verdict" / "the finding"), or two nouns of a ruling
    (data/verb_paraphrases.json 'recourse' 'rulings': "the order" / "the decision"): what one
    party contests in one story is the ruling against it, which reports name in either noun;
    parties sued ("the water board" / "the port") are two."""
    if not x or not y:
        return True
    hx, hy = x.split()[-1], y.split()[-1]
    rulings = _table()["rulings"]
    return hx == hy or nouns_meet(hx, hy) or (hx in rulings and hy in rulings)


def _weighed(m: Mention) -> bool:
    """The clause weighs its recourse, still now ("is considering legal action", "is weighing
    an appeal": the modality 'consider', given by the frames or by a verb of deliberation, the
    'nominal_governors' of 'consider' in data/polarity.json; not an intent verb of another kind,
    "threatened a lawsuit", "plans an appeal"; not "was considering it in May": `modality.weighing_now`).
    To consider an act is to have not yet decided it (WordNet 3.0 consider.v.01 'deliberate or
    decide'), as `timing.judge_undecided` reads it of any act, so recourse decided on the other
    side ("will sue", "voted to go to court": `modality.decided`) contradicts it."""
    weighing = governors("consider") | {"consider"}
    f = m.frame
    if f.polarity != "positive" or f.modality != "consider" or (f.predicate or "") in _table()["intent"] - weighing:
        return False
    return weighing_now(m, weighing)


@per_mention
def _recourse_of(m: Mention) -> Optional[tuple[Optional[str], Optional[str]]]:
    """`recourse` of a clause mention's frame, read once per mention (its document meets many)."""
    return recourse(m.frame)


def judge_recourse(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two clauses of one subject (shown to be one: `phrases.same_subject`) each taking a matter
    to court, the matters not two: one statement. Opposite polarities conflict when both state
    the act, or when a negated future meets a possibility (`modality._excludes`); the same
    polarity agrees when both commit to it, else the two are related by their modality."""
    fa, fb = a.frame, b.frame
    ra, rb = _recourse_of(a), _recourse_of(b)
    if ra is None or rb is None or not same_subject(fa, fb) or not _matters_meet(ra[0], rb[0]):
        return None
    # compared as one predicate, each with the modality its wording gives the act
    fa, fb = fa.model_copy(update={"modality": ra[1]}), fb.model_copy(update={"modality": rb[1]})
    a, b = replace(a, frame=fa), replace(b, frame=fb)
    matter = ra[0] or rb[0]
    about = f"{who_label(fa, fb)}{RECOURSE}" + (f" ({matter})" if matter else "")
    words = f"{fa.predicate} in A, {fb.predicate} in B"
    if fa.polarity != fb.polarity:
        neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
        cue = (fa if fa.polarity == "negative" else fb).polarity_cue
        if contradicts(a, b):
            return Candidate(a, b, "conflict", "polarity", about,
                             f"one subject going to court ({words}), negative in {neg} ('{cue}') but not in {pos}", 0.9)
        return Candidate(a, b, "related", "polarity", about,
                         f"one subject going to court ({words}), negative in {neg} ('{cue}') but not in {pos}, and "
                         f"not stated as done ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)", 0.6)
    if _announced(fa.modality) != _announced(fb.modality):
        for x, y, where in ((a, b, ("A", "B")), (b, a, ("B", "A"))):
            if _weighed(x) and decided(y):
                return Candidate(a, b, "conflict", "modality", about,
                                 f"one subject going to court ({words}), weighed in {where[0]} and decided in {where[1]}: "
                                 f"an act under consideration is not yet decided", 0.9)
            if weighed_and_done(x, y):  # a tribunal weighed on one side, gone to already on the other
                return Candidate(a, b, "conflict", "modality", about,
                                 f"one subject going to court ({words}), weighed in {where[0]} and done already in "
                                 f"{where[1]}", 0.9)
        return Candidate(a, b, "related", "modality", about,
                         f"one subject going to court ({words}), stated as {fa.modality or 'done'} in A and "
                         f"{fb.modality or 'done'} in B", 0.6)
    return Candidate(a, b, "agree", "equal", about, f"one subject going to court ({words}), the same polarity", 0.9)
