"""Accuracy floors: extraction scored against hand-made gold, on every annotated set.

The floors are the targets of issue 3 (F1 per kind) and issue 6 (pairs), held on the seed
articles (data/gold/seeds) and on the dev, test and holdout sets (data/dev, data/test,
data/holdout: other topics, written and annotated by people who did not see the extractor). A change that drops a score
below its floor fails `make test`. See the scores and every miss with:

    .venv/bin/claimtrack eval data/gold/seeds --show-misses     (or data/dev/gold, data/test/gold)
"""

from __future__ import annotations

import pytest

from claimtrack.evaluate import PAIR_TARGETS, TARGETS
from conftest import GOLD, ROOT

GOLD_SETS = {"seeds": GOLD, **{name: ROOT / "data" / name / "gold" for name in ("dev", "test", "holdout")}}

#: F1 floors per kind: the targets `claimtrack eval` shows (claimtrack.evaluate.TARGETS).
FLOORS = TARGETS
#: Pair floors: recall of agree/conflict quantity/date/quote facts, precision of conflicts,
#: and the largest number of gold 'related' facts allowed to be reported as conflicts.
PAIR_FLOORS = {"facts_recall": PAIR_TARGETS["facts"], "conflicts_precision": PAIR_TARGETS["conflicts"],
               "related_as_conflict": PAIR_TARGETS["related_as_conflict"]}


@pytest.fixture(scope="module", params=list(GOLD_SETS))
def gold_dir(request):
    return GOLD_SETS[request.param]


@pytest.fixture(scope="module")
def report(gold_dir, gold_extraction, gold_pair_diffs):
    from claimtrack.evaluate import evaluate

    return evaluate(gold_dir, extracted=gold_extraction(gold_dir), diffs=gold_pair_diffs(gold_dir))


def _misses(report, kind: str, limit: int = 15) -> str:
    lines = [f"  {m.error} {m.doc} {m.start}-{m.end} {m.text!r} want={m.expected} got={m.predicted}"
             for m in report.misses if m.kind == kind]
    more = f"\n  ... and {len(lines) - limit} more" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


def test_every_gold_document_is_scored(report, gold_dir):
    assert len(report.documents) == len(list(gold_dir.glob("*.txt.gold.json")))
    assert report.warnings == []  # gold offsets agree with the corpus text


@pytest.mark.parametrize("kind", list(FLOORS))
def test_f1_floor(report, kind):
    s = report.scores[kind]
    assert s.f1 >= FLOORS[kind], (
        f"{kind}: F1 {s.f1:.3f} (P {s.precision:.3f}, R {s.recall:.3f}; tp {s.tp}, fp {s.fp}, fn {s.fn}) "
        f"is below the floor {FLOORS[kind]:.2f}\n{_misses(report, kind)}"
    )


def test_pair_floors(report):
    pairs = report.pairs
    if pairs is None or not pairs.available:
        pytest.skip(f"pairs not scored: {pairs.reason if pairs else 'no pairs.gold.json'}")
    assert pairs.facts.recall >= PAIR_FLOORS["facts_recall"], _misses(report, "pairs:facts")
    assert pairs.conflict_precision >= PAIR_FLOORS["conflicts_precision"], _misses(report, "pairs:conflicts")
    assert pairs.related_as_conflict <= PAIR_FLOORS["related_as_conflict"], _misses(report, "pairs:related_as_conflict")


def test_evaluate_scores_the_pair_diffs_it_is_given(gold_extraction, gold_pair_diffs):
    # `diffs`: a report already made is read, not made again (an empty one finds no fact)
    from claimtrack.evaluate import evaluate
    from claimtrack.models.diff import DiffReport

    made = gold_pair_diffs(GOLD)
    assert made
    empty = {key: DiffReport(a=key[0], b=key[1]) for key in made}
    scored = evaluate(GOLD, extracted=gold_extraction(GOLD), diffs=made).pairs
    blind = evaluate(GOLD, extracted=gold_extraction(GOLD), diffs=empty).pairs
    assert scored.facts.gold_hits > 0 and blind.facts.gold_hits == 0
