"""What a date dates (issue 13 item 1): the event its clause frame names, read through aspectual,
light, support and scheduling verbs to the happening their subject or object names
(compare.date_one_event judges with these whether two dates' events are one, compare.date_label
words them for people)."""

from __future__ import annotations

import re
from typing import Optional

from ..parsers.date_patterns import IN_FORCE, SCHEDULE_NOUNS
from ..wordnet_nouns import names_happening
from .candidates import CALENDAR_WORDS
from .context import clause_frame_at, key_terms
from .mention import per_mention
from .mentions import Mention
from .statements import LIGHT_VERBS, noun_verbs
from .statements.lexicon import SUPPORT_VERBS, verb_senses
from .statements.news_verbs import news_senses
from .units import singular



_TIME_WORDS = frozenset(key_terms("am pm gmt utc bst cet est edt pst updated published posted local time mon tue tues wed thu thur thurs fri sat sun"))


@per_mention
def event_of(m: Mention) -> Optional[str]:
    """What a date dates: the frame's event, or 'publication' for the document's own date (a
    dateline, a masthead, a 'Published' line: its publication day on a line with no other verb;
    or a claim that is nothing but the date and a time)."""
    if m.own_date:
        return PUBLICATION
    rest = m.claim.text[:max(0, m.start - m.claim.start)] + " " + m.claim.text[max(0, m.end - m.claim.start):]
    if not (set(key_terms(rest)) - _TIME_WORDS - CALENDAR_WORDS):
        return PUBLICATION
    if m.frame is not None and m.frame.event is None and not m.frame.fact:
        return REPORT  # "said on Tuesday", "announced on Tuesday": the day something was said
    if m.frame is None:
        return None
    act = _deadline_act(m)
    if act:
        return act
    if _in_force(m):
        return TAKE_EFFECT
    phrasal = _phrasal(m)
    if phrasal:
        return phrasal
    opened = _opened_happening(m)
    if opened:
        return opened
    if m.frame.event in ASPECTUAL or m.frame.event in CARRIERS:
        return _aspect_event(m)
    # an event noun the date hangs from ("the hearing on 19 November", "the June election")
    # dates the act it names, as the verb does ("will hear the case on 12 November")
    return _action_verb(m.frame.event) or m.frame.event


#: Verbs of opening and closing, said of a happening: "sales open", "registration closes" (Collins
#: English Dictionary, open: "to begin", close: "to end, terminate"; compare.date_one_event `_phase`).
_OPEN_CLOSE = frozenset({"open", "close", "reopen"})


def _opened_happening(m: Mention) -> Optional[str]:
    """What a date under "open" or "close" dates when the clause's subject names a happening ("ticket
    sales open on 2 May", "voting will close at noon", "the fair opens with a parade"): the
    happening, as an aspectual verb's subject gives it ("sales will start on 2 May": a happening
    opens when it begins, and `_phase` keeps its opening and closing apart). A thing that opens
    ("the bridge will open in May") or a doer ("the mayor opened the fair") names no happening and
    keeps the verb; None then."""
    if m.frame.event not in _OPEN_CLOSE:
        return None
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None or not cf.predicate or cf.predicate.split()[0] != m.frame.event:
        return None
    noun = head_noun(cf.subject_text)
    if not noun or not noun.isalpha():
        return None
    forms = tuple(dict.fromkeys((singular(noun), noun)))
    verb = next((v for v in map(_action_verb, forms) if v), None)
    return verb or next((f for f in forms if _happening(f)), None)


def _phrasal(m: Mention) -> Optional[str]:
    """The date's clause predicate when it is the frame's verb with the particle or complement
    that makes it another verb, and WordNet lists that verb whole ("set up" a charity, a bond
    "falls due", "pull out" of a deal, "take over" a firm: Quirk et al. 1985, 16.2, a phrasal verb
    is one lexical unit, not its verb plus an adverb). The verb alone says something else ("set"
    is a verb of scheduling, "fall" one of a level, "take" a light verb), so the whole is the
    event two reports share ("set up" / "founded", "falls due" / "matures"). A phrasal predicate
    that is itself aspectual or a carrier ("carry out" an inspection) dates what it carries, as
    the verb would; None then and for a one-word predicate."""
    event = m.frame.event
    if not event or " " in event:
        return None
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None or not cf.predicate or cf.predicate.split()[0] != event:
        f = m.claim.frame
        cf = next((c for c in (getattr(f, "clauses", None) or ()) if c.predicate and c.predicate.split()[0] == event), None)
    whole = cf.predicate if cf is not None and cf.predicate else ""
    if " " not in whole or whole.split()[0] != event or whole in ASPECTUAL or whole in CARRIERS:
        return None
    return whole if whole in verb_senses()[0] or news_senses(whole) else None


#: A noun naming a deadline (as compare.date_spans reads one), with the act it is for: "the deadline
#: for applications", "the deadline to hand in forms", "the registration deadline".
_DEADLINE_FOR = re.compile(r"\b(?:deadline|cut-?off(?:\s+date)?|closing\s+date)\s+(for|to)\s+"
                           r"(?:(?:the|a|an|their|its|his|her|our|your|new|first|final|all)\s+)*([^\W\d_]+)", re.IGNORECASE)
_BEFORE_DEADLINE = re.compile(r"\b([^\W\d_]+)\s+(?:deadline|cut-?off)\b", re.IGNORECASE)
def _deadline_act(m: Mention) -> Optional[str]:
    """What a deadline dates: the act it is the deadline for. A date a clause names as a deadline
    ("the deadline for applications is 12 March", "the registration deadline is 12 March", "the
    deadline to hand in the forms is 31 August") dates the act the deadline is set for (apply,
    register, hand in), as "must apply by 12 March" does: a deadline is "a time or date before which
    a particular task must be finished" (Collins English Dictionary), and the task is its "for" or
    "to" complement or the noun before it. Likewise "have until 14 October to file the accounts"
    (time given, as "gave bidders until June to improve their offers"): the act is the infinitive
    after the date. The act as a verb (a noun through the verb it derives from), else None."""
    from .date_spans import named_deadline, time_given
    from .statements import verb_lemma

    given = time_given(m)
    if given:
        return verb_lemma(given)
    if not named_deadline(m):
        return None
    cf = clause_frame_at(m.claim, m.start, m.end)
    lo, hi = (max(0, cf.start - m.claim.start), max(0, cf.end - m.claim.start)) if cf is not None else (0, len(m.claim.text))
    text = m.claim.text[lo:hi]
    found = _DEADLINE_FOR.search(text)
    if found:
        word = found.group(2).lower()
        if found.group(1).lower() == "to":
            return verb_lemma(word)
        return _action_verb(word) or _action_verb(singular(word)) or verb_lemma(singular(word))
    before = _BEFORE_DEADLINE.search(text)
    if before:
        word = before.group(1).lower()
        return _action_verb(word) or (verb_lemma(word) if word.endswith("ing") else None)
    return None


#: What a date under any expression of a rule starting to apply dates (data/dates.json in_force:
#: "comes into force", "enters into force", "goes into effect", "becomes effective" all mean "takes
#: effect", as the dictionaries define them by one another).
TAKE_EFFECT = "take effect"
#: (verb, noun of its object or "into" phrase) and whole predicates ("become effective") of IN_FORCE.
_IN_FORCE_PAIRS = frozenset((p.split()[0], p.split()[-1]) for p in IN_FORCE)
_IN_FORCE_PREDICATES = frozenset(IN_FORCE)


#: The verb of the state every in-force expression starts ("come into force: to start to apply",
#: Cambridge Dictionary; data/dates.json in_force).
_APPLY = "apply"
#: "apply for" a permit: the verb of asking, not of being in force.
_ASKING_APPLY = re.compile(r"\bappl(?:y|ies|ied|ying)\s+for\b", re.IGNORECASE)


def _starts_to_apply(m: Mention, cf) -> bool:
    """The date opens the span of the state "apply" ("the new fare applies from 3 May", "the cap
    will apply from 1 January to all transfers"): the day the thing starts to apply, which is what
    every in-force expression dates ("takes effect on 3 May"), so the two date one event. Not the
    verb of asking ("applied for a licence from the council on 3 May"), nor a date that ends the
    state ("applies until June")."""
    from .date_spans import span_end

    clause = m.claim.text[max(0, cf.start - m.claim.start):max(0, cf.end - m.claim.start)]
    return span_end(m) == "start" and not _ASKING_APPLY.search(clause)


#: "in force", "in effect": the state of applying (Collins English Dictionary, force: "in force:
#: having legal validity or power, in operation"). A date from or by which a thing is in force
#: dates its taking effect ("the rules will be in force by late 2028", "the ban is in effect from
#: Monday"); one it is in force until dates its end.
_IN_FORCE_STATE = re.compile(r"\bin\s+(?:full\s+)?(?:force|effect)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _in_force(m: Mention) -> bool:
    """The date's clause says that something starts to apply: its verb with the object or "into"
    phrase of an in-force expression ("the rules come into force on 1 March", "the ban goes into
    effect"), or such a predicate whole ("the fee becomes effective"); or the clause holds the state
    "in force" / "in effect" and the date does not end it ("wanted the rules in force by late 2028",
    not "in force until June")."""
    event = m.frame.event
    if not event:
        return False
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is not None and _IN_FORCE_STATE.search(m.claim.text[max(0, cf.start - m.claim.start):max(0, cf.end - m.claim.start)]) \
            and not _UNTIL.search(m.claim.text[max(0, m.start - m.claim.start - 30):max(0, m.start - m.claim.start)]):
        return True
    if cf is None or not cf.predicate or cf.predicate.split()[0] != event.split()[0]:
        return False
    if cf.predicate in _IN_FORCE_PREDICATES:
        return True
    if event == _APPLY and cf.predicate == _APPLY and _starts_to_apply(m, cf):
        return True
    noun = cf.object.split()[-1].lower() if cf.object else None
    return (cf.predicate.split()[0], noun) in _IN_FORCE_PAIRS


#: A clause or a noun phrase after a date that says what else happens then: "until 3 March, when the
#: mill restarts", "from 9 October, the day the fund closed" (the date's own words come first).
_DESCRIBED = re.compile(r"[^,;.]{0,25},\s+(?:when|the\s+day|the\s+date)\b", re.IGNORECASE)


def governing_event(m: Mention) -> Optional[str]:
    """The verb of the clause a date stands in, when the date's frame names the event of a clause
    after it that describes the date ("will remain closed until Friday, when engineers
    check the pumps": the frame dates the check). Such a date is the time of both: the main
    clause's verb says what happens until or at it as much as the describing clause says what
    else happens then (Quirk et al. 1985, 15.25: a relative "when" clause after a time phrase
    adds to it, it does not replace it). None otherwise."""
    if m.frame is None or not m.frame.event or m.own_date:
        return None
    after = m.claim.text[max(0, m.end - m.claim.start):]
    if not _DESCRIBED.match(after):
        return None
    described = m.frame.event.split()[0]
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None or not cf.predicate or cf.start >= m.start:
        return None
    head = cf.predicate.split()[0]
    return None if head == described or head in LIGHT_VERBS else head


@per_mention
def described_event(m: Mention) -> Optional[str]:
    """The verb of a clause after a date that describes it, when the date's frame names the event
    of the clause the date stands in ("the flooding started on Monday, when seawater burst into the
    shaft": the frame dates the starting, and the describing clause says what happened then, the
    bursting). The mirror of `governing_event`: a relative "when" clause after a time phrase
    tells another happening at that time (Quirk et al. 1985, 15.25), which the other report may
    tell as its own clause ("seawater broke into the shaft on Sunday"). A verb of saying tells
    a report, which recurs ("inspected in 2024, when engineers reported minor rust" is one report
    of many), and is no such happening. None otherwise."""
    from .statements.nonanswers import saying_verbs

    if m.frame is None or not m.frame.event or m.own_date:
        return None
    after = m.claim.text[max(0, m.end - m.claim.start):]
    found = _DESCRIBED.match(after)
    if not found:
        return None
    lo = m.end + found.start()
    clauses = getattr(m.claim.frame, "clauses", None) or ()
    cf = next((c for c in clauses if c.start >= lo and c.predicate), None)
    if cf is None:
        return None
    head = cf.predicate.split()[0]
    return None if head == m.frame.event.split()[0] or head in LIGHT_VERBS or head in saying_verbs() else head


#: A clause of time opened by "when" ("When the bell rang on Friday, ..."): Quirk et al. 1985,
#: 15.25, it places the clause it modifies at its time.
_WHEN_CLAUSE = re.compile(r"\s*when\b", re.IGNORECASE)


@per_mention
def main_clause_event(m: Mention) -> Optional[str]:
    """The verb of the clause a fronted "when" clause holding the date modifies ("When the gates
    opened on Friday morning, about 900 fans had queued": the queueing is dated Friday as much as
    the opening): a clause of time places its main clause's happening at its time (Quirk et al.
    1985, 15.25), as `governing_event` reads a "when" clause after the date. None for a date not
    in such a clause, and for a main verb that is light or of saying (a report recurs)."""
    from .statements.nonanswers import saying_verbs

    if m.frame is None or m.own_date:
        return None
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None or not cf.predicate or not _WHEN_CLAUSE.match(m.claim.text[max(0, cf.start - m.claim.start):]):
        return None
    clauses = getattr(m.claim.frame, "clauses", None) or ()
    main = next((c for c in clauses if 0 <= c.start - cf.end <= 2 and c.predicate), None)
    if main is None:
        return None
    head = main.predicate.split()[0]
    return None if head == cf.predicate.split()[0] or head in LIGHT_VERBS or head in saying_verbs() else head


_PREP = re.compile(r"\s(?:of|at|in|on|for|to|from|by|with|over|under)\s", re.IGNORECASE)


def head_noun(text: Optional[str]) -> Optional[str]:
    """The head of a noun phrase as written: its last word before a preposition ("the
    construction of the line" -> construction, "full service" -> service)."""
    if not text:
        return None
    words = _PREP.split(f" {text} ", maxsplit=1)[0].replace(",", " ").split()
    return words[-1].lower() if words else None


def _aspect_event(m: Mention) -> str:
    return _event_and_noun(m)[0]


def _event_and_noun(m: Mention) -> tuple[str, Optional[str]]:
    """What an aspectual verb dates: the action its object or subject names when that is a
    noun derived from a verb with a suffix ("the inspection is due to start", "will start
    the inspection" -> inspect; WordNet's derivational links, data/noun_verbs.json). A noun with
    the verb's own form ("work", "project") often names a thing, not the act, and is not read as
    the verb. A clause with neither ("is due to start") takes the clause that governs it
    ("production is due"). A carrier (CARRIERS: "held a strike", "the hearing is scheduled for")
    or an aspectual verb ("will start flights", "the strike began") dates the happening its
    subject or object names, in the verb's form or, for a noun WordNet gives as an act or event
    among its two commonest senses, as the noun ("strike", "vote", "flight"): an aspectual verb
    says which phase of the happening, `_phase` keeps a start and an end apart. A plural noun
    is read in its singular ("refunds will begin" -> refund). Else the verb itself. With the
    event, the noun it was read from (None when it is the verb)."""
    event = m.frame.event
    clauses = list(getattr(m.claim.frame, "clauses", None) or ())
    cf = next((c for c in clauses if c.start <= m.start < c.end and c.predicate and c.predicate.split()[0] == event.split()[0]), None)
    if cf is None:
        return event, None
    nouns = [cf.object.split()[-1] if cf.object else None, head_noun(cf.subject_text)]
    if not cf.subject_text and not cf.object:
        gov = next((c for c in clauses if 0 <= cf.start - c.end <= 2), None)
        if gov is not None:
            nouns += [head_noun(gov.subject_text)] if gov.subject_text else list(gov.terms or ())
    carrier = event in CARRIERS or event in ASPECTUAL
    for noun in nouns:
        forms = tuple(dict.fromkeys((noun, singular(noun)))) if noun else ()
        verb = next((v for v in map(_action_verb, forms) if v), None)
        if verb:
            return verb, noun
        happening = next((f for f in reversed(forms) if _happening(f)), None) if carrier else None
        if happening:
            return happening, noun  # "held a strike", "the vote is on Friday": the happening itself
    return event, None


#: Verbs that carry a happening named by their subject or object and say nothing of it
#: themselves: the light verbs ("hold a strike", "the strike takes place", "payments will be
#: made", "the vote is on Friday"; Grimshaw & Mester 1988, 'Light verbs and theta-marking'), the
#: support verbs ("conducted an inspection"; Quirk et al. 1985, 10.47) and the verbs of
#: scheduling ("the hearing is scheduled for", "set for", "planned for"): a date under one of them
#: dates the happening, which is the event two reports share whatever verb each chose.
CARRIERS = LIGHT_VERBS | SUPPORT_VERBS | frozenset({"schedule", "set", "slate", "plan", "expect"})


def _action_verb(noun: Optional[str]) -> Optional[str]:
    """The verb a suffixed action noun derives from ("completion" -> complete), else None. The
    noun must name a happening in one of its two commonest WordNet senses (an act or an event:
    "inspection", "payment"): a noun derived from a verb may name the doer ("regulator",
    "operator", "builder"), who is not what a date dates."""
    verbs = noun_verbs().get(noun) if noun else None
    if not verbs or noun in verbs or not names_happening(noun):
        return None
    verb = verbs[0]
    return verb if verb not in LIGHT_VERBS and verb not in ASPECTUAL else None


#: The event of a bare day beside a speech verb: the report itself.
REPORT = "report"
PUBLICATION = "publication"


#: Aspectual verbs (Levin 1993, classes 55.1 "begin" and 55.2 "complete"; "take effect"): they
#: say that something starts, goes on or stops, and what it is comes from their subject, so
#: two of them date one event only when their clauses name the same thing.
ASPECTUAL = frozenset({"begin", "start", "commence", "resume", "restart", "continue", "proceed", "end", "finish",
                       "stop", "cease", "complete", "conclude", "terminate", "discontinue", "take effect", "take"})
#: Words of scheduling that say when, not what ("due to", "expected to", "set to", "slated").
_SCHEDULING = frozenset(key_terms("due expected scheduled set slated planned plans aims hopes will likely now"))


def _noun_of(m: Mention) -> Optional[str]:
    """The noun a date's event was read from (a carrier's or an aspectual verb's subject or
    object), else for a carrier left unread, None."""
    if m.frame is None or not (m.frame.event in ASPECTUAL or m.frame.event in CARRIERS):
        return None
    return _event_and_noun(m)[1]


def _happening(noun: str) -> bool:
    """A noun that names a happening: an act or event in WordNet's two commonest senses ("strike",
    "vote"), or one of the nouns news attaches dates to as events (data/dates.json
    schedule_nouns: "deadline", "meeting", "talks", "summit")."""
    return names_happening(noun) or noun in SCHEDULE_NOUNS


_ASPECT_STEMS = frozenset(key_terms(" ".join(
    "begin began begun begins beginning start started starts starting commence commenced resume resumed "
    "continue continued proceed proceeded end ended ends ending finish finished stop stopped cease ceased "
    "complete completed conclude concluded terminate terminated discontinue discontinued take effect".split()
    + list(IN_FORCE))))
_WHEN_WORDS = CALENDAR_WORDS | _SCHEDULING | _ASPECT_STEMS
