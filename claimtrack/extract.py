"""The extraction run: documents in, DocumentResults (or Skipped) out, streamed in input order.

`extract()` is the Python API; the CLI streams `iter_extract()` into an exporter. Both go
through `run_documents()`, the orchestrator: documents are taken in blocks; each block is
looked up in the cache (`claimtrack.cache`); the misses go to the model, in this process
(`jobs=1`) or in worker processes (`claimtrack.executor`); results are stored back and yielded
in input order. Nothing holds more than a bounded number of blocks, so memory stays flat.
"""

from __future__ import annotations

import itertools
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Sequence, Union

from . import __version__
from .ingest import DEFAULT_MAX_CHARS, Document, Limits, document_from_text, read_documents, too_long_reason
from .models import DocumentResult, ExtractOutput, Generator, Skipped

if TYPE_CHECKING:
    from .cache import ResultCache

Item = Union[DocumentResult, Skipped]
#: What `cache=` accepts: None/False (no cache), True (the default folder), a folder, or a ResultCache.
CacheArg = Union[None, bool, str, Path, "ResultCache"]

#: Documents handed to spaCy at a time.
BATCH_SIZE = 32
#: Documents per block: one cache look-up, one task for a worker process. Small enough that
#: the last block, which one worker finishes while the others idle, stays short; the model is
#: no slower on blocks of 4 than of 32 (bench/README.md).
BLOCK_DOCS = 4
#: Blocks in flight per worker process: enough that a worker never waits for the parent while
#: a longer block ahead of it in input order is still running.
WINDOW_PER_JOB = 4
#: With jobs > 1, worker processes start only once this many documents (or characters) need the
#: model: below that, starting processes and loading the model in each costs more than it saves.
PARALLEL_MIN_DOCS = 2 * BATCH_SIZE
PARALLEL_MIN_CHARS = 400_000
#: Marks a document that goes through `pipeline.windows.process` instead of `nlp.pipe`.
GUARDED = object()


def process_documents(
    documents: Iterable[Document],
    nlp,
    *,
    include_text: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Item]:
    """Run the pipeline over documents, in order. The pure core that every executor maps."""
    from .pipeline import COMPONENTS, windows
    from .pipeline.extensions import PUBLISHED, TEXT
    from .records import build_result

    def prepare(doc, document: Document):
        doc._.set(PUBLISHED, document.published)
        doc._.set(TEXT, document.text)  # a Doc's text is the text it was made from
        return doc

    def docs() -> Iterator[tuple]:
        for document in documents:
            if len(document.text) > max_chars:
                yield None, document
            elif windows.needs_guard(document.text):
                yield GUARDED, document  # a long document or a long run: see pipeline/windows.py
            else:
                yield prepare(nlp.make_doc(document.text), document), document

    pending: list[tuple] = []

    def flush() -> Iterator[Item]:
        real = [d for d, _ in pending if d is not None and d is not GUARDED]
        processed = iter(nlp.pipe(real, batch_size=BATCH_SIZE)) if real else iter(())
        for doc, document in pending:
            if doc is None:
                yield Skipped(path=document.name, reason=too_long_reason(len(document.text), max_chars))
            elif doc is GUARDED:
                done = windows.process(nlp, document.text, COMPONENTS, prepare=lambda d: prepare(d, document))
                yield build_result(document, done, include_text=include_text)
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


# -- the orchestrator -----------------------------------------------------------------------------

#: DocumentInfo fields that come from the model; every other field comes from the Document.
NLP_DOCUMENT_FIELDS = ("actors",)


class _Block:
    """Up to BLOCK_DOCS documents in input order, with the skips read between them."""

    __slots__ = ("slots", "misses", "miss_chars")

    def __init__(self) -> None:
        self.slots: list = []  # an Item (final), or [Document, key] awaiting the model
        self.misses: list = []  # the [Document, key] slots, in order
        self.miss_chars = 0


def _open_cache(cache: CacheArg, warn: Optional[Callable[[str], None]]):
    if cache is None or cache is False:
        return None, False
    from .cache import ResultCache, cache_path

    if cache is True:
        return ResultCache(cache_path(None), warn=warn), True
    if isinstance(cache, (str, Path)):
        return ResultCache(cache_path(cache), warn=warn), True
    return cache, False  # a ResultCache the caller owns


def run_documents(
    items: Iterable[Union[Document, Skipped]],
    *,
    model: Optional[str] = None,
    nlp=None,
    jobs: int = 1,
    cache: CacheArg = None,
    include_text: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    settings: Optional[dict] = None,
    warn: Optional[Callable[[str], None]] = None,
) -> Iterator[Item]:
    """Extract a stream of documents (and pass skips through), in input order.

    `nlp`: an already loaded pipeline for in-process work (else `model` is loaded when first
    needed, never if every document is a cache hit). `jobs` > 1 runs the model in that many
    worker processes once enough documents need it. `cache`: see `CacheArg`. The output is the
    same, byte for byte once serialised, whatever `jobs` and whatever the cache holds.
    """
    from . import nlp as nlp_mod
    from .cache import document_key, settings_fingerprint
    from .executor import WorkerPool

    store, owned = _open_cache(cache, warn)
    state = {"nlp": nlp}

    def get_nlp():
        if state["nlp"] is None:
            state["nlp"] = nlp_mod.load(model)
        return state["nlp"]

    settings_hash = None
    if store is not None:
        label = nlp_mod.model_label(nlp) if nlp is not None else nlp_mod.model_label_cheap(model)
        if label is None:
            label = nlp_mod.model_label(get_nlp())
        settings_hash = settings_fingerprint(label, __version__, settings)

    def blocks() -> Iterator[_Block]:
        block = _Block()
        docs = 0
        for item in items:
            if isinstance(item, Skipped):
                block.slots.append(item)
            elif len(item.text) > max_chars:
                block.slots.append(Skipped(path=item.name, reason=too_long_reason(len(item.text), max_chars)))
            else:
                key = document_key(item.text, item.published, settings_hash) if settings_hash else None
                block.slots.append([item, key])
                docs += 1
            if docs >= BLOCK_DOCS or len(block.slots) >= 4 * BLOCK_DOCS:
                yield block
                block, docs = _Block(), 0
        if block.slots:
            yield block

    def resolve(block: _Block) -> _Block:
        pending = [s for s in block.slots if isinstance(s, list)]
        found = store.get_many(s[1] for s in pending) if (store is not None and pending) else {}
        for i, slot in enumerate(block.slots):
            if not isinstance(slot, list):
                continue
            document, key = slot
            hit = _from_cache(found.get(key), document, include_text) if key in found else None
            if store is not None:
                if hit is not None:
                    store.hits += 1
                else:
                    store.misses += 1
            if hit is not None:
                block.slots[i] = hit
            else:
                block.misses.append(slot)
                block.miss_chars += len(document.text)
        return block

    def finish(block: _Block, results: list[DocumentResult], dumps: Optional[list[dict]]) -> Iterator[Item]:
        if store is not None and block.misses:
            from .cache import encode_value

            if dumps is None:
                dumps = [r.model_dump(mode="json") for r in results]
            store.put_many((key, encode_value(doc.name, d)) for (doc, key), d in zip(block.misses, dumps))
        results_iter = iter(results)
        for slot in block.slots:
            yield next(results_iter) if isinstance(slot, list) else slot

    def in_process(resolved: Iterable[_Block]) -> Iterator[Item]:
        for block in resolved:
            results: list[DocumentResult] = []
            if block.misses:
                for item in process_documents([d for d, _ in block.misses], get_nlp(),
                                              include_text=include_text, max_chars=max_chars):
                    results.append(item)
            yield from finish(block, results, None)

    def parallel(resolved: Iterable[_Block]) -> Iterator[Item]:
        from concurrent.futures import Future

        from .executor import document_to_data, run_batch

        pool = WorkerPool(jobs, model, max_chars + 1)
        window: deque = deque()
        done = False
        try:
            def collect(block: _Block, fut: Future) -> Iterator[Item]:
                dumps = fut.result()
                results = [DocumentResult.model_validate(d) for d in dumps]
                yield from finish(block, results, dumps)

            for block in resolved:
                if block.misses:
                    task = ([document_to_data(d) for d, _ in block.misses], include_text, max_chars)
                    fut = pool.submit(run_batch, task)
                else:
                    fut = Future()
                    fut.set_result([])
                window.append((block, fut))
                if len(window) >= WINDOW_PER_JOB * jobs:
                    yield from collect(*window.popleft())
            while window:
                yield from collect(*window.popleft())
            done = True
        finally:
            pool.close(cancel=not done)

    try:
        resolved = (resolve(b) for b in blocks())
        if jobs <= 1:
            yield from in_process(resolved)
            return
        # Start workers only when enough documents need the model; small inputs stay in-process.
        buffered: list[_Block] = []
        need_docs = need_chars = 0
        for block in resolved:
            buffered.append(block)
            need_docs += len(block.misses)
            need_chars += block.miss_chars
            if need_docs >= PARALLEL_MIN_DOCS or need_chars >= PARALLEL_MIN_CHARS:
                yield from parallel(itertools.chain(buffered, resolved))
                return
        yield from in_process(buffered)
    finally:
        if owned and store is not None:
            store.close()


def _fresh_info(document: Document, include_text: bool) -> dict:
    """The DocumentInfo fields that come from the document itself (no model needed)."""
    from .records import document_info

    return document_info(document, [], include_text=include_text).model_dump(mode="json")


def _from_cache(blob: Optional[bytes], document: Document, include_text: bool) -> Optional[DocumentResult]:
    """A cached value as this document's DocumentResult, or None when it cannot be used."""
    if blob is None:
        return None
    from .cache import decode_value
    from .records import claim_id

    value = decode_value(blob, document.name, claim_id)
    if value is None:
        return None
    try:
        info = _fresh_info(document, include_text)
        info["actors"] = value["actors"]
        return DocumentResult.model_validate({"document": info, "claims": value["claims"]})
    except Exception:  # an entry from another layout: recompute
        return None


def iter_extract(
    paths: Sequence[Union[str, Path]],
    *,
    model: Optional[str] = None,
    published: Optional[str] = None,
    include_text: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    limits: Limits = Limits(),
    jobs: int = 1,
    cache: CacheArg = None,
    warn: Optional[Callable[[str], None]] = None,
    nlp=None,
) -> Iterator[Item]:
    """Extract every document under `paths`; yields results and skips in input order.

    `jobs`: worker processes for the model (1: this process). `cache`: None (default, no
    cache), True (the user cache folder), a folder, or a `claimtrack.cache.ResultCache`.
    """
    items = read_documents(paths, published=published, limits=limits)
    yield from run_documents(items, model=model, nlp=nlp, jobs=jobs, cache=cache,
                             include_text=include_text, max_chars=max_chars, warn=warn)


def extract(
    source: Union[str, Path, Sequence[Union[str, Path]]],
    *,
    model: Optional[str] = None,
    published: Optional[str] = None,
    text: Optional[str] = None,
    include_text: bool = False,
    jobs: int = 1,
    cache: CacheArg = None,
) -> ExtractOutput:
    """Extract claims from files/folders (or from `text=` directly) into one ExtractOutput.

    The Python API uses no cache unless asked (`cache=True` for the user cache folder, or a
    folder) and one process unless `jobs` says otherwise.

    >>> from claimtrack import extract
    >>> out = extract("seeds/")                                     # doctest: +SKIP
    >>> out = extract([], text="Macron said 26 nations pledged.")   # doctest: +SKIP
    """
    from . import nlp as nlp_mod

    nlp = nlp_mod.load(model)
    out = ExtractOutput(generator=Generator(version=__version__, model=nlp_mod.model_label(nlp)))
    if text is not None:
        items: Iterable[Item] = run_documents(
            [document_from_text(text, published=published)], nlp=nlp, model=model, cache=cache,
            include_text=include_text,
        )
    else:
        paths = [source] if isinstance(source, (str, Path)) else list(source)
        items = iter_extract(paths, model=model, published=published, include_text=include_text,
                             jobs=jobs, cache=cache, nlp=nlp)
    for item in items:
        if isinstance(item, Skipped):
            out.skipped.append(item)
        else:
            out.documents.append(item.document)
            out.claims.extend(item.claims)
    return out
