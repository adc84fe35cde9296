"""Aligning two documents' mentions, then judging each aligned pair by its values.

Two steps, kept apart on purpose:

1. **Alignment never looks at values.** Two mentions are the same fact when what they state
   agrees: for figures, the measure (unit class and counted thing, from data/unit_synonyms.json)
   and the claim frame (pipeline/frames.py: predicate and role, holder, what a share or amount
   sizes, preposition), with the words around them; for dates, the event they date; for quotes,
   the words of the utterance; for statements, subject, action and object. Changing a figure,
   a date or a negation never changes which mentions are paired (tests/test_compare.py).
2. **Values decide the status** of an aligned pair: the interval relation of two figures (equal,
   refines, compatible: agree; disjoint: conflict, or an update when they are stated for
   different moments), ISO dates, the word-level difference of quotes, the polarity of
   statements. A conflict needs a strong alignment (the same measure, nothing that says the two
   figures count different things); a weak one with disjoint values is only `related`.

Records without frames (older claims.json files, hand-built results) are aligned on the same
features read from their text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Optional

from rapidfuzz import fuzz

from ..models import Claim, DocumentResult
from . import intervals as iv
from .context import (Context, actor_overlap, clause_bounds, context_of, fold, jaccard, key_terms, same_actor, shared_actors,
                      shared_terms, similarity)
from .quotes import compare_quotes, name_words, words as quote_words
from .report import DiffReport, Match, Side
from .units import CLOSE, FAMILY, LOOSE, SAME, Measure, classify, measure_of, plural, relate_measures, roles_of, table

#: Alignment scores (0..1, from `similarity` plus frame evidence) below which two mentions of
#: one measure are not paired. The similarity mixes word overlaps of the sentence and of the
#: few words beside each mention; 0.12 is what two sentences on one subject share when they
#: use a handful of the same content words (a general property of paraphrase in news prose,
#: not fitted to any pair).
ALIGN_MIN = 0.12
#: Figures the units table cannot place (no unit, or an unknown one) need closer wording: the
#: level of CONFLICT_MIN (a third of the words shared, the same thing said), or two thirds of it
#: when the words of their clauses say the same thing happened to what is counted ("killed").
LOOSE_MIN = 0.3
LOOSE_ROLE_MIN = 0.2
#: A conflict needs this much context similarity when no frame says the figures belong to the
#: same predicate: about a third of the words shared, the level at which two sentences say the
#: same thing rather than talk about the same topic.
CONFLICT_MIN = 0.3
#: Dates (ISO) further apart than this many days are different moments (an update): news
#: reports a figure as current within the news cycle of one story, which rarely runs beyond
#: three weeks; beyond it a changed figure is a new report, not a contradiction.
UPDATE_DAYS = 21
_MONTHS = frozenset(key_terms(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "today yesterday tomorrow"
))
_ATTRIBUTIVE = re.compile(r"[\w.]-[^\W\d_]+$")
#: Capitalised words next to a figure name what it belongs to ("France 0.5%", "Italy 0.2%").
_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’-]*")
_NAME_REACH = 30
_MONTH_WORDS = frozenset((
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "the a an this that its their his her").split())
#: "<group> from|of|representing <count>": the count sizes the group before it ("chiefs from 30
#: nations" counts the chiefs by their nations; "members of 12 unions"). English attaches what
#: a count is counted through with these prepositions; the frame gives the same from the parse.
_THROUGH = re.compile(r"([^\W\d_]+)[ \t]+(?:who[ \t]+came[ \t]+)?(?:from|of|representing)[ \t]+"
                      r"(?:the[ \t]+|some[ \t]+|all[ \t]+)?(?:(?:more|fewer|less)[ \t]+than[ \t]+|over[ \t]+|about[ \t]+|"
                      r"around[ \t]+|nearly[ \t]+|at[ \t]+least[ \t]+)?$", re.UNICODE)
#: A weekday or "today" alone dates no event when the sentence's verb is only a speech verb.
_BARE_DATE = re.compile(
    r"^(?:on\s+|this\s+|last\s+|next\s+|early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)


#: What an attributive figure describes: the words after it, up to a preposition ("a 15-day
#: state of emergency in two districts" -> state, emergency).
_HEAD_STOP = re.compile(r"[,;:.!?()\"\u201c\u201d]|\b(?:in|at|on|for|to|from|by|with|that|which|who|after|before|since|and|but|was|were|is|are|had|has|have|would|will)\b", re.IGNORECASE)
_HEAD_WORDS = 4
#: "a"/"an" right before a figure: an instance introduced ("imposed a 90-day ban on night flights").
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


_PREP_BEFORE = re.compile(r"\b(to|from|at|of|by|in|on|for)\s+$", re.IGNORECASE)


def _prep(q, before: str) -> Optional[str]:
    """The preposition a figure hangs from: the frame's, else the word right before it."""
    f = getattr(q, "frame", None)
    if f is not None:
        return f.prep
    m = _PREP_BEFORE.search(before[-12:])
    return m.group(1).lower() if m else None


def _head(text: str, end: int) -> frozenset:
    """Key words of what an attributive figure ending at `end` describes."""
    tail = text[end:end + 80]
    m = _HEAD_STOP.search(tail)
    return frozenset(key_terms(" ".join(tail[: m.start() if m else len(tail)].split()[:_HEAD_WORDS])))


def _names_near(text: str, start: int, end: int) -> frozenset:
    """Capitalised words (not sentence-initial) within a few characters of a figure, in its clause."""
    cs, ce = clause_bounds(text, start, end)
    lo, hi = max(cs, start - _NAME_REACH), min(ce, end + _NAME_REACH)
    out = set()
    for part, base in ((text[lo:start], lo), (text[end:hi], end)):
        for m in _NAME.finditer(part):
            if base + m.start() == 0 and not m.group(0).endswith(("'s", "’s")):
                continue  # a sentence's first word is capitalised anyway (but "Germany's" names an owner)
            w = fold(m.group(0))
            if w not in _MONTH_WORDS:
                out.add(w)
    return frozenset(out)


@dataclass
class Mention:
    kind: str
    claim: Claim
    start: int
    end: int
    text: str
    ctx: Context
    payload: object = None
    measure: Optional[Measure] = None
    interval: Optional[iv.Interval] = None
    own_terms: frozenset = frozenset()  # key words of the mention itself and its unit
    modifiers: frozenset = frozenset()
    roles: frozenset = frozenset()
    attributive: bool = False  # "15-day", "nine-member": the size of something, not a count
    rank: int = 0  # position among its claim's figures of the same measure
    names: frozenset = frozenset()  # capitalised words right beside the figure
    prep: Optional[str] = None  # the preposition the figure hangs from ("to 3.5%", "from 3.75%")
    indefinite: bool = False  # "a 15-day ...": an instance introduced
    head: frozenset = frozenset()  # for an attributive figure: key words of what it describes
    through: Optional[str] = None  # class of the group a count is counted through ("chiefs from 30 nations")
    frame: object = None  # the record's frame (models.QuantityFrame, DateFrame...), when extracted with one
    claim_figures: list = None  # the figures of the same claim (quantities only)

    @property
    def key(self) -> tuple:
        return (self.kind, self.start, self.end)

    def side(self) -> Side:
        return Side(claim=self.claim.id, start=self.start, end=self.end, text=self.text)


def _through(q, before: str) -> Optional[str]:
    """The class of the group a count is counted through: the frame's `measured` noun when the
    figure hangs from it by a preposition, else the noun before 'from/of' in the text."""
    f = getattr(q, "frame", None)
    word = None
    if f is not None and f.role == "oblique" and f.prep in ("from", "of", "representing") and f.measured:
        word = f.measured
    if word is None:
        m = _THROUGH.search(before[-60:])
        word = m.group(1) if m else None
    if not word:
        return None
    cls, _known = classify(word)
    return cls


def mentions_of(result: DocumentResult) -> list[Mention]:
    out: list[Mention] = []
    for claim in result.claims:
        seen_measures: Counter = Counter()
        for q in claim.quantities:
            before = claim.text[: max(0, q.start - claim.start)]
            ctx = context_of(claim, q.start, q.end)
            rel_s = max(0, min(len(claim.text), q.start - claim.start))
            rel_e = max(rel_s, min(len(claim.text), q.end - claim.start))
            cs, ce = clause_bounds(claim.text, rel_s, rel_e)
            measure = measure_of(q)
            rank = seen_measures[measure]
            seen_measures[measure] += 1
            attributive = bool(_ATTRIBUTIVE.search(q.text))
            out.append(Mention("quantity", claim, q.start, q.end, q.text, ctx, q, measure,
                               iv.interval_of(q), own_terms=frozenset(key_terms(f"{q.text} {q.unit or ''}")),
                               modifiers=frozenset(key_terms(" ".join(q.modifiers or ()))),
                               roles=roles_of(ctx.clause, claim.text[cs:ce]),
                               attributive=attributive, rank=rank,
                               indefinite=bool(_INDEFINITE.search(before)), prep=_prep(q, before),
                               head=_head(claim.text, rel_e) if attributive else frozenset(),
                               names=_names_near(claim.text, rel_s, rel_e), through=_through(q, before),
                               frame=q.frame))
        figures = [m for m in out if m.kind == "quantity" and m.claim is claim]
        for m in figures:
            m.claim_figures = figures
        for d in claim.dates:
            if not d.iso or not _dates_a_fact(d, claim):
                continue
            out.append(Mention("date", claim, d.start, d.end, d.text, context_of(claim, d.start, d.end), d,
                               frame=d.frame))
        if claim.quote is not None and claim.quote.text.strip():
            qt = claim.quote
            out.append(Mention("quote", claim, qt.start, qt.end, qt.text, context_of(claim, qt.start, qt.end), qt,
                               frame=qt.frame))
        if claim.kind in ("statement", "date"):
            # Who does what: sentences without a figure or a quote (a date does not make a
            # sentence any less a statement: "Italy refused to send troops on Monday").
            out.append(Mention("statement", claim, claim.start, claim.end, claim.text,
                               context_of(claim, claim.start, claim.end), frame=claim.frame))
    return out


def _dates_a_fact(d, claim: Claim) -> bool:
    """A bare weekday or 'today' with no event ("said on Tuesday") dates nothing checkable."""
    if d.frame is not None:
        return d.frame.fact
    if not _BARE_DATE.match(" ".join(d.text.split())):
        return True
    from ..tables import speech_verbs

    strong, weak = speech_verbs()
    return bool(claim.predicate) and claim.predicate not in strong | weak


# --- time ---------------------------------------------------------------------------------

def iso_date(iso: Optional[str]) -> Optional[date]:
    """The day an ISO value starts on ('2025-03' -> 1 March 2025), None when there is none."""
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _compatible_iso(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _doc_anchor(result: DocumentResult) -> Optional[str]:
    """When a document is set: its publication date, else the first day-grain date it states."""
    if result.document.published:
        return result.document.published
    for claim in result.claims:
        for d in claim.dates:
            if d.iso and len(d.iso) >= 10:
                return d.iso
    return None


def _apart(x: Optional[str], y: Optional[str]) -> bool:
    """Two as-of dates more than UPDATE_DAYS apart (at the precision both give)."""
    if not x or not y or _compatible_iso(x, y):
        return False
    px, py = iso_date(x), iso_date(y)
    return bool(px and py and abs((px - py).days) > UPDATE_DAYS)


def time_gap(a: Mention, b: Mention, anchor_a: Optional[str], anchor_b: Optional[str]) -> Optional[str]:
    """A reason when A and B speak of different moments, else None (as-of dates of the frames,
    else the dates stated in the claims, else the publication dates)."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None and fa.as_of_source == "stated" and fb.as_of_source == "stated":
        if fa.as_of and fb.as_of and not _compatible_iso(fa.as_of, fb.as_of):
            return f"stated for different dates ({fa.as_of} in A, {fb.as_of} in B)"
    else:
        da = [d for d in a.ctx.dates if len(d) >= 7]
        db = [d for d in b.ctx.dates if len(d) >= 7]
        if da and db and not any(_compatible_iso(x, y) for x in da for y in db):
            return f"stated for different dates ({da[0]} in A, {db[0]} in B)"
    pa, pb = iso_date(anchor_a), iso_date(anchor_b)
    if pa and pb and abs((pa - pb).days) > UPDATE_DAYS:
        return f"the articles are dated {anchor_a} and {anchor_b}"
    return None


# --- alignment (values never read) ---------------------------------------------------------

@dataclass
class Alignment:
    """Why two mentions are taken for one fact, and how sure that is (no value involved)."""

    how: str  # SAME, CLOSE, FAMILY or LOOSE for figures; "event", "utterance", "frame" otherwise
    score: float
    strong: bool  # enough to call disjoint values a conflict
    note: str = ""
    other_measure: bool = False  # the clauses say different things happened to what is counted


@dataclass
class Candidate:
    a: Mention
    b: Mention
    status: str
    relation: str
    about: str
    reason: str
    score: float
    how: Optional[str] = None
    #: A disjoint pair of one measure whose alignment is not strong on its own: a conflict when
    #: the two figures are each other's best partner (decided in `select`, from alignment only).
    mutual_conflict: bool = False


def _counted(m: Measure) -> bool:
    """A measure that counts things (people, trucks, corridors), not one that measures."""
    if not m.known:
        return True
    t = table()  # units that measure rather than count: data/unit_synonyms.json
    return m.cls not in t.measuring_classes and not (t.families.get(m.cls, frozenset()) & t.measuring_families)


def _measure_relation(a: Mention, b: Mention) -> Optional[str]:
    how = relate_measures(a.measure, b.measure)
    if how == SAME:
        return SAME
    ma, mb = a.measure, b.measure
    if ma.currency or mb.currency:
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
    return how


#: Measures too common to pair on the story alone ("30 days", "5 percent").
_UNSPECIFIC_FAMILIES = frozenset({"duration", "share of total"})


def _specific(m: Measure) -> bool:
    if m.currency:
        return True
    if not m.known or m.cls is None:
        return False
    return not (table().families.get(m.cls, frozenset()) & _UNSPECIFIC_FAMILIES)


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
    how = _measure_relation(a, b)
    sim = figure_similarity(a, b)
    role_clash = bool(a.roles and b.roles and not a.roles & b.roles)
    if how is None:
        # "more than 1,100" and "1,142" (no unit), "1.8 million mortgage holders" and "1.8 million
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
    fa, fb = a.frame, b.frame
    bonus, clashes = 0.0, []
    framed = fa is not None and fb is not None
    if framed:
        if fa.predicate and fa.predicate == fb.predicate:
            bonus += 0.15
        if fa.as_of_source == fb.as_of_source == "stated" and fa.as_of and fb.as_of:
            # The time a figure refers to is part of what it states ("in November 2023").
            bonus += 0.1 if _compatible_iso(fa.as_of, fb.as_of) else -0.1
        elif "stated" in (fa.as_of_source, fb.as_of_source) and _apart(fa.as_of, fb.as_of):
            # A figure stated for another time ("in April 2015") is not the one a report gives
            # as current on its publication date.
            bonus -= 0.1
        if fa.holder and fb.holder:
            if same_actor(fa.holder, fb.holder):
                bonus += 0.15
            elif fa.predicate and fa.predicate == fb.predicate:
                # The same action by two actors: two facts ("Italy sends 2,000", "France sends 3,000").
                clashes.append(f"held by {_actor_name(fa.holder)} in A, {_actor_name(fb.holder)} in B")
            else:
                bonus -= 0.05
        if fa.measured and fb.measured:
            # What a share or amount is the size of ("inflation", "rate"): the same noun is strong
            # evidence; two nouns are weak evidence against (paraphrase renames: "team", "committee").
            bonus += 0.1 if fa.measured == fb.measured else -0.1
    if a.rank == b.rank:
        bonus += 0.02  # the n-th figure of a measure in each sentence: a parallel position
    if a.prep and b.prep:
        if a.prep == b.prep:
            bonus += 0.05
        elif {a.prep, b.prep} == {"to", "from"}:
            # "cut to 3.5% from 3.75%": "to" marks where a change ends, "from" where it began.
            clashes.append(f"'{a.prep}' in A, '{b.prep}' in B")
    mods_clash = bool(a.modifiers and b.modifiers and not a.modifiers & b.modifiers)
    # Names beside the figures ("France 0.5%", "Italy 0.2%"), when no frame gives the holders.
    names_clash = not framed and bool(a.names and b.names and not a.names & b.names)
    if mods_clash:
        clashes.append(f"they count different groups ({', '.join(sorted(a.modifiers))} vs {', '.join(sorted(b.modifiers))})")
    if names_clash:
        clashes.append(f"named for {', '.join(sorted(a.names))} in A, {', '.join(sorted(b.names))} in B")
    if how == SAME and role_clash:
        how = CLOSE  # "12 people killed" and "45 people injured": one unit, two measures
        clashes.append(f"{', '.join(sorted(a.roles))} in A, {', '.join(sorted(b.roles))} in B")
    if how == SAME and a.attributive != b.attributive and _counted(a.measure):
        how = CLOSE  # "a nine-member committee" gives a size; "four members" counts
        clashes.append("one gives the size of a group, the other counts members")
    score = sim + bonus - 0.1 * len(clashes)
    if score < ALIGN_MIN:
        # A share or an amount is specific when both frames say what it is the size of.
        sized = fa is not None and fb is not None and fa.measured and fa.measured == fb.measured
        if story and (how == LOOSE or (how in (SAME, CLOSE) and not clashes and not role_clash
                                       and ((_specific(a.measure) and _specific(b.measure)) or sized))):
            return Alignment(how, max(0.0, score), False, "")
        return None
    if how == FAMILY and (sim < ALIGN_MIN * 1.5 or not (_specific(a.measure) and _specific(b.measure))):
        return None  # two measures of one family say little unless the wording is close (and days vs years nothing)
    terms = shared_terms(a.ctx, b.ctx, ignore=a.own_terms | b.own_terms | _MONTHS)
    same_frame = fa is not None and fb is not None and fa.predicate and fa.predicate == fb.predicate
    evidence = bool(shared_actors(a.ctx.actors, b.ctx.actors)) or (a.ctx.predicate and a.ctx.predicate == b.ctx.predicate) \
        or len(terms) >= 2 or same_frame
    # A size of something ("a 15-day curfew") states a fact about one thing only when both
    # introduce an instance of the same thing ("a 10-day curfew"; not "the 10-year yield",
    # which names one of several kinds).
    described = (not a.attributive and not b.attributive) or (
        a.attributive and b.attributive and a.indefinite and b.indefinite and a.head and a.head == b.head)
    strong = (how in (SAME, CLOSE) and not clashes and described and evidence
              and (sim >= CONFLICT_MIN or (same_frame and sim >= ALIGN_MIN)))
    return Alignment(how, score, strong, "; ".join(clashes), other_measure=role_clash)


def _label(m: Mention) -> str:
    """What a figure counts, for people: 'countries', 'troops', 'amount in EUR'."""
    me = m.measure
    if me.currency:
        return f"amount in {me.currency}" + (f" per {me.period}" if me.period else "")
    f = m.frame
    thing = (f.thing if f is not None and f.thing else None) or m.payload.unit or me.cls
    name = plural(thing) if thing else "things"
    return name + (f" per {me.period}" if me.period else "")


def _actor_name(actor_id: str) -> str:
    return " ".join(w.capitalize() if len(w) > 2 or i == 0 else w for i, w in enumerate(actor_id.split("-")))


def about_quantity(a: Mention, b: Mention) -> str:
    """'number of countries at the Paris meeting', 'Italy: number of troops', 'rate (percent)'."""
    f = a.frame if a.frame is not None else b.frame
    label = _label(a)
    if f is not None and f.measured and (a.measure.currency or (f.thing in ("percent", "percentage point", "basis point"))):
        base = f"{f.measured} ({label})"
    elif a.measure.currency:
        base = label
    else:
        base = f"number of {label}"
    if f is not None and f.place:
        base += f" at the {f.place}"
    elif f is None:
        terms = shared_terms(a.ctx, b.ctx, ignore=a.own_terms | b.own_terms | _MONTHS)
        if terms:
            base += f" ({', '.join(terms)})"
    if f is not None and f.holder:
        base = f"{_actor_name(f.holder)}: {base}"
    return base


def _frames_agree(a: Mention, b: Mention) -> bool:
    """The frames say positively that two figures state one thing (the same predicate) and
    nothing in them differs."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or _frames_differ(a, b):
        return False
    return bool(fa.predicate and fa.predicate == fb.predicate)


def _frames_differ(a: Mention, b: Mention) -> bool:
    """The frames name something that differs: what the figure sizes, who holds it, its
    modifiers, or its role (a subject in one, an object in the other)."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    if fa.measured and fb.measured and fa.measured != fb.measured:
        return True
    if fa.holder and fb.holder and not same_actor(fa.holder, fb.holder):
        return True
    ma, mb = set(fa.modifiers), set(fb.modifiers)
    if ma and mb and not ma & mb:
        return True
    return bool(fa.role and fb.role and fa.role != fb.role and "other" not in (fa.role, fb.role)
                and fa.predicate == fb.predicate)


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
    rel = iv.relate(a.interval, b.interval)
    why = iv.explain(a.interval, b.interval, rel)
    note = f" ({al.note})" if al.note else ""
    if al.how in (CLOSE,) and not al.note:
        note = f" (A counts {_label(a)}, B {_label(b)})"
    if rel != iv.DISJOINT:
        if al.other_measure:  # "60,000 left homeless" and "450 died": values that overlap by chance
            return Candidate(a, b, "related", "different-measure", about, f"{why}, but {al.note}", al.score, al.how)
        when = f"; note: {gap}" if gap else ""
        return Candidate(a, b, "agree", rel, about, why + note + when, al.score, al.how)
    if gap:
        return Candidate(a, b, "related", "update", about, f"{why}, but {gap}: a changed figure, not a contradiction",
                         al.score, al.how)
    if al.strong and al.how == SAME and story:
        terms = shared_terms(a.ctx, b.ctx, ignore=a.own_terms | b.own_terms | _MONTHS)
        ctx = f"; both about {', '.join(terms)}" if terms else ""
        return Candidate(a, b, "conflict", "disjoint", about, f"{why}{ctx}", al.score, al.how)
    if al.how == SAME and not al.note and story and _frames_agree(a, b):
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
    return Candidate(a, b, "related", "different-measure", about, reason, al.score, al.how)


#: Two dates are aligned on the event they date: the same event word (from the frames), the
#: same actors and the words around them. In one story a date also meets its best-placed
#: partner on thin wording (weakly: never a conflict).
DATE_ALIGN = ALIGN_MIN
_TIME_WORDS = frozenset(key_terms("am pm gmt utc bst cet est edt pst updated published posted local time mon tue tues wed thu thur thurs fri sat sun"))


def _event(m: Mention) -> Optional[str]:
    """What a date dates: the frame's event, or 'publication' for a dateline (a claim that is
    nothing but the date and a time)."""
    rest = m.claim.text[:max(0, m.start - m.claim.start)] + " " + m.claim.text[max(0, m.end - m.claim.start):]
    if not (set(key_terms(rest)) - _TIME_WORDS - _MONTHS):
        return "publication"
    return m.frame.event if m.frame is not None else None


def align_dates(a: Mention, b: Mention, story: bool = False, linked: frozenset = frozenset()) -> Optional[Alignment]:
    """`linked`: pairs of date offsets (A, B) that govern two aligned figures ("a flood in
    March 2019 swept away 41 bridges"): the two dates date the same event."""
    if (a.start, b.start) in linked:
        return Alignment("event", 1.0, True)
    sim = similarity(a.ctx, b.ctx, ignore=_MONTHS)
    terms = shared_terms(a.ctx, b.ctx, ignore=_MONTHS)
    ea, eb = _event(a), _event(b)
    if (ea == "publication") != (eb == "publication"):
        return None  # a dateline dates the article, not an event
    same_event = bool(ea and ea == eb)
    actors = bool(shared_actors(a.ctx.actors, b.ctx.actors))
    grain = len(a.payload.iso or "") == len(b.payload.iso or "")  # both days, or both months
    score = sim + 0.2 * same_event + 0.05 * actors + 0.05 * grain
    strong = same_event and actors and sim >= CONFLICT_MIN
    if score >= 2 * DATE_ALIGN and (terms or actors or same_event):
        return Alignment("event" if same_event else "context", score, strong)
    if story and (same_event or grain):
        return Alignment("story", score, False)
    return None


def judge_dates(a: Mention, b: Mention, al: Alignment) -> Optional[Candidate]:
    ia, ib = a.payload.iso, b.payload.iso
    if len(ia) < 7 or len(ib) < 7:  # a bare year says too little to compare
        return None
    terms = shared_terms(a.ctx, b.ctx, ignore=_MONTHS)
    what = _event(a) or _event(b) or ", ".join(terms)
    about = f"date of {what}" if what else "date"
    if ia == ib or _compatible_iso(ia, ib):
        rel = "equal" if ia == ib else "refines"
        reason = f"same date {ia}" if ia == ib else f"{ia} and {ib} are the same date at different precision"
        return Candidate(a, b, "agree", rel, about, reason, al.score)
    if al.strong and len(ia) >= 10 and len(ib) >= 10 and not (a.payload.relative or b.payload.relative):
        return Candidate(a, b, "conflict", "disjoint", about, f"the same event ({what}) is dated {ia} in A and {ib} in B",
                         al.score)
    return Candidate(a, b, "related", "different-date", about, f"{ia} in A and {ib} in B (not shown to be one event)",
                     al.score)


def judge_quotes(a: Mention, b: Mention) -> Optional[Candidate]:
    """One utterance in both (compare_quotes aligns on the words); the speakers decide the rest."""
    verdict = compare_quotes(a.payload, b.payload)
    if verdict is None:
        return None
    status, relation, reason, score = verdict
    who = a.payload.speaker or b.payload.speaker
    return Candidate(a, b, status, relation, f"quote by {who}" if who else "quote", reason, score)

#: A quote restated without quotation marks: at least this many words, found in the other
#: document's sentence at this partial similarity (0..100), in a sentence naming the speaker.
RESTATED_WORDS = 5
RESTATED_MIN = 90


def _names_speaker(claim: Claim, qt) -> bool:
    """The claim names the quote's speaker: by actor id, or by the last word of the name."""
    if qt.speaker_id and any(same_actor(qt.speaker_id, x) for x in claim.actors):
        return True
    name = name_words(qt.speaker or "")
    return bool(name) and len(name[-1]) > 2 and name[-1] in fold(claim.text)


def restated_quotes(ma: list[Mention], claims_b: list[Claim], swap: bool = False) -> list[Candidate]:
    """Statements: a quote of A whose words B states without quotation marks, attributed to the
    same speaker ("the ministry called it 'a first step towards a lasting peace'" and "the
    ministry described it as a first step towards lasting peace"). `swap`: A and B exchanged."""
    out: list[Candidate] = []
    quoted_b = [(c.quote.start, c.quote.end) for c in claims_b if c.quote is not None]
    if not any(m.kind == "quote" for m in ma):
        return out
    terms_b = [frozenset(key_terms(c.text)) for c in claims_b]
    for m in ma:
        if m.kind != "quote":
            continue
        qt = m.payload
        quoted = " ".join(quote_words(qt.text))
        if len(quoted.split()) < RESTATED_WORDS or not (qt.speaker or qt.speaker_id):
            continue
        terms = frozenset(key_terms(qt.text))
        for claim, tb in zip(claims_b, terms_b):
            if len(terms & tb) < min(3, len(terms)) or not _names_speaker(claim, qt):
                continue
            al = fuzz.partial_ratio_alignment(qt.text.lower(), claim.text.lower())
            if al is None or al.score < RESTATED_MIN:
                continue
            s, e = al.dest_start, al.dest_end
            # Widen to whole words.
            while s > 0 and claim.text[s - 1].isalnum():
                s -= 1
            while e < len(claim.text) and claim.text[e].isalnum():
                e += 1
            while e > s and not claim.text[e - 1].isalnum():
                e -= 1
            if any(qs < claim.start + e and claim.start + s < qe for qs, qe in quoted_b):
                continue  # B quotes it too: compared as quotes
            text = claim.text[s:e]
            if not text.strip():
                continue
            other = Mention("statement", claim, claim.start + s, claim.start + e, text,
                            context_of(claim, claim.start + s, claim.start + e))
            mine = Mention("statement", m.claim, m.start, m.end, m.text, m.ctx, qt)
            who = qt.speaker or qt.speaker_id
            where = "B" if not swap else "A"
            a, b = (mine, other) if not swap else (other, mine)
            out.append(Candidate(a, b, "agree", "equal", f"statement by {who}",
                                 f"{where} states {who}'s quoted words without quotation marks "
                                 f"({int(al.score)}% alike)", al.score / 100))
    return out




# --- statements ----------------------------------------------------------------------------

#: Two statements share a topic (and are shown as `related`) when this share of their content
#: words is common (Jaccard); near-identical sentences reach well above it.
STATEMENT_TOPIC = 0.2
#: Without frames: the same actor and predicate, and this share of the words (about a third, as
#: for CONFLICT_MIN), is one statement.
STATEMENT_SAME = 0.35


def _objects_meet(x: Optional[str], y: Optional[str]) -> bool:
    if not x or not y:
        return not x and not y
    return bool(set(key_terms(x)) & set(key_terms(y)))


def judge_statements(a: Mention, b: Mention) -> Optional[Candidate]:
    """Who does what: subject, action and object aligned; polarity decides the status."""
    fa, fb = a.frame, b.frame
    words = jaccard(a.ctx.sentence, b.ctx.sentence)
    if fa is not None and fb is not None and fa.subject and fb.subject and fa.predicate and fb.predicate:
        if not same_actor(fa.subject, fb.subject):
            return None
        who = _actor_name(fa.subject)
        if fa.predicate == fb.predicate and _objects_meet(fa.object, fb.object):
            about = f"{who}: {fa.predicate}" + (f" {fa.object}" if fa.object else "")
            if fa.polarity != fb.polarity:
                neg, pos = ("A", "B") if fa.polarity == "negative" else ("B", "A")
                cue = (fa if fa.polarity == "negative" else fb).polarity_cue
                return Candidate(a, b, "conflict", "polarity", about,
                                 f"same actor and action ({fa.predicate}), negative in {neg} ('{cue}') but not in {pos}",
                                 0.5 + words)
            if (fa.modality or None) != (fb.modality or None):
                return Candidate(a, b, "related", "modality", about,
                                 f"same actor and action, stated as {fa.modality or 'done'} in A and {fb.modality or 'done'} in B",
                                 0.3 + words)
            return Candidate(a, b, "agree", "equal", about, "same actor, action and polarity"
                             + (f" ({fa.modality})" if fa.modality else ""), 0.5 + words)
        if words >= STATEMENT_TOPIC:
            about = f"{who}: {fa.predicate} / {fb.predicate}"
            return Candidate(a, b, "related", "different-action", about,
                             f"same actor, different actions ({fa.predicate} in A, {fb.predicate} in B)", words)
        return None
    # Records without frames: the claim's predicate and negation.
    shared = shared_actors(a.ctx.actors, b.ctx.actors)
    if not shared or not a.ctx.predicate or a.ctx.predicate != b.ctx.predicate:
        return None
    about = f"{', '.join(_actor_name(x) for x in sorted(shared))}: {a.ctx.predicate}"
    if a.ctx.negated != b.ctx.negated and words >= STATEMENT_SAME:
        neg, pos = ("A", "B") if a.ctx.negated else ("B", "A")
        return Candidate(a, b, "conflict", "polarity", about,
                         f"same actor and action ({a.ctx.predicate}), negated in {neg} but not in {pos}", words)
    if a.ctx.negated == b.ctx.negated and words >= 0.6:
        return Candidate(a, b, "agree", "equal", about, f"same actor, action and {int(words * 100)}% of the key words", words)
    return None


# --- candidates and selection --------------------------------------------------------------

def _bucket_keys(m: Mention) -> set:
    """Keys under which a mention can meet its possible partners (a cheap pre-filter, value-free)."""
    if m.kind == "quantity":
        me = m.measure
        if me is None:
            return set()
        if me.currency:
            return {("cur", me.currency)}
        keys = {("cls", me.cls)} | ({("cls", m.through)} if m.through else set())
        keys |= {("fam", f) for f in table().families.get(me.cls, ())}
        if m.through or me.cls in table().delegates:
            keys.add(("through", "*"))
        keys.add(("loose-any",) if (not me.known or me.cls is None) else ("loose-known",))
        return keys
    if m.kind == "date":
        return _date_keys(m)
    if m.kind == "statement":
        f = m.frame
        if f is not None and f.subject:
            return {("subj", f.subject)} | {("actor", x) for x in m.ctx.actors}
        return {("actor", x) for x in m.ctx.actors}
    return {("all",)}


#: Two articles report one story when at least this share (Jaccard) of their most frequent
#: content words is common: reports of one event share its who, what and where, and two
#: unrelated articles share little beyond the commonest news words. Only conflicts depend on it:
#: figures of two different stories never contradict each other.
STORY_MIN = 0.1
STORY_TERMS = 40


def story_terms(result: DocumentResult) -> frozenset:
    """The document's most frequent key terms (over its claims' sentences)."""
    counts: Counter = Counter()
    seen: set = set()
    for c in result.claims:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            counts.update(key_terms(c.text))
    return frozenset(w for w, _ in counts.most_common(STORY_TERMS))


#: A blocking key shared by more dates of one document than this tells none of them apart;
#: such keys are skipped (in news, one article dates a few dozen events at most).
MAX_DATE_BLOCK = 50


def _date_keys(m: Mention) -> set:
    """Blocking keys of a date, read from what `align_dates` can align on and never from the
    date's value: its event, its actors, the key words beside it, and its grain (a day meets
    days, a month months, which is all the story-level pairing uses)."""
    iso = m.payload.iso or ""
    keys = {("grain", len(iso))} | {("actor", x) for x in m.ctx.actors} | {("term", t) for t in m.ctx.near - _MONTHS}
    event = _event(m)
    if event:
        keys.add(("event", event))
    return keys


def _candidates(ma: list[Mention], mb: list[Mention], anchor_a, anchor_b, story: bool = True) -> list[Candidate]:
    out: list[Candidate] = []
    buckets: dict[tuple, list[int]] = {}
    for i, m in enumerate(mb):
        keys = _bucket_keys(m)
        if ("loose-any",) in keys or ("loose-known",) in keys:
            keys = keys | {("loose-all",)}
        for key in keys:
            buckets.setdefault((m.kind,) + key, []).append(i)
    linked: set = set()
    parallel_done = False
    for a in sorted(ma, key=lambda m: m.kind != "quantity"):  # figures first: they link dates
        if a.kind != "quantity" and not parallel_done:
            parallel_done = True
            out += _parallel(out, anchor_a, anchor_b, story)
            linked = _date_links(out)
        seen: set[int] = set()
        keys = _bucket_keys(a)
        if ("loose-any",) in keys:  # an unplaced figure looks at every figure of B
            keys = (keys - {("loose-any",)}) | {("loose-all",)}
        elif ("loose-known",) in keys:  # a placed one at B's unplaced figures
            keys = (keys - {("loose-known",)}) | {("loose-any",)}
        if a.kind == "statement" and a.frame is not None and a.frame.subject:
            keys = keys | {("actor", a.frame.subject)}
        for key in keys:
            bucket = buckets.get((a.kind,) + key, ())
            if a.kind == "date" and len(bucket) > MAX_DATE_BLOCK:
                continue  # a key every date shares tells none of them apart (like a stop word)
            seen.update(bucket)
        if a.kind == "statement" and a.frame is not None and a.frame.subject:
            seen.update(i for i in buckets.get(("statement", "subj", a.frame.subject), ()))
        for i in sorted(seen):
            b = mb[i]
            c = None
            if a.kind == "quantity":
                al = align_quantities(a, b, story)
                if al is not None:
                    c = judge_quantities(a, b, al, time_gap(a, b, anchor_a, anchor_b), story)
            elif a.kind == "date":
                al = align_dates(a, b, story, frozenset(linked))
                if al is not None:
                    c = judge_dates(a, b, al)
            elif a.kind == "quote":
                c = judge_quotes(a, b)
            else:
                c = judge_statements(a, b)
            if c is not None:
                out.append(c)
    return out


#: What a figure's partner in a parallel clause adds to an alignment (see `_parallel`).
PARALLEL_BONUS = 0.15


def _parallel(cands: list[Candidate], anchor_a, anchor_b, story: bool) -> list[Candidate]:
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
                cand = judge_quantities(a, b, Alignment(SAME, score, strong and story, al.note if al else ""),
                                        time_gap(a, b, anchor_a, anchor_b), story)
                if cand is not None:
                    cand.reason += f" (in parallel with {c.a.text} ~ {c.b.text})"
                    old = have.get((a.key, b.key))
                    if old is not None:
                        cands.remove(old)
                    out.append(cand)
                    done.add((a.key, b.key))
    return out


def _date_links(cands: list[Candidate]) -> set:
    """(A date offset, B date offset) for the dates governing the figures of each best pair."""
    best: dict = {}
    for c in cands:
        if c.a.kind == "quantity" and c.a.frame is not None and c.b.frame is not None \
                and c.a.frame.as_of_start is not None and c.b.frame.as_of_start is not None:
            for key in (("a", c.a.key), ("b", c.b.key)):
                if key not in best or c.score > best[key].score:
                    best[key] = c
    return {(c.a.frame.as_of_start, c.b.frame.as_of_start) for c in best.values()}


#: A partner scoring at least this share of a mention's best partner is kept beside it: the
#: scores of two wordings of one fact differ by the few words each adds (a fifth of the score).
NEAR_BEST = 0.8


def _align_score(c: Candidate) -> float:
    """What selection ranks candidates by: the alignment alone (statuses are never compared)."""
    return c.score


def select(cands: list[Candidate]) -> list[Candidate]:
    """Keep, for every mention on either side, its best-aligned partner (so one figure may be
    stated twice by the other side). The status plays no part: only the alignment does."""
    best_a: dict[tuple, Candidate] = {}
    best_b: dict[tuple, Candidate] = {}
    for c in cands:
        ka, kb = c.a.key, c.b.key
        if ka not in best_a or _align_score(c) > _align_score(best_a[ka]):
            best_a[ka] = c
        if kb not in best_b or _align_score(c) > _align_score(best_b[kb]):
            best_b[kb] = c
    chosen = {id(c): c for c in list(best_a.values()) + list(best_b.values())}
    for c in chosen.values():
        mutual = best_a[c.a.key] is c and best_b[c.b.key] is c
        if c.mutual_conflict and mutual:
            # One measure, one story, and each figure is the other's best-aligned partner.
            c.status, c.relation = "conflict", "disjoint"
            c.reason = c.reason.replace(", but the contexts differ", "; each is the other's closest figure of this measure")
    # A fact stated twice on one side (a headline and the body): partners nearly as well aligned
    # as the best are the same fact too.
    for c in cands:
        if id(c) not in chosen and (
                _align_score(c) >= NEAR_BEST * _align_score(best_a[c.a.key])
                or _align_score(c) >= NEAR_BEST * _align_score(best_b[c.b.key])) and _align_score(c) >= ALIGN_MIN:
            chosen[id(c)] = c
    return sorted(chosen.values(), key=lambda c: (c.a.start, c.b.start))


def aligned_pairs(a: DocumentResult, b: DocumentResult) -> set:
    """The pairs of mention keys the diff aligns (whatever their status): for the invariance test."""
    report = diff_pair(a, b)
    return {(m.kind, m.a.start, m.a.end, m.b.start, m.b.end) for m in report.matches}


@dataclass(frozen=True)
class Prepared:
    """What diff_pair needs of one document, worked out once however many pairs it is in."""

    result: DocumentResult
    mentions: list
    anchor: Optional[str]
    story: frozenset = frozenset()


def prepare(result: DocumentResult) -> Prepared:
    return Prepared(result, mentions_of(result), _doc_anchor(result), story_terms(result))


def diff_pair(a: DocumentResult | Prepared, b: DocumentResult | Prepared) -> DiffReport:
    """Compare two documents' claims: what they agree on, where they conflict, what is related.

    Pass `prepare(result)` instead of a result to reuse its preparation across many pairs."""
    pa = a if isinstance(a, Prepared) else prepare(a)
    pb = b if isinstance(b, Prepared) else prepare(b)
    ma, mb = pa.mentions, pb.mentions
    cands = _candidates(ma, mb, pa.anchor, pb.anchor, jaccard(pa.story, pb.story) >= STORY_MIN)
    cands += restated_quotes(ma, pb.result.claims) + restated_quotes(mb, pa.result.claims, swap=True)
    chosen = select(cands)
    matches = [
        Match(status=c.status, relation=c.relation, about=c.about, reason=c.reason, kind=c.a.kind,
              score=round(max(0.0, min(1.0, c.score)), 3), a=c.a.side(), b=c.b.side())
        for c in chosen
    ]
    used_a = {m.a.claim for m in matches}
    used_b = {m.b.claim for m in matches}
    return DiffReport(
        a=pa.result.document.doc, b=pb.result.document.doc, matches=matches,
        only_a=[c.id for c in pa.result.claims if c.id not in used_a],
        only_b=[c.id for c in pb.result.claims if c.id not in used_b],
    )
