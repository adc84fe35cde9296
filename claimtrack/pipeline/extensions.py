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

_ALL = (PUBLISHED, ACTORS, QUANTITIES, DATES, QUOTES, ACTOR_SPANS)


def install_extensions() -> None:
    """Register the extensions (idempotent). Defaults are None: components set fresh lists."""
    for name in _ALL:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


install_extensions()
