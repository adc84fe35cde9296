"""Constructions that put a date after the act that names it, whatever the verb's tense: a thing
moved or extended to a time ("postponed to September"), arranged for a time ("called a march for
Monday"), a time something takes effect ("effective 1 July"), a state wanted done by a time, an
infinitive under a word of planning. Read from the dependency parse for `date_tense`; moved out
of pipeline/date_tense.py."""

from __future__ import annotations

from ..parsers.date_patterns import (COMMIT_VERBS, DEADLINE_PREPS, DEADLINE_VERBS, PLAN_VERBS, PREDICT_VERBS, PROHIBIT_VERBS,
                                     RESCHEDULE_VERBS, SCHEDULE_NOUNS)
from .verb_tense import FUTURE_AUX, PAST_AUX, auxiliaries


#: Prepositions that give where a moved or stretched thing now lies in time.
_TARGET_PREPS = frozenset({"to", "until", "till", "through", "into", "beyond"})
#: Of those, the ones that close a span of time ("until Friday", American "through January"), not a
#: goal ("to 5%").
_SPAN_CLOSERS = frozenset({"until", "till", "through", "into", "beyond"})


def _verb_above(tok, steps: int):
    """The verb at or above `tok` through at most `steps` heads that are not verbs (a particle, a
    noun the date dates), else None."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _rescheduled(tok) -> bool:
    """Whether the date is the target of a verb that moves or extends a thing in time
    ("postponed its attempt to September", "extended the warning until Friday"), the deadline
    a verb of granting time sets ("gave the bidders until mid-June to improve their offers"), or
    the end of a prohibition the act starts ("banned the sale of the pesticide until June",
    `_prohibits`): the new time comes after the act, whatever the verb's tense."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _TARGET_PREPS:
        return False
    verb = _verb_above(prep.head, 2)  # "pushed its debut back to September": the particle's verb
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    # A prediction is an instant and cannot last: a span it seems to close ("forecast showers
    # until Friday") is the predicted state's, which lies after the prediction.
    return (lemma in RESCHEDULE_VERBS or lemma in PREDICT_VERBS and prep.lower_ in _SPAN_CLOSERS
            or lemma in DEADLINE_VERBS and prep.lower_ in ("until", "till")
            or lemma in PROHIBIT_VERBS and prep.lower_ in ("until", "till") and _prohibits(verb, tok))


def _prohibits(verb, tok) -> bool:
    """The act of prohibiting told with its object ("banned the sale of the pesticide until June"),
    not in a past perfect and not dated in its own clause (`_act_dated`: "in March the regulator
    banned ..."): the prohibition starts with the act, so the "until" that closes it lies after the
    act, and an undated act is a recent one, told as news. A passive ("the sale was banned until
    June") may tell a past state that has ended."""
    return any(c.dep_ == "dobj" for c in verb.children) and "had" not in auxiliaries(verb) and not _act_dated(verb, tok)


#: Auxiliaries that set a prediction before a past time or deny it ("had expected", "did not
#: expect", "was forecast": a past passive is read as a reported plan in date_tense); a present
#: perfect ("has forecast a surplus in 2031") still predicts from now.
_EARLIER_AUX = frozenset({"had", "did", "was", "were", "been"})


def _predicted(tok) -> bool:
    """Whether the date, after the object of a verb of predicting or expecting, dates the thing
    predicted ("expects a verdict in late May", "forecast a surplus in 2031", "predicted a
    glut of cocoa in June"; "the treaty, which diplomats anticipated in May": the object before the
    verb; "a ruling expected in May": the noun a participle follows): what is predicted lies
    after the prediction, and news reports predictions as they are made, so the date lies ahead
    whatever the verb's tense. Not in a perfect ("had expected a
    ruling in May": a prediction before a past time, which may have passed); not a date before
    the object ("forecast on Monday a surplus", "In March, analysts predicted a fall"), nor a day
    after "on" or "at" ("predicted a slowdown on Monday"), which date the predicting."""
    if tok.dep_ != "pobj" or tok.head.head.i == tok.head.i:
        return False
    verb = _verb_above(tok.head.head, 2)
    if verb is None or verb.lemma_.lower() not in PREDICT_VERBS or auxiliaries(verb) & _EARLIER_AUX:
        return False
    if verb.i > tok.i:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True  # "a verdict expected on Friday": the noun is what is expected
    if tok.head.lower_ in ("on", "at"):
        return False  # "predicted a slowdown on Monday": a day told with "on" dates the act, as news does
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return all(o.i < tok.i for o in objects)
    return verb.dep_ == "relcl"  # the relative word before the verb is its object


def _committed(tok) -> bool:
    """Whether the date is a deadline set with "by" or "before" on what a verb of committing or
    asking (COMMIT_VERBS) has as its object: "promised a new footbridge by 30 July",
    "has asked the council for a plan by 30 April", "wanted the stalls rebuilt by July". What
    is promised or asked for comes after the promise or the request, so its deadline lies ahead
    whatever the verb's tense. Not in a past perfect ("had promised a bridge by June": a promise
    before a past time, whose deadline may have passed), nor a date before the verb ("by June,
    the council had asked ..."), nor a "by" that names an agent ("was asked by the mayor")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in DEADLINE_PREPS or prep.head.i == prep.i \
            or prep.dep_ == "agent" and tok.ent_type_ != "DATE":  # a date is no agent: "rebuilt by August"
        return False
    verb = _verb_above(prep.head, 3)
    done = verb is not None and verb.tag_ == "VBN" and verb.head.i != verb.i and verb.dep_ in ("ccomp", "xcomp", "oprd",
                                                                                            "acl")
    if done and verb.head.lemma_.lower() in COMMIT_VERBS:
        verb = verb.head  # "wanted the stalls rebuilt by July": what is wanted done
    elif verb is None or not any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "for"
                                 for c in verb.children):
        return False
    if verb.lemma_.lower() not in COMMIT_VERBS or verb.i > tok.i:
        return False
    aux = auxiliaries(verb)
    if prep.lower_ == "before" and not aux & FUTURE_AUX:
        return False  # "asked its members for their votes before 30 October": the asking's own time
    return "had" not in aux and not _act_dated(verb, tok)


#: Prepositions by which a clause dates its own act ("in March", "on Monday", "at the weekend").
_ACT_DATING_PREPS = frozenset({"in", "on", "at", "during"})


def _act_dated(verb, tok) -> bool:
    """The act is dated in its own clause by another date than `tok` ("In March the regulator
    banned the sale until June", "last year the council asked for a plan by April"): the later date
    then lies after that act, not after the day of writing, and the verb's tense decides."""
    for c in verb.children:
        if c.left_edge.i <= tok.i <= c.right_edge.i:
            continue  # the date itself, or the phrase that holds it
        if c.dep_ == "prep" and c.lower_ in _ACT_DATING_PREPS and any(
                g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children):
            return True
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            return True
    return False


def _ahead_whatever_tense(tok) -> bool:
    """Whether a construction puts the date after the act that names it, whatever the verb's
    tense: a thing moved or stretched to it (`_rescheduled`), the time a thing takes effect
    (`_takes_effect`), the time of a thing predicted (`_predicted`), the deadline of a thing
    promised or asked for (`_committed`)."""
    return _rescheduled(tok) or _takes_effect(tok) or _predicted(tok) or _committed(tok)


#: Verbs of arranging a thing for a time (WordNet 3.0 senses): schedule.v.02 "plan the time and
#: place for events" ("I scheduled an exam for this afternoon"), plan.v.02 "make plans for
#: something", arrange.v.02 "make arrangements for", book.v.02 "arrange for and reserve ... in
#: advance", slate.v.01 "designate or schedule" ("He slated his talk for 9 AM"), set.v.03 "decide
#: upon or fix definitely", fix.v.06 "set or place definitely" ("fix the date for the party"),
#: call.v.23 "order or request or give a command for" ("The unions called a general strike for
#: Sunday"), and reschedule.
_ARRANGE_VERBS = frozenset({"schedule", "plan", "arrange", "book", "reserve", "slate", "set", "fix", "call",
                            "reschedule"})


def _arranged_for(tok):
    """The verb of arranging that sets a thing for the date ("the teachers have called a march
    for Monday", "the ballot was set for May 3", "the next trip, set for December"), else None:
    the time a thing is arranged for comes after the arranging, whatever its tense. Only "for":
    "planned a rally on Saturday" may date the planning as well as the rally. A month ("booked
    cargo space for August") is long enough for a finished arranging to lie weeks before it, in
    the past: the caller reads the verb's form."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return None
    verb = prep.head
    for _ in range(3):  # "called a stoppage at the depot for Friday": the parser may hang "for" lower
        if verb.pos_ != "NOUN" or verb.dep_ not in ("dobj", "pobj", "nsubjpass") or verb.head.i == verb.i:
            break
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _ARRANGE_VERBS else None


#: Adjectives that name when a decision takes effect or a sum falls due ("effective Feb. 1",
#: "payable Jan. 2", "effective from 1 July"): a time at or after the act that sets it, whatever
#: the tense of that act (a change that reaches back is written "retroactive to", "backdated to").
_TAKES_EFFECT = frozenset({"effective", "payable"})


def _takes_effect(tok) -> bool:
    """Whether the date is the time an adjective of taking effect or falling due names."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("from", "on", "as") and head.head.i != head.i:
        head = head.head
    elif tok.dep_ != "npadvmod":
        return False
    return head.lower_ in _TAKES_EFFECT and head.pos_ == "ADJ"


def _schedule(noun) -> bool:
    return noun.lower_ in SCHEDULE_NOUNS or noun.lemma_.lower() in SCHEDULE_NOUNS


#: Dependencies by which an ordered or planned act hangs from the verb of ordering or planning.
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "oprd"})


def _planned_by(act):
    """The verb of wanting, ordering or planning (PLAN_VERBS) whose complement `act` is ("ordered
    the pools shut", "wants the roads repaired"), else None: what is planned comes after the plan."""
    if act.dep_ in _COMPLEMENTS and act.head.i != act.i and act.head.lemma_.lower() in PLAN_VERBS:
        return act.head
    return None


def _wanted_done(participle) -> bool:
    """Whether a past participle after a noun completes the object of a verb of wanting or
    planning in the present or future ("wants the roads repaired", "will order the site closed")."""
    if participle.dep_ == "acl" and participle.head.dep_ == "dobj":
        verb = participle.head.head  # the parser's two readings: the object's modifier,
    elif any(c.dep_ == "nsubj" for c in participle.children) and _planned_by(participle) is not None:
        verb = participle.head  # or a clause with the object as its subject
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() not in PLAN_VERBS or verb.tag_ in ("VBD", "VBN"):
        return False
    return not auxiliaries(verb) & PAST_AUX


def _plan_word(verb):
    """The forward-looking word (PLAN_VERBS) a 'to'-infinitive hangs from through at most two
    heads ("expects to cut", "was due to lapse"), else None."""
    head = verb.head
    for _ in range(2):
        if head.i == verb.i:
            return None
        if head.lower_ in PLAN_VERBS or head.lemma_.lower() in PLAN_VERBS:
            return head
        verb, head = head, head.head
    return None


def _plans(verb) -> bool:
    """Whether a 'to'-infinitive hangs (through at most two heads) from a forward-looking word."""
    return _plan_word(verb) is not None
