"""The JSON Schema of claimtrack's extraction output, generated from the pydantic models.

A copy is committed as docs/claims.schema.json; a test fails when the models drift from it
(regenerate with `claimtrack schema > docs/claims.schema.json`).
"""

from __future__ import annotations

from .models import ExtractOutput

SCHEMA_ID = "https://github.com/claimtrack/claimtrack/docs/claims.schema.json"


def extract_schema() -> dict:
    schema = ExtractOutput.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "claimtrack claims v1"
    return schema
