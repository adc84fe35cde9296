"""A clause that describes a date itself ("4 May, when the old contract lapsed"; "3 October, the
morning the vote was counted"): its verb, the event it names in place of a verb of lasting, and
its tense. Read from the dependency parse; used by `date_tense` and by the claim frames
(`frames.mentions`, through `date_tense.described_event`); moved out of pipeline/date_tense.py."""

from __future__ import annotations

from typing import Optional

from ..parsers.date_patterns import PLAN_VERBS
from .verb_tense import FUTURE_AUX, PAST_AUX, PERFECT


#: Head nouns of an apposition that names a date by what happened on it ("3 March, the day the
#: inquiry opened"; "in 2019, the year the plant closed").
_TIME_NOUNS = frozenset({"day", "date", "night", "morning", "afternoon", "evening", "week", "weekend", "month",
                         "year", "time", "moment", "hour"})


def describing_clause(span):
    """The verb of a clause that describes the date itself, or None: a "when" relative clause
    on it ("4 May, when the old contract lapsed") or a relative clause on an apposition of a
    time noun ("3 October, the morning the vote was counted")."""
    doc = span.doc
    # a "when" clause on the date (not "..., which ...": the parser hangs a thing's relative
    # clause on a date before it, "shares issued July 1, which will pay ...")
    clause = next((c for t in span for c in t.children if c.dep_ == "relcl" and c.i >= span.end
                   and any(w.lower_ == "when" for w in c.children)), None)
    if clause is None and span.end + 2 < len(doc) and doc[span.end].text == ",":
        # the apposition: ", the day <clause>" right after the date, its noun hung anywhere
        for t in doc[span.end + 1 : min(len(doc), span.end + 4)]:
            if t.lemma_.lower() in _TIME_NOUNS and t.pos_ == "NOUN":
                clause = next((c for c in t.children if c.dep_ == "relcl"), None)
                break
    return clause


#: Words of scheduling a described clause's event lies beyond ("when the bridge is scheduled to carry traffic").
_SCHEDULING = frozenset({"be", "to"}) | PLAN_VERBS


#: Verbs that say a state lasts, starts or stops rather than what happens (Levin 1993, 55.1
#: "begin" and 55.2 "complete" aspectual verbs, and verbs of lasting: remain, stay, run, last):
#: a date they govern is dated more precisely by a clause that describes it.
_WEAK_EVENTS = frozenset({"be", "remain", "stay", "run", "last", "continue", "keep", "hold", "begin", "start",
                          "commence", "resume", "end", "finish", "stop", "cease", "complete", "conclude", "shut",
                          "close", "open"})
#: Prepositions by which a date bounds a span ("until 17 May", "from 1 July", "since March").
_SPAN_PREPS = frozenset({"until", "till", "from", "since", "through", "to"})


def described_event(span, root, event: Optional[str]) -> Optional[str]:
    """What a date dates when a clause describes it (see describing_clause): the clause's verb,
    or past a verb of scheduling the act scheduled ("9 July, when the library is set to lend again" ->
    lend), in place of `event` (the verb the date hangs from) when that names no act of its
    own: a verb of lasting or an aspectual verb, or a span the date bounds ("stays shut until
    9 July, when ..."). Otherwise `event` ("surveyed in 2019, when divers found cracks":
    the survey, not the finding)."""
    if event is not None and event not in _WEAK_EVENTS and root.head.lower_ not in _SPAN_PREPS:
        return event
    tok = describing_clause(span)
    if tok is None:
        return event
    for _ in range(4):
        if tok.lemma_.lower() not in _SCHEDULING:
            break
        nxt = next((c for c in tok.children if c.dep_ in ("xcomp", "acomp", "pcomp", "pobj")), None)
        if nxt is None:
            break
        tok = nxt
    return tok.lemma_.lower()


def _describing_clause(span) -> Optional[bool]:
    """The tense of a clause that describes the date itself: a relative clause on it ("4 May,
    when the old contract lapsed") or on an apposition to it ("3 October, the morning the vote
    was counted"). What happened on a date is the most direct evidence of when it lies, whatever
    the tense of the verb the date hangs from ("the closure lasts from 3 October, the morning ...").
    None when there is no such clause."""
    clause = describing_clause(span)
    if clause is None:
        return None
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX and not aux & PERFECT:
        return True
    if aux & PAST_AUX or clause.tag_ == "VBD":
        return False
    if clause.tag_ in ("VBZ", "VBP"):
        return True  # "May 4, when the contract expires": a time clause's present is its future
    return None
