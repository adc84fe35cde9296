"""A thing ruled out against the thing said to come: "ruled out new subsidies" / "new subsidies
could still be offered" (a conflict), / "there will be no new subsidies, it said" read as "will
not be offered" (agree)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...parsers.lexicon import MONTH_NAMES
from ...text import pattern
from ...wordnet_nouns import PERSON_FILE, noun_lexfiles
from ..candidates import Candidate
from ..mention import Mention
from .lexicon import LIGHT_VERBS, level_direction, noun_names_action
from .modality import FUTURE, _foreclosing, _forecloses, _not_yet, governors, negative_verb, weighing_now
from .states import BEING
from .phrases import POSTDETERMINERS, clause_terms, object_head, object_words, subject_head, subject_terms, subject_words, who_label, written_object_head, same_subject


def _rules_out_thing(f) -> bool:
    """The clause rules a thing out ("ruled out new subsidies", "excluded a second vote"):
    a foreclosing verb (data/polarity.json 'foreclosing') stated positively with a noun object
    (where the noun names an action the frames read, "ruled out any cut", the clause's predicate
    is the noun's verb already)."""
    verb = negative_verb(f.predicate)
    return (f.polarity == "positive" and verb in _foreclosing() and f.modality in (None, "will", "would")
            and object_head(f) is not None and not _being_left_out(f)) or _plans_none(f)


@lru_cache(maxsize=1)
def _giving_up() -> frozenset:
    """The verbs that give an intention up ("dropped plans for", "shelved plans for"):
    data/polarity.json 'intention_holders' marked 'not'."""
    from ...tables import load_json

    return frozenset(v for v, how in load_json("polarity.json")["intention_holders"].items() if how == "not")


def _plans_none(f) -> bool:
    """The clause holds no plan for a thing: a verb of intending ("plan", "propose": the
    'nominal_governors' of planning) with a noun object, negated by the noun's own "no" or by a
    verb that gives the plan up ("has no plans for another pier", "there are no plans for a
    toll", "shelved plans for a toll": pipeline/frames/clause_nominals.planned_for), stated
    outright. To say a party has no plan for a thing is to hold it off as ruling it out does, for
    now: the two stand against the thing weighed or said to come alike. A negated act of planning
    ("did not propose a toll") tells what was not done, and is left to the rest."""
    return (f.polarity == "negative" and f.modality is None and (f.predicate or "") in governors("plan")
            and (f.polarity_cue == "no" or f.polarity_cue in _giving_up()) and object_head(f) is not None)


def _being_left_out(f) -> bool:
    """The clause's verb is "exclude" and its object names a person or an animal in its most
    frequent sense (WordNet 3.0's noun.person and noun.animal files): to exclude a being is to
    leave it out ("the rules exclude part-time staff", "would exclude farmed deer": WordNet 3.0
    exclude.v.01 'prevent from being included'), not to declare a thing to come impossible. Only
    "exclude": "ruled out a new coach" forecloses the coach's coming, an appointment (rule_out.v.01
    'make impossible, especially beforehand')."""
    head = object_head(f)
    return negative_verb(f.predicate) == "exclude" and head is not None and bool(set(noun_lexfiles(head, 1)) & _BEINGS)


#: WordNet 3.0's lexicographer files of beings: noun.animal (05) and noun.person (18).
_BEINGS = frozenset({5, PERSON_FILE})


def _patient(f) -> Optional[tuple[str, frozenset]]:
    """What the clause's action is done to, with its modifiers: its object, or its subject when
    no actor is named as doer ("new subsidies could be offered": the subsidies)."""
    if f.object and object_head(f):
        return object_head(f), object_words(f)
    if not f.subject and subject_head(f):
        return subject_head(f), subject_words(f)
    return None


def judge_foreclosed(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side rules a thing out, the other says of that thing (the same head noun, modifiers
    that do not name two) that it may or will come, whatever verb brings it ("could still be
    offered", "will be introduced"): ruling a thing out forecloses its coming about (WordNet 3.0
    rule_out.v.01 'make impossible, especially beforehand'), so the two conflict; said not to come
    ("will not be offered"), they agree. A past event ("subsidies were offered") is left: the
    ruling out may be about what comes next."""
    fa, fb = a.frame, b.frame
    left_open = _left_open_against(a, b)
    if left_open is not None:
        return left_open
    refused = _refused_against_weighed(a, b) or _approved_against_ruled_out(a, b) or _act_refused_against_weighed(a, b)
    if refused is not None:
        return refused
    if not _rules_out_thing(fa):
        if not _rules_out_thing(fb):
            return None
        a, b, fa, fb = b, a, fb, fa
    thing = object_head(fa)
    if _rules_out_own_act(a, fb):
        return _said_to_come(a, b, fa, fb)
    other = _patient(fb)
    if other is not None and other[0] == thing and _rules_out_thing(fb) and (_plans_none(fa) or _plans_none(fb)) \
            and same_subject(fa, fb):
        # "has no plans for any toll" / "ruled out a toll": one stance, held on both sides
        return Candidate(a, b, "agree", "equal", f"{who_label(fa, fb)}{fa.predicate} / {fb.predicate} {fa.object}",
                         f"{fa.object} ruled out or given no plan on both sides", 0.6)
    if other is None or other[0] != thing or (fb.predicate or "") in LIGHT_VERBS or _rules_out_thing(fb):
        return None
    mods_a, mods_b = object_words(fa) - {thing}, other[1] - {thing}
    if mods_a and mods_b and not mods_a & mods_b:
        return None  # "new subsidies" / "export subsidies": two things of one kind
    if _another_against_the_one(fa.object, _phrase(fb), b, thing) or _another_against_the_one(_phrase(fb), fa.object, a, thing):
        return None
    if _foreclosing_predicate(fb.predicate):
        return _ruled_on_twice(a, b, fa, fb)
    if _weighing(fb.predicate) or (fb.modality in _WEIGHED and level_direction(fb.predicate) is None):
        # weighed by its verb ("is considering a levy") or as the act under a weighing or a plan
        # ("plans to introduce a levy"): held open either way; not a change of its level ("plans to
        # raise the levy" speaks of the levy there is)
        return _weighed(a, b, fa, fb)
    return _said_to_come(a, b, fa, fb)


def _weighing_verbs() -> frozenset:
    """Verbs that hold their noun object open as an option, weighed or planned ("is considering a
    loan scheme", "is studying a curfew", "plans a new levy"): the 'nominal_governors' of
    consideration and intention (`modality.governors`); a plan holds a thing open as much as a
    deliberation does, against a ruling out."""
    return governors("consider", "plan")


def _weighing(p: Optional[str]) -> bool:
    return (p or "") in _weighing_verbs()


def _unwritten_subject(f) -> bool:
    """No subject written, or a pronoun the frames left unresolved: it shows nothing either way."""
    return not f.subject and not subject_terms(f)


@lru_cache(maxsize=1)
def _refusing_verbs() -> tuple[frozenset, frozenset, frozenset]:
    """(verbs that refuse the thing they take, data/polarity.json 'request_answers' that answer
    'not' ("rejected the toll", "turned down a bonus"); not "ignore" ('unanswered'), which takes
    no stance;
    the nouns of a claim or a request, whose refusal is of what they say or ask, not of
    themselves: 'claim_nouns', 'request_nouns'; the verbs that take the thing, 'request_answers'
    that answer 'done' ("accepted the toll"), which refuse it negated)."""
    from ...tables import load_json

    table = load_json("polarity.json")
    answers = table.get("request_answers", {})
    verbs = frozenset(v for v, how in answers.items() if how == "not")
    taking = frozenset(v for v, how in answers.items() if how == "done")
    return verbs, frozenset(table.get("claim_nouns", ())) | frozenset(table.get("request_nouns", ())), taking


def _refuses_thing(m: Mention) -> bool:
    """The clause refuses a thing, done or to come, with a noun object that is no claim or request:
    a refusing verb stated positively ("the board rejected a toll"), or a verb of taking it negated
    ("the board would not accept a toll": not + accept is refuse, the negation composed with the
    verb's own polarity), but not a negation that holds only up to now ("has not yet accepted
    the toll" leaves it open)."""
    f = m.frame
    verbs, said, taking = _refusing_verbs()
    head = object_head(f)
    if f.modality not in (None, "will", "would") or head is None or head in said:
        return False
    if f.polarity == "positive":
        return (f.predicate or "") in verbs
    return (f.predicate or "") in taking and not _not_yet(m)


def _refused_against_weighed(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side refuses a thing ("rejected a toll on the bridge"), the other has the same party
    weighing or planning it ("is considering a toll on the bridge"): as a thing ruled out
    (`_weighed`), a thing refused is no option its refuser still weighs, so the two conflict;
    not weighed, they agree."""
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        if not _refuses_thing(x):
            # a thing ruled out ("ruled out any sale of the pier") holds its act off as a refusal does,
            # when the act weighed is done to what the ruling out names ("selling the pier", not
            # "selling the boathouse")
            done_to = object_head(fy)
            act = _weighed_act(x, y) if _rules_out_thing(fx) and (done_to is None or done_to in clause_terms(fx)) else None
            if act is not None:
                return act
            continue
        act = _weighed_act(x, y)
        if act is not None:
            return act
        if not (_weighing(fy.predicate) or _ready_for(fy)):
            continue
        thing, other = object_head(fx), _patient(fy)
        if other is None or other[0] != thing:
            continue
        mods_x, mods_y = object_words(fx) - {thing}, other[1] - {thing}
        if mods_x and mods_y and not mods_x & mods_y:
            continue
        if _another_against_the_one(fx.object, _phrase(fy), y, thing) or _another_against_the_one(_phrase(fy), fx.object, x, thing):
            continue
        got = _weighed(x, y, fx, fy)
        if got is not None:
            return Candidate(a, b, got.status, got.relation, got.about, got.reason.replace("ruled out", "refused"), got.score)
    return None


def _ready_for(f) -> bool:
    """The clause says its subject is ready for a thing: a linking verb with an adjective of
    readiness and the thing it is ready for as object ("the guild is open to a smaller bid", "is
    ready for talks on the fare": modality 'willing', pipeline/frames/clause_nominals.stance_argument).
    A party open to a thing holds it open as one weighing it does (WordNet 3.0 open.s.08 'not
    brought to a conclusion; subject to further thought'), so a refusal of it is the opposite stance."""
    verb = (f.predicate or "").split(" ")[0]
    return f.modality == "willing" and verb in BEING and " " in (f.predicate or "") and object_head(f) is not None


def _act_refused(m: Mention) -> bool:
    """The clause refuses its own act as the stance it holds now: ruled out or given no plan
    ("ruled out selling the pier", "has no plans to sell it": `modality._forecloses`), refused
    ("refused to sell the pier": a refusing verb for cue, data/polarity.json 'request_answers'),
    or said not to come ("would not sell the pier"); not a negation that holds only up to now
    ("has not yet sold it"), nor one under a condition."""
    f = m.frame
    if f.polarity != "negative" or (f.predicate or "") in LIGHT_VERBS or getattr(f, "condition", None) is not None:
        return False
    refusing = f.modality is None and (f.polarity_cue or "") in _refusing_verbs()[0]
    return (_forecloses(f) or refusing or f.modality in FUTURE) and not _not_yet(m)


def _act_refused_against_weighed(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side refuses an act ("the board ruled out selling the pier", "would not introduce a
    congestion toll"), the other has the same party weighing or planning, by a verb with a noun object,
    either the noun of that act done to the same thing ("is considering a sale of the pier": the
    noun names the verb's act by WordNet's derivational pointers, `lexicon.noun_names_action`, and
    the refused act's object is among the weighing clause's words) or the very thing the act is
    done to ("is studying a congestion toll": one head, modifiers that do not name two; not when
    the refused act changes the thing's level, "would not raise the toll", which says nothing of a
    toll to come). An option weighed is one not ruled out (`_weighed`): the two conflict. This is
    `_weighed_act` the other way round: there the refused thing is a noun and the weighed one a
    verb's act."""
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        if not _act_refused(x) or fy.polarity != "positive" or fy.modality is not None or not _weighing(fy.predicate):
            continue
        weighed = written_object_head(y)
        thing = object_head(fx)
        if not weighed or not same_subject(fx, fy) or not weighing_now(y, _weighing_verbs()):
            continue
        if noun_names_action(weighed, fx.predicate):
            one = thing is None or thing in clause_terms(fy)
        else:
            mods_x, mods_y = object_words(fx) - {thing}, object_words(fy) - {object_head(fy)}
            one = thing is not None and thing == object_head(fy) and level_direction(fx.predicate) is None \
                and not (mods_x and mods_y and not mods_x & mods_y) \
                and not _another_against_the_one(fy.object, fx.object, x, thing) \
                and not _another_against_the_one(fx.object, fy.object, y, thing)
        if not one:
            continue
        about = f"{who_label(fx, fy)}{fx.predicate} / {fy.predicate} {fy.object}"
        return Candidate(a, b, "conflict", "polarity", about,
                         f"{fx.predicate} {fx.object or ''} refused on one side ('{fx.polarity_cue}'), {fy.object} weighed "
                         f"or planned ({fy.predicate}) on the other", 0.55)
    return None


#: Modalities of an act weighed or planned by its subject (data/polarity.json's 'consider' and 'plan').
_WEIGHED = frozenset({"consider", "plan"})
#: Modalities of an act held open: weighed, planned, one its doer is ready for, or possible.
_HELD_OPEN = frozenset({"consider", "plan", "willing", "may"})


def _weighed_act(x: Mention, y: Mention) -> Optional[Candidate]:
    """The thing refused in `x` is a noun naming the act `y` holds open ("rejected a toll" / "is
    considering tolling the causeway", which the frames read as the act under 'consider'), by one
    party: the refusal and the act weighed conflict; the act said not to come agrees."""
    fx, fy = x.frame, y.frame
    if fy.modality not in _HELD_OPEN or (fy.predicate or "") in LIGHT_VERBS or not weighing_now(y, _weighing_verbs()):
        return None
    if not noun_names_action(written_object_head(x), fy.predicate):
        return None
    if not same_subject(fx, fy):
        return None
    about = f"{who_label(fx, fy)}{fx.predicate} / {fy.predicate}"
    if fy.polarity == "negative":
        return Candidate(x, y, "agree", "equal", about,
                         f"{fx.object} refused on one side, its act not held open ({fy.modality} {fy.predicate}) on the other", 0.55)
    return Candidate(x, y, "conflict", "polarity", about,
                     f"{fx.object} refused on one side, its act held open ({fy.modality} {fy.predicate}) on the other", 0.55)


def _weighed(a: Mention, b: Mention, fa, fb) -> Optional[Candidate]:
    """The thing ruled out on one side is weighed or planned on the other, by a subject that may
    be the one ruling it out: an option being weighed is one not ruled out (to consider a thing
    is to hold it possible; WordNet 3.0 consider.v.01 'deem to be', weigh.v.01 'show
    consideration for; take into account'), so the two conflict ("ruled out a toll for lorries"
    / "the council is weighing a toll for lorries"); not weighed ("is not considering a toll"),
    they agree. Another party's plan ("the opposition proposed a toll") is no stance of the one
    ruling it out, and a weighing told as past ("was considering a toll in May", "had studied a
    toll before dropping it") is no option held now (`modality.weighing_now`)."""
    if not (same_subject(fa, fb) or _unwritten_subject(fa) or _unwritten_subject(fb)) \
            or getattr(fb, "condition", None) == "unless" or not weighing_now(b, _weighing_verbs()):
        return None
    about = f"{who_label(fa, fb)}{fa.predicate} / {fb.predicate} {fa.object}"
    if fb.polarity == "negative":
        return Candidate(a, b, "agree", "equal", about,
                         f"{fa.object} ruled out on one side, not weighed ('{fb.polarity_cue}' {fb.predicate}) on the other",
                         0.55)
    return Candidate(a, b, "conflict", "polarity", about,
                     f"{fa.object} ruled out on one side, weighed or planned ({fb.predicate}) on the other", 0.55)


#: Words that mark an instance as one more beside one the story already holds: the
#: postdeterminers (`phrases.POSTDETERMINERS`: "a second levy", "further cuts", "another fund"),
#: and "separate" before a singular ("a separate fund": one kept apart from the fund there is;
#: WordNet 3.0 separate.a.01 'independent; not united or joint'), and "similar" ("a similar
#: ban": one like the ban there is, another; similar.a.01 'marked by correspondence or resemblance').
_ANOTHER = POSTDETERMINERS | {"separate", "similar"}
#: Determiners that make a noun phrase definite: it names the one thing the reader already knows
#: of (Quirk et al. 1985, 5.26-5.34: the definite article and the possessive determiners).
_DEFINITE = r"the|this|that|these|those|its|their|his|her|our|your|my"


def _phrase(f) -> str:
    """The noun phrase `_patient` reads the clause's thing from, as written."""
    return f.object if f.object and object_head(f) else f.subject_text or ""


def _another_against_the_one(phrase: str, other_phrase: str, other: Mention, thing: str) -> bool:
    """One side's thing is marked as one more beside the one there is ("ruled out a separate
    levy for lorries"), the other's is that one: written definite, with no such mark ("the levy
    will be reviewed next year"). The two name two things of one kind; a bare or indefinite
    phrase ("levies could be raised") may name the one more, and is left to the rest. The
    definite is read in the other side's phrase as written: its subject, or for an object (whose
    frame drops the determiner) the clause's own words, the noun whole ("the fund", not "the
    fundraising")."""
    if not set(phrase.lower().split()) & _ANOTHER or set(other_phrase.lower().split()) & _ANOTHER:
        return False
    f = other.frame
    written = f.subject_text if other_phrase and other_phrase == f.subject_text else other.text
    found = pattern(rf"\b(?:{_DEFINITE})\s+(?:[\w'-]+\s+){{0,2}}?{re.escape(thing)}(?:e?s)?\b", re.IGNORECASE)
    return found.search(written or "") is not None


def _rules_out_own_act(a: Mention, fb) -> bool:
    """The clause of `a` rules out a noun naming the act the other clause's verb names, and both
    clauses are of one subject ("the ministry ruled out a subsidy" / "the ministry would
    subsidise the freight bill"): a noun derived from a verb names that verb's act (WordNet's
    derivational pointers, `lexicon.noun_names_action`), and ruling one's own act out forecloses
    doing it. One subject only: "police ruled out sabotage" forecloses no act of the police."""
    head = written_object_head(a)
    return bool(head) and (fb.predicate or "") not in LIGHT_VERBS and not _rules_out_thing(fb) \
        and not _foreclosing_predicate(fb.predicate) and same_subject(a.frame, fb) \
        and noun_names_action(head, fb.predicate)


def _said_to_come(a: Mention, b: Mention, fa, fb) -> Optional[Candidate]:
    """What the ruled-out thing of `fa` is said to do on the other side: to come (may, can or a
    future: a conflict), or not to come (agree); told in any other mood, None."""
    if fb.modality not in ("may", "can") and fb.modality not in FUTURE:
        return None
    about = f"{who_label(fa, fb)}{fa.predicate} / {fb.predicate} {fa.object}"
    if fb.polarity == "negative":
        return Candidate(a, b, "agree", "equal", about,
                         f"{fa.object} ruled out on one side, said not to come ({fb.predicate}) on the other", 0.6)
    return Candidate(a, b, "conflict", "polarity", about,
                     f"{fa.object} ruled out on one side, said to come ({fb.modality} {fb.predicate}) on the other", 0.6)


def _foreclosing_predicate(p: Optional[str]) -> bool:
    """A predicate that rules out by itself: a foreclosing verb with the particle it needs ("rule
    out") or one that needs none ("exclude"); "rule" alone is a decision ("the court ruled on the
    fine"; `modality.negative_verb`)."""
    return negative_verb(p) in _foreclosing()


def _ruled_on_twice(a: Mention, b: Mention, fa, fb) -> Candidate:
    """The other side rules on the same thing too: not ruled out ("a gas leak cannot be excluded",
    "police have not ruled out a gas leak") it stays possible, which the ruling out denies (a
    conflict, whoever rules: each source says whether the thing may be); ruled out again
    ("sabotage was ruled out") they agree."""
    about = f"{who_label(fa, fb)}{fa.predicate} / {fb.predicate} {fa.object}"
    if fb.polarity == "negative":
        return Candidate(a, b, "conflict", "polarity", about,
                         f"{fa.object} ruled out on one side, not ruled out ('{fb.polarity_cue}' {fb.predicate}) on the "
                         f"other", 0.6)
    return Candidate(a, b, "agree", "equal", about, f"{fa.object} ruled out on both sides", 0.6)


def _left_open(f) -> Optional[str]:
    """The thing a clause does not rule out ("did not rule out forced layoffs", "could
    not exclude a second vote"): the head of a negated foreclosing predicate's object, else None."""
    if f.polarity != "negative" or not _foreclosing_predicate(f.predicate):
        return None
    head = object_head(f)
    return None if head is None or _being_left_out(f) else head


def _said_not_to_come(f, thing: str) -> bool:
    """The clause says `thing` will not come: it is what the clause's negated future or denied
    intention is done to ("redundancies will not be made", "has no plans to make redundancies"),
    or what a negated existential names ("there would be no forced layoffs")."""
    if f.polarity != "negative" or _foreclosing_predicate(f.predicate):
        return False
    if f.modality not in FUTURE and f.modality != "plan":
        return False
    if f.predicate == "be" and not f.subject and (f.subject_text or "").strip().lower() in ("", "there"):
        return object_head(f) == thing
    patient = _patient(f)
    return patient is not None and patient[0] == thing and (f.predicate or "") not in LIGHT_VERBS


def _left_open_against(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side does not rule a thing out, the other says it will not come: not ruling out
    leaves the thing possible (Karttunen 1971: a one-way implicative's negation asserts nothing,
    and a report of it says the thing may come), which the other side's negated future denies; a
    conflict, whoever speaks ("did not rule out forced layoffs" / "there would be no
    forced layoffs")."""
    fa, fb = a.frame, b.frame
    for open_, other in ((fa, fb), (fb, fa)):
        thing = _left_open(open_)
        if thing and _said_not_to_come(other, thing):
            about = f"{who_label(fa, fb)}{fa.predicate} / {fb.predicate} {open_.object}"
            return Candidate(a, b, "conflict", "polarity", about,
                             f"{open_.object} not ruled out on one side, said not to come ({other.polarity_cue} "
                             f"{other.predicate}) on the other", 0.6)
    return None


@lru_cache(maxsize=1)
def _approving() -> frozenset:
    """Verbs of approving a proposal, whose object is a thing someone proposed to do (data/polarity.json
    'approving', WordNet 3.0 approve.v.01, sanction.v.01, authorize.v.01, endorse.v.01), and the
    verb of ordering it ('establishing' "order": WordNet 3.0 order.v.01 'give instructions to or
    direct somebody to do something with authority'): an act ordered is one its orderer decided
    to have done, as an act approved is."""
    from ...tables import load_json

    table = load_json("polarity.json")
    return frozenset(table["approving"]) | (frozenset(table["establishing"]) & frozenset(table["directives"]))


def _request_refused(f) -> bool:
    """The clause is an act a refused request asked for, told of the refuser ("rejected calls for
    a new survey": the survey not done, the refuser's answer; the frames read it so,
    pipeline/frames/clause_events._asked_for): a refusal that holds now, as a ruling out does, so
    no tense of its own (modality none) and a refusing verb for cue (`_refusing_verbs`)."""
    return f.modality is None and (f.polarity_cue or "") in _refusing_verbs()[0]


#: A time of its own in a clause: a year, or "last", "this" or "next" before a unit of the calendar
#: (a season, or a month: `parsers.lexicon.MONTH_NAMES`), or "again": a policy approved or ruled
#: out at one time may change at another (Quirk et al. 1985, 8.51-8.56, adjuncts of time position).
_OWN_TIME = re.compile(r"\b(?:(?:19|20)\d\d|again|(?:last|this|next)\s+(?:"
                       + "|".join(("week", "month", "year", "spring", "summer", "autumn", "fall", "winter", "season")
                                  + MONTH_NAMES) + r"))\b", re.IGNORECASE)
#: An agent phrase after the approved noun: the act is another party's ("the building of a dam by a consortium").
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+", re.IGNORECASE)


def _approved_against_ruled_out(a: Mention, b: Mention) -> Optional[Candidate]:
    """One side has a party approve a noun naming an act ("the council approved aerial spraying",
    "backed a merger"), the other has the same party rule that act out or say it will not be done
    ("ruled out aerial spraying", "would not spray": the frames read both as the act negated), or
    refuse a request for it ("rejected calls for aerial spraying": `_request_refused`); an act
    ordered ("ordered aerial spraying") is approved by its orderer (`_approving`). A
    verb of approving a proposal asserts what it takes (`_approving`), and ruling an act out forecloses it (rule_out.v.01 'make impossible'): one party
    cannot hold both, so the two conflict. The act is the noun's verb by WordNet's derivational
    pointers (`lexicon.noun_names_action`: "spraying" / "spray"). A past negation ("did not spray")
    says nothing of an act approved to come, an act another party is to do ("by a consortium") is
    not the approver's, and a time of its own on either side (`_OWN_TIME`) may be a policy changed:
    left to the other judges. Scored as `_weighed` is (0.55): a stance against an act, a notch
    under a thing ruled out against the same thing said to come (0.6), where the noun is one."""
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        if fx.polarity != "positive" or fx.modality not in (None, "will", "would") or (fx.predicate or "") not in _approving():
            continue
        if _BY_AGENT.search(x.text) or _OWN_TIME.search(x.text) or _OWN_TIME.search(y.text):
            continue
        if fy.polarity != "negative" or not (_forecloses(fy) or fy.modality in FUTURE or _request_refused(fy)) \
                or (fy.predicate or "") in LIGHT_VERBS:
            continue
        if not noun_names_action(written_object_head(x), fy.predicate) or not same_subject(fx, fy):
            continue
        about = f"{who_label(fx, fy)}{fx.predicate} / {fy.predicate}"
        return Candidate(a, b, "conflict", "polarity", about,
                         f"{fx.object} approved or ordered on one side ({fx.predicate}), its act ruled out, refused or said not to come "
                         f"('{fy.polarity_cue}' {fy.predicate}) on the other", 0.55)
    return None
