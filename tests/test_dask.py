"""--executor dask: a real dask.distributed LocalCluster (2 worker processes) gives the same
bytes as local extraction; joining a running scheduler works; the cache is consulted first."""

from __future__ import annotations

import importlib
import os
import signal
import sys

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.export import to_string
from claimtrack.models import Generator

from test_jobs import ARTICLES

distributed = pytest.importorskip("distributed", reason="Dask is not installed (pip install 'claimtrack[dask]')")
runner_mod = importlib.import_module("claimtrack.runner")
extract_mod = importlib.import_module("claimtrack.extract")
GEN = Generator(version="test", model="test")

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask-corpus")
    for i, text in enumerate(ARTICLES * 2):
        (folder / f"{i:02d}_article.txt").write_text(f"{text} Story {i}.", encoding="utf-8")
    (folder / "03_empty.txt").write_text("", encoding="utf-8")  # a skip between documents
    return folder


@pytest.fixture(scope="module")
def shared_cluster():
    """One running cluster of one worker process, as a team's `dask scheduler` + `dask worker`
    would be, joined with `--scheduler` by the tests below (started once: its worker keeps the
    model between runs, as a shared cluster's worker does)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        yield cluster


def test_local_cluster_with_two_workers_gives_local_bytes(corpus, nlp, tmp_path, monkeypatch):
    local = to_string(list(extract_mod.iter_extract([corpus], nlp=nlp)), "jsonl", GEN)
    monkeypatch.setattr(runner_mod, "BLOCK_DOCS", 2)  # several partitions in flight: order restored
    seen = []
    real = runner_mod.DaskExecutor

    def spy(*args, **kwargs):
        ex = real(*args, **kwargs)
        # Worker processes register with the scheduler a moment after the cluster starts (under
        # load, after the first look): wait for two, then count; a cluster of one still fails.
        try:
            ex.client.wait_for_workers(2, timeout=60)
        except Exception:
            pass
        seen.append(len(ex.client.scheduler_info()["workers"]))
        return ex

    monkeypatch.setattr(runner_mod, "DaskExecutor", spy)
    cache = tmp_path / "cache"
    on_dask = to_string(list(extract_mod.iter_extract([corpus], jobs=2, executor="dask", cache=cache)), "jsonl", GEN)
    assert seen == [2], "a LocalCluster of two worker processes ran the model"
    assert on_dask == local

    # Everything is cached now: a second run sends nothing to a cluster and starts none.
    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started although every document was cached")

    monkeypatch.setattr(runner_mod, "DaskExecutor", no_cluster)
    again = to_string(list(extract_mod.iter_extract([corpus], jobs=2, executor="dask", cache=cache)), "jsonl", GEN)
    assert again == local


def test_cli_joins_a_running_scheduler(corpus, nlp, tmp_path, shared_cluster):
    """`--scheduler ADDRESS` joins an existing cluster and writes what local extraction writes."""
    local = tmp_path / "local.json"
    ok = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(local), "--no-cache", "--jobs", "1", "-q"])
    assert ok.exit_code == 1, ok.output  # the empty file is skipped
    out = tmp_path / "dask.json"
    result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out), "--no-cache", "-q",
                                      "--executor", "dask", "--scheduler", shared_cluster.scheduler_address])
    assert result.exit_code == 1, result.output
    assert out.read_bytes() == local.read_bytes()


def test_without_dask_the_error_is_one_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--executor", "dask"])
    assert result.exit_code == 2
    assert "claimtrack[dask]" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_executor_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["track", "add", str(tmp_path), "--executor", "spark", "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 2 and "choose local or dask" in result.output


# -- the parent killed (issue 14, item 12): nothing of the run lives on --------------------------

def _start_dask_run(tmp_path, *extra: str):
    import subprocess

    from test_one_line_errors import ARTICLE

    folder = tmp_path / "run" / "in"
    folder.mkdir(parents=True)
    for i in range(400):  # enough work that the run is still going when it is killed
        (folder / f"a{i:03d}.txt").write_text((ARTICLE.replace("12", str(i + 2)) + "\n") * 8, encoding="utf-8")
    out = folder.parent / "claims.json"
    out.write_text("yesterday's output\n")
    # stderr to a file, not a pipe: orphaned workers would hold a pipe open and hang the test
    with open(tmp_path / "stderr.txt", "w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "claimtrack", "extract", str(folder), "-o", str(out),
                                 "--executor", "dask", "--no-cache", "-q", *extra],
                                stderr=err, stdout=subprocess.DEVNULL)
    return proc, out


def _rss_mb(pid: int) -> float:
    try:
        return int(open(f"/proc/{pid}/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)
    except (OSError, ValueError, IndexError):
        return 0.0


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_local_cluster_workers_die_with_their_parent(tmp_path, sig):
    """The LocalCluster's worker processes are the run's children: when the run is killed (even
    with SIGKILL, which no handler sees) they exit too instead of holding a model's memory."""
    from test_one_line_errors import _alive, _children, _until, _wait

    proc, out = _start_dask_run(tmp_path, "--jobs", "2")
    try:
        # waits on the run's progress, not a clock (a loaded machine starts a cluster and loads a
        # model as slowly as it likes): each ends when what it waits for happens or no longer can
        assert _until(lambda: len(_children(proc.pid)) >= 2, lambda: proc.poll() is not None,
                      "2 dask worker processes to start"), "no dask worker processes started"
        workers = _children(proc.pid)
        # killed mid-work: once the workers hold the model (the cluster is up, tasks are running)
        assert _until(lambda: all(_rss_mb(w) > 120 for w in workers),
                      lambda: proc.poll() is not None or _alive(workers) != workers,
                      "the dask workers to hold the model (over 120 MB each)"), \
            f"the workers never held the model: run ended {proc.poll() is not None}, alive {_alive(workers)} of {workers}"
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, sig)
        proc.wait(60)
        stderr = (tmp_path / "stderr.txt").read_text()
        assert _wait(lambda: not _alive(workers), 15), f"dask workers still alive: {_alive(workers)}"
        assert out.read_text() == "yesterday's output\n"
        assert sorted(p.name for p in out.parent.iterdir()) == ["claims.json", "in"]  # no temporary file
        if sig == signal.SIGTERM:
            assert proc.returncode == 143, stderr
            assert "Traceback" not in stderr and "terminated" in stderr
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in _alive(workers if "workers" in locals() else []):
            os.kill(pid, signal.SIGKILL)


def test_a_killed_client_leaves_no_work_on_a_shared_cluster(tmp_path, shared_cluster):
    """`--scheduler`: the workers belong to the cluster, not to the run, so they stay; but the
    killed run's partitions are released, so the cluster is idle again instead of finishing
    (or queueing) work nobody will read."""
    from distributed import Client

    from test_one_line_errors import _until, _wait

    cluster = shared_cluster
    with Client(cluster) as client:
        def tasks() -> int:
            return client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))

        proc, out = _start_dask_run(tmp_path, "--scheduler", cluster.scheduler_address)
        try:
            # the run's progress, not a clock: until its work is on the scheduler or it has ended
            assert _until(lambda: tasks() > 0, lambda: proc.poll() is not None,
                          "the run's work to reach the scheduler"), "no work reached the cluster"
            assert proc.poll() is None, "the run ended before it could be killed"
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(60)
            assert _wait(lambda: tasks() == 0, 60), f"{tasks()} tasks of a dead client still on the scheduler"
            assert len(client.scheduler_info()["workers"]) == 1
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert out.read_text() == "yesterday's output\n"


def test_a_cluster_without_workers_fails_in_one_line_instead_of_waiting(corpus, tmp_path, monkeypatch):
    """Dask holds tasks until a worker appears: a shared cluster whose workers have all gone
    (here: a scheduler that never had any) would keep the run waiting for ever."""
    from distributed import LocalCluster

    monkeypatch.setattr(importlib.import_module("claimtrack.executors"), "NO_WORKERS_SECONDS", 1.0)  # read by DaskExecutor
    out = tmp_path / "claims.json"
    out.write_text("yesterday's output\n")
    with LocalCluster(n_workers=0, processes=True, host="127.0.0.1", dashboard_address=":0") as cluster:
        result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out), "--no-cache", "-q",
                                          "--executor", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "no workers for 1 s" in " ".join(result.stderr.split()), result.stderr
    assert out.read_text() == "yesterday's output\n"
