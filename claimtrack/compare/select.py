"""Selection: of all candidate matches, keep each mention's best-aligned partner (and partners
nearly as well aligned); the status plays no part."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import intervals as iv
from .candidates import ALIGN_MIN, CONFLICT_MIN, Candidate
from .context import jaccard, stem
from .date_align import meeting_events, _precision, saying_event
from .date_events import PUBLICATION, REPORT
from .dates import GRAIN_SCORE, about_one_thing
from .figure_evidence import _sizes_named
from .figure_kinds import person_noun, two_things
from .repeats import _converted
from .quantities import _bound, _hedge_dropped, _other_bounds, align_quantities
from .units import CLOSE, SAME, conversion, counted, roles_of, table
from .workforce import one_workforce, other_roles, posts_made, sole_workforce

#: A partner scoring at least this share of a mention's best partner is kept beside it: the
#: scores of two wordings of one fact differ by the few words each adds (a fifth of the score).
NEAR_BEST = 0.8
#: How much better a figure's agreeing partner must be aligned than a pair it conflicts in for that
#: conflict to be another fact's (select): twice, a margin no near tie reaches.
OTHER_FACT_RATIO = 2.0
_ASSIGNED = frozenset({"date"})  # figures: their best-partner rules already cover it (measured)


def _align_score(c: Candidate) -> float:
    """What selection ranks candidates by: the alignment alone (statuses are never compared)."""
    return c.score


#: What a figure's partner costs in the choice of its best partner when their alignment itself
#: says the two measure different things (`_one_measure`): two clashes' worth (align_quantities
#: takes 0.1 off a score per clash). Chosen on the 13 team sets: 0.1 catches 2 more
#: counterfactuals; 0.2 also finds 2 more agree facts; 0.3 adds a real conflict and a false one.
OTHER_MEASURE_COST = 0.2


def _one_measure(c: Candidate) -> bool:
    """The alignment of two figures names one measure and nothing that sets them apart: the same
    unit or counted noun (`how` SAME), no note ("A counts products, B shops", "one gives the size
    of a group, the other counts members") and no clash of what happened to them. Value-free."""
    al = c.alignment
    return c.how == SAME and not (al is not None and (al.note or al.other_measure))


#: What a date's partner at its own precision (a day with a day, a month with a month: see
#: compare.date_align._precision) gains in the choice of its best partner: more than the frames'
#: evidence of one event adds (ONE_EVENT_SCORE, 0.2), less than what two sentences of one story
#: can share in words (their similarity runs about 0.1-0.5), far less than the two ledes' bonus
#: (LEDE_BONUS): a month's partner that names its event in much the same words may still be a
#: year ("the ferry timetable changes in May 2032" / "a new timetable comes in 2033"). A reporter who knows the day of an event writes the day, and one
#: who knows the month the month: two reports dating one event date it at one precision (384 of
#: the 398 gold date facts of the 18 read team sets, against 40% of their other pairs of dates),
#: so a "Monday" in one report is the other's "Sunday" before it is its "November".
SAME_PRECISION_RANK = 0.3


#: What a date's partner whose clause is about the same thing (`dates.about_one_thing`: the heads
#: of the two clauses' subjects or objects are one noun, WordNet synonyms or kinds, no parties clash,
#: one act, one phase, each bounding its span alike) gains in the choice of its best partner, so that
#: a partner about the same thing outranks one that only shares a word or two with the date's
#: sentence ("a dredger is due in port on 4 May" meets "the dredging barge is expected on 9 May"
#: before "harbour pilots warned last week" that the channel is silting), and never one whose verbs
#: name one event in alike words. It stays below SAME_PRECISION_RANK (0.3) and below what one event
#: adds (ONE_EVENT_SCORE, 0.2): two reports write one event at one precision in 384 of 398 gold date
#: facts, and one verb or sense names the event itself, while a shared noun only says what the clause
#: is about, and a thing has many dated acts (supplied from one year, finished from another). So it
#: breaks near ties between partners of one precision and outranks no event evidence. On the 28 read
#: sets 0.1 drops 15 date pairs and makes 21 (found date conflicts 94 -> 97, false ones 22 -> 23);
#: 0.2 drops 20 and makes 35 (97 found, 24 false). Session 33 (main 23b8b8a3), 0 -> 0.1: on the 32
#: read sets date facts found 539 -> 541/712, date conflicts found 100 -> 103/222, false ones 32 ->
#: 32; on the three blind sets (fc66, fc69, fc73) nothing moves (facts, conflicts, counterfactuals,
#: kept facts and every F1 the same), so the value rests on the read sets alone.
ONE_THING_RANK = 0.1
#: What a date's partner costs in the choice of its best partner when one of the two dates the
#: telling of news and the other an act told (`_told_and_telling`): the day a ban or a resignation
#: was announced is not the day it starts or takes effect, however many words the sentence of the
#: announcement shares with the sentence of the act (a report that announces a rule names it
#: there: "the board announced on Tuesday that the levy will apply from 1 June" shares the levy
#: with "the levy starts on 8 June" as much as the first day does). As much as the frames'
#: evidence of one event adds (ONE_EVENT_SCORE), below SAME_PRECISION_RANK: it breaks the ties a
#: shared story makes between a first day's partners, and the partner kept is still one of the
#: date's precision.
TELLING_COST = 0.2


def _partner_rank(c: Candidate) -> float:
    """What a mention's best partner is chosen by: the alignment score, less OTHER_MEASURE_COST for
    a pair of figures that measure two things. A sentence that states two figures of a story ("more
    than 2,000 products in its 240 shops") shares most of its words with the other report's
    sentence stating both ("2,150 products across its 410 shops"), so each figure scores nearly as
    high with the other's figure of another thing as with its own partner; a partner of another
    measure then takes the figure, and its own partner goes unpaired, or pairs only weakly. A
    date's partner at its own precision ranks SAME_PRECISION_RANK higher (value-free: how finely
    each is written, never what it says), and one whose clause is about the same thing
    ONE_THING_RANK higher."""
    if c.a.kind == "date":
        aligned = c.alignment is not None  # (a candidate the judge of dates made: its mentions have frames)
        thing = aligned and about_one_thing(c.a, c.b, c.alignment)
        told = aligned and _told_and_telling(c.a, c.b)
        return (_align_score(c) + SAME_PRECISION_RANK * (_precision(c.a) == _precision(c.b)) + ONE_THING_RANK * thing
                - TELLING_COST * told)
    if c.a.kind != "quantity" or _one_measure(c):
        return _align_score(c)
    return _align_score(c) - OTHER_MEASURE_COST


def _telling(event) -> bool:
    """The event is the telling of news: a bare day of saying ("the ministry said on Monday",
    REPORT) or a verb of saying or disclosing ("announced on Monday", "revealed")."""
    return event == REPORT or saying_event(event)


def _told_and_telling(a, b) -> bool:
    """One date dates the telling of news (`_telling`) and the other an act of another kind, both
    read from the frames (compare.date_align.meeting_events, which gives a bare day of saying and
    a day of telling one event): the announcement of an act and the act are two events, dated
    apart (a plan is announced before it is carried out; a rule is made public on one day and
    takes effect on another). Value-free: the events alone, never the dates."""
    if a.frame is None or b.frame is None:
        return False  # (a date with no frame dates no event read: compare.date_events.event_of)
    ea, eb = meeting_events(a, b)
    if not ea or not eb or PUBLICATION in (ea, eb):
        return False
    return _telling(ea) != _telling(eb)


#: Measures every story states many of (how long, what share): one of them in a report is no
#: sign that it is the report's one figure of a thing.
_EVERYWHERE = frozenset({"duration", "share of total"})


def _one_of_a_kind(measure) -> bool:
    """A count, or a measurement of a length, weight, area or volume; not money, a duration or a
    share (a story states many amounts, spans and percentages)."""
    if measure is None or measure.currency:
        return False
    return counted(measure) or not (table().families.get(measure.cls, frozenset()) & _EVERYWHERE)


def only_counts(mentions: list) -> frozenset:
    """Keys of the figures that are their document's one figure of what they count or measure
    (`_one_of_a_kind`): no other figure of the document has their measure, a figure restated (a
    headline and the body, `also`) counting once. Read from measures alone, never from values."""
    groups: dict = {}
    for m in mentions:
        if m.kind == "quantity" and _one_of_a_kind(m.measure):
            spans = tuple(sorted({(m.start, m.end), *((s, e) for s, e, _ in m.also)}))
            groups.setdefault(m.measure, set()).add(spans)
    return frozenset(m.key for m in mentions if m.kind == "quantity" and len(groups.get(m.measure, ())) == 1)


def _roles(m) -> frozenset:
    """What happened to the counted things, from the words of the figure's clause and from the
    verb its frame names ("Two hikers, both from Leeds, drowned": the commas cut the clause).
    None for a figure before a noun ("a 520-kilometre orbit", "a 400-bed hospital"), which sizes
    that noun and not what its clause tells, nor for a measurement (a length, a magnitude, a
    power): the roles (killed, detained, hired, pledged...) are what befalls counted beings and
    things, or money, and a measurement counts nothing."""
    if m.attributive or not (counted(m.measure) or m.measure.currency):
        return frozenset()
    f = m.frame
    verb = getattr(f, "predicate", None) if f is not None else None
    thing = (f.thing if f is not None else None) or m.payload.unit
    return m.roles | (roles_of({stem(w) for w in verb.split()}, thing=thing) if verb else frozenset())


def _sole_pair(c: Candidate, sole_a: frozenset, sole_b: frozenset) -> bool:
    """Each figure is its document's one count (or length, weight...) of one thing (the same
    unit class on both sides), and the two clauses say the same happened to what is counted (the same roles, or
    none): two reports of one story giving one count each of one thing give the story's count."""
    return (c.one_measure and c.how == SAME and c.a.key in sole_a and c.b.key in sole_b
            and _roles(c.a) == _roles(c.b))


#: Two reports of one story tell it in much the same order (the inverted pyramid of news
#: writing: the event and its main figures first, reactions and background after), so one fact
#: sits at a like depth in both: within this share of each document's length. A headline or
#: lede restating the figure counts as where it stands too (`Mention.also`).
SECTION_GAP = 0.25


@dataclass(frozen=True)
class Sides:
    """What selection knows of the two documents besides the candidates: each one's figures and
    its length in characters (for where in the story a figure stands)."""

    a: tuple = ()
    b: tuple = ()
    chars_a: int = 0
    chars_b: int = 0


def _depths(m, chars: int) -> list[float]:
    return [s / chars for s in (m.start, *(s for s, _, _ in m.also))] if chars else []


def _same_section(c: Candidate, sides: Sides) -> bool:
    """The two figures stand at a like depth of their stories (SECTION_GAP)."""
    da, db = _depths(c.a, sides.chars_a), _depths(c.b, sides.chars_b)
    return any(abs(x - y) <= SECTION_GAP for x in da for y in db)


_DECIMAL = re.compile(r"\d[.·]\d")


def _rounded(a, b) -> bool:
    """One exact figure may be the other rounded to its last written digit: the coarser stands for
    every value within half its rounding step ("9%" for "8.7%", "$3.1 billion" for "$3.08 billion").
    A whole figure of one digit and zeros ("10 rounds", "400 jobs") is read as a count, not as a
    rounding of a figure without decimals ("12 rounds", "450 jobs")."""
    x, y = getattr(a.payload, "value", None), getattr(b.payload, "value", None)
    if x is None or y is None or not (a.interval.is_point() and b.interval.is_point()):
        return False
    (rough, r), (fine, f) = sorted(((x, a), (y, b)), key=lambda p: -iv.rounding_step(p[0]))
    step = iv.rounding_step(rough)
    if iv.rounding_step(fine) >= step:
        return False
    if len(str(round(abs(rough) / step))) < 2 and not _DECIMAL.search(f.payload.text or ""):
        return False
    return iv.rounds_to(rough, fine)


def _sizes_a_thing(a, b) -> bool:
    """Two spans of time that size one thing: both given before a noun ("the 10-day festival",
    "the 12-day event"), or one before a noun the other's clause names ("a 90-day moratorium",
    "a moratorium period of 60 days"): English puts a length before the noun it sizes, and a
    report giving that thing's length another way still names the thing."""
    if a.attributive and b.attributive:
        return True
    return _sizes_named(a, b) or _sizes_named(b, a)


def _one_clause(a, b) -> bool:
    """Two spans of time stated in alike clauses through one preposition: the words of their
    clauses besides the spans' own overlap as much as a conflict's wording does (CONFLICT_MIN),
    and the same preposition, or none, introduces both ("queues of up to 6 hours a day" /
    "drivers waited in queues of up to 9 hours a day"). English says by the preposition which
    span a figure is ("for" a duration, "within" a deadline, "after" a point in time) and by its
    clause what it is the length of: one span named twice, not two of the many a story states."""
    return a.prep == b.prep and jaccard(a.ctx.clause - a.own_terms, b.ctx.clause - b.own_terms) >= CONFLICT_MIN


def _sizes_another(a, b) -> bool:
    """One figure stands before a noun ("the 48-kilometre cable") and the other's frame says it is
    the size of something else ("at a depth of 240 metres"): a figure before a noun sizes that
    noun, so the two measure two things. A plain figure that names nothing it sizes ("the pipeline
    runs 310 km"), or whose clause names that noun ("a moratorium period of 60 days" against
    "a 90-day moratorium"), is the same measurement."""
    if a.attributive == b.attributive:
        return False
    attr, plain = (a, b) if a.attributive else (b, a)
    if _sizes_named(attr, plain):
        return False
    sized = plain.frame.measured if plain.frame is not None else None
    if not sized:
        return False
    return not ({sized, stem(sized)} & attr.head) and not (attr.frame is not None and attr.frame.measured == sized)


def _weak_one_fact(c: Candidate, sides: Sides, sole: tuple = (frozenset(), frozenset())) -> bool:
    """A disjoint pair of figures of one measure (the same counted noun or unit), weakly aligned,
    each the other's best partner, that is one fact stated two ways: their words align them on
    their own (ALIGN_MIN), or, when only the story pairs them, each is its document's one figure
    of that measure (`only_counts`, in `sole`: a story that gives one weight, one length or one
    count of a kind gives it for the thing the other report weighs or counts), nothing in the
    alignment sets the two apart (no clash, no moment, the same thing happening to what is
    counted: `_roles`), and the two stand at a like depth of their stories (`_same_section`).
    Whether either document also states the other's value in another figure plays no part: that
    reads values to decide which figures are one fact (issue 13); a first and a revised count are
    told apart by their words (compare.standing: "initially", "later"). Spans of time stay out:
    every story states many of them ("for three years", "within an hour"), so one of each side
    says little about which is the other's; a length that sizes a thing ("a 15-year lease", "the
    12-day festival", `_sizes_a_thing`) is a property of it, as a weight is, and stays in, as does
    a span stated in alike clauses through one preposition (`_one_clause`).
    A measurement or an amount before a noun ("a 190-metre carrier", "a 36-megawatt site") is the
    plain one ("the carrier, 190m long"); a count before a noun ("a nine-member board") gives
    the size of a group, which align_quantities already sets apart from a plain count (how CLOSE,
    refused here) unless that count is the whole; two names of the people one verb counts,
    "drew 36,000 visitors" / "drew 52,000 people", are one count (`_people_of_one_verb`, how CLOSE
    too). Read from alignment, positions and the
    documents' own figures; the values decide only that the two figures differ beyond rounding."""
    if c.a.kind != "quantity" or c.status != "related" or c.relation != "different-measure":
        return False
    staff = c.how == CLOSE and one_workforce(c.a, c.b)
    if not (c.how == SAME or staff or (c.how == CLOSE and _people_of_one_verb(c.a, c.b))):
        return False
    if c.a.interval is None or c.b.interval is None or not _values_differ(c.a, c.b):
        return False
    if "duration" in table().families.get(c.a.measure.cls, ()) and not (_sizes_a_thing(c.a, c.b) or _one_clause(c.a, c.b)):
        return False
    if staff:
        # one workforce, however worded: its document's one workforce count stands for the
        # measure as a sole count does (`workforce.sole_workforce`)
        sole = (sole[0] | ({c.a.key} if sole_workforce(c.a, sides.a) else set()),
                sole[1] | ({c.b.key} if sole_workforce(c.b, sides.b) else set()))
    if _align_score(c) < ALIGN_MIN and not (c.a.key in sole[0] and c.b.key in sole[1]):
        return False
    if c.a.through != c.b.through or _sizes_another(c.a, c.b) or not _same_section(c, sides):
        return False
    roles = (other_roles(_roles(c.a)), other_roles(_roles(c.b))) if staff else (_roles(c.a), _roles(c.b))
    if _rounded(c.a, c.b) or roles[0] != roles[1]:
        return False
    # what the judge of figures already reads as two things: a stock and a change ("operates 140
    # branches", "will close 30"), two substances weighed, a bare "$" that may be the other dollar;
    # not the posts a project creates and the people it employs, which are one workforce
    if two_things(c.a, c.b) and not (staff and posts_made(c.a, c.b)):
        return False
    al = align_quantities(c.a, c.b, True)
    return al is not None and not (al.note or al.moment or al.other_measure)


#: Nouns that sort people by age or sex: any group of people holds some of them, so a count of
#: children or women under the same verb as a count of people is a part of it ("killed 12 people"
#: and "killed three children"), never the same count under another name.
_AGE_SEX_NOUNS = frozenset("child children kid baby infant toddler boy girl teenager youth minor adult "
                           "man men woman women elderly pensioner".split())


def _people_of_one_verb(a, b) -> bool:
    """Two counts of people named by two nouns ("36,000 visitors", "52,000 people"), each the
    same argument (role) of one verb ("the fair drew"): the people that act befell, counted by both
    reports under two names. Not a count by age or sex (`_AGE_SEX_NOUNS`), which is a part."""
    fa, fb = a.frame, b.frame
    nouns = (person_noun(a), person_noun(b))
    return bool(all(nouns) and not any(n.split()[-1] in _AGE_SEX_NOUNS for n in nouns)
                and fa is not None and fb is not None and fa.predicate
                and fa.predicate == fb.predicate and fa.role == fb.role and fa.prep == fb.prep)


def _values_differ(a, b) -> bool:
    """The two figures' values contradict each other as the judge of figures reads them
    (compare.quantities.judge_quantities): disjoint intervals, unless one only drops the other's
    hedge ("3,000" and "more than 3,000"); or two bounds from one side by different numbers ("up to
    300" and "as many as 450": a ceiling states its number), whose intervals overlap."""
    if iv.relate(a.interval, b.interval) == iv.DISJOINT:
        return not (_hedge_dropped(a.interval, b.interval) or _hedge_dropped(b.interval, a.interval))
    return bool(_other_bounds(a, b))


def _clear_best(c: Candidate, runner_up: dict) -> bool:
    """Neither figure has a second partner nearly as well aligned (NEAR_BEST) as this one: a weak
    alignment says which figure is the other's only when no other comes close."""
    bar = NEAR_BEST * _align_score(c)
    # (a figure with no second partner at all has none that comes close, even at a score of 0)
    return runner_up.get(("a", c.a.key), -1.0) < bar and runner_up.get(("b", c.b.key), -1.0) < bar


def _two_facts(x, y, agreed: Candidate, contradicted: Candidate) -> bool:
    """Two figures of one report that state two facts, whatever their values: two figures of one
    sentence (a sentence states a fact once; "three of the eight ovens", "down to $15 from
    $18"), unless one is the other converted ("EC$240 million (about US$89
    million)", `_two_units`); or figures that nothing aligns as one fact (align_quantities finds no common
    measure or context). Two figures in two sentences that do align may be one fact told twice (a
    headline and the body), but only when the other report's figure is better aligned with
    the one it contradicts than with the one it agrees with: where the agreement is aligned at least
    as well (`agreed`'s score against `contradicted`'s), the agreement is that figure's fact, and
    a report that tells one fact twice gives it one value."""
    if x.claim.id == y.claim.id:
        return not (_converted(x, y) or _converted(y, x) or _two_units(x, y))
    return align_quantities(x, y, True) is None or _align_score(agreed) >= _align_score(contradicted)


def _two_units(x, y) -> bool:
    """Two figures of one sentence in two currencies, or two units of one dimension: an amount and
    its conversion, however the sentence joins them ("$45 million, or about 165 million
    dirhams"; "a 2,000-metre climb, roughly 6,600 feet")."""
    mx, my = x.measure, y.measure
    if mx is None or my is None:
        return False
    if mx.currency or my.currency:
        return bool(mx.currency and my.currency and x.payload.currency != y.payload.currency)
    cx, cy = conversion(x.payload.unit), conversion(y.payload.unit)
    return bool(cx and cy and cx.dimension == cy.dimension and x.payload.unit != y.payload.unit)


def _one_fact_each(chosen) -> None:
    """One figure states one fact. A figure that agrees with a figure of the other report has its
    fact there; its second pairing, with a figure it contradicts that states another fact of that
    report (`_two_facts`: a part beside the whole it is "three of the eight" of, the old value of a
    change beside the new one, or a figure of another sentence that the agreement is aligned at
    least as well as), is two facts set side by side, never a contradiction: that pair
    is `related`. An agreement that rests on a bound ("more than 2,000" holds 2,600; "up to four
    hours" holds 30 minutes) says little of which fact a figure is, and settles nothing. Reads
    the statuses the values gave and the alignment, never a value itself."""
    agreed: dict = {}
    for c in chosen:
        if c.a.kind == "quantity" and c.status == "agree" and _bound(c.a) is None and _bound(c.b) is None:
            agreed.setdefault(("a", c.a.key), []).append(c)
            agreed.setdefault(("b", c.b.key), []).append(c)
    for c in chosen:
        if c.a.kind != "quantity" or c.status != "conflict":
            continue
        others = [(o, c.b, o.b) for o in agreed.get(("a", c.a.key), ()) if o.b is not c.b] + \
                 [(o, c.a, o.a) for o in agreed.get(("b", c.b.key), ()) if o.a is not c.a]
        other = next((o for o, x, y in others if _two_facts(x, y, o, c)), None)
        if other is not None:
            c.status, c.relation = "related", "different-measure"
            c.reason += f"; but {other.a.text} ~ {other.b.text} agree, and are that figure's fact"


def select(cands: list[Candidate], sole: tuple = (frozenset(), frozenset()), sides: Sides = Sides()) -> list[Candidate]:
    """Keep, for every mention on either side, its best-aligned partner (so one figure may be
    stated twice by the other side; a partner that measures another thing ranks lower:
    `_partner_rank`). The status plays no part: only the alignment does.
    `sole`: A's and B's figures that are their document's one count of a thing (`only_counts`);
    `sides`: the two documents' figures and lengths (`_weak_one_fact`)."""
    best_a: dict[tuple, Candidate] = {}
    best_b: dict[tuple, Candidate] = {}
    for c in cands:
        ka, kb = c.a.key, c.b.key
        if ka not in best_a or _partner_rank(c) > _partner_rank(best_a[ka]):
            best_a[ka] = c
        if kb not in best_b or _partner_rank(c) > _partner_rank(best_b[kb]):
            best_b[kb] = c
    chosen = {id(c): c for c in list(best_a.values()) + list(best_b.values())}
    runner_up: dict[tuple, float] = {}  # side and mention -> the score of its second-best partner
    for c in cands:
        for key, best in ((("a", c.a.key), best_a[c.a.key]), (("b", c.b.key), best_b[c.b.key])):
            if c is not best:
                runner_up[key] = max(runner_up.get(key, 0.0), _align_score(c))
    # A mention already in a conflict on its own evidence: a weak pair of it with the other
    # side's restatement of that figure (a headline and the body) says the same again.
    in_conflict = {k for c in chosen.values() if c.status == "conflict" for k in (("a", c.a.key), ("b", c.b.key))}
    for c in chosen.values():
        mutual = best_a[c.a.key] is c and best_b[c.b.key] is c
        if mutual and ("a", c.a.key) not in in_conflict and ("b", c.b.key) not in in_conflict \
                and (c.mutual_conflict or _sole_pair(c, *sole) or (
                    _clear_best(c, runner_up) and _weak_one_fact(c, sides, sole))):
            # One measure, one story, and each figure is the other's best-aligned partner.
            c.status, c.relation = "conflict", "disjoint"
            c.reason = c.reason.replace(", but the contexts differ", "; each is the other's closest figure of this measure")
            if c.how == CLOSE and one_workforce(c.a, c.b):  # one workforce, two wordings (compare.workforce)
                c.reason = c.reason.replace(", but A counts", "; each is the other's closest count of one workforce: "
                                                               "A counts")
            elif c.how == CLOSE:  # two names of the people one act befell (_people_of_one_verb)
                c.reason = c.reason.replace(", but A counts", "; each is the other's closest count of the people one act "
                                                               "befell: A counts")
    # A figure whose chosen partner is the other side's figure of another fact: that partner's own
    # best partner agrees with it and is aligned at least twice as well (OTHER_FACT_RATIO). The
    # partner states that fact, so the weaker pair is no contradiction ("about 13% of chip
    # packaging" / "13 percent of chip assembly" leaves "around 40% of its exports" without a
    # partner of its own, however alike the two sentences read).
    for c in chosen.values():
        if c.a.kind != "quantity" or c.status != "conflict":
            continue
        for other in (best_a[c.a.key], best_b[c.b.key]):
            if other is not c and other.status == "agree" and _align_score(other) >= OTHER_FACT_RATIO * _align_score(c):
                c.status, c.relation = "related", "different-measure"
                c.reason += f"; but {other.a.text} ~ {other.b.text} is that figure's fact"
                break
    # A fact stated twice on one side (a headline and the body): partners nearly as well aligned
    # as the best are the same fact too.
    for c in cands:
        if id(c) not in chosen and (
                _align_score(c) >= NEAR_BEST * _align_score(best_a[c.a.key])
                or _align_score(c) >= NEAR_BEST * _align_score(best_b[c.b.key])) and _align_score(c) >= ALIGN_MIN:
            chosen[id(c)] = c
    _one_fact_each(chosen.values())
    # A one-to-one assignment of each kind's mentions (greedy, best-aligned first): a mention
    # whose best partner is taken by a better-aligned one still meets its next best ("Thursday"
    # and "Thursday" when a headline's "today" scores higher with both), down to two dates of one
    # grain in one story with nothing else in common (GRAIN_SCORE: "2028" and "2028", each left
    # without a partner once the better-aligned pairs are made). Such a pair is never strong, so
    # never a conflict, and the conflicts above are settled before it is added.
    used: set = set()
    for c in sorted((c for c in cands if c.a.kind in _ASSIGNED and _align_score(c) >= GRAIN_SCORE),
                    key=lambda c: -_align_score(c)):
        ka, kb = ("a",) + c.a.key, ("b",) + c.b.key
        if ka in used or kb in used:
            continue
        used.update((ka, kb))
        chosen.setdefault(id(c), c)
    return sorted(chosen.values(), key=lambda c: (c.a.start, c.b.start))

