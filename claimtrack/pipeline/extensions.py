"""The Doc extension attributes claimtrack's components read and write. Registered once."""

from __future__ import annotations

from spacy.tokens import Doc

#: Set by the caller before the pipeline runs: the publication date (ISO) dates resolve against.
PUBLISHED = "ct_published"
#: Written by the components (lists of claimtrack.models records).
ACTORS = "ct_actors"
QUANTITIES = "ct_quantities"
DATES = "ct_dates"
QUOTES = "ct_quotes"
#: Written by the actor component: {(start_char, end_char): actor id} for every actor mention.
ACTOR_SPANS = "ct_actor_spans"
#: The Doc's text, kept once: see `doc_text`.
TEXT = "ct_text"

_ALL = (PUBLISHED, ACTORS, QUANTITIES, DATES, QUOTES, ACTOR_SPANS, TEXT)


def install_extensions() -> None:
    """Register the extensions (idempotent). Defaults are None: components set fresh lists."""
    for name in _ALL:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_text(doc: Doc) -> str:
    """`doc.text`, built at most once per Doc.

    spaCy's `Doc.text` re-joins every token (creating a Token object for each) on every read;
    four components and the record builder each need the text. The caller may set it up front
    (`doc._.set(TEXT, text)` with the text the Doc was made from); otherwise the first read
    keeps it.
    """
    text = doc._.get(TEXT)
    if text is None:
        text = doc.text
        doc._.set(TEXT, text)
    return text


install_extensions()
