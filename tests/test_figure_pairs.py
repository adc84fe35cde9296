"""bench/figure_pairs.py measures whether a scorer that never reads values can say which two
aligned figures are one fact (issue 13 item 2). Its features must then be value-free: invented
two-source reports go through the real extractor, every figure of B is scaled, and each pair
of figures compare.select keeps has the same features as before."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from claimtrack.compare.blocking import candidate_matches
from claimtrack.compare.pair import prepare
from claimtrack.compare.select import Sides, only_counts, select

from extracted import extracted_doc
from test_compare_invariance import PUBLISHED, REPORTS, _rewritten

pytestmark = pytest.mark.model

_BENCH = Path(__file__).resolve().parent.parent / "bench" / "figure_pairs.py"


def _bench():
    spec = importlib.util.spec_from_file_location("figure_pairs", _BENCH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("figure_pairs", mod)
    spec.loader.exec_module(mod)
    return mod


def _features(bench, a, b) -> dict:
    pa, pb = prepare(a), prepare(b)
    cands = candidate_matches(pa.mentions, pb.mentions, pa.anchor, pb.anchor, True)
    sole = (only_counts(pa.mentions), only_counts(pb.mentions))
    nb = bench.neighbourhood(cands, sole, (pa.mentions, pb.mentions), (pa.result.document.chars, pb.result.document.chars))
    sides = Sides(tuple(pa.mentions), tuple(pb.mentions), pa.result.document.chars, pb.result.document.chars)
    return {(c.a.start, c.b.start): bench.features(c, nb) for c in select(cands, sole, sides)
            if c.a.kind == "quantity" and c.alignment is not None}


@pytest.mark.parametrize("k", [0.2, 5.0])
def test_the_features_of_a_pair_of_figures_never_read_their_values(k):
    bench = _bench()
    for text_a, text_b in REPORTS.values():
        a = extracted_doc(text_a, "a.txt", PUBLISHED[0])
        b = extracted_doc(text_b, "b.txt", PUBLISHED[1])
        before = _features(bench, a, b)
        assert before, "the control: figures are paired"
        assert _features(bench, a, _rewritten(b, k, 0, 0)) == before


def test_the_scorer_is_a_logistic_function_of_standardised_features():
    bench = _bench()
    m = {"features": ["score", "strong"], "weights": [2.0, 0.0], "bias": 0.0, "mean": [0.5, 0.0], "scale": [0.25, 1.0]}
    assert bench.probability({"score": 0.5, "strong": 1.0}, m) == pytest.approx(0.5)
    assert bench.probability({"score": 0.75, "strong": 0.0}, m) == pytest.approx(1 / (1 + 2.718281828 ** -2), rel=1e-6)
