"""Joining pairwise matches into facts across many documents: one rule for `claimtrack diff`
of a folder and for the ledger's facts (claimtrack.ledger.aligned).

A match of diff (an `Edge` between two mentions, each (doc, kind, start, end)) is a link; facts
are the sets its agree and conflict links join, strongest first, under three constraints that
hold whatever chain of links runs between two mentions:

- two mentions diff called `related` (a different measure or event) are never one fact;
- two figures of one sentence are two facts ("60 monitors to the province and 15 to the
  border");
- a report's figure that diff finds equal to a mention and one it finds contradicting that
  same mention stay apart (`_two_figures`): the report states both.

An update (a figure that changed between dates) joins only when `follow_updates` (a
storyline). Pure: plain data in, groups of edge indices out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(slots=True)
class Edge:
    """One diff match between two mentions (doc, kind, start, end). Slotted: a ledger's first
    read holds one per match per document pair (hundreds of thousands at 1,000 documents)."""

    a: tuple
    b: tuple
    status: str
    relation: str
    about: str
    reason: str
    score: float
    texts: tuple  # (claim id, text) of a and of b
    also: tuple = ((), ())  # other spans of a's and of b's document stating the same: (start, end, text)


def _joins(e: Edge, follow_updates: bool) -> bool:
    if e.status in ("agree", "conflict"):
        return True
    return follow_updates and e.relation == "update"


def join(edges: Sequence[Edge], follow_updates: bool = False) -> list[list[int]]:
    """Facts of pairwise matches: groups of the indices of joining edges (agree or conflict, and
    updates when `follow_updates`), each group one fact, in the order of their first edge.

    Edges are united strongest first, refusing any union that would put two mentions diff
    called related (not an update) into one fact, two figures of one sentence, or a report's
    two figures that `_two_figures` keeps apart.

    Mentions are numbered once, and each set keeps its members, the mentions it may never hold
    and (figures) the sentences its members come from, merged smaller into larger: a union
    costs the smaller set's size, so large ledgers join in near-linear time."""
    ids: dict[tuple, int] = {}
    for e in edges:
        for k in (e.a, e.b):
            if k not in ids:
                ids[k] = len(ids)
    ea = [ids[e.a] for e in edges]
    eb = [ids[e.b] for e in edges]
    n = len(ids)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: list[set] = [{i} for i in range(n)]
    apart, sentence = _constraints(edges, ea, eb, n)
    # agree/conflict before updates, equal values before nested ones ("17 July" meets "July 17"
    # before "this year"), then by alignment score: the surest links decide first
    joining = sorted((k for k, e in enumerate(edges) if _joins(e, follow_updates)),
                     key=lambda k: (edges[k].relation == "update", edges[k].relation != "equal",
                                    -edges[k].score, edges[k].a, edges[k].b))
    for k in joining:
        ra, rb = find(ea[k]), find(eb[k])
        if ra == rb:
            continue
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        if not apart[ra].isdisjoint(members[rb]):
            continue
        # One sentence states a figure once: two of its figures are two facts ("60 monitors to
        # the province and 15 to the border"), whatever the other side's wording lets each meet.
        # (Not dates: a wire dateline and the event it reports share a sentence and a day.)
        if not sentence[ra].isdisjoint(sentence[rb]):
            continue
        parent[rb] = ra
        for table in (members, apart, sentence):
            table[ra] |= table[rb]
            table[rb] = set()
    by_root: dict[int, list[int]] = {}
    for k, (e, x, y) in enumerate(zip(edges, ea, eb)):
        if not _joins(e, follow_updates):
            continue
        ra = find(x)
        if ra == find(y):
            by_root.setdefault(ra, []).append(k)
    return list(by_root.values())


def _constraints(edges: Sequence[Edge], ea: list[int], eb: list[int], n: int) -> tuple[list, list]:
    """For each of `n` numbered mentions: the mentions it may never be one fact with (diff
    called them related, or `_two_figures`), and (figures) the sentence it comes from."""
    apart: list[set] = [set() for _ in range(n)]
    sentence: list[set] = [set() for _ in range(n)]  # (doc, claim id)
    for e, x, y in zip(edges, ea, eb):
        if e.status == "related" and e.relation != "update":
            apart[x].add(y)
            apart[y].add(x)
        if e.a[1] == "quantity":
            sentence[x].add((e.a[0], e.texts[0][0]))
            sentence[y].add((e.b[0], e.texts[1][0]))
    for x, y in _two_figures(edges, ea, eb):
        apart[x].add(y)
        apart[y].add(x)
    return apart, sentence


def _two_figures(edges: Sequence[Edge], ea: list[int], eb: list[int]) -> set:
    """Pairs of mentions of one report that are two facts by diff's own verdicts: a mention that
    agrees with one of them and contradicts the other ("112 cables" in B, "112 cables" and "36
    suspension cables" in A). The report states both, so it contradicts nothing by the second:
    the agreeing one is the mention's partner, and the contradicted one stays apart from it.
    Mentions are the numbers `join` gives them (`ea`, `eb`: each edge's two ends)."""
    agree: dict[tuple, set] = {}
    conflict: dict[tuple, set] = {}
    for e, x, y in zip(edges, ea, eb):
        if e.status == "agree":
            agree.setdefault((x, e.b[0]), set()).add(y)
            agree.setdefault((y, e.a[0]), set()).add(x)
        elif e.status == "conflict":
            conflict.setdefault((x, e.b[0]), set()).add(y)
            conflict.setdefault((y, e.a[0]), set()).add(x)
    out = set()
    for key, contradicted in conflict.items():
        agreeing = agree.get(key)
        if not agreeing:
            continue
        mine = key[0]
        for y in contradicted:
            out.add((mine, y))  # the contradiction is not this mention's
            out.update((x, y) for x in agreeing)
    return out
