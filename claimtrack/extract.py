"""The extraction run: documents in, DocumentResults (or Skipped) out, streamed in input order.

`extract()` is the Python API; the CLI streams `iter_extract()` into an exporter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

from . import __version__
from .ingest import DEFAULT_MAX_CHARS, Document, Limits, document_from_text, read_documents
from .models import DocumentResult, ExtractOutput, Generator, Skipped
from .pipeline.extensions import PUBLISHED

Item = Union[DocumentResult, Skipped]

#: Documents handed to spaCy at a time.
BATCH_SIZE = 32


def process_documents(
    documents: Iterable[Document],
    nlp,
    *,
    include_text: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Item]:
    """Run the pipeline over documents, in order. The pure core that every executor maps."""
    from .records import build_result

    def docs() -> Iterator[tuple]:
        for document in documents:
            if len(document.text) > max_chars:
                yield None, document
                continue
            doc = nlp.make_doc(document.text)
            doc._.set(PUBLISHED, document.published)
            yield doc, document

    pending: list[tuple] = []

    def flush() -> Iterator[Item]:
        real = [d for d, _ in pending if d is not None]
        processed = iter(nlp.pipe(real, batch_size=BATCH_SIZE)) if real else iter(())
        for doc, document in pending:
            if doc is None:
                yield Skipped(
                    path=document.name,
                    reason=f"document has {len(document.text):,} characters, over the {max_chars:,} limit (--max-chars)",
                )
            else:
                yield build_result(document, next(processed), include_text=include_text)
        pending.clear()

    if nlp.max_length < max_chars + 1:
        nlp.max_length = max_chars + 1
    for pair in docs():
        pending.append(pair)
        if len(pending) >= BATCH_SIZE:
            yield from flush()
    yield from flush()


def iter_extract(
    paths: Sequence[Union[str, Path]],
    *,
    model: Optional[str] = None,
    published: Optional[str] = None,
    include_text: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    limits: Limits = Limits(),
) -> Iterator[Item]:
    """Extract every document under `paths`; yields results and skips in input order."""
    from . import nlp as nlp_mod

    nlp = nlp_mod.load(model)
    items = read_documents(paths, published=published, limits=limits)
    documents: list = []

    def only_documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Skipped):
                documents.append(item)
            else:
                yield item

    # Skips are reported at the position they were read, interleaved with results.
    for result in process_documents(only_documents(), nlp, include_text=include_text, max_chars=max_chars):
        while documents:
            yield documents.pop(0)
        yield result
    while documents:
        yield documents.pop(0)


def extract(
    source: Union[str, Path, Sequence[Union[str, Path]]],
    *,
    model: Optional[str] = None,
    published: Optional[str] = None,
    text: Optional[str] = None,
    include_text: bool = False,
) -> ExtractOutput:
    """Extract claims from files/folders (or from `text=` directly) into one ExtractOutput.

    >>> from claimtrack import extract
    >>> out = extract("seeds/")                                     # doctest: +SKIP
    >>> out = extract([], text="Macron said 26 nations pledged.")   # doctest: +SKIP
    """
    from . import nlp as nlp_mod

    nlp = nlp_mod.load(model)
    out = ExtractOutput(generator=Generator(version=__version__, model=nlp_mod.model_label(nlp)))
    if text is not None:
        items: Iterable[Item] = process_documents(
            [document_from_text(text, published=published)], nlp, include_text=include_text
        )
    else:
        paths = [source] if isinstance(source, (str, Path)) else list(source)
        items = iter_extract(paths, model=model, published=published, include_text=include_text)
    for item in items:
        if isinstance(item, Skipped):
            out.skipped.append(item)
        else:
            out.documents.append(item.document)
            out.claims.extend(item.claims)
    return out
