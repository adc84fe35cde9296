"""How the ledger groups claims into facts: the one seam between comparison and storage.

The store calls two functions and nothing else:

- `members(result)` turns ONE document into its fact memberships: each comparable mention (a
  figure, a date, a quote, a statement) with the key of the fact it belongs to and the plain
  data a verdict needs. It reads nothing but that document, so the facts of a ledger are a pure
  function of the documents filed: the order they were added in, concurrent writers and an
  interrupted run cannot change them, and adding a document costs the same whatever the
  ledger holds (its memberships are inserted; no other document is read).
- `judge(versions, follow_updates)` turns the members of one key (a *storyline*) into facts
  with a status and the relations between neighbouring versions. It runs when facts are read,
  over one storyline at a time, in time linear in its members.

A mention may carry several keys (one Member per key) when rules want to place it in more
than one candidate fact; a key stated by a single document is no fact and costs one row.

`GROUPING_VERSION` names the rules: when it changes, ledgers re-derive every membership from
the claims they hold (claimtrack.ledger.store) the next time they are opened for writing.
The comparison code (claimtrack.compare) owns what the rules say; the store owns how
memberships are kept.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Optional

from ..compare.context import jaccard
from ..compare.intervals import DISJOINT, relate
from ..compare.dates import iso_date
from ..compare.pair import STORY_MIN, story_terms
from ..models import Claim, DocumentResult
from ..tables import speech_verbs

#: Bump whenever `members` would key any mention differently: ledgers re-derive memberships.
GROUPING_VERSION = "6"

_SPEECH_LEMMAS = frozenset().union(*speech_verbs())
#: Versions of a figure whose dates lie further apart than this many days are different
#: moments: a different value then is an update, not a conflict (compare.dates.UPDATE_DAYS).
UPDATE_DAYS = 21
STATUS_ORDER = {"conflict": 2, "agree": 1, "related": 0}


@dataclass(frozen=True)
class Member:
    """One mention's membership of a fact: the key joins mentions of different documents."""

    key: str
    kind: str
    claim: str
    start: int
    end: int
    text: str
    data: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass
class Judged:
    """One fact made of versions (objects with .doc/.start/.end/.as_of/.data and .key)."""

    status: str
    relation: str
    about: str
    versions: list
    relations: list  # (version a, version b, status, relation, reason)


# -- members: one document alone ------------------------------------------------------------------

def _origin(claim: Claim, result: DocumentResult) -> tuple[str, Optional[str]]:
    """Who a claim's statement comes from: the quote's speaker, the speaking actor, else the outlet."""
    if claim.quote is not None and (claim.quote.speaker_id or claim.quote.speaker):
        return claim.quote.speaker_id or claim.quote.speaker, claim.quote.speaker
    m = re.search(r"\baccording to\b", claim.text, re.I)
    if (m or (claim.predicate and claim.predicate in _SPEECH_LEMMAS)) and claim.actors:
        people = {a.id: a for a in result.document.actors}
        for aid in claim.actors:
            actor = people.get(aid)
            if actor is not None and actor.type in ("PERSON", "ORG"):
                return aid, actor.name
    return f"outlet:{result.document.source or result.document.doc}", None


def _as_of(claim: Claim, result: DocumentResult) -> tuple[Optional[str], Optional[str]]:
    for d in claim.dates:
        if d.iso:
            return d.iso, "stated"
    if result.document.published:
        return result.document.published, "published"
    return None, None


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).hexdigest()


def _quantity_key(claim: Claim, index: int) -> Optional[tuple[str, str]]:
    """(key, about) of a figure: what it measures and what happened to what it counts."""
    from ..compare.context import clause_bounds, context_of
    from ..compare.units import measure_of, plural, roles_of

    q = claim.quantities[index]
    measure = measure_of(q)
    if not measure.currency and not measure.cls:
        return None  # a bare number: nothing says what it counts
    ctx = context_of(claim, q.start, q.end)
    rel_s = max(0, min(len(claim.text), q.start - claim.start))
    rel_e = max(rel_s, min(len(claim.text), q.end - claim.start))
    cs, ce = clause_bounds(claim.text, rel_s, rel_e)
    roles = sorted(roles_of(ctx.clause, claim.text[cs:ce]))
    f = q.frame
    if roles:
        what = "+".join(roles)
    elif f is not None and f.measured:
        what = f.measured  # what a share or amount is the size of ("rate", "target")
    elif f is not None and f.predicate and f.predicate not in _SPEECH_LEMMAS:
        what = f.predicate
    elif claim.predicate and claim.predicate not in _SPEECH_LEMMAS:
        what = claim.predicate
    else:
        return None  # a figure with no event: too vague to be one fact across sources
    holder = f.holder if f is not None and f.holder else ""
    # A change is stated as a move from one figure to another ("lowered from 6.2% to 5.9%"): the
    # figure after "from" is the old value, a fact of its own; the one after "to" is the value
    # now, the same fact as a plain "the rate is 3.5%".
    change = ""
    if f is not None and f.prep == "from":
        # only when the claim states the other end of the change too, for the same measure
        if any(o.frame is not None and o.frame.prep == "to" and measure_of(o) == measure
               for i, o in enumerate(claim.quantities) if i != index):
            change = "from"
    cls = measure.cls
    label = measure.label() if measure.currency else f"number of {plural(cls)}"
    if "attended" in roles and cls in _participant_classes():
        # Who attended a meeting, counted by any noun ("30 military chiefs", "chiefs from 30
        # nations", "representatives from 34 countries"): one attendance, one count.
        cls, label = "participants", "number of participants"
    measured = "|".join([measure.currency or "", cls or "", measure.period or ""])
    about = f"{label} ({what.replace('+', ', ')})"
    if holder:
        about = f"{holder.replace('-', ' ').title()}: {about}"
    # The holder is not part of the key: one source names who has the figure ("Nepal's death
    # toll") where another leaves it implicit. judge() keeps different named holders apart.
    return f"quantity:{_digest(measured, what, change)}", about


#: Keys of the second, coarser membership of every keyed figure: its measure alone.
MEASURE_PREFIX = "measure:"


def _measure_key(q) -> str:
    from ..compare.units import measure_of

    m = measure_of(q)
    return MEASURE_PREFIX + _digest(m.currency or "", m.cls or "", m.period or "")


def _counts_things(q) -> bool:
    """A figure that counts a known kind of thing (monitors, soldiers, homes): money, shares,
    durations and other measures size anything, so their unit alone says nothing of what."""
    from ..compare.units import measure_of, table

    m = measure_of(q)
    if m.currency or not m.known or not m.cls:
        return False
    t = table()
    return m.cls not in t.measuring_classes and not (t.families.get(m.cls, frozenset()) & t.measuring_families)


def sole_figures(versions: list, held: set) -> list:
    """The versions of one measure's key that may still pair: a report that states a single
    figure of a measure, not already in a fact, and another report of the same story that
    also states one, speak of the same thing (the one number of that kind each gives), however
    they word what happened to it. A report with two figures of the measure cannot tell which
    one pairs, so it gives none here. `held`: (doc, start, end) of mentions already in a fact."""
    per_doc: dict[str, set] = {}
    for v in versions:
        per_doc.setdefault(v.doc, set()).add((v.start, v.end))
    return [v for v in versions if len(per_doc[v.doc]) == 1 and (v.doc, v.start, v.end) not in held]


def _participant_classes() -> frozenset:
    from ..compare.units import table

    fams = table().families
    return frozenset(c for c, f in fams.items() if "participants" in f)


def _clause_members(claim: Claim, base: dict) -> list[Member]:
    """One statement membership per clause that names who does what (pipeline/frames.py), in
    any claim: a sentence with a figure or a quote states other things too. The key is who
    does what (subject, action, modality); the object stays out of it, since reports name
    what is acted on in different words ("assume oversight", "assume leadership")."""
    f = claim.frame
    out = []
    for cl in (getattr(f, "clauses", None) or []) if f is not None else []:
        if not cl.subject or not cl.predicate or cl.predicate in _SPEECH_LEMMAS:
            continue
        obj = cl.object or ""
        about = f"{cl.subject.replace('-', ' ').title()}: {cl.predicate}" + (f" {obj}" if obj else "")
        key = "statement:" + _digest(cl.subject, cl.predicate, cl.modality or "")
        start, end = max(claim.start, cl.start), min(claim.end, cl.end)
        out.append(Member(key, "statement", claim.id, start, end, claim.text[start - claim.start:end - claim.start],
                          {**base, "about": about, "negated": cl.polarity == "negative"}))
    return out


def _statement_key(claim: Claim) -> Optional[tuple[str, str]]:
    """(key, about) of a statement from its frame: who does what to what (polarity is the value)."""
    f = claim.frame
    if f is None or not f.subject or not f.predicate or f.predicate in _SPEECH_LEMMAS:
        return None
    obj = f.object or ""
    about = f"{f.subject.replace('-', ' ').title()}: {f.predicate}" + (f" {obj}" if obj else "")
    return "statement:" + _digest(f.subject, f.predicate, obj, f.modality or ""), about


#: What a figure's verdict reads (compare.intervals.interval_of): its value, not its frame.
_VALUE_FIELDS = {"start", "end", "text", "value", "low", "high", "qualifier", "unit", "currency", "period"}

_QUOTE_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _quote_words(text: str) -> list[str]:
    from ..compare.context import fold

    return _QUOTE_WORD.findall(fold(text))


#: Words at each end of a quote that key it: two extents of one utterance (a partial quote, a
#: longer one) share their first or their last words, and five words in a row rarely recur by chance.
QUOTE_WINDOW = 5


def _quote_keys(text: str) -> list[str]:
    words = _quote_words(text)
    if len(words) < 4:
        return []
    ends = {" ".join(words[:QUOTE_WINDOW]), " ".join(words[-QUOTE_WINDOW:])}
    return sorted("quote:" + _digest(w) for w in ends)


def _date_event(d, claim: Claim) -> Optional[str]:
    """What a date dates (its frame's event), or None when it dates nothing checkable."""
    f = d.frame
    if f is not None:
        if not f.fact or not f.event or f.event in _SPEECH_LEMMAS:
            return None
        return f.event
    if claim.predicate and claim.predicate not in _SPEECH_LEMMAS:
        return claim.predicate
    return None


def members(result: DocumentResult) -> list[Member]:
    """Every comparable mention of one document, keyed by the fact it states. Pure."""
    from ..compare.context import key_terms

    out: list[Member] = []
    story = " ".join(sorted(story_terms(result)))  # what the article is about: judge() keeps stories apart
    for claim in result.claims:
        as_of, as_of_source = _as_of(claim, result)
        origin, speaker = _origin(claim, result)
        base = {"as_of": as_of, "as_of_source": as_of_source, "origin": origin,
                "speaker": speaker, "story": story}
        for index, q in enumerate(claim.quantities):
            keyed = _quantity_key(claim, index)
            if keyed is None:
                continue
            key, about = keyed
            holder = q.frame.holder if q.frame is not None else None
            data = {**base, "about": about, "holder": holder,
                    "quantity": q.model_dump(mode="json", include=_VALUE_FIELDS)}
            out.append(Member(key, "quantity", claim.id, q.start, q.end, q.text, data))
            if _counts_things(q):
                out.append(Member(_measure_key(q), "quantity", claim.id, q.start, q.end, q.text, data))
        for d in claim.dates:
            event = _date_event(d, claim) if d.iso else None
            if event is None:
                continue
            # when something happened: the same event at another date conflicts
            out.append(Member("date:" + _digest(event), "date", claim.id, d.start, d.end, d.text,
                              {**base, "about": f"date of {event}", "iso": d.iso,
                               "holder": claim.actors[0] if claim.actors else None}))
        qt = claim.quote
        if qt is not None:
            for key in _quote_keys(qt.text):
                out.append(Member(key, "quote", claim.id, qt.start, qt.end, qt.text,
                                  {**base, "about": f"quote: {qt.text[:60]}", "speaker_id": qt.speaker_id,
                                   "speaker_name": qt.speaker}))
        framed = claim.frame is not None and bool(getattr(claim.frame, "clauses", None))
        keyed = _statement_key(claim) if claim.kind in ("statement", "date") and not framed else None
        if framed:
            out += _clause_members(claim, base)  # what the sentence frame says, clause by clause
        elif keyed is not None:
            key, about = keyed
            out.append(Member(key, "statement", claim.id, claim.start, claim.end, claim.text,
                              {**base, "about": about, "negated": claim.frame.polarity == "negative"}))
        elif claim.kind == "statement":
            terms = sorted(set(key_terms(claim.text)) - {"not", "no", "never"})
            if len(terms) >= 4:
                key = "statement:" + _digest(" ".join(terms))
                out.append(Member(key, "statement", claim.id, claim.start, claim.end, claim.text,
                                  {**base, "about": " ".join(terms[:6]), "negated": claim.negated}))
    return out


# -- judge: one storyline at a time ---------------------------------------------------------------

def _moments(versions: list) -> list[list]:
    """Versions (sorted by as-of) cut where the next one is more than UPDATE_DAYS later."""
    out: list[list] = []
    anchor = None
    for v in versions:
        d = iso_date(v.as_of)
        if out and (d is None or anchor is None or (d - anchor).days <= UPDATE_DAYS):
            out[-1].append(v)
        else:
            out.append([v])
            anchor = d
    return out


def _pair(kind: str, a, b, same_moment: bool) -> tuple[str, str, str]:
    """(status, relation, reason) between two versions of one storyline."""
    if kind == "quantity":
        from ..compare.intervals import DISJOINT, explain, relate

        ia, ib = a.interval, b.interval
        if ia is None or ib is None:
            return "related", "other", "no value to compare"
        rel = relate(ia, ib)
        if rel != DISJOINT:
            return "agree", rel, explain(ia, ib, rel)
        if same_moment:
            return "conflict", "disjoint", explain(ia, ib, rel)
        return "related", "update", f"{explain(ia, ib, rel)}: stated {a.as_of} and {b.as_of}"
    if kind == "date":
        x, y = a.data.get("iso") or "", b.data.get("iso") or ""
        if x.startswith(y) or y.startswith(x):
            return "agree", "equal", f"same date {x}"
        return "conflict", "disjoint", f"{x} and {y}"
    if kind == "quote":
        sa, sb = a.data.get("speaker_id"), b.data.get("speaker_id")
        na, nb = a.data.get("speaker_name") or "", b.data.get("speaker_name") or ""
        resolved = bool(sa and sb and na[:1].isupper() and nb[:1].isupper())
        if resolved and sa != sb:
            return "conflict", "other-speaker", f"the same words from {na} and {nb}"
        return "agree", "equal", "the same words"
    if kind == "statement":
        if bool(a.data.get("negated")) != bool(b.data.get("negated")):
            return "conflict", "polarity", "the same statement, one of them negated"
        return "agree", "equal", "the same statement"
    return "related", "other", ""


def judge(kind: str, versions: list, *, follow_updates: bool = False) -> list[Judged]:
    """The facts of one storyline (its versions sorted by as-of, document, start).

    Without `follow_updates`, each moment (versions within UPDATE_DAYS of each other) stated
    by two or more documents is one fact; with it, the whole storyline is one, its later
    moments linked as updates. Relations join each version to the next, so a fact of k
    versions has k - 1 of them; a figure conflicts when any two values of one moment do not
    overlap (checked between the moment's extreme values, not all pairs).
    """
    groups = []
    for line in _storylines(versions):
        for group in (_moments(line) if kind == "quantity" and not follow_updates else [line]):
            groups += _unambiguous(kind, group)
    out: list[Judged] = []
    for group in groups:
        if len({v.doc for v in group}) < 2:
            continue
        relations = []
        worst = ("related", "other", "")
        for a, b in zip(group, group[1:]):
            same = kind != "quantity" or not follow_updates or _same_moment(a, b, group)
            status, relation, reason = _pair(kind, a, b, same)
            relations.append((a, b, status, relation, reason))
            worst = max(worst, (status, relation, reason), key=_weight)
        neighbours = {(id(a), id(b)) for a, b in zip(group, group[1:])}
        for a, b in _extremes(kind, group, follow_updates):
            if (id(a), id(b)) in neighbours:
                continue
            status, relation, reason = _pair(kind, a, b, True)
            if status == "conflict":
                relations.append((a, b, status, relation, reason))
                worst = max(worst, (status, relation, reason), key=_weight)
        about = min(v.data.get("about", "") for v in group)
        out.append(Judged(worst[0], worst[1], about, group, relations))
    return out


def _value(kind: str, v) -> tuple:
    """What decides whether two versions can both be true: a figure's interval and moment, a
    date's ISO (with the actor and grain for `_same_act`). Equal values compare once."""
    if kind == "quantity":
        return (v.interval, v.as_of)
    iso = v.data.get("iso") or ""
    return (iso, v.data.get("holder"), len(iso))


@lru_cache(maxsize=65536)
def _disjoint(kind: str, a: tuple, b: tuple) -> bool:
    """Two values (`_value`) that cannot both be true at one moment."""
    if kind == "quantity":
        (ia, da), (ib, db) = a, b
        if ia is None or ib is None or relate(ia, ib) != DISJOINT:
            return False
        pa, pb = iso_date(da), iso_date(db)
        return pa is None or pb is None or abs((pb - pa).days) <= UPDATE_DAYS
    if kind == "date":
        x, y = a[0], b[0]
        return not (x.startswith(y) or y.startswith(x))
    return False


def _same_act(a: tuple, b: tuple) -> bool:
    """Two date values that date one actor's act at one grain."""
    return bool(a[1]) and a[1] == b[1] and a[2] == b[2]


def _unambiguous(kind: str, group: list) -> list[list]:
    """A key pairs the versions of different documents only when each document gives it one
    value: a document that states two disjoint values under one key (a quake this week and
    one in 2015, both "the date of the quake") shows that the key does not tell its facts
    apart, and a third value elsewhere proves no conflict. Such a group is split into groups
    of compatible values (each version joins the first group it is compatible with), which
    can agree and never conflict. Cost: the versions times the distinct values of a group."""
    if kind not in ("quantity", "date"):
        return [group]
    per_doc: dict[str, set] = {}
    for v in group:
        per_doc.setdefault(v.doc, set()).add(_value(kind, v))
    ambiguous = any(_disjoint(kind, a, b) for vs in {frozenset(x) for x in per_doc.values() if len(x) > 1}
                    for a in vs for b in vs)
    if kind == "date" and not ambiguous:
        # Two dates of one event verb conflict only when they date one actor's act at one
        # grain ("the talks began on 6 July" for the same parties); an event verb alone
        # ("an earthquake struck", "talks began") recurs across the events of a story.
        values = sorted({_value(kind, v) for v in group}, key=repr)
        ambiguous = any(_disjoint(kind, a, b) and not _same_act(a, b) for i, a in enumerate(values) for b in values[i + 1:])
    if not ambiguous:
        return [group]
    parts: list[tuple[set, list]] = []
    for v in group:
        value = _value(kind, v)
        for values, part in parts:
            if value in values or not any(_disjoint(kind, value, w) for w in values):
                values.add(value)
                part.append(v)
                break
        else:
            parts.append(({value}, [v]))
    return [part for _, part in parts]


def _storylines(versions: list) -> list[list]:
    """Split the versions of one key into storylines: versions of reports of one story (their
    most frequent words overlap, compare.pair.STORY_MIN) with no two different named holders
    ("France: 2% growth", "Italy: 2% growth"). Each version joins the first storyline whose
    first version it shares a story with, in the order given, so the split is a function of
    the versions alone; its cost is the versions times the storylines of the key."""
    lines: list[tuple[object, set, list]] = []  # (first version, named holders, versions)
    seen: dict[tuple, bool] = {}
    for v in versions:
        holder = v.data.get("holder")
        for first, holders, line in lines:
            if holder and holders and holder not in holders:
                continue
            if not _same_story(first, v, seen):
                continue
            line.append(v)
            if holder:
                holders.add(holder)
            break
        else:
            lines.append((v, {holder} if holder else set(), [v]))
    return [line for _, _, line in lines]


def _same_story(a, b, seen: dict) -> bool:
    if a.doc == b.doc:
        return True
    sa, sb = a.data.get("story"), b.data.get("story")
    if not sa or not sb:
        return True  # filed without story words: nothing tells the stories apart
    return _story_overlap(sa, sb)


@lru_cache(maxsize=65536)
def _story_overlap(sa: str, sb: str) -> bool:
    return jaccard(frozenset(sa.split()), frozenset(sb.split())) >= STORY_MIN


def _weight(verdict: tuple) -> float:
    status, relation, _ = verdict
    return 0.5 if relation == "update" else STATUS_ORDER[status]


def _same_moment(a, b, group) -> bool:
    da, db = iso_date(a.as_of), iso_date(b.as_of)
    return da is None or db is None or abs((db - da).days) <= UPDATE_DAYS


def _extremes(kind: str, group: list, follow_updates: bool) -> list[tuple]:
    """For figures: within each moment, the pair (lowest upper bound, highest lower bound),
    which is disjoint exactly when some pair of the moment is; not already a neighbour pair."""
    if kind != "quantity":
        return []
    pairs = []
    for moment in (_moments(group) if follow_updates else [group]):
        valued = [v for v in moment if v.interval is not None]
        if len(valued) < 2:
            continue
        low = min(valued, key=lambda v: (v.interval.hi, v.doc, v.start))
        high = max(valued, key=lambda v: (v.interval.lo, v.doc, v.start))
        if low is high:
            continue
        a, b = sorted((low, high), key=lambda v: (v.as_of or "9999", v.doc, v.start))
        pairs.append((a, b))
    return pairs
