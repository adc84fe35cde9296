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
    # one story rule for a pair and a folder: across stories the equal figures are related, never
    # one fact; within one story the same figures agree
    across = diff_pair(quake[0], concert[0]).matches
    assert [(m.status, m.relation) for m in across] == [("related", "different-story")]
    assert "different stories" in across[0].reason
    assert [m.status for m in diff_pair(quake[0], quake[1]).matches] == ["agree"]
    assert [m.status for m in diff_pair(concert[0], concert[1]).matches] == ["agree"]
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



def test_two_stories_never_conflict_or_agree_whatever_kind_of_mention():
    """A date or a quote shared by reports of two unrelated events is no fact of either: diff_pair
    calls none of them agree or conflict, as diff_many and the ledger (invented reports)."""
    flood = (Doc("f").add("The river flooded the lower town on 3 March, the mayor said.", actors=["mayor"],
                          predicate="say", dates=[("3 March", "2026-03-03")])
             .add('"We will rebuild every street," Anna Berg said.', actors=["anna-berg"], predicate="say",
                  quote=("We will rebuild every street,", "Anna Berg"))
             .add("Water reached the church steps and the old bridge was closed to traffic.")
             .add("Volunteers carried sandbags to the riverside houses through the night.")
             .add("Farmers upstream lost cattle and hay as the fields turned into lakes.").result())
    final = (Doc("m").add("The home side won the cup final at the stadium on 3 March, its coach said.", actors=["coach"],
                          predicate="say", dates=[("3 March", "2026-03-03")])
             .add('"We will rebuild every street," Anna Berg said.', actors=["anna-berg"], predicate="say",
                  quote=("We will rebuild every street,", "Anna Berg"))
             .add("The striker scored twice in the second half before a crowd of fans.")
             .add("The visiting goalkeeper saved a penalty but could not stop the late winner.")
             .add("Supporters sang in the square until the trophy bus left for the club ground.").result())
    matches = diff_pair(flood, final).matches
    assert matches and all(m.status == "related" for m in matches), [(m.kind, m.status) for m in matches]
