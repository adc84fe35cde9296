"""Evaluation floor: the ledger's facts against the gold pair facts (claimtrack.ledger.coverage).

The same figures as `python bench/ledger_coverage.py`. A gold agree/conflict fact is covered
when one ledger fact holds both its spans with the gold status; a gold `related` pair (a
different measure or event) must never be held by one fact. Floors are what the ledger reached
(issue 13 asks for >= 0.50 of the seeds' 33 facts, statements included); raise them as it improves.
The ledger's facts are diff's pairwise matches joined across documents (claimtrack.ledger.aligned),
so its coverage follows diff's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.evaluate import load_pairs
from claimtrack.ledger.coverage import describe, score_ledger

ROOT = Path(__file__).resolve().parent.parent

#: (gold folder, facts covered with the right status at least)
#: Measured at session 8 (every set's documents are extracted for the evaluation tests anyway,
#: and a ledger read of a set costs under a second); the ledger then held every fact diff finds
#: pair by pair with its status (`python bench/ledger_coverage.py --causes`: no "ledger join").
FLOORS = [
    ("data/gold/seeds", 8),
    ("data/dev/gold", 29),
    ("data/test/gold", 15),
    ("data/holdout/gold", 16),
    ("data/fc1/gold", 66),
    ("data/fc2/gold", 66),
    ("data/fc3/gold", 56),
    ("data/fc4/gold", 75),
    ("data/fc5/gold", 76),
    ("data/fc6/gold", 76),
    ("data/fc8/gold", 83),
    ("data/fc9/gold", 68),
    ("data/fc12/gold", 53),  # joined at session 10's end, as measured on it
    ("data/fc36/gold", 74),  # session 19's unseen sets, joined at session 20 as measured (main c37e47d)
    ("data/fc37/gold", 76),
    ("data/fc38/gold", 66),
    ("data/fc39/gold", 74),  # session 20's unseen sets, joined at session 21, raised to main 82e0b3e's figures
    ("data/fc40/gold", 76),
    ("data/fc41/gold", 72),  # 73 at 82e0b3e; 72 since ff75a79 reads "$U 72 million" as UYU (as gold does), and the ledger then holds the yearly US$ payment apart
    ("data/fc42/gold", 78),  # session 21's and 22's unseen sets, joined at session 23 as measured (main 078ab84)
    ("data/fc43/gold", 70),
    ("data/fc44/gold", 67),
    ("data/fc45/gold", 81),
    ("data/fc46/gold", 83),
    ("data/fc47/gold", 65),
]
#: Gold related pairs one ledger fact holds (measured): each is a pair diff's own pairwise
#: alignment calls agree or conflict; the ledger holds no other, and fewer where diff's clauses
#: agree over figures it finds to be one measure at two moments (compare.join). Lower as compare
#: improves; the aim is 0.
DIFF_RELATED_JOINED = {"data/gold/seeds": 0, "data/dev/gold": 1, "data/test/gold": 0, "data/holdout/gold": 0,
                       "data/fc1/gold": 2, "data/fc2/gold": 3, "data/fc3/gold": 1, "data/fc4/gold": 1,
                       "data/fc5/gold": 2, "data/fc6/gold": 0, "data/fc8/gold": 1, "data/fc9/gold": 2,
                       "data/fc12/gold": 2, "data/fc36/gold": 2, "data/fc37/gold": 2, "data/fc38/gold": 3,
                       "data/fc39/gold": 1, "data/fc40/gold": 3, "data/fc41/gold": 1, "data/fc42/gold": 0,
                       "data/fc43/gold": 1, "data/fc44/gold": 1, "data/fc45/gold": 1, "data/fc46/gold": 3,
                       "data/fc47/gold": 1}
# fc9 1 -> 2 (session 9, h13d): p2b's masthead "Wednesday, 06/05/2026" is now read as 6 May (the
# weekday decides the order), not 5 June; with the two articles no longer a month apart, diff
# calls "60 days" (to pay a fine) / "21 days" (to appeal) a conflict where the month hid it as an update.


@pytest.mark.parametrize("gold,floor", FLOORS, ids=[g for g, _ in FLOORS])
def test_ledger_covers_gold_pair_facts(gold, floor, gold_extraction, gold_pair_diffs, tmp_path):
    from claimtrack.ledger.facts import build_facts, file_results
    from claimtrack.ledger.store import SQLiteLedger

    results = [result for result, _text in gold_extraction(ROOT / gold).values()]
    with SQLiteLedger(tmp_path / "claims.db") as store:
        file_results(store, results)
        facts = [f.summary() for f in build_facts(store)]
    # a fact id names one fact (`facts <id>`, `timeline <id>`), even where two facts list one
    # headline's restatement of a figure
    assert len({f["id"] for f in facts}) == len(facts)
    pairs = load_pairs(ROOT / gold)
    cov = score_ledger(facts, pairs)
    report = describe(cov, misses=True)
    assert cov.gold > 0, report
    assert cov.right >= floor, report
    # A related pair held by one fact must be one that diff itself aligns as agree or conflict
    # (its own error, counted in `diff_related_joined` below): chains of matches add no merge.
    assert cov.related_merged <= DIFF_RELATED_JOINED[gold], report
    assert cov.related_merged <= _diff_related_joined(gold_pair_diffs(ROOT / gold), pairs), report


def _diff_related_joined(diffs, pairs) -> int:
    """Gold related pairs that diff's own pairwise matches (`gold_pair_diffs`) hold as agree or conflict."""
    from claimtrack.evaluate.pairs import match_covers_fact

    n = 0
    for pair in pairs:
        matches = [m.model_dump() for m in diffs[(pair["a"], pair["b"])].matches if m.status != "related"]
        n += sum(1 for g in pair["facts"] if g.get("status") == "related"
                 and any(match_covers_fact(m, g) for m in matches))
    return n


def test_coverage_counts_a_fact_only_when_one_ledger_fact_holds_both_spans():
    pair = {"a": "a.txt", "b": "b.txt", "facts": [
        {"status": "agree", "type": "quantity", "about": "x", "a_start": 0, "a_end": 5, "b_start": 10, "b_end": 15},
        {"status": "conflict", "type": "quantity", "about": "y", "a_start": 20, "a_end": 25, "b_start": 30, "b_end": 35},
        {"status": "related", "type": "quantity", "about": "z", "a_start": 40, "a_end": 45, "b_start": 50, "b_end": 55},
    ]}

    def fact(fid, status, *versions):
        return {"id": fid, "status": status, "versions": [{"doc": d, "start": s, "end": e} for d, s, e in versions]}

    facts = [
        fact("f1", "agree", ("a.txt", 1, 3), ("b.txt", 12, 14)),  # holds the agree fact
        fact("f2", "agree", ("a.txt", 20, 25), ("c.txt", 30, 35)),  # b's span is in another document
        fact("f3", "agree", ("a.txt", 41, 42), ("b.txt", 54, 60)),  # merges the related pair
    ]
    cov = score_ledger(facts, [pair])
    assert (cov.gold, cov.covered, cov.right) == (2, 1, 1)
    assert (cov.related, cov.related_merged) == (1, 1)
    facts[0]["status"] = "conflict"
    assert score_ledger(facts, [pair]).right == 0
