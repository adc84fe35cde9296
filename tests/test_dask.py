"""--executor dask: a real dask.distributed LocalCluster (2 worker processes) gives the same
bytes as local extraction; joining a running scheduler works; the cache is consulted first."""

from __future__ import annotations

import importlib
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


def test_local_cluster_with_two_workers_gives_local_bytes(corpus, nlp, tmp_path, monkeypatch):
    local = to_string(list(extract_mod.iter_extract([corpus], nlp=nlp)), "jsonl", GEN)
    monkeypatch.setattr(runner_mod, "BLOCK_DOCS", 2)  # several partitions in flight: order restored
    seen = []
    real = runner_mod.DaskExecutor

    def spy(*args, **kwargs):
        ex = real(*args, **kwargs)
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


def test_cli_joins_a_running_scheduler(corpus, nlp, tmp_path):
    """`--scheduler ADDRESS` joins an existing cluster (here one this test starts, as a team's
    `dask scheduler` + `dask worker` would be) and writes what local extraction writes."""
    from distributed import LocalCluster

    local = tmp_path / "local.json"
    ok = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(local), "--no-cache", "--jobs", "1", "-q"])
    assert ok.exit_code == 1, ok.output  # the empty file is skipped
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        out = tmp_path / "dask.json"
        result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out), "--no-cache", "-q",
                                          "--executor", "dask", "--scheduler", cluster.scheduler_address])
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
