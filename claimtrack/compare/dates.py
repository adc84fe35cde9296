"""Dates compared: two date mentions aligned on the event they date, judged by their ISO values
(judge_dates: agree, conflict, or related as an update, a span's two ends, a deadline kept, a
reading that cannot be held against the other).

The alignment and the lede's date are `compare/date_align.py`; when two figures speak of
different moments (as-of and article dates, the news cycle) is `compare/as_of.py`; what a date
dates is `compare/date_events.py`, whether two dates date one event `compare/date_one_event.py`,
its wording for people `compare/date_label.py`, the spans and deadlines dates bound `compare/date_spans.py`.
The names other modules and tests read here (align_dates, mark_lede, time_gap, apart, ...) are
importable from this module as before."""

from __future__ import annotations

import calendar
import re
from typing import Optional

from ..wordnet_nouns import names_happening
from .as_of import UPDATE_DAYS, _ahead, _close, _past, apart, compatible_iso, doc_anchor, time_gap
from .candidates import CALENDAR_WORDS, CONFLICT_MIN, Alignment, Candidate
from .context import clause_frame_at, key_terms, shared_terms, similarity
from .date_align import DATE_ALIGN, GRAIN_SCORE, LEDE_BONUS, _eventful, meeting_events, _precision, align_dates, mark_lede
from .mentions import Mention, tally_joined
from .date_spans import _weeks_meet, _within_deadline, _words_before, listed_with, parts_apart, span_end, superseded
from .periods import iso_date
from .intervals import _DURATIONS
from .standing_cues import cues
from .date_events import ASPECTUAL, PUBLICATION, REPORT, TAKE_EFFECT, _WHEN_WORDS, _happening, head_noun, event_of
from .date_things import near_at_grain, one_participant
from .date_deadlines import two_obligations
from .date_ordinals import one_ordinal_occurrence
from .date_label import event_label
from .date_since import baseline_apart
from .date_once import _ENDING, _ends_of_two, _once, _thing
from .date_one_event import (PRONOUNS, _carried, _held_happening, _ignored, _named_alike, _phase, verbs_meet,
                             described_alike, one_act)
from .statements import LIGHT_VERBS
from .units import conversion, singular

__all__ = ["DATE_ALIGN", "GRAIN_SCORE", "LEDE_BONUS", "REPORT", "UPDATE_DAYS", "about_one_thing", "align_dates", "apart",
           "compatible_iso", "doc_anchor", "event_of", "judge_dates", "mark_lede", "span_end", "time_gap"]


def _rescheduled(a: Mention, b: Mention, anchors: tuple) -> Optional[str]:
    """Why two dates of one plan are an update, else None: the articles are dated more than one
    news cycle apart (UPDATE_DAYS) and the earlier article's date still lay ahead when it was
    written. A plan announced again weeks later with another date has been moved (issue 13: an
    earlier and a later announcement at different as-of dates are an update, read from the
    dates); a date already past when first reported is a fact, and two of them conflict."""
    pa, pb = iso_date(anchors[0]), iso_date(anchors[1])
    if pa is None or pb is None or abs((pa - pb).days) <= UPDATE_DAYS:
        return None
    (first, anchor, side), (_, later_anchor, other) = sorted(((pa, anchors[0], a), (pb, anchors[1], b)), key=lambda x: x[0])
    if not _ahead(side.payload.iso, anchor):
        return None
    return (f"{side.payload.iso} was the plan reported on {anchor}, {other.payload.iso} the one reported on "
            f"{later_anchor}: the later report updates it")


def _past_and_forecast(a: Mention, b: Mention, anchors: tuple, how: str = "") -> bool:
    """One date is over when its article was written and the other is not, and the one over was
    already over when the other article was written: a thing that happened and a thing expected
    after it ("peaked in 2019", "will peak by the end of 2021") are two occurrences of one kind of
    event, not two datings of one. A thing reported done on or after the day the other report
    expected it ("is expected to dock on Thursday", written on Wednesday / "docked yesterday",
    written on Thursday: Wednesday) may be the very occurrence expected: one event, two dates,
    when the two name one event at one grain, close (not "announced the rule yesterday" against
    "the rule takes effect on March 16", nor an end yesterday against an end in 2028).
    The day of writing itself is over for a clause that tells what was done ("police raided the
    offices on Friday", written on Friday, `_done`), when the two frames name one event at one grain;
    for a clause that looks forward it is ahead. Two dates both over name one event by the evidence
    `_firm` holds two past days by: one verb or one sense, or two verbs about one thing
    (`described_alike`, from the alignment's `how`: "crews towed the barge off the sandbank on
    Monday, 9 March 2026", written that Monday, / "the barge was pulled free on 11 March 2026"): a
    report's own day told as done is a past day like any other. A thing done against a thing
    expected needs one verb or one sense: the telling of a plan is not the plan's happening."""
    sa, sb = _past(a.payload.iso, anchors[0]), _past(b.payload.iso, anchors[1])
    if sa is None or sb is None:
        return False
    pa, pb = _done(a, anchors[0]), _done(b, anchors[1])
    # the relaxations below hold only when the frames name one event (one verb or one sense,
    # `_events_agree`) at one grain and close (`_one_grain`): "announced the rule yesterday" is not
    # the rule taking effect on March 16, nor "three years in charge ended yesterday" a contract
    # that ends in 2028, nor "took effect on Friday" the announcement on Thursday
    if pa == pb:
        # both over (one of them the article's own day told as done) or both ahead
        return sa != sb and not (_one_grain(a, b) and (_events_agree(a, b) or pa and described_alike(a, b, how)))
    done, expected_anchor = (a.payload.iso, anchors[1]) if pa else (b.payload.iso, anchors[0])
    if _past(done, expected_anchor) is not False:
        return True
    # done while still expected: the very occurrence expected, when the frames say so
    return not (_one_grain(a, b) and _events_agree(a, b))


def _done(m: Mention, anchor: Optional[str]) -> Optional[bool]:
    """The date is over when its article was written (`_past`), or it is the article's own day in a
    clause that does not look forward (`_FORWARD`): what a report tells of its day, in the past
    tense, is done. None for an undated article."""
    past = _past(m.payload.iso, anchor)
    if past is not False or (m.payload.iso or "") != (anchor or "")[:10]:
        return past
    cf = clause_frame_at(m.claim, m.start, m.end)
    return cf is None or cf.modality not in _FORWARD





def _schedule(a: Mention, b: Mention, al: Alignment, anchors: tuple) -> bool:
    """Two dates ahead of articles of one news cycle, bounding their spans the same way, said
    in much the same words (context similarity at the conflict level) and neither under a
    negation: one plan's date, whatever verbs the sources chose ("systems should work again
    by Friday" / "expects systems back by next Monday"). A negated future ("will not fail
    tomorrow") plans nothing. A day a thing changes and the day a state starts are one way of
    bounding (see _starts_alike). The two clauses must name one thing (`_thing_terms`, as
    `described_alike` reads them): words the two sentences share elsewhere (the source that said
    it, the story's setting) do not make "replacement buses will run from Tuesday" and "the line
    will reopen on 22 March" one plan."""
    if al.how not in ("event", "context") or not _close(anchors) or not _starts_alike(a, b) or not one_act(a, b):
        return False
    pa, pb = _phase(a), _phase(b)
    if pa and pb and pa != pb:
        return False  # "the fair begins on 3 July" / "closes with a parade on 16 July": two ends of it
    if not (_ahead(a.payload.iso, anchors[0]) and _ahead(b.payload.iso, anchors[1])) or _denied(a) or _denied(b):
        return False
    return similarity(a.ctx, b.ctx, ignore=_ignored(event_of(a), event_of(b))) >= CONFLICT_MIN


def _starts_alike(a: Mention, b: Mention) -> bool:
    """The two dates bound their spans the same way, or one dates a change and the other opens
    the state that change begins: the day a line "will reopen" is the day trains "will run again
    from", the day a road "closes" the day it "is closed from" (a change of state is the start of
    the state it leads to: Vendler 1967, achievements; Dowty 1979, BECOME). A change and the end
    of a state ("until Friday") are two ends, as two opposite ends of a span are; but a verb of
    ending ("the warning will end on May 12", `_ENDING`) dates the end of the state it ends, as
    "until" does ("the warning stays in place until 15 May": one end, Levin 1993, 55.2). The
    change and the state are of one thing: when both clauses name their subject by a noun, the two
    nouns meet ("the line will reopen" / "the line will run trains again from"; not "the tram
    line will reopen on 22 March" / "replacement buses will run from Tuesday": the buses' service
    starts, the line's is what reopens). The other date dates a change: a state held at a time
    ("the square had two cafés in 2015", `_held_state`) opens nothing."""
    ends = {_bound(a), _bound(b)}
    if len(ends) == 1:
        return True
    if ends != {None, "start"} or not _one_subject(a, b):
        return False
    # the side that bounds nothing dates the change, not a state held at that time
    return not _held_state(b if _bound(a) == "start" else a)


#: Verbs of a state (Vendler 1967; Quirk et al. 1985, 4.28, stative verbs: being, having, staying):
#: a date under one of them is a time the state held, a point inside it, not a change.
_STATIVE = frozenset({"be", "have", "remain", "stay"})


def _held_state(m: Mention) -> bool:
    """The date's event is a state held at that time ("the square had two cafés in 2015", "was
    empty in May"), read through no happening noun (`event_of`: "the vote is on Friday" dates the
    vote): it does not date the change that opens the state another date starts ("bakers have
    closed 25 bakeries since 2017": the start of a period of closing), as "the line reopens on
    3 May" dates the start of "trains run again from 3 May"."""
    return m.frame is not None and m.frame.event in _STATIVE and event_of(m) in _STATIVE


def _one_subject(a: Mention, b: Mention) -> bool:
    """The subjects of the two dates' clauses have heads that are one noun or WordNet synonyms or
    kinds (`words_meet`), or one side's subject is a pronoun or not named (nothing says two)."""
    from .statements import words_meet

    ca, cb = clause_frame_at(a.claim, a.start, a.end), clause_frame_at(b.claim, b.start, b.end)
    ha = head_noun(ca.subject_text) if ca is not None else None
    hb = head_noun(cb.subject_text) if cb is not None else None
    if not ha or not hb or not ha.isalpha() or not hb.isalpha() or ha in PRONOUNS or hb in PRONOUNS:
        return True
    return singular(ha) == singular(hb) or words_meet(ha, hb)


def _bound(m: Mention) -> Optional[str]:
    """How the date bounds a span (span_end), a date under a verb of ending counting as an end."""
    return span_end(m) or ("end" if m.frame is not None and m.frame.event in _ENDING else None)


def _of_one_act(a: Mention, b: Mention) -> bool:
    """Nothing in the two clauses sets their acts apart, for dates whose clauses are about one
    thing (compare.date_things): each bounds its span as the other does (`_starts_alike`), neither
    is denied, they date one phase (`_phase`: "the fair opens" / "the fair closes" are two moments
    of one thing), and neither is a rule's taking effect against another act on the rule ("the
    levy was approved on Monday" / "the levy applies from 1 June": enactment and commencement are
    two events), nor an act the other clause names as its own happening noun ("the vote on the
    levy" / "the levy"), nor the start or the end (`_ONCE`) of two things of one kind told apart
    by the words before their head nouns (`_told_apart`: "the firm's fishing licence expired in
    February" / "the firm's export permit lapsed in April": two permits of one holder, each ending
    once). Other acts keep their dates however the two reports describe what they befall ("a
    dredger is due in port" / "the dredging barge is expected": one vessel)."""
    if not _starts_alike(a, b) or _denied(a) or _denied(b) or _ends_of_two(a, b):
        return False
    pa, pb = _phase(a), _phase(b)
    if pa and pb and pa != pb:
        return False
    ta, tb = event_of(a) == TAKE_EFFECT, event_of(b) == TAKE_EFFECT
    # a rule that begins takes effect ("the toll started on 1 May" / "entered into force on 4 May": `_once`)
    return ta == tb or _once(a, b)


def about_one_thing(a: Mention, b: Mention, al: Alignment) -> bool:
    """The two dates' clauses are about one thing (`Alignment.one_thing`, compare.date_things), or
    date one act that happens once to one thing (`_once`), and nothing in them sets their acts
    apart (`_of_one_act`): value-free evidence that the two date one occurrence, which
    judge_dates holds two close dates to and selection ranks partners by."""
    return (al.one_thing or _once(a, b)) and _of_one_act(a, b)


def _denied(m: Mention) -> bool:
    """The clause of the date is negated, and not by 'not ... until' (which dates the event), nor
    inside a condition: "the offer lapses if it is not accepted by 14 August" sets the deadline
    of the offer and denies nothing (a conditional clause states a circumstance, not a fact:
    Quirk et al. 1985, 15.33), as "unless it is accepted by" does."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None or cf.polarity != "negative" or cf.modality == "if":
        return False
    before = _words_before(m)
    return not re.search(r"\b(?:until|till|before)\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE)



def _firm(a: Mention, b: Mention, anchors: tuple, how: str = "") -> bool:
    """Two dates that can be held against each other: neither was resolved against its
    article's date, or both lie ahead of their articles, dated within one news cycle. A date
    ahead is a schedule, and a planned event has one date ("will be unveiled on 9 June"); a
    month or weekday ahead of a known day has one reading. A resolved date already past may
    date another occurrence of a repeated act at another grain ("met on Monday" / "met last
    year") and stays related; at one grain (two days, two months, two years: "Tuesday" /
    "yesterday", "February" / "last month") each names one moment as firmly as a date written
    out, and two articles of one news cycle resolve them against close days, when their frames
    name one event: one verb or two of one sense, or two verbs about one thing (`described_alike`,
    from the alignment's `how`), done to one thing (`one_act`: not "a deal with X" / "a deal with Y")."""
    if not (a.payload.relative or b.payload.relative):
        return True
    pa, pb = iso_date(anchors[0]), iso_date(anchors[1])
    if pa is None or pb is None or abs((pa - pb).days) > UPDATE_DAYS:
        return False
    ahead = _ahead(a.payload.iso, anchors[0]) and _ahead(b.payload.iso, anchors[1])
    return (ahead or _planned(a, anchors[0]) and _planned(b, anchors[1]) and _events_agree(a, b) or _once(a, b)
            or _one_grain(a, b) and (_events_agree(a, b) or described_alike(a, b, how)
                                     or one_participant(a, b) and _of_one_act(a, b)) and one_act(a, b)
            and not (_dates_a_figure(a) or _dates_a_figure(b)))


#: Modalities of a clause that looks forward (the clause frame's `modality`: "will resume",
#: "would resume", "is expected to", "plans to", "is scheduled to", "should", "must"): what it says
#: is planned or expected, not done.
_FORWARD = frozenset({"will", "would", "shall", "may", "might", "should", "must", "expect", "plan", "schedule", "set",
                      "target", "pledge", "go"})


def _planned(m: Mention, anchor: Optional[str]) -> bool:
    """The date lies ahead of its article (`_ahead`), or it is the month, week or year the article
    was written in, whole, and its clause looks forward ("flights would resume this month", "is
    expected to close this year"): the part of the period still to come is what such a clause
    plans, one reading, as a month ahead has. A part of it ("before the year is out") is loose (see
    parts_apart) and stays as it was. (`_firm` holds such a date against another planned one only
    when their frames name one event: "will apply this month" / "will present it in April" are two.)"""
    iso = m.payload.iso or ""
    if _ahead(iso, anchor):
        return True
    if len(iso) == 10 and m.payload.grain != "week" or m.payload.part or _past(iso, anchor) is not False:
        return False
    cf = clause_frame_at(m.claim, m.start, m.end)
    return cf is not None and cf.modality in _FORWARD and cf.polarity == "positive"


def _unsure_reading(a: Mention, b: Mention, anchors: tuple) -> Optional[str]:
    """Why two dates read from their articles' days cannot be held against each other, or None.
    - A week and a day, one of them relative ("next week" / "on Friday"): how far "next week"
      reaches and which Friday a bare weekday names are the writer's, not written, so the two
      are never a contradiction.
    - The same relative words on both sides ("tomorrow" / "tomorrow", "on Tuesday" / "on
      Tuesday") resolved against two different publication days: words that shift with the day
      of writing, repeated by two reports of one event, name the moment both were written about;
      a stated publication date (often the last update, or the next day's edition) is too coarse a
      clock to set them a day apart.
    - Two relative days a week apart ("Tuesday" / "today", a Tuesday; "Monday" / "next Monday"):
      the one weekday, read forward on one side and back on the other (a bare weekday names the
      nearest one, and which way is read from the tense), never a contradiction."""
    pa, pb = a.payload, b.payload
    if not (pa.relative or pb.relative):
        return None
    if {pa.grain, pb.grain} == {"week", "day"}:
        return "a week and a day read from publication dates: how far one reaches into the other is not written"
    written = any(ch.isdigit() for ch in a.text + b.text)  # ("October 6": only its year is read)
    if pa.relative and pb.relative and pa.grain == pb.grain == "day" and not written:
        x, y = iso_date(pa.iso), iso_date(pb.iso)
        if x and y and abs((x - y).days) == 7:
            return ("the same weekday a week apart, both read from publication days: a bare weekday (or "
                    "'next Monday') read forward on one side and back on the other names one day")
    da, db = (anchors[0] or "")[:10], (anchors[1] or "")[:10]
    if pa.relative and pb.relative and da and db and da != db and _words(a) == _words(b) and not written:
        return (f"both say '{a.text.strip()}', each from its own publication day ({da}, {db}): the day each "
                f"was written about is not known closely enough")
    return None


def _one_day_in_one_word(a: Mention, b: Mention, al: Alignment) -> bool:
    """Two dates written as the same bare weekday ("on Monday" / "on Monday") and aligned on one
    event by their words or their event, not by the story alone: _unsure_reading says why their
    readings may differ (each from its own publication day, a bare weekday read forward on one side
    and back on the other), and for one event the one weekday names the one day both reports were
    written about. Agree, neither a contradiction nor unresolved. Words for the day of writing
    itself ("today", "tonight") date the report, not an event, and stay unresolved."""
    if al.how not in ("event", "context") or not (al.strong or al.one_event):
        return False
    if any(ch.isdigit() for ch in a.text + b.text) or not (a.payload.relative and b.payload.relative):
        return False
    return _words(a) == _words(b) and a.payload.grain == b.payload.grain == "day" and bool(set(_words(a)) & _WEEKDAYS)


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def _words(m: Mention) -> tuple:
    """A date's words as written, in lower case, without its digits."""
    return tuple(w.lower() for w in re.findall(r"[^\W\d_]+", m.text))


def _dates_a_figure(m: Mention) -> bool:
    """The date is the period a figure of its own clause is stated for ("handled 27,000 ships last
    year", "sold 40 buses in 2021"): the act is counted per period, and another period is another
    count, not another date of one event (the frame's as-of, pipeline/frames). A figure in a
    clause nested in the date's ("the mill, which employs 310 people, has been idle since
    Tuesday") is no count over it: a relative clause describes its noun, and the date dates the
    clause it stands in (clause frames: nested clauses are frames of their own). Nor is a figure
    of another verb than the one the date dates ("the mayor said on Friday, in a speech that lasted
    two hours": the hours size the speech's lasting, not a tally of the saying): it counts nothing
    over the date, and the dated act happens once."""
    own = clause_frame_at(m.claim, m.start, m.end)
    return any(q.frame is not None and q.frame.as_of_source == "stated" and q.frame.as_of_start == m.start
               and not _SIZES_A_NOUN.search(q.text) and not _whom_it_concerns(q.frame) and _counts_the_act(q.frame, m)
               and not _measure_of_extent(q) and not _tally_count(q, m.claim)
               and (own is None or clause_frame_at(m.claim, q.start, q.end) is own) for q in m.claim.quantities)


def _tally_count(q, claim) -> bool:
    """The figure is one count of a tally ("passed the bill by 14 votes to 9", "won the final 3 to
    1": `mentions.tally_joined`): the two sides' counts of one vote or one match, which takes place
    once; it counts nothing over the date's day or period, as "sold 300 tickets on Monday" does."""
    qs = sorted(claim.quantities, key=lambda r: r.start)
    return any((x is q or y is q) and tally_joined(claim, x, y) for x, y in zip(qs, qs[1:]))


def _measure_of_extent(q) -> bool:
    """The figure measures an extent, not what the act counts: a length of time ("three days before
    the vote", "talks that lasted six hours", "a lease for ten years") measures an interval, how
    long a thing went on or how far the date stands from another moment, and accrues nothing over
    the date's day or period, as a tally of the act does ("sold 300 tickets on Monday"). A figure of
    a length or of time (data/unit_factors.json) that the parse gives no place among the verb's
    arguments (role "other": "some 25 kilometres north of the depot", "two weeks after the
    launch") is likewise a measure of extent, an adverbial noun phrase (Quirk et al. 1985, 8.29).
    Role "other" alone is no such measure: it is the frame's default for any figure whose climb
    meets no argument relation ("handed out parcels on Monday, 400 in all": a tally in apposition)."""
    if (q.unit or "").lower().rstrip("s") in _DURATIONS:
        return True
    conv = conversion(q.unit) if q.frame.role == "other" else None
    return conv is not None and conv.dimension in ("length", "duration")


def _counts_the_act(frame, m: Mention) -> bool:
    """The figure belongs to the verb the date dates (its frame's predicate is the date's frame
    event, or one of them is not read): a tally of the dated act ("sold 300 tickets on Monday")."""
    event = m.frame.event if m.frame is not None else None
    return not (frame.predicate and event) or frame.predicate == event


def _whom_it_concerns(frame) -> bool:
    """The figure hangs by "of" from a noun that names a happening ("the trial of the two officers",
    "the rescue of 12 miners"): it says whom the happening concerns, and the date dates the
    happening, which takes place once; it counts nothing over the date's day or period."""
    return frame.role == "oblique" and frame.prep == "of" and bool(frame.measured) and names_happening(frame.measured)


#: A figure joined to its noun by a hyphen sizes a thing ("a three-party coalition", "a 12-metre
#: wall"); it is not a count over the period its sentence names.
_SIZES_A_NOUN = re.compile(r"[\w.]-[^\W\d_]+$")


def _one_grain(a: Mention, b: Mention) -> bool:
    """Both dates are days, both months or both years (not weeks, not parts of a period such as
    "early next year"), and close: days within one news cycle (UPDATE_DAYS), months or years
    next to each other. A relative date among them names a moment at the other's precision; two
    such moments further apart are more likely two happenings of an act that recurs ("declared
    ... on October 2" / "declared ... yesterday", weeks later) than one event misdated."""
    ga, gb = a.payload.grain, b.payload.grain
    if not (len(a.payload.iso or "") == len(b.payload.iso or "") and ga == gb and ga in ("day", "month", "year")
            and not a.payload.part and not b.payload.part):
        return False
    da, db = iso_date(a.payload.iso), iso_date(b.payload.iso)
    if da is None or db is None:
        return False
    if ga == "day":
        return abs((da - db).days) <= UPDATE_DAYS
    if ga == "month":
        return abs((da.year * 12 + da.month) - (db.year * 12 + db.month)) <= 1
    return abs(da.year - db.year) <= 1


def _events_agree(a: Mention, b: Mention) -> bool:
    """The two dates' frames name one event: one verb, or two that share a WordNet sense
    ("began" / "started"). A light verb ("hold", "be") names it only through a shared noun of a
    happening (see _held_happening); an aspectual verb or a verb of reaching a level ("began",
    "reached", "rose") only through a shared word of what begins or reaches (its subject or
    object: "ticket sales reached" and "the number of refunds reached" are two things). The
    events are those the alignment meets on (`meeting_events`: a clause that describes a date
    dates its happening too)."""
    if one_ordinal_occurrence(a, b):
        return True  # "the first delivery" on both sides: one occurrence (compare.date_ordinals)
    ea, eb = meeting_events(a, b)
    if not ea or not eb or {ea, eb} & {PUBLICATION, REPORT}:
        return False
    if not _named_alike(a, b):
        return False
    if ea != eb:
        if _carried(a, eb) or _carried(b, ea):
            return True
        return verbs_meet(a, b, ea, eb) and ea not in LIGHT_VERBS and eb not in LIGHT_VERBS
    if ea in LIGHT_VERBS:
        return _held_happening(a, b) or _one_object(a, b)
    if ea in cues().level_verbs:
        return bool(_level_thing(a) & _level_thing(b))
    if ea in ASPECTUAL:
        return bool(_thing(a) & _thing(b))
    return True


def _one_object(a: Mention, b: Mention) -> bool:
    """One light verb with one object head on both sides is one predicate ("took office" /
    "took office", "made landfall" / "made landfall"): the light verb says little, its object
    names the act (Grimshaw & Mester 1988)."""
    ca, cb = clause_frame_at(a.claim, a.start, a.end), clause_frame_at(b.claim, b.start, b.end)
    oa = ca.object.split()[-1] if ca is not None and ca.object else None
    ob = cb.object.split()[-1] if cb is not None and cb.object else None
    return bool(oa) and oa == ob


_PLACE_PREP = re.compile(r"\s(?:at|in|on|for|to|from|by|with|over|under|across|near)\s", re.IGNORECASE)


def _level_thing(m: Mention) -> frozenset:
    """What reaches a level: the words of the date's clause subject (and object) before a
    preposition of place or time ("ticket sales at the fair" -> ticket, sale; "the number of
    refund claims" keeps its "of")."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None:
        return frozenset()
    words = set()
    for text in (cf.subject_text, cf.object):
        if text:
            words.update(key_terms(_PLACE_PREP.split(f" {text} ", maxsplit=1)[0]))
    return frozenset(words) - _WHEN_WORDS


#: A year written before the noun of a happening, after a determiner ("the 2026 races", "this
#: year's" aside): the name of one edition of an event that recurs, as "the 2030 World Cup" is.
_EDITION = re.compile(r"\b(?:the|this|its|their|our|his|her)\s+((?:1[89]|2[01])\d\d)\s+([^\W\d_]+)", re.IGNORECASE)


def _other_edition(a: Mention, b: Mention) -> Optional[str]:
    """Why two dates date two editions of a recurring happening, or None: the clause of `a`
    names its happening by the year of an edition ("the 2026 races start on 4 June", or the year
    itself, "the 2026 races") and `b` lies in another year ("the deal covers the races from next
    year"). An edition named by its year is another happening than the next one, whatever either
    report's verbs (a race held every year is not one race dated twice)."""
    cf = clause_frame_at(a.claim, a.start, a.end)
    if cf is None:
        return None
    lo, hi = max(0, cf.start - a.claim.start), max(0, cf.end - a.claim.start)
    for found in _EDITION.finditer(a.claim.text[lo:hi]):
        noun = found.group(2).lower()
        if not (_happening(noun) or _happening(singular(noun))):
            continue
        year, other = found.group(1), (b.payload.iso or "")[:4]
        if other and other != year:
            return f"two editions of a recurring happening: '{found.group(0).split(None, 1)[1]}' names the {year} one, the other date lies in {other}"
    return None


def _listed(m: Mention, other: str, side: str) -> Optional[str]:
    """Why the other report's date is one of the dates `m`'s sentence lists with it (`listed_with`:
    "floods in March and May" / "the May floods"), else None."""
    among = sorted(x for x in listed_with(m) if compatible_iso(x, other))
    return f"{side} lists {among[0]} with it, the other's date among the times it names" if among else None


def judge_dates(a: Mention, b: Mention, al: Alignment, anchors: tuple = (None, None)) -> Optional[Candidate]:
    ia, ib = a.payload.iso, b.payload.iso
    if len(ia) < 4 or len(ib) < 4:  # a decade or century says too little to compare
        return None
    terms = shared_terms(a.ctx, b.ctx, ignore=CALENDAR_WORDS)
    ea, eb = meeting_events(a, b)
    if ea == eb == PUBLICATION and not compatible_iso(ia, ib):
        return None  # two reports published on different days: nothing either claims
    what = ea or eb or ", ".join(terms)
    about = "publication date" if what == PUBLICATION else (
        f"date of {event_label(a if ea else b, what)}" if (ea or eb) else f"date ({what})" if what else "date")
    if not (_eventful(a) or _eventful(b)):
        about = "day it was said"  # "officials said on Monday": the day of the report, no event
    parts = parts_apart(a, b)
    if (ia == ib or compatible_iso(ia, ib) or _weeks_meet(a, b)) and not parts:
        rel = "equal" if ia == ib else "refines"
        reason = f"same date {ia}" if ia == ib else f"{ia} and {ib} are the same date at different precision"
        if ia != ib and "week" in (a.payload.grain, b.payload.grain):
            reason = f"{ia} and {ib} fall in one week"
        return Candidate(a, b, "agree", rel, about, reason, al.score)
    if parts:  # "mid-2031" / "the end of 2031": not one date, and a part is too loose to contradict
        return Candidate(a, b, "related", "different-date", about,
                         f"{parts[0]} in A and {parts[1]} in B name different parts of one period", al.score)
    # Two dates for one event that cannot both hold (different days, months or years; "March
    # 2024" against "2023" is compared at the grain both state): a contradiction. A year says as
    # much about "when it was built" as a day about "when it happened".
    firm = _firm(a, b, anchors, al.how)
    ends = {span_end(a), span_end(b)}
    if ends == {"start", "end"}:
        # "from 10 March" and "until 2 April": the two ends of a span, never one date twice.
        return Candidate(a, b, "related", "different-date", about,
                         f"{ia} in A opens a span and {ib} in B closes one" if span_end(a) == "start"
                         else f"{ia} in A closes a span and {ib} in B opens one", al.score)
    listed = _listed(a, ib, "A") or _listed(b, ia, "B")
    if listed:
        return Candidate(a, b, "related", "different-date", about, f"{ia} in A and {ib} in B, but {listed}", al.score)
    apart_since = baseline_apart(a, b)
    if apart_since:
        return Candidate(a, b, "related", "different-date", about, f"{ia} in A and {ib} in B, but {apart_since}", al.score)
    editions = _other_edition(a, b) or _other_edition(b, a)
    if editions:
        return Candidate(a, b, "related", "different-date", about, editions, al.score)
    moved = superseded(a) != superseded(b)
    inside = _within_deadline(a, b, ia, ib)
    if inside:
        return Candidate(a, b, "related", "different-date", about, inside, al.score)
    later = _rescheduled(a, b, anchors)
    if later:
        return Candidate(a, b, "related", "update", about, later, al.score)
    unsure = _unsure_reading(a, b, anchors)
    if unsure and _close(anchors) and _one_day_in_one_word(a, b, al):
        return Candidate(a, b, "agree", "equal", about,
                         f"both say '{a.text.strip()}' of one event, each read from its own publication day "
                         f"({ia} in A, {ib} in B): one day", al.score)
    if unsure:
        return Candidate(a, b, "related", "unresolved", about, f"{ia} in A and {ib} in B, but {unsure}", al.score)
    if al.strong and firm \
            and _eventful(a) and _eventful(b) and not _past_and_forecast(a, b, anchors, al.how):
        if moved:
            # "had been due to open in May" against "will open in June": the plan moved.
            old, new = (ia, ib) if superseded(a) else (ib, ia)
            return Candidate(a, b, "related", "update", about, f"{old} is given as the earlier schedule, {new} as the later one",
                             al.score)
        return Candidate(a, b, "conflict", "disjoint", about, f"the same event ({what}) is dated {ia} in A and {ib} in B",
                         al.score)
    # one event told with two verbs (described_alike), each date bounding its span as the other
    # does and neither denied (as for a schedule)
    # (two deadlines of obligations that name two acts are two things one party must do, however
    # much else their clauses share: compare.date_deadlines)
    alike = (described_alike(a, b, al.how) and _starts_alike(a, b) and not (_denied(a) or _denied(b))
             and not two_obligations(a, b))
    # Words alone (a schedule said alike, two verbs about one thing) make one event only of two
    # dates that place it at one precision: a day and a month, or a day and a year, under two verbs
    # that do not meet, are two acts of one story more often than one act placed twice ("the deal
    # will be signed on Monday 8 June" / "fees will rise in August under the deal")
    # Or two clauses about one thing (compare.date_things: "the reserves will run out by 2034" /
    # "the fund would run dry in 2041"), dated close at one precision, each bounding its
    # span as the other does, of one phase, neither denied, and neither a rule's taking effect
    # against another act on it (as `described_alike` reads two verbs about one thing).
    about_one = near_at_grain(a, b) and about_one_thing(a, b, al)
    worded = (_schedule(a, b, al, anchors) or alike or about_one) and _precision(a) == _precision(b)
    # An act that happens once to one thing (a start, a closure for good, a founding: `_once`) has
    # one date however finely each report places it: "the depot shut in 2019" / "the depot closed
    # in June 2020" (compared at the grain both state) cannot both hold.
    once = about_one and _once(a, b)
    mutual = ((al.one_event or worded or once) and firm and not moved and _eventful(a) and _eventful(b)
              and not _past_and_forecast(a, b, anchors, al.how))
    # A pair that may yet be one event's (see select: each the other's best-aligned) keeps a
    # reason that reads true under either status.
    why = f"{ia} in A and {ib} in B" + ("" if mutual else " (not shown to be one event)")
    return Candidate(a, b, "related", "different-date", about, why, al.score, mutual_conflict=mutual)

