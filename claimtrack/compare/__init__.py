"""Comparing sources: where two or more documents agree, conflict, or are merely related.

>>> from claimtrack.compare import diff_pair, diff_many      # doctest: +SKIP
>>> report = diff_pair(result_a, result_b)                    # doctest: +SKIP
>>> report.model_dump(mode="json", by_alias=True)             # the CONTRACT.md diff JSON
"""

from __future__ import annotations

from itertools import combinations
from typing import Sequence

from ..models import DocumentResult
from .pair import Prepared, diff_pair, prepare
from .groups import DisjointSet
from .report import DIFF_MANY_SCHEMA, DIFF_SCHEMA, DiffReport, Fact, Match, MultiDiffReport, Side, Version

__all__ = ["diff_pair", "diff_many", "prepare", "Prepared", "DiffReport", "MultiDiffReport", "Match", "Side", "Fact", "Version",
           "DIFF_SCHEMA", "DIFF_MANY_SCHEMA"]

#: Statuses by weight: a group of matches takes its worst (conflict over agree over related).
STATUS_ORDER = {"conflict": 2, "agree": 1, "related": 0}


def diff_many(results: Sequence[DocumentResult]) -> MultiDiffReport:
    """Facts stated by two or more sources, grouped, with each source's version.

    Every pair of documents is diffed; mentions joined by an agree or conflict match are one
    fact (related pairs stay pairs of their own). A fact is a conflict when any two of its
    versions conflict.
    """
    results = list(results)
    prepared = [prepare(r) for r in results]  # each document once, not once per pair
    pairs = [diff_pair(a, b) for a, b in combinations(prepared, 2)]
    groups_of = DisjointSet()
    find = groups_of.find

    versions: dict[tuple, Version] = {}
    edges: list[tuple[tuple, tuple, Match, DiffReport]] = []
    for report in pairs:
        for m in report.matches:
            ka = (report.a, m.kind, m.a.start, m.a.end)
            kb = (report.b, m.kind, m.b.start, m.b.end)
            versions[ka] = Version(doc=report.a, claim=m.a.claim, start=m.a.start, end=m.a.end, text=m.a.text)
            versions[kb] = Version(doc=report.b, claim=m.b.claim, start=m.b.start, end=m.b.end, text=m.b.text)
            if m.status == "related":
                edges.append((ka, kb, m, report))
                continue
            groups_of.union(ka, kb)
            edges.append((ka, kb, m, report))

    groups: dict[tuple, dict] = {}
    for ka, kb, m, report in edges:
        root = find(ka) if m.status != "related" else ("related", ka, kb)
        g = groups.setdefault(root, {"keys": [], "matches": []})
        for k in (ka, kb):
            if k not in g["keys"]:
                g["keys"].append(k)
        g["matches"].append((m, report))

    facts = []
    for g in groups.values():
        ms = [m for m, _ in g["matches"]]
        worst = max(ms, key=lambda m: (STATUS_ORDER[m.status], m.score))
        docs = {k[0] for k in g["keys"]}
        if len(docs) < 2:
            continue
        facts.append(Fact(
            status=worst.status, relation=worst.relation, about=worst.about, kind=worst.kind,
            versions=[versions[k] for k in sorted(g["keys"], key=lambda k: (k[0], k[2]))],
            reasons=[f"{r.a} ~ {r.b}: {m.status}/{m.relation}: {m.reason}" for m, r in g["matches"]],
        ))
    facts.sort(key=lambda f: (-STATUS_ORDER[f.status], -len(f.versions), f.versions[0].doc, f.versions[0].start))
    return MultiDiffReport(documents=[r.document.doc for r in results], facts=facts, pairs=pairs)
