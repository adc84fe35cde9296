"""Two dates aligned on the event they date (align_dates), and the date by which a report's lede
dates its main event (mark_lede): the evidence that two dates are one event's, before
compare/dates.py judges their values.
Moved out of `compare/dates.py` unchanged."""

from __future__ import annotations

import re
from typing import Optional

from ..parsers.date_patterns import CAPTION_LABEL
from .as_of import _ahead
from .candidates import ALIGN_MIN, CONFLICT_MIN, Alignment
from .context import shared_actors, shared_terms, similarity
from .mentions import Mention
from .date_spans import span_end
from .date_regime import regime_start
from .date_things import one_participant
from .date_deadlines import one_obligation
from .date_events import ASPECTUAL, PUBLICATION, REPORT, described_event, event_of, governing_event, main_clause_event
from .date_ordinals import one_ordinal_occurrence
from .date_one_event import (_held_happening, _ignored, _same_event, _same_thing, verbs_meet, one_act, one_carried_thing,
                             parties_clash)
from .statements import LIGHT_VERBS, predicates_meet


_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s*$")
#: The lede is among a report's first sentences (headline, standfirst, byline lines aside).
_LEDE_REACH = 4


def mark_lede(mentions: list[Mention], anchor: Optional[str] = None) -> None:
    """Mark the date by which a report's lede dates its main event. News is written as an
    inverted pyramid: the first sentence of the body (the lede) says what happened and when,
    so two reports of one story date their main event in their ledes (Pöttker 2003; the "five
    Ws" of the lead). The lede is the first claim, in document order, that is a sentence (it
    ends with a stop, unlike a headline) and no photo caption; its date is the first one there
    that dates an event (not the dateline, not a bare day of saying) on a day that has come
    (the news peg is what happened: a day, not ahead of the article, bounding no span).
    Decided per document, from records alone (the day is the date's own, never compared)."""
    dates = sorted((m for m in mentions if m.kind == "date"), key=lambda m: (m.claim.start, m.start))
    claims = sorted({m.claim.start: m.claim for m in mentions}.values(), key=lambda c: c.start)
    sentences = [c for c in claims if _SENTENCE_END.search(c.text) and not CAPTION_LABEL.match(c.text)]
    for claim in sentences[:_LEDE_REACH]:
        own = [m for m in dates if m.claim.start == claim.start]
        if not own:
            return  # a lede that gives no date
        if all(m.own_date for m in own):
            continue  # a dateline or masthead line: the lede follows it
        days = [m for m in own if len(m.payload.iso or "") == 10 and not _ahead(m.payload.iso, anchor)
                and span_end(m) is None and event_of(m) != PUBLICATION]
        # an event's day first; else the day the news was said ("the ministry said on Tuesday"):
        # a lede that dates no event dates the announcement that is its news
        first = next((m for m in days if event_of(m) not in (None, REPORT) and _eventful(m)), None) or \
            next(iter(days), None)
        if first is not None:
            first.lede = True
        return


#: Two dates are aligned on the event they date: the same event word (from the frames), the
#: same actors and the words around them. In one story a date also meets its best-placed
#: partner on thin wording (weakly: never a conflict).
DATE_ALIGN = ALIGN_MIN
#: What the two ledes of one story add to their dates' alignment: more than any wording adds
#: (similarity is at most 1 and a pair on one event scores about 0.3-0.6), so each lede date
#: meets the other before any other date of the two reports.
LEDE_BONUS = 1.0


def meeting_events(a: Mention, b: Mention) -> tuple[Optional[str], Optional[str]]:
    """The events two dates are aligned on: what each dates (event_of), else, when those do not
    meet, the verb of a clause a date stands in beside the clause that describes it
    (governing_event: "will remain closed until Friday, when engineers check the pumps" is the time
    of staying shut too), or the verb of the clause that describes it (described_event: "the
    flooding started on Monday, when seawater burst into the shaft" is the time of the bursting
    too), when that verb is the other's event or shares a WordNet sense with it."""
    ea, eb = event_of(a), event_of(b)
    if (ea == REPORT) != (eb == REPORT) and saying_event(eb if ea == REPORT else ea):
        # a bare day of saying ("the ministry said on Wednesday") and a day under a verb of telling
        # or disclosing ("told its workers yesterday", "revealed yesterday"): both date the report
        # the news was made public by (judge_dates never makes a conflict of a bare day of saying)
        return REPORT, REPORT
    if not (ea and eb) or PUBLICATION in (ea, eb) or ea == eb or verbs_meet(a, b, ea, eb):
        return ea, eb
    ga = governing_event(a) or described_event(a) or main_clause_event(a)
    gb = governing_event(b) or described_event(b) or main_clause_event(b)
    for x, y in ((ga, eb), (ea, gb), (ga, gb)):
        if x and y and x not in LIGHT_VERBS and y not in LIGHT_VERBS and (x == y or predicates_meet(x, y)):
            return x, y
    return ea, eb


def saying_event(event: Optional[str]) -> bool:
    """The event is a verb of saying or disclosing (data/speech_verbs.txt, statements.nonanswers)."""
    from .statements.nonanswers import saying_verbs

    return bool(event) and event in saying_verbs()


#: What one grain (two days, two months, two years) adds to the score of two dates: in one story
#: the weakest evidence of one event, and the least score the one-to-one assignment of dates
#: takes (compare.select).
GRAIN_SCORE = 0.05


#: What evidence of one event from the frames (one_event: one verb or two of one WordNet sense,
#: no two parties, one act) adds to two dates' alignment: as much as one event word adds (the 0.2
#: of same_event), so that a partner whose verbs tell one event outranks one that shares only
#: words with the date's sentence (similarity between two reports' sentences of one story runs
#: about 0.1-0.5: "pulled the miners out of the flooded shaft late last night" shares more words
#: with "the miners were cut off when seawater broke into the lowest shaft late on Sunday" than
#: "seawater burst into the lowest shaft on Monday" does, and tells another happening).
ONE_EVENT_SCORE = 0.2


def align_dates(a: Mention, b: Mention, story: bool = False, linked: frozenset = frozenset()) -> Optional[Alignment]:
    """`linked`: pairs of date offsets (A, B) that govern two aligned figures ("a flood in
    March 2019 swept away 41 bridges"): the two dates date the same event; a pair followed by
    "weak" (blocking.WEAK_LINK) governs two figures not shown to be one fact, which ranks the
    dates' alignment and says nothing of one event."""
    ea, eb = meeting_events(a, b)
    ignore = _ignored(ea, eb)
    sim = similarity(a.ctx, b.ctx, ignore=ignore)
    terms = shared_terms(a.ctx, b.ctx, ignore=ignore)
    if (ea == "publication") != (eb == "publication"):
        return None  # a dateline dates the article, not an event
    same_event = _same_event(a, b, ea, eb)
    if same_event and ea in ASPECTUAL and not _same_thing(a, b):
        # "talks due to begin on 6 July" and "a truce due to begin on 15 June": the same
        # aspectual verb with two different things beginning is no evidence of one event.
        same_event = False
    actors = bool(shared_actors(a.ctx.actors, b.ctx.actors))
    # both days, or both months (a week is written as its Monday, a day's length of ISO, and is
    # no day)
    grain = len(a.payload.iso or "") == len(b.payload.iso or "") and a.payload.grain == b.payload.grain \
        or bool(a.payload.part or b.payload.part) and _precision(a) == _precision(b)
    # Two verbs that share a WordNet sense ("start"/"begin", "finish"/"complete") are weaker
    # evidence of one event than one verb, and stronger than none.
    meet = not same_event and verbs_meet(a, b, ea, eb) and ea not in LIGHT_VERBS and eb not in LIGHT_VERBS
    score = sim + 0.2 * same_event + 0.1 * meet + 0.05 * actors + GRAIN_SCORE * grain
    if span_end(a) is not None and span_end(a) == span_end(b):
        # Two dates that end a span ("must confirm it by August 5" / "has until 8 August"), or two
        # that open one: a deadline is dated as a deadline in both reports, so like ends are
        # evidence of one date as much as one grain is, as opposite ends are the weakest (below).
        score += GRAIN_SCORE
    # Strong enough for a conflict: the same event, said in much the same words, by or about the
    # same actors (two sentences that name actors and share none speak of two actors' events).
    actor_clash = parties_clash(a, b)  # (a sentence of saying names its source too: not a party)
    # A dateline dates its own article: two reports published on different days never
    # contradict each other by that (their datelines agree when they are the same day).
    strong = same_event and ea != "publication" and not actor_clash and sim >= CONFLICT_MIN and one_act(a, b)
    # An ordinal that orders one series on both sides ("the first shipment" / "the first crates
    # shipped", compare.date_ordinals) names one occurrence, which happens once: as strong
    # evidence of one event as one event word said in much the same words, and scored as one.
    ordinal = not actor_clash and one_act(a, b) and one_ordinal_occurrence(a, b)
    if ordinal:
        strong = True
        score += 0.2 * (not same_event)
    # The events meet under two verbs ("began"/"started" in WordNet) and nothing says two actors'
    # events: with each date the other's best-aligned, one event's date (see judge_dates).
    one_event = (bool(ea and eb and ea != "publication" and ea not in LIGHT_VERBS and eb not in LIGHT_VERBS
                      and (same_event or verbs_meet(a, b, ea, eb)) or same_event and ea in LIGHT_VERBS
                      and (_held_happening(a, b) or one_carried_thing(a, b)) or regime_start(a, b))
                 and not actor_clash and one_act(a, b)) or ordinal
    score += ONE_EVENT_SCORE * one_event
    # Clauses about one thing (compare.date_things) are evidence of one event for the judge, and
    # add nothing to the score: a noun two acts share does not say which of a report's dates of
    # that thing meets which (the one-to-one assignment of compare.select stays the words' and
    # the events').
    one_thing = not actor_clash and one_participant(a, b) and one_act(a, b)
    if {span_end(a), span_end(b)} == {"start", "end"}:
        # "closed since 8 May" and "open again by 3 June": two ends of a span are two points,
        # the weakest evidence of one date (see judge_dates).
        score, strong, one_event, one_thing = score / 2, False, False, False
    # what the words say of the pair, whatever else ranks it: one event word, or enough words alike
    worded = "event" if same_event or ordinal else "context" if score >= 2 * DATE_ALIGN and (terms or actors) else "story"
    if story and a.lede and b.lede:
        # The two ledes of one story date its main event (see mark_lede): each meets the other
        # first, whatever verbs the two reports chose ("the government fell" / "lost a confidence
        # vote"). The bonus ranks the pair; what the pair is aligned on stays what its words say
        # (`worded`): a lede read wrongly (a caption, a follow-up's new event: "the minister
        # toured the dock on Monday" against "the fire broke out on Sunday") is no evidence
        # that two clauses describe one event (compare.date_one_event.described_alike).
        return Alignment(worded, score + LEDE_BONUS, strong, one_event=one_event, one_thing=one_thing)
    if story and a.sole_deadline and b.sole_deadline and not actor_clash and one_obligation(a, b):
        # Each report sets one deadline of an obligation (compare.date_deadlines): two reports of
        # one story then give the date of one occurrence, the deadline the story is about, whatever
        # verbs they chose ("must hand in the forms by 30 May" / "have until 15 June to file
        # them"). The bonus ranks the pair as the ledes' is ranked; its values decide its status.
        return Alignment(worded, score + LEDE_BONUS, strong, one_event=True, one_thing=one_thing)
    if (a.start, b.start) in linked:
        # The dates govern two figures aligned as one (see blocking._date_links): one event,
        # ranked by its words like any other pair so that a weak link outranks nothing.
        return Alignment("event", score + 0.2 * (not same_event), True, one_event=True)
    if (a.start, b.start, "weak") in linked:
        # ... two figures each the other's closest, not shown to be one fact: their sentences
        # meet, which ranks the dates as an event word would, and says nothing of one event
        return Alignment("event", score + 0.2 * (not same_event), strong, one_event=one_event, one_thing=one_thing)
    if worded != "story" and score >= 2 * DATE_ALIGN:
        return Alignment(worded, score, strong, one_event=one_event, one_thing=one_thing)
    if story and (same_event or grain):
        return Alignment("story", score, False, one_event=one_event, one_thing=one_thing)
    if story and len(terms) >= 2:
        return Alignment("story", score / 2, False)
    return None


#: The precision of a part of a period: a third of a year ("early 2029", "mid-2033") is about as
#: fine as a month, a third of a month ("the end of August") about as fine as a day.
_FINER = {"year": "month", "month": "day"}


def _precision(m: Mention) -> str:
    """How finely a date places its moment: its grain, one step finer for a part of a period (see
    _FINER): "early 2029" and "December 2028" are of one precision, as two months are."""
    g = m.payload.grain or ""
    return _FINER.get(g, g) if m.payload.part else g


def _eventful(m: Mention) -> bool:
    """A date that dates an event of its own (not a bare 'on Tuesday' beside a speech verb)."""
    return m.frame is None or getattr(m.frame, "fact", True)
