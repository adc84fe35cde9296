"""What two figures measure, read from their records alone: whether their measures are one (a
rate over a period against a count over that period, a count through a group against the group's
size, a kind of person against people in general), whether a count is of people, and whether a
measure is specific enough to pair on the story alone; and whether two figures are two things
whatever their words (a stock and a change, two substances, two dollars: `two_things`, read by
compare.quantities and compare.select). Moved out of compare/quantities.py (which aligns and
judges figures with these) unchanged."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from . import intervals as iv
from .candidates import CALENDAR_WORDS
from .context import shared_terms
from .mention import per_mention
from .mentions import _SHARES, Mention
from .pegs import BARE_DOLLAR as _BARE_DOLLAR  # a bare "$": written for every dollar
from .pegs import at_par
from .statements import LIGHT_VERBS, nouns_meet, predicates_meet
from .units import CLOSE, FAMILY, SAME, Measure, kind_of, made_under, relate_measures, same_noun, table, under
from .units import counted as _counted
from .units import names_people as _names_people

#: The period a stated as-of date covers, by its ISO length ("2030": a year; "2030-05": a month).
_AS_OF_PERIOD = {4: "year", 7: "month", 10: "day"}


def _over_period(m: Mention, period: Optional[str]) -> bool:
    """The figure has no period of its own but its clause states it for one period of that length
    ("welcomed 90,000 visitors last year"): a count over one year is the yearly figure. Not a
    share: "grew about 7% a year" is a rate at which something changes every year, and "0.9% in
    2030" is that year's level or change, never a sum over the year that the rate could be."""
    f = m.frame
    return (period is not None and m.measure.period is None and f is not None and f.as_of_source == "stated"
            and bool(f.as_of) and _AS_OF_PERIOD.get(len(f.as_of)) == period and m.measure.cls not in _SHARES)


def _measure_relation(a: Mention, b: Mention) -> Optional[str]:
    ma, mb = a.measure, b.measure
    if _over_period(a, mb.period) or _over_period(b, ma.period):
        # "draws about 90,000 visitors a year" and "welcomed 90,000 visitors in 2030": one yearly figure
        return relate_measures(replace(ma, period=ma.period or mb.period), replace(mb, period=mb.period or ma.period))
    how = relate_measures(a.measure, b.measure)
    if how == SAME and (_class_sums_kinds(a, b) or _class_sums_kinds(b, a)):
        return CLOSE  # "40 lorries and 25 vans" / "65 vehicles": the class counts both kinds
    if how == SAME and ma.currency and not at_par(_written_currency(a), _written_currency(b)) \
            and (_any_dollar(a, b) or _any_dollar(b, a) or _both_bare_dollar(a, b)):
        return CLOSE  # "$4.2m" and "BZ$8.4 million" at a fixed parity not at par: "$" may be either dollar
    if how == SAME:
        return SAME
    ma, mb = a.measure, b.measure
    if ma.currency or mb.currency:
        if how is None and ma.period == mb.period and _both_bare_dollar(a, b):
            return SAME  # "$12 million" in both stories: one written sign, whichever dollar each reading took
        if how is None and ma.period == mb.period and (_any_dollar(a, b) or _any_dollar(b, a)):
            return CLOSE  # "$4.2m" and "NZ$4.2 million": "$" is written for the other's dollar too
        return how
    # A count through a group sizes that group ("chiefs from 30 nations" and "30 chiefs"), and
    # a generic participant noun ("representatives from 34 countries") reaches any participant.
    t = table()
    ends_a = {ma.cls} | ({a.through} if a.through else set())
    ends_b = {mb.cls} | ({b.through} if b.through else set())
    if (a.through or b.through) and ends_a & ends_b:
        return CLOSE
    if (a.through in t.generic and mb.cls in t.delegates) or (b.through in t.generic and ma.cls in t.delegates):
        return CLOSE
    if how == FAMILY and frozenset((ma.cls, mb.cls)) in t.one_each:
        return CLOSE  # "some 5,000 homes" and "about 5,200 households": one household to a home
    if how in (None, FAMILY) and ma.period == mb.period and (_named_by_class(a, b) or _named_by_class(b, a)):
        return SAME  # "nine ferries" and "nine vessels": one fleet, named by its kind and by its class
    if how in (None, FAMILY) and ma.period == mb.period and (_kind_of_person(ma, mb) or kind_of(ma.cls, mb.cls)
                                                               or _class_above(ma.cls, mb.cls)):
        return CLOSE  # "41,000 visitors" and "41,000 people", "12 ferries" and "12 boats": one count, named generally in B
    if how in (None, FAMILY) and ma.period == mb.period and _counted(ma) and _counted(mb) and _nouns_meet(a, b):
        return CLOSE  # "300 jobs" and "300 posts": the nouns counted, not the table's class ("worker"), meet
    return how


def _class_above(x: Optional[str], y: Optional[str]) -> bool:
    """One noun names a class the other's commonest WordNet sense lies under, however many steps up
    ("1,400 wildebeest" / "1,400 animals", "58 shards" / "58 objects": units.under). Not for two
    kinds of person ("workers" / "labourers"): a story counts many groups of people, which
    `_people_of_one_action` pairs only under one action; people in general ("people") against a
    kind of person is `_kind_of_person`."""
    if not x or not y or x == y or (_names_people(x) and _names_people(y)):
        return False
    return under(x, y) or under(y, x)


def _named_by_class(x: Mention, y: Mention) -> bool:
    """`x` counts things made (or bodies that run them) of a kind and `y` names them by a class above
    it (WordNet, units.made_under: "nine ferries" / "nine vessels", "three airlines" / "three
    carriers"), and `x`'s own sentence counts no other kind of that class: one set of things, which
    a report names by its kind or by its class, so that two values of it contradict each other.
    Where the kind's sentence counts two kinds ("40 lorries and 25 vans" / "65 vehicles"), the class
    sums them: another figure."""
    return any(kx != ky and made_under(kx, ky) for kx in _counted_nouns(x) for ky in _counted_nouns(y)) \
        and not _class_sums_kinds(x, y)


def _class_sums_kinds(x: Mention, y: Mention) -> bool:
    """`y` counts by a class ("65 vehicles") what `x`'s sentence counts in two kinds or more ("40
    lorries and 25 vans"): `x` counts one of the kinds the class sums, whether WordNet
    (units.made_under) or the units table (one class) puts them under it. Never read where `x`
    and `y` count by one noun."""
    nx, ny = _counted_nouns(x) - _counted_nouns(y), _counted_nouns(y)
    if not nx:
        return False
    for o in x.claim_figures or ():
        no = _counted_nouns(o) - nx - ny
        if o is not x and no and (o.measure == y.measure or any(made_under(k, c) for k in no for c in ny)):
            return True
    return False


@per_mention
def _counted_nouns(m: Mention) -> frozenset:
    """The nouns a count is made with: its measure's class and the noun its frame counts (the class
    of "300 jobs" is the table's "worker"; the noun is "job"). Read once per mention."""
    f = m.frame
    nouns = {m.measure.cls} if m.measure.cls else set()
    if f is not None and f.thing:
        nouns.add(f.thing.split()[-1])
    return frozenset(nouns)


def _nouns_meet(a: Mention, b: Mention) -> bool:
    """The counted nouns of two figures are WordNet synonyms or one names a kind of the other
    (compare.units.same_noun, kind_of: "posts" / "jobs", "commuters" / "passengers", "growers" /
    "farmers"): one count, named two ways."""
    na, nb = _counted_nouns(a), _counted_nouns(b)
    return any(x != y and (kind_of(x, y) or same_noun(x, y)) for x in na for y in nb)


GENERIC_PERSON = "person"




def person_noun(m: Mention) -> Optional[str]:
    """The noun a count of people is made with ("crew member", "seafarer", "people"), or None when
    the figure counts no people: the frame's counted noun (else the measure's class) whose
    commonest WordNet sense is a kind of person (data/person_nouns.json)."""
    me = m.measure
    if me is None or me.currency:
        return None
    f = m.frame
    noun = (f.thing if f is not None and f.thing else None) or me.cls
    if not noun:
        return None
    if me.cls == GENERIC_PERSON or _names_people(noun.split()[-1]):
        return noun
    return None


def _people_of_one_action(a: Mention, b: Mention) -> bool:
    """Both figures count people, for one period, and their frames state one action: the same
    content verb, or verbs sharing a WordNet sense ("abducted" / "kidnapped": statements.
    predicates_meet). Two reports of one story that count people under one action count one
    group, whatever noun each names it by ("crew members" / "seafarers"). Light verbs ("have",
    "be") say too little to make two nouns one group."""
    if a.measure is None or b.measure is None or a.measure.period != b.measure.period:
        return False
    if person_noun(a) is None or person_noun(b) is None:
        return False
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.predicate or not fb.predicate:
        return False
    if fa.predicate in LIGHT_VERBS or fb.predicate in LIGHT_VERBS:
        return False
    return predicates_meet(fa.predicate, fb.predicate)


#: The noun English counts a group's people by whatever they are ("the union's 9,000 members",
#: "the 120 members of the board"): WordNet's member.n.01, "one of the persons who compose a
#: social group". A count of members and a count of people of some kind are one group when the
#: group is named beside both.
MEMBER_NOUNS = frozenset({"member"})


def _members_and_people(a: Mention, b: Mention) -> bool:
    """One figure counts a group's members, the other people of some kind ("9,000 members" /
    "9,000 nurses"), for one period, and the words around them share a term besides the figures
    (the group or what it does: "union", "strike", "chamber"): one group named two ways."""
    if a.measure is None or b.measure is None or a.measure.period != b.measure.period:
        return False
    pa, pb = person_noun(a), person_noun(b)
    if pa is None or pb is None or (pa.split()[-1] in MEMBER_NOUNS) == (pb.split()[-1] in MEMBER_NOUNS):
        return False
    return bool(shared_terms(a.ctx, b.ctx, ignore=a.own_terms | b.own_terms | CALENDAR_WORDS))


def _kind_of_person(ma: Measure, mb: Measure) -> bool:
    """One measure counts people in general ("people", "residents") and the other a kind of
    person ("visitors", "skiers")."""
    for x, y in ((ma, mb), (mb, ma)):
        if x.cls == GENERIC_PERSON and y.cls and y.cls != GENERIC_PERSON and _names_people(y.cls.split()[-1]):
            return True
    return False


#: Measures too common to pair on the story alone ("30 days", "5 percent").
_UNSPECIFIC_FAMILIES = frozenset({"duration", "share of total"})


def _specific(m: Measure) -> bool:
    if m.currency:
        return True
    if not m.known or m.cls is None:
        return False
    return not (table().families.get(m.cls, frozenset()) & _UNSPECIFIC_FAMILIES)


def _same_thing_counted(ma: Measure, mb: Measure) -> bool:
    """Both figures count one concrete thing the units table does not know, named by the same
    noun or its synonym ("40 ivory tusks", "40 tusks"): in one story that noun is as specific as a class of the
    table (the report has few counts of one such thing), unlike a duration or a share."""
    return (not ma.known and not mb.known and ma.cls is not None and (ma.cls == mb.cls or same_noun(ma.cls, mb.cls))
            and ma.period == mb.period and _counted(ma))


#: Verbs that give the size of what a holder has or is (a stock: "operates 171 branches",
#: "employs 4,800 people", "has 19,000 students", "is home to 2 million people"), as against
#: verbs of an event that changes it ("closes 48 branches", "cuts 310 jobs"). In news the two are
#: stated side by side ("will close 48 of its 171 branches") and are never one figure.
STOCK_VERBS = frozenset("have own operate run employ house hold number total count comprise contain serve "
                        "manage maintain staff field possess".split())


def _stock_and_change(a: Mention, b: Mention) -> bool:
    """One figure is a stock (what a holder has: a figure of a verb of having or running, or the
    whole of a partitive) and the other a change or event. A figure before
    a noun ("a 190-metre carrier ran aground", "its 171-branch network") sizes that noun: the
    verb of its clause is no stock or change of it."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.predicate or not fb.predicate or a.attributive or b.attributive:
        return False
    # the whole a partitive takes a part of ("cracks in a quarter of the pier's 240 piles", "48 of
    # its 171 branches") is what its holder has, whatever the verb of the clause
    sa = fa.predicate in STOCK_VERBS or a.standing.part == "whole"
    sb = fb.predicate in STOCK_VERBS or b.standing.part == "whole"
    return sa != sb and (fa.predicate if sb else fb.predicate) not in LIGHT_VERBS


def two_things(a: Mention, b: Mention) -> bool:
    """What the judge of figures reads as two things whatever the words around them: a stock and a
    change ("operates 140 branches", "will close 30"), two substances weighed ("30,000 tonnes of
    rice", a maize quota), a bare "$" that may be the other dollar of a converted amount. Read by
    compare.quantities and compare.select."""
    return _stock_and_change(a, b) or _other_substance(a, b) or bool(_other_dollar(a, b) or _other_dollar(b, a))


def _other_substance(a: Mention, b: Mention) -> bool:
    """A measurement names what it is of after "of" ("30,000 tonnes of rice") and the other
    figure's clause never names it ("cut the maize import quota to 20,000 tonnes"): two things weighed.
    Not when both frames say the figure sizes one noun ("the reservoir is 64% full" / "the reservoir
    now stands at 91 per cent of capacity"), nor when the other names the thing in another word
    WordNet gives for it ("tonnes of seaweed" / "tonnes of algae": statements.nouns_meet)."""
    if _counted(a.measure) and _counted(b.measure):
        return False
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None and fa.measured and fa.measured == fb.measured:
        return False  # both frames name what the figure sizes, the same thing ("the reservoir")
    if a.share_of and b.share_of:
        return not a.share_of & b.share_of and not _words_meet(a, a.share_of, b, b.share_of)
    named, other = (a, b) if a.share_of else (b, a)
    words = other.ctx.clause | other.ctx.near
    return bool(named.share_of) and not named.share_of & words and not _words_meet(named, named.share_of, other, words)


def _words_meet(a: Mention, xs: frozenset, b: Mention, ys: frozenset) -> bool:
    """A word of `xs` (stems of a's context) and one of `ys` (of b's) name one thing in two words
    (WordNet: a shared sense, or one directly under the other: "seaweed" / "algae")."""
    wx = {a.ctx.surface.get(x, x) for x in xs}
    wy = {b.ctx.surface.get(y, y) for y in ys}
    return any(nouns_meet(x, y) for x in wx for y in wy if x != y)




@lru_cache(maxsize=1)
def _dollar_sign_currencies() -> frozenset:
    """The currencies the Unicode CLDR writes with a bare "$" in some territory (US, Australian,
    Canadian, New Zealand... dollars, and the Mexican, Chilean, Colombian... pesos):
    data/cldr_currencies.json."""
    from ..tables import load_json

    return frozenset(load_json("cldr_currencies.json")["symbols"]["$"].values())


def _any_dollar(x: Mention, y: Mention) -> bool:
    """x is an amount written with a bare "$" and y one written with a country's dollar sign ("NZ$",
    "A$", "C$"), both in currencies CLDR writes "$": a report for readers of one country writes its
    own dollar "$", a wire writes "NZ$" for it, and the extractor can only guess which "$" is meant.
    (An amount named by its noun, "18 billion pesos", is written as no sign: it stays apart.)"""
    ty = y.payload.text or ""
    cx, cy = _written_currency(x), _written_currency(y)
    return bool(cx and cy and _BARE_DOLLAR.search(x.payload.text or "")
                and "$" in ty and not _BARE_DOLLAR.search(ty)
                and {cx, cy} <= _dollar_sign_currencies())


def _written_currency(m: Mention) -> str:
    """The currency an amount is written in (its measure's may be the anchor of a fixed parity)."""
    return (getattr(m.payload, "currency", None) or "").upper()


def _both_bare_dollar(x: Mention, y: Mention) -> bool:
    """Both amounts are written with a bare "$" and read as two currencies CLDR writes "$" (one
    report's "$" taken for its country's dollar, the other's for the US dollar): the two writers
    wrote one sign, and which dollar a bare "$" means is the reader's guess from the story's place,
    not anything either text states. Compared as one currency, their values then decide. (Not an
    amount given beside its conversion, "NZ$9 million ($5.4 million)": a text that writes two
    currencies side by side chose each "$" on purpose.)"""
    cx, cy = _written_currency(x), _written_currency(y)
    return bool(cx and cy and cx != cy
                and _BARE_DOLLAR.search(x.payload.text or "") and _BARE_DOLLAR.search(y.payload.text or "")
                and {cx, cy} <= _dollar_sign_currencies()
                and not _converted(x) and not _converted(y))


def _converted(m: Mention) -> bool:
    """The amount is stated beside its conversion into another currency, as either of the two."""
    if getattr(m.payload, "equivalent", None) is not None:
        return True
    return any(q.equivalent is not None and q.equivalent.start == m.start for q in m.claim.quantities)


def _other_dollar(x: Mention, y: Mention) -> str:
    """Why y's bare-"$" amount may be x's other-dollar amount: x is stated in two dollars (an
    amount and its conversion in parentheses) and y's value agrees with the other one."""
    eq = getattr(x.payload, "equivalent", None)
    if eq is None or not _BARE_DOLLAR.search(y.payload.text or "") or not (y.measure.currency or "").endswith("D"):
        return ""
    other = next((q for q in x.claim.quantities if q.start == eq.start and q.end == eq.end), None)
    if other is None or not (other.currency or "").endswith("D") or other.currency == y.measure.currency:
        return ""
    oi = iv.interval_of(other)
    if oi is None or iv.relate(oi, y.interval) == iv.DISJOINT:
        return ""
    return f"'$' may be {other.currency}, and {other.text} agrees with {y.text}"
