"""The pure core of extraction: `process_documents(documents, nlp)` runs the pipeline over
documents in order; `run_batch(task)` is the same over plain data (Document fields in,
`DocumentResult.model_dump(mode="json")` dicts out), the function every executor maps, with the
model loaded once per worker process (`worker_nlp`)."""

from __future__ import annotations

import dataclasses
import threading
from typing import Iterable, Iterator, Optional, Union

from .collector import relaxed_gc
from .ingest import DEFAULT_MAX_CHARS, Document, too_long_reason
from .models import DocumentResult, Skipped
from .tables import TableError
from .text import one_line


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
    from .pipeline import windows
    from .records import build_result

    if nlp.max_length < max_chars + 1:
        nlp.max_length = max_chars + 1
    pending: list[tuple] = []
    with relaxed_gc():
        for document in documents:
            if len(document.text) > max_chars:
                pending.append((None, document))
            elif windows.needs_guard(document.text):
                pending.append((GUARDED, document))  # a long document or a long run: pipeline/windows.py
            else:
                pending.append((_prepare(nlp.make_doc(document.text), document), document))
            if len(pending) >= BATCH_SIZE:
                yield from _flush(pending, nlp, include_text, max_chars, build_result)
        yield from _flush(pending, nlp, include_text, max_chars, build_result)


#: Marks a document whose model annotations come from `pipeline.windows.model_doc`, not `nlp.pipe`.
GUARDED = object()


def _prepare(doc, document: Document):
    from .pipeline.extensions import PUBLISHED, PUBLISHED_SOURCE, TEXT

    doc._.set(PUBLISHED, document.published)
    doc._.set(PUBLISHED_SOURCE, document.published_source)
    doc._.set(TEXT, document.text)  # a Doc's text is the text it was made from
    return doc


def _flush(pending: list, nlp, include_text: bool, max_chars: int, build_result) -> Iterator[Item]:
    from .pipeline import COMPONENTS, windows

    real = [d for d, _ in pending if d is not None and d is not GUARDED]
    # The model's own components run batched; claimtrack's extractors run one by one on each
    # Doc so that one failing costs only its own mentions (see `_run_extractors`).
    ours = [name for name in nlp.pipe_names if name in COMPONENTS]
    processed = iter(nlp.pipe(real, batch_size=BATCH_SIZE, disable=ours)) if real else iter(())
    batch = list(pending)
    pending.clear()
    for doc, document in batch:
        if doc is None:
            yield Skipped(path=document.name, reason=too_long_reason(len(document.text), max_chars))
        else:
            if doc is GUARDED:  # the model over windows, joined into one Doc (pipeline/windows.py)
                doc = _prepare(windows.model_doc(nlp, document.text, ours), document)
            else:
                doc = next(processed)
            failures = _run_extractors(nlp, doc, ours)
            result = build_result(document, doc, include_text=include_text)
            result._failures = failures
            yield result


def _run_extractors(nlp, doc, names: list[str]) -> list[str]:
    """Run claimtrack's components on `doc`, each isolated: when one raises, what it assigns is
    cleared, the others still run, and the failure is returned ("quantities: ValueError: ...").
    A data table that cannot be loaded (`tables.TableError`) is no failure of one document: it
    stops the run, naming the file, rather than cost every document what the table finds."""
    failures = []
    for name in names:
        try:
            nlp.get_pipe(name)(doc)
        except TableError:
            raise
        except Exception as err:
            for attr in nlp.get_pipe_meta(name).assigns:
                if attr.startswith("doc._."):
                    doc._.set(attr[len("doc._."):], None)
            label = name.removeprefix("claimtrack_")
            failures.append(f"{label}: {type(err).__name__}: {one_line(str(err), 160)}")
    return failures


def failure_skips(result: DocumentResult) -> list[Skipped]:
    """A document's failed extractors as skips: it is kept, without what they would have found."""
    return [Skipped(path=result.document.doc,
                    reason=f"extractor failed ({failure}); the document's other claims are kept")
            for failure in result._failures]


def document_to_data(document: Document) -> dict:
    return dataclasses.asdict(document)


def document_from_data(data: dict) -> Document:
    return Document(**data)


#: The model in a worker process (either executor), loaded on first use: model name -> pipeline.
WORKER_MODELS: dict = {}
_WORKER_LOCK = threading.Lock()


def worker_nlp(model: Optional[str], max_length: int):
    """This process's copy of the model, loaded once per process and kept. (A Dask worker
    started with several threads would share it: run workers with `--nthreads 1`.)"""
    nlp = WORKER_MODELS.get(model)
    if nlp is None:
        with _WORKER_LOCK:
            nlp = WORKER_MODELS.get(model)
            if nlp is None:
                from . import nlp as nlp_mod

                nlp = WORKER_MODELS[model] = nlp_mod.load(model)
    if nlp.max_length < max_length:
        nlp.max_length = max_length
    return nlp


def run_batch(task: tuple[list[dict], bool, int], model: Optional[str] = None) -> list[dict]:
    """The pure function workers map: Document fields in, DocumentResult dumps out (in order)."""
    datas, include_text, max_chars = task
    nlp = worker_nlp(model, max_chars + 1)
    out = []
    for item in process_documents([document_from_data(d) for d in datas], nlp,
                                  include_text=include_text, max_chars=max_chars):
        if isinstance(item, Skipped):  # the runner filters these out first; kept for safety
            out.append({"skipped": item.model_dump()})
        else:
            dump = item.model_dump(mode="json")
            if item._failures:
                dump["_failures"] = item._failures
            out.append(dump)
    return out
