"""Whether two dates date one event (issue 13 item 1): one event word or verbs that share a
WordNet sense, a carrier's happening named on the other side, clauses that name one thing and
one act, and parties that meet (compare.date_align and compare.dates align and judge dates with
these; compare.date_events reads what each date dates)."""

from __future__ import annotations

import re
from typing import Optional

from ..text import pattern
from ..wordnet_nouns import names_happening
from .candidates import CALENDAR_WORDS
from .context import STOP_WORDS, clause_frame_at, fold, key_terms, shared_actors, stem
from .date_events import (ASPECTUAL, CARRIERS, TAKE_EFFECT, _WHEN_WORDS, _happening, head_noun, _noun_of, event_of)
from .mention import per_mention
from .mentions import Mention
from .statements import predicates_meet
from .units import singular



def _same_thing(a: Mention, b: Mention) -> bool:
    """The clauses of two dates share a word that is neither a calendar word, a scheduling
    word nor an aspectual verb, or the head of one clause's subject or object is named in the
    other's by a WordNet synonym or kind (`_names_noun`: "the plant" / "the works"): what starts or
    stops is named the same on both sides, or by another name of it."""
    if (a.ctx.clause - _WHEN_WORDS) & (b.ctx.clause - _WHEN_WORDS):
        return True
    cf = clause_frame_at(a.claim, a.start, a.end)
    heads = (head_noun(cf.subject_text), cf.object.split()[-1] if cf.object else None) if cf is not None else ()
    return any(h and h.isalpha() and h not in PRONOUNS and _names_noun(b, h) for h in heads)


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
    the federation said"). A rule taking effect is never told with the verb of another act on the
    rule: a law or a fee is made, announced or approved on one day and takes effect on another
    (enactment and commencement are two events: "the levy was unveiled on 2 May" / "the levy
    takes effect on 9 May")."""
    if how not in ("event", "context") or not _thing_terms(a) & _thing_terms(b) or not one_act(a, b):
        return False
    if (event_of(a) == TAKE_EFFECT) != (event_of(b) == TAKE_EFFECT):
        return False
    pa, pb = _phase(a), _phase(b)
    if pa and pb and pa != pb:
        return False  # the start and the end of one thing are two moments
    clash = bool(a.ctx.actors and b.ctx.actors) and not shared_actors(a.ctx.actors, b.ctx.actors)
    return not clash or _reported(a) or _reported(b)


def _thing_terms(m: Mention) -> frozenset:
    """What the date's clause names (the clause frame's nouns and adjectives, its subject's
    included), less calendar and scheduling words and the happening noun its event was read from
    ("the deadline for refund claims" names refunds and claims: a deadline is what every
    deadline is, `_named_alike`), and the event noun the date itself dates ("the 2027 regattas"
    dates regattas, and names nothing else: every edition of a recurring event is named so)."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None:
        return frozenset()
    noun = _noun_of(m)
    named = {stem(noun), stem(singular(noun))} if noun else set()
    event = event_of(m)
    if event and " " not in event:
        named |= {stem(event), stem(singular(event))}
    return frozenset(stem(t) for t in cf.terms or ()) - _WHEN_WORDS - named


@per_mention
def event_actors(m: Mention) -> frozenset:
    """The date's actors that take part in what it dates: those named in the clause the date
    stands in (its innermost clause frame, with that clause's subject), when the record has clause
    frames. A clause is one predication with its arguments (Quirk et al. 1985, 2.13-2.16; Huddleston
    & Pullum 2002, 2.1): the parties to the act it tells are named there, and the sentence's other
    clauses tell other acts or the telling of it. The source of a report is named outside it ("the
    cycling federation said the suspension would last until 3 May": the suspension is the rider's,
    not the federation's; "the levy starts on 4 May, the minister told reporters"; "according to a
    memo the Tribune obtained"), and so are the places and bodies of a relative clause ("the
    harvest begins on 9 May in the north, which grows half the island's barley"). A clause whose
    subject is named outside its own words (a relative clause, "a silo, which will open on 4 May";
    a pronoun; an infinitive with no subject) takes the subject of the clause it hangs from as a
    party too: the body that raised the money for the silo is the one opening it. Without a
    clause frame, all the sentence's actors, except, when its main verb is one of saying
    (`_reported`), those named only outside its reported clauses. An actor id is named in a clause
    when a word of it (three letters or more, no stop word) is."""
    actors = m.ctx.actors
    clauses = getattr(m.claim.frame, "clauses", None) or ()
    if not actors or not clauses:
        return actors
    lo = m.claim.start
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is not None:
        own = m.claim.text[max(0, cf.start - lo):max(0, cf.end - lo)]
        said = f"{own} {cf.subject_text or ''}"
        head = head_noun(cf.subject_text)
        if not head or head in PRONOUNS or cf.subject_text not in own:
            # "a silo, which will open on 4 May", "it will open", "plans to open": the clause names
            # its subject only through the clause it hangs from, whose subject is then a party
            up = _governing_clause(clauses, cf)
            said += f" {up.subject_text or ''}" if up is not None else ""
    elif _reported(m):
        said = " ".join(m.claim.text[max(0, c.start - lo):max(0, c.end - lo)] for c in clauses)
    else:
        return actors
    words = set(_WORD.findall(fold(said)))
    return frozenset(x for x in actors if any(len(w) > 2 and w not in STOP_WORDS and w in words for w in x.split("-")))


_WORD = re.compile(r"[^\W_]+")


def _governing_clause(clauses, cf):
    """The clause `cf` hangs from: the smallest other clause frame whose span holds it, else the
    nearest one that ends before it starts (a relative clause follows its antecedent's clause)."""
    holding = [c for c in clauses if c is not cf and c.start <= cf.start and cf.end <= c.end]
    if holding:
        return min(holding, key=lambda c: c.end - c.start)
    before = [c for c in clauses if c.end <= cf.start]
    return max(before, key=lambda c: c.end) if before else None


def parties_clash(a: Mention, b: Mention) -> bool:
    """Both dates' sentences name parties to what they report (`event_actors`) and share none:
    two parties' events ("the cooperative will open a silo in May" / "the ministry will open a
    silo in October")."""
    pa, pb = event_actors(a), event_actors(b)
    return bool(pa and pb) and not shared_actors(pa, pb)


#: Pronouns a clause's subject or object may be written with: they name no thing of their own, so
#: two dates' clauses never meet on them (read here and by date_deadlines, date_things, dates).
PRONOUNS = frozenset("it they he she this that these those which who we i you".split())


def one_carried_thing(a: Mention, b: Mention) -> bool:
    """Two dates under carriers that read no happening from their clauses (`_event_and_noun`: "the
    first crop is expected in May" / "the first crop would come in October": "crop" names no act)
    date one thing when the two clauses' subjects have one head noun and what else the clauses
    name meets, or one side names nothing else (as `_named_alike` reads one happening noun): a
    light or scheduling verb says nothing of what happens, its subject does."""
    if event_of(a) not in CARRIERS or event_of(b) not in CARRIERS:
        return False
    ca, cb = clause_frame_at(a.claim, a.start, a.end), clause_frame_at(b.claim, b.start, b.end)
    ha = head_noun(ca.subject_text) if ca is not None else None
    hb = head_noun(cb.subject_text) if cb is not None else None
    if not ha or not hb or not ha.isalpha() or ha in PRONOUNS or singular(ha) != singular(hb):
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
    deadlines of one story; "refunds will begin" and "the first refunds will be issued" one).
    A start and an end are two moments of one happening, never one event: "the survey will start
    on 4 June" / "the survey will end on 19 June" (`_phase`)."""
    pa, pb = _phase(a), _phase(b)
    if pa and pb and pa != pb:
        return False
    na, nb = _noun_of(a), _noun_of(b)
    if not (na and nb):
        return True
    nouns = {stem(na), stem(nb)}
    # (the dates' own words, "next year", "this month", say when, not what)
    ra = a.ctx.clause - _WHEN_WORDS - nouns - frozenset(key_terms(a.text))
    rb = b.ctx.clause - _WHEN_WORDS - nouns - frozenset(key_terms(b.text))
    return not ra or not rb or bool(ra & rb)


#: Aspectual verbs of starting and of stopping (Levin 1993, 55.1 "begin" verbs, "resume" a start
#: again; 55.2 "complete" verbs and "stop", "cease"), and the opening and closing of a thing that
#: runs for a time ("the fair opens on 3 July and closes on 16 July": Collins English Dictionary,
#: open "to begin", close "to end"): the phase of a happening a date under one of them dates.
_STARTING = frozenset({"begin", "start", "commence", "resume", "restart", "open", "reopen"})
_STOPPING = frozenset({"end", "finish", "stop", "cease", "complete", "conclude", "terminate", "discontinue", "close",
                       "shut"})


@per_mention
def _phase(m: Mention) -> Optional[str]:
    """'start' or 'end' for a date under an aspectual verb of starting or of stopping (the clause
    frame's event), else None. A date the parse hangs from the noun of a happening ("closes with a
    parade on 16 July", "ends with the final race on 12 June": the frame's event is the parade, the
    race) takes the phase of the aspectual verb whose "with" phrase holds that noun: the last verb
    of starting or stopping followed by "with" in the stretch before the date that no comma, colon
    or coordinator ("and", "but") cuts off ("begin with" and "end with" name the first and the last
    part of a happening: Levin 1993, 55.1)."""
    event = m.frame.event if m.frame is not None else None
    if event in _STARTING:
        return "start"
    if event in _STOPPING:
        return "end"
    from .statements import verb_lemma

    before = m.claim.text[:max(0, m.start - m.claim.start)]
    stretch = _STRETCH_CUT.split(before)[-1]
    for word in reversed(_WITH.findall(stretch)):
        lemma = verb_lemma(word)
        if lemma in _STARTING:
            return "start"
        if lemma in _STOPPING:
            return "end"
    return None


_WITH = re.compile(r"\b([^\W\d_]+)\s+with\b", re.IGNORECASE)


#: What cuts a clause's stretch before a date: a comma, a semicolon, a colon, a dash, a
#: parenthesis, or a coordinator or subordinator that opens another clause.
_STRETCH_CUT = re.compile(r"[,;:()\u2014\u2013]|\b(?:and|but|or|while|when|after|before|because|which|who|that)\b",
                          re.IGNORECASE)


def verbs_meet(a: Mention, b: Mention, ea: str, eb: str) -> bool:
    """The two events share a WordNet sense ("began" / "started"), or they are read from the
    nouns under two aspectual verbs that do ("the crossings will start" / "the sailings are to
    begin": two names of one service, which WordNet does not link as verbs)."""
    if ea == eb:
        return _named_alike(a, b)
    if predicates_meet(ea, eb):
        return True
    fa, fb = a.frame.event if a.frame else None, b.frame.event if b.frame else None
    if fa in ASPECTUAL and fb in ASPECTUAL and (fa, fb) != (ea, eb) and predicates_meet(fa, fb):
        return True
    # an event read from the noun under a verb of starting or stopping ("the fire began") meets a
    # verb that shares a sense with that aspectual verb ("a blaze broke out": break out is a way to
    # begin) when the other clause names the noun or a WordNet synonym or kind of it (blaze / fire)
    return any(fy in ASPECTUAL and ey != fy and predicates_meet(ex, fy) and _names_noun(x, _noun_of(y))
               for x, y, ex, ey, fy in ((a, b, ea, eb, fb), (b, a, eb, ea, fa)))


def _names_noun(m: Mention, noun: Optional[str]) -> bool:
    """The date's clause frame names `noun`, or a WordNet synonym or kind of it, among its words
    (its subject's included)."""
    from .statements import words_meet

    cf = clause_frame_at(m.claim, m.start, m.end)
    if not noun or cf is None:
        return False
    words = list(cf.terms or ()) + ([head_noun(cf.subject_text)] if cf.subject_text else [])
    one = singular(noun)
    return any(w and (singular(w) == one or words_meet(one, singular(w))) for w in words)


def _carried(m: Mention, happening: str) -> bool:
    return event_of(m) in CARRIERS and _happening(happening) and stem(happening) in m.ctx.clause


def _held_happening(a: Mention, b: Mention) -> bool:
    """A light verb ("hold", "be", "take") says nothing of what happens: the thing it holds does
    ("the final will be held in May", "the vote is on Friday"; Grimshaw & Mester 1988). Two
    dates under one light verb date one event when their clauses share a noun that WordNet
    gives as an act or an event among its two commonest senses ("match", "vote", "strike"),
    not a thing ("gate", "academy")."""
    shared = (a.ctx.clause - _WHEN_WORDS) & (b.ctx.clause - _WHEN_WORDS)
    return any(names_happening(w) for w in shared)


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
    found = pattern(rf"\b{re.escape(head)}\b", re.IGNORECASE).search(text)
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
