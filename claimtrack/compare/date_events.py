"""What a date dates (issue 13 item 1): the event its clause frame names, read through aspectual,
light, support and scheduling verbs to the happening their subject or object names, and whether
two dates' events are one (compare.dates aligns and judges dates with these)."""

from __future__ import annotations

import re
from typing import Optional

from ..parsers.date_patterns import IN_FORCE, SCHEDULE_NOUNS
from ..wordnet_nouns import names_happening
from .candidates import CALENDAR_WORDS
from .context import clause_frame_at, fold, key_terms, shared_actors, stem
from .mention import per_mention
from .mentions import Mention
from .statements import LIGHT_VERBS, _noun_verbs, predicates_meet
from .statements.lexicon import SUPPORT_VERBS, _verb_senses
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
    if m.frame.event in ASPECTUAL or m.frame.event in CARRIERS:
        return _aspect_event(m)
    # an event noun the date hangs from ("the hearing on 19 November", "the June election")
    # dates the act it names, as the verb does ("will hear the case on 12 November")
    return _action_verb(m.frame.event) or m.frame.event


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
    return whole if whole in _verb_senses()[0] or news_senses(whole) else None


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
    from .date_spans import _named_deadline, _time_given
    from .statements import verb_lemma

    given = _time_given(m)
    if given:
        return verb_lemma(given)
    if not _named_deadline(m):
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


_PREP = re.compile(r"\s(?:of|at|in|on|for|to|from|by|with|over|under)\s", re.IGNORECASE)


def _head_noun(text: Optional[str]) -> Optional[str]:
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
    the verb's own form ("work", "project") often names a thing, not the act, and is left.
    A clause with neither ("is due to start") takes the clause that governs it ("production
    is due"). A carrier (CARRIERS: "held a strike", "the hearing is scheduled for") dates the
    happening its subject or object names, in the verb's form or, for a noun WordNet gives as an
    act or event among its two commonest senses, as the noun ("strike", "vote"). A plural noun
    is read in its singular ("refunds will begin" -> refund). Else the verb itself. With the
    event, the noun it was read from (None when it is the verb)."""
    event = m.frame.event
    clauses = list(getattr(m.claim.frame, "clauses", None) or ())
    cf = next((c for c in clauses if c.start <= m.start < c.end and c.predicate and c.predicate.split()[0] == event.split()[0]), None)
    if cf is None:
        return event, None
    nouns = [cf.object.split()[-1] if cf.object else None, _head_noun(cf.subject_text)]
    if not cf.subject_text and not cf.object:
        gov = next((c for c in clauses if 0 <= cf.start - c.end <= 2), None)
        if gov is not None:
            nouns += [_head_noun(gov.subject_text)] if gov.subject_text else list(gov.terms or ())
    carrier = event in CARRIERS
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
    verbs = _noun_verbs().get(noun) if noun else None
    if not verbs or noun in verbs or not names_happening(noun):
        return None
    verb = verbs[0]
    return verb if verb not in LIGHT_VERBS and verb not in ASPECTUAL else None


_VOWELS = "aeiou"
#: Endings of two-syllable verbs stressed on the last syllable, which double it too
#: ("admitting", "beginning", "occurring", "controlling", "compelling", "regretting").
_STRESSED_FINAL = ("mit", "gin", "cur", "trol", "pel", "gret")


def gerund(verb: str) -> str:
    """'take' -> 'taking', 'cut' -> 'cutting', 'die' -> 'dying', 'step up' -> 'stepping up':
    English spelling of the -ing form (a final silent e drops, a one-syllable verb ending in
    consonant-vowel-consonant doubles its last letter)."""
    head, _, rest = verb.partition(" ")
    w = head.lower()
    if w.endswith("ie"):
        w = w[:-2] + "y"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2 and w != "be":
        w = w[:-1]
    elif (len(w) >= 3 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS
          and (sum(1 for i, ch in enumerate(w) if ch in _VOWELS and (i == 0 or w[i - 1] not in _VOWELS)) == 1
               or w.endswith(_STRESSED_FINAL))):
        w = w + w[-1]
    return w + "ing" + (f" {rest}" if rest else "")


def event_label(m: Mention, event: str) -> str:
    """What a date dates, for people: the clause's action with its object ('taking effect',
    'approving pension reform'), else the event noun ('the festival'), else the event word."""
    if event == REPORT:
        return "the report"
    if event == PUBLICATION:
        return event
    if event == TAKE_EFFECT:
        return gerund(event)
    if m.frame is not None and (m.frame.event in ASPECTUAL or m.frame.event in CARRIERS) and event != m.frame.event:
        # "the inspection is due to start": the date of inspecting; "held a strike": the strike
        cf = clause_frame_at(m.claim, m.start, m.end)
        return f"the {event}" if cf is not None and event in (cf.terms or ()) else gerund(event)
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None or not cf.predicate or cf.predicate.split()[0] != event.split()[0]:
        # the clause of the event word, wherever the date sits in the sentence
        f = m.claim.frame
        cf = next((c for c in (getattr(f, "clauses", None) or ()) if c.predicate and c.predicate.split()[0] == event.split()[0]),
                  cf)
    if cf is not None and cf.predicate and cf.predicate.split()[0] == event.split()[0] and (event not in LIGHT_VERBS or cf.object):
        return gerund(cf.predicate) + (f" {cf.object}" if cf.object else "")
    if cf is not None and cf.predicate and cf.predicate != event and event in (cf.terms or ()):
        return f"the {event}"  # an event noun: "the festival", "the harvest"
    return event


#: The event of a bare day beside a speech verb: the report itself.
REPORT = "report"
PUBLICATION = "publication"


#: Aspectual verbs (Levin 1993, classes 55.1 "begin" and 55.2 "complete"; "take effect"): they
#: say that something starts, goes on or stops, and what it is comes from their subject, so
#: two of them date one event only when their clauses name the same thing.
ASPECTUAL = frozenset({"begin", "start", "commence", "resume", "continue", "proceed", "end", "finish",
                       "stop", "cease", "complete", "conclude", "terminate", "discontinue", "take effect", "take"})
#: Words of scheduling that say when, not what ("due to", "expected to", "set to", "slated").
_SCHEDULING = frozenset(key_terms("due expected scheduled set slated planned plans aims hopes will likely now"))


def _same_thing(a: Mention, b: Mention) -> bool:
    """The clauses of two dates share a word that is neither a calendar word, a scheduling
    word nor an aspectual verb: what starts or stops is named the same on both sides."""
    return bool((a.ctx.clause - _WHEN_WORDS) & (b.ctx.clause - _WHEN_WORDS))


def _same_event(a: Mention, b: Mention, ea: Optional[str], eb: Optional[str]) -> bool:
    """The two dates date one event: one event word, or a carrier left unread on one side (see
    _aspect_event: its own clause names no happening as subject or object) whose clause holds
    the happening the other side dates ("plans to stage the next tournament, with a final due
    in 2031" / "the next final will be played in 2030": the final)."""
    if not (ea and eb):
        return False
    if ea != eb and not (_carried(a, eb) or _carried(b, ea)):
        return one_carried_thing(a, b)
    return _named_alike(a, b)


def described_alike(a: Mention, b: Mention, how: str) -> bool:
    """Two dates aligned on their words (`how` "event" or "context", not the story alone) whose
    clauses name one thing (`_thing_terms`: a noun or adjective of both clause frames that is
    neither a calendar nor a scheduling word, nor the happening noun itself) may date one event told with two verbs: "the relics were taken from the
    tombs by the engineer Ana Ruiz in 1921" / "Ana Ruiz dug the relics out of the tombs in 1923".
    Two reports of one story describe one happening in their own verbs, and what the happening
    is about keeps its name. Actors that share none tell two parties' events apart ("Chile votes
    on 3 May" / "Peru votes on 10 May"), unless a sentence's main verb is one of saying: its
    actors then hold its source, who is no party to what it reports ("the ban runs from 4 May,
    the federation said")."""
    if how not in ("event", "context") or not _thing_terms(a) & _thing_terms(b) or not one_act(a, b):
        return False
    clash = bool(a.ctx.actors and b.ctx.actors) and not shared_actors(a.ctx.actors, b.ctx.actors)
    return not clash or _reported(a) or _reported(b)


def _thing_terms(m: Mention) -> frozenset:
    """What the date's clause names (the clause frame's nouns and adjectives, its subject's
    included), less calendar and scheduling words and the happening noun its event was read from
    ("the deadline for refund claims" names refunds and claims: a deadline is what every
    deadline is, `_named_alike`)."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None:
        return frozenset()
    noun = _noun_of(m)
    named = {stem(noun), stem(singular(noun))} if noun else set()
    return frozenset(stem(t) for t in cf.terms or ()) - _WHEN_WORDS - named


@per_mention
def event_actors(m: Mention) -> frozenset:
    """The date's actors that take part in what its sentence reports: all of them, except, when the
    sentence's main verb is one of saying (`_reported`), those named only outside its reported
    clauses (the clause frames): the source, who is no party to what it reports ("the cycling
    federation said the suspension would last until 3 May, the day the appeal is heard": the
    suspension is the rider's, not the federation's). An actor id is named in a clause when a word
    of it (three letters or more) is."""
    actors = m.ctx.actors
    clauses = getattr(m.claim.frame, "clauses", None) or ()
    if not actors or not clauses or not _reported(m):
        return actors
    lo = m.claim.start
    said = set(fold(" ".join(m.claim.text[max(0, c.start - lo):max(0, c.end - lo)] for c in clauses)).split())
    return frozenset(x for x in actors if any(len(w) > 2 and w in said for w in x.split("-")))


def parties_clash(a: Mention, b: Mention) -> bool:
    """Both dates' sentences name parties to what they report (`event_actors`) and share none:
    two parties' events ("the cooperative will open a silo in May" / "the ministry will open a
    silo in October")."""
    pa, pb = event_actors(a), event_actors(b)
    return bool(pa and pb) and not shared_actors(pa, pb)


_PRONOUNS = frozenset("it they he she this that these those which who we i you".split())


def one_carried_thing(a: Mention, b: Mention) -> bool:
    """Two dates under carriers that read no happening from their clauses (`_event_and_noun`: "the
    first crop is expected in May" / "the first crop would come in October": "crop" names no act)
    date one thing when the two clauses' subjects have one head noun and what else the clauses
    name meets, or one side names nothing else (as `_named_alike` reads one happening noun): a
    light or scheduling verb says nothing of what happens, its subject does."""
    if event_of(a) not in CARRIERS or event_of(b) not in CARRIERS:
        return False
    ca, cb = clause_frame_at(a.claim, a.start, a.end), clause_frame_at(b.claim, b.start, b.end)
    ha = _head_noun(ca.subject_text) if ca is not None else None
    hb = _head_noun(cb.subject_text) if cb is not None else None
    if not ha or not hb or not ha.isalpha() or ha in _PRONOUNS or singular(ha) != singular(hb):
        return False
    nouns = {stem(ha), stem(singular(ha))}
    ra, rb = a.ctx.clause - _WHEN_WORDS - nouns, b.ctx.clause - _WHEN_WORDS - nouns
    return not ra or not rb or bool(ra & rb)


def _reported(m: Mention) -> bool:
    """The date's sentence is a report: its main verb is a verb of saying ("said", "announced")."""
    from .statements.nonanswers import saying_verbs

    return (m.claim.predicate or "").split(" ")[0] in saying_verbs()


def _named_alike(a: Mention, b: Mention) -> bool:
    """An event read from a noun on both sides (see _event_and_noun) is one event only when what
    else the two clauses say of it meets: they share a word beside the noun, or one side says
    nothing else ("the deadline for refund claims" and "the deadline for agents' tickets" are two
    deadlines of one story; "refunds will begin" and "the first refunds will be issued" one)."""
    na, nb = _noun_of(a), _noun_of(b)
    if not (na and nb):
        return True
    nouns = {stem(na), stem(nb)}
    ra, rb = a.ctx.clause - _WHEN_WORDS - nouns, b.ctx.clause - _WHEN_WORDS - nouns
    return not ra or not rb or bool(ra & rb)


def _noun_of(m: Mention) -> Optional[str]:
    """The noun a date's event was read from (a carrier's or an aspectual verb's subject or
    object), else for a carrier left unread, None."""
    if m.frame is None or not (m.frame.event in ASPECTUAL or m.frame.event in CARRIERS):
        return None
    return _event_and_noun(m)[1]


def _verbs_meet(a: Mention, b: Mention, ea: str, eb: str) -> bool:
    """The two events share a WordNet sense ("began" / "started"), or they are read from the
    nouns under two aspectual verbs that do ("the crossings will start" / "the sailings are to
    begin": two names of one service, which WordNet does not link as verbs)."""
    if ea == eb:
        return _named_alike(a, b)
    if predicates_meet(ea, eb):
        return True
    fa, fb = a.frame.event if a.frame else None, b.frame.event if b.frame else None
    return fa in ASPECTUAL and fb in ASPECTUAL and (fa, fb) != (ea, eb) and predicates_meet(fa, fb)


def _carried(m: Mention, happening: str) -> bool:
    return event_of(m) in CARRIERS and _happening(happening) and stem(happening) in m.ctx.clause


def _happening(noun: str) -> bool:
    """A noun that names a happening: an act or event in WordNet's two commonest senses ("strike",
    "vote"), or one of the nouns news attaches dates to as events (data/dates.json
    schedule_nouns: "deadline", "meeting", "talks", "summit")."""
    return names_happening(noun) or noun in SCHEDULE_NOUNS


def _held_happening(a: Mention, b: Mention) -> bool:
    """A light verb ("hold", "be", "take") says nothing of what happens: the thing it holds does
    ("the final will be held in May", "the vote is on Friday"; Grimshaw & Mester 1988). Two
    dates under one light verb date one event when their clauses share a noun that WordNet
    gives as an act or an event among its two commonest senses ("match", "vote", "strike"),
    not a thing ("gate", "academy")."""
    shared = (a.ctx.clause - _WHEN_WORDS) & (b.ctx.clause - _WHEN_WORDS)
    return any(names_happening(w) for w in shared)


_ASPECT_STEMS = frozenset(key_terms(" ".join(
    "begin began begun begins beginning start started starts starting commence commenced resume resumed "
    "continue continued proceed proceeded end ended ends ending finish finished stop stopped cease ceased "
    "complete completed conclude concluded terminate terminated discontinue discontinued take effect".split()
    + list(IN_FORCE))))
_WHEN_WORDS = CALENDAR_WORDS | _SCHEDULING | _ASPECT_STEMS


def _ignored(ea: Optional[str], eb: Optional[str]) -> frozenset:
    """Words that are no evidence of one event: calendar words; and when both events are
    aspectual, the verbs and words of scheduling too (they say when, not what)."""
    return _WHEN_WORDS if ea in ASPECTUAL and eb in ASPECTUAL else CALENDAR_WORDS


#: A preposition that opens the complement of a noun of an act or an agreement ("a deal with the
#: port authority", "a contract for six tugs", "talks on the border", "a loan to the city").
_NOUN_COMPLEMENT = re.compile(r"\s*(?:with|for|of|on|over|to|from|between)\s", re.IGNORECASE)
_COMPLEMENT_END = re.compile(r"[,;:.!?()\u2014\u2013]|\b(?:and|but|after|before|because|if|when|while|which|who|that)\b",
                             re.IGNORECASE)


def one_act(a: Mention, b: Mention) -> bool:
    """The clauses of two dates name one act, not two acts of a kind: the complements of their
    objects (`_object_complement`: "a deal with the port authority" / "a deal with a ferry line",
    "a contract for six tugs" / "a contract for two ferries") meet in a word (or a WordNet synonym
    or kind), or one side has none, or one names a thing by its name and the other by a
    description ("a deal with Nordlys" / "a deal with the airline" may be one deal: a definite
    description takes up a named thing). One verb with one object head names a kind of act ("signs
    a deal", "wins a contract"); what a report adds to the noun after it says which deal, so two
    that add words of one kind and share none are two deals (as `_named_alike` reads two
    happenings named by one noun)."""
    (ta, na, wa), (tb, nb, wb) = _object_complement(a), _object_complement(b)
    if not ta or not tb or ta & tb or na != nb:
        return True
    from .statements import words_meet

    return any(words_meet(wa[x], wb[y]) for x in ta for y in tb)


_NAMED = re.compile(r"\b[A-Z][\w'’-]*")


@per_mention
def _object_complement(m: Mention) -> tuple[frozenset, bool, dict]:
    """The content words of the phrase a preposition opens right after the object of the date's
    clause ("signed a deal with the port authority this year" -> port, authority), up to the date,
    a punctuation mark or a conjunction (empty when the object has none); whether it holds a name
    (a capitalised word); and its words as written (stem -> word)."""
    none: tuple = (frozenset(), False, {})
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is not None and not cf.object and cf.subject_text and (cf.predicate or "").split(" ")[0] == "be":
        return _subject_complement(cf.subject_text)
    if cf is None or not cf.object:
        return none
    lo, hi = max(0, cf.start - m.claim.start), max(0, cf.end - m.claim.start)
    text = m.claim.text[lo:hi]
    head = cf.object.split()[-1]
    found = re.search(rf"\b{re.escape(head)}\b", text, re.IGNORECASE)
    if found is None:
        return none
    rest = text[found.end():]
    cut = m.start - m.claim.start - lo - found.end()
    if 0 <= cut < len(rest):
        rest = rest[:cut]  # up to the date itself
    if not _NOUN_COMPLEMENT.match(rest):
        return none
    end = _COMPLEMENT_END.search(rest)
    phrase = rest[:end.start()] if end else rest
    surface: dict = {}
    return frozenset(key_terms(phrase, surface)) - _WHEN_WORDS, bool(_NAMED.search(phrase)), surface


_SUBJECT_COMPLEMENT = re.compile(r"^[^,;:()]*?\b[^\W\d_]+(\s+(?:with|for|of|on|over|to|from|between)\s.*)$", re.IGNORECASE)


def _subject_complement(subject: str) -> tuple[frozenset, bool, dict]:
    """The complement of the subject's head noun, read as `_object_complement` reads the object's,
    for a clause whose verb is "be" with no object: the copula says nothing of what happens, the
    subject names what the date dates ("the target for the first batch is May 31", "the vote on
    the budget is on 3 May"), and what follows its noun says which one ("the target for full
    output", "the vote on the tax": another target, another vote), as "a deal with the port" / "a
    deal with a ferry line" are two deals."""
    found = _SUBJECT_COMPLEMENT.match(subject)
    if found is None:
        return frozenset(), False, {}
    rest = found.group(1)
    end = _COMPLEMENT_END.search(rest, 1)
    phrase = rest[:end.start()] if end else rest
    surface: dict = {}
    return frozenset(key_terms(phrase, surface)) - _WHEN_WORDS, bool(_NAMED.search(phrase)), surface
