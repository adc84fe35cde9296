"""`export.record_json` writes a record with pydantic's serialiser: the text must be what
`dumps(record.model_dump(mode="json"))` writes, byte for byte, for every record, including the
values pydantic writes otherwise (a float below 1e-4, one not finite, a lone surrogate)."""

from __future__ import annotations

import pytest

from claimtrack.export import dumps, record_json
from claimtrack.models.claims import Claim, DocumentInfo, Quantity


def _claim(text: str, **figure) -> Claim:
    q = Quantity(start=0, end=2, text=text[:2], unit="tonne", **figure)
    return Claim(id="c1", doc="harbour.txt", kind="quantity", start=0, end=len(text), text=text, quantities=[q])


@pytest.mark.parametrize("text,figure", [
    ("42 tonnes of grain reached the quay", {"value": 42}),
    ("a 0.5-tonne crate", {"value": 0.5}),
    ("between 3.25 and 7 tonnes", {"low": 3.25, "high": 7}),
    ("9e20 grains of sand", {"value": 9e20}),
    ("0.00002 tonnes of dust", {"value": 2e-05}),  # Python writes 2e-05, pydantic 0.00002
    ("-0.0 tonnes", {"value": -0.0}),
    ("no such tonnage", {"value": float("inf")}),
    ("ctl \b\f\x7f \\ \" / \u2028 caf\u00e9 \U0001F6A2", {"value": 1}),
    ("a lone \ud83d half", {"value": 2}),  # pydantic cannot encode it; Python escapes it
])
def test_record_json_writes_what_json_dumps_writes(text, figure):
    claim = _claim(text, **figure)
    assert record_json(claim) == dumps(claim.model_dump(mode="json"))


def test_record_json_writes_a_document_as_dumps_does():
    info = DocumentInfo(doc="harbour.txt", sha256="0" * 64, title="Grain \u201cdelayed\u201d", chars=120,
                        text="a lone \udcff byte")
    assert record_json(info) == dumps(info.model_dump(mode="json"))
