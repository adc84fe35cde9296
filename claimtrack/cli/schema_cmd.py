"""`claimtrack schema`: the JSON Schema of the extraction output."""

from __future__ import annotations

import json

import typer

from ..models import ExtractOutput
from . import app


def extract_schema() -> dict:
    schema = ExtractOutput.model_json_schema(by_alias=True)
    schema["$id"] = "https://claimtrack.invalid/schema/claims/v1.json"
    schema["title"] = "claimtrack claims v1"
    return schema


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of `claimtrack extract --format json` output.

    Example:  claimtrack schema > claims.schema.json
    """
    typer.echo(json.dumps(extract_schema(), indent=2, ensure_ascii=False))
