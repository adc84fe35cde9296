"""The evaluation's matching rules on hand-made predictions (no spaCy model needed)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack import evaluate as ev
from claimtrack.evaluate import match as ev_match, run as ev_run
from claimtrack.models import Actor, DateMention, DocumentInfo, DocumentResult, Claim, Quantity, Quote

TEXT = "Officials said more than 30 countries pledged €800 billion ($843 billion) on March 6, 2025."


def span(sub: str, text: str = TEXT) -> dict:
    start = text.index(sub)
    return {"start": start, "end": start + len(sub), "text": sub}


def gq(sub: str, **kw) -> ev.GoldQuantity:
    return ev.GoldQuantity(**span(sub), **kw)


def pq(sub: str, **kw) -> Quantity:
    return Quantity(**span(sub), **kw)


# --- quantities -------------------------------------------------------------------------------


def test_quantity_hit_needs_overlap_and_value():
    gold = [gq("more than 30 countries", value=30, unit="country", qualifier="more_than")]
    pred = [pq("30 countries", value=30.0000001, unit="country")]  # narrower span, value within 1e-6
    s = ev.score_quantities(gold, pred).score
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert s.f1 == 1.0


def test_quantity_wrong_value_is_a_miss_and_a_false_alarm():
    gold = [gq("more than 30 countries", value=30)]
    res = ev.score_quantities(gold, [pq("30 countries", value=31)])
    assert (res.score.tp, res.score.fp, res.score.fn) == (0, 1, 1)
    miss = next(m for m in res.misses if m.error == "miss")
    assert "value=31" in miss.predicted  # the predicted value is shown at the miss


def test_quantity_without_overlap_does_not_match():
    gold = [gq("more than 30 countries", value=30)]
    s = ev.score_quantities(gold, [pq("€800 billion", value=30)]).score
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_quantity_currency_must_match_when_gold_has_one():
    gold = [gq("€800 billion", value=800e9, currency="EUR")]
    assert ev.score_quantities(gold, [pq("€800 billion", value=800_000_000_000, currency="EUR")]).score.tp == 1
    assert ev.score_quantities(gold, [pq("€800 billion", value=800_000_000_000, currency="USD")]).score.tp == 0
    assert ev.score_quantities(gold, [pq("€800 billion", value=800_000_000_000)]).score.tp == 0
    # Gold without currency: the prediction's currency is not checked.
    gold2 = [gq("30 countries", value=30)]
    assert ev.score_quantities(gold2, [pq("30 countries", value=30, currency="EUR")]).score.tp == 1


def test_quantity_range_compares_low_and_high():
    text = "between 10,000 and 30,000 troops"
    gold = [ev.GoldQuantity(**span(text, text), low=10000, high=30000)]
    ok = Quantity(**span(text, text), low=10000, high=30000)
    wrong = Quantity(**span(text, text), low=15000, high=30000)
    point = Quantity(**span("30,000 troops", text), value=30000)
    assert ev.score_quantities(gold, [ok]).score.tp == 1
    assert ev.score_quantities(gold, [wrong]).score.tp == 0
    assert ev.score_quantities(gold, [point]).score.tp == 0


def test_quantity_one_to_one_greedy_by_overlap():
    gold = [gq("€800 billion", value=800e9, currency="EUR")]
    pred = [pq("800", value=800e9, currency="EUR"), pq("€800 billion", value=800e9, currency="EUR")]
    res = ev.score_quantities(gold, pred)
    assert (res.score.tp, res.score.fp, res.score.fn) == (1, 1, 0)
    # The larger overlap wins: the false alarm is the short one.
    assert [m.text for m in res.misses if m.error == "false_alarm"] == ["800"]


def test_ignore_span_neither_hit_nor_false_alarm():
    ignore = [ev.GoldIgnore(**span("$843 billion"), kind="quantities")]
    other_kind = [ev.GoldIgnore(**span("$843 billion"), kind="dates")]
    pred = [pq("$843 billion", value=843e9, currency="USD")]
    assert ev.score_quantities([], pred, ignore).score.pred == 0
    assert ev.score_quantities([], pred, other_kind).score.fp == 1


# --- dates ------------------------------------------------------------------------------------


def test_date_needs_same_iso_and_unresolved_predictions_do_not_count():
    gold = [ev.GoldDate(**span("March 6, 2025"), iso="2025-03-06")]
    assert ev.score_dates(gold, [DateMention(**span("March 6"), iso="2025-03-06")]).score.tp == 1
    wrong = ev.score_dates(gold, [DateMention(**span("March 6, 2025"), iso="2025-03")]).score
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)
    unresolved = ev.score_dates(gold, [DateMention(**span("March 6, 2025"), iso=None)]).score
    assert (unresolved.pred, unresolved.fn) == (0, 1)


# --- quotes and speakers ----------------------------------------------------------------------

QTEXT = 'Macron said: "This is a commitment of substance, not just words," in Paris.'
INNER = "This is a commitment of substance, not just words,"


def gquote(speaker):
    return [ev.GoldQuote(**span(INNER, QTEXT), speaker=speaker)]


def pquote(sub: str, speaker=None) -> Quote:
    return Quote(**span(sub, QTEXT), speaker=speaker)


def test_quote_must_cover_half_of_the_gold():
    half = INNER[: (len(INNER) + 1) // 2]
    under = INNER[: len(INNER) // 2 - 1]
    assert ev.score_quotes(gquote(None), [pquote(half)]).score.tp == 1
    assert ev.score_quotes(gquote(None), [pquote(under)]).score.tp == 0
    # A prediction that includes the marks and more still covers the gold.
    assert ev.score_quotes(gquote(None), [pquote('"' + INNER + '" in')]).score.tp == 1


def test_speaker_surname_or_fuller_name_of_a_person_counts_case_insensitive():
    gold = gquote("Emmanuel Macron")
    assert ev.score_speakers(gold, [pquote(INNER, "MACRON")]).score.tp == 1
    assert ev.score_speakers(gold, [pquote(INNER, "President Emmanuel Macron")]).score.tp == 1
    bad = ev.score_speakers(gold, [pquote(INNER, "Olaf Scholz")])
    assert (bad.score.tp, bad.score.fp, bad.score.fn) == (0, 1, 1)
    assert "Scholz" in next(m for m in bad.misses if m.error == "miss").predicted
    assert ev.score_speakers(gold, [pquote(INNER, None)]).score.tp == 0
    # The quote itself was found either way.
    assert ev.score_quotes(gold, [pquote(INNER, "Olaf Scholz")]).score.tp == 1


def test_speaker_same_last_word_of_an_organisation_is_not_the_same_speaker():
    # invented names: two bodies "of Ruritania" are two speakers, and a place is not its bank
    gold = gquote("Bank of Ruritania")
    assert ev.score_speakers(gold, [pquote(INNER, "Church of Ruritania")]).score.tp == 0
    assert ev.score_speakers(gold, [pquote(INNER, "Ruritania")]).score.tp == 0
    assert ev.score_speakers(gquote("Anna Kowal"), [pquote(INNER, "Jan Kowal")]).score.tp == 0


def test_speaker_alias_of_the_gold_actor_counts():
    gold = gquote("Ruritanian Central Bank")
    actors = [ev.GoldActor(name="Ruritanian Central Bank", type="ORG", aliases=["RCB", "the central bank"])]
    assert ev.score_speakers(gold, [pquote(INNER, "RCB")], gold_actors=actors).score.tp == 1
    assert ev.score_speakers(gold, [pquote(INNER, "RCB")]).score.tp == 0  # no actor says so


def test_speaker_null_gold_wants_null_prediction():
    assert ev.score_speakers(gquote(None), [pquote(INNER, None)]).score.tp == 1
    assert ev.score_speakers(gquote(None), [pquote(INNER, "Macron")]).score.tp == 0


# --- actors -----------------------------------------------------------------------------------


def actor(name, type_="PERSON", aliases=()):
    return Actor(id=name.lower().replace(" ", "-"), name=name, type=type_, aliases=list(aliases))


def test_actor_matches_by_name_or_alias_after_normalising():
    gold = [ev.GoldActor(name="United States", type="GPE", aliases=["U.S.", "US"]),
            ev.GoldActor(name="Emmanuel Macron", type="PERSON", aliases=["Macron"]),
            ev.GoldActor(name="World Health Organization", type="ORG", aliases=["WHO"])]
    pred = [actor("U.S", "GPE"),                       # punctuation dropped
            actor("Macron’s", "PERSON"),               # possessive dropped
            actor("Paris", "GPE"),                     # not in gold
            actor("Emmanuel Macron", "PERSON", ["Macron"])]  # the same gold actor again
    res = ev.score_actors(gold, pred)
    s = res.score
    # one-to-one: the fuller "Emmanuel Macron" takes the gold actor, "Macron’s" is a duplicate
    assert (s.pred, s.pred_hits, s.gold, s.gold_hits) == (4, 2, 3, 2)
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(2 / 3)
    assert {m.text for m in res.misses} == {"Macron’s", "Paris", "World Health Organization"}


def test_actor_of_another_type_does_not_match():
    gold = [ev.GoldActor(name="Ruritania", type="GPE", aliases=[])]
    assert ev.score_actors(gold, [actor("Ruritania", "ORG")]).score.gold_hits == 0
    assert ev.score_actors(gold, [actor("Ruritania", "GPE")]).score.gold_hits == 1


@pytest.mark.parametrize("pred_name", [
    "Government of Ruritania", "the Ruritania government", "Ruritania's national government",
    "Ruritania state government"])
def test_a_governments_name_in_any_of_its_forms_is_one_name(pred_name):
    gold = [ev.GoldActor(name="Government of Ruritania", type="ORG", aliases=["the government"])]
    assert ev.score_actors(gold, [actor(pred_name, "ORG")]).score.gold_hits == 1


def test_a_governments_name_by_its_countrys_adjective_is_that_government():
    gold = [ev.GoldActor(name="the Kenyan government", type="ORG", aliases=[])]
    assert ev.score_actors(gold, [actor("Government of Kenya", "ORG")]).score.gold_hits == 1
    gold = [ev.GoldActor(name="Government of the United Kingdom", type="ORG", aliases=[])]
    assert ev.score_actors(gold, [actor("British Government", "ORG")]).score.gold_hits == 1


def test_one_governments_name_does_not_match_another_or_the_country():
    gold = [ev.GoldActor(name="Government of Ruritania", type="ORG", aliases=[])]
    assert ev.score_actors(gold, [actor("Government of Borduria", "ORG")]).score.gold_hits == 0
    assert ev.score_actors(gold, [actor("the federal government", "ORG")]).score.gold_hits == 0
    assert ev.score_actors(gold, [actor("Ruritania", "GPE")]).score.gold_hits == 0


def test_a_leading_article_does_not_change_the_actor_named():
    gold = [ev.GoldActor(name="The Valley Sentinel", type="ORG", aliases=["THE VALLEY SENTINEL"]),
            ev.GoldActor(name="transport ministry", type="ORG", aliases=["the ministry"])]
    pred = [actor("Valley Sentinel", "ORG"), actor("Transport Ministry (Ruritania)", "ORG", ["ministry"])]
    assert ev.score_actors(gold, pred).score.gold_hits == 2
    # only a leading article: "the" inside a name stays ("Bank of the North" is no "Bank of North")
    gold = [ev.GoldActor(name="Bank of the North", type="ORG", aliases=[])]
    assert ev.score_actors(gold, [actor("Bank of North", "ORG")]).score.gold_hits == 0


def test_actor_last_word_alone_is_not_enough():
    gold = [ev.GoldActor(name="Ursula von der Leyen", type="PERSON", aliases=["von der Leyen"])]
    assert ev.score_actors(gold, [actor("Leyen")]).score.gold_hits == 0


# --- pairs ------------------------------------------------------------------------------------


def fact(status, type_, a, b):
    return {"status": status, "type": type_, "a_start": a[0], "a_end": a[1], "b_start": b[0], "b_end": b[1]}


def match(status, a, b):
    return {"status": status, "relation": "x", "a": {"start": a[0], "end": a[1], "text": ""},
            "b": {"start": b[0], "end": b[1], "text": ""}}


def test_pair_fact_found_needs_overlap_on_both_sides_and_same_status():
    facts = [fact("agree", "quantity", (10, 20), (100, 110)),
             fact("conflict", "quote", (30, 40), (130, 140)),
             fact("related", "quantity", (50, 60), (150, 160)),
             fact("agree", "statement", (70, 80), (170, 180))]
    matches = [match("agree", (15, 25), (105, 108)),      # finds fact 1
               match("agree", (30, 40), (130, 140)),      # right place, wrong status
               match("conflict", (55, 58), (150, 151)),   # a related fact called conflict
               match("conflict", (0, 5), (0, 5))]         # a conflict nowhere in the gold
    scores, misses = ev.score_pair(facts, matches, "a|b")
    assert (scores.facts.gold, scores.facts.gold_hits) == (2, 1)
    assert (scores.conflicts.pred, scores.conflicts.pred_hits) == (2, 0)
    assert scores.conflict_precision == 0.0
    assert ev.score_pair(facts, matches[:1])[0].conflict_precision == 1.0  # no conflict reported, none false
    assert scores.related_as_conflict == 1
    assert (scores.statements.gold, scores.statements.gold_hits) == (1, 0)
    assert any(m.kind == "pairs:related_as_conflict" for m in misses)


def test_pair_only_one_side_overlapping_is_not_found():
    facts = [fact("agree", "date", (10, 20), (100, 110))]
    scores, _ = ev.score_pair(facts, [match("agree", (10, 20), (200, 210))])
    assert scores.facts.gold_hits == 0


# --- scores and properties --------------------------------------------------------------------


def test_score_conventions():
    assert ev.Score(gold=4, pred=0).precision == 0.0   # nothing predicted is not perfect precision
    assert ev.Score().f1 == 1.0                        # nothing due, nothing predicted
    s = ev.Score(gold=4, pred=2, gold_hits=2, pred_hits=2) + ev.Score(gold=1, pred=3, gold_hits=1, pred_hits=1)
    assert (s.tp, s.fp, s.fn) == (3, 2, 2)
    assert s.f1 == pytest.approx(0.6)


spans = st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda t: {"start": t[0], "end": t[0] + t[1], "text": ""})


@given(st.lists(spans, max_size=8), st.lists(spans, max_size=8))
def test_greedy_match_is_one_to_one_and_counts_are_consistent(gold, pred):
    pairs = ev.greedy_match(gold, pred, lambda g, p: ev.span_overlap(g, p) > 0)
    assert len(set(pairs.values())) == len(pairs)
    assert all(ev.span_overlap(gold[g], pred[p]) > 0 for g, p in pairs.items())
    s = ev_match._score_one_to_one("x", "d", gold, pred, lambda g, p: ev.span_overlap(g, p) > 0, str).score
    assert s.tp + s.fn == len(gold) and s.tp + s.fp == len(pred)
    assert 0.0 <= s.f1 <= 1.0


@given(st.text(max_size=40))
def test_normalise_name_never_raises_and_is_idempotent(name):
    once = ev.normalise_name(name)
    assert ev.normalise_name(once) == once


# --- the runner and the command, with extraction replaced by hand-made results ----------------


def _result(doc: str, quantities=(), quotes=(), actors=()) -> DocumentResult:
    claims = [Claim(id=f"q{i}", doc=doc, kind="quantity", start=q.start, end=q.end, text=q.text, quantities=[q])
              for i, q in enumerate(quantities)]
    claims += [Claim(id=f"t{i}", doc=doc, kind="quote", start=q.start, end=q.end, text=q.text, quote=q)
               for i, q in enumerate(quotes)]
    info = DocumentInfo(doc=doc, sha256="0", actors=list(actors))
    return DocumentResult(document=info, claims=claims)


@pytest.fixture
def gold_folder(tmp_path, monkeypatch):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "b.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "corpus.json").write_text(json.dumps({"corpus": "../articles"}))
    for name in ("a.txt", "b.txt"):
        (gold / f"{name}.gold.json").write_text(json.dumps({
            "doc": name,
            "quantities": [dict(span("more than 30 countries"), value=30, unit="country")],
            "actors": [{"name": "Emmanuel Macron", "type": "PERSON", "aliases": ["Macron"]}],
        }))
    (gold / "pairs.gold.json").write_text(json.dumps([{"a": "a.txt", "b": "b.txt", "facts": [
        dict(fact("agree", "quantity", (15, 37), (15, 37)), about="countries")]}]))
    results = {
        "a.txt": _result("a.txt", [pq("30 countries", value=30)], actors=[actor("Macron")]),
        "b.txt": _result("b.txt", [pq("30 countries", value=31)], actors=[actor("Paris", "GPE")]),
    }
    monkeypatch.setattr(ev_run, "_extract", lambda paths, model, cache=None: {n: (results[n], TEXT) for n in paths})
    return gold


def test_evaluate_micro_averages_over_documents(gold_folder, monkeypatch):
    monkeypatch.setattr(ev_run, "_diff_api", lambda: (None, "no diff engine"))
    report = ev.evaluate(gold_folder)
    q = report.scores["quantities"]
    assert (q.tp, q.fp, q.fn) == (1, 1, 1)
    assert report.scores["actors"].precision == 0.5
    assert report.by_document["a.txt"]["quantities"].f1 == 1.0
    assert report.pairs is not None and not report.pairs.available
    assert report.warnings == []


def test_an_extraction_given_is_scored_as_made_and_only_the_rest_extracted(gold_folder, monkeypatch):
    monkeypatch.setattr(ev_run, "_diff_api", lambda: (None, "no diff engine"))
    made = ev.extract_gold(gold_folder)
    assert sorted(made) == ["a.txt", "b.txt"]
    asked: list = []
    real = ev_run._extract
    monkeypatch.setattr(ev_run, "_extract", lambda paths, model: asked.append(sorted(paths)) or real(paths, model))
    again = ev.evaluate(gold_folder, extracted=made)
    assert asked == []  # nothing extracted twice
    assert again.model_dump() == ev.evaluate(gold_folder).model_dump()
    ev.evaluate(gold_folder, extracted={"a.txt": made["a.txt"]})
    assert asked[-1] == ["b.txt"]


def test_evaluate_scores_pairs_with_a_diff_engine(gold_folder, monkeypatch):
    class Diff:
        def model_dump(self, **kw):
            return {"matches": [match("agree", (20, 30), (20, 30))]}

    monkeypatch.setattr(ev_run, "_diff_api", lambda: (lambda a, b: Diff(), None))
    pairs = ev.evaluate(gold_folder).pairs
    assert pairs.available and pairs.facts.recall == 1.0 and pairs.conflicts.pred == 0


def test_cli_json_and_usage_errors(gold_folder, monkeypatch, tmp_path):
    from claimtrack.cli import app

    monkeypatch.setattr(ev_run, "_diff_api", lambda: (None, "no diff engine"))
    runner = CliRunner()
    ok = runner.invoke(app, ["eval", str(gold_folder), "--format", "json"])
    assert ok.exit_code == 0, ok.output
    data = json.loads(ok.stdout)
    assert data["scores"]["quantities"]["tp"] == 1 and "misses" not in data
    table = runner.invoke(app, ["eval", str(gold_folder), "--show-misses"])
    assert table.exit_code == 0 and "value=31" in table.stdout

    missing = runner.invoke(app, ["eval", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "does not exist" in missing.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert runner.invoke(app, ["eval", str(empty)]).exit_code == 2
    (gold_folder / "c.txt.gold.json").write_text(json.dumps({"doc": "c.txt"}))
    notfound = runner.invoke(app, ["eval", str(gold_folder)])
    assert notfound.exit_code == 2 and "c.txt not found" in notfound.output
    assert "Traceback" not in notfound.output
