"""Facts, timelines, corroboration and JSON-LD over a small ledger of three articles."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

ARTICLES = {
    "a.txt": (
        "Allies pledge troops for peacekeeping mission\nPublished September 4, 2025\n\n"
        "PARIS — Twenty-six countries have pledged to send troops to a peacekeeping mission in Ukraine once a "
        "ceasefire holds, French President Emmanuel Macron said on Thursday after a summit in Paris.\n"
        "\"This is a commitment of substance,\" Macron told reporters.\n"
    ),
    "b.txt": (
        "More allies join peacekeeping mission\nPublished January 10, 2026\n\n"
        "PARIS — Thirty-five countries have now pledged to send troops to the peacekeeping mission in Ukraine, "
        "the French presidency said on Saturday, up from the figure announced in September.\n"
    ),
    "c.txt": (
        "Paris summit ends with troop pledges\nPublished September 5, 2025\n\n"
        "Twenty-six nations pledged on Thursday to send troops to a peacekeeping mission in Ukraine after a "
        "ceasefire, Emmanuel Macron said.\n"
        "\"This is a commitment of substance,\" Macron said at the Elysee.\n"
    ),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "claims.db")
    result = CliRunner().invoke(app, ["track", "add", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def _facts(db, *args):
    result = CliRunner().invoke(app, ["facts", *args, "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["facts"]


def test_same_figure_from_two_outlets_is_one_agreed_fact(ledger):
    facts = [f for f in _facts(ledger) if f["kind"] == "quantity"]
    assert facts, "the 26-country figure stated by a.txt and c.txt is a fact"
    fact = facts[0]
    assert fact["status"] == "agree"
    assert {v["doc"] for v in fact["versions"]} == {"a.txt", "c.txt"}
    assert fact["first"]["doc"] == "a.txt"  # published a day earlier
    # both attribute the figure to the same speaker: one origin, re-reported
    assert fact["independent"] == 1 and fact["requotes"] == 1


def test_the_same_quote_in_two_articles_has_one_origin(ledger):
    quotes = _facts(ledger, "--kind", "quote")
    assert len(quotes) == 1 and quotes[0]["status"] == "agree"
    assert quotes[0]["independent"] == 1


def test_timeline_marks_a_later_figure_as_an_update_not_a_conflict(ledger):
    result = CliRunner().invoke(app, ["timeline", "countries", "--db", ledger, "-f", "json"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)["facts"]
    line = next(f for f in facts if f["kind"] == "quantity")["timeline"]
    assert [e["doc"] for e in line] == ["a.txt", "c.txt", "b.txt"]
    assert [e["as_of"][:7] for e in line] == ["2025-09", "2025-09", "2026-01"]
    assert [e["change"] for e in line] == ["first", "agree", "update"]
    assert not _facts(ledger, "--conflicts")


def test_timeline_svg_png_and_unknown_query(ledger, tmp_path):
    svg, png = tmp_path / "t.svg", tmp_path / "t.png"
    ok = CliRunner().invoke(app, ["timeline", "countries", "--db", ledger, "--svg", str(svg), "--png", str(png)])
    assert ok.exit_code == 0, ok.output
    assert svg.read_text(encoding="utf-8").startswith("<svg") and "Thirty-five" in svg.read_text(encoding="utf-8")
    from PIL import Image

    with Image.open(png) as img:
        assert img.format == "PNG" and img.size[0] == 800 and img.size[1] > 300
        assert len(set(img.getdata())) > 3  # something was drawn
    missing = CliRunner().invoke(app, ["timeline", "zebra crossings", "--db", ledger])
    assert missing.exit_code == 1 and "no fact" in missing.output


def test_jsonld_parses_as_rdf_with_schema_org_terms(ledger):
    rdflib = pytest.importorskip("rdflib")
    result = CliRunner().invoke(app, ["track", "export", "--db", ledger, "--format", "jsonld"])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="json-ld")
    SDO = rdflib.Namespace("https://schema.org/")
    CT = rdflib.Namespace("https://claimtrack.github.io/ns#")
    claims = set(graph.subjects(rdflib.RDF.type, SDO.Claim))
    quotations = set(graph.subjects(rdflib.RDF.type, SDO.Quotation))
    articles = set(graph.subjects(rdflib.RDF.type, SDO.NewsArticle))
    assert len(articles) == 3 and claims and quotations
    assert all(graph.value(q, SDO.spokenByCharacter) is not None for q in quotations)
    facts = [c for c in claims if str(c).startswith("urn:claimtrack:fact:")]
    assert facts and all(graph.value(f, SDO.firstAppearance) in articles for f in facts)
    assert all(graph.value(c, CT.startOffset) is not None for c in quotations)
    assert set(graph.objects(None, CT.sameQuote)) & quotations  # the repeated quote is linked
    from schemaorg_check import check_schema_org

    assert check_schema_org(graph) > 50  # every schema.org term as schema.org defines it


def test_facts_do_not_depend_on_how_the_articles_were_filed(tmp_path):
    """Facts are derived from what is filed: one article per run, in reverse order, gives the
    same facts JSON as the whole folder in one run (memberships read no other document)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    once, one_by_one = str(tmp_path / "once.db"), str(tmp_path / "one.db")
    assert runner.invoke(app, ["track", "add", str(folder), "--db", once, "-q"]).exit_code == 0
    for name in sorted(ARTICLES, reverse=True):
        assert runner.invoke(app, ["track", "add", str(folder / name), "--db", one_by_one, "-q"]).exit_code == 0
    for args in ([], ["--kind", "quote"]):
        a, b = _facts(once, *args), _facts(one_by_one, *args)
        assert a and a == b
    timeline = [CliRunner().invoke(app, ["timeline", "countries", "--db", db, "-f", "json"]).stdout
                for db in (once, one_by_one)]
    assert timeline[0] == timeline[1]


@pytest.mark.model
def test_statement_frames_group_refusal_and_agreement_into_one_conflicting_fact(tmp_path):
    (tmp_path / "a.txt").write_text("Norway refused to send engineers to the flooded region on Monday, the defence "
                                    "ministry said in a statement.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Norway agreed to send engineers to the flooded region on Monday, the defence "
                                    "ministry said in a statement.\n", encoding="utf-8")
    db = tmp_path / "l.db"
    res = CliRunner().invoke(app, ["track", "add", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.output
    facts = json.loads(CliRunner().invoke(app, ["facts", "--db", str(db), "-f", "json"]).stdout)["facts"]
    statements = [f for f in facts if f["kind"] == "statement"]
    assert [(f["status"], f["relation"]) for f in statements] == [("conflict", "polarity")]
    assert statements[0]["about"].startswith("Norway: send")


@pytest.mark.model
def test_readme_timeline_countries_on_the_seeds(tmp_path):
    """README's `timeline countries` on the bundled seeds: the attendance counted by chiefs,
    nations and countries is one fact, and the values agree."""
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    db = str(tmp_path / "claims.db")
    assert CliRunner().invoke(app, ["track", "add", str(seeds), "--db", db, "-q"]).exit_code == 0
    res = CliRunner().invoke(app, ["timeline", "countries", "--db", db, "-f", "json"])
    assert res.exit_code == 0, res.output
    # statements whose sentences say "countries" match the query too; the figures are one fact
    [fact] = [f for f in json.loads(res.stdout)["facts"] if f["kind"] == "quantity"]
    texts = {e["text"] for e in fact["timeline"]}
    assert {"over 30 European military chiefs", "34 countries"} <= texts
    assert all(e["change"] in ("first", "agree") for e in fact["timeline"])


@pytest.mark.model
def test_track_add_files_a_claims_file_without_extracting_again(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    claims = tmp_path / "claims.json"
    assert CliRunner().invoke(app, ["extract", *[str(tmp_path / n) for n in ARTICLES], "-o", str(claims), "-q"]).exit_code == 0
    db_a, db_b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    assert CliRunner().invoke(app, ["track", "add", *[str(tmp_path / n) for n in ARTICLES], "--db", db_a, "-q"]).exit_code == 0
    res = CliRunner().invoke(app, ["track", "add", str(claims), "--db", db_b, "-q", "--max-chars", "5000"])
    assert res.exit_code == 0, res.output
    assert _facts(db_a) == _facts(db_b)


@pytest.mark.model
def test_each_version_is_dated_by_its_own_clause_not_by_the_sentences_first_date(tmp_path):
    """One sentence, two figures of two years: each figure's version is as of the date governing
    its own clause (its frame), and a date's version is as of itself."""
    (tmp_path / "a.txt").write_text(
        "Harbour line orders ferries\n\nThe Nordvik shipyard delivered 3 ferries to the harbour line in 2023 "
        "and will deliver 5 ferries in 2027, the line said on Tuesday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Nordvik to build more ferries\n\nThe harbour line said the Nordvik shipyard, which delivered 3 ferries "
        "in 2023, will deliver 5 ferries in 2027.\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    res = CliRunner().invoke(app, ["track", "add", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db,
                                   "-q", "--published", "2026-06-01"])
    assert res.exit_code == 0, res.output
    facts = json.loads(CliRunner().invoke(app, ["facts", "--db", db, "-f", "json"]).stdout)["facts"]
    as_of = {(f["kind"], v["text"]): v["as_of"] for f in facts for v in f["versions"] if f["kind"] != "statement"}
    assert as_of[("quantity", "5 ferries")] == "2027" and as_of[("quantity", "3 ferries")] == "2023"
    assert as_of[("date", "2027")] == "2027" and as_of[("date", "2023")] == "2023"
