"""Quantities component (placeholder: finds nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import QUANTITIES


@Language.factory("claimtrack_quantities", assigns=[f"doc._.{QUANTITIES}"])
def make_quantities(nlp: Language, name: str):
    return QuantityFinder()


class QuantityFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(QUANTITIES, [])
        return doc
