"""One invented document through the real extractor, renamed, for the compare tests that build
two-source reports from sentences (the clause frames come from the parse)."""

from __future__ import annotations

from claimtrack import extract
from claimtrack.models import DocumentResult


def extracted_doc(text: str, name: str, published: str = "2031-04-02") -> DocumentResult:
    """`text` extracted as a document published on `published`, its records renamed `name`."""
    out = extract([], text=text, published=published)
    info = out.documents[0].model_copy(update={"doc": name})
    return DocumentResult(document=info, claims=[c.model_copy(update={"doc": name}) for c in out.claims])
