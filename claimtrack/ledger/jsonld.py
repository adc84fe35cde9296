"""The ledger as JSON-LD with schema.org terms, for tools that read Claim/ClaimReview markup.

- each document is a schema:NewsArticle (name, url, datePublished, publisher);
- each actor is a node whose @id carries the ledger's actor id (`urn:claimtrack:actor:<id>`,
  also given as `identifier`): a Person, an Organization, a Country or a Place;
- each extracted claim (statements included) is a schema:Claim that `appearance`s in its
  article, or, for a quote, a schema:Quotation that `isPartOf` its article (schema.org defines
  `appearance` for Claim only) and is `spokenByCharacter` its speaker's actor node; both carry
  `mentions` (the actors they name) and their character offsets;
- each fact (the same thing stated by several sources) is a schema:Claim with every
  `appearance`, its `firstAppearance` and, for quotes, its `author` (the speaker's node);
- relations between claims (agrees, conflicts, refines, updates, sameQuote) and the offsets use
  claimtrack's own vocabulary (prefix `ct:`), since schema.org has no terms for them.

The context is inline (no network fetch is needed to read the file).
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import quote

from ..models import Claim, DocumentResult
from .facts import LedgerFact

CT_VOCAB = "https://claimtrack.github.io/ns#"

CONTEXT = {
    "@vocab": "https://schema.org/",
    "ct": CT_VOCAB,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "datePublished": {"@id": "https://schema.org/datePublished"},
    "appearance": {"@type": "@id"},
    "firstAppearance": {"@type": "@id"},
    "hasPart": {"@type": "@id"},
    "isPartOf": {"@type": "@id"},
    "mentions": {"@type": "@id"},
    "spokenByCharacter": {"@type": "@id"},
    "author": {"@type": "@id"},
    "startOffset": {"@id": "ct:startOffset", "@type": "xsd:integer"},
    "endOffset": {"@id": "ct:endOffset", "@type": "xsd:integer"},
    "status": {"@id": "ct:status"},
    "relation": {"@id": "ct:relation"},
    "claimKind": {"@id": "ct:claimKind"},
    "agrees": {"@id": "ct:agrees", "@type": "@id"},
    "conflicts": {"@id": "ct:conflicts", "@type": "@id"},
    "refines": {"@id": "ct:refines", "@type": "@id"},
    "updates": {"@id": "ct:updates", "@type": "@id"},
    "sameQuote": {"@id": "ct:sameQuote", "@type": "@id"},
    "relatedClaim": {"@id": "ct:relatedClaim", "@type": "@id"},
    "independentSources": {"@id": "ct:independentSources", "@type": "xsd:integer"},
}

#: Which ct: property names a relation between two claims.
RELATION_PROPERTY = {"equal": "agrees", "compatible": "agrees", "paraphrased": "agrees", "refines": "refines", "update": "updates",
                     "disjoint": "conflicts", "reworded": "conflicts", "other-speaker": "conflicts",
                     "polarity": "conflicts"}


def relation_property(kind: str, status: str, relation: str) -> str:
    """The ct: property for two claims: by the relation, but never `conflicts` for a pair whose
    status is not a conflict (a `related` reworded quote or polarity pair is only related)."""
    if kind == "quote" and status == "agree":
        return "sameQuote"
    prop = RELATION_PROPERTY.get(relation, "relatedClaim")
    return prop if prop != "conflicts" or status == "conflict" else "relatedClaim"


def doc_iri(result_or_sha: DocumentResult | str) -> str:
    sha = result_or_sha if isinstance(result_or_sha, str) else result_or_sha.document.sha256
    return f"urn:claimtrack:doc:{sha}"


def claim_iri(sha: str, claim_id: str) -> str:
    return f"urn:claimtrack:claim:{sha[:16]}:{claim_id}"


def actor_iri(actor_id: str) -> str:
    return f"urn:claimtrack:actor:{quote(actor_id, safe='')}"


#: schema.org classes for spaCy's entity types. A speaker or author must be a Person or an
#: Organization (the range of spokenByCharacter and author): a country or group that speaks is
#: typed Organization as well (its government or its spokespeople).
ACTOR_TYPES = {"PERSON": ["Person"], "ORG": ["Organization"], "NORP": ["Organization"],
               "GPE": ["Country"], "LOC": ["Place"]}


def _speaker_id(claim: Claim) -> Optional[str]:
    """The speaker's actor id; a speaker the actor list lacks gets an id from its name."""
    if claim.quote is None or not claim.quote.speaker:
        return None
    return claim.quote.speaker_id or "speaker-" + re.sub(r"\W+", "-", claim.quote.speaker.lower()).strip("-")


class _Actors:
    """The graph's actor nodes, one per actor id, whatever document named them."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}

    def add(self, actor_id: str, name: str, actor_type: Optional[str], aliases: list[str] = ()) -> str:
        node = self.nodes.get(actor_id)
        if node is None:
            node = self.nodes[actor_id] = {"@id": actor_iri(actor_id), "@type": list(ACTOR_TYPES.get(actor_type or "PERSON", ["Person"])),
                                           "identifier": actor_id, "name": name}
        extra = sorted({a for a in aliases if a != node["name"]} | set(node.get("alternateName", [])))
        if extra:
            node["alternateName"] = extra
        return node["@id"]

    def speaks(self, actor_id: str) -> None:
        types = self.nodes[actor_id]["@type"]
        if "Person" not in types and "Organization" not in types:
            types.append("Organization")

    def graph(self) -> list[dict]:
        return [{**n, "@type": n["@type"][0] if len(n["@type"]) == 1 else n["@type"]}
                for _, n in sorted(self.nodes.items())]


def _claim_node(result: DocumentResult, claim: Claim, actors: _Actors) -> dict:
    sha = result.document.sha256
    is_quote = claim.quote is not None
    node: dict = {
        "@id": claim_iri(sha, claim.id),
        "@type": "Quotation" if is_quote else "Claim",
        "text": claim.quote.text if is_quote else claim.text,
        ("isPartOf" if is_quote else "appearance"): doc_iri(sha),
        "claimKind": claim.kind,
        "startOffset": claim.quote.start if is_quote else claim.start,
        "endOffset": claim.quote.end if is_quote else claim.end,
    }
    known = {a.id for a in result.document.actors}
    mentioned = [actor_iri(a) for a in claim.actors if a in known]
    if mentioned:
        node["mentions"] = mentioned
    speaker = _speaker_id(claim)
    if speaker is not None:
        if speaker not in actors.nodes:
            actors.add(speaker, claim.quote.speaker, "PERSON")
        actors.speaks(speaker)
        node["spokenByCharacter"] = actor_iri(speaker)
    if result.document.published:
        node["dateCreated"] = result.document.published
    return node


def ledger_jsonld(results: list[DocumentResult], facts: list[LedgerFact]) -> dict:
    """One JSON-LD document (@context + @graph) for the ledger's current documents and facts."""
    by_doc = {r.document.doc: r for r in results}
    graph: list[dict] = []
    claim_nodes: dict[tuple[str, str], dict] = {}
    actors = _Actors()
    for r in results:
        for a in r.document.actors:
            actors.add(a.id, a.name, a.type, a.aliases)
    for r in results:
        info = r.document
        article = {"@id": doc_iri(r), "@type": "NewsArticle", "name": info.doc}
        if info.title:
            article["headline"] = info.title
        if info.url:
            article["url"] = info.url
        if info.published:
            article["datePublished"] = info.published
        if info.source:
            article["publisher"] = {"@type": "Organization", "name": info.source}
        graph.append(article)
        for c in r.claims:
            node = _claim_node(r, c, actors)
            claim_nodes[(info.doc, c.id)] = node
            graph.append(node)
    claims = {(r.document.doc, c.id): c for r in results for c in r.claims}
    for f in facts:
        members = []
        speakers = set()
        for v in f.versions:
            node = claim_nodes.get((v.doc, v.claim))
            if node is None:
                continue
            members.append(node["@id"])
            speaker = _speaker_id(claims[(v.doc, v.claim)])
            if speaker is not None:
                speakers.add(speaker)
        first = f.first
        fact_node = {
            "@id": f"urn:claimtrack:fact:{f.id}",
            "@type": "Claim",
            "name": f.about,
            "claimKind": f.kind,
            "status": f.status,
            "relation": f.relation,
            "appearance": sorted({doc_iri(by_doc[v.doc]) for v in f.versions if v.doc in by_doc}),
            "firstAppearance": doc_iri(by_doc[first.doc]) if first.doc in by_doc else None,
            "hasPart": members,
            "independentSources": f.independent,
        }
        if f.kind == "quote" and len(speakers) == 1:
            fact_node["author"] = actor_iri(speakers.pop())
        graph.append({k: v for k, v in fact_node.items() if v is not None})
        for rel in f.relations:
            a = next((v for v in f.versions if v.key == rel.a), None)
            b = next((v for v in f.versions if v.key == rel.b), None)
            if a is None or b is None:
                continue
            prop = relation_property(f.kind, rel.status, rel.relation)
            src = claim_nodes.get((a.doc, a.claim))
            dst = claim_nodes.get((b.doc, b.claim))
            if src is not None and dst is not None:
                src.setdefault(prop, [])
                if dst["@id"] not in src[prop]:
                    src[prop].append(dst["@id"])
    return {"@context": CONTEXT, "@graph": actors.graph() + graph}
