"""One measure or event put in place, told by other verbs: "would not hold another flower show
this year" / "plans a flower show in the spring"; "will not set a minimum resale price" /
"is likely to put forward a minimum resale price"; "would not license trawlers" / "is considering
granting new trawler licences".

A noun naming a measure or an event (a show, a levy, a licence, a curfew) is put in place by a
verb whose only meaning with it is to bring it about: "hold" a show, "impose" a levy, "grant" a
licence, "introduce" a price floor (Mel'čuk's lexical function CausFunc0, and the support verbs
of Oper1; data/polarity.json 'establishing'), or planned, proposed or weighed by a verb of
intention ('nominal_governors'). Reporters pick the verb; the noun phrase stays. So two such
clauses whose objects are one noun phrase speak of one act, the thing's coming about, and the
polarity and the modality decide: a negated intention ("would not hold") against the act planned,
weighed, expected or done ("plans", "is considering") is a conflict, two negations agree."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .clause_time import times_apart
from .lexicon import AMERICAN_SPELLINGS, SUPPORT_VERBS, derived_entry, noun_verbs, nouns_same
from .modality import DECIDED, FUTURE, _asserts, _excludes, _forecloses, governors, not_until, weighing_now
from .phrases import POSTDETERMINERS, object_head, object_words, subject_head, subject_words, subjects_meet, term_of, who_label, same_subject


@lru_cache(maxsize=1)
def _putting_verbs() -> frozenset:
    """Verbs whose noun object is brought about, planned or weighed: data/polarity.json
    'establishing' (CausFunc0), 'nominal_governors' (`modality.governors`, but those that rule
    out, which compare/statements/foreclosed.py reads) and the support verbs (lexicon.SUPPORT_VERBS)."""
    from ...tables import load_json

    return frozenset(governors("consider", "plan", "done") | set(load_json("polarity.json").get("establishing", ()))
                     | SUPPORT_VERBS)


#: Words before a noun that count or renew its instances and name no kind of their own: the
#: postdeterminers (`phrases.POSTDETERMINERS`: "another show", "a second levy", "further cuts"),
#: "more", and "new" or "fresh" (of a thing to be put in place they say only that it is not there yet).
_COUNTING = frozenset(term_of(w) for w in POSTDETERMINERS | {"new", "fresh", "more"})


def _thing(m: Mention) -> Optional[tuple[str, frozenset]]:
    """What the clause puts in place: (the head noun, its other words) of the object of a putting
    verb; or, for a verb a noun is derived from ("license", "replace"), that noun ("licence",
    "replacement") with the object's words. None otherwise."""
    f = m.frame
    p = f.predicate or ""
    if p in _putting_verbs() or _sets_limit(f):
        head = object_head(f)
        return (head, object_words(f) - {head}) if head else None
    return None


@lru_cache(maxsize=1)
def _limit_setting() -> tuple[frozenset, frozenset]:
    from ...tables import load_json

    table = load_json("polarity.json")["setting_limits"]
    return frozenset(table["verbs"]), frozenset(table["nouns"])


def _sets_limit(f) -> bool:
    """The clause sets a limit ("will not set a fee cap", "set a quota"): a verb that brings a
    limit about with a noun of a limit for object (data/polarity.json 'setting_limits'); with any
    other noun it fixes a value of a thing there is ("set the rate", "set a date")."""
    verbs, nouns = _limit_setting()
    return (f.predicate or "") in verbs and object_head(f) in nouns


def _verbs_of(noun: str) -> frozenset:
    """The verbs WordNet derives a noun from, by its British or American spelling ("licence":
    license, licence; data/noun_verbs.json)."""
    out = set(derived_entry(noun, noun_verbs()))
    for pattern, repl in AMERICAN_SPELLINGS:
        other = pattern.sub(repl, noun)
        if other != noun:
            out |= set(derived_entry(other, noun_verbs()))
    return frozenset(out)


def _derived_thing(m: Mention, noun: str) -> Optional[frozenset]:
    """The clause's verb is the one `noun` derives from ("would not license trawlers" for
    "licence"): the words of its object, else None."""
    f = m.frame
    p = f.predicate or ""
    if not p or " " in p or p in _putting_verbs():
        return None
    if p not in _verbs_of(noun):
        return None
    return object_words(f)


def _one_thing(a: Mention, b: Mention) -> Optional[tuple[str, frozenset, frozenset]]:
    """(the noun, the words beside it on each side) when both clauses put in place one thing."""
    ta, tb = _thing(a), _thing(b)
    if ta and tb:
        if ta[0] != tb[0] and not nouns_same(a.frame.object.split()[-1], b.frame.object.split()[-1]):
            return None
        return ta[0], ta[1], tb[1]
    for x, y, tx in ((a, b, ta), (b, a, tb)):
        words = _derived_thing(y, x.frame.object.split()[-1]) if tx is not None else None
        if words is not None:
            return (tx[0], tx[1], words) if x is a else (tx[0], words, tx[1])
    return None


def _said_to_come(f) -> bool:
    """A negation of what is to come: "will not", "would not", "has no plans to" (not a past "did
    not hold", which says nothing of a show to come)."""
    return f.modality in FUTURE or _forecloses(f)


def judge_measures(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two clauses with different verbs putting in place one thing (the same head noun, or a
    verb and the noun derived from it; the words beside it meet, or one subject is shown on both
    sides), by subjects that may be one: a negated intention against the thing planned, weighed,
    expected, to come or done is a conflict; two negated ones agree. Two positive clauses are
    left to the other judges (a plan and the act done may be two moments of one story)."""
    fa, fb = a.frame, b.frame
    if not fa.predicate or not fb.predicate or fa.predicate == fb.predicate:
        return None
    undecided = _weighed_against_decided(a, b)
    if undecided is not None:
        return undecided
    one = _one_thing(a, b)
    if one is None:
        return None
    noun, wa, wb = one
    wa, wb = wa - _COUNTING, wb - _COUNTING
    if wa and wb and not wa & wb:
        return None  # "a flower show" / "a cattle show": two things of one kind
    if not subjects_meet(fa, fb) or not (wa & wb or same_subject(fa, fb)):
        return None
    if times_apart(a, b):
        return None  # "ruled out ... this winter" says nothing of "... in the spring"
    if (getattr(fa, "condition", None) or getattr(fb, "condition", None)) and not _excludes(fa, fb):
        # under a condition the two may speak of different cases; but a thing held open on an
        # open condition ("is weighing a second show if sales hold") is possible, which a flat
        # ruling out or negated future excludes (`modality._excludes`)
        return None
    about = f"{who_label(fa, fb)}{fa.predicate} / {fb.predicate} {noun}"
    if fa.polarity == fb.polarity == "negative":
        if not (_said_to_come(fa) and _said_to_come(fb)):
            return None
        return Candidate(a, b, "agree", "equal", about,
                         f"one {noun} said not to come on both sides ({fa.predicate} in A, {fb.predicate} in B)", 0.45)
    if fa.polarity == fb.polarity:
        return None
    neg, pos = (a, b) if fa.polarity == "negative" else (b, a)
    if not _said_to_come(neg.frame) or not_until(neg) or not (_asserts(pos.frame) or _excludes(fa, fb)):
        return None
    where = "A" if neg is a else "B"
    return Candidate(a, b, "conflict", "polarity", about,
                     f"one {noun} said not to come in {where} ('{neg.frame.polarity_cue}' {neg.frame.predicate}) and "
                     f"planned, weighed or done on the other side ({pos.frame.modality or 'done'} {pos.frame.predicate})",
                     0.5)


@lru_cache(maxsize=1)
def _putting_in_force() -> frozenset:
    """Verbs putting their noun object in place: data/polarity.json 'establishing' and the
    'nominal_governors' that put it in force (`modality.governors`)."""
    from ...tables import load_json

    return frozenset(load_json("polarity.json").get("establishing", ())) | governors("done")


#: A passive's agent phrase after its verb: the party that puts the thing in place is named.
_AGENT = re.compile(r"\bby\s+(?:the\s+)?[\w'-]+", re.IGNORECASE)


def _put_in_place(m: Mention) -> Optional[tuple[str, frozenset]]:
    """(head, words) of what a positive clause says will be put in place ("will introduce a
    curfew", "a curfew will be imposed": its object, or its subject when no doer is named; the
    modalities of `modality.DECIDED`, not the words of a decision anywhere in the clause's span,
    which may be another verb's: "voted to fight any curfew the council imposes")."""
    f = m.frame
    if f.polarity != "positive" or f.modality not in DECIDED or getattr(f, "condition", None):
        return None
    if (f.predicate or "") not in _putting_in_force() and not _sets_limit(f):
        return None
    head = object_head(f)
    if head is not None:
        return head, object_words(f) - {head}
    if f.subject or not f.subject_text:
        return None
    head = subject_head(f)
    return (head, subject_words(f) - {head}) if head else None


def _no_other_doer(fx, y: Mention) -> bool:
    """The clause of `y` puts its thing in place with no doer named: a passive whose subject is
    the thing, no agent phrase ("will be imposed by the ministry"), and told by no party or by
    the one weighing it ("..., the guild said"); another party's account or decision is none of
    the weighing party's."""
    fy = y.frame
    if fy.subject or object_head(fy) is not None or _AGENT.search(y.text):
        return False
    told = getattr(fy, "said_by", None)
    return told is None or not told.actor or told.actor == fx.subject


def _weighed_against_decided(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side says a thing is being weighed ("is considering a curfew", "is studying a toll"),
    the other that it will be put in place ("will introduce a curfew", "a curfew will be
    imposed"), by subjects that may be one: to consider a thing is to have not yet decided it
    (WordNet 3.0 consider.v.01 'deliberate or decide'), as `timing.judge_undecided` reads it of a
    verb ("is considering closing" / "will close"), so the two conflict. A weighing told as past
    ("was considering a curfew in May") may have led to the decision: no conflict."""
    weighing = governors("consider")
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        if fx.predicate not in weighing or fx.polarity != "positive" or fx.modality is not None \
                or not weighing_now(x, weighing):
            continue
        head = object_head(fx)
        put = _put_in_place(y)
        if head is None or put is None or put[0] != head:
            continue
        wx, wy = object_words(fx) - {head} - _COUNTING, put[1] - _COUNTING
        if wx and wy and not wx & wy:
            continue  # "a cattle show" / "a flower show": two things of one kind
        if not (same_subject(fx, fy) or _no_other_doer(fx, y)):
            continue
        about = f"{who_label(fx, fy)}{fx.predicate} / {fy.predicate} {head}"
        where = ("A", "B") if x is a else ("B", "A")
        return Candidate(a, b, "conflict", "modality", about,
                         f"one {head} weighed in {where[0]} ({fx.predicate}) and said to be put in place in {where[1]} "
                         f"({fy.modality} {fy.predicate}): a thing under consideration is not yet decided", 0.5)
    return None
