"""claimtrack's spaCy components and the order they run in.

Each component is registered with `Language.factory` in its own module and writes one Doc
extension (see `extensions.py`). Actors run first: quotes look their speakers up among them.
"""

from __future__ import annotations

from spacy.language import Language

from . import extensions  # noqa: F401  (registers the Doc extensions)
from . import actors, dates, frames, quantities, quotes  # noqa: F401  (register the factories)
from . import sentences, tokenizer  # noqa: F401  (sentences registers its factory)

COMPONENTS = (
    "claimtrack_actors",
    "claimtrack_quantities",
    "claimtrack_dates",
    "claimtrack_quotes",
    "claimtrack_frames",  # reads the others' mentions: last
)


def add_components(nlp: Language) -> Language:
    """Add claimtrack's components after the model's own, the layout's sentence starts before its
    parser (`sentences`), and the quote infixes to its tokenizer (idempotent)."""
    tokenizer.add_quote_infixes(nlp)
    if "claimtrack_sentences" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("claimtrack_sentences", before="parser")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp
