"""Reading back the claims.json that `claimtrack extract` writes, so that `diff` and the ledger
compare what was extracted once instead of extracting again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Union

from .models import CLAIMS_SCHEMA, DocumentResult, ExtractOutput

#: Bytes read from the start of a .json file to tell a claims file from an article record.
_SNIFF = 4096


def is_claims_file(path: Union[str, Path]) -> bool:
    """A .json file whose top-level object names the claims schema ("claimtrack/claims/v1")."""
    p = Path(path)
    if p.suffix.lower() != ".json" or not p.is_file():
        return False
    try:
        with open(p, "rb") as fh:
            head = fh.read(_SNIFF).decode("utf-8", "ignore")
    except OSError:
        return False
    return head.lstrip().startswith("{") and f'"{CLAIMS_SCHEMA}"' in head


def read_claims_file(path: Union[str, Path]) -> list[DocumentResult]:
    """The documents of a claims file, each with its claims (raises ValueError when invalid)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        out = ExtractOutput.model_validate(data)
    except (OSError, ValueError) as err:
        raise ValueError(f"{path}: not a readable claims file ({str(err).splitlines()[0]})") from None
    by_doc: dict[str, list] = {}
    for c in out.claims:
        by_doc.setdefault(c.doc, []).append(c)
    return [DocumentResult(document=d, claims=by_doc.get(d.doc, [])) for d in out.documents]


def split_inputs(paths: list[str]) -> tuple[list[DocumentResult], list[str], Optional[str]]:
    """(results read from claims files, paths left to extract, error message or None)."""
    results: list[DocumentResult] = []
    rest: list[str] = []
    for p in paths:
        if is_claims_file(p):
            try:
                results.extend(read_claims_file(p))
            except ValueError as err:
                return results, rest, str(err)
        else:
            rest.append(p)
    return results, rest, None
