"""The Doc extension attributes and span groups claimtrack's components read and write.

Everything a component leaves on a Doc is plain data (str, int, float, bool, None, lists and
dicts), so a Doc serialises with `DocBin(store_user_data=True)` and crosses processes
(`nlp.pipe(n_process=2)`). The records are dicts with the fields of the pydantic models in
`claimtrack.models`; `claimtrack.records` is the only place they become pydantic objects.

Each extractor also writes a span group, `doc.spans[<same name>]`: one token-aligned Span per
mention (expanded to whole tokens), labelled QUANTITY, DATE, QUOTE or the actor's type, with
the actor id (actors) or the speaker's id (quotes) as `kb_id_`. The exact character offsets are
in the records.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Iterable, Optional

from spacy.tokens import Doc, Span

#: Set by the caller before the pipeline runs: the publication date (ISO) dates resolve against.
PUBLISHED = "ct_published"
#: Set with it: where that date came from ("metadata", "option", "dateline" or None). The date
#: component may read a dateline's date again once the story's country is known
#: (parsers/published.py `revise_dateline`) and then updates PUBLISHED.
PUBLISHED_SOURCE = "ct_published_source"
#: Written by the components: lists of records as plain dicts (the fields of models.Actor,
#: Quantity, DateMention, Quote), sorted by start (actors: in order of first mention).
ACTORS = "ct_actors"
QUANTITIES = "ct_quantities"
DATES = "ct_dates"
QUOTES = "ct_quotes"
#: Written by the actor component: [start_char, end_char, actor id] for every actor mention.
ACTOR_SPANS = "ct_actor_spans"
#: Written by the actor component: [start_char, end_char, actor id] for every definite
#: description that takes up a named actor ("the company", "the ministry", "the province").
#: Kept apart from ACTOR_SPANS, whose entries are the actors' name mentions.
ACTOR_REFS = "ct_actor_refs"
#: The Doc's text, kept once: see `doc_text`.
TEXT = "ct_text"
#: Written by the actor component: the country the story is about or filed from (its name as
#: the actor tables give it, e.g. "Kenya"), or None. The date component reads how that country
#: writes all-number dates; the quantity component, which dollar a paper's bare "$" is.
COUNTRY = "ct_country"

_ALL = (PUBLISHED, PUBLISHED_SOURCE, ACTORS, QUANTITIES, DATES, QUOTES, ACTOR_SPANS, ACTOR_REFS, TEXT, COUNTRY)


def install_extensions() -> None:
    """Register the extensions (idempotent). Defaults are None: components set fresh lists."""
    for name in _ALL:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def views(doc: Doc, name: str) -> list[SimpleNamespace]:
    """The records of extension `name` with attribute access (`q.start`), for components that
    read another component's results. Read-only views: the Doc keeps the plain dicts."""
    return [SimpleNamespace(**record) for record in doc._.get(name) or []]


def set_span_group(doc: Doc, key: str, records: Iterable[dict], label: str,
                   kb_id: Optional[str] = None) -> None:
    """`doc.spans[key]`: one token-aligned Span per record (its offsets expanded to whole
    tokens; a record no token covers gets none). `label` is a record field when it names one
    (an actor's "type"), else the label itself; `kb_id` names the record field for `kb_id_`."""
    spans = []
    for record in records:
        span = doc.char_span(record["start"], record["end"], alignment_mode="expand")
        if span is None or not len(span):
            continue
        spans.append(Span(doc, span.start, span.end, label=record.get(label, label),
                          kb_id=(record.get(kb_id) or "") if kb_id else ""))
    doc.spans[key] = spans


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
