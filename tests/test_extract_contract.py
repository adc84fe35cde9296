"""The extract output meets CONTRACT.md and its own schema, with exact offsets."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claimtrack.cli import app
from conftest import SEEDS


def test_offsets_are_exact_for_every_mention(seeds_output):
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    checked = 0
    for doc in seeds_output.documents:
        text = texts[doc.doc]
        for actor in doc.actors:
            for m in actor.mentions:
                assert text[m.start:m.end] == m.text
                checked += 1
    for claim in seeds_output.claims:
        text = texts[claim.doc]
        assert text[claim.start:claim.end] == claim.text
        mentions = list(claim.quantities) + list(claim.dates) + ([claim.quote] if claim.quote else [])
        for m in mentions:
            assert text[m.start:m.end] == m.text
            assert claim.start <= m.start and m.end <= claim.end
            checked += 1
    assert checked > 50


def test_cli_json_has_contract_keys(tmp_path):
    out = tmp_path / "claims.json"
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "claimtrack/claims/v1"
    assert set(data["generator"]) >= {"name", "version", "model"}
    assert [d["doc"] for d in data["documents"]] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for d in data["documents"]:
        assert set(d) >= {"doc", "sha256", "title", "published", "actors"}
        for a in d["actors"]:
            assert set(a) >= {"id", "name", "type", "aliases", "mentions"}
    for c in data["claims"]:
        assert set(c) >= {"id", "doc", "kind", "start", "end", "text", "actors", "quantities", "dates", "quote"}
        assert c["kind"] in {"quantity", "quote", "date", "statement"}
    assert len({c["id"] for c in data["claims"]}) == len(data["claims"])


def test_version_and_help():
    runner = CliRunner()
    assert runner.invoke(app, ["--version"]).output.startswith("claimtrack ")
    helptext = runner.invoke(app, ["extract", "--help"]).output
    assert "--format" in helptext and "Examples" in helptext
