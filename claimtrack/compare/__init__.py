"""Comparing sources: where two or more documents agree, conflict, or are merely related.

>>> from claimtrack.compare import diff_pair, diff_many      # doctest: +SKIP
>>> report = diff_pair(result_a, result_b)                    # doctest: +SKIP
>>> report.model_dump(mode="json", by_alias=True)             # the CONTRACT.md diff JSON
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING, Sequence

from ..lazy import lazy_names

if TYPE_CHECKING:
    from ..models import DocumentResult
    from ..models.diff import DiffReport, Match, MultiDiffReport

__all__ = ["diff_pair", "diff_many", "prepare", "Prepared", "DiffReport", "MultiDiffReport", "Match", "Side", "Fact", "Version",
           "DIFF_SCHEMA", "DIFF_MANY_SCHEMA"]

#: The names this package hands out and the module each comes from, imported on first use
#: (PEP 562): the extraction pipeline reads two small modules of this package (`units` for a
#: figure's measure, `statements.lexicon` for a verb's lemma), and importing a submodule runs
#: this file first; importing the diff engine here cost every extraction process about 0.13 s
#: of CPU (a third of a second under `-X importtime`) for code it never runs.
_LAZY = {"diff_pair": ".pair", "prepare": ".pair", "Prepared": ".pair",
         **{name: "..models.diff" for name in ("DIFF_MANY_SCHEMA", "DIFF_SCHEMA", "DiffReport", "Fact", "Match",
                                               "MultiDiffReport", "Side", "Version")}}


#: `diff_pair`, `prepare`, the diff models: imported when first asked for, then kept here (so a
#: test's monkeypatch of `compare.diff_pair` is what `diff_many` calls, as before)
__getattr__ = lazy_names(__name__, _LAZY, globals())


def _api(name: str):
    """A name of this package as `compare.<name>` reads it (a patched one included)."""
    return globals()[name] if name in globals() else __getattr__(name)

#: Statuses by weight: a group of matches takes its worst (conflict over agree over related).
STATUS_ORDER = {"conflict": 2, "agree": 1, "related": 0}


def diff_many(results: Sequence[DocumentResult]) -> MultiDiffReport:
    """Facts stated by two or more sources, grouped, with each source's version.

    Every pair of documents is diffed (`pairs`); the matches of two reports of one story join
    their mentions into facts, agree and conflict matches by the ledger's rule (compare.join: strongest first, never joining two mentions diff
    called related, two figures of one sentence, or, of a report's two mentions one agrees with and
    one contradicts, the one that is not its partner), and each related match is a pair of its own. A fact is a conflict when any
    two of its versions conflict.
    """
    from .join import Edge, join, stated_numbers

    from .pair import one_story

    from ..models.diff import Fact, MultiDiffReport, Version

    prepare, diff_pair = _api("prepare"), _api("diff_pair")
    results = list(results)
    prepared = [prepare(r) for r in results]  # each document once, not once per pair
    pairs = [diff_pair(a, b) for a, b in combinations(prepared, 2)]
    # Facts join reports of one story only (their most frequent words overlap, as for diff's
    # conflicts and the ledger's blocking): two articles on different events that both give
    # "at least nine people" state two facts, not one.
    same_story = [one_story(a.story, b.story) for a, b in combinations(prepared, 2)]

    versions: dict[tuple, Version] = {}
    edges: list[Edge] = []
    matches: list[tuple[Match, DiffReport]] = []
    for report, story in zip(pairs, same_story):
        if not story:
            continue
        for m in report.matches:
            ka = (report.a, m.kind, m.a.start, m.a.end)
            kb = (report.b, m.kind, m.b.start, m.b.end)
            versions[ka] = Version(doc=report.a, claim=m.a.claim, start=m.a.start, end=m.a.end, text=m.a.text)
            versions[kb] = Version(doc=report.b, claim=m.b.claim, start=m.b.start, end=m.b.end, text=m.b.text)
            edges.append(Edge(ka, kb, m.status, m.relation, m.about, m.reason, m.score,
                              ((m.a.claim, m.a.text), (m.b.claim, m.b.text))))
            matches.append((m, report))

    group_of = {k: g for g, ks in enumerate(join(edges, numbers=stated_numbers(results))) for k in ks}
    groups: dict[object, dict] = {}
    for k, e in enumerate(edges):
        if e.status == "related":
            root = ("related", k)
        elif k in group_of:
            root = group_of[k]
        else:
            continue  # a match the join refused: its mentions are not one fact
        g = groups.setdefault(root, {"keys": [], "matches": []})
        for key in (e.a, e.b):
            if key not in g["keys"]:
                g["keys"].append(key)
        g["matches"].append(matches[k])

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
