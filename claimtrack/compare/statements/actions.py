"""Two clauses judged: one action (or one change of one thing) by one subject, whose status the
polarity and the modality set; opposite states; else a denial or a paraphrase."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .act_nouns import one_act_noun
from .aspect import judge_aspect
from .assent import judge_assent
from .clause_time import times_apart
from .denials import _judge_denials
from .directed import judge_directed
from .focus import adjunct_focus
from .holders import other_holders
from .refusals import judge_refusals
from .stances import counter_stance, judge_counter, one_stance, opposite_sides
from .converse import judge_converse
from .costless import judge_free
from .exemptions import judge_exempt_payer, judge_exemption, judge_scope
from .foreclosed import judge_foreclosed
from .measures import judge_measures
from .lexicon import (linked_state, LIGHT_VERBS, SUPPORT_VERBS, action_noun, nouns_meet, one_change, opposite,
                      opposite_modifiers, predicates_meet)
from .payments import finances, invests, pays
from .modality import FUTURE, contradicts, modality_apart, necessity_apart, permission_withheld
from .members import other_members, partly_denied
from .nobody import any_object, judge_nobody
from .nominal import action_label, both_nominal, nominal_action
from .nonanswers import judge_non_answers, non_answer
from .paraphrase import _judge_paraphrase
from .patients import judge_patients
from .levels import comparative_act, judge_levels
from .recourse import judge_recourse
from .subjects import resolved
from .timing import judge_undecided, not_before, ruled_out_after_done, told_as_past
from .undergoing import pending, undergoes
from .phrases import (object_head, object_words, subject_head, subject_terms, subjects_meet, who_label, clause_terms,
                      prepositional_clause_terms, same_subject)


#: Two statements share a topic (and are shown as `related`) when this share of their content
#: words is common (Jaccard); near-identical sentences reach well above it.
STATEMENT_TOPIC = 0.2


#: Shared terms (besides the subject) that make two clauses with one predicate and no object in
#: common one statement when their subjects are not both named: a subject left as a pronoun or a
#: description ("we", "the bloc") is no evidence against, but not evidence for either.
UNNAMED_MIN_TERMS = 2


def judge_clauses(a: Mention, b: Mention) -> Optional[Candidate]:
    """`_judge_clauses`, with an act directed on one side and not on the other told apart
    (directed.py), and no contradiction between two clauses that set their acts at two times."""
    return _at_two_times(a, b, judge_directed(a, b, _judge_clauses(a, b)))


def _at_two_times(a: Mention, b: Mention, got: Optional[Candidate]) -> Optional[Candidate]:
    """A conflict between two clauses that set their acts at times that cannot be one
    (`clause_time.times_apart`: "ruled out job cuts this year" / "is weighing job cuts next year")
    is `related`: a polarity or a modality decides only for one act at one time, and the two speak
    of two occasions. Only the status changes: the frames still say one act, so the pair keeps
    its alignment score (issue 13: what aligns two mentions is not what decides their status)."""
    if got is None or got.status != "conflict" or not times_apart(a, b):
        return got
    return replace(got, status="related", reason=f"{got.reason}; but the two clauses set the act at two times")


def _judge_clauses(a: Mention, b: Mention) -> Optional[Candidate]:
    """Two clauses: the same action (predicate and what it is done to) by a compatible subject is
    one statement, whose status the polarity and the modality set; the same named subject doing
    different things on one topic is `related`. Two denials of one claim worded apart ("denied
    that the mill was sold" / "dismissed claims that a rival bought the mill") are one statement.
    A subject one side names and the other describes ("the retailer"), names by its
    organ ("the cabinet") or by its spokesperson is one (`subjects.resolved`)."""
    a, b = resolved(comparative_act(a), comparative_act(b))
    got = (judge_recourse(a, b) or judge_foreclosed(a, b) or judge_nobody(a, b) or judge_levels(a, b) or judge_exemption(a, b)
           or judge_exempt_payer(a, b) or judge_scope(a, b) or judge_free(a, b) or judge_aspect(a, b)
           or judge_converse(a, b) or judge_assent(a, b) or _judge_actions(a, b))
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
        if not (c.subject or f.subject) and subject_head(c) is not None and subject_head(c) == subject_head(f):
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
        head = object_head(fx)
        if head is not None and head != object_head(fy) and not object_words(fx) & clause_terms(fy):
            continue
        about = f"{fx.predicate} (none at all on one side)"
        if fy.polarity == "negative":
            return Candidate(a, b, "agree", "equal", about, f"the act ({fx.nominal}) denied outright on one side, "
                             f"negated on the other", 0.45)
        if contradicts(x, y) and not ruled_out_after_done(x, y) \
                and not (fx.modality in FUTURE and told_as_past(y)):
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
    patients = judge_patients(a, b)
    if patients is not None:
        return patients
    if not subjects_meet(fa, fb):
        return None
    ta, tb = clause_terms(fa), clause_terms(fb)
    subj = subject_terms(fa) | subject_terms(fb)
    shared = (ta & tb) - subj
    # "offered his resignation" / "would not resign": one side's support verb and action noun
    # name the other's verb; that noun is the action, no object
    # "held talks" / "opened negotiations": two support verbs whose action nouns name one action
    # "will face charges" / "will not be charged": the subject undergoes the act (undergoing.py)
    # ... "faces an inquiry": an act to come (undergoing.pending)
    a, b = pending(a, b), pending(b, a)
    fa, fb = a.frame, b.frame
    undergone = undergoes(a, b) or undergoes(b, a)
    both = both_nominal(a, b)
    nominal = both or nominal_action(a, fb) or nominal_action(b, fa) or undergone
    oa = None if both or nominal_action(a, fb) or undergoes(a, b) else object_head(fa)
    ob = None if both or nominal_action(b, fa) or undergoes(b, a) else object_head(fb)
    # one object: the same head, or heads WordNet gives as one thing or one a kind of the other
    # ("the landscape" / "the painting"; lexicon.nouns_meet)
    objects = oa is not None and ob is not None and (oa == ob or nouns_meet(fa.object.split()[-1], fb.object.split()[-1]))
    # ... or one side's negated act takes an object that names no thing ("refused to pay anything"),
    # the other's is stated: the negation denies the act of whatever the other side names
    # (`nobody.any_object`); two negations say nothing of one thing ("would not pay anything" / "would
    # not pay the 40,000 euros": the one may be refused for its size)
    objects = objects or (fa.predicate == fb.predicate and fa.polarity != fb.polarity
                          and any_object(a, b))
    score = len(ta & tb) / max(1, len(ta | tb))
    who = who_label(fa, fb)
    light = (fa.predicate in LIGHT_VERBS or fb.predicate in LIGHT_VERBS) and not nominal
    # the objects do not say two different things: the same head, or one side names none
    open_objects = objects or oa is None or ob is None
    # one named subject, one object, no refusal to speak: two verbs may state stances on it (stances.py)
    stance_pair = named and objects and same_subject(fa, fb) and not (_refuses_to_speak(fa) or _refuses_to_speak(fb))
    if objects and fa.predicate in SUPPORT_VERBS and fb.predicate in SUPPORT_VERBS and action_noun(fa):
        # "carried out an inspection" / "performed an inspection": the action is the noun's
        same_action = True
    elif light:
        # "made landfall", "is the capital": the action is in the object or the words around it
        same_action = fa.predicate == fb.predicate and (objects or (open_objects and len(shared) >= UNNAMED_MIN_TERMS))
    else:
        # one subject: one named actor, or the same noun written on both sides ("talks on a
        # settlement" and "talks on a permanent settlement")
        one_subject = named or bool(subject_terms(fa) & subject_terms(fb))
        # objects with a word in common ("commercial decisions", "the bank's commercial
        # strategy") are one thing seen from two sides when the action is one
        near_objects = bool(object_words(fa) & object_words(fb))
        # an act noun of a change names it caused or undergone ("a fuel tax rise" / "raising the
        # fuel tax": WordNet's cause pointer, lexicon.one_change)
        act_noun = bool(getattr(fa, "nominal", None) or getattr(fb, "nominal", None))
        # ... or verbs whose senses derive one noun of an act ("demolish" / "pull down": razing;
        # act_nouns.one_act_noun)
        same_action = (nominal or predicates_meet(fa.predicate, fb.predicate) or one_act_noun(fa.predicate, fb.predicate)
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
    funded = not same_action and _one_funding(fa, fb) and (named or bool(subject_terms(fa) & subject_terms(fb)))
    if same_action or funded:
        verb = f"{action_label(fa)} ~ {action_label(fb)}" if nominal else (
            fa.predicate if fa.predicate == fb.predicate else f"{fa.predicate} ~ {fb.predicate}")
        about = f"{who}{verb}" + (f" {fa.object or fb.object}" if (fa.object or fb.object) and not nominal else "")
        if funded:  # what is funded, not the money ("fund arena deal")
            about = f"{who}fund {fb.object if finances(fb.predicate) else fa.object}"
        if fa.polarity != fb.polarity:
            neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
            cue = (fa if fa.polarity == "negative" else fb).polarity_cue
            later = not_before(a, b, about, score)
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
                (oa is None) != (ob is None) and bool(object_words(fa if oa else fb) & (wb if oa else wa))) or (
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
            # (a subject said to undergo an act and the passive of that act: neither side speaks)
            spoken = not (_refuses_to_speak(fa) or _refuses_to_speak(fb)) or (oa is not None and oa == ob) or undergone
            if same_subject(fa, fb) and one_thing and spoken and contradicts(a, b) \
                    and not ruled_out_after_done(a, b):
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"same actor and action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}",
                                 0.5 + score)
            why = (f"the objects are two of one kind ('{kinds[0]}' in A, '{kinds[1]}' in B)" if kinds else
                   "the subjects or objects are not shown to be one" if not (same_subject(fa, fb) and one_thing) else
                   "a refusal to speak is no denial of speaking of something else" if not spoken else
                   "a requirement says nothing of whether the act is done" if necessity_apart(a, b) else
                   "one side speaks of another time than the other's act (a ruling out or 'no longer' against an act told as done, 'not yet' or a negated past against one to come)"
                   if ruled_out_after_done(a, b) else
                   f"not stated as done on both sides ({fa.modality or 'done'} in A, {fb.modality or 'done'} in B)")
            return Candidate(a, b, "related", "polarity", about,
                             f"one action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}; {why}", 0.3 + score)
        # (a necessity, "needs the board's approval", and the act "approved": modality.necessity_apart)
        if (modality_apart(fa.modality, fb.modality) and not permission_withheld(fa, fb)) or necessity_apart(a, b):
            # one thing done to: as for a conflict of polarity, one side's object may be named
            # among the other's words ("opened its own inquiry into the fire" / "investigate the fire")
            wa, wb = ta | prepositional_clause_terms(a), tb | prepositional_clause_terms(b)
            if objects or (oa is None and ob is None) or (
                    (oa is None) != (ob is None) and bool(object_words(fa if oa else fb) & (wb if oa else wa))):
                undecided = judge_undecided(a, b, about, score)
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


def _after_event(state, event) -> bool:
    """A state said with "will" or "shall" ("the gallery will stay shut until June") comes
    after the report, and an event told as done ("the gallery first opened its doors in 1987")
    before it: the two are at different times and cannot contradict each other. "Would" reports
    a future seen from a past moment ("the pass would remain open through the night"), which a
    past event ("the pass closed") may be about, so it is not read so (Quirk et al. 1985, 4.42,
    4.58: 'will' future, 'would' future in the past)."""
    return bool(linked_state(state.predicate)) and state.modality in ("will", "shall") and not linked_state(event.predicate) \
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


def _one_funding(fa, fb) -> bool:
    """One clause puts money into a thing, the other funds it: the funded object's head among the
    first clause's own words, besides its subject and its money ("put state money into the
    arena deal" / "fund the arena deal")."""
    for x, y in ((fa, fb), (fb, fa)):
        head = object_head(y)
        if head is not None and invests(x.predicate, x.object) and finances(y.predicate) \
                and head in clause_terms(x) - object_words(x) - subject_terms(x):
            return True
    return False


