"""Facts across the ledger from compare's pairwise alignment: the one pair scorer of `diff`.

A ledger fact is the mentions that `claimtrack diff` aligns across the ledger's documents,
with diff's verdicts. Reading facts:

1. **Blocks documents by story**, never by values: two documents are compared when their most
   frequent content words overlap (compare.pair.STORY_MIN, the level diff itself uses for
   conflicts), each with at most `NEIGHBOURS` others, its closest by that overlap. Documents with
   the same extracted content (a wire story filed under several names) are compared once.
2. **Aligns each pair with `compare.diff_pair`**, which decides which mentions are one fact before
   it reads their values (counterfactual invariance) and then judges them.
3. **Joins aligned mentions into facts**, strongest alignment first: an agree or conflict match
   joins its two mentions' facts unless diff said `related` (a different measure or event) of
   some mention of one and some mention of the other. Related pairs are never one fact, however
   a chain of matches runs; nor are two figures of one sentence, nor a report's figure that diff
   finds equal to a mention and one it finds contradicting that mention (`_two_figures`). An update (a figure that changed between dates) joins only a
   storyline (`follow_updates`, what `timeline` reads).

A fact's status is its matches' worst (conflict over agree); its relations are those matches.
Everything is a function of the documents' records: the order they were filed in changes
nothing. Pure: takes DocumentResults, no store.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Sequence

from ..models import DocumentResult

#: Each document is compared with at most this many others (its closest by story words, ties by
#: name). A fact stated by many reports is still one: every report meets its closest ones and
#: facts join through them. It bounds reading a ledger at documents x NEIGHBOURS comparisons
#: where one story holds thousands of reports (the number of outlets a desk follows on one
#: story is a few dozen, so ordinary ledgers compare every pair of a story).
NEIGHBOURS = 10

STATUS_ORDER = {"conflict": 2, "agree": 1, "related": 0}


@dataclass
class Edge:
    """One diff match between two mentions (doc, kind, start, end)."""

    a: tuple
    b: tuple
    status: str
    relation: str
    about: str
    reason: str
    score: float
    texts: tuple  # (claim id, text) of a and of b
    also: tuple = ((), ())  # other spans of a's and of b's document stating the same: (start, end, text)


@dataclass
class AlignedFact:
    kind: str
    status: str
    relation: str
    about: str
    mentions: list  # (doc, kind, start, end, claim id, text), sorted
    edges: list = field(default_factory=list)


def _content(result: DocumentResult) -> str:
    """What diff reads of a document, digested: documents with equal digests align alike."""
    doc = result.document
    payload = json.dumps([doc.published, [a.model_dump(mode="json") for a in doc.actors],
                          [c.model_dump(mode="json") for c in result.claims]], sort_keys=True)
    return hashlib.blake2b(payload.encode(), digest_size=12).hexdigest()


def compared_pairs(stories: Sequence[frozenset], neighbours: int = NEIGHBOURS) -> list[tuple[int, int]]:
    """Index pairs (i < j) of the contents to compare: those sharing a story, each content with
    at most `neighbours` others (its closest by story-word overlap; ties by index). Candidate
    pairs come from an index of story words, so contents with no word in common cost nothing."""
    from ..compare.context import jaccard
    from ..compare.pair import STORY_MIN

    by_term: dict[str, list[int]] = {}
    for i, terms in enumerate(stories):
        for t in terms:
            by_term.setdefault(t, []).append(i)
    close: list[list[tuple[float, int]]] = [[] for _ in stories]
    for i, terms in enumerate(stories):
        seen = {j for t in terms for j in by_term[t] if j > i}
        for j in seen:
            score = jaccard(terms, stories[j])
            if score >= STORY_MIN:
                close[i].append((score, j))
                close[j].append((score, i))
    chosen: set[tuple[int, int]] = set()
    for i, row in enumerate(close):
        for _score, j in sorted(row, key=lambda x: (-x[0], x[1]))[:neighbours]:
            chosen.add((min(i, j), max(i, j)))
    return sorted(chosen)


def align(results: Sequence[DocumentResult], *, follow_updates: bool = False,
          neighbours: int = NEIGHBOURS) -> list[AlignedFact]:
    """The facts of these documents: mentions joined by diff's agree/conflict matches (and,
    with follow_updates, its updates), never joining two mentions diff called related."""
    from ..compare import diff_pair, prepare

    results = sorted(results, key=lambda r: r.document.doc)
    contents: dict[str, list[DocumentResult]] = {}
    for r in results:
        contents.setdefault(_content(r), []).append(r)
    groups = list(contents.values())  # each: the documents of one content, by name
    prepared = [prepare(g[0]) for g in groups]
    pairs = compared_pairs([p.story for p in prepared], neighbours)
    pairs += [(i, i) for i, g in enumerate(groups) if len(g) > 1]  # copies state the same

    edges: list[Edge] = []
    for i, j in pairs:
        report = diff_pair(prepared[i], prepared[j])
        for a_doc, b_doc in _doc_pairs(groups[i], groups[j], i == j):
            for m in report.matches:
                if i == j and m.a.start == m.b.start and m.a.end == m.b.end:
                    pass  # a copy's mention with the same mention of another copy: kept
                elif i == j:
                    continue  # two mentions of one content: its copies say nothing new of them
                edges.append(Edge((a_doc, m.kind, m.a.start, m.a.end), (b_doc, m.kind, m.b.start, m.b.end),
                                  m.status, m.relation, m.about, m.reason, m.score,
                                  ((m.a.claim, m.a.text), (m.b.claim, m.b.text)),
                                  (_also(m.a), _also(m.b))))
    return _join(edges, follow_updates)


def _also(side) -> tuple:
    return tuple((x.start, x.end, x.text) for x in (getattr(side, "also", None) or ()))


def _doc_pairs(gi: list, gj: list, same: bool) -> list[tuple[str, str]]:
    """The document pairs a content pair's matches stand for: every copy of one content with the
    first copy of the other (and the copies of one content with its first), which joins them all."""
    if same:
        return [(gi[0].document.doc, r.document.doc) for r in gi[1:]]
    return [(a.document.doc, gj[0].document.doc) for a in gi] + [(gi[0].document.doc, b.document.doc) for b in gj[1:]]


def _joins(e: Edge, follow_updates: bool) -> bool:
    if e.status in ("agree", "conflict"):
        return True
    return follow_updates and e.relation == "update"


def _join(edges: list[Edge], follow_updates: bool) -> list[AlignedFact]:
    """Union the joining edges, strongest first, refusing any union that would put two mentions
    diff called related (not an update) into one fact."""
    from ..compare.groups import DisjointSet

    sets = DisjointSet()
    apart: dict[tuple, set] = {}  # root -> mentions it may never hold together with
    members: dict[tuple, set] = {}
    for e in edges:
        for k in (e.a, e.b):
            root = sets.find(k)
            members.setdefault(root, {k})
        if e.status == "related" and e.relation != "update":
            apart.setdefault(e.a, set()).add(e.b)
            apart.setdefault(e.b, set()).add(e.a)
    for x, y in _two_figures(edges):
        apart.setdefault(x, set()).add(y)
        apart.setdefault(y, set()).add(x)
    # agree/conflict before updates, equal values before nested ones ("17 July" meets "July 17"
    # before "this year"), then by alignment score: the surest links decide first
    joining = sorted((e for e in edges if _joins(e, follow_updates)),
                     key=lambda e: (e.relation == "update", e.relation != "equal", -e.score, e.a, e.b))
    claim_of = {k: t[0] for e in edges for k, t in ((e.a, e.texts[0]), (e.b, e.texts[1]))}
    for e in joining:
        ra, rb = sets.find(e.a), sets.find(e.b)
        if ra == rb:
            continue
        ma, mb = members[ra], members[rb]
        if any(apart.get(k, set()) & mb for k in ma):
            continue
        # One sentence states a figure once: two of its figures are two facts ("60 monitors to
        # the province and 15 to the border"), whatever the other side's wording lets each meet.
        # (Not dates: a wire dateline and the event it reports share a sentence and a day.)
        if e.a[1] == "quantity" and {(k[0], claim_of[k]) for k in ma} & {(k[0], claim_of[k]) for k in mb}:
            continue
        sets.union(ra, rb)
        root = sets.find(ra)
        members[root] = ma | mb
    by_root: dict[tuple, list[Edge]] = {}
    for e in edges:
        if not _joins(e, follow_updates):
            continue
        ra, rb = sets.find(e.a), sets.find(e.b)
        if ra == rb:
            by_root.setdefault(ra, []).append(e)
    facts = []
    for root, es in by_root.items():
        texts: dict[tuple, tuple] = {}
        for e in es:
            texts[e.a], texts[e.b] = e.texts
            # where a document states the same figure again (a headline, a conversion in
            # parentheses): versions of the fact too, without a claim id of their own
            for (doc, kind, _s, _e), spans in ((e.a, e.also[0]), (e.b, e.also[1])):
                for start, end, text in spans:
                    texts.setdefault((doc, kind, start, end), ("", text))
        mentions = sorted(k + v for k, v in texts.items())  # every joined mention is an edge's end
        if len({m[0] for m in mentions}) < 2:
            continue
        worst = max(es, key=lambda e: (_weight(e), e.score, e.about))
        best = max(es, key=lambda e: (e.score, e.about))
        facts.append(AlignedFact(kind=mentions[0][1], status=worst.status, relation=worst.relation,
                                 about=best.about, mentions=mentions, edges=es))
    return facts


def _two_figures(edges: list[Edge]) -> set:
    """Pairs of mentions of one report that are two facts by diff's own verdicts: a mention that
    agrees with one of them and contradicts the other ("112 cables" in B, "112 cables" and "36
    suspension cables" in A). The report states both, so it contradicts nothing by the second:
    the agreeing one is the mention's partner, and the contradicted one stays apart from it."""
    verdicts: dict[tuple, dict[str, set]] = {}
    for e in edges:
        if e.status in ("agree", "conflict"):
            for mine, other in ((e.a, e.b), (e.b, e.a)):
                verdicts.setdefault((mine, other[0]), {}).setdefault(e.status, set()).add(other)
    out = set()
    for (mine, _doc), by_status in verdicts.items():
        for y in by_status.get("conflict", ()):
            if by_status.get("agree"):
                out.add((mine, y))  # the contradiction is not this mention's
                out |= {(x, y) for x in by_status["agree"]}
    return out


def _weight(e: Edge) -> float:
    """A fact's verdict is its worst match: a conflict over an agreement, an update (a changed
    figure, not a contradiction) between the two."""
    return 0.5 if e.relation == "update" else STATUS_ORDER[e.status]
