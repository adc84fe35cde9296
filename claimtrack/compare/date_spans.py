"""Where a date stands in a span or against a deadline, from the words before it: the end of a
span it opens or closes ("from", "until"), a schedule the text says was changed ("originally set
for"), a deadline ("by 2030") and the earliest day under a negation ("not before 2 March"). Read
by compare.dates when two dates of one event are judged."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Optional

from ..parsers.date_patterns import DEADLINE_VERBS, RESCHEDULE_VERBS
from .context import clause_bounds, clause_frame_at
from .mention import Mention, per_mention
from .periods import iso_period


#: Which end of a span a date bounds, from the words before it: "from", "since", "starting",
#: "between" open a span; "until", "till", "through", "up to", "by", "no later than" close it,
#: as does the second date of "between X and Y" or "from X to Y". Time adverbials of English
#: (Quirk et al. 1985, 8.57-8.62: "span" and "duration" prepositions). "before" bounds the time
#: of its clause from above as "by" does ("must be filed before 1 May", "a survey to be done
#: before June": the date is a limit, not the time of the act; Quirk et al. 9.21, anteriority).
_OPENS = re.compile(r"\b(?:from|since|starting|beginning|between|as\s+of|effective)\s+"
                    r"(?:(?:on|in|at|the|early|mid|late|dawn|midnight|noon)\s+)*$", re.IGNORECASE)
_CLOSES = re.compile(r"\b(?:until|till|through|up\s+to|by|no\s+later\s+than|before)\s+"
                     r"(?:(?:on|in|at|the|early|mid|late|end\s+of|dawn|midnight|noon)\s+)*$", re.IGNORECASE)
_SECOND_END = re.compile(r"\b(?:between|from)\s+[^,;:()]{1,40}?\s+(?:and|to|until|till|through|-)\s+$", re.IGNORECASE)
#: "will not open until May", "has no plans to open it before May": a negated clause with "until"
#: or "before" dates the event itself, it does not close a span (the event happens at that date,
#: not before it).
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
_REACH = 60  # characters before a date read for its preposition


def _words_before(m: Mention) -> str:
    """The claim's text in the _REACH characters before the date (where its preposition stands)."""
    rel = max(0, m.start - m.claim.start)
    return m.claim.text[max(0, rel - _REACH):rel]


#: A date the sentence names as a deadline: "the deadline for claims is 12 March", "a deadline of 4
#: May", "the cut-off date was Friday", "the 30 June deadline". A deadline is "a time or date before
#: which a particular task must be finished" (Collins English Dictionary), so the date bounds the
#: task as "by 12 March" does.
_DEADLINE_NOUN = r"(?:deadline|cut-?off(?:\s+date)?|closing\s+date)"
_NAMED_BEFORE = re.compile(rf"\b{_DEADLINE_NOUN}\b[^.;!?]{{0,40}}?\b(?:is|was|will\s+be|would\s+be|remains|"
                           r"falls\s+on|fell\s+on|set\s+for|of)\s+(?:(?:on|the)\s+)?$", re.IGNORECASE)
_NAMED_AFTER = re.compile(rf"^\s*{_DEADLINE_NOUN}\b", re.IGNORECASE)


def named_deadline(m: Mention) -> bool:
    """The sentence names the date as a deadline (see _NAMED_BEFORE), before it or right after it."""
    rel = max(0, m.end - m.claim.start)
    return bool(_NAMED_BEFORE.search(_words_before(m)) or _NAMED_AFTER.match(m.claim.text[rel:rel + 20]))


@per_mention
def span_end(m: Mention) -> Optional[str]:
    """'start' or 'end' when the date bounds a span (see _OPENS, _CLOSES), else None. A date the
    sentence names as a deadline (`named_deadline`) closes the time given, as "by" does."""
    before = _words_before(m)
    if _SECOND_END.search(before):
        return "end"
    if _OPENS.search(before):
        return "start"
    close = _CLOSES.search(before)
    if close and not (close.group(0).lower().startswith(("until", "till", "before")) and _NEGATED.search(before[:close.start()])):
        return "end"
    joined = _range_end(m)
    if joined:
        return joined
    return "end" if named_deadline(m) else None


#: What joins two dates into a span with no "from" or "between" before the first: "to",
#: "until", "till", "through", "thru" or a dash ("the fair runs May 3 to May 9", "open Tuesday
#: through Saturday"). Two time expressions so joined are the two ends of one period, as with
#: "from ... to ..." (whose "from" English often leaves out), but for two cases: under a verb that
#: moves a thing in time ("postponed the vote March 3 to March 10": the old date and the new one,
#: data/dates.json reschedule_verbs), and a dash that opens an apposition, closed by a second dash
#: or a comma after the second date ("began on Friday - May 9 - at the port": one day restated).
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|thru|([-\u2013\u2014]))\s*$", re.IGNORECASE)
#: The verbs of data/dates.json reschedule_verbs that move a thing in time with no particle (not
#: "hold", "put", "push", "bring": "will be held August 2 to August 6" is one span).
_MOVED = RESCHEDULE_VERBS & {"postpone", "delay", "defer", "reschedule", "move", "shift", "adjourn"}
_APPOSITION_CLOSE = re.compile(r"^\s*[-\u2013\u2014,]")


def _range_end(m: Mention) -> Optional[str]:
    """'start' for the first and 'end' for the second of two dates of one claim that nothing but a
    span joiner (`_RANGE_JOIN`) separates, else None (also under a verb of rescheduling, and for a
    dash closed after the second date: see _RANGE_JOIN)."""
    if m.frame is not None and getattr(m.frame, "event", None) in _MOVED:
        return None
    text, lo = m.claim.text, m.claim.start
    for d in m.claim.dates or ():
        first, second = (d, m) if d.end <= m.start else (m, d) if d.start >= m.end else (None, None)
        if first is None:
            continue
        join = _RANGE_JOIN.match(text[max(0, first.end - lo):max(0, second.start - lo)])
        if not join or join.group(1) and _APPOSITION_CLOSE.match(text[max(0, second.end - lo):]):
            continue
        return "end" if second is m else "start"
    return None


#: A date the text gives as a former schedule: "had been due to open in May", "was originally
#: set for 2029", "first planned for May", "the original date of 3 May", "postponed from 3 May":
#: the date before a change. Against the new date it is an update (the story says the plan
#: moved), not a contradiction between sources.
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously|formerly)\b"
    r"|\bfirst\s+(?:planned|scheduled|set|slated|due|expected)\s+(?:for|to|on|in|at|by)\b"
    r"|\boriginal\s+(?:date|deadline|schedule|plan|timetable)\b"
    r"|\bhad\s+(?:been\s+)?(?:due|scheduled|planned|expected|set|slated|meant|supposed|intended|hoped|promised)\b"
    r"|\b(?:was|were)\s+(?:supposed|meant)\s+to\b"
    r"|\b(?:postponed|delayed|moved|pushed\s+back|put\s+back|put\s+off|deferred|rescheduled|brought\s+forward)"
    r"\s+from\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


#: "be to" in the past ("the pier was to reopen in June"; "was to have reopened", unfulfilled): the
#: future as it was arranged then, seen from a later time (Quirk et al. 1985, 4.59 "future in the
#: past"; with the perfect infinitive the arrangement was not carried out).
_FUTURE_IN_PAST = re.compile(r"\b(?:was|were)\s+to\s+(have\s+)?[^\W\d_]+", re.IGNORECASE)


def superseded(m: Mention) -> bool:
    """The date is a schedule the text says was changed or given up (see _SUPERSEDED), or one
    given as the future as it stood then (`_FUTURE_IN_PAST`), outside a report: after a past
    verb of saying, "was to" is only the reported plan put in the past tense ("the mayor said the
    pier was to reopen in June", Quirk et al. 1985, 14.31, backshift), which may still hold."""
    from .statements.nonanswers import saying_verbs

    text, rel = m.claim.text, max(0, m.start - m.claim.start)
    lo, _ = clause_bounds(text, rel, max(rel, m.end - m.claim.start))
    if _SUPERSEDED.search(text[lo:rel]):
        return True
    then = _FUTURE_IN_PAST.search(text[lo:rel])
    # a report: the sentence's main verb is one of saying (as compare.date_one_event._reported reads it)
    reported = (m.claim.predicate or "").split(" ")[0] in saying_verbs()
    return bool(then) and (bool(then.group(1)) or not reported)


_DEADLINE = re.compile(r"\b(?:by|before|no\s+later\s+than)\s+(?:(?:the|early|mid|late|end\s+of)\s+)*$", re.IGNORECASE)


#: "have until Friday to appeal", "gave bidders until June to improve": the time given for an act
#: (the light verb "have" and the verbs that grant time, data/dates.json deadline_verbs).
_TIME_GIVEN = re.compile(r"^[\s,]*(?:\w+\s+){0,2}?to\s+([^\W\d_]+)", re.IGNORECASE)


def time_given(m: Mention) -> Optional[str]:
    """The verb of the act a date is the time given for ("have until 14 October to file the accounts",
    "gave bidders until June to improve their offers": have, and the verbs that grant time), as
    written, else None."""
    if m.frame is None or m.frame.event not in ({"have"} | DEADLINE_VERBS):
        return None
    if not re.search(r"\b(?:until|till)\s+(?:\w+\s+){0,2}$", m.claim.text[:max(0, m.start - m.claim.start)]):
        return None
    rel_end = max(0, m.end - m.claim.start)
    given = _TIME_GIVEN.match(m.claim.text[rel_end:rel_end + 40])
    return given.group(1) if given else None


def deadline(m: Mention) -> bool:
    """The date is a deadline ("by 2030", "before June", "the deadline is 12 March", "has until 12
    March to publish the list": time given for an act, `time_given`): the event falls
    on or before it. Not under a negation (see _earliest)."""
    return bool(_DEADLINE.search(_words_before(m)) or named_deadline(m) or time_given(m)) and not _negated_clause(m)


def _earliest(m: Mention) -> bool:
    """The date is the earliest the event can happen: a deadline under a negation ("will not
    reopen before 2 March", "cannot be finished by June") says the event falls on or after it
    (the negation of "before D" is "not earlier than D")."""
    return bool(_DEADLINE.search(_words_before(m))) and _negated_clause(m)


def _negated_clause(m: Mention) -> bool:
    """The date's own clause is negated: its clause frame's polarity, else a negation word in
    the clause before the date."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is not None:
        return cf.polarity == "negative"
    text, rel = m.claim.text, max(0, m.start - m.claim.start)
    lo, _ = clause_bounds(text, rel, max(rel, m.end - m.claim.start))
    return bool(_NEGATED.search(text[lo:rel]))


def _within_deadline(a: Mention, b: Mention, ia: str, ib: str) -> str:
    """A reason when one date is a deadline and the other, a plain date, falls before it:
    "finished by 2030" and "finished in 2029" both hold; or when one is the earliest date and
    the other falls on or after it ("not before 2 March" and "on 9 March"). A plain date before
    the earliest one cannot hold with it: no reason (judge_dates weighs it as a clash)."""
    for x, y, ix, iy in ((a, b, ia, ib), (b, a, ib, ia)):
        if deadline(y) or _earliest(y) or span_end(y) is not None:
            continue
        sx, sy = _span_days(x), _span_days(y)
        if not (sx and sy):
            continue
        if deadline(x) and sy[1] <= sx[1]:
            return f"{iy} falls before the deadline {ix}"
        if _earliest(x) and sy[0] >= sx[0]:
            return f"{iy} falls on or after the earliest date {ix}"
    return ""


def _span_days(m: Mention) -> Optional[tuple]:
    """First and last day a date covers: a week (stored as its Monday) covers seven days."""
    span = iso_period(m.payload.iso)
    if span is None:
        return None
    if m.payload.grain == "week":
        return span[0], span[0] + timedelta(days=6)
    return span


def _weeks_meet(a: Mention, b: Mention) -> bool:
    """One of the two is a week ("next week", stored as its Monday) and the other's days lie
    in it, or it lies in the other's month or year: the same time at different precision."""
    if "week" not in (a.payload.grain, b.payload.grain):
        return False
    sa, sb = _span_days(a), _span_days(b)
    if sa is None or sb is None:
        return False
    return (sa[0] <= sb[0] and sb[1] <= sa[1]) or (sb[0] <= sa[0] and sa[1] <= sb[1])


def parts_apart(a: Mention, b: Mention) -> Optional[tuple[str, str]]:
    """The two dates as written when they fall in one period (one ISO value holds the other) but
    name different parts of it, else None: "mid-2031" / "the end of 2031", "June 2031" / "late
    2031", "early March" / "March 25". "Early", "mid-" and "late" (and "the end of") name the
    thirds of a year or a month (January-April, May-August, September-December; days 1-10, 11-20,
    21-31); a part on the finer date only ("early March 2031" / "2031") says no more than it."""
    pa, pb = a.payload.part, b.payload.part
    ia, ib = a.payload.iso or "", b.payload.iso or ""
    if not (pa or pb) or not (ia.startswith(ib) or ib.startswith(ia)):
        return None
    if pa and pb:
        return (a.text.strip(), b.text.strip()) if pa != pb and len(ia) == len(ib) else None
    coarse, fine = (a, b) if pa else (b, a)
    ic, fi = coarse.payload.iso, fine.payload.iso
    if len(ic) == 4 and len(fi) >= 7:
        n, size = int(fi[5:7]), 12
    elif len(ic) == 7 and len(fi) >= 10:
        n, size = int(fi[8:10]), 31
    else:
        return None
    third = "early" if 3 * n <= size + 1 else "mid" if 3 * n <= 2 * size else "late"
    return (a.text.strip(), b.text.strip()) if third != coarse.payload.part else None


#: What joins two dates of one list in a sentence: "and", "or", a comma, "as well as", with a
#: preposition repeated or not ("in March and in May", "on 2, 3 or 4 June" read date by date).
_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|as\s+well\s+as)\s+)(?:(?:in|on|at|again\s+in|again\s+on)\s+)?$",
                     re.IGNORECASE)


@per_mention
def listed_with(m: Mention) -> frozenset:
    """The ISO values of the dates the sentence lists together with this one ("floods in March
    and May", "on 4, 5 or 6 June"): coordinated time adverbials name each a time of what the
    clause says, together (Quirk et al. 1985, 13.2: coordination of adverbials), so a date of
    the other report that is one of them is one of the times this sentence names, not another
    date of its event. Empty for a date that stands alone."""
    own = sorted((d for d in m.claim.dates if d.iso), key=lambda d: d.start)
    at = next((i for i, d in enumerate(own) if d.start == m.start and d.end == m.end), None)
    if at is None:
        return frozenset()
    lo = m.claim.start
    joined = [bool(_JOINED.match(m.claim.text[max(0, x.end - lo):max(0, y.start - lo)])) for x, y in zip(own, own[1:])]
    first = at
    while first > 0 and joined[first - 1]:
        first -= 1
    last = at
    while last < len(joined) and joined[last]:
        last += 1
    return frozenset(d.iso for i, d in enumerate(own[first:last + 1], first) if i != at)
