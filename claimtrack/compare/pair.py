"""Aligning two documents' mentions, then judging each aligned pair by its values.

Two steps, kept apart on purpose:

1. **Alignment never looks at values.** Two mentions are the same fact when what they state
   agrees: for figures, the measure (unit class and counted thing, from data/unit_synonyms.json)
   and the claim frame (pipeline/frames.py: predicate and role, holder, what a share or amount
   sizes, preposition), with the words around them; for dates, the event they date; for quotes,
   the words of the utterance; for statements, subject, action and object. Changing a figure,
   a date or a negation never changes which mentions are paired (tests/test_compare.py).
2. **Values decide the status** of an aligned pair: the interval relation of two figures (equal,
   refines, compatible: agree; disjoint: conflict, or an update when they are stated for
   different moments), ISO dates, the word-level difference of quotes, the polarity of
   statements. A conflict needs a strong alignment (the same measure, nothing that says the two
   figures count different things); a weak one with disjoint values is only `related`.

Records without frames (older claims.json files, hand-built results) are aligned on the same
features read from their text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from ..collector import relaxed_gc
from ..models import DocumentResult
from ..models.diff import DiffReport, Match
from .blocking import _Index, candidate_matches
from .context import jaccard, key_terms
from .date_deadlines import mark_sole_deadline
from .dates import doc_anchor, mark_lede
from .mentions import mentions_of
from .quotes import restated_quotes
from .repeats import link_date_repeats, link_repeats
from .select import Sides, only_counts, select
from .reference_rates import pair_date, reference_rate
from .stated_rates import at_stated_rates, stated_rates

#: Two articles report one story when at least this share (Jaccard) of their most frequent
#: content words is common: reports of one event share its who, what and where, and two
#: unrelated articles share little beyond the commonest news words. Only conflicts depend on it:
#: figures of two different stories never contradict each other.
STORY_MIN = 0.1
STORY_TERMS = 40


def story_terms(result: DocumentResult) -> frozenset:
    """The document's most frequent key terms (over its claims' sentences)."""
    counts: Counter = Counter()
    seen: set = set()
    for c in result.claims:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            counts.update(key_terms(c.text))
    return frozenset(w for w, _ in counts.most_common(STORY_TERMS))


def one_story(a_terms: frozenset, b_terms: frozenset) -> bool:
    """Two documents report one story: their story terms (`story_terms`) overlap by STORY_MIN.
    The one story rule of `diff_pair`, `diff_many` and the ledger's facts."""
    return jaccard(a_terms, b_terms) >= STORY_MIN



def aligned_pairs(a: DocumentResult, b: DocumentResult) -> set:
    """The pairs of mention keys the diff aligns (whatever their status): for the invariance test."""
    report = diff_pair(a, b)
    return {(m.kind, m.a.start, m.a.end, m.b.start, m.b.end) for m in report.matches}


@dataclass(frozen=True)
class Prepared:
    """What diff_pair needs of one document, worked out once however many pairs it is in."""

    result: DocumentResult
    mentions: list
    anchor: Optional[str]
    story: frozenset = frozenset()
    #: the exchange rates the document states, and its rate notes' amounts (compare.stated_rates)
    rates: tuple = ()
    notes: frozenset = frozenset()
    #: what is worked out once from the mentions alone, on first need (`blocking_index`)
    kept: dict = field(default_factory=dict, compare=False, repr=False)

    def blocking_index(self) -> _Index:
        """The mentions by blocking key, as B of a pair: made once, for every pair B is in."""
        if "index" not in self.kept:
            self.kept["index"] = _Index(self.mentions)
        return self.kept["index"]


@relaxed_gc()  # a document's mentions and contexts are thousands of small objects (claimtrack.collector)
def prepare(result: DocumentResult) -> Prepared:
    mentions = mentions_of(result)
    link_repeats(mentions)
    link_date_repeats(mentions)
    anchor = doc_anchor(result)
    mark_lede(mentions, anchor)
    mark_sole_deadline(mentions)
    rates, notes = stated_rates(result)
    return Prepared(result, mentions, anchor, story_terms(result), rates, notes)


def pair_mentions(pa: Prepared, pb: Prepared) -> tuple[list, list]:
    """The two documents' mentions as this pair compares them: amounts in a currency one side never
    writes converted at the exchange rates either states (compare.stated_rates), else at the ECB's
    reference rates of the earlier publication date (compare.reference_rates)."""
    on = pair_date(pa.result.document.published, pb.result.document.published)
    return at_stated_rates(pa.mentions, pb.mentions, pa.rates, pb.rates, pa.notes, pb.notes,
                           reference=(lambda x, y: reference_rate(x, y, on)) if on else None)


@relaxed_gc()  # a pair's keys and candidates are thousands of small objects (claimtrack.collector)
def diff_pair(a: DocumentResult | Prepared, b: DocumentResult | Prepared) -> DiffReport:
    """Compare two documents' claims: what they agree on, where they conflict, what is related.

    Pass `prepare(result)` instead of a result to reuse its preparation across many pairs."""
    pa = a if isinstance(a, Prepared) else prepare(a)
    pb = b if isinstance(b, Prepared) else prepare(b)
    ma, mb = pair_mentions(pa, pb)
    story = one_story(pa.story, pb.story)
    index = pb.blocking_index() if mb is pb.mentions else _Index(mb)
    cands = candidate_matches(ma, mb, pa.anchor, pb.anchor, story, index=index)
    cands += restated_quotes(ma, pb.result.claims) + restated_quotes(mb, pa.result.claims, swap=True)
    sides = Sides(tuple(ma), tuple(mb), pa.result.document.chars, pb.result.document.chars)
    chosen = select(cands, (only_counts(ma), only_counts(mb)), sides)
    matches = [
        Match(status=c.status, relation=c.relation, about=c.about, reason=c.reason, kind=c.a.kind,
              score=round(max(0.0, min(1.0, c.score)), 3), a=c.a.side(), b=c.b.side())
        for c in chosen
    ]
    if not story:
        matches = [_other_story(m) for m in matches]
    used_a = {m.a.claim for m in matches}
    used_b = {m.b.claim for m in matches}
    return DiffReport(
        a=pa.result.document.doc, b=pb.result.document.doc, matches=matches,
        only_a=[c.id for c in pa.result.claims if c.id not in used_a],
        only_b=[c.id for c in pb.result.claims if c.id not in used_b],
    )


def _other_story(m: Match) -> Match:
    """A match between reports of two different stories: never an agreement or a conflict.
    Two articles on different events that both give "120 people" or "on Monday" state two
    facts; `diff_many` and the ledger never join them, and `diff_pair` says the same."""
    if m.status == "related":
        return m
    return m.model_copy(update={
        "status": "related", "relation": "different-story",
        "reason": f"{m.reason}; but the two articles report different stories (few of their most "
                  "frequent words are common), so this is not one fact"})
