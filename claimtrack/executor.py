"""Running the model work in worker processes (`--jobs N`).

Each worker loads the model once (in the pool initializer) and maps `run_batch`, a pure
function, over batches of documents. Only plain data crosses the process boundary: Document
fields in, `DocumentResult.model_dump(mode="json")` dicts out. Batches are submitted through a
bounded window and collected in submission order, so output order is input order and memory
stays flat however long the input is.

Workers are started with the "spawn" context: the parent may already hold a loaded model (the
tests do, and so may a library caller), and forking a process whose numeric libraries have
started threads is not safe. Spawned workers import spaCy and load the model themselves. When
the pool shuts down, a worker leaves with `os._exit`, as a forked one does: it holds nothing to
finalise, and tearing down an interpreter with a model loaded costs a few tenths of a second
that the parent would wait for.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import Callable, Optional

from .ingest import Document

_NLP = None  # the model, in a worker process


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def document_to_data(document: Document) -> dict:
    return dataclasses.asdict(document)


def document_from_data(data: dict) -> Document:
    return Document(**data)


def _init_worker(model: Optional[str], max_length: int) -> None:
    global _NLP
    # Ctrl-C goes to the whole process group: the parent handles it and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from . import nlp as nlp_mod

    _NLP = nlp_mod.load(model)
    if _NLP.max_length < max_length:
        _NLP.max_length = max_length


def run_batch(task: tuple[list[dict], bool, int]) -> list[dict]:
    """The pure function workers map: Document fields in, DocumentResult dumps out (in order)."""
    from .extract import process_documents
    from .models import Skipped

    datas, include_text, max_chars = task
    out = []
    for item in process_documents([document_from_data(d) for d in datas], _NLP,
                                  include_text=include_text, max_chars=max_chars):
        if isinstance(item, Skipped):  # the parent filters these out first; kept for safety
            out.append({"skipped": item.model_dump()})
        else:
            out.append(item.model_dump(mode="json"))
    return out


class _WorkerProcess(SpawnProcess):
    """A spawned worker that exits at once when its work loop returns (the pool shut it down)."""

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


class WorkerPool:
    """N spawned processes, each with the model loaded once. The caller keeps a bounded window
    of submitted batches and collects them in submission order (see `extract.run_documents`)."""

    def __init__(self, jobs: int, model: Optional[str], max_length: int):
        ctx = _WorkerContext()
        self.jobs = jobs
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                         initargs=(model, max_length))

    def submit(self, fn: Callable, task) -> Future:
        return self._pool.submit(fn, task)

    def close(self, *, cancel: bool = False) -> None:
        self._pool.shutdown(wait=True, cancel_futures=cancel)
