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
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import signal
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import SpawnContext, SpawnProcess
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Union

from .version import __version__
from .ingest import DEFAULT_MAX_CHARS, Document, too_long_reason
from .models import DocumentResult, Skipped
from .text import one_line

if TYPE_CHECKING:
    from .cache import ResultCache

Item = Union[DocumentResult, Skipped]
#: What `cache=` accepts: None/False (no cache), True (the default folder), a folder, or a ResultCache.
CacheArg = Union[None, bool, str, Path, "ResultCache"]

#: Documents handed to spaCy at a time.
BATCH_SIZE = 32
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


class MissingExtra(RuntimeError):
    """An optional dependency is not installed: the message says which extra to install."""


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# -- the pure core --------------------------------------------------------------------------------

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
    from .pipeline.extensions import PUBLISHED, TEXT

    doc._.set(PUBLISHED, document.published)
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
    cleared, the others still run, and the failure is returned ("quantities: ValueError: ...")."""
    failures = []
    for name in names:
        try:
            nlp.get_pipe(name)(doc)
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
_WORKER: dict = {}
_WORKER_LOCK = threading.Lock()


def worker_nlp(model: Optional[str], max_length: int):
    """This process's copy of the model, loaded once per process and kept. (A Dask worker
    started with several threads would share it: run workers with `--nthreads 1`.)"""
    nlp = _WORKER.get(model)
    if nlp is None:
        with _WORKER_LOCK:
            nlp = _WORKER.get(model)
            if nlp is None:
                from . import nlp as nlp_mod

                nlp = _WORKER[model] = nlp_mod.load(model)
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


# -- executors ------------------------------------------------------------------------------------

#: How often a worker checks that its parent is still alive (seconds).
PARENT_CHECK_SECONDS = 0.5


def _init_worker(model: Optional[str], max_length: int, parent: Optional[int] = None) -> None:
    # Ctrl-C goes to the whole process group: the parent handles it and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent if parent is not None else os.getppid())
    worker_nlp(model, max_length)


def _die_with_parent(parent: int) -> None:
    """Exit as soon as the parent process is gone (killed with SIGKILL, say): a worker blocked on
    its task queue would otherwise live on, holding a model's memory, for ever."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="claimtrack-parent-watch", daemon=True).start()


class _WorkerProcess(SpawnProcess):
    """A spawned worker that exits at once when its work loop returns (the pool shut it down).

    It holds nothing to finalise, and tearing down an interpreter with a model loaded costs a
    few tenths of a second that the parent would wait for."""

    def run(self) -> None:
        super().run()  # returns only after the pool's shutdown sentinel; results are all sent
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # a closed or broken stream: nothing left to save
                pass
        os._exit(0)


class _WorkerContext(SpawnContext):
    Process = _WorkerProcess


class ProcessPool:
    """N spawned processes on this machine, each loading the model once (`--jobs N`).

    Spawned, not forked: the parent may already hold a loaded model, and forking a process
    whose numeric libraries have started threads is not safe."""

    def __init__(self, jobs: int, model: Optional[str], max_length: int):
        self.model = model
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_WorkerContext(),
                                         initializer=_init_worker, initargs=(model, max_length, os.getpid()))

    def submit(self, task) -> Future:
        return self._pool.submit(run_batch, task, self.model)

    def result(self, fut: Future) -> list[dict]:
        return fut.result()  # a worker that dies breaks the pool: BrokenProcessPool, never a wait

    def close(self, *, cancel: bool = False) -> None:
        if cancel:
            # Interrupted (Ctrl-C, SIGTERM, an error): stop the workers now rather than wait for
            # their current tasks, whose results nobody will read.
            for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                try:
                    process.terminate()
                except (OSError, ValueError, AttributeError):
                    pass
        self._pool.shutdown(wait=True, cancel_futures=cancel)


#: A dask cluster with no worker for this long fails the run (one line) instead of waiting for ever:
#: workers of a shared cluster can all vanish, and Dask holds the tasks until one appears.
NO_WORKERS_SECONDS = 60.0


class DaskExecutor:
    """Partitions of documents on a dask.distributed cluster (`--executor dask`).

    With `scheduler` (an address such as tcp://10.0.0.5:8786) it joins a running cluster
    (`dask scheduler` / `dask worker`); without, it starts a `LocalCluster` of `jobs` worker
    processes on 127.0.0.1 and stops it when done. Each worker loads the model on its first
    partition and keeps it (`worker_nlp`); partitions and results are plain data.

    The LocalCluster's workers are this process's children and exit when it dies, even by
    SIGKILL (distributed holds a pipe to each and the worker exits when it closes; tested in
    tests/test_dask.py). A joined cluster's workers are the cluster's: a killed run's tasks are
    released by the scheduler, and a cluster left without workers fails the run after
    NO_WORKERS_SECONDS."""

    def __init__(self, jobs: int, model: Optional[str], scheduler: Optional[str] = None):
        try:
            import logging

            from distributed import Client, LocalCluster
        except ImportError as err:
            raise MissingExtra("--executor dask needs Dask: pip install 'claimtrack[dask]'") from err
        self.model = model
        self._cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout="30s")
        else:
            self._cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                         host="127.0.0.1", dashboard_address=None,
                                         silence_logs=logging.ERROR)
            self.client = Client(self._cluster)

    def submit(self, task):
        return self.client.submit(run_batch, task, self.model, pure=False)

    def result(self, fut) -> list[dict]:
        """The partition's result; TimeoutError when the cluster has had no worker for
        NO_WORKERS_SECONDS (Dask itself would wait for one for ever)."""
        import time

        from distributed import TimeoutError as DaskTimeout

        since = None
        while True:
            try:
                return fut.result(timeout=min(5.0, NO_WORKERS_SECONDS))
            except (DaskTimeout, TimeoutError):
                pass
            if self.client.scheduler_info().get("workers"):
                since = None
            elif since is None:
                since = time.monotonic()
            elif time.monotonic() - since >= NO_WORKERS_SECONDS:
                raise TimeoutError(f"the cluster has had no workers for {NO_WORKERS_SECONDS:.0f} s; "
                                   f"start some (`dask worker ADDRESS`) and re-run")

    def close(self, *, cancel: bool = False) -> None:
        try:
            self.client.close()
        finally:
            if self._cluster is not None:
                self._cluster.close()


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

            if dumps is None:
                dumps = [r.model_dump(mode="json") for r in results]
            # A result with a failed extractor is incomplete: never cached, recomputed next run.
            self.store.put_many((key, encode_value(doc.name, d))
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
    from .records import claim_id

    value = decode_value(blob, document.name, claim_id)
    if value is None:
        return None
    try:
        info = _fresh_info(document, include_text)
        info["actors"] = value["actors"]
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
