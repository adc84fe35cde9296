"""Dates component (placeholder: finds nothing yet) and publication-date helpers."""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import DATES

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalise_published(value: str) -> Optional[str]:
    """A metadata publication date ('2025-09-04T10:00:00Z', 'Sep 4, 2025') as ISO YYYY-MM-DD, or None."""
    value = value.strip()
    m = _ISO.match(value)
    if m:
        return m.group(0)
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def find_dateline(text: str) -> Optional[str]:
    """The publication date a text states near its top (a dateline), as ISO, or None."""
    return None


@Language.factory("claimtrack_dates", assigns=[f"doc._.{DATES}"])
def make_dates(nlp: Language, name: str):
    return DateFinder()


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(DATES, [])
        return doc
