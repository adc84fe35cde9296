"""Two clauses judged: one action (or one change of one thing) by one subject, whose status the
polarity and the modality set; opposite states; else a denial or a paraphrase."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...parsers.lexicon import ORDINAL_WORDS
from ...text import pattern
from ..candidates import Candidate
from ..mention import Mention
from .already import done_already, undecided
from .aspect import judge_aspect
from .denials import _judge_denials
from .directed import judge_directed
from .focus import adjunct_focus
from .holders import other_holders
from .refusals import judge_refusals
from .stances import counter_stance, judge_counter, one_stance, opposite_sides
from .costless import judge_free
from .exemptions import judge_exemption, judge_scope
from .foreclosed import judge_foreclosed
from .measures import judge_measures
from .lexicon import (ACTING_LIGHT, _state, LIGHT_VERBS, LINKING_AGENT, NOMINAL_SUPPORT, ROLE_VERBS, SUPPORT_VERBS, _action_noun,
                      finances, invests, nouns_meet, nouns_same, one_action_nouns, one_change, opposite, opposite_modifiers, pays,
                      predicates_meet, support_names, verb_lemma)
from .news_verbs import irregular_base
from .modality import _AFTER, _NEXT, _UNTIL, FUTURE, _asserts, _committed, _excludes, _forecloses, _not_yet, decided, not_until, timed_after
from .members import other_members, partly_denied
from .nobody import judge_nobody
from .nonanswers import judge_non_answers, non_answer
from .voice import oblique, passive, written_head
from .paraphrase import _judge_paraphrase
from .levels import comparative_act, judge_levels
from .recourse import judge_recourse
from .subjects import resolved
from .phrases import (_POSTMODIFIER, _object_head, _term, _text_terms, _object_words, _subject_head, _subject_terms, _subject_words,
                      _subjects_meet, _who, _written_head, clause_terms, prepositional_clause_terms, same_subject)


#: Two statements share a topic (and are shown as `related`) when this share of their content
#: words is common (Jaccard); near-identical sentences reach well above it.
STATEMENT_TOPIC = 0.2


#: Shared terms (besides the subject) that make two clauses with one predicate and no object in
#: common one statement when their subjects are not both named: a subject left as a pronoun or a
#: description ("we", "the bloc") is no evidence against, but not evidence for either.
UNNAMED_MIN_TERMS = 2


def judge_clauses(a: Mention, b: Mention) -> Optional[Candidate]:
    """`_judge_clauses`, with an act directed on one side and not on the other told apart (directed.py)."""
    return judge_directed(a, b, _judge_clauses(a, b))


def _judge_clauses(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two clauses: the same action (predicate and what it is done to) by a compatible subject is
    one statement, whose status the polarity and the modality set; the same named subject doing
    different things on one topic is `related`. Two denials of one claim worded apart ("denied
    that the mill was sold" / "dismissed claims that a rival bought the mill") are one statement.
    A subject one side names and the other describes ("the retailer"), names by its
    organ ("the cabinet") or by its spokesperson is one (`subjects.resolved`)."""
    a, b = resolved(comparative_act(a), comparative_act(b))
    got = (judge_recourse(a, b) or judge_foreclosed(a, b) or judge_nobody(a, b) or judge_levels(a, b) or judge_exemption(a, b)
           or judge_scope(a, b) or judge_free(a, b) or judge_aspect(a, b) or _judge_actions(a, b))
    if got is None or got.status == "related":
        return (_judge_denials(a, b) or judge_non_answers(a, b) or judge_refusals(a, b) or judge_measures(a, b) or got
                or _judge_paraphrase(a, b))
    apart = (other_members(a, b) or partly_denied(a, b) or adjunct_focus(a, b) or other_holders(a, b)) \
        if got.status == "conflict" and got.relation == "polarity" else None
    if apart is not None:
        return Candidate(a, b, "related", got.relation, got.about, f"{got.reason}; but {apart}", got.score - 0.2)
    if got.status == "conflict" and got.relation == "polarity" and (_contrasted(a) or _contrasted(b)):
        return Candidate(a, b, "related", "polarity", got.about,
                         f"{got.reason}; but one sentence states the action both ways ('not X for this, X for "
                         f"that'): its negation bears on what differs, not on the action", got.score - 0.2)
    return got


@lru_cache(maxsize=1)
def _directives() -> frozenset:
    from ...tables import load_json

    return frozenset(load_json("polarity.json").get("directives", ()))


def _refuses_to_speak(f) -> bool:
    """The clause says its subject would not say something (`nonanswers.non_answer`), by a verb of
    saying that is no directive: "would not recommend it" takes a stance (Searle 1976's
    directives, data/polarity.json), "declined to comment" takes none."""
    return non_answer(f) and (f.predicate or "").split(" ")[0] not in _directives()


def _contrasted(m: Mention) -> bool:
    """The clause's own sentence states its action both ways, by one subject ("we are not
    closing the depot to save money, we are closing it to build homes"; "it did not close the mine, it sold it"
    is no such case: two actions): a contrastive negation, whose focus is what tells the two
    clauses apart (the purpose, the time, the manner), not the action, which the sentence
    asserts (Quirk et al. 1985, 10.64-10.65, focus of negation)."""
    f = m.frame
    for c in getattr(m.claim.frame, "clauses", None) or ():
        if (c.start, c.end) == (f.start, f.end) or c.predicate != f.predicate or c.polarity == f.polarity:
            continue
        if (c.subject or f.subject) and c.subject == f.subject:
            return True
        if not (c.subject or f.subject) and _subject_head(c) is not None and _subject_head(c) == _subject_head(f):
            return True
    return False


def _unsaid_act(f) -> bool:
    """The clause is an act written as a noun (h13t's records: `nominal`, "the planning of ...")
    with no subject written or resolved: whose act it is the text does not say."""
    return bool(getattr(f, "nominal", None)) and not f.subject and not f.subject_text


def _universal(f) -> bool:
    """An act said not to happen at all, with no doer written (h13t's existential act-noun
    records: "there will be no compensation", "no compensation for the lost sheep"): the negation
    covers the act by anyone (of what it names, if it names anything)."""
    return bool(getattr(f, "nominal", None)) and f.polarity == "negative" and not f.subject and not f.subject_text


def _judge_universal(a: Mention, b: Mention) -> Optional[Candidate]:
    """An act denied outright on one side (`_universal`) against the same verb on the other ("there
    will be no compensation" / "owners will be compensated for lost sheep"): one statement, whose
    doer and object the denial leaves open. A conflict when both sides state it and the other is
    not told as done before (a denial of what is to come says nothing of a past act), agreement
    when the other is negated too."""
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        if not _universal(fx) or _universal(fy) or fx.predicate != fy.predicate:
            continue
        # what the denial names the act of, the other side's act must be done to (its object, or
        # among its words: "no compensation for the lost sheep" / "compensated for lost sheep")
        head = _object_head(fx)
        if head is not None and head != _object_head(fy) and not _object_words(fx) & clause_terms(fy):
            continue
        about = f"{fx.predicate} (none at all on one side)"
        if fy.polarity == "negative":
            return Candidate(a, b, "agree", "equal", about, f"the act ({fx.nominal}) denied outright on one side, "
                             f"negated on the other", 0.45)
        if (_asserts(fx) and _asserts(fy) or _excludes(fx, fy)) and not _ruled_out_after_done(x, y) \
                and not (fx.modality in FUTURE and _told_as_past(y)):
            return Candidate(a, b, "conflict", "polarity", about, f"the act ({fx.nominal}) denied outright on one "
                             f"side, whoever would do it, and stated on the other", 0.5)
        return Candidate(a, b, "related", "polarity", about, f"the act ({fx.nominal}) denied outright on one side, "
                         f"stated on the other but not both at one time", 0.3)
    return None


def _judge_actions(a: Mention, b: Mention) -> Optional[Candidate]:
    fa, fb = a.frame, b.frame
    # an act written as a noun, whose doer the text does not say, is one statement with a clause
    # only under the same verb: a synonym ("planning" / "designed") of an act nobody is said to
    # do meets every doer's act of that kind, and two subjects' acts are two statements
    if fa.predicate != fb.predicate and (_unsaid_act(fa) or _unsaid_act(fb)):
        return None
    universal = _judge_universal(a, b)
    if universal is not None:
        return universal
    named = bool(fa.subject and fb.subject)
    patients = _judge_patients(a, b)
    if patients is not None:
        return patients
    if not _subjects_meet(fa, fb):
        return None
    ta, tb = clause_terms(fa), clause_terms(fb)
    subj = _subject_terms(fa) | _subject_terms(fb)
    shared = (ta & tb) - subj
    # "offered his resignation" / "would not resign": one side's support verb and action noun
    # name the other's verb; that noun is the action, no object
    # "held talks" / "opened negotiations": two support verbs whose action nouns name one action
    both = _both_nominal(a, b)
    nominal = both or _nominal(a, fb) or _nominal(b, fa)
    oa = None if both or _nominal(a, fb) else _object_head(fa)
    ob = None if both or _nominal(b, fa) else _object_head(fb)
    # one object: the same head, or heads WordNet gives as one thing or one a kind of the other
    # ("the landscape" / "the painting"; lexicon.nouns_meet)
    objects = oa is not None and ob is not None and (oa == ob or nouns_meet(fa.object.split()[-1], fb.object.split()[-1]))
    score = len(ta & tb) / max(1, len(ta | tb))
    who = _who(fa, fb)
    light = (fa.predicate in LIGHT_VERBS or fb.predicate in LIGHT_VERBS) and not nominal
    # the objects do not say two different things: the same head, or one side names none
    open_objects = objects or oa is None or ob is None
    # one named subject, one object, no refusal to speak: two verbs may state stances on it (stances.py)
    stance_pair = named and objects and same_subject(fa, fb) and not (_refuses_to_speak(fa) or _refuses_to_speak(fb))
    if objects and fa.predicate in SUPPORT_VERBS and fb.predicate in SUPPORT_VERBS and _action_noun(fa):
        # "carried out an inspection" / "performed an inspection": the action is the noun's
        same_action = True
    elif light:
        # "made landfall", "is the capital": the action is in the object or the words around it
        same_action = fa.predicate == fb.predicate and (objects or (open_objects and len(shared) >= UNNAMED_MIN_TERMS))
    else:
        # one subject: one named actor, or the same noun written on both sides ("talks on a
        # settlement" and "talks on a permanent settlement")
        one_subject = named or bool(_subject_terms(fa) & _subject_terms(fb))
        # objects with a word in common ("commercial decisions", "the bank's commercial
        # strategy") are one thing seen from two sides when the action is one
        near_objects = bool(_object_words(fa) & _object_words(fb))
        # an act noun of a change names it caused or undergone ("a fuel tax rise" / "raising the
        # fuel tax": WordNet's cause pointer, lexicon.one_change)
        act_noun = bool(getattr(fa, "nominal", None) or getattr(fb, "nominal", None))
        same_action = (nominal or predicates_meet(fa.predicate, fb.predicate)
                       or (act_noun and one_change(fa.predicate, fb.predicate))) and (
            objects or near_objects or (one_subject and (shared or open_objects))
            or (open_objects and len(shared) >= UNNAMED_MIN_TERMS))
        # ... "pay the fares" and "cover the fares": one act, paying, of one amount (lexicon.pays)
        same_action = same_action or ((objects or near_objects) and pays(fa.predicate, fa.object)
                                      and pays(fb.predicate, fb.object))
        # ... and one named subject's two verbs of one matter ("halted the sale" / "would not
        # scrap the sale"): its one stance on it (stances.one_stance)
        same_action = same_action or (stance_pair and one_stance(fa, fb))
    # "put state money into the arena" and "fund the arena", by one subject: one act, funding, of
    # the thing the 'into' phrase names (lexicon.invests, finances; "put" is a light verb)
    funded = not same_action and _one_funding(fa, fb) and (named or bool(_subject_terms(fa) & _subject_terms(fb)))
    if same_action or funded:
        verb = f"{_label(fa)} ~ {_label(fb)}" if nominal else (
            fa.predicate if fa.predicate == fb.predicate else f"{fa.predicate} ~ {fb.predicate}")
        about = f"{who}{verb}" + (f" {fa.object or fb.object}" if (fa.object or fb.object) and not nominal else "")
        if funded:  # what is funded, not the money ("fund arena deal")
            about = f"{who}fund {fb.object if finances(fb.predicate) else fa.object}"
        if fa.polarity != fb.polarity:
            neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
            cue = (fa if fa.polarity == "negative" else fb).polarity_cue
            later = _not_before(a, b, about, score)
            if later is not None:
                return later
            # a conflict needs the subject shown to be one (a name, or the same noun on both
            # sides) and the same thing done to: the same object, none on either side, or one
            # side's object among the other clause's words ("would not provide direct subsidies"
            # and "agreed to provide 300 million in direct support", whose object is a figure)
            # ... or one side's object named in the other clause ("would not pay a fine for the
            # use of the quay" / "was ready to pay for its use of the quay")
            # (an act noun's clause object counts among its words: "launched an inquiry into
            # whether the rise is lawful" / "would not look into the rise")
            wa, wb = ta | prepositional_clause_terms(a), tb | prepositional_clause_terms(b)
            one_thing = objects or (oa is None and ob is None) or (
                (oa is None) != (ob is None) and bool(_object_words(fa if oa else fb) & (wb if oa else wa))) or (
                oa is not None and ob is not None and (oa in wb or ob in wa))
            # ... but not one head restricted to two opposite kinds ("its northern terminal" / "the
            # southern terminal": `opposite_modifiers`)
            kinds = opposite_modifiers(fa.object, fb.object) if one_thing else None
            one_thing = one_thing and kinds is None
            # ... and the action the subject's own stance on both sides: what someone else asked
            # of it ("Chile asked Peru to send") is no stance of Peru's to contradict
            # ... and both stating it, not a possibility, a habit, a condition or a purpose
            # ... and not a refusal to speak against speaking of something else: "declined to say
            # why" negates no "explained the decision" (only the same thing named on both sides)
            spoken = not (_refuses_to_speak(fa) or _refuses_to_speak(fb)) or (oa is not None and oa == ob)
            if same_subject(fa, fb) and one_thing and spoken and (_asserts(fa) and _asserts(fb) or _excludes(fa, fb)) \
                    and not _ruled_out_after_done(a, b):
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"same actor and action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}",
                                 0.5 + score)
            why = (f"the objects are two of one kind ('{kinds[0]}' in A, '{kinds[1]}' in B)" if kinds else
                   "the subjects or objects are not shown to be one" if not (same_subject(fa, fb) and one_thing) else
                   "a refusal to speak is no denial of speaking of something else" if not spoken else
                   "one side speaks of another time than the other's act (a ruling out or 'no longer' against an act told as done, 'not yet' or a negated past against one to come)"
                   if _ruled_out_after_done(a, b) else
                   f"not stated as done on both sides ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)")
            return Candidate(a, b, "related", "polarity", about,
                             f"one action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}; {why}", 0.3 + score)
        if _committed(fa.modality) != _committed(fb.modality):
            # one thing done to: as for a conflict of polarity, one side's object may be named
            # among the other's words ("opened its own inquiry into the fire" / "investigate the fire")
            wa, wb = ta | prepositional_clause_terms(a), tb | prepositional_clause_terms(b)
            if objects or (oa is None and ob is None) or (
                    (oa is None) != (ob is None) and bool(_object_words(fa if oa else fb) & (wb if oa else wa))):
                undecided = _undecided(a, b, about, score)
                if undecided is not None:
                    return undecided
            return Candidate(a, b, "related", "modality", about,
                             f"same action, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B",
                             0.3 + score)
        how = "same actor, action and polarity" if named else "same action and polarity"
        if fa.modality != fb.modality:
            how += f" ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)"
        elif fa.modality:
            how += f" ({fa.modality})"
        return Candidate(a, b, "agree", "equal", about, how, 0.5 + score)
    if stance_pair and counter_stance(fa, fb):
        return judge_counter(a, b, f"{who}{fa.predicate} / {fb.predicate} {fa.object}", score)
    kind = opposite(fa.predicate, fb.predicate)
    # a state's prepositional phrase ("open to traffic", "closed through the night") is no object
    if kind is not None and same_subject(fa, fb) and (objects or (oa is None and ob is None) or (
            kind == "state" and open_objects)):
        return _judge_opposite(a, b, kind, f"{who}{fa.predicate} / {fb.predicate}", score)
    if named and shared and score >= STATEMENT_TOPIC:
        about = f"{who}{fa.predicate} / {fb.predicate}"
        return Candidate(a, b, "related", "different-action", about,
                         f"same actor, different actions ({fa.predicate} in A, {fb.predicate} in B)", score)
    return None


#: Words before a past participle that make it a present passive ("is changed"), not a past.
_PRESENT_BE = frozenset({"is", "are", "am", "be", "being", "'s"})


def _decided(m: Mention) -> bool:
    """The clause tells its act as decided (`modality.decided`: "will close", "pledged to close",
    "decided to close"; not "must close", an obligation) or done already ("has already closed":
    `already.done_already`)."""
    return decided(m) or done_already(m)


def _undecided(a: Mention, b: Mention, about: str, score: float) -> Optional[Candidate]:
    """One subject said to be considering an act ("is considering closing the pool", "was weighing
    a sale") on one side and to have decided it on the other ("decided to close the pool", "will
    close it"): to consider an act is to have not yet decided it (consider.v.01 'deliberate or
    decide', WordNet; weighing is deciding not yet done), so the two cannot both hold at one time;
    so with "has still not decided whether to close it" against "has already closed it" (`already`).
    Both positive, one subject shown, one thing done to."""
    fa, fb = a.frame, b.frame
    if fa.polarity != "positive" or fb.polarity != "positive" or not same_subject(fa, fb):
        return None
    for x, y in ((a, b), (b, a)):
        if undecided(x) and _decided(y):
            where = ("A", "B") if x is a else ("B", "A")
            return Candidate(a, b, "conflict", "modality", about,
                             f"one subject weighing the act in {where[0]} and having decided or done it in {where[1]}: "
                             f"an act under consideration is not yet decided", 0.5 + score)
    return None


#: How far after a clause's own words the point a time word names may run ("will not sail |
#: until the storm over the strait passes").
_POINT = 60


def _point_terms(m: Mention, pattern: re.Pattern) -> frozenset:
    """The content words of the point a time word names, up to the next punctuation ("until the
    pumps are replaced": pump, replace), the time word in the clause's words or at the start of
    the clause that completes it; empty when there is none."""
    claim = m.claim
    text = m.text + " " + claim.text[m.end - claim.start:m.end - claim.start + _POINT]
    found = pattern.search(text)
    if found is None or found.start() > len(m.text) + _NEXT:
        return frozenset()
    return _text_terms(re.split(r"[,;:.!?]", text[found.end():], maxsplit=1)[0])


def _not_before(a: Mention, b: Mention, about: str, score: float) -> Optional[Candidate]:
    """One act, negated on one side by "not ... until" a point ("the pier will not reopen until
    the repairs are finished"), placed after the same point on the other ("would reopen once the
    repairs are finished"): the negation bears on the time before the point, so the two agree.
    Told flatly, as done, or at a time of its own on the other side ("the pier reopened", "would
    reopen this week"), the act stays contradicted: None, and the polarity decides."""
    neg, pos = (a, b) if a.frame.polarity == "negative" else (b, a)
    if not not_until(neg) or not timed_after(pos) or not (_committed(pos.frame.modality) and _committed(neg.frame.modality)):
        return None
    if not _point_terms(neg, _UNTIL) & _point_terms(pos, _AFTER):
        return None
    where = "A" if neg is a else "B"
    return Candidate(a, b, "agree", "equal", about,
                     f"'not ... until' in {where} puts the act after a point the other side puts it after too: "
                     f"the negation bears on the time before it, not on the act", 0.5 + score)


def _told_as_past(m: Mention) -> bool:
    """The clause tells its act as done, its verb written in a past form ("the law changed in
    2004", "had sold the pier", "was closed"): an -ed form or an irregular past (WordNet's
    verb.exc), not after a present "is"."""
    f = m.frame
    verb = (f.predicate or "").split(" ")[0]
    if f.modality is not None or f.polarity != "positive" or not verb:
        return False
    words = re.findall(r"[\w'’]+", m.text)
    for i, w in enumerate(words):
        low = w.lower()
        if low == verb or verb_lemma(low) != verb or not (low.endswith("ed") or irregular_base(low) == verb):
            continue
        if not (i and words[i - 1].lower() in _PRESENT_BE):
            return True
    return False


def _ruled_out_after_done(a: Mention, b: Mention) -> bool:
    """One side rules an act out or denies any plan for it ("ruled out changes to the law", "has no
    plans to sell the pier": `modality._forecloses`, what is to come), the other tells the act as
    done in the past ("the law changed in 2004"). Two reports of one story are written at about
    the same time, so the act told as done came before the ruling out was said: the ruling out
    speaks of another occasion, to come, and the two do not contradict each other. So does "no
    longer" ("no longer funds the ferry"), which speaks of now and says the act was done before;
    and "not yet" ("has not yet approved the lease", "has yet to approve it") or a negated past
    ("did not approve the lease", `_negated_past`), which speak of the time up to now, against the
    act told as to come ("will approve the lease")."""
    neg, pos = (a, b) if a.frame.polarity == "negative" else (b, a)
    if neg.frame.polarity != "negative":
        return False
    if (_not_yet(neg) or _negated_past(neg)) and pos.frame.polarity == "positive" and pos.frame.modality in FUTURE:
        return True
    return (_forecloses(neg.frame) or neg.frame.polarity_cue == "no longer") and _told_as_past(pos)


#: A negation on a past or perfect auxiliary ("did not pay", "had not raised the fee for seven
#: years", "wasn't paid"): what the clause denies was done up to a time before now or up to now.
_NEGATED_PAST = re.compile(r"\b(?:(?:did|had|has|have|was|were)\s+(?:not|never)|(?:did|had|has|have|was|were)n[’']t)\b",
                           re.IGNORECASE)


def _negated_past(m: Mention) -> bool:
    """The clause denies its act in the past or up to now, with no modal ("did not pay the fine",
    "had not raised the fee for seven years"): a report of what has not happened says nothing
    of what will (Quirk et al. 1985, 4.20-4.22, the past and the perfect), so an act told as to
    come ("will pay the fine", "the charge would rise") does not contradict it."""
    return m.frame.modality is None and _NEGATED_PAST.search(m.text) is not None


def _nominal(m: Mention, other) -> bool:
    """The clause states its action by a support verb and an action noun ("opened talks",
    "offered his resignation", "voiced optimism", "are backers") that names the other
    clause's verb or state (lexicon.NOMINAL_SUPPORT, support_names)."""
    f = m.frame
    if f.predicate not in NOMINAL_SUPPORT or other.predicate in NOMINAL_SUPPORT or not f.object:
        return False
    head = _written_head(m)
    if head and f.predicate in ROLE_VERBS and not _in_as_phrase(m.text, head):
        return False
    return bool(head) and support_names(f.predicate, head, other.predicate)


def _in_as_phrase(text: str, head: str) -> bool:
    """The noun heads the clause's "as" phrase ("acted as the city's mediator"): a verb of role
    names its role there (lexicon.ROLE_VERBS), and a direct object is whom it serves."""
    return pattern(rf"\bas\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b", re.IGNORECASE).search(text) is not None


def _both_nominal(a: Mention, b: Mention) -> bool:
    """Both clauses state their action by a support verb and an action noun, and the two nouns
    name one action ("held talks" / "opened negotiations", "launched an inquiry" / "opened an
    investigation"; lexicon.one_action_nouns): the support verbs add only that the act is done,
    begun or offered (Mel'čuk's Oper1 and IncepOper1), so the nouns are the clauses' one action.
    Not after a linking verb ("is a supporter"), whose noun names the doer, nor after the lightest
    verbs of doing ("make", "give"), whose objects are as often things made or given as acts."""
    fa, fb = a.frame, b.frame
    supports = NOMINAL_SUPPORT - LINKING_AGENT - ROLE_VERBS - ACTING_LIGHT
    if fa.predicate not in supports or fb.predicate not in supports or not fa.object or not fb.object:
        return False
    if _object_head(fa) == _object_head(fb) and (fa.predicate == fb.predicate or fa.predicate in SUPPORT_VERBS):
        return False  # one verb, or two support verbs proper, and one object: one action as any are
    return one_action_nouns(_written_head(a), _written_head(b))


def _label(f) -> str:
    """A clause's action for people: its verb, with its object after a support verb."""
    return f"{f.predicate} {f.object}" if f.predicate in NOMINAL_SUPPORT and f.object else f.predicate


def _after_event(state, event) -> bool:
    """A state said with "will" or "shall" ("the gallery will stay shut until June") comes
    after the report, and an event told as done ("the gallery first opened its doors in 1987")
    before it: the two are at different times and cannot contradict each other. "Would" reports
    a future seen from a past moment ("the pass would remain open through the night"), which a
    past event ("the pass closed") may be about, so it is not read so (Quirk et al. 1985, 4.42,
    4.58: 'will' future, 'would' future in the past)."""
    return bool(_state(state.predicate)) and state.modality in ("will", "shall") and not _state(event.predicate) \
        and event.modality is None


def _judge_opposite(a: Mention, b: Mention, kind: str, about: str, score: float) -> Candidate:
    """One subject said to be in opposite states ("the pass would remain open" / "the pass was
    closed"): a conflict when both sides state it, and agreement when one of them is negated
    ("would not remain open" / "was closed"). Opposite events ("rose" / "fell") are related:
    both may happen, at different times."""
    fa, fb = a.frame, b.frame
    if kind == "state" and (_after_event(fa, fb) or _after_event(fb, fa)):
        return Candidate(a, b, "related", "different-action", about,
                         f"opposite states at different times ({fa.predicate} in A, {fb.predicate} in B): a state "
                         f"to come after an event told as done", 0.3 + score)
    sides = opposite_sides(a, b, "states", about, score, kind == "state", negated_agrees=kind == "state")
    return sides or Candidate(a, b, "related", "different-action", about,
                              f"opposite actions ({fa.predicate} in A, {fb.predicate} in B)", 0.3 + score)


def _kept_in_state(keeper, state) -> bool:
    """A verb of keeping in a state with its adjective ("pledged to keep the service free", "held
    the fund open") on one side, the thing staying in that state on the other ("the service would
    stay free"): one statement, the object's complement being the state (keep.v.01 'keep in a
    certain state', data/verb_paraphrases.json 'levels' 'keep_in_state'; the linking verbs of
    lexicon._LINKING)."""
    adjective = _state(state.predicate)
    return bool(adjective) and keeper.predicate in _keeping() and _term(adjective) in clause_terms(keeper)


@lru_cache(maxsize=1)
def _keeping() -> frozenset:
    from ...tables import load_json

    return frozenset(load_json("verb_paraphrases.json")["levels"]["keep_in_state"])


def _one_funding(fa, fb) -> bool:
    """One clause puts money into a thing, the other funds it: the funded object's head among the
    first clause's own words, besides its subject and its money ("put state money into the
    arena deal" / "fund the arena deal")."""
    for x, y in ((fa, fb), (fb, fa)):
        head = _object_head(y)
        if head is not None and invests(x.predicate, x.object) and finances(y.predicate) \
                and head in clause_terms(x) - _object_words(x) - _subject_terms(x):
            return True
    return False


def _heads_meet(obj_side: Mention, subj_frame) -> bool:
    """The head of one clause's direct object and of the other's subject are synonyms in WordNet
    (`lexicon.nouns_same`). Not an object after a preposition ("lost by 12 votes"): an oblique
    names the act's measure, place or means, not what it is done to."""
    head = written_head(subj_frame.subject_text, _POSTMODIFIER)
    obj = obj_side.frame.object
    return bool(obj) and head is not None and nouns_same(obj.split()[-1], head) and not oblique(obj_side)


#: Postdeterminers that count instances of a noun's kind and name no kind of their own: the
#: ordinals and "further", "additional", "extra" (Quirk et al. 1985, 5.19-5.22).
_POSTDETERMINERS = frozenset(_term(w) for w in (
    [w for w, n in ORDINAL_WORDS.items() if n <= 10] + "further additional extra".split()))


def _judge_patients(a: Mention, b: Mention) -> Optional[Candidate]:
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
    oa, ob = _object_head(fa), _object_head(fb)
    pas_a, pas_b = passive(a), passive(b)
    sa = _subject_head(fa) if not fa.subject or pas_a else None
    sb = _subject_head(fb) if not fb.subject or pas_b else None
    if oa is not None and sb is not None and oa != ob and (oa == sb or pas_b and _heads_meet(a, fb)):
        obj_side, pa, ps = "a", oa, sb
    elif sa is not None and ob is not None and sa != oa and (sa == ob or pas_a and _heads_meet(b, fa)):
        obj_side, pa, ps = "b", ob, sa
    else:
        return None
    if not (one_change(fa.predicate, fb.predicate) or _kept_in_state(fa, fb) or _kept_in_state(fb, fa)):
        return None
    # one thing: the modifiers before the head do not name two ("the bus fare" and "the tram fare")
    obj_mods = (_object_words(fa) if obj_side == "a" else _object_words(fb)) - {pa}
    subj_mods = (_subject_words(fb) if obj_side == "a" else _subject_words(fa)) - {ps}
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
        later = _not_before(a, b, about, score)
        if later is not None:
            return later
        # both stating it, or a negated future against a possibility ("the jump will not be
        # reopened" / "the club may reopen the jump"), as for one subject's action
        if (_asserts(fa) and _asserts(fb) or _excludes(fa, fb)) and not _ruled_out_after_done(a, b):
            return Candidate(a, b, "conflict", "polarity", about,
                             f"one change of the {pa} ({fa.predicate} in A, {fb.predicate} in B), negative in {neg} "
                             f"('{cue}') but not in {pos}", 0.5 + score)
        why = ("one side speaks of another time than the other's change (a ruling out or 'no longer' against a "
               "change told as done, 'not yet' or a negated past against one to come)"
               if _ruled_out_after_done(a, b) else
               f"not stated as done ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)")
        return Candidate(a, b, "related", "polarity", about,
                         f"one change of the {pa}, negative in {neg} ('{cue}') but not in {pos}, and {why}", 0.3 + score)
    if _committed(fa.modality) != _committed(fb.modality):
        return Candidate(a, b, "related", "modality", about,
                         f"one change of the {pa}, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B",
                         0.3 + score)
    return Candidate(a, b, "agree", "equal", about, f"one change of the {pa}, with the same polarity", 0.5 + score)
