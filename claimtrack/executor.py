"""Running the model work in worker processes (`--jobs N`).

Each worker loads the model once (in the pool initializer) and maps `run_batch`, a pure
function, over batches of documents. Only plain data crosses the process boundary: Document
fields in, `DocumentResult.model_dump(mode="json")` dicts out. Batches are submitted through a
bounded window and collected in submission order, so output order is input order and memory
stays flat however long the input is.

Workers are started with the "spawn" context: the parent may already hold a loaded model (the
tests do, and so may a library caller), and forking a process whose numeric libraries have
started threads is not safe. Spawned workers import spaCy and load the model themselves.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
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


class WorkerPool:
    """N spawned processes, each with the model loaded once. The caller keeps a bounded window
    of submitted batches and collects them in submission order (see `extract.run_documents`)."""

    def __init__(self, jobs: int, model: Optional[str], max_length: int):
        ctx = multiprocessing.get_context("spawn")
        self.jobs = jobs
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                         initargs=(model, max_length))

    def submit(self, fn: Callable, task) -> Future:
        return self._pool.submit(fn, task)

    def close(self, *, cancel: bool = False) -> None:
        self._pool.shutdown(wait=True, cancel_futures=cancel)


def model_label_cheap(name: Optional[str]) -> Optional[str]:
    """The model's label ('en_core_web_sm 3.8.0') read from its meta.json without loading it.

    Follows the same candidates as `claimtrack.nlp.load`; None when the model cannot be found
    this way (the caller then loads the model, which also reports a missing one properly).
    """
    from .nlp import DEFAULT_MODELS

    for candidate in ((name,) if name else DEFAULT_MODELS):
        meta_path = None
        path = Path(candidate).expanduser()
        if path.is_dir():
            meta_path = path / "meta.json"
        else:
            try:
                spec = importlib.util.find_spec(candidate)
            except (ImportError, ValueError):
                spec = None
            if spec is not None and spec.origin:
                meta_path = Path(spec.origin).parent / "meta.json"
        if meta_path is None or not meta_path.is_file():
            if name:
                return None
            continue
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '0')}"
    return None
