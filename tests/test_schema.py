"""The committed JSON Schema matches the models, and real output validates against it."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.models import ExtractOutput
from claimtrack.schema import extract_schema
from conftest import ROOT, SEEDS

COMMITTED = ROOT / "docs" / "claims.schema.json"


def test_committed_schema_is_current():
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == extract_schema(), (
        "models changed: regenerate with `claimtrack schema > docs/claims.schema.json`"
    )


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == extract_schema()


def test_seed_output_validates_against_schema_and_models(tmp_path):
    out = tmp_path / "claims.json"
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, extract_schema())
    ExtractOutput.model_validate(data)


def test_schema_rejects_a_broken_record():
    data = {"schema": "claimtrack/claims/v1", "generator": {"name": "claimtrack", "version": "0", "model": "x"},
            "documents": [], "claims": [{"id": "x", "doc": "d", "kind": "rumour", "start": 0, "end": 1, "text": "a"}],
            "skipped": []}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, extract_schema())
