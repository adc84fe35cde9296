"""`claimtrack diff` of a folder joins facts by the ledger's rule (compare.join): reports of one
story only, never two mentions diff called related, strongest links first (invented records)."""

from __future__ import annotations

from test_compare import Doc

from claimtrack.compare import diff_many, diff_pair


def _report(name: str, sentence: str, actor: str) -> object:
    return Doc(name).add(sentence, actors=[actor], predicate="say",
                         quantities=[("120 people", dict(value=120, unit="person"))]).result()


def test_an_equal_figure_in_two_stories_is_two_facts():
    quake = [_report("a", "The earthquake in the mountain province killed 120 people, rescuers said on Monday.", "province"),
             _report("b", "Rescuers said the earthquake in the mountain province killed 120 people.", "province")]
    concert = [_report("c", "Organisers said the jazz concert at the old harbour drew 120 people.", "harbour"),
               _report("d", "The jazz concert at the old harbour drew 120 people, organisers said.", "harbour")]
    # diff aligns the two figures across stories on their own: the folder's facts must not join them
    assert [m.status for m in diff_pair(quake[0], concert[0]).matches] == ["agree"]
    report = diff_many(quake + concert)
    assert sorted(sorted(v.doc for v in f.versions) for f in report.facts) == [["a", "b"], ["c", "d"]]
    assert len(report.pairs) == 6, "every pair is still diffed and reported"


def test_a_chain_of_matches_never_holds_two_figures_diff_called_related():
    from claimtrack.compare.join import Edge, join

    def edge(a, b, status="agree", relation="equal", score=0.5):
        return Edge((a, "quantity", 0, 5), (b, "quantity", 0, 5), status, relation, "count", "why", score,
                    (("c1", "x"), ("c1", "y")))

    edges = [edge("a", "b", score=0.9), edge("b", "c", score=0.4), edge("a", "c", "related", "different-measure")]
    assert join(edges) == [[0]]  # b~c would put a and c together: refused
    assert join(edges[:2]) == [[0, 1]]
