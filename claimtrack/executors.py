"""The executors the runner sends blocks of documents to: `ProcessPool` (`--jobs N` spawned
worker processes on this machine) and `DaskExecutor` (`--executor dask`, a dask.distributed
cluster). Both map `processing.run_batch` over plain data."""

from __future__ import annotations

import os
import signal
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import Optional

from .processing import run_batch, worker_nlp


class MissingExtra(RuntimeError):
    """An optional dependency is not installed: the message says which extra to install."""


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


class WorkerContext(SpawnContext):
    Process = _WorkerProcess


class ProcessPool:
    """N spawned processes on this machine, each loading the model once (`--jobs N`).

    Spawned, not forked: the parent may already hold a loaded model, and forking a process
    whose numeric libraries have started threads is not safe."""

    def __init__(self, jobs: int, model: Optional[str], max_length: int):
        self.model = model
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=WorkerContext(),
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


def _quiet_worker_logs() -> None:
    """Run in each worker of our own LocalCluster: its `distributed` loggers keep only CRITICAL.

    `silence_logs` quiets the cluster's own processes, not the loggers inside a worker process.
    A task's error reaches this process through its future (one line from the runner), and a
    worker that dies is seen by its nanny here, so what a worker still logs at ERROR is the
    teardown's noise: a run stopped by SIGTERM or Ctrl-C while a heartbeat is in flight logs
    "Failed to communicate with scheduler during heartbeat" with a traceback, and a user must
    never see a traceback. A joined cluster's workers are left as their operator set them."""
    import logging

    for name in ["distributed", *logging.root.manager.loggerDict]:
        if name == "distributed" or name.startswith("distributed."):
            logging.getLogger(name).setLevel(logging.CRITICAL)


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
            self.client.run(_quiet_worker_logs)

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
