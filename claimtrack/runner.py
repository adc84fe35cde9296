"""The extraction runner: documents in, DocumentResults (or Skipped) out, streamed in input order.

One pure core and one orchestrator, with interchangeable executors:

- `process_documents(documents, nlp)` runs the pipeline over documents; `run_batch(task)` is
  the same over plain data (Document fields in, `DocumentResult.model_dump(mode="json")`
  dicts out): the pure function every executor maps over partitions of documents.
- `Runner` takes documents in blocks, looks each block up in the cache, sends the misses to an
  executor, writes the results back to the cache and yields everything in input order. A
  bounded window of blocks is in flight, so memory stays flat however long the input.
- Executors: in this process (`jobs=1`), `ProcessPool` (`--jobs N` spawned worker processes)
  and `DaskExecutor` (`--executor dask`: a dask.distributed cluster, joined with
  `--scheduler ADDRESS` or started locally with N worker processes). Every worker loads the
  model once (a lazy per-process global) and only plain data crosses process boundaries.

The output is the same, byte for byte once serialised, whatever the executor, the number of
workers and what the cache holds.

The pure core lives in `claimtrack.processing`, the executors in `claimtrack.executors`; this
module is the orchestrator and re-exports their names, so `claimtrack.runner.X` keeps working.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Union

from .version import __version__
from .ingest import DEFAULT_MAX_CHARS, Document, too_long_reason
from .models import DocumentResult, Skipped
# The core and the executors live in their own modules; their names stay importable from here.
from .executors import (  # noqa: F401
    NO_WORKERS_SECONDS, PARENT_CHECK_SECONDS, DaskExecutor, MissingExtra, ProcessPool, WorkerContext,
)
from .processing import (  # noqa: F401
    WORKER_MODELS, BATCH_SIZE, GUARDED, Item, document_from_data, document_to_data, failure_skips, process_documents,
    run_batch, worker_nlp,
)
from .collector import relaxed_gc

if TYPE_CHECKING:
    from .cache import ResultCache


#: What `cache=` accepts: None/False (no cache), True (the default folder), a folder, or a ResultCache.
CacheArg = Union[None, bool, str, Path, "ResultCache"]

#: Documents per block: one cache look-up, one task (a partition) for a worker. Small enough
#: that the last block, which one worker finishes while the others idle, stays short; the model
#: is no slower on blocks of 4 than of 32 (bench/README.md).
BLOCK_DOCS = 4
#: Blocks in flight per worker: enough that a worker never waits for the parent while a longer
#: block ahead of it in input order is still running.
WINDOW_PER_JOB = 4
#: With jobs > 1 (local executor), worker processes start only once this many documents (or
#: characters) need the model: below that, starting processes and loading the model in each
#: costs more than it saves. The dask executor is used whenever asked for.
PARALLEL_MIN_DOCS = 2 * BATCH_SIZE
PARALLEL_MIN_CHARS = 400_000
EXECUTORS = ("local", "dask")


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# -- the orchestrator -----------------------------------------------------------------------------

class _Block:
    """Up to BLOCK_DOCS documents in input order, with the skips read between them."""

    __slots__ = ("slots", "misses", "miss_chars")

    def __init__(self) -> None:
        self.slots: list = []  # an Item (final), or [Document, key] awaiting the model
        self.misses: list = []  # the [Document, key] slots, in order
        self.miss_chars = 0


class _Done:
    """A finished future (a block with nothing for the executor)."""

    def result(self, timeout=None) -> list:
        return []


def _open_cache(cache: CacheArg, warn: Optional[Callable[[str], None]]):
    if cache is None or cache is False:
        return None, False
    from .cache import ResultCache, cache_path

    if cache is True:
        return ResultCache(cache_path(None), warn=warn), True
    if isinstance(cache, (str, Path)):
        return ResultCache(cache_path(cache), warn=warn), True
    return cache, False  # a ResultCache the caller owns


class Runner:
    """One extraction run: blocks of documents, the cache, an executor, results in order."""

    def __init__(self, *, model: Optional[str] = None, nlp=None, jobs: int = 1, cache: CacheArg = None,
                 include_text: bool = False, max_chars: int = DEFAULT_MAX_CHARS,
                 settings: Optional[dict] = None, warn: Optional[Callable[[str], None]] = None,
                 executor: str = "local", scheduler: Optional[str] = None):
        if executor not in EXECUTORS:
            raise ValueError(f"executor {executor!r}: choose local or dask")
        self.model, self._nlp, self.jobs = model, nlp, max(1, jobs)
        self.include_text, self.max_chars = include_text, max_chars
        self.executor, self.scheduler = executor, scheduler
        self.store, self._owned = _open_cache(cache, warn)
        self.settings_hash = None
        if self.store is not None:
            from . import nlp as nlp_mod
            from .cache import settings_fingerprint

            label = nlp_mod.model_label(nlp) if nlp is not None else nlp_mod.model_label_cheap(model)
            if label is None:
                label = nlp_mod.model_label(self.nlp())
            self.settings_hash = settings_fingerprint(label, __version__, settings)

    def nlp(self):
        """The model for in-process work, loaded when first needed (never on an all-hit run)."""
        if self._nlp is None:
            from . import nlp as nlp_mod

            self._nlp = nlp_mod.load(self.model)
        return self._nlp

    # -- blocks and the cache -------------------------------------------------------------------
    def blocks(self, items: Iterable[Union[Document, Skipped]]) -> Iterator[_Block]:
        from .cache import document_key

        block, docs = _Block(), 0
        for item in items:
            if isinstance(item, Skipped):
                block.slots.append(item)
            elif len(item.text) > self.max_chars:
                block.slots.append(Skipped(path=item.name, reason=too_long_reason(len(item.text), self.max_chars)))
            else:
                key = document_key(item.text, item.published, self.settings_hash) if self.settings_hash else None
                block.slots.append([item, key])
                docs += 1
            if docs >= BLOCK_DOCS or len(block.slots) >= 4 * BLOCK_DOCS:
                yield block
                block, docs = _Block(), 0
        if block.slots:
            yield block

    def resolve(self, block: _Block) -> _Block:
        """Fill the block's slots from the cache; what is left goes to the model."""
        store = self.store
        pending = [s for s in block.slots if isinstance(s, list)]
        found = store.get_many(s[1] for s in pending) if (store is not None and pending) else {}
        for i, slot in enumerate(block.slots):
            if not isinstance(slot, list):
                continue
            document, key = slot
            hit = _from_cache(found.get(key), document, self.include_text) if key in found else None
            if key in found and hit is None:
                store.unusable_entry(document.name)
            if store is not None:
                if hit is not None:
                    store.hits += 1
                else:
                    store.misses += 1
            if hit is not None:
                hit._origin = _origin(document)
                block.slots[i] = hit
            else:
                block.misses.append(slot)
                block.miss_chars += len(document.text)
        return block

    def finish(self, block: _Block, results: list[DocumentResult], dumps: Optional[list[dict]]) -> Iterator[Item]:
        """Write the block's new results to the cache and yield its items in order."""
        if self.store is not None and block.misses:
            from .cache import encode_value
            from .records import NLP_DOCUMENT_FIELDS

            if dumps is None:
                dumps = [r.model_dump(mode="json") for r in results]
            # A result with a failed extractor is incomplete: never cached, recomputed next run.
            self.store.put_many((key, encode_value(doc.name, d, NLP_DOCUMENT_FIELDS))
                                for (doc, key), d, r in zip(block.misses, dumps, results) if not r._failures)
        results_iter = iter(results)
        for slot in block.slots:
            if isinstance(slot, list):
                result = next(results_iter)
                result._origin = _origin(slot[0])
                yield result
                yield from failure_skips(result)
            else:
                yield slot

    # -- executing --------------------------------------------------------------------------------
    def in_process(self, resolved: Iterable[_Block]) -> Iterator[Item]:
        for block in resolved:
            results: list = []
            if block.misses:
                results = list(process_documents([d for d, _ in block.misses], self.nlp(),
                                                  include_text=self.include_text, max_chars=self.max_chars))
            yield from self.finish(block, results, None)

    def on_workers(self, resolved: Iterable[_Block], pool) -> Iterator[Item]:
        """Blocks' misses as tasks on `pool` (a ProcessPool or DaskExecutor), a bounded window
        in flight, collected in submission order."""
        window: deque = deque()
        done = False
        try:
            for block in resolved:
                if block.misses:
                    task = ([document_to_data(d) for d, _ in block.misses], self.include_text, self.max_chars)
                    fut = pool.submit(task)
                else:
                    fut = _Done()
                window.append((block, fut))
                if len(window) >= WINDOW_PER_JOB * self.jobs:
                    yield from self._collect(*window.popleft(), pool)
            while window:
                yield from self._collect(*window.popleft(), pool)
            done = True
        finally:
            pool.close(cancel=not done)

    def _collect(self, block: _Block, fut, pool) -> Iterator[Item]:
        dumps = pool.result(fut)
        failures = [d.pop("_failures", None) or [] for d in dumps]
        results = [DocumentResult.model_validate(d) for d in dumps]
        for result, failed in zip(results, failures):
            result._failures = failed
        yield from self.finish(block, results, dumps)

    def make_pool(self):
        if self.executor == "dask":
            return DaskExecutor(self.jobs, self.model, self.scheduler)
        return ProcessPool(self.jobs, self.model, self.max_chars + 1)

    def run(self, items: Iterable[Union[Document, Skipped]]) -> Iterator[Item]:
        # the collector relaxed for the whole run (collector.relaxed_gc): a run served from the
        # cache builds every document's records too, and at Python's default threshold the
        # collector took a quarter of a warm run's CPU time
        with relaxed_gc():
            yield from self._run(items)

    def _run(self, items: Iterable[Union[Document, Skipped]]) -> Iterator[Item]:
        try:
            resolved = (self.resolve(b) for b in self.blocks(items))
            if self.executor == "local" and self.jobs <= 1:
                yield from self.in_process(resolved)
                return
            # Start workers only when documents need the model (local: enough of them; dask:
            # any), so a run served from the cache starts no process and no cluster.
            buffered: list[_Block] = []
            need_docs = need_chars = 0
            for block in resolved:
                buffered.append(block)
                need_docs += len(block.misses)
                need_chars += block.miss_chars
                if self.executor == "dask" and need_docs:
                    threshold = True
                else:
                    threshold = need_docs >= PARALLEL_MIN_DOCS or need_chars >= PARALLEL_MIN_CHARS
                if threshold:
                    yield from self.on_workers(itertools.chain(buffered, resolved), self.make_pool())
                    return
            yield from self.in_process(buffered)
        finally:
            if self._owned and self.store is not None:
                self.store.close()


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
    executor: str = "local",
    scheduler: Optional[str] = None,
) -> Iterator[Item]:
    """Extract a stream of documents (and pass skips through), in input order.

    `nlp`: an already loaded pipeline for in-process work (else `model` is loaded when first
    needed, never if every document is a cache hit). `jobs`: worker processes (local) or local
    cluster workers (dask). `executor`: "local" or "dask"; `scheduler`: a dask scheduler
    address to join instead of starting a local cluster. `cache`: see `CacheArg`.
    """
    runner = Runner(model=model, nlp=nlp, jobs=jobs, cache=cache, include_text=include_text,
                    max_chars=max_chars, settings=settings, warn=warn, executor=executor, scheduler=scheduler)
    yield from runner.run(items)


def _origin(document: Document) -> Optional[str]:
    return os.path.abspath(document.path) if document.path else None


def _fresh_info(document: Document, include_text: bool) -> dict:
    """The DocumentInfo fields that come from the document itself (no model needed)."""
    from .records import document_info

    return document_info(document, [], include_text=include_text).model_dump(mode="json")


def _from_cache(blob: Optional[bytes], document: Document, include_text: bool) -> Optional[DocumentResult]:
    """A cached value as this document's DocumentResult, or None when it cannot be used."""
    if blob is None:
        return None
    from .cache import decode_value
    from .records import NLP_DOCUMENT_FIELDS, claim_id

    value = decode_value(blob, document.name, claim_id)
    if value is None:
        return None
    try:
        info = _fresh_info(document, include_text)
        for field in NLP_DOCUMENT_FIELDS:  # what the model decided; the rest is the document's own
            info[field] = value["document"][field]
        result = DocumentResult.model_validate({"document": info, "claims": value["claims"]})
    except Exception:  # an entry from another layout: recompute
        return None
    return result if _offsets_match(result, document.text) else None


def _offsets_match(result: DocumentResult, text: str) -> bool:
    """Every offset of a cached result still indexes its text (`text[start:end] == .text`): an
    edited or mismatched entry is recomputed, never served."""
    def ok(span) -> bool:
        return span is None or (0 <= span.start <= span.end <= len(text) and text[span.start:span.end] == span.text)

    for actor in result.document.actors:
        if not all(ok(m) for m in actor.mentions):
            return False
    for claim in result.claims:
        if not ok(claim) or not all(ok(m) for m in (*claim.quantities, *claim.dates)):
            return False
        if claim.quote is not None and not (ok(claim.quote) and ok(claim.quote.speaker_span)):
            return False
    return True
