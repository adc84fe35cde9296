"""What compare works out once per prepared document and keeps (compare.mention.per_mention,
compare.pair.Prepared.blocking_index): kept values are the ones a fresh computation gives, and a
changed mention never reads its original's."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

import pytest

from claimtrack.compare.mention import Mention, per_mention


def _mention(start: int) -> Mention:
    return Mention("date", None, start, start + 4, "then", None)


def test_a_per_mention_function_runs_once_per_mention():
    calls = []

    @per_mention
    def ends(m: Mention) -> list:
        calls.append(m.start)
        return [m.end]

    a, b = _mention(3), _mention(10)
    assert ends(a) is ends(a)
    assert ends(b) == [14]
    assert calls == [3, 10]


def test_a_replaced_mention_starts_without_its_originals_values():
    @per_mention
    def start(m: Mention) -> int:
        return m.start

    a = _mention(3)
    assert start(a) == 3
    moved = replace(a, start=20)
    assert start(moved) == 20 and start(a) == 3
    assert moved.memo is not a.memo
    assert a == _mention(3)  # what is kept is no part of a mention's equality


@pytest.mark.model
def test_prepared_documents_diff_as_fresh_ones(seeds_output):
    """Every pair of the seeds diffed through prepared documents (kept keys and indexes, each
    document met several times) gives the reports diff_pair gives from the results alone."""
    from claimtrack.compare import diff_pair, prepare
    from claimtrack.models import DocumentResult

    results = [DocumentResult(document=d, claims=[c for c in seeds_output.claims if c.doc == d.doc])
               for d in seeds_output.documents]
    prepared = [prepare(r) for r in results]
    for (pa, ra), (pb, rb) in combinations(zip(prepared, results), 2):
        kept = diff_pair(pa, pb).model_dump(mode="json")
        assert kept == diff_pair(ra, rb).model_dump(mode="json")
        assert diff_pair(pb, pa).model_dump(mode="json") == diff_pair(rb, ra).model_dump(mode="json")
