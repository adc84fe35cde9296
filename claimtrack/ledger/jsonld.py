"""The ledger as JSON-LD with schema.org terms, for tools that read Claim/ClaimReview markup.

- each document is a schema:NewsArticle (name, url, datePublished, publisher);
- each extracted claim is a schema:Claim (or schema:Quotation for quotes, with
  spokenByCharacter) that `appearance`s in its article, with its character offsets;
- each fact (the same thing stated by several sources) is a schema:Claim with every
  `appearance`, its `firstAppearance` and, for quotes, its `author`;
- relations between claims (agrees, conflicts, refines, updates, sameQuote) and the offsets use
  claimtrack's own vocabulary (prefix `ct:`), since schema.org has no terms for them.

The context is inline (no network fetch is needed to read the file).
"""

from __future__ import annotations

from typing import Optional

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


def doc_iri(result_or_sha: DocumentResult | str) -> str:
    sha = result_or_sha if isinstance(result_or_sha, str) else result_or_sha.document.sha256
    return f"urn:claimtrack:doc:{sha}"


def claim_iri(sha: str, claim_id: str) -> str:
    return f"urn:claimtrack:claim:{sha[:16]}:{claim_id}"


def _agent(name: str, actor_type: Optional[str]) -> dict:
    return {"@type": "Person" if actor_type in (None, "PERSON") else "Organization", "name": name}


def _claim_node(result: DocumentResult, claim: Claim) -> dict:
    sha = result.document.sha256
    node: dict = {
        "@id": claim_iri(sha, claim.id),
        "@type": "Quotation" if claim.quote is not None else "Claim",
        "text": claim.quote.text if claim.quote is not None else claim.text,
        "appearance": doc_iri(sha),
        "claimKind": claim.kind,
        "startOffset": claim.quote.start if claim.quote is not None else claim.start,
        "endOffset": claim.quote.end if claim.quote is not None else claim.end,
    }
    if claim.quote is not None and claim.quote.speaker:
        types = {a.id: a.type for a in result.document.actors}
        node["spokenByCharacter"] = _agent(claim.quote.speaker, types.get(claim.quote.speaker_id or ""))
    if result.document.published:
        node["dateCreated"] = result.document.published
    return node


def ledger_jsonld(results: list[DocumentResult], facts: list[LedgerFact]) -> dict:
    """One JSON-LD document (@context + @graph) for the ledger's current documents and facts."""
    by_doc = {r.document.doc: r for r in results}
    graph: list[dict] = []
    claim_nodes: dict[tuple[str, str], dict] = {}
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
            if c.kind == "statement":
                continue
            node = _claim_node(r, c)
            claim_nodes[(info.doc, c.id)] = node
            graph.append(node)
    for f in facts:
        members = []
        for v in f.versions:
            r = by_doc.get(v.doc)
            if r is None:
                continue
            node = claim_nodes.get((v.doc, v.claim))
            if node is None:  # a statement claim that is part of a fact
                claim = next((c for c in r.claims if c.id == v.claim), None)
                if claim is None:
                    continue
                node = claim_nodes[(v.doc, v.claim)] = _claim_node(r, claim)
                graph.append(node)
            members.append(node["@id"])
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
        speakers = {v.speaker for v in f.versions if v.speaker}
        if f.kind == "quote" and len(speakers) == 1:
            fact_node["author"] = _agent(speakers.pop(), None)
        graph.append({k: v for k, v in fact_node.items() if v is not None})
        for rel in f.relations:
            a = next((v for v in f.versions if v.key == rel.a), None)
            b = next((v for v in f.versions if v.key == rel.b), None)
            if a is None or b is None:
                continue
            prop = "sameQuote" if f.kind == "quote" and rel.status == "agree" else RELATION_PROPERTY.get(rel.relation, "relatedClaim")
            src = claim_nodes.get((a.doc, a.claim))
            dst = claim_nodes.get((b.doc, b.claim))
            if src is not None and dst is not None:
                src.setdefault(prop, [])
                if dst["@id"] not in src[prop]:
                    src[prop].append(dst["@id"])
    return {"@context": CONTEXT, "@graph": graph}
