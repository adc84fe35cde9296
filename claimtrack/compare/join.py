"""Joining pairwise matches into facts across many documents: one rule for `claimtrack diff`
of a folder and for the ledger's facts (claimtrack.ledger.aligned).

A match of diff (an `Edge` between two mentions, each (doc, kind, start, end)) is a link; facts
are the sets its agree and conflict links join, strongest first, under three constraints that
hold whatever chain of links runs between two mentions:

- two mentions diff called `related` (a different measure or event) are never one fact;
- two figures of one sentence are two facts ("60 monitors to the province and 15 to the
  border");
- where a mention agrees with one mention of a report and contradicts another, one of the two is
  its partner and the other stays apart (`_two_figures`): the one stating its very number (the
  report states both, so it contradicts nothing), else the one diff aligned more strongly;
- two clauses that state figures diff finds to be one measure at two moments (an update) are
  two events (`_clauses_of_other_figures`), however alike their verbs.

An update (a figure that changed between dates) joins only when `follow_updates` (a
storyline). Pure: plain data in, groups of edge indices out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence


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


def stated_numbers(results) -> dict[tuple, tuple]:
    """(doc, "quantity", start, end) -> the number a figure states, (value, low, high) as its
    record gives it, qualifier left out: "about 6,500" and "6,500" state one number, "more than
    21,300" and "24,000" two. For `join` to know which agreeing figures state the same value."""
    out = {}
    for r in results:
        for c in r.claims:
            for q in c.quantities:
                if q.value is not None or q.low is not None or q.high is not None:
                    out[(r.document.doc, "quantity", q.start, q.end)] = (q.value, q.low, q.high)
    return out


def join(edges: Sequence[Edge], follow_updates: bool = False, numbers: Optional[dict] = None) -> list[list[int]]:
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
    apart, sentence = _constraints(edges, ea, eb, n, numbers or {})
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


def _constraints(edges: Sequence[Edge], ea: list[int], eb: list[int], n: int, numbers: dict) -> tuple[list, list]:
    """For each of `n` numbered mentions: the mentions it may never be one fact with (diff
    called them related, `_two_figures`, `_clauses_of_other_figures`), and (figures) the
    sentence it comes from."""
    apart: list[set] = [set() for _ in range(n)]
    sentence: list[set] = [set() for _ in range(n)]  # (doc, claim id)
    for e, x, y in zip(edges, ea, eb):
        if e.status == "related" and e.relation != "update":
            apart[x].add(y)
            apart[y].add(x)
        if e.a[1] == "quantity":
            sentence[x].add((e.a[0], e.texts[0][0]))
            sentence[y].add((e.b[0], e.texts[1][0]))
    for x, y in _two_figures(edges, ea, eb, numbers) | _clauses_of_other_figures(edges, ea, eb):
        apart[x].add(y)
        apart[y].add(x)
    return apart, sentence


def _inside(inner: tuple, outer: tuple) -> bool:
    return inner[0] == outer[0] and outer[2] <= inner[2] and inner[3] <= outer[3]


def _clauses_of_other_figures(edges: Sequence[Edge], ea: list[int], eb: list[int]) -> set:
    """Pairs of clauses (statement mentions) that state figures diff finds to be one measure at
    two moments (an update) and no figure it finds one fact: "the plant cut 120 jobs in 2021" /
    "the plant will cut 300 jobs this year". A clause stating a figure is about that figure at
    its moment, so such clauses tell two events however alike their verbs, and their agreement
    must not put the two figures into one fact. (Figures diff finds to be other measures do not
    part their clauses: "30% of its 1,200 beds" / "360 beds", a sum in two currencies, are
    often one fact that only the clauses align.) Mentions are `join`'s numbers."""
    figures: dict[tuple, list] = {}  # (doc a, doc b) -> [(figure a, figure b, one fact?)]
    for e in edges:
        if e.a[1] == "quantity" and (e.status != "related" or e.relation == "update"):
            one = e.status in ("agree", "conflict")
            figures.setdefault((e.a[0], e.b[0]), []).append((e.a, e.b, one))
            figures.setdefault((e.b[0], e.a[0]), []).append((e.b, e.a, one))
    out = set()
    for e, x, y in zip(edges, ea, eb):
        if e.a[1] != "statement" or e.status not in ("agree", "conflict"):
            continue
        within = [one for fa, fb, one in figures.get((e.a[0], e.b[0]), ()) if _inside(fa, e.a) and _inside(fb, e.b)]
        if within and not any(within):
            out.add((x, y))
    return out


def _two_figures(edges: Sequence[Edge], ea: list[int], eb: list[int], numbers: Optional[dict] = None) -> set:
    """Pairs of mentions of one report that are two facts by diff's own verdicts: a mention that
    agrees with one of them and contradicts the other ("112 cables" in B, "112 cables" and "36
    suspension cables" in A). Which of the two is the mention's partner:

    - the one that states its very value (a date or figure diff finds `equal`, or a figure stating
      the same number whatever its qualifier, `numbers`: "about 6,500" and "6,500"): the report
      states both figures, so it contradicts nothing by the second;
    - else the one diff aligned more strongly, whatever its verdict. Agreement that is not
      equality (a figure within another's bound, "24,000" within "more than 21,300"; a clause of
      the same polarity) says nothing of what is measured, and the alignment decides which fact
      the mention states, never its value (issue 13: alignment never looks at values).

    The others stay apart from the mention and from its partner. Mentions are the numbers `join`
    gives them (`ea`, `eb`: each edge's two ends)."""
    partners: dict[tuple, dict] = {}  # (mention, other document) -> {partner: (verdict, equal value, score)}
    for e, x, y in zip(edges, ea, eb):
        if e.status not in ("agree", "conflict"):
            continue
        same = e.status == "agree" and e.a[1] in ("quantity", "date") and (
            e.relation == "equal" or (numbers or {}).get(e.a, 0) == (numbers or {}).get(e.b, 1))
        for mine, other, doc in ((x, y, e.b[0]), (y, x, e.a[0])):
            row = partners.setdefault((mine, doc), {})
            old = row.get(other)
            row[other] = (e.status, same, e.score) if old is None else (old[0], old[1] or same, max(old[2], e.score))
    out = set()
    for (mine, _doc), row in partners.items():
        if len({v[0] for v in row.values()}) < 2:
            continue  # all agree or all contradict: nothing to choose
        best = _partner(row)
        verdict = row[best][0]
        for y, (status, _same, _score) in row.items():
            if status != verdict:
                out.add((mine, y))
                out.update((x, y) for x, v in row.items() if v[0] == verdict)
    return out


def _partner(row: dict) -> int:
    """The partner a mention states (see `_two_figures`): an equal value first, then the
    strongest alignment; on a tie, an agreeing one."""
    return max(row, key=lambda y: (row[y][1], row[y][2], row[y][0] == "agree", -y))
