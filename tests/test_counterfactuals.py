"""Counterfactual conflicts (../shared/tools/mutate_pairs.py) over every pairs.gold.json in the
project except data/fc*: an agree fact whose figure or quote in B is edited into a known
conflict must come out as a conflict, and the pair's other facts must keep their status.

Issue 13 sets the target at 0.90 of the counterfactual conflicts. Measured when this test was
written: 13 of 35 (0.37; 9 of 35 before the frame-based alignment), the other facts kept
472 of 472 (538 of 540 before). Then 16 of 35 (0.46), 472 of 472 kept: one speaker's quote in two
transcriptions is one utterance, unit-less figures whose frames agree pair as one measure, and a
headline's restatement adds no second conflict; 17 of 35 (0.49) once a figure sizing the same noun
through the same preposition ("winds of ...") counts as frame agreement (other facts 523 of 523,
statements now included); 18 of 35 (0.51) once two reports' one count each of one thing
(compare.select.only_counts) is one fact; 20 of 35 (0.57) once a weakly aligned pair that agrees
when equal conflicts when different, when nothing but the values sets it apart
(compare.select._weak_one_fact). Session 11 (h13v): 21 of 35 (0.60) once figures whose frames tie them are one fact
however few words their sentences share (compare.figure_evidence.frame_support). Session 12:
22 of 35, 533 of 533 kept (data/test 4 -> 5 with the session's date and quote events). Session
15 (h13v): 23 of 35 (dev 12 -> 13 of 23) once a figure's partner that counts another thing ranks below one of
the same thing (compare.select._partner_rank). The floors below hold what is reached; raise them
as it improves. (`python tests/counterfactuals.py data/fc5` gives the figure on a named set.)"""

from __future__ import annotations

import pytest

from counterfactuals import MUTATE, run

pytestmark = pytest.mark.model

CAUGHT_FLOOR = 0.6
KEPT_FLOOR = 0.99


@pytest.mark.skipif(not MUTATE.is_file(), reason="../shared/tools/mutate_pairs.py not present")
def test_counterfactual_conflicts_are_reported(tmp_path, gold_extraction, gold_pair_diffs, result_cache):
    s = run(workdir=tmp_path, extracted=gold_extraction, diffs=gold_pair_diffs, cache=result_cache)
    assert s["mutations"] >= 30, s
    assert s["caught_rate"] >= CAUGHT_FLOOR, s["misses"]
    assert s["kept_rate"] >= KEPT_FLOOR, s["broken"]
    assert sum(s["miss_causes"].values()) == s["mutations"] - s["caught"], s["miss_causes"]
