"""Counterfactual conflicts on the team sets data/fc39, fc40 and fc41 (session 20's unseen sets,
team sets since session 21), as tests/test_counterfactuals_teamsets.py holds them on the older fc
sets (see that file and tests/counterfactuals.py). A file of its own so that pytest-xdist
(`--dist loadfile`) can run it beside that file: together they are the suite's costliest test
(their 128 edited copies are extracted here).

Floors are the counts measured when the sets joined (main 14039cc and c6eb147 alike): fc39 12 of 42, fc40 22 of
41, fc41 17 of 45; fc40's floor is 21 since bc2234a..c35d5af (session 21): the 22nd was caught only
as a false other-speaker conflict (a bare title on one side, the same person's name on the other),
which is now related/unresolved as issue 13 asks; fc39's is 13 since main 82e0b3e (session 21's
third batch), fc41's is 20, as measured at the ends of sessions 21 and 22. Issue 13's target is 0.90; raise the floors as it improves."""

from __future__ import annotations

import pytest

from counterfactuals import MUTATE, assert_floors

pytestmark = pytest.mark.model

#: Counterfactual conflicts caught per set (caught, of mutations), as measured.
FLOORS = {"data/fc39/gold": (13, 42), "data/fc40/gold": (21, 41), "data/fc41/gold": (20, 45)}
KEPT_FLOOR = 0.99


@pytest.mark.skipif(not MUTATE.is_file(), reason="../shared/tools/mutate_pairs.py not present")
def test_counterfactual_conflicts_on_session_20_sets(tmp_path, gold_extraction, gold_pair_diffs, result_cache):
    assert_floors(FLOORS, KEPT_FLOOR, tmp_path, gold_extraction, diffs=gold_pair_diffs, cache=result_cache)
