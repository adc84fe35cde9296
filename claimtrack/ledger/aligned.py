"""Facts across the ledger from compare's pairwise alignment: the one pair scorer of `diff`.

A ledger fact is the mentions that `claimtrack diff` aligns across the ledger's documents,
with diff's verdicts. Reading facts:

1. **Blocks documents by story**, never by values: two documents are compared when their most
   frequent content words overlap (compare.pair.one_story, the rule diff itself uses), each
   with at most `NEIGHBOURS` others, its closest by that overlap. Documents with the same
   extracted content (a wire story filed under several names) are compared once.
2. **Aligns each pair with `compare.diff_pair`**, which decides which mentions are one fact before
   it reads their values (counterfactual invariance) and then judges them. Given a store, each
   pair's matches are kept there, keyed by the two contents' digests and by the rules that
   made them (`alignment_rules`: the code and tables that decide an alignment); the next read
   diffs only pairs it has not kept, so reading facts again costs loading and joining only.
3. **Joins aligned mentions into facts** with compare.join, the rule `claimtrack diff` of a
   folder uses too: strongest alignment first, an agree or conflict match joins its two
   mentions' facts unless diff said `related` (a different measure or event) of some mention of
   one and some mention of the other. Related pairs are never one fact, however a chain of
   matches runs; nor are two figures of one sentence, nor, where a mention agrees with one
   mention of a report and contradicts another, the one that is not its partner (the one stating
   its very number, else the better aligned: compare.join), nor two clauses stating
   figures diff finds to be one measure at two moments. An update (a figure that
   changed between dates) joins only a storyline (`follow_updates`, what `timeline` reads).

A fact's status is its matches' worst (conflict over agree); its relations are those matches.
Everything is a function of the documents' records: the order they were filed in changes
nothing. Pure: takes DocumentResults, no store.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from ..compare.join import Edge, join, stated_numbers
from ..models import DocumentResult

#: Each document is compared with at most this many others (its closest by story words, ties by
#: name). A fact stated by many reports is still one: every report meets its closest ones and
#: facts join through them. It bounds reading a ledger at documents x NEIGHBOURS comparisons
#: where one story holds thousands of reports (the number of outlets a desk follows on one
#: story is a few dozen, so ordinary ledgers compare every pair of a story).
NEIGHBOURS = 10

STATUS_ORDER = {"conflict": 2, "agree": 1, "related": 0}


@dataclass
class AlignedFact:
    kind: str
    status: str
    relation: str
    about: str
    mentions: list  # (doc, kind, start, end, claim id, text), sorted
    edges: list = field(default_factory=list)


#: A claim's fields that name its document, not what it states: a copy of an article filed
#: under another name (a wire story on several sites) differs from it in these only.
_NAMING = {"id", "doc"}


def _content(result: DocumentResult) -> str:
    """What diff reads of a document, digested: documents with equal digests align alike. The
    document's name and the claim ids made from it are left out, so copies of one text filed
    under several names have one digest and are diffed once (their claims, in the same order,
    are matched by position: `_claim_ids`)."""
    doc = result.document
    payload = json.dumps([doc.published, [a.model_dump(mode="json") for a in doc.actors],
                          [c.model_dump(mode="json", exclude=_NAMING) for c in result.claims]], sort_keys=True)
    return hashlib.blake2b(payload.encode(), digest_size=12).hexdigest()


def _claim_ids(group: list[DocumentResult]) -> dict[str, dict[str, str]]:
    """For each copy of one content but the first: its claim id for each claim id of the first
    (copies hold the same claims in the same order, under ids made from their own names)."""
    first = [c.id for c in group[0].claims]
    return {r.document.doc: dict(zip(first, (c.id for c in r.claims))) for r in group[1:]}


def compared_pairs(stories: Sequence[frozenset], neighbours: int = NEIGHBOURS) -> list[tuple[int, int]]:
    """Index pairs (i < j) of the contents to compare: those sharing a story, each content with
    at most `neighbours` others (its closest by story-word overlap; ties by index). Candidate
    pairs come from an index of story words, so contents with no word in common cost nothing."""
    from ..compare.context import jaccard
    from ..compare.pair import one_story

    by_term: dict[str, list[int]] = {}
    for i, terms in enumerate(stories):
        for t in terms:
            by_term.setdefault(t, []).append(i)
    close: list[list[tuple[float, int]]] = [[] for _ in stories]
    for i, terms in enumerate(stories):
        seen = {j for t in terms for j in by_term[t] if j > i}
        for j in seen:
            if one_story(terms, stories[j]):
                score = jaccard(terms, stories[j])
                close[i].append((score, j))
                close[j].append((score, i))
    chosen: set[tuple[int, int]] = set()
    for i, row in enumerate(close):
        for _score, j in sorted(row, key=lambda x: (-x[0], x[1]))[:neighbours]:
            chosen.add((min(i, j), max(i, j)))
    return sorted(chosen)


def align(results: Sequence[DocumentResult], *, follow_updates: bool = False,
          neighbours: int = NEIGHBOURS, store=None) -> list[AlignedFact]:
    """The facts of these documents: mentions joined by diff's agree/conflict matches (and,
    with follow_updates, its updates), never joining two mentions diff called related.

    `store` (a LedgerStore): where each compared pair's alignment is kept; a pair whose two
    contents and rules are unchanged since the last read is read back, not diffed again."""
    from ..compare import diff_pair, prepare
    from ..compare.pair import story_terms

    results = sorted(results, key=lambda r: r.document.doc)
    contents: dict[str, list[DocumentResult]] = {}
    for r in results:
        contents.setdefault(_content(r), []).append(r)
    digests = list(contents)
    groups = list(contents.values())  # each: the documents of one content, by name
    pairs = compared_pairs([story_terms(g[0]) for g in groups], neighbours)
    pairs += [(i, i) for i, g in enumerate(groups) if len(g) > 1]  # copies state the same

    rules = alignment_rules() if store is not None else ""
    stored = store.alignments(rules) if store is not None else {}
    new: dict[tuple[str, str], bytes] = {}
    prepared: dict[int, object] = {}

    def prep(i: int):
        if i not in prepared:
            prepared[i] = prepare(groups[i][0])
        return prepared[i]

    # a content's preparation is dropped after its last pair: memory holds the contents still
    # to be compared, not every document of the ledger
    last = {x: k for k, pair in enumerate(pairs) for x in pair}
    ids = [_claim_ids(g) for g in groups]  # copies' claim ids, by the first copy's
    edges: list[Edge] = []
    for k, (i, j) in enumerate(pairs):
        key = (digests[i], digests[j])
        blob = stored.get(key)
        if blob is None:
            blob = new[key] = _encode(diff_pair(prep(i), prep(j)).matches)
        for x in {i, j}:
            if last[x] == k:
                prepared.pop(x, None)
        matches = _decode(blob)
        for a_doc, b_doc in _doc_pairs(groups[i], groups[j], i == j):
            a_ids, b_ids = ids[i].get(a_doc), ids[j].get(b_doc)
            for kind, status, relation, about, reason, score, a, b in matches:
                if i == j and a[0] == b[0] and a[1] == b[1]:
                    pass  # a copy's mention with the same mention of another copy: kept
                elif i == j:
                    continue  # two mentions of one content: its copies say nothing new of them
                a_claim = a_ids.get(a[2], a[2]) if a_ids else a[2]
                b_claim = b_ids.get(b[2], b[2]) if b_ids else b[2]
                edges.append(Edge((a_doc, kind, a[0], a[1]), (b_doc, kind, b[0], b[1]),
                                  status, relation, about, reason, score,
                                  ((a_claim, a[3]), (b_claim, b[3])), (a[4], b[4])))
    keep = {(digests[i], digests[j]) for i, j in pairs}
    if store is not None and (new or set(stored) - keep):
        store.save_alignments(rules, new, keep)
    return _join(edges, follow_updates, stated_numbers(results))


#: The stored form of a pair's matches (`_encode`); a new form is a new `alignment_rules`.
ROW_FORMAT = 1


@lru_cache(maxsize=1)
def alignment_rules() -> str:
    """A digest of what decides diff's alignment: claimtrack's code and data tables (the
    extraction cache's fingerprint, which covers compare/), the versions of the libraries that
    change results, and ROW_FORMAT. Stored alignments made under other rules are never read."""
    from ..cache import code_fingerprint, dependency_versions

    payload = json.dumps({"code": code_fingerprint(), "dependencies": dependency_versions(),
                          "format": ROW_FORMAT}, sort_keys=True)
    return hashlib.blake2b(payload.encode(), digest_size=8).hexdigest()


def _side(side) -> list:
    return [side.start, side.end, side.claim, side.text, [list(x) for x in _also(side)]]


def _encode(matches) -> bytes:
    """A pair's matches as stored: compressed JSON of what facts read of each match."""
    rows = [[m.kind, m.status, m.relation, m.about, m.reason, m.score, _side(m.a), _side(m.b)] for m in matches]
    return zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode())


def _decode(blob: bytes) -> list:
    rows = json.loads(zlib.decompress(blob))
    for row in rows:
        for side in row[6:8]:
            side[4] = tuple(tuple(x) for x in side[4])
    return rows


def _also(side) -> tuple:
    return tuple((x.start, x.end, x.text) for x in (getattr(side, "also", None) or ()))


def _doc_pairs(gi: list, gj: list, same: bool) -> list[tuple[str, str]]:
    """The document pairs a content pair's matches stand for: every copy of one content with the
    first copy of the other (and the copies of one content with its first), which joins them all."""
    if same:
        return [(gi[0].document.doc, r.document.doc) for r in gi[1:]]
    return [(a.document.doc, gj[0].document.doc) for a in gi] + [(gi[0].document.doc, b.document.doc) for b in gj[1:]]


def _join(edges: list[Edge], follow_updates: bool, numbers: Optional[dict] = None) -> list[AlignedFact]:
    """The facts of diff's matches across documents (compare.join: one rule for `diff` of a
    folder and the ledger)."""
    groups = join(edges, follow_updates, numbers)
    return [f for f in (_fact_of([edges[k] for k in g]) for g in groups) if f is not None]


def _fact_of(es: list[Edge]) -> Optional[AlignedFact]:
    """The fact of one set's joining edges (None when they all lie in one document)."""
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
        return None
    worst = max(es, key=lambda e: (_weight(e), e.score, e.about))
    best = max(es, key=lambda e: (e.score, e.about))
    return AlignedFact(kind=mentions[0][1], status=worst.status, relation=worst.relation,
                       about=best.about, mentions=mentions, edges=es)


def _weight(e: Edge) -> float:
    """A fact's verdict is its worst match: a conflict over an agreement, an update (a changed
    figure, not a contradiction) between the two."""
    return 0.5 if e.relation == "update" else STATUS_ORDER[e.status]
