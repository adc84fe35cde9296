"""`claimtrack schema`: the JSON Schema of the extraction output."""

from __future__ import annotations

import json

import typer

from ..schema import extract_schema
from .root import app


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of `claimtrack extract --format json` output.

    Example:  claimtrack schema > claims.schema.json
    """
    typer.echo(json.dumps(extract_schema(), indent=2, ensure_ascii=False))
