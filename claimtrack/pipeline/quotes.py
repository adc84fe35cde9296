"""Quotes component (placeholder: finds nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import QUOTES


@Language.factory("claimtrack_quotes", assigns=[f"doc._.{QUOTES}"], requires=["doc._.ct_actors"])
def make_quotes(nlp: Language, name: str):
    return QuoteFinder()


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(QUOTES, [])
        return doc
