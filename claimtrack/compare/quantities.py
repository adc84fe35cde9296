"""Figures compared: two quantities aligned on what they measure and where they stand (never
on their values), then judged by the relation of their intervals."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from . import intervals as iv
from .candidates import ALIGN_MIN, CALENDAR_WORDS, CONFLICT_MIN, Alignment, Candidate, actor_name
from .context import actor_overlap, jaccard, same_actor, shared_terms
from .mentions import Mention
from .moments import figure_gap, lasting_pair
from .standing import moment_clash, standing_clash, unit_clash
from .statements import nouns_meet, predicates_meet
from .units import CLOSE, FAMILY, LOOSE, SAME, Measure, classify, conversion, plural, table
from .units import counted as _counted
from .figure_evidence import earlier_period, frame_evidence, group_clashes, mention_evidence, sized_whole, stock
from .figure_evidence import frame_support, object_tells_act, part_and_whole, strong_evidence, weak_story_pair
from .figure_kinds import _measure_relation, _members_and_people, _other_dollar, _other_substance, _people_of_one_action
from .figure_kinds import _specific, _stock_and_change, _written_currency, person_noun
from .goods import cost_and_price, two_goods

#: Figures the units table cannot place (no unit, or an unknown one) need closer wording: the
#: level of CONFLICT_MIN (a third of the words shared, the same thing said), or two thirds of it
#: when the words of their clauses say the same thing happened to what is counted ("killed").
LOOSE_MIN = 0.3
LOOSE_ROLE_MIN = 0.2


def figure_similarity(a: Mention, b: Mention) -> float:
    """0..1: how alike the words around two figures are. The clause holding a figure says what it
    counts ("hired 70 nurses" in a sentence that also says "closed a quarter of its wards"),
    so it weighs most; the words beside it, then the whole sentence, actors and predicate less."""
    return (0.3 * jaccard(a.ctx.clause, b.ctx.clause) + 0.3 * jaccard(a.ctx.near, b.ctx.near)
            + 0.15 * jaccard(a.ctx.sentence, b.ctx.sentence) + 0.15 * actor_overlap(a.ctx.actors, b.ctx.actors)
            + 0.1 * (1.0 if a.ctx.predicate and a.ctx.predicate == b.ctx.predicate else 0.0))


def align_quantities(a: Mention, b: Mention, story: bool = False) -> Optional[Alignment]:
    """Whether two figures state one fact, from what they measure and where they stand.

    `story`: the two documents report one story; then two figures of one specific measure
    (countries, troops, euros; not days or percentages) are paired even when their sentences
    share little, weakly (never enough for a conflict)."""
    if a.measure is None or b.measure is None:
        return None
    sim = figure_similarity(a, b)
    role_clash = bool(a.roles and b.roles and not a.roles & b.roles)
    related = _how_related(a, b, sim, role_clash, story)
    if related is None:
        return None
    how, kin = related
    ev = alignment_evidence(a, b, how, role_clash)
    how, bonus, clashes, framed = ev.how, ev.bonus, ev.clashes, ev.framed
    # A forecast and a value now, or a first and a later count, are one thing at two moments: as
    # aligned as ever, but never a contradiction (judge_quantities).
    moment_relation, moment = moment_clash(a.standing, b.standing)
    earlier = earlier_period(a, b) if framed and not lasting_pair(a, b) else ""
    if earlier and not moment:
        moment_relation, moment = "update", earlier
    score = sim + bonus - 0.1 * (len(clashes) - ev.before_change)
    if score < ALIGN_MIN:
        if story and weak_story_pair(a, b, how, clashes, role_clash, kin):
            return Alignment(how, max(0.0, score), False, kin, moment=moment, moment_relation=moment_relation)
        return None
    if how == FAMILY and (sim < ALIGN_MIN * 1.5 or not (_specific(a.measure) and _specific(b.measure))):
        return None  # two measures of one family say little unless the wording is close (and days vs years nothing)
    strong = how in (SAME, CLOSE) and not clashes and strong_evidence(a, b, sim)
    supported = framed and how == SAME and not clashes and not moment and not kin and frame_support(a, b)
    return Alignment(how, score, strong and not moment and not kin, "; ".join(clashes + ([kin] if kin else [])),
                     other_measure=role_clash, moment=moment, moment_relation=moment_relation, supported=supported)


class Evidence(NamedTuple):
    """What beyond their words says two figures of related measures are one fact or two."""
    how: str  # SAME, CLOSE, FAMILY or LOOSE, lowered where one unit names two measures
    bonus: float  # from their frames and mentions
    before_change: int  # clashes that stand before a change and cost nothing
    clashes: list  # why they may be two facts, for people
    framed: bool  # both figures have a frame


def alignment_evidence(a: Mention, b: Mention, how: str, role_clash: bool) -> Evidence:
    """The frame and mention evidence of two figures, and their clashes: of where each stands
    (compare.standing: a forecast and a value now, a part and the whole, a running total and one
    event's figure are never one value stated twice) and of who or what they count. Read by
    align_quantities and by evaluate.figure_causes to say why two figures were not aligned."""
    framed = a.frame is not None and b.frame is not None
    bonus, clashes = frame_evidence(a, b) if framed else (0.0, [])
    bonus, before_change = mention_evidence(a, b, bonus, clashes)
    stands = standing_clash(a.standing, b.standing, stock(a) or sized_whole(a), stock(b) or sized_whole(b),
                            same_unit=nouns_meet)
    stands = stands or two_goods(a, b) or cost_and_price(a, b) or part_and_whole(a, b)
    if stands:
        clashes.append(stands)
        if (a.standing.unit is None) != (b.standing.unit is None) and stands == unit_clash(a.standing, b.standing, nouns_meet):
            # One figure priced per a thing ("K95,000 a bag") and one for no unit it names: the
            # second says nothing of what it is for (its clause or the story names the thing), which
            # is no evidence of a total. It costs the alignment nothing, and still keeps the two
            # from a conflict (a note), as the start of a change does.
            before_change += 1
    how = group_clashes(a, b, how, role_clash, framed, clashes)
    return Evidence(how, bonus, before_change, clashes, framed)


def _how_related(a: Mention, b: Mention, sim: float, role_clash: bool, story: bool) -> Optional[tuple[str, str]]:
    """(how the two measures relate: SAME, CLOSE, FAMILY or LOOSE; why two person counts are taken
    as one, or ""), or None when what they measure keeps them apart."""
    how = _measure_relation(a, b)
    kin = ""
    if how in (None, FAMILY) and not role_clash and (_people_of_one_action(a, b) or _members_and_people(a, b)):
        how, kin = CLOSE, f"A counts {plural(person_noun(a))}, B {plural(person_noun(b))}"
    if how is None:
        # "more than 400" and "412" (no unit), "2.3 million season-ticket holders" and "2.3 million
        # people" (a unit the table does not know): close context alone may align them.
        unplaced = not a.measure.known or not b.measure.known or a.measure.cls is None or b.measure.cls is None
        same_roles = bool(a.roles) and a.roles == b.roles
        need = LOOSE_ROLE_MIN if same_roles else LOOSE_MIN
        if story and same_roles:
            need = 0.0  # one story, and the same thing happened to both counts ("killed", "displaced")
        if a.measure.currency or b.measure.currency or not unplaced or sim < need or role_clash:
            return None
        if a.measure.cls and b.measure.cls and not (_counted(a.measure) and _counted(b.measure)):
            return None  # "five corridors" and "more than two years": a count is not a duration
        how = LOOSE
    return how, kin


#: What a measuring unit measures, for labels ("distance (kilometres)", "weight (tonnes)").
_DIMENSIONS = {"kilometre": "distance", "mile": "distance", "metre": "length", "tonne": "weight",
               "barrel": "volume", "degree": "temperature", "magnitude": "magnitude"}
_DIMENSION_FAMILIES = {"duration": "duration", "area": "area", "share of total": "share"}


def _dimension(me: Measure) -> Optional[str]:
    """The dimension a measuring unit measures, None for a count."""
    if me.currency or _counted(me):
        return None
    if me.cls in _DIMENSIONS:
        return _DIMENSIONS[me.cls]
    for fam in sorted(table().families.get(me.cls, ())):
        if fam in _DIMENSION_FAMILIES:
            return _DIMENSION_FAMILIES[fam]
    return None


@lru_cache(maxsize=1)
def _currency_words() -> frozenset:
    """Names of currencies ('crown', 'yen'): never what an amount of money is the size of."""
    from ..tables import load_json

    names = load_json("currencies.json")["names"]
    words = {w for n in names for w in n.lower().split()}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


def _measured(m: Mention) -> Optional[str]:
    """What a share or an amount is the size of ('spending', 'rate'), unless the frame only
    names the unit again ('tonne', 'crown')."""
    f = m.frame
    if f is None or not f.measured:
        return None
    w = f.measured
    unit = (m.payload.unit or "").lower()
    cls, known = classify(w)
    if w == unit or w == (m.measure.cls or "") or (known and not _counted(Measure(cls=cls))) or w in _currency_words():
        return None
    return w


def _label(m: Mention) -> str:
    """What a figure counts, for people: 'countries', 'troops', 'amount in EUR'."""
    me = m.measure
    if me.currency:
        return f"amount in {me.currency}" + (f" per {me.period}" if me.period else "")
    f = m.frame
    thing = (f.thing if f is not None and f.thing else None) or m.payload.unit or me.cls
    name = plural(thing) if thing else "things"
    return name + (f" per {me.period}" if me.period else "")


def about_quantity(a: Mention, b: Mention) -> str:
    """'number of countries at the Paris meeting', 'Italy: number of troops', 'spending (percent)',
    'distance (kilometres)'."""
    f = a.frame if a.frame is not None else b.frame
    label = _label(a)
    measured = _measured(a) or _measured(b)
    dimension = _dimension(a.measure)
    if measured and (a.measure.currency or dimension):
        base = f"{measured} ({label})"
    elif a.measure.currency:
        base = label
    elif dimension:
        of = sorted((a.share_of & b.share_of) or a.share_of or b.share_of)
        base = f"{dimension} of {' '.join(of)} ({label})" if of and dimension != "share" else f"{dimension} ({label})"
    else:
        base = f"number of {label}"
    if f is not None and f.place and any(ch.isupper() for ch in f.place) \
            and not set(f.place.lower().split()) & _currency_words():
        # a named place or event ("the Paris meeting"); a bare name reads "in Tokyo"
        base += f" in {f.place}" if " " not in f.place else f" at the {f.place}"
    elif f is None:
        terms = shared_terms(a.ctx, b.ctx, ignore=a.own_terms | b.own_terms | CALENDAR_WORDS)
        if terms:
            base += f" ({', '.join(terms)})"
    if f is not None and f.holder:
        base = f"{actor_name(f.holder)}: {base}"
    return base


def _frames_agree(a: Mention, b: Mention) -> bool:
    """The frames say positively that two figures state one thing (the same predicate) and
    nothing in them differs."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    if (object_tells_act(fa, fb) or object_tells_act(fb, fa)) and not _frames_differ(a, b, act=True):
        return True  # "completed the purchase for ..." / "bought it for ...": one act's one figure
    if _frames_differ(a, b):
        return False
    if fa.predicate and fa.predicate == fb.predicate:
        return True
    # One action under two verbs ("closed the road for 36 hours" / "the road was shut for 36 hours":
    # verbs sharing a WordNet sense, statements.predicates_meet), the figure attached to it the
    # same way (the same role and preposition): one figure stated twice.
    if fa.role == fb.role and fa.prep == fb.prep and fa.role not in (None, "other") \
            and predicates_meet(fa.predicate, fb.predicate):
        return True
    # The figure sizes the same noun through the same preposition ("winds of 180 km/h" in both,
    # whatever verb the clause has): English says which quantity a figure is by what it hangs from.
    # (Or none: "vaccinated 88% of children" and "immunised 91% of children", both the object.)
    # "a 20% cut" and "a cut of 20%": a figure before a noun and after its "of" size that noun.
    sizing = {(fa.role, fa.prep), (fb.role, fb.prep)} == {("modifier", None), ("oblique", "of")}
    return bool(fa.measured and fa.measured == fb.measured
                and (sizing or (fa.prep == fb.prep and fa.role == fb.role and fa.role != "other")))


def _frames_differ(a: Mention, b: Mention, act: bool = False) -> bool:
    """The frames name something that differs: what the figure sizes, who holds it, its
    modifiers, or its role (a subject in one, an object in the other). `act`: one frame's
    measured noun names the act the other's verb tells (`object_tells_act`), so the two
    measured nouns (the act, the thing it was done to) are no difference."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    if fa.measured and fb.measured and fa.measured != fb.measured and not act:
        return True
    if fa.holder and fb.holder and not same_actor(fa.holder, fb.holder):
        return True
    ma, mb = set(fa.modifiers), set(fb.modifiers)
    if ma and mb and not ma & mb:
        return True
    return bool(fa.role and fb.role and fa.role != fb.role and "other" not in (fa.role, fb.role)
                and fa.predicate == fb.predicate)


def _one_thing(a: Mention, b: Mention, al: Alignment) -> bool:
    """Two figures of one specific measure (a count of ships, an amount of euros; not a
    duration or a share, which every story has many of), aligned on their context, that
    describe the same way (two counts, not a count and the size of something) and whose frames
    name nothing that differs: one thing counted by both sources."""
    described = a.attributive == b.attributive and not (a.attributive or b.attributive)
    # ... and whose own clauses share a word besides the unit (two sources wording one fact
    # differently still share some of its words: "ships waiting offshore", "vessels waiting").
    ignore = a.own_terms | b.own_terms | CALENDAR_WORDS
    worded = bool(((a.ctx.clause | a.ctx.near) & (b.ctx.clause | b.ctx.near)) - ignore)
    # A noun the units table does not know, the same in both ("trawlers"), is as specific.
    specific = (_specific(a.measure) and _specific(b.measure)) or (
        a.measure == b.measure and not a.measure.known and bool(a.measure.cls))
    framed = a.frame is not None and b.frame is not None  # records without frames cannot say what differs
    # A count made through a group ("chiefs from 30 nations") is another figure than a plain count.
    # (Or, without such a word, contexts alike enough to say the same thing: "none of the 40 hikers
    # needed care" and "all 52 hikers came home unhurt".)
    worded = worded or al.score >= CONFLICT_MIN
    return (framed and al.score >= ALIGN_MIN and described and worded and specific and a.through == b.through
            and not _frames_differ(a, b) and not _stock_and_change(a, b) and not _other_substance(a, b))


#: Measures every story states many of (how long, what share): `_everywhere`.
_EVERYWHERE = frozenset({"duration", "share of total"})


def _everywhere(me: Measure) -> bool:
    """A span of time or a share: a story states many of them ("for three years", "up 4%"), so that
    two of them are each other's best partner says little about which is the other's."""
    return not me.currency and bool(table().families.get(me.cls, frozenset()) & _EVERYWHERE)


#: Qualifiers that state a ceiling ("up to 14", "as many as 450", "fewer than 20") or a floor
#: ("more than 21,300", "at least 31") of a figure (data/qualifiers.json).
_CEILINGS = frozenset({"at_most", "less_than"})
_FLOORS = frozenset({"more_than", "at_least"})


def _bound_step(m: Mention, number: float) -> float:
    """The step a bound's number is rounded to: the step of the number itself, or the step it is
    written to in its own unit, kept through a conversion (the interval's `step`), the coarser."""
    return max(iv.rounding_step(number), m.interval.step if m.interval is not None else 0.0)


def _written_unit(m: Mention, number: float) -> float:
    """How many of the compared unit one unit of the figure as written makes (a conversion or a
    currency's rate: "two months" compared as 60.9 days: 30.4), 1 when nothing converts."""
    written = getattr(m.payload, "value", None)
    return number / float(written) if written and number else 1.0


def _bound(m: Mention) -> Optional[tuple[str, float]]:
    """("ceiling" | "floor", the number stated) of a figure given as a bound, else None. Read from
    the interval, so a period after "over" ("over four years"), which is no bound, stays out."""
    x, q = m.interval, getattr(m.payload, "qualifier", None)
    if x is None or q is None:
        return None
    if q in _FLOORS and x.hi == iv.INF and x.lo != -iv.INF:
        return "floor", x.lo
    if q in _CEILINGS and x.lo <= 0 and x.hi != iv.INF:
        return "ceiling", x.hi
    return None


def _other_bounds(a: Mention, b: Mention) -> str:
    """Why two bounds of one kind contradict each other, or "". A report that gives a ceiling or a
    floor states its figure through that number ("as many as 9 shifts a week" says the rota reaches 9
    shifts; "over 4,700 members" says the count is 4,700 and some): two sources bounding
    one figure from the same side by different numbers disagree on it, although the sets of
    values the bounds allow overlap. Numbers that differ by rounding only, or by the one step
    between "more than 30" and "at least 31", are the same bound."""
    ba, bb = _bound(a), _bound(b)
    if ba is None or bb is None or ba[0] != bb[0]:
        return ""
    x, y = ba[1], bb[1]
    one_step = a.payload.qualifier != b.payload.qualifier and abs(x - y) == 1 and float(x).is_integer()
    if one_step or iv.relate(iv.Interval(x, x), iv.Interval(y, y)) != iv.DISJOINT:
        return ""
    # A round bound is the other rounded to its step: "more than 90" is what a writer who rounds
    # to tens makes of "at least 96", "more than 1,000" of "more than 1,200"; "up to 500" of
    # "up to 460". The figure one bound states then lies within one rounding step of the other.
    # (Each number's step is the one it is written to, in the unit both are compared in: "at least
    # 9 weeks" is written to the week, "more than two months" to the month, so the first lies
    # within the second's step and the two floors are one.)
    sx, sy = _bound_step(a, x), _bound_step(b, y)
    rough, fine, step = (x, y, sx) if sx >= sy else (y, x, sy)
    # ... but no writer rounds a number to a step coarser than its own first digit, in the unit
    # the round bound is written in: 4,600 may become "up to 5,000", never "up to 10,000"; so a
    # cap of 5,000 and one of 10,000 are two caps (63 days may become "two months": a month).
    per = _written_unit(a if rough == x else b, rough)
    step = min(step, iv.leading_step(fine / per) * per)
    if (ba[0] == "floor" and rough <= fine < rough + step) or (ba[0] == "ceiling" and rough - step < fine <= rough):
        return ""
    side = "a ceiling" if ba[0] == "ceiling" else "a floor"
    return f"{a.text} and {b.text} give one figure {side} of different numbers ({iv.Interval(x, x)} vs {iv.Interval(y, y)})"


def _calendar_spread(a: Mention, b: Mention) -> Optional[tuple[iv.Interval, iv.Interval]]:
    """The two figures' intervals in the base unit where one is in a unit whose length varies and
    the other in a shorter unit of fixed length of the same dimension ("about seven months" /
    "28 weeks"): the first spread over every length its unit takes (a calendar month is 28 to 31
    days, unit_factors.json "spans"), as a writer who turns weeks into months reckons a month
    at four weeks or at a calendar month's days. None for any other pair (two figures in
    months are compared as written)."""
    ca, cb = conversion(a.payload.unit), conversion(b.payload.unit)
    if ca is None or cb is None or ca.dimension != cb.dimension or a.interval is None or b.interval is None:
        return None
    varies_a, varies_b = ca.least != ca.most, cb.least != cb.most
    if varies_a == varies_b:
        return None
    x, conv = (a.interval, ca) if varies_a else (b.interval, cb)
    if (cb if varies_a else ca).factor >= conv.least:
        return None  # months against years: twelve months are a year whatever their days
    lo = x.lo / conv.factor * conv.least
    hi = x.hi if x.hi == iv.INF else x.hi / conv.factor * conv.most
    spread = iv.Interval(lo, hi, x.lo_open, x.hi_open)
    return (spread, b.interval) if varies_a else (a.interval, spread)


def _relate_in_calendar(a: Mention, b: Mention) -> tuple[str, str]:
    """The interval relation of two figures and its explanation; a disjoint pair of a month figure
    and a shorter fixed unit's is compatible where their calendar spread overlaps (_calendar_spread)."""
    rel = iv.relate(a.interval, b.interval)
    why = iv.explain(a.interval, b.interval, rel)
    if rel == iv.DISJOINT:
        spread = _calendar_spread(a, b)
        if spread is not None and iv.relate(*spread) != iv.DISJOINT:
            rel = iv.COMPATIBLE
            why = (f"{spread[0]} and {spread[1]} overlap, a month taken as the 28 to 31 days "
                   "a calendar month lasts")
    return rel, why


def _hedge_dropped(x: iv.Interval, y: iv.Interval) -> bool:
    """x is a plain figure and y a strict bound at that very number ("3,000 spectators", "more than
    3,000 spectators"): one number, which one writer states with "more than" or "fewer than" and the
    other plainly (a plain figure in news is itself rounded). Never a contradiction."""
    return x.is_point() and ((y.lo_open and y.lo == x.lo and y.hi == iv.INF)
                             or (y.hi_open and y.hi == x.lo and y.lo <= 0))


def judge_quantities(a: Mention, b: Mention, al: Alignment, gap: Optional[str], story: bool = True) -> Optional[Candidate]:
    """The status of two aligned figures, from their values. `story`: the documents report one
    story (see `same_story`); figures of two different stories never contradict each other."""
    if a.interval is None or b.interval is None:
        return None
    about = about_quantity(a, b)
    if al.how == FAMILY:
        return Candidate(a, b, "related", "different-measure", f"{_label(a)} vs {_label(b)}",
                         f"different measures: A counts {_label(a)}, B counts {_label(b)}"
                         + (f"; {gap}" if gap else ""), al.score, al.how)
    rel, why = _relate_in_calendar(a, b)
    bounds = _other_bounds(a, b)
    if bounds and rel != iv.DISJOINT:
        rel, why = iv.DISJOINT, bounds
    elif rel == iv.DISJOINT and (_hedge_dropped(a.interval, b.interval) or _hedge_dropped(b.interval, a.interval)):
        rel, why = iv.COMPATIBLE, f"{a.text} and {b.text} state one number, one with a bound and one without"
    if conversion(a.payload.unit) is not None and (a.payload.unit or "") != (b.payload.unit or ""):
        why += f" (in {plural(a.measure.cls)}: {a.text} ~ {b.text})"  # converted to one unit
    elif a.rate or b.rate:  # compare.stated_rates, compare.reference_rates
        why += f" (in {a.measure.currency} at {a.rate or b.rate}: {a.text} ~ {b.text})"
    elif a.measure.currency and _written_currency(a) != _written_currency(b):
        why += f" (in {a.measure.currency} at the fixed parity: {a.text} ~ {b.text})"  # compare.pegs
    note = f" ({al.note})" if al.note else ""
    if al.how in (CLOSE,) and not al.note:
        note = f" (A counts {_label(a)}, B {_label(b)})"
    if rel != iv.DISJOINT:
        if al.other_measure:  # "60,000 left homeless" and "450 died": values that overlap by chance
            return Candidate(a, b, "related", "different-measure", about, f"{why}, but {al.note}", al.score, al.how)
        when = f"; note: {gap}" if gap else ""
        return Candidate(a, b, "agree", rel, about, why + note + when, al.score, al.how)
    other_dollar = _other_dollar(a, b) or _other_dollar(b, a)
    if other_dollar:
        return Candidate(a, b, "related", "different-measure", about, f"{why}, but {other_dollar}", al.score, al.how)
    if gap:
        return Candidate(a, b, "related", "update", about, f"{why}, but {gap}: a changed figure, not a contradiction",
                         al.score, al.how)
    if al.moment:
        return Candidate(a, b, "related", al.moment_relation, about, f"{why}, but {al.moment}: not a contradiction",
                         al.score, al.how)
    if al.strong and al.how == SAME and story:
        terms = shared_terms(a.ctx, b.ctx, ignore=a.own_terms | b.own_terms | CALENDAR_WORDS)
        ctx = f"; both about {', '.join(terms)}" if terms else ""
        return Candidate(a, b, "conflict", "disjoint", about, f"{why}{ctx}", al.score, al.how)
    # Figures with no unit the table places ("flooded more than 600" and "flooded 75") are
    # one measure when their frames say the same thing happened to them: as for one unit.
    one_measure = al.how == SAME or (al.how == LOOSE and al.score >= ALIGN_MIN)
    if one_measure and not al.note and story and (_frames_agree(a, b) or _one_thing(a, b, al)
                                                  or (al.supported and not _everywhere(a.measure) and not _frames_differ(a, b))):
        return Candidate(a, b, "related", "different-measure", about, f"{why}, but the contexts differ",
                         al.score, al.how, mutual_conflict=True)
    if al.note:
        reason = f"{why}, but {al.note}"
    elif al.how != SAME:
        reason = f"{why}, but A counts {_label(a)} and B {_label(b)}"
    elif not story:
        reason = f"{why}, but the two articles report different stories"
    else:
        reason = f"{why}, but the contexts differ"
    return Candidate(a, b, "related", "different-measure", about, reason, al.score, al.how,
                     one_measure=one_measure and not al.note and story and a.through == b.through
                     and not (_frames_differ(a, b) or _stock_and_change(a, b) or _other_substance(a, b)))



#: What a figure's partner in a parallel clause adds to an alignment (see `parallel_figures`).
PARALLEL_BONUS = 0.15


def parallel_figures(cands: list[Candidate], anchor_a, anchor_b, story: bool) -> list[Candidate]:
    """Figures in parallel clauses: when the two sides each state two figures of one measure in
    one clause ("raised its fee to 12% from 9%"; "a fee of 11.5%, up from 9%") and
    one pair is aligned, the other two are the same fact too (the old and the new value of one
    change). Read from positions and measures only, never from values."""
    best: dict = {}
    for c in cands:
        if c.a.kind != "quantity" or c.status == "related" and c.relation == "different-measure" and c.how == FAMILY:
            continue
        for key in (("a", c.a.key), ("b", c.b.key)):
            if key not in best or c.score > best[key].score:
                best[key] = c
    have = {(c.a.key, c.b.key): c for c in cands}
    done: set = set()
    out: list[Candidate] = []
    for c in {id(c): c for c in best.values()}.values():
        if best.get(("a", c.a.key)) is not c or best.get(("b", c.b.key)) is not c:
            continue  # only mutual best pairs anchor a parallel
        framed = c.a.frame is not None and c.b.frame is not None and c.a.frame.predicate and c.b.frame.predicate
        for a in c.a.claim_figures:
            for b in c.b.claim_figures:
                if a is c.a or b is c.b or a.measure != c.a.measure or b.measure != c.b.measure:
                    continue
                if framed:
                    if a.frame is None or b.frame is None or a.frame.predicate != c.a.frame.predicate \
                            or b.frame.predicate != c.b.frame.predicate:
                        continue  # only the figures of the same clause (one predicate)
                elif abs(a.rank - c.a.rank) != 1 or abs(b.rank - c.b.rank) != 1:
                    continue  # without frames: the figures right beside the aligned ones
                if (a.key, b.key) in done or (a.prep and a.prep == c.a.prep) or (b.prep and b.prep == c.b.prep):
                    continue
                al = align_quantities(a, b, story)
                score = (al.score if al is not None else 0.0) + PARALLEL_BONUS
                strong = al is None or (not al.note and al.how == SAME)
                par = Alignment(SAME, score, strong and story, al.note if al else "", moment=al.moment if al else "",
                                moment_relation=al.moment_relation if al else "")
                gap = figure_gap(a, b, anchor_a, anchor_b)
                cand = judge_quantities(a, b, par, gap, story)
                if cand is not None:
                    cand.alignment, cand.gap = par, gap
                    cand.reason += f" (in parallel with {c.a.text} ~ {c.b.text})"
                    old = have.get((a.key, b.key))
                    if old is not None:
                        cands.remove(old)
                    out.append(cand)
                    done.add((a.key, b.key))
    return out

