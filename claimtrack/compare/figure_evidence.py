"""The evidence align_quantities (compare.quantities) weighs on whether two figures state one
fact: what their clause frames and their own words say (predicate, holder, time stated for, what
is measured, preposition, the start of a change), whom or what they count, and when their wording
is enough for a conflict. Scores and clashes only; never their values."""

from __future__ import annotations

import re
from functools import lru_cache

from .candidates import ALIGN_MIN, CALENDAR_WORDS, CONFLICT_MIN, actor_name
from .context import same_actor, shared_actors, shared_terms, stem
from .as_of import undated_past
from .dates import apart, compatible_iso
from .figure_kinds import STOCK_VERBS, _same_thing_counted, _specific
from .mentions import Mention
from .statements import LIGHT_VERBS, noun_verbs, predicates_meet
from .moments import rate_covers
from .units import CLOSE, LOOSE, SAME
from .units import counted as _counted


def frame_evidence(a: Mention, b: Mention) -> tuple[float, list[str]]:
    """(score bonus, clashes) from the two figures' clause frames (both present): predicate, the
    time each is stated for, holder, what is measured."""
    fa, fb = a.frame, b.frame
    bonus, clashes = 0.0, []
    # One act, told by a verb in one report and by the noun naming it in the other (`names_act`), or
    # by a verb whose object names it ("completed the purchase for", `object_tells_act`).
    act_named = names_act(a, b) or names_act(b, a) or object_tells_act(fa, fb) or object_tells_act(fb, fa)
    if fa.predicate and (fa.predicate == fb.predicate or one_possession(fa.predicate, fb.predicate) or act_named):
        bonus += 0.15
    if fa.as_of_source == fb.as_of_source == "stated" and fa.as_of and fb.as_of:
        # The time a figure refers to is part of what it states ("in November 2023").
        bonus += 0.1 if compatible_iso(fa.as_of, fb.as_of) else -0.1
    elif "stated" in (fa.as_of_source, fb.as_of_source) and apart(fa.as_of, fb.as_of):
        # A figure stated for another time ("in April 2015") is not the one a report gives
        # as current on its publication date.
        bonus -= 0.1
    if fa.holder and fb.holder:
        if same_actor(fa.holder, fb.holder):
            bonus += 0.15
        elif fa.predicate and fa.predicate == fb.predicate:
            # The same action by two actors: two facts ("Italy sends 2,000", "France sends 3,000").
            clashes.append(f"held by {actor_name(fa.holder)} in A, {actor_name(fb.holder)} in B")
        else:
            bonus -= 0.05
    if fa.measured and fb.measured:
        # What a share or amount is the size of ("inflation", "rate"): the same noun is strong
        # evidence; two nouns are weak evidence against (paraphrase renames: "team", "committee").
        # (Not when one of the nouns names the act the other's verb tells: `names_act`.)
        if fa.measured == fb.measured or _sizes_named(a, b) or _sizes_named(b, a):
            bonus += 0.1
        elif not act_named:
            bonus -= 0.1
    return bonus, clashes


def names_act(x: Mention, y: Mention) -> bool:
    """The noun figure `x` sizes names the act figure `y`'s verb tells: the noun is that verb's own
    (a change named by the verb's form, "a cut of 30% in the grant" / "cut the grant by 30%", "a
    40% increase in fares" / "raised fares by 40%"), or WordNet derives it from a verb of one sense
    with it (data/noun_verbs.json: "a reduction of 30%" / "cut by 30%", "a payment of $5m" / "paid
    $5m"). English states the size of an act either way: after the verb (its object, or after "by",
    "for", "at", "to", "from"), or before the noun that names the act or after its "of" (not a
    figure of when, "in more than a decade"). The two give one size only when both mark alike
    where a change ends or began ("a rise to 11%" is the level after the change, as "raised to
    11%" is; "a rise of 2%" its size, as "raised by 2%" is), and when what the verb's figure is
    the size of ("fares") is named in the noun's clause too: "a rates rise of 0.03%" is no
    "borrowing climbed by 8%". Read from the frames and words, never from the values."""
    fx, fy = x.frame, y.frame
    noun, verb = fx.measured, fy.predicate
    if not noun or not verb or verb in LIGHT_VERBS or fy.measured == noun:
        return False
    sized = fx.role in ("modifier", "attribute") or (fx.role == "oblique" and fx.prep in _NOUN_SIZE)
    told = fy.role in ("object", "other") or (fy.role == "oblique" and fy.prep in _VERB_SIZE)
    # (a figure before the noun has no preposition of its own: the frame gives the noun's, "led to a 12% rise")
    ends = tuple(f.prep if f.role == "oblique" and f.prep in CHANGE_ENDS else None for f in (fx, fy))
    if not (sized and told) or ends[0] != ends[1]:
        return False
    if fy.measured and not ({fy.measured, stem(fy.measured)} & (x.ctx.clause | x.ctx.near)):
        return False
    return any(predicates_meet(verb, v) for v in dict.fromkeys((noun, *noun_verbs().get(noun, ()))))


def object_tells_act(fx, fy) -> bool:
    """Frame `fx`'s verb takes as its object a noun that names the act frame `fy`'s verb tells, and
    both figures hang from their clauses by one preposition: "completed the purchase of the barn
    for $90,000" / "bought the barn for $90,000", "approved the repair of the pier at a cost of"
    / "will repair the pier at a cost of". The noun is the other verb's own, or WordNet derives it
    from a verb that shares a sense with it (data/noun_verbs.json: purchase -> purchase, which meets
    buy). A verb that takes an act as its object ("complete", "approve", "finalise") tells that
    act, and the preposition says which of its parts the figure is (its price after "for"). Read
    from the frames alone, never from the values."""
    noun, verb = fx.measured, fy.predicate
    if not noun or not verb or not fx.prep or fx.prep != fy.prep or fx.role != "oblique" or fy.role != "oblique":
        return False
    if verb in LIGHT_VERBS or fy.measured == noun:
        return False
    return any(predicates_meet(verb, v) for v in noun_verbs().get(noun, ()))


#: The prepositions that mark where a change ends ("to") and where it began ("from").
CHANGE_ENDS = frozenset({"to", "from"})
#: The prepositions through which a verb takes the size of its act ("cut by 30%", "fined for", "priced at").
_VERB_SIZE = frozenset({"by", "for", "at"}) | CHANGE_ENDS
#: ... and through which a noun of an act takes it ("a cut of 30%", "a rise to 11%").
_NOUN_SIZE = frozenset({"of", "at", "by"}) | CHANGE_ENDS


#: Verbs that state what their subject possesses (the stative verbs of having): "owns 12.5% of the
#: ferry line", "holds 12.5 per cent of its shares", "has a quarter of the market" state one relation,
#: as one verb would; an alignment scores them as the same predicate (`frame_evidence`).
POSSESSION_VERBS = frozenset({"have", "own", "hold", "possess"})


def one_possession(x: str, y: str) -> bool:
    """Two verbs of possession (POSSESSION_VERBS): one relation of a holder to what it has."""
    return x in POSSESSION_VERBS and y in POSSESSION_VERBS


def mention_evidence(a: Mention, b: Mention, bonus: float, clashes: list[str]) -> tuple[float, int]:
    """`bonus` carried on by what the figures' own words say (what a share is of, rank, tally side,
    preposition, the start of a change), clashes appended to `clashes`; and 1 when one figure gives
    the value before a change (that clash is then not counted against the pair), else 0."""
    if a.share_of and b.share_of:
        # What a share is of, named after "of" on both sides ("4% of turnover", "3% of turnover").
        bonus += 0.15 if a.share_of & b.share_of else -0.1
    if a.rank == b.rank:
        bonus += 0.02  # the n-th figure of a measure in each sentence: a parallel position
    if a.tally and b.tally:
        # the first or second count of a tally on both sides ("3,118 to 3,109"): the same side's count
        bonus += 0.1 if a.tally == b.tally else -0.1
    if a.prep and b.prep:
        if a.prep == b.prep:
            bonus += 0.05
        elif {a.prep, b.prep} == {"to", "from"}:
            # "cut to 3.5% from 3.75%": "to" marks where a change ends, "from" where it began.
            clashes.append(f"'{a.prep}' in A, '{b.prep}' in B")
    if _change_start(a) != _change_start(b) and {a.prep, b.prep} != {"to", "from"}:
        # "fell to 6.2% from 6.8%": the figure after "from" is where the change began, the value
        # before it; a plain "was 6.2%" gives the value now.
        which = "A" if _change_start(a) else "B"
        clashes.append(f"{which} gives the value before a change ('from')")
        return bonus, 1  # never a conflict, but no evidence against one value stated twice
    return bonus, 0


def group_clashes(a: Mention, b: Mention, how: str, role_clash: bool, framed: bool, clashes: list[str]) -> str:
    """`how`, lowered to CLOSE where one unit names two measures, with the clashes of who or what
    the figures count appended to `clashes` (modifiers, names, roles, a size against a count)."""
    # (different modifiers count different groups only where a report tells groups apart by them:
    # compare.mentions._subgroups; "smallholder farmers" / "small-scale farmers" describe one group)
    mods_clash = bool(a.modifiers and b.modifiers and not a.modifiers & b.modifiers and (a.subgroups or b.subgroups))
    # Names beside the figures ("France 0.5%", "Italy 0.2%"), when no frame gives the holders.
    names_clash = not framed and bool(a.names and b.names and not a.names & b.names)
    if mods_clash:
        clashes.append(f"they count different groups ({', '.join(sorted(a.modifiers))} vs {', '.join(sorted(b.modifiers))})")
    if names_clash:
        clashes.append(f"named for {', '.join(sorted(a.names))} in A, {', '.join(sorted(b.names))} in B")
    if how == SAME and role_clash:
        how = CLOSE  # "12 people killed" and "45 people injured": one unit, two measures
        clashes.append(f"{', '.join(sorted(a.roles))} in A, {', '.join(sorted(b.roles))} in B")
    # (An amount or a measurement before a noun, "a C$41-million grant", "a 36-megawatt plant", is
    # the amount or the measure the plain figure gives: only counts name a group's size.)
    attr, plain = (a, b) if a.attributive else (b, a)
    if how == SAME and a.attributive != b.attributive and _counted(a.measure) and not a.measure.currency \
            and not _whole_of(plain) and not _size_after_noun(attr, plain):
        how = CLOSE  # "a nine-member committee" gives a size; "four members" counts
        clashes.append("one gives the size of a group, the other counts members")
    return how


def weak_story_pair(a: Mention, b: Mention, how: str, clashes: list[str], role_clash: bool, kin: str) -> bool:
    """Two figures of one story scored under ALIGN_MIN still pair weakly: loosely placed ones, or
    one measure (or close ones) without clashes when the measure is specific, both frames say what
    it is the size of, they count people of one action, or they count the same thing."""
    if how == LOOSE:
        return True
    # A share or an amount is specific when both frames say what it is the size of.
    sized = a.frame is not None and b.frame is not None and a.frame.measured and a.frame.measured == b.frame.measured
    return bool(how in (SAME, CLOSE) and not clashes and not role_clash
                and ((_specific(a.measure) and _specific(b.measure)) or sized or kin
                     or _same_thing_counted(a.measure, b.measure)))


def strong_evidence(a: Mention, b: Mention, sim: float) -> bool:
    """Whether the wording around two aligned figures of one measure, without clashes, is enough
    for a conflict: what `frame_support` asks, and words alike enough (`sim`)."""
    fa, fb = a.frame, b.frame
    same_frame = fa is not None and fb is not None and fa.predicate and fa.predicate == fb.predicate
    return frame_support(a, b) and (sim >= CONFLICT_MIN or bool(same_frame and sim >= ALIGN_MIN))


def frame_support(a: Mention, b: Mention) -> bool:
    """Nothing the two figures' frames and clauses say sets them apart, and something ties them:
    shared actors, predicate or terms, sizes that describe one thing, one action. Value-free; the
    similarity of the words is left to the caller."""
    fa, fb = a.frame, b.frame
    terms = shared_terms(a.ctx, b.ctx, ignore=a.own_terms | b.own_terms | CALENDAR_WORDS)
    same_frame = fa is not None and fb is not None and fa.predicate and fa.predicate == fb.predicate
    evidence = bool(shared_actors(a.ctx.actors, b.ctx.actors)) or (a.ctx.predicate and a.ctx.predicate == b.ctx.predicate) \
        or len(terms) >= 2 or same_frame
    # A size of something ("a 15-day curfew") states a fact about one thing only when both
    # introduce an instance of the same thing ("a 10-day curfew"; not "the 10-year yield",
    # which names one of several kinds).
    # Or when the noun one sizes is named in the other's clause ("a 50-megawatt solar farm" and "the
    # farm's capacity of 80 megawatts"): one thing's size stated twice.
    described = (not a.attributive and not b.attributive) or (
        a.attributive and b.attributive and a.indefinite and b.indefinite and a.head and a.head == b.head) or (
        a.attributive != b.attributive and (_sizes_named(a, b) or _sizes_named(b, a)))
    return bool(described and evidence and not _actions_differ(a, b))


def earlier_period(a: Mention, b: Mention) -> str:
    """Why one figure is another moment's than the other: it is stated for a period already over
    when the other report gives its figure as current ("in June 2015" against a count on its
    publication day, years later). A past period's figure is never the current one, so the two
    are the same thing at two moments at most, never a contradiction. (A stated date ahead of the
    other, a target "by 2030", is no past period: it stays comparable. Nor is a figure of an act
    told in the past tense with no date of its own given as current: compare.as_of.undated_past.)"""
    for x, y, side in ((a, b, "A"), (b, a, "B")):
        fx, fy = x.frame, y.frame
        if fx.as_of_source == "stated" and fy.as_of_source == "published" and fx.as_of and fy.as_of \
                and fx.as_of < fy.as_of[:len(fx.as_of)] and apart(fx.as_of, fy.as_of) and not _running_since(x) \
                and not rate_covers(y, x, fy.as_of) and not undated_past(fy):
            return f"{side} gives the figure for {fx.as_of}, the other as of {fy.as_of}"
    return ""


_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+|end\s+of\s+)?$", re.IGNORECASE)


def _running_since(m: Mention) -> bool:
    """The figure's date opens a period that runs to the time of writing ("45% below normal since
    September", "from the start of 2025"): the figure is current, not the date's."""
    start = m.frame.as_of_start
    if start is None:
        return False
    i = start - m.claim.start
    return 0 <= i <= len(m.claim.text) and bool(_SINCE.search(m.claim.text[max(0, i - 40):i]))


def _sizes_named(x: Mention, y: Mention) -> bool:
    """x is an attributive figure and the thing it sizes is named in y's clause: "a 12-week
    course" and "a course lasting 12 weeks" size one course, whichever noun each
    frame takes the figure to size ("course", "weeks")."""
    return x.attributive and bool(x.head) and bool(x.head & y.ctx.clause)


#: The prepositions by which English gives a thing's size after its noun, as a count before the noun
#: gives it: "a ward with 40 beds", "a school for 600 pupils", "a crew of 12 sailors" say what
#: "a 40-bed ward", "a 600-pupil school", "a 12-sailor crew" say.
_SIZE_PREPOSITIONS = frozenset({"with", "for", "of"})


def _size_after_noun(attr: Mention, plain: Mention) -> bool:
    """`plain` gives, after a noun and one of _SIZE_PREPOSITIONS, the size `attr` gives before that
    same noun ("a 40-bed ward" / "a ward with 40 beds"): one size stated twice, not a size and a
    count of some members ("four members voted", the subject of its own verb)."""
    f = plain.frame
    return f is not None and f.role == "oblique" and f.prep in _SIZE_PREPOSITIONS and _sizes_named(attr, plain)


def _whole_of(m: Mention) -> bool:
    """A plain count that states what a holder has ("operates 60 stores", "the 16 seats" a part is
    taken of): the size of the whole, which "a 60-store network" gives too."""
    return stock(m) or m.standing.part == "whole"


def sized_whole(m: Mention) -> bool:
    """A count before a noun gives the size of the whole that noun names ("a 400-bed hospital":
    all its beds; "the 1,200-seat hall"): the figure a partitive takes a part of ("30% of its
    400 beds") states the same whole."""
    return m.attributive and _counted(m.measure)


def _change_start(m: Mention) -> bool:
    """The figure is where a stated change began: it hangs from "from" and its clause also
    gives where the change ended ("to") for the same measure."""
    return m.prep == "from" and any(o is not m and o.prep == "to" and o.measure == m.measure
                                    for o in (m.claim_figures or ()))


#: Right after a figure, the "of" of a partitive and its determiner before another figure: "84 of
#: the 210 beds", "12 out of its 40 routes", "nine of the town's 30 schools" (Quirk et al. 5.8-5.9).
_OF_A_FIGURED_WHOLE = re.compile(r"^\s*(?:out\s+)?of\s+(?:the|its|their|his|her|our|these|those|all|"
                                 r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+['’]s)\s+"
                                 r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|fewer\s+than|"
                                 r"less\s+than|just\s+over|just\s+under)\s+)?$", re.IGNORECASE)


_SHARE = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)


def _figured_whole(m: Mention):
    """The figure of the whole a partitive takes count `m` as a part of ("84 of the 210 beds": the
    210 beds), or None: the figure of `m`'s claim that follows it after "of" and a determiner."""
    if m.interval is None or m.measure is None or m.measure.currency or not _counted(m.measure) \
            or _SHARE.search(m.text):
        return None  # a share of the whole ("12% of the 650 delegates") is a share as any other
    text, base = m.claim.text, m.claim.start
    for o in m.claim_figures or ():
        if o is m or o.start <= m.end or o.start - m.end > 60 or o.interval is None:
            continue
        if _OF_A_FIGURED_WHOLE.match(text[max(0, m.end - base):max(0, o.start - base)]):
            return o
    return None


def part_and_whole(a: Mention, b: Mention) -> str:
    """A part stated against a figure of the whole: one figure is the part "N of the M X" gives
    ("84 of the 210 beds": the part of a whole itself stated as a figure) and the other is no such
    part ("about 210 beds", "the ward has 190 beds"): N is stated as a part of M, so the other
    figure of X is no statement of that part but of the whole, never the same measure (related,
    never a conflict; values that overlap still agree). Two parts of stated wholes ("12 of its 40
    routes" / "14 of the 40 routes") meet as ever. "" when neither is so."""
    wa, wb = _figured_whole(a), _figured_whole(b)
    if (wa is None) == (wb is None):
        return ""
    part, whole, name = (a, wa, "A") if wa is not None else (b, wb, "B")
    return f"{name} gives a part ({part.text} of {whole.text}), {'B' if name == 'A' else 'A'} a figure of the whole"


def stock(m: Mention) -> bool:
    """The figure is what its holder has ("operates 171 branches"): a whole."""
    return m.frame is not None and m.frame.predicate in STOCK_VERBS


def _actions_differ(a: Mention, b: Mention) -> bool:
    """The two figures belong to two different actions: each frame names a content verb and the
    verbs share no WordNet sense ("closes 48 branches", "operates 171 branches"); words around
    them alone then do not make the figures one fact."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.predicate or not fb.predicate:
        return False
    if fa.predicate in LIGHT_VERBS or fb.predicate in LIGHT_VERBS:
        return False
    if set(fa.modifiers or ()) & set(fb.modifiers or ()):
        return False  # a thing named with the same qualifiers ("mobile branch vans") is one thing whatever the verb
    acts = _commitments()
    if acts.get(fa.predicate) and acts.get(fa.predicate) == acts.get(fb.predicate):
        return False  # "offered 5 million" and "pledged 5 million": one commitment (data/polarity.json)
    return not predicates_meet(fa.predicate, fb.predicate)


@lru_cache(maxsize=1)
def _commitments() -> dict:
    """Verb -> the kind of act it states ('promise', 'offer', 'vow' -> 'pledge'), from the modal
    verbs of data/polarity.json (Searle's commissives among them)."""
    from ..tables import load_json

    return {v: k for v, k in load_json("polarity.json")["modal_verbs"].items() if " " not in v}
