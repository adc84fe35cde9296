"""Facts across the ledger: claims grouped by what they state, with timelines and corroboration.

Filing a document stores its fact memberships (claimtrack.ledger.grouping.members: each
comparable mention with the key of the fact it states); no other document is read, so filing
costs the same whatever the ledger holds. Reading facts groups the current documents' members
by key and lets grouping.judge give each group its verdicts: a fact is the versions of one
moment, and a storyline (`follow_updates`) also joins later moments as updates, which is what
a timeline shows. Nothing here talks SQL: it reads and writes through the LedgerStore protocol.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from itertools import groupby
from typing import Callable, Iterable, Optional

from ..models import DocumentResult
from . import grouping
from .store import AddOutcome, LedgerStore, MemberRow

_STATUS_ORDER = grouping.STATUS_ORDER


def file_results(store: LedgerStore, results: Iterable[DocumentResult],
                 on_filed: Optional[Callable[[AddOutcome], None]] = None) -> list[AddOutcome]:
    """File documents, one transaction each; `on_filed` is told after each one.

    Each document's actor ids are first matched against the actors already in the ledger
    (actorids.identity): 'Trump' filed after 'Donald Trump' is `donald-trump`."""
    outcomes = []
    known = None
    for result in results:
        if known is None:
            known = _known_actors(store)
        unify([result], known)
        outcome = store.add(result)
        known.extend(result.document.actors)
        outcomes.append(outcome)
        if on_filed is not None:
            on_filed(outcome)
    return outcomes


@dataclass
class Version:
    """One source's statement of a fact."""

    doc: str
    claim: str
    start: int
    end: int
    text: str
    sentence: str
    as_of: Optional[str]
    as_of_source: Optional[str]  # "stated" (a date in the claim) or "published"
    published: Optional[str]
    source: Optional[str]
    url: Optional[str]
    origin: str  # who the statement comes from: a speaker, or the outlet itself
    low: Optional[float] = None
    high: Optional[float] = None
    interval: Optional[object] = None  # compare.intervals.Interval: the value with its qualifier
    speaker: Optional[str] = None
    data: dict = field(default_factory=dict, repr=False)  # what grouping.members stored

    @property
    def key(self) -> tuple:
        return (self.doc, self.start, self.end)


@dataclass
class Relation:
    a: tuple
    b: tuple
    status: str
    relation: str
    reason: str


@dataclass
class LedgerFact:
    id: str
    kind: str
    status: str
    relation: str
    about: str
    versions: list[Version]
    relations: list[Relation] = field(default_factory=list)

    @property
    def first(self) -> Version:
        """The earliest statement (by publication date, then as-of date)."""
        return min(self.versions, key=lambda v: (v.published or "9999", v.as_of or "9999", v.doc))

    @property
    def origins(self) -> list[str]:
        """Where each document's statement comes from: the speaker it quotes or attributes the
        fact to, else the outlet itself. One origin per document."""
        per_doc: dict[str, str] = {}
        for v in self.versions:
            if v.doc not in per_doc or per_doc[v.doc].startswith("outlet:"):
                per_doc[v.doc] = v.origin
        return sorted(set(per_doc.values()))

    @property
    def independent(self) -> int:
        """Independent sources: distinct origins (re-quotes of one speaker count once)."""
        return len(self.origins)

    @property
    def requotes(self) -> int:
        """Documents that repeat an origin another document already gives."""
        return len({v.doc for v in self.versions}) - self.independent

    def summary(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "status": self.status, "relation": self.relation,
            "about": self.about, "sources": len({v.doc for v in self.versions}),
            "independent": self.independent, "requotes": self.requotes,
            "first": {"doc": self.first.doc, "published": self.first.published},
            "versions": [
                {"doc": v.doc, "claim": v.claim, "start": v.start, "end": v.end, "text": v.text,
                 "as_of": v.as_of, "as_of_source": v.as_of_source, "published": v.published,
                 "origin": v.origin}
                for v in self.versions
            ],
            "relations": [
                {"a": list(r.a), "b": list(r.b), "status": r.status, "relation": r.relation, "reason": r.reason}
                for r in self.relations
            ],
        }


def _version(row: MemberRow) -> Version:
    data = row.data
    low = high = interval = None
    q = data.get("quantity")
    if q is not None:
        from ..compare.intervals import interval_of
        from ..models import Quantity

        interval = interval_of(Quantity.model_validate(q))
        if q.get("value") is not None:
            low = high = float(q["value"])
        else:
            low = float(q["low"]) if q.get("low") is not None else None
            high = float(q["high"]) if q.get("high") is not None else None
    return Version(doc=row.doc, claim=row.claim, start=row.start, end=row.end, text=row.text,
                   sentence=data.get("sentence", ""), as_of=data.get("as_of"), as_of_source=data.get("as_of_source"),
                   published=row.published, source=row.source, url=row.url, origin=data.get("origin", ""),
                   low=low, high=high, interval=interval, speaker=data.get("speaker"), data=data)


def _known_actors(store: LedgerStore):
    from ..actorids.identity import KnownActors

    return KnownActors(store.actor_records())


def unify(results: list, known) -> list:
    from ..actorids.identity import unify as _unify

    return _unify(results, known)


def current_results(store: LedgerStore) -> dict[str, DocumentResult]:
    """The ledger's current documents, by name (for filters by actor and for JSON-LD), with one
    actor id per entity over all of them (a fuller name filed later renames earlier short ones)."""
    return {r.document.doc: r for r in unify(list(store.results()), ())}


def build_facts(store: LedgerStore, *, follow_updates: bool = False,
                results: Optional[dict[str, DocumentResult]] = None) -> list[LedgerFact]:
    """The ledger's facts (or storylines, with follow_updates), from the stored memberships.

    `results` is accepted for compatibility and not needed: memberships carry what facts show."""
    facts: list[LedgerFact] = []
    members = store.fact_members()
    coarse = [r for r in members if r.key.startswith(grouping.MEASURE_PREFIX)]
    for rows in _storylines([r for r in members if not r.key.startswith(grouping.MEASURE_PREFIX)]):
        _add_facts(facts, rows[0].kind, [_version(r) for r in rows], follow_updates)
    # then the figures no fact holds, paired by their measure alone where each report states one
    held = {(v.doc, v.start, v.end) for f in facts for v in f.versions}
    for _key, rows in groupby(coarse, key=lambda r: r.key):
        _add_facts(facts, "quantity", grouping.sole_figures([_version(r) for r in rows], held), follow_updates)
    facts.sort(key=lambda f: (-_STATUS_ORDER[f.status], -len(f.versions), f.about, f.id))
    return facts


def _add_facts(facts: list, kind: str, versions: list, follow_updates: bool) -> None:
    """Judge one storyline's versions and add its facts."""
    versions = sorted(versions, key=lambda v: (v.as_of or "9999", v.doc, v.start, v.end))
    for judged in grouping.judge(kind, versions, follow_updates=follow_updates):
        keys = sorted(v.key for v in judged.versions)
        fid = "f-" + hashlib.blake2b(repr(keys[0]).encode(), digest_size=5).hexdigest()
        facts.append(LedgerFact(
            id=fid, kind=kind, status=judged.status, relation=judged.relation, about=judged.about,
            versions=list(judged.versions),
            relations=[Relation(a.key, b.key, status, relation, reason)
                       for a, b, status, relation, reason in judged.relations],
        ))


def _storylines(rows: list[MemberRow]) -> list[list[MemberRow]]:
    """The members of each key, keys joined when one mention holds both (a quote keyed by its
    first and by its last words): one row per mention, in key order."""
    from ..compare.groups import DisjointSet

    by_key = [(key, list(group)) for key, group in groupby(rows, key=lambda r: r.key)]
    keys = DisjointSet()
    holder: dict[tuple, str] = {}
    for key, group in by_key:
        keys.find(key)
        for r in group:
            mention = (r.kind, r.doc, r.start, r.end)
            if mention in holder:
                keys.union(holder[mention], key)
            else:
                holder[mention] = key
    joined: dict[str, list[MemberRow]] = {}
    seen: set[tuple] = set()
    for key, group in by_key:
        bucket = joined.setdefault(keys.find(key), [])
        for r in group:
            mention = (r.kind, r.doc, r.start, r.end)
            if mention not in seen:
                seen.add(mention)
                bucket.append(r)
    return [group for group in joined.values() if group]


def select_facts(facts: list[LedgerFact], query: Optional[str] = None, *, kind: Optional[str] = None,
                 actor: Optional[str] = None, status: Optional[str] = None, since: Optional[str] = None,
                 until: Optional[str] = None,
                 results: Optional[dict[str, DocumentResult]] = None) -> list[LedgerFact]:
    """Filter facts: query words (all must appear in the fact's about or texts), or a fact id.

    `actor` needs the ledger's `results` (from current_results) to know which claims name it."""
    out = []
    words = [w.lower() for w in re.findall(r"\w+", query or "")]
    actor_claims: Optional[set] = None
    if actor and results is not None:
        actor_claims = set()
        a = actor.lower()
        for r in results.values():
            ids = {x.id for x in r.document.actors if a in x.id or a in x.name.lower() or any(a == al.lower() for al in x.aliases)}
            actor_claims |= {(r.document.doc, c.id) for c in r.claims if ids & set(c.actors)}
    for f in facts:
        if query and f.id == query:
            return [f]
        hay = " ".join([f.about] + [v.text + " " + v.sentence for v in f.versions]).lower()
        if words and not all(w in hay for w in words):
            continue
        if kind and f.kind != kind:
            continue
        if status and f.status != status:
            continue
        if actor_claims is not None and not any((v.doc, v.claim) in actor_claims for v in f.versions):
            continue
        dates = [v.as_of for v in f.versions if v.as_of]
        if since and not any(d >= since for d in dates):
            continue
        if until and not any(d[: len(until)] <= until for d in dates):
            continue
        out.append(f)
    return out


@dataclass
class TimelineEntry:
    version: Version
    change: str  # "first", "same", "agree", "update", "conflict"
    note: str


def timeline(fact: LedgerFact) -> list[TimelineEntry]:
    """Each source's value in as-of order, marking updates (a new date) apart from conflicts."""
    from ..compare.intervals import relate

    rel = {}
    for r in fact.relations:
        rel[(r.a, r.b)] = rel[(r.b, r.a)] = r
    entries: list[TimelineEntry] = []
    prev: Optional[Version] = None
    for v in fact.versions:
        if prev is None:
            entries.append(TimelineEntry(v, "first", f"first stated by {v.doc}"))
        else:
            r = rel.get((prev.key, v.key))
            if r is not None and r.relation == "update":
                change = "update"
            elif r is not None and r.status == "conflict":
                change = "conflict"
            elif prev.interval is not None and v.interval is not None:
                same_time = (prev.as_of or "")[:10] == (v.as_of or "")[:10]
                if relate(prev.interval, v.interval) == "disjoint":
                    change = "conflict" if same_time else "update"
                else:
                    change = "agree"
            else:
                change = r.status if r is not None else "agree"
            note = r.reason if r is not None else ""
            entries.append(TimelineEntry(v, change, note))
        prev = v
    return entries
