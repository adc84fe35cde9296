"""Modality: which clauses state their action (done, committed, a stance) and so can
contradict each other, and which only hedge it (a possibility, a plan of another's, a purpose)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional


#: Modalities that commit the subject to the action as much as stating it done ("will send",
#: "pledged to send", "sent"); the others hedge it ("may send", "plans to send", "is open to").
COMMITTED = frozenset({None, "will", "would", "must", "pledge", "shall"})


def _committed(modality: Optional[str]) -> bool:
    return modality in COMMITTED


#: A subject's plan ("plans to reopen the pier") and the act said to come ("will reopen the
#: pier", "would reopen it"): "will" and "would" of a subject's own act state its intention as
#: much as they predict it (the 'will' of intention beside the 'will' of prediction: Quirk et al.
#: 1985, ch. 4, the expression of future time), so the two report one intended act. A plan
#: against an act told as done stays apart: the plan says nothing of the act having happened.
INTENDED = frozenset({"plan"})


def one_intention(ma: Optional[str], mb: Optional[str]) -> bool:
    """One modality a plan and the other the future (`FUTURE`): one intended act, stated alike."""
    return (ma in INTENDED and mb in FUTURE) or (mb in INTENDED and ma in FUTURE)


def modality_apart(ma: Optional[str], mb: Optional[str]) -> bool:
    """Two modalities of one act that do not state it alike: one committed (done, sure to come,
    pledged) and the other hedged, save a plan against the future (`one_intention`)."""
    return _committed(ma) != _committed(mb) and not one_intention(ma, mb)


#: Modalities of a stance the subject is said to take towards the action (a plan, a pledge,
#: readiness, consideration, expectation, obligation, ability): the stance itself is asserted,
#: so its negation ("did not plan to", "ruled out") contradicts it.
STANCES = frozenset({"plan", "pledge", "willing", "consider", "expect", "must", "can"})


def _asserts(frame) -> bool:
    """The clause states its action as done, as sure to be, or as a stance of its subject's:
    only such clauses contradict each other. A possibility ("may be moved", "could have moved"),
    a habit ("normally moves"), a condition ("if ..."), a purpose ("to sell"), an attempt
    ("tried to sell") or what another asked for ("asked Peru to send") asserts nothing that the
    other side's negation could deny."""
    return frame.modality in COMMITTED or frame.modality in STANCES


#: The modality of a necessity ("must be repaired", "has to pay", "needs to go", a "need" or an
#: "obligation": data/polarity.json gives them "must"), and the verbs that state the necessity of
#: the act their object names ("the pier needs repairs", "the lease requires approval"; WordNet
#: need.v.01 'require as useful, just, or proper', undergoing.NEEDING).
NECESSITY = "must"
NEEDING = frozenset({"need", "require"})


def necessary(frame) -> bool:
    """The clause states its act as necessary: a "must" ("must be approved"), or a verb of needing
    with an object and no modality of its own ("the lease needs approval")."""
    return frame.modality == NECESSITY or (frame.modality is None and frame.predicate in NEEDING and bool(frame.object))


def _doerless(m) -> bool:
    """The clause of mention `m` states the act's necessity without obliging a doer: its subject
    is what the act is needed for ("the lease needs approval": a verb of needing), or it has no
    doer at all (a passive, "the lease must be approved"; an act noun with no subject, "cabinet
    approval" under "needs")."""
    from .voice import passive_text

    f = m.frame
    return f.predicate in NEEDING or passive_text(f.predicate, m.text) or (
        bool(getattr(f, "nominal", None)) and not f.subject and not f.subject_text)


def necessity_apart(a, b) -> bool:
    """One side states the act as necessary, of the thing it is needed for and no doer, and the
    other does not ("the lease needs the board's approval" / "the board will not approve the
    lease", "... approved the lease"; "the pier must be repaired" / "the port will not repair
    it"): a requirement says nothing of whether its act is done, will be or is refused (deontic
    necessity is no assertion of the act: Palmer 2001, Mood and Modality, 3.2; Lyons 1977, 17.4),
    so the two neither contradict nor agree. Two necessities meet ("must be repaired" / "does
    not have to be repaired"); so do a duty laid on the doer and the doer's act ("customers must
    pay a deposit" / "customers will not pay one": the rule stated and denied). Mentions."""
    na, nb = necessary(a.frame), necessary(b.frame)
    return na != nb and _doerless(a if na else b)


def contradicts(a, b) -> bool:
    """Two clause mentions of one act and opposite polarity that cannot both hold: both state
    the act (`_asserts`), or one excludes what the other says may be (`_excludes`); never a
    requirement against what is not one (`necessity_apart`)."""
    fa, fb = a.frame, b.frame
    return (_asserts(fa) and _asserts(fb) or _excludes(fa, fb)) and not necessity_apart(a, b)


#: Modalities that say the action will happen (or, negated, that it will not).
FUTURE = frozenset({"will", "would", "shall"})
#: Modalities of what may or can happen.
POSSIBLE = frozenset({"may", "can"})

#: Modalities of an act decided: the future, a pledge. Not "must": an obligation or a demand ("a
#: curfew must be imposed, residents said") decides nothing.
DECIDED = FUTURE | {"pledge"}
#: A verb of deciding or agreeing before the act's infinitive ("decided to close", "has agreed to
#: sell", "voted to raise"): the act is decided (Karttunen 1971's implicatives of decision and
#: consent, data/polarity.json 'positive').
_DECIDED_VERB = re.compile(r"\b(?:decided|decides|agreed|agrees|voted|votes|resolved)\s+(?:\w+\s+)?to\b", re.IGNORECASE)


def decided(m) -> bool:
    """The clause of mention `m` tells its act as decided: said to come or pledged ("will close",
    "pledged to close"), or decided in so many words ("decided to close", "agreed to sell"). The
    reading of a decided act for timing.judge_undecided; measures._put_in_place reads `DECIDED` alone."""
    f = m.frame
    return f.modality in DECIDED or (f.modality is None and _DECIDED_VERB.search(m.text) is not None)


@lru_cache(maxsize=1)
def _permissions() -> frozenset:
    """Modalities of a permission, the verb that gives it ("will be allowed to sell", "will let
    visitors feed"; data/polarity.json 'permissions', which the frames read too)."""
    from ...tables import load_json

    return frozenset(load_json("polarity.json").get("permissions", ()))


def permission_withheld(fa, fb) -> bool:
    """One side withholds the permission for an act ("anglers will not be permitted to fish the
    upper reservoir", "the club will not let its members fish it"), the other says the act will
    not happen ("members will not fish the upper reservoir"): both say it will not be done, one by
    the rule, one by the act (a permission withheld says the act may not happen, as
    `_permission_excludes` reads it). Only negated, with no condition on either side: a
    permission given ("will be permitted to fish") does not say the act will be done."""
    if fa.polarity != "negative" or fb.polarity != "negative" or _condition(fa) is not None or _condition(fb) is not None:
        return False
    permissions = _permissions()
    return (fa.modality in permissions and fb.modality in FUTURE) or (fb.modality in permissions and fa.modality in FUTURE)


def _condition(frame) -> Optional[str]:
    """The conjunction of the condition a clause holds ('if', 'unless'), for frames that record it."""
    return getattr(frame, "condition", None)


@lru_cache(maxsize=1)
def _foreclosing() -> frozenset:
    """Verbs that declare what they govern impossible ("rule out", "exclude"), whatever their
    tense (data/polarity.json 'foreclosing')."""
    from ...tables import load_json

    return frozenset(load_json("polarity.json").get("foreclosing", ()))


@lru_cache(maxsize=8)
def governors(*hows: str) -> frozenset:
    """Verbs that govern a noun naming an act, of the kinds `hows` (data/polarity.json
    'nominal_governors': 'consider', 'plan', 'not' for ruling out, 'done' for putting in force):
    the one reader of that table for compare/statements."""
    from ...tables import load_json

    return frozenset(v for v, how in load_json("polarity.json").get("nominal_governors", {}).items() if how in hows)


#: Words before an -ing form that make it a past progressive ("was weighing", "had been
#: studying"): a deliberation told of a time gone by.
_PAST_BE = frozenset({"was", "were", "had"})
#: Adverbs that stand between an auxiliary and its -ing form ("was still weighing", "were now
#: studying"; Quirk et al. 1985, 8.20-8.21, the medial position), besides those in -ly.
_ADVERBS = frozenset({"still", "already", "also", "now", "even", "just", "again", "only", "yet", "actively", "seriously"})


def weighing_now(m, verbs: frozenset) -> bool:
    """The clause tells its deliberation as still going on: the first word of `verbs` (by its
    lemma) written in a present form ("is considering", "weighs", "would consider"), not a past
    one ("considered", "was weighing", "had been studying"; Quirk et al. 1985, 4.24-4.27: the
    present progressive for a situation in progress now, the past for one gone by). In reported
    speech a past is the teller's present moved back ("he said the council was weighing a
    fund"; Quirk et al. 1985, 14.31, backshift): only a past perfect tells it gone by there. True
    when no such word is written (the frames' modality speaks for the clause)."""
    from .lexicon import verb_lemma
    from .news_verbs import irregular_base

    reported = getattr(m.frame, "said_by", None) is not None
    words = re.findall(r"[\w'’]+", m.text.lower())
    for i, w in enumerate(words):
        lemma = verb_lemma(w)
        if lemma not in verbs or w == lemma:
            if w == lemma and lemma in verbs:
                return True
            continue
        j = i
        while j and (words[j - 1] in _ADVERBS or words[j - 1].endswith("ly")):
            j -= 1  # "was still weighing", "had reportedly been studying": the auxiliary before the adverbs
        before = words[max(0, j - 2):j]
        if "had" in before:
            return False  # a past perfect: gone by, reported or not
        if reported:
            return True  # "he said the council was weighing X": the present of the telling, backshifted
        if w.endswith("ing"):
            return not (before and before[-1] in _PAST_BE)
        return not (w.endswith("ed") or irregular_base(w) == lemma)
    return True


@lru_cache(maxsize=1)
def _required_particles() -> dict:
    from ...tables import load_json

    return dict(load_json("polarity.json").get("negative_particles", {}))


def negative_verb(predicate: Optional[str]) -> str:
    """The verb of a predicate as the tables of refusal, denial and ruling out list it, '' when
    the verb needs a particle the predicate lacks ("rule out" is 'rule'; "ruled on the fine",
    'rule' alone, is a decision: data/polarity.json 'negative_particles')."""
    verb, _, particle = (predicate or "").partition(" ")
    needed = _required_particles().get(verb)
    return verb if needed is None or particle == needed else ""


def _forecloses(frame) -> bool:
    """A negation that speaks of what is to come whatever the tense of its verb: the subject's
    own intention denied ("has no plans to close", "does not intend to close": modality 'plan'),
    or the action ruled out ("ruled out closing", "excluded any closure")."""
    return frame.modality == "plan" or (frame.modality is None and frame.polarity_cue in _foreclosing())


def _excludes(fa, fb) -> bool:
    """One side says the action will not happen ("the toll will not go up"), the other that it
    may ("the toll may go up"): a negated future excludes the possibility the other asserts (will-not
    entails cannot-be-expected; Palmer 2001, Mood and Modality, 1.2, epistemic 'may' as
    possibility). So do a denied intention and a ruling out ("has no plans to raise the toll",
    "ruled out raising the toll": `_forecloses`). A past negation ("did not go up") excludes
    nothing about what may come.

    Conditions, as English states them (Quirk et al. 1985, 15.33-15.35):
    - an action said to follow on an open condition ("the toll will go up if fuel climbs") is at
      least possible, as "may go up" is: a flat "will not go up" excludes it too;
    - a negated future under a negative condition ("will not go up unless fuel climbs") states
      what holds while the condition is unmet, so it still excludes a possibility stated with no
      condition ("may go up"); against a possibility under a condition of its own ("may go up if
      fuel climbs") the two conditions may be one, and nothing is excluded."""
    neg, pos = (fa, fb) if fa.polarity == "negative" else (fb, fa)
    if neg.polarity != "negative" or pos.polarity != "positive":
        return False
    if _permission_excludes(neg, pos):
        return True
    if neg.modality == "may" and pos.modality in FUTURE and _condition(neg) is None and _condition(pos) is None:
        # the mirror case: "all staff will keep their jobs" excludes "staff may not keep their
        # jobs" ("could not promise that all would keep them"): will-P entails not-possibly-not-P
        return True
    possible = pos.modality == "may" or (pos.modality == "if" and _condition(pos) == "if")
    if (neg.modality in FUTURE or _forecloses(neg)) and _condition(neg) is None:
        return possible
    return neg.modality == "if" and _condition(neg) == "unless" and pos.modality == "may" and _condition(pos) is None


def _permission_excludes(neg, pos) -> bool:
    """A permission denied ("cafes will not be allowed to serve alcohol", "will not let visitors
    feed them") says the act may not happen: it excludes the act said to be possible, permitted or
    to come ("cafes may still serve alcohol", "visitors will feed them"); a permission given
    ("will be allowed to serve") excludes the act said not to be possible or permitted ("may not
    serve", "will not be allowed to"), not one the holder says it will not do ("will not serve":
    allowed to, but choosing not to). English's deontic modals: "may" grants permission, "may
    not" withholds it (Palmer 2001, Mood and Modality, 3.2; Quirk et al. 1985, 4.53). Under a
    condition on either side the two may speak of different cases: nothing is excluded."""
    if _condition(neg) is not None or _condition(pos) is not None:
        return False
    permissions = _permissions()
    if neg.modality in permissions:
        return pos.modality in POSSIBLE | FUTURE | permissions
    return pos.modality in permissions and neg.modality in POSSIBLE



#: "until" and "till" after a negation: the negation bears on the time before the point they name,
#: not on the act ("the shops do not open until nine" says they open at nine; Quirk et al. 1985,
#: 9.39 and 10.66, 'until' with a negative predication: 'not before').
_UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
#: Conjunctions and prepositions that place an act after a point ("will reopen after the
#: inspection", "once the storm passes", "from June").
_AFTER = re.compile(r"\b(?:after|once|from|as soon as|when)\b", re.IGNORECASE)
#: How far after a clause's own words a time clause that completes it may start (its nested
#: clause: "will not sail | until the storm passes").
_NEXT = 12


def _with_next(m) -> str:
    """The clause's own words and the first words after them (a nested time clause starts there)."""
    claim = m.claim
    return m.text + " " + claim.text[m.end - claim.start:m.end - claim.start + _NEXT]


def not_until(m) -> bool:
    """A negated clause whose negation bears on a time before a point ("the bridge will not reopen
    until June", "no licences will be issued until the review ends"): it asserts the act after
    that point, and does not deny it."""
    return m.frame.polarity == "negative" and _UNTIL.search(_with_next(m)) is not None


def timed_after(m) -> bool:
    """A clause placing its act after a point ("would reopen after the inspection", "once the
    storm passes")."""
    return _AFTER.search(_with_next(m)) is not None


def _not_yet(m) -> bool:
    """The clause's negation holds up to now ("has not yet approved", "has yet to approve"; WordNet
    3.0 yet.r 'up to the present time'), leaving the act to come."""
    return negated_up_to_now(m.frame, m.text)


def negated_up_to_now(frame, text: str) -> bool:
    """`_not_yet` for a clause frame and its words (a clause that is no mention's own, such as the
    directive governing a mention: compare/statements/directed.py); a request ignored is negated up
    to now too (`_unanswering`)."""
    return frame.polarity_cue == "yet" or frame.polarity_cue in _unanswering() \
        or re.search(r"\b(?:not|n[’']t|never)\s+yet\b", text, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _unanswering() -> frozenset:
    """The verbs that answer a request with nothing (data/polarity.json 'request_answers'
    'unanswered': "has ignored calls to resign"): the act asked for is not done up to now, and
    nothing is said of what is to come."""
    from ...tables import load_json

    return frozenset(v for v, how in load_json("polarity.json").get("request_answers", {}).items() if how == "unanswered")
