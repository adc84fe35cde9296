"""The ledger's facts from compare's pairwise alignment (claimtrack.ledger.aligned): how diff's
matches across many documents are joined into facts, on invented mentions (pure, no model)."""

from __future__ import annotations

from claimtrack.ledger.aligned import Edge, _join, compared_pairs


def _edge(a, b, status="agree", relation="equal", score=0.5, claims=("c1", "c1")):
    """A diff match between mention a and mention b, each (doc, start)."""
    return Edge((a[0], "quantity", a[1], a[1] + 5), (b[0], "quantity", b[1], b[1] + 5), status, relation,
                "number of ferries", "why", score, ((claims[0], "x"), (claims[1], "y")))


def _docs(fact) -> list:
    return sorted((m[0], m[2]) for m in fact.mentions)


def test_a_chain_of_agreements_is_one_fact_with_every_source():
    facts = _join([_edge(("a", 0), ("b", 10)), _edge(("b", 10), ("c", 20))], follow_updates=False)
    assert [_docs(f) for f in facts] == [[("a", 0), ("b", 10), ("c", 20)]]
    assert facts[0].status == "agree" and len(facts[0].edges) == 2


def test_a_chain_never_joins_two_mentions_diff_called_related():
    edges = [
        _edge(("a", 0), ("b", 10), score=0.9),
        _edge(("b", 10), ("c", 20), score=0.4),  # weaker: refused, it would put a and c together
        _edge(("a", 0), ("c", 20), status="related", relation="different-measure"),
    ]
    facts = _join(edges, follow_updates=False)
    assert [_docs(f) for f in facts] == [[("a", 0), ("b", 10)]]


def test_a_conflict_anywhere_in_a_fact_is_its_status():
    facts = _join([_edge(("a", 0), ("b", 10)), _edge(("b", 10), ("c", 20), status="conflict", relation="disjoint")],
                  follow_updates=False)
    assert [(f.status, f.relation) for f in facts] == [("conflict", "disjoint")]


def test_two_figures_of_one_sentence_are_never_one_fact():
    # a's one figure meets both figures of b's sentence: the better aligned one joins it
    edges = [_edge(("a", 0), ("b", 10), score=0.45, claims=("c1", "c7")),
             _edge(("a", 0), ("b", 40), score=0.30, claims=("c1", "c7"))]
    facts = _join(edges, follow_updates=False)
    assert [_docs(f) for f in facts] == [[("a", 0), ("b", 10)]]


def test_an_update_joins_a_storyline_only():
    edges = [_edge(("a", 0), ("b", 10), status="related", relation="update")]
    assert _join(edges, follow_updates=False) == []
    [line] = _join(edges, follow_updates=True)
    assert _docs(line) == [("a", 0), ("b", 10)] and line.relation == "update"


def test_documents_of_different_stories_are_not_compared_and_neighbours_are_bounded():
    flood = frozenset("flood river valley rescue villages evacuated residents".split())
    concert = frozenset("orchestra concert violin premiere festival opera".split())
    assert compared_pairs([flood, flood, concert]) == [(0, 1)]
    # five reports of one story, each compared with its two closest at most: still connected
    stories = [flood | {f"w{i}"} for i in range(5)]
    pairs = compared_pairs(stories, neighbours=2)
    assert len(pairs) < 10
    reached = {0}
    for _ in range(5):
        reached |= {j for i, j in pairs if i in reached} | {i for i, j in pairs if j in reached}
    assert reached == set(range(5))


def test_a_figure_a_document_states_again_is_a_version_of_the_fact():
    e = _edge(("a", 0), ("b", 10))
    e.also = (((100, 105, "thirty"),), ())  # a's headline states the figure again
    [fact] = _join([e], follow_updates=False)
    assert _docs(fact) == [("a", 0), ("a", 100), ("b", 10)]


def test_a_report_that_states_the_same_value_contradicts_nothing_by_its_other_figure():
    # b's figure equals a's first figure and is contradicted by a's second, which diff aligned
    # more strongly: a states both, so the agreeing pair is the fact, and no conflict is made
    edges = [_edge(("a", 0), ("b", 10), score=0.2, claims=("c1", "c9")),
             _edge(("a", 40), ("b", 10), status="conflict", relation="disjoint", score=0.3, claims=("c2", "c9"))]
    facts = _join(edges, follow_updates=False)
    assert [(f.status, _docs(f)) for f in facts] == [("agree", [("a", 0), ("b", 10)])]


def test_a_figure_within_a_bound_is_no_partner_against_a_better_aligned_contradiction():
    # a's "over 40 ferries" (headline) holds b's 55, but b's figure is aligned far more strongly
    # with a's "over 60 ferries" in the body, which it contradicts: agreeing by nesting says
    # nothing of what is counted, so the better alignment is the fact and the conflict stands
    edges = [_edge(("a", 0), ("b", 10), relation="refines", score=0.25, claims=("c1", "c9")),
             _edge(("a", 40), ("b", 10), status="conflict", relation="disjoint", score=0.8, claims=("c2", "c9"))]
    facts = _join(edges, follow_updates=False)
    assert [(f.status, _docs(f)) for f in facts] == [("conflict", [("a", 40), ("b", 10)])]
    # aligned the other way round, the nested agreement is the fact and no conflict is made
    edges[0].score, edges[1].score = 0.8, 0.25
    assert [(f.status, _docs(f)) for f in _join(edges, follow_updates=False)] == [("agree", [("a", 0), ("b", 10)])]


def test_the_same_number_under_another_qualifier_is_the_partner_however_aligned():
    # a first gave "about 900 homes" then "1,200 homes"; b says "about 1,200 houses": b's figure
    # states a's second number, so a states it too and contradicts nothing by its first
    edges = [_edge(("a", 0), ("b", 10), relation="refines", score=0.2, claims=("c1", "c9")),
             _edge(("a", 40), ("b", 10), status="conflict", relation="disjoint", score=0.3, claims=("c2", "c9"))]
    numbers = {("a", "quantity", 0, 5): (1200, None, None), ("b", "quantity", 10, 15): (1200, None, None),
               ("a", "quantity", 40, 45): (900, None, None)}
    facts = _join(edges, follow_updates=False, numbers=numbers)
    assert [(f.status, _docs(f)) for f in facts] == [("agree", [("a", 0), ("b", 10)])]


def test_a_clause_agreeing_with_one_clause_and_contradicting_a_better_aligned_one():
    # b: "the northern bridge was also shut on Friday"; a: "the ferry terminal was shut" (the same
    # polarity, another subject: weakly aligned) and "the northern bridge would stay open" (one
    # subject, opposite states): the contradiction is b's fact
    def clause(a, b, status, relation, score, claims):
        e = _edge(a, b, status, relation, score, claims)
        e.a, e.b = (e.a[0], "statement") + e.a[2:], (e.b[0], "statement") + e.b[2:]
        return e

    edges = [clause(("a", 0), ("b", 10), "agree", "equal", 0.6, ("c1", "c9")),
             clause(("a", 40), ("b", 10), "conflict", "polarity", 0.85, ("c2", "c9"))]
    facts = _join(edges, follow_updates=False)
    assert [(f.status, _docs(f)) for f in facts] == [("conflict", [("a", 40), ("b", 10)])]


def test_clauses_stating_one_figure_at_two_moments_are_two_facts():
    # a: "the mill laid off 80 workers in 2019"; b: "the mill will lay off 200 workers": the
    # figures are one measure at two moments (an update), so the clauses that state them are
    # two events, however alike their verbs; a clause with no figure in it still agrees
    def clause(a, b, start_a, end_a, start_b, end_b, status="agree"):
        return Edge((a, "statement", start_a, end_a), (b, "statement", start_b, end_b), status, "equal",
                    "the mill: lay off worker", "same action", 0.9, (("c1", "x"), ("c9", "y")))

    edges = [clause("a", "b", 0, 60, 100, 150),
             _edge(("a", 30), ("b", 120), status="related", relation="update", score=0.4),
             clause("a", "b", 200, 240, 300, 340)]
    facts = _join(edges, follow_updates=False)
    assert [_docs(f) for f in facts] == [[("a", 200), ("b", 300)]]
    # when diff finds the figures one fact, their clauses stay one fact (three facts in all)
    edges[1] = _edge(("a", 30), ("b", 120), status="conflict", relation="disjoint", score=0.4)
    assert len(_join(edges, follow_updates=False)) == 3


def test_equal_values_join_before_a_coarser_one_that_holds_them():
    # a's day meets b's same day (equal) and b's "this year" (nested, aligned more strongly);
    # a's other day is another date than b's day: the equal pair is one fact
    edges = [_edge(("a", 0), ("b", 10), relation="equal", score=0.3, claims=("c1", "c8")),
             _edge(("a", 0), ("b", 90), relation="refines", score=0.4, claims=("c1", "c9")),
             _edge(("a", 20), ("b", 90), relation="refines", score=0.4, claims=("c2", "c9")),
             _edge(("a", 20), ("b", 10), status="related", relation="different-date", claims=("c2", "c8"))]
    facts = _join(edges, follow_updates=False)
    assert any(_docs(f)[:2] == [("a", 0), ("b", 10)] for f in facts)


def _renamed(result, name: str):
    """The same extracted text filed under another name: its claim ids are made from the name."""
    from claimtrack.records import claim_id

    claims = [c.model_copy(update={"doc": name, "id": claim_id(name, c.kind, c.start, c.end, 0)}) for c in result.claims]
    return result.model_copy(update={"document": result.document.model_copy(update={"doc": name}), "claims": claims})


def test_copies_of_one_text_under_other_names_are_diffed_once_and_keep_their_own_claims(monkeypatch):
    import claimtrack.compare as compare
    from test_compare import Doc

    from claimtrack.ledger.aligned import align

    wire = (Doc("site-a/quake.txt").add("The earthquake in the hill province killed 120 people, rescuers said.",
                                        actors=["rescuer"], predicate="say",
                                        quantities=[("120 people", dict(value=120, unit="person"))])
            .add("Rescuers searched the collapsed school in the hill province for a second night.").result())
    other = (Doc("site-c/quake.txt").add("Rescuers said the earthquake in the hill province killed 120 people.",
                                         actors=["rescuer"], predicate="say",
                                         quantities=[("120 people", dict(value=120, unit="person"))])
             .add("Soldiers joined rescuers at the collapsed school in the hill province.").result())
    copies = [wire, _renamed(wire, "site-b/quake.txt"), _renamed(wire, "site-d/quake.txt")]
    calls = []
    real = compare.diff_pair
    monkeypatch.setattr(compare, "diff_pair", lambda a, b: calls.append(1) or real(a, b))
    facts = align(copies + [other])
    # one content diffed with the other report, and once with itself (its copies): two diffs, not six
    assert len(calls) == 2
    [fact] = [f for f in facts if f.kind == "quantity"]
    assert sorted(m[0] for m in fact.mentions) == ["site-a/quake.txt", "site-b/quake.txt", "site-c/quake.txt",
                                                    "site-d/quake.txt"]
    by_doc = {r.document.doc: {c.id for c in r.claims} for r in copies + [other]}
    assert all(m[4] in by_doc[m[0]] for m in fact.mentions), "each version names its own document's claim"
