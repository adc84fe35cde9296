"""Aligning two documents' mentions and judging each aligned pair.

Every quantity, date and quote of A is scored against every comparable one of B (same measure
by meaning, same currency, nearby words, actors, predicate, dates); each mention keeps its best
partner in the other document (so one figure may agree with two). Conflicts need strong
evidence: the same measure, close context and no sign of different dates. Anything weaker is
`related` or left out: a false conflict costs more than a missed agreement.

Statements (no figure, date or quote to compare) are matched conservatively: the same actor and
action with opposite polarity, near-identical sentences, and a quote of one document that the
other states without quotation marks in a sentence naming the same speaker (`restated_quotes`).
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
from .context import Context, clause_bounds, context_of, fold, key_terms, same_actor, shared_terms, similarity
from .quotes import compare_quotes, name_words, same_speaker, words as quote_words
from .report import DiffReport, Match, Side
from .units import CLOSE, FAMILY, LOOSE, SAME, Measure, measure_of, relate_measures, roles_of, table

#: Minimum context similarity (0..1) to report an agreement, a related pair, a conflict.
AGREE_MIN = 0.06
RELATED_MIN = 0.18
CONFLICT_MIN = 0.3
#: Figures the units table cannot align (no unit, or an unknown one) need this much context,
#: or this much when the words of their clauses say the same thing happened to what is counted
#: ("injured more than 1,100" and "injured 1,142").
LOOSE_MIN = 0.3
LOOSE_ROLE_MIN = 0.2
#: ... and only AGREE_MIN when, in one story, the same thing happened to what is counted and the
#: figures are large and (nearly) the same ("killed at least 2,400" and "put the toll above
#: 2,400"; "driven more than 80,000 from their homes" and "forced more than 80,000 to flee"):
#: such values do not coincide by chance.
LARGE_FIGURE = 1000
SAME_FIGURE_RATIO = 1.25
#: Two documents whose top key terms overlap this much (Jaccard) tell the same story.
SAME_STORY = 0.15
#: Below this overlap two documents tell different stories: none of their figures conflict (a
#: quake's aid in yuan and a climate fund's pledge in yuan are not one amount).
STORY_CONFLICT = 0.1
STORY_TERMS = 40
#: Measures too common to align on the story alone ("30 days", "5 percent").
_UNSPECIFIC_FAMILIES = frozenset({"duration", "share of total"})
#: Dates (ISO) further apart than this many days are different moments (an update).
UPDATE_DAYS = 21
_MONTH_WORDS = frozenset((
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "the a an this that its their his her").split())
_MONTHS = frozenset(key_terms(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday"
))


_ATTRIBUTIVE = re.compile(r"[\w.]-[^\W\d_]+$")
#: What an attributive figure describes: the words after it, up to a preposition ("a 15-day
#: state of emergency in two districts" -> state, emergency).
_HEAD_STOP = re.compile(r"[,;:.!?()\"\u201c\u201d]|\b(?:in|at|on|for|to|from|by|with|that|which|who|after|before|since|and|but|was|were|is|are|had|has|have|would|will)\b", re.IGNORECASE)
_HEAD_WORDS = 4
#: "a"/"an" right before a figure: an instance introduced ("declared a 30-day state of
#: emergency"), unlike "the 10-year yield", which names one of several kinds.
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
#: Capitalised words next to a figure name what it belongs to ("France 0.5%", "Italy 0.2%").
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]*")
_NAME_REACH = 30


def _head(text: str, end: int) -> tuple[frozenset, str]:
    """Key words of what an attributive figure ending at `end` describes, and those words as written."""
    tail = text[end:end + 80]
    m = _HEAD_STOP.search(tail)
    phrase = " ".join(tail[: m.start() if m else len(tail)].split()[:_HEAD_WORDS])
    return frozenset(key_terms(phrase)), phrase


def _names_near(text: str, start: int, end: int) -> frozenset:
    """Capitalised words (not sentence-initial) within a few characters of a figure, in its clause."""
    cs, ce = clause_bounds(text, start, end)
    lo, hi = max(cs, start - _NAME_REACH), min(ce, end + _NAME_REACH)
    out = set()
    for part, base in ((text[lo:start], lo), (text[end:hi], end)):
        for m in _NAME.finditer(part):
            if base + m.start() == 0:
                continue
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
    index: int = 0  # position among its claim's quantities
    head: frozenset = frozenset()  # for an attributive figure: what it describes
    head_text: str = ""
    indefinite: bool = False  # "a 15-day ...": an instance introduced
    names: frozenset = frozenset()  # capitalised words right beside the figure

    @property
    def key(self) -> tuple:
        return (self.kind, self.start, self.end)

    def side(self) -> Side:
        return Side(claim=self.claim.id, start=self.start, end=self.end, text=self.text)


def mentions_of(result: DocumentResult) -> list[Mention]:
    out: list[Mention] = []
    for claim in result.claims:
        for index, q in enumerate(claim.quantities):
            before = claim.text[: max(0, q.start - claim.start)]
            ctx = context_of(claim, q.start, q.end)
            rel_s = max(0, min(len(claim.text), q.start - claim.start))
            rel_e = max(rel_s, min(len(claim.text), q.end - claim.start))
            attributive = bool(_ATTRIBUTIVE.search(q.text))
            head, head_text = _head(claim.text, rel_e) if attributive else (frozenset(), "")
            cs, ce = clause_bounds(claim.text, rel_s, rel_e)
            out.append(Mention("quantity", claim, q.start, q.end, q.text, ctx, q, measure_of(q, before),
                               iv.interval_of(q), own_terms=frozenset(key_terms(f"{q.text} {q.unit or ''}")),
                               modifiers=frozenset(key_terms(" ".join(q.modifiers or ()))),
                               roles=roles_of(ctx.clause, claim.text[cs:ce]), attributive=attributive, index=index,
                               head=head, head_text=head_text,
                               indefinite=bool(_INDEFINITE.search(before)),
                               names=_names_near(claim.text, rel_s, rel_e)))
        for d in claim.dates:
            if d.iso:
                out.append(Mention("date", claim, d.start, d.end, d.text, context_of(claim, d.start, d.end), d))
        if claim.quote is not None and claim.quote.text.strip():
            qt = claim.quote
            out.append(Mention("quote", claim, qt.start, qt.end, qt.text, context_of(claim, qt.start, qt.end), qt))
        if claim.kind == "statement":
            out.append(Mention("statement", claim, claim.start, claim.end, claim.text,
                               context_of(claim, claim.start, claim.end)))
    return out


# --- time ---------------------------------------------------------------------------------

def _parse(iso: Optional[str]) -> Optional[date]:
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


def time_gap(a: Mention, b: Mention, anchor_a: Optional[str], anchor_b: Optional[str]) -> Optional[str]:
    """A reason when A and B speak of different moments, else None."""
    da = [d for d in a.ctx.dates if len(d) >= 7]
    db = [d for d in b.ctx.dates if len(d) >= 7]
    if da and db and not any(_compatible_iso(x, y) for x in da for y in db):
        return f"stated for different dates ({da[0]} in A, {db[0]} in B)"
    pa, pb = _parse(anchor_a), _parse(anchor_b)
    if pa and pb and abs((pa - pb).days) > UPDATE_DAYS:
        return f"the articles are dated {anchor_a} and {anchor_b}"
    return None


# --- verdicts -----------------------------------------------------------------------------

@dataclass
class Candidate:
    a: Mention
    b: Mention
    status: str
    relation: str
    about: str
    reason: str
    score: float
    how: Optional[str] = None  # for quantities: SAME, CLOSE, FAMILY or LOOSE

    @property
    def rank(self) -> tuple:
        return (0 if self.status == "related" else 1, self.score)


def _about(m: Measure, terms: list[str]) -> str:
    base = f"number of {m.label()}" if not m.currency else m.label()
    return base + (f" ({', '.join(terms)})" if terms else "")


def story_terms(result: DocumentResult) -> frozenset:
    """The document's most frequent key terms (over its claims' sentences)."""
    counts: Counter = Counter()
    seen: set = set()
    for c in result.claims:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            counts.update(key_terms(c.text))
    return frozenset(w for w, _ in counts.most_common(STORY_TERMS))


def _distinctive(x: iv.Interval) -> bool:
    """A value unlikely to repeat by chance: not a small whole number ("2%", "10 days")."""
    return x.is_point() and not (float(x.lo).is_integer() and abs(x.lo) <= 12)


def same_large_figure(x: iv.Interval, y: iv.Interval) -> bool:
    """Two large figures that agree by their own bounds, not through an open end: lower bounds
    (or values) of at least LARGE_FIGURE within SAME_FIGURE_RATIO of each other."""
    if iv.relate(x, y) == iv.DISJOINT or iv.loose_fit(x, y):
        return False
    lo, hi = sorted((x.lo, y.lo))
    if lo < LARGE_FIGURE or hi > SAME_FIGURE_RATIO * lo:
        return False
    finite = [v.hi for v in (x, y) if v.hi != iv.INF]
    return len(finite) != 1 or finite[0] <= SAME_FIGURE_RATIO * hi




def _counted(m: Measure) -> bool:
    """A measure that counts things (people, trucks, corridors), not one that measures."""
    if not m.known:
        return True
    t = table()  # units that measure rather than count: data/unit_synonyms.json
    return m.cls not in t.measuring_classes and not (t.families.get(m.cls, frozenset()) & t.measuring_families)


def _specific(m: Measure) -> bool:
    if m.currency:
        return True
    return m.known and not (table().families.get(m.cls, frozenset()) & _UNSPECIFIC_FAMILIES)


@dataclass
class Evidence:
    """What the two documents hold beyond the pair being judged (see `parallel_evidence`)."""

    twins: dict  # (claim id in A, claim id in B) -> [(index in A, index in B, text)] of equal figures
    values_a: dict  # (measure, interval, head) -> figures of A
    values_b: dict
    story: float = 1.0  # overlap of the two documents' top key terms


def parallel_evidence(a: Mention, b: Mention, ev: Optional[Evidence], sim: float) -> Optional[str]:
    """Why two disjoint figures of one measure are the same fact, when closeness of context alone
    does not show it; None when nothing strong enough does.

    Two routes, both for documents telling one story:
    * parallel sentences: the two sentences state an equal figure of the same measure right next
      to these ("trimmed its forecast to 0.9% from 1.1%" and "0.75% this year, down from 1.1%");
    * one described thing: both figures size the same thing, introduced the same way ("declared a
      15-day state of emergency" and "a 30-day state of emergency had been declared").
    Either fails when a document states both values for that measure (then they are two facts:
    "the 10-year and the 30-year yield"), or when capitalised names beside the figures differ.
    """
    if ev is None or ev.story < STORY_CONFLICT or a.attributive != b.attributive:
        return None
    if a.names and b.names and not a.names & b.names:
        return None  # "France 0.5%" and "Italy 0.2%"
    for m, other in ((b, ev.values_a), (a, ev.values_b)):
        if any(similarity(x.ctx, m.ctx) >= RELATED_MIN for x in other.get((m.measure, m.interval, m.head), ())):
            return None  # one side states both values, in like contexts
    if not a.attributive and sim >= RELATED_MIN:
        for ia, ib, twin in ev.twins.get((a.claim.id, b.claim.id), ()):
            da, db = a.index - ia, b.index - ib
            if da == db and abs(da) == 1:
                where = "before" if da < 0 else "after"
                return f"both sentences state {twin} and give this figure right {where} it"
    if a.attributive and a.indefinite and b.indefinite and a.head and a.head == b.head:
        others = (a.ctx.clause & b.ctx.clause) - a.head - a.own_terms - b.own_terms - _MONTHS
        if others:
            return (f"both describe a {a.head_text} (A: “{a.text} {a.head_text}”, B: “{b.text} {b.head_text}”), "
                    f"with {', '.join(a.ctx.surface.get(t, t) for t in sorted(others)[:3])} in both")
    return None


def judge_quantities(a: Mention, b: Mention, gap: Optional[str], same_story: bool = False,
                     ev: Optional[Evidence] = None) -> Optional[Candidate]:
    if a.interval is None or b.interval is None or a.measure is None or b.measure is None:
        return None
    how = relate_measures(a.measure, b.measure)
    sim = similarity(a.ctx, b.ctx)
    if how is None:
        # "more than 1,100" and "1,142" (no unit), "1.8 million mortgage holders" and "1.8 million
        # people" (a unit the table does not know): close context alone may align them.
        unaligned = not a.measure.known or not b.measure.known or a.measure.cls is None or b.measure.cls is None
        same_role = bool(a.roles) and a.roles == b.roles
        need = LOOSE_MIN
        if same_role:
            need = AGREE_MIN if same_story and same_large_figure(a.interval, b.interval) else LOOSE_ROLE_MIN
        if a.measure.currency or b.measure.currency or not unaligned or sim < need:
            return None
        how = LOOSE
        if a.roles and b.roles and not a.roles & b.roles:
            return None  # "killed 289" and "injured 1,142"
        if a.measure.cls and b.measure.cls and not (_counted(a.measure) and _counted(b.measure)):
            return None  # "five corridors" and "more than two years": a count is not a duration
    if (how == FAMILY and sim < RELATED_MIN) or (sim < min(AGREE_MIN, RELATED_MIN / 2) and not same_story):
        return None  # nothing could come of it: skip the wording
    unit_terms = a.own_terms | b.own_terms
    role_note = ""
    role_clash = bool(a.roles and b.roles and not a.roles & b.roles)
    if how == SAME:
        # "12 people killed" and "45 people injured": one unit, two measures.
        ra, rb = a.roles, b.roles
        if role_clash:
            how = CLOSE
            role_note = f" ({', '.join(sorted(ra))} in A, {', '.join(sorted(rb))} in B)"
        elif a.attributive != b.attributive:
            # "a nine-member committee" gives the size of something; "four members" counts them.
            how = CLOSE
            role_note = " (one gives the size of a group, the other counts members)"
    terms = shared_terms(a.ctx, b.ctx, ignore=unit_terms | _MONTHS)
    rel = iv.relate(a.interval, b.interval)
    why = iv.explain(a.interval, b.interval, rel)
    about = _about(a.measure, terms)
    if how == FAMILY:
        if sim < RELATED_MIN:
            return None
        return Candidate(a, b, "related", "different-measure", f"{a.measure.label()} vs {b.measure.label()}",
                         f"different measures: A counts {a.measure.label()}, B counts {b.measure.label()}"
                         + (f"; {gap}" if gap else ""), sim)
    if rel != iv.DISJOINT:
        if role_clash:
            return None  # "60,000 left homeless" and "450 died": values that overlap by chance
        bonus = 0.3 if how == SAME else 0.2
        if sim < AGREE_MIN:
            # Nothing shared nearby: still the same figure when both articles tell one story
            # (for common measures such as percentages, only an exact and distinctive value).
            specific = _specific(a.measure) and _specific(b.measure)
            if not (same_story and how != LOOSE and (specific or (rel == iv.EQUAL and _distinctive(a.interval)))):
                return None
            bonus = 0.1
        elif how == LOOSE:
            bonus = 0.0
        if iv.loose_fit(a.interval, b.interval):
            # Compatible only through an open end ("at least 312" vs "9,000"): weak evidence.
            if sim < RELATED_MIN:
                return None
            bonus -= 0.2
        note = "" if how == SAME else (role_note or f" (A counts {a.measure.label()}, B {b.measure.label()})")
        if how == LOOSE and a.roles and a.roles == b.roles:
            note = f" (the same thing happened to what both count: {', '.join(sorted(a.roles))})"
        when = f"; note: {gap}" if gap else ""
        return Candidate(a, b, "agree", rel, about, why + note + when, sim + bonus, how)
    # Disjoint values: a conflict only with the same measure, the same moment and close context.
    if gap:
        if sim < RELATED_MIN / 2:
            return None
        return Candidate(a, b, "related", "update", about, f"{why}, but {gap}: a changed figure, not a contradiction", sim)
    if how in (CLOSE, LOOSE):
        if sim < RELATED_MIN:
            return None
        counts = f"A counts {a.measure.label()} and B {b.measure.label()}"
        if role_note:
            counts = f"they count different things{role_note}"
        return Candidate(a, b, "related", "different-measure", about, f"{why}, but {counts}", sim)
    mods_a, mods_b = a.modifiers, b.modifiers
    evidence = bool(a.ctx.actors & b.ctx.actors) or (a.ctx.predicate and a.ctx.predicate == b.ctx.predicate) \
        or len(terms) >= 2
    mods_clash = bool(mods_a and mods_b and not mods_a & mods_b)
    names_clash = bool(a.names and b.names and not a.names & b.names)
    # Sizes of things ("10-year", "15-day") name kinds as often as they state figures ("the 10-year
    # yield" vs "the 30-year yield"): they conflict only through parallel_evidence.
    other_story = ev is not None and ev.story < STORY_CONFLICT
    if sim >= CONFLICT_MIN and evidence and not mods_clash and not names_clash and not a.attributive \
            and not other_story:
        ctx = f"; both about {', '.join(terms)}" if terms else ""
        return Candidate(a, b, "conflict", "disjoint", about, f"{why}{ctx}", sim + 0.3)
    strong = None if mods_clash else parallel_evidence(a, b, ev, sim)
    if strong:
        return Candidate(a, b, "conflict", "disjoint", about, f"{why}; {strong}", max(sim, RELATED_MIN) + 0.2)
    if sim < RELATED_MIN:
        return None
    reason = f"{why}, but the contexts differ (shared: {', '.join(terms) or 'nothing specific'})"
    if mods_a and mods_b and not mods_a & mods_b:
        reason = f"{why}, but they count different groups ({', '.join(sorted(mods_a))} vs {', '.join(sorted(mods_b))})"
    return Candidate(a, b, "related", "different-measure", about, reason, sim)


def judge_dates(a: Mention, b: Mention, same_story: bool = False) -> Optional[Candidate]:
    ia, ib = a.payload.iso, b.payload.iso
    if len(ia) < 7 or len(ib) < 7:  # a bare year says too little to align on
        return None
    sim = similarity(a.ctx, b.ctx, ignore=_MONTHS)
    terms = shared_terms(a.ctx, b.ctx, ignore=_MONTHS)
    about = "date" + (f" of {', '.join(terms)}" if terms else "")
    if ia == ib or _compatible_iso(ia, ib):
        rel = "equal" if ia == ib else "refines"
        reason = f"same date {ia}" if ia == ib else f"{ia} and {ib} are the same date at different precision"
        if sim >= 0.08 and (terms or a.ctx.actors & b.ctx.actors):
            return Candidate(a, b, "agree", rel, about, reason, sim + 0.3)
        # The same calendar day (or month) in two articles telling one story.
        if same_story and ia == ib:
            return Candidate(a, b, "agree", rel, about, reason + " (both articles tell the same story)", sim + 0.1)
        return None
    same_event = (sim >= 0.5 and len(terms) >= 2 and a.ctx.predicate and a.ctx.predicate == b.ctx.predicate
                  and a.ctx.actors & b.ctx.actors)
    if same_event and len(ia) >= 10 and len(ib) >= 10 and not (a.payload.relative or b.payload.relative):
        return Candidate(a, b, "conflict", "disjoint", about,
                         f"the same event ({', '.join(terms)}) is dated {ia} in A and {ib} in B", sim + 0.3)
    return None


#: Two different quotes by one speaker on one topic (shared key words) agree in the sense of
#: pairs.gold.json: both sources quote that speaker on it. Their meaning is not compared.
SAME_SPEAKER_TOPIC = 0.25


def judge_quotes(a: Mention, b: Mention, sole: bool = False) -> Optional[Candidate]:
    """`sole`: the speaker is quoted once in each document, and the documents tell one story."""
    verdict = compare_quotes(a.payload, b.payload)
    if verdict is None:
        if same_speaker(a.payload, b.payload):
            names = frozenset(key_terms(" ".join(filter(None, (a.payload.speaker, b.payload.speaker)))))
            sim = similarity(a.ctx, b.ctx, ignore=names)
            terms = shared_terms(a.ctx, b.ctx, ignore=names)
            if sim >= SAME_SPEAKER_TOPIC and len(terms) >= 2:
                who = a.payload.speaker or b.payload.speaker
                return Candidate(a, b, "agree", "same-speaker", f"quote by {who}",
                                 f"both quote {who} on {', '.join(terms)}, in different words "
                                 "(their meaning is not compared)", sim)
            if sole and sim >= SAME_SPEAKER_TOPIC / 2 and terms:
                who = a.payload.speaker or b.payload.speaker
                return Candidate(a, b, "agree", "same-speaker", f"quote by {who}",
                                 f"each article quotes {who} once on this story, on {', '.join(terms)}, in different "
                                 "words (their meaning is not compared)", sim)
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


def judge_statements(a: Mention, b: Mention) -> Optional[Candidate]:
    """Polarity (the same actor and action, one negated) and near-identical statements."""
    shared_actors = a.ctx.actors & b.ctx.actors
    if not shared_actors or not a.ctx.predicate or a.ctx.predicate != b.ctx.predicate:
        return None
    from .context import jaccard

    words = jaccard(a.ctx.sentence, b.ctx.sentence)
    about = f"{', '.join(sorted(shared_actors))}: {a.ctx.predicate}"
    if a.ctx.negated != b.ctx.negated and words >= 0.35:
        neg, pos = ("A", "B") if a.ctx.negated else ("B", "A")
        return Candidate(a, b, "conflict", "polarity", about,
                         f"same actor and action ({a.ctx.predicate}), negated in {neg} but not in {pos}", words)
    if a.ctx.negated == b.ctx.negated and words >= 0.6:
        return Candidate(a, b, "agree", "equal", about, f"same actor, action and {int(words * 100)}% of the key words", words)
    return None


def _bucket_keys(m: Mention) -> set:
    """Keys under which a mention can meet its possible partners (a cheap pre-filter)."""
    if m.kind == "quantity":
        me = m.measure
        if me is None:
            return set()
        if me.currency:
            return {("cur", me.currency)}
        keys = {("cls", me.cls)} | ({("cls", me.via)} if me.via else set())
        keys |= {("fam", f) for f in table().families.get(me.cls, ())}
        if me.via:
            keys.add(("via", "*"))  # a delegate route can reach any delegate class
        if me.cls in table().delegates:
            keys.add(("via", "*"))
        # Figures the table cannot place meet every other non-money figure ("loose" alignment).
        keys.add(("loose-any",) if (not me.known or me.cls is None) else ("loose-known",))
        return keys
    if m.kind == "date":
        return _date_keys(m, probe=False)
    if m.kind == "statement":
        # Statements pair only on the same predicate and a shared actor.
        return {("stmt", m.ctx.predicate, actor) for actor in m.ctx.actors} if m.ctx.predicate else set()
    return {("all",)}


def _date_keys(m: Mention, probe: bool) -> set:
    """Blocking keys of a date: `judge_dates` gives a verdict only for compatible dates (equal
    days; or a day and its month; or equal months) or for the same event (the same predicate
    and a shared actor), so a date meets only those dates. A date is filed (probe=False) under
    its day and its month, and looks (probe=True) for its own day or month, and for the days of
    its month when it is a month: equal days or months meet, and a day meets its month, without
    two different days of one month meeting."""
    iso = m.payload.iso or ""
    if len(iso) < 7:  # a bare year says too little to align on
        return set()
    month, day = iso[:7], (iso[:10] if len(iso) >= 10 else None)
    if day is not None:
        keys = {("day", day), ("month", month)} if probe else {("day", day), ("day-of", month)}
    else:
        keys = {("month", month), ("day-of", month)} if probe else {("month", month)}
    if m.ctx.predicate:
        keys |= {("event", m.ctx.predicate, actor) for actor in m.ctx.actors}
    return keys


def _evidence(ma: list[Mention], mb: list[Mention], story: float = 1.0) -> Evidence:
    """Equal figures of one measure per pair of sentences, and every document's figures."""
    def values(ms):
        out: dict[tuple, list] = {}
        for m in ms:
            if m.kind == "quantity" and m.interval is not None:
                out.setdefault((m.measure, m.interval, m.head), []).append(m)
        return out

    by_value: dict[tuple, list[Mention]] = {}
    for m in mb:
        if m.kind == "quantity" and m.interval is not None and m.interval.is_point() and m.measure is not None:
            by_value.setdefault((m.measure, m.interval), []).append(m)
    twins: dict[tuple, list] = {}
    for m in ma:
        if m.kind != "quantity" or m.interval is None or not m.interval.is_point():
            continue
        for other in by_value.get((m.measure, m.interval), ()):
            twins.setdefault((m.claim.id, other.claim.id), []).append((m.index, other.index, m.text))
    return Evidence(twins=twins, values_a=values(ma), values_b=values(mb), story=story)


def _speaker_key(m: Mention) -> Optional[str]:
    qt = m.payload
    return (qt.speaker_id or " ".join(name_words(qt.speaker or ""))) or None


def _quoted(ms: list[Mention]) -> Counter:
    """How many quotes each speaker has in a document."""
    return Counter(_speaker_key(m) for m in ms if m.kind == "quote")


def _sole(m: Mention, quoted: Counter) -> bool:
    key = _speaker_key(m)
    return key is not None and quoted[key] == 1


def _candidates(ma: list[Mention], mb: list[Mention], anchor_a, anchor_b, same_story: bool = False,
                story: Optional[float] = None) -> list[Candidate]:
    out: list[Candidate] = []
    buckets: dict[tuple, list[int]] = {}
    for i, m in enumerate(mb):
        keys = _bucket_keys(m)
        if ("loose-any",) in keys or ("loose-known",) in keys:
            keys = keys | {("loose-all",)}
        for key in keys:
            buckets.setdefault((m.kind,) + key, []).append(i)
    quoted_a, quoted_b = _quoted(ma), _quoted(mb)
    ev = _evidence(ma, mb, (1.0 if same_story else STORY_CONFLICT) if story is None else story)
    for a in ma:
        seen: set[int] = set()
        keys = _bucket_keys(a)
        if ("loose-any",) in keys:  # an unplaced figure looks at every figure of B
            keys = (keys - {("loose-any",)}) | {("loose-all",)}
        elif ("loose-known",) in keys:  # a placed one at B's unplaced figures
            keys = (keys - {("loose-known",)}) | {("loose-any",)}
        if a.kind == "date":
            keys = _date_keys(a, probe=True)
        for key in keys:
            seen.update(buckets.get((a.kind,) + key, ()))
        for i in sorted(seen):
            b = mb[i]
            if a.kind == "quantity":
                c = judge_quantities(a, b, time_gap(a, b, anchor_a, anchor_b), same_story, ev)
            elif a.kind == "date":
                c = judge_dates(a, b, same_story)
            elif a.kind == "quote":
                c = judge_quotes(a, b, same_story and _sole(a, quoted_a) and _sole(b, quoted_b))
            else:
                c = judge_statements(a, b)
            if c is not None:
                out.append(c)
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Keep, for every mention on either side, its best partner (agree/conflict before related)."""
    best_a: dict[tuple, Candidate] = {}
    best_b: dict[tuple, Candidate] = {}
    for c in cands:
        ka, kb = c.a.key, c.b.key
        if ka not in best_a or c.rank > best_a[ka].rank:
            best_a[ka] = c
        if kb not in best_b or c.rank > best_b[kb].rank:
            best_b[kb] = c
    chosen = {id(c): c for c in list(best_a.values()) + list(best_b.values())}
    # "cut to 3.5% from 3.75%" in both: each figure agrees with its twin, so the cross pairs
    # (3.5% vs 3.75%) are not conflicts. A conflict is dropped when either mention agrees with
    # another figure of the other side's sentence.
    agreeing = [c for c in cands if c.status == "agree" and c.how != LOOSE]
    a_agrees = {(c.a.key, c.b.claim.id) for c in agreeing}
    b_agrees = {(c.b.key, c.a.claim.id) for c in agreeing}
    # A figure the other document states with the very same value and measure is agreed on; a
    # different value there is about something else ("a 10-day curfew, then a 14-day one").
    a_twinned: dict = {}
    b_twinned: dict = {}
    for c in agreeing:
        if c.relation == "equal" and c.how == SAME:
            a_twinned[c.a.key] = max(a_twinned.get(c.a.key, 0.0), c.score)
            b_twinned[c.b.key] = max(b_twinned.get(c.b.key, 0.0), c.score)
    kept = []
    for c in chosen.values():
        if c.status == "conflict" and ((c.a.key, c.b.claim.id) in a_agrees or (c.b.key, c.a.claim.id) in b_agrees):
            continue
        if c.status == "conflict" and c.a.kind == "quantity" and max(
                a_twinned.get(c.a.key, 0.0), b_twinned.get(c.b.key, 0.0)) >= c.score:
            continue
        # A related pair is shown only between mutual best partners that have nothing better.
        if c.status == "related" and (best_a[c.a.key] is not c or best_b[c.b.key] is not c):
            continue
        kept.append(c)
    return sorted(kept, key=lambda c: (c.a.start, c.b.start))


@dataclass(frozen=True)
class Prepared:
    """What diff_pair needs of one document, worked out once however many pairs it is in."""

    result: DocumentResult
    mentions: list
    story: frozenset
    anchor: Optional[str]


def prepare(result: DocumentResult) -> Prepared:
    return Prepared(result, mentions_of(result), story_terms(result), _doc_anchor(result))


def diff_pair(a: DocumentResult | Prepared, b: DocumentResult | Prepared) -> DiffReport:
    """Compare two documents' claims: what they agree on, where they conflict, what is related.

    Pass `prepare(result)` instead of a result to reuse its preparation across many pairs."""
    from .context import jaccard

    pa = a if isinstance(a, Prepared) else prepare(a)
    pb = b if isinstance(b, Prepared) else prepare(b)
    ma, mb = pa.mentions, pb.mentions
    story = jaccard(pa.story, pb.story)
    cands = _candidates(ma, mb, pa.anchor, pb.anchor, story >= SAME_STORY, story)
    if story >= SAME_STORY:
        cands += restated_quotes(ma, pb.result.claims) + restated_quotes(mb, pa.result.claims, swap=True)
    chosen = select(cands)
    matches = [
        Match(status=c.status, relation=c.relation, about=c.about, reason=c.reason, kind=c.a.kind,
              score=round(min(1.0, c.score), 3), a=c.a.side(), b=c.b.side())
        for c in chosen
    ]
    used_a = {m.a.claim for m in matches}
    used_b = {m.b.claim for m in matches}
    return DiffReport(
        a=pa.result.document.doc, b=pb.result.document.doc, matches=matches,
        only_a=[c.id for c in pa.result.claims if c.id not in used_a],
        only_b=[c.id for c in pb.result.claims if c.id not in used_b],
    )
