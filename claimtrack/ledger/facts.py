"""Facts across the ledger: claims grouped by what they state, with timelines and corroboration.

Adding a document diffs it (claimtrack.compare.diff_pair) against every current document and
stores the matches. A fact is a connected group of mentions joined by agree/conflict matches;
a storyline also follows `update` links (the same measure at different dates), which is what a
timeline shows. Nothing here talks SQL: it reads and writes through the LedgerStore protocol.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..compare import STATUS_ORDER as _STATUS_ORDER
from ..compare.groups import DisjointSet
from ..models import Claim, DocumentResult
from ..tables import speech_verbs
from .store import AddOutcome, LedgerStore

_SPEECH_LEMMAS = frozenset().union(*speech_verbs())


def file_results(store: LedgerStore, results: Iterable[DocumentResult]) -> list[AddOutcome]:
    """Add documents and diff each new or changed one against the current ledger."""
    from ..compare import diff_pair, prepare

    current = {name: prepare(r) for name, r in current_results(store).items()}
    outcomes = []
    for result in results:
        outcome = store.add(result)
        outcomes.append(outcome)
        if outcome.status == "unchanged":
            continue
        name = result.document.doc
        current.pop(name, None)
        new = prepare(result)
        for other_name in sorted(current):
            a, b = (current[other_name], new) if other_name < name else (new, current[other_name])
            report = diff_pair(a, b)
            if report.matches:
                store.add_matches(a.result.document.doc, b.result.document.doc, report.matches)
        current[name] = new
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


def _version(result: DocumentResult, claim: Claim, start: int, end: int, text: str) -> Version:
    as_of, as_of_source = None, None
    for d in claim.dates:
        if d.iso:
            as_of, as_of_source = d.iso, "stated"
            break
    if as_of is None and result.document.published:
        as_of, as_of_source = result.document.published, "published"
    origin, speaker = _origin(claim, result)
    from ..compare.intervals import interval_of

    low = high = interval = None
    for q in claim.quantities:
        if q.start == start and q.end == end:
            interval = interval_of(q)
            if q.value is not None:
                low = high = float(q.value)
            else:
                low = float(q.low) if q.low is not None else None
                high = float(q.high) if q.high is not None else None
    info = result.document
    return Version(doc=info.doc, claim=claim.id, start=start, end=end, text=text, sentence=claim.text,
                   as_of=as_of, as_of_source=as_of_source, published=info.published, source=info.source,
                   url=info.url, origin=origin, low=low, high=high, interval=interval, speaker=speaker)


def current_results(store: LedgerStore) -> dict[str, DocumentResult]:
    """The ledger's current documents, by name: load once, pass to build_facts and select_facts."""
    return {r.document.doc: r for r in store.results()}


def build_facts(store: LedgerStore, *, follow_updates: bool = False,
                results: Optional[dict[str, DocumentResult]] = None) -> list[LedgerFact]:
    """Group the ledger's matched mentions into facts (or storylines, with follow_updates)."""
    results = results if results is not None else current_results(store)
    claims = {(doc, c.id): c for doc, r in results.items() for c in r.claims}
    groups_of = DisjointSet()
    find = groups_of.find

    versions: dict[tuple, Version] = {}
    edges: list[tuple[tuple, tuple, dict]] = []
    for m in store.matches():
        joins = m["status"] != "related" or (follow_updates and m["relation"] == "update")
        ends = []
        for side in ("a", "b"):
            doc, cid = m[side], m[f"{side}_claim"]
            claim = claims.get((doc, cid))
            if claim is None:
                break
            key = (doc, m[f"{side}_start"], m[f"{side}_end"])
            if key not in versions:
                versions[key] = _version(results[doc], claim, key[1], key[2], m[f"{side}_text"])
            ends.append(key)
        if len(ends) != 2:
            continue
        if joins:
            groups_of.union(ends[0], ends[1])
            edges.append((ends[0], ends[1], m))

    groups: dict[tuple, list] = defaultdict(list)
    for a, b, m in edges:
        groups[find(a)].append((a, b, m))
    facts = []
    for members in groups.values():
        keys = sorted({k for a, b, _ in members for k in (a, b)})
        if len({k[0] for k in keys}) < 2:
            continue
        worst = max((m for _, _, m in members), key=lambda m: (_STATUS_ORDER[m["status"]] if m["relation"] != "update" else 0.5, m["score"]))
        fid = "f-" + hashlib.blake2b(repr(keys[0]).encode(), digest_size=5).hexdigest()
        facts.append(LedgerFact(
            id=fid, kind=worst["kind"], status=worst["status"], relation=worst["relation"], about=worst["about"],
            versions=sorted((versions[k] for k in keys), key=lambda v: (v.as_of or "9999", v.doc, v.start)),
            relations=[Relation(a, b, m["status"], m["relation"], m["reason"]) for a, b, m in members],
        ))
    facts.sort(key=lambda f: (-_STATUS_ORDER[f.status], -len(f.versions), f.about, f.id))
    return facts


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
