"""Facts across the ledger: claims grouped by what they state, with timelines and corroboration.

Filing a document stores its records; no other document is read, so filing costs the same
whatever the ledger holds. Reading
facts aligns the current documents pairwise with compare's diff (claimtrack.ledger.aligned: one
pair scorer for `diff` and the ledger) and joins the aligned mentions into facts with diff's
verdicts: a fact is the versions of one moment, and a storyline (`follow_updates`) also joins
updates, which is what a timeline shows. Nothing here talks SQL: it reads through the
LedgerStore protocol.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from ..models import Claim, DocumentResult
from ..tables import speech_verbs
from .store import AddOutcome, LedgerStore

_STATUS_ORDER = {"conflict": 2, "agree": 1, "related": 0}
_SPEECH_LEMMAS = frozenset().union(*speech_verbs())
#: What a figure's value is read from (compare.intervals.interval_of): its value, not its frame.
_ACCORDING_TO = re.compile(r"\baccording to\b", re.I)
_VALUE_FIELDS = {"start", "end", "text", "value", "low", "high", "qualifier", "unit", "currency", "period"}


def file_results(store: LedgerStore, results: Iterable[DocumentResult],
                 on_filed: Optional[Callable[[AddOutcome], None]] = None) -> list[AddOutcome]:
    """File documents, one transaction each; `on_filed` is told after each one.

    Each document's actor ids are first matched against the actors already in the ledger
    (actorids.identity): 'Trump' filed after 'Donald Trump' is `donald-trump`. The actors a
    document is matched against are those the ledger holds at that moment, one record per id
    (as `actor_records` reads them), whether the documents before it were filed in this run or
    in another: a run filing 1,000 copies of one story matches each against the story's
    actors once, not against a copy per document filed before it."""
    outcomes = []
    known = None
    filed: dict[str, dict] = {}  # actor id -> its record as the ledger now holds it
    for result in results:
        if known is None:
            known, filed = _known_actors(store)
        unify([result], known)
        outcome = store.add(result)
        if outcome.status != "unchanged":
            _remember(known, filed, result.document.actors)
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
    data: dict = field(default_factory=dict, repr=False)  # the figure's value fields, a date's ISO

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
    m = _ACCORDING_TO.search(claim.text)
    if (m or (claim.predicate and claim.predicate in _SPEECH_LEMMAS)) and claim.actors:
        people = {a.id: a for a in result.document.actors}
        for aid in claim.actors:
            actor = people.get(aid)
            if actor is not None and actor.type in ("PERSON", "ORG"):
                return aid, actor.name
    return f"outlet:{result.document.source or result.document.doc}", None


def _as_of(claim: Claim, result: DocumentResult) -> tuple[Optional[str], Optional[str]]:
    """The date a claim refers to: a date it states ("stated"), else its article's ("published").
    A figure's version takes its frame's as-of instead, and a date's its own value (`_version`)."""
    for d in claim.dates:
        if d.iso:
            return d.iso, "stated"
    if result.document.published:
        return result.document.published, "published"
    return None, None


def _known_actors(store: LedgerStore):
    from ..actorids.identity import KnownActors

    records = store.actor_records()
    return KnownActors(records), {r["id"]: r for r in records}


def _remember(known, filed: dict[str, dict], actors) -> None:
    """Record a filed document's actors as the ledger stores them: a new id once (its first
    name and type), a known id's new names added to its aliases."""
    for a in actors:
        names = {a.name, *a.aliases}
        rec = filed.get(a.id)
        if rec is None:
            rec = filed[a.id] = {"id": a.id, "name": a.name, "type": a.type, "aliases": sorted(names), "mentions": []}
        elif names <= set(rec["aliases"]):
            continue
        else:
            rec["aliases"] = sorted(set(rec["aliases"]) | names)
        known.extend([rec])  # KnownActors.relevant lists a record once, however often it is indexed


def unify(results: list, known) -> list:
    from ..actorids.identity import unify as _unify

    return _unify(results, known)


def current_results(store: LedgerStore) -> dict[str, DocumentResult]:
    """The ledger's current documents, by name (for filters by actor and for JSON-LD), with one
    actor id per entity over all of them (a fuller name filed later renames earlier short ones)."""
    return {r.document.doc: r for r in unify(list(store.results()), ())}


def build_facts(store: LedgerStore, *, follow_updates: bool = False,
                results: Optional[dict[str, DocumentResult]] = None) -> list[LedgerFact]:
    """The ledger's facts (or storylines, with follow_updates): the mentions `diff` aligns across
    the current documents, with diff's verdicts (claimtrack.ledger.aligned).

    `results`: the current documents by name (`current_results`), when the caller has them."""
    from .aligned import align

    if results is None:
        results = current_results(store)
    claims: dict[str, dict] = {}  # doc -> claim id -> claim, built when first needed
    facts = [_fact(f, results, claims) for f in align(list(results.values()), follow_updates=follow_updates,
                                                      store=store)]
    facts.sort(key=lambda f: (-_STATUS_ORDER[f.status], -len(f.versions), f.about, f.id))
    return facts


def _fact(aligned, results: dict[str, DocumentResult], claims: dict[str, dict]) -> LedgerFact:
    """A LedgerFact of one aligned fact: each mention a Version, each match a Relation."""
    def claims_of(doc: str) -> dict:
        if doc not in claims:
            claims[doc] = {c.id: c for c in reversed(results[doc].claims)}  # the first of an id
        return claims[doc]

    versions = sorted((_version(m, results[m[0]], claims_of(m[0])) for m in aligned.mentions),
                      key=lambda v: (v.as_of or "9999", v.doc, v.start, v.end))
    # the id comes from the fact's own mentions (each is one fact's), not from a restatement
    # (`also`: a headline repeating a figure) that two facts of one document's figure may list
    keys = sorted((m[0], m[2], m[3]) for m in aligned.mentions if m[4]) or sorted(v.key for v in versions)
    fid = "f-" + hashlib.blake2b(repr(keys[0]).encode(), digest_size=5).hexdigest()
    relations = [Relation((e.a[0], e.a[2], e.a[3]), (e.b[0], e.b[2], e.b[3]), e.status, e.relation, e.reason)
                 for e in aligned.edges]
    return LedgerFact(id=fid, kind=aligned.kind, status=aligned.status, relation=aligned.relation,
                      about=aligned.about, versions=versions, relations=relations)


def _version(mention: tuple, result: DocumentResult, by_id: dict) -> Version:
    doc, kind, start, end, claim_id, text = mention
    # a span diff lists as the same figure stated again has no claim id: the claim holding it
    claim = by_id.get(claim_id) or next(
        c for c in result.claims if c.start <= start and end <= c.end)
    claim_id = claim.id
    as_of, as_of_source = _as_of(claim, result)
    origin, speaker = _origin(claim, result)
    data: dict = {"about": "", "origin": origin, "speaker": speaker}
    low = high = interval = None
    if kind == "quantity":
        q = next((q for q in claim.quantities if q.start == start and q.end == end), None)
        if q is not None:
            from ..compare.intervals import interval_of

            interval = interval_of(q)
            low = high = q.value
            if q.value is None:
                low, high = q.low, q.high
            low = float(low) if low is not None else None
            high = float(high) if high is not None else None
            data["quantity"] = q.model_dump(mode="json", include=_VALUE_FIELDS)
            if q.frame is not None and q.frame.as_of:
                # the date governing the figure's own clause (the frame, from the parse), not
                # the sentence's first date: "80 jobs went in 2019 and 200 go in 2027"
                as_of, as_of_source = q.frame.as_of, q.frame.as_of_source
    elif kind == "date":
        d = next((d for d in claim.dates if d.start == start and d.end == end), None)
        if d is not None:
            data["iso"] = d.iso
            if d.iso:  # a date refers to itself, not to the sentence's first date
                as_of, as_of_source = d.iso, "stated"
    info = result.document
    return Version(doc=doc, claim=claim_id, start=start, end=end, text=text, sentence=claim.text,
                   as_of=as_of, as_of_source=as_of_source, published=info.published, source=info.source,
                   url=info.url, origin=origin, low=low, high=high, interval=interval, speaker=speaker, data=data)


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
