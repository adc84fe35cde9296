"""--jobs: worker processes give the same bytes, in the same order, as one process."""

from __future__ import annotations

import importlib

import pytest

from claimtrack import runner
from claimtrack.export import to_string
from claimtrack.models import Generator

extract_mod = importlib.import_module("claimtrack.extract")  # the module (the package exports the function)

GEN = Generator(version="test", model="test")

ARTICLES = [
    "Officials in Manila said on Monday that 12,000 families had been evacuated before the typhoon. "
    "\"We are not taking any chances,\" said Governor Maria Santos.",
    "The central bank raised its key rate by 0.25 percentage points to 5.5% on Wednesday, "
    "its eleventh increase since March 2022, Reuters reported.",
    "Real Madrid beat Bayern Munich 2-1 in the semi-final. Coach Carlo Ancelotti told reporters "
    "the team \"never gives up\" after trailing for 80 minutes.",
    "Election officials in Kenya counted more than 14 million ballots. Opposition leader Raila Odinga "
    "rejected the result, calling it \"a travesty\".",
    "About 3,000 people attended the rally in Berlin, police said, while organisers put the figure at 10,000.",
    "The company reported revenue of $4.2 billion for the quarter, up 8% from a year earlier.",
]


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, text in enumerate(ARTICLES):
        (folder / f"{i:02d}_article.txt").write_text(text, encoding="utf-8")
    (folder / "03_empty.txt").write_text("", encoding="utf-8")  # a skip between documents
    return folder


def _json(items) -> str:
    return to_string(items, "json", GEN)


def test_two_workers_give_identical_bytes_in_input_order(corpus, nlp, monkeypatch):
    one_items = list(extract_mod.iter_extract([corpus], jobs=1, nlp=nlp))
    # Force the pool on this small corpus, in blocks of two documents so that several
    # batches are in flight at once and order has to be restored.
    monkeypatch.setattr(runner, "PARALLEL_MIN_DOCS", 1)
    monkeypatch.setattr(runner, "BLOCK_DOCS", 2)
    started = []
    real_pool = runner.ProcessPool

    def spy(*args, **kwargs):
        started.append(args)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(runner, "ProcessPool", spy)
    two_items = list(extract_mod.iter_extract([corpus], jobs=2))
    assert started, "the worker pool was not used"
    assert _json(two_items) == _json(one_items)
    # JSONL keeps skips where they were read: the order of every item matters.
    assert to_string(two_items, "jsonl", GEN) == to_string(one_items, "jsonl", GEN)
    names = [getattr(i, "path", None) or i.document.doc for i in two_items]
    assert [n.rsplit("/", 1)[-1] for n in names] == sorted(p.name for p in corpus.iterdir())


def test_small_input_stays_in_process(corpus, nlp, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for a tiny input")

    monkeypatch.setattr(runner, "ProcessPool", no_pool)
    out = _json(extract_mod.iter_extract([corpus], jobs=4, nlp=nlp))
    assert out == _json(extract_mod.iter_extract([corpus], jobs=1, nlp=nlp))


def test_worker_batch_is_a_pure_function_of_plain_data(nlp, monkeypatch):
    from claimtrack.ingest import document_from_text

    doc = document_from_text(ARTICLES[4], name="a.txt")
    monkeypatch.setitem(runner.WORKER_MODELS, None, nlp)  # this process plays a worker with the model loaded
    out = runner.run_batch(([runner.document_to_data(doc)], False, 100_000))
    assert isinstance(out, list) and isinstance(out[0], dict)
    assert out[0]["document"]["doc"] == "a.txt"
    in_process = next(extract_mod.process_documents([doc], nlp))
    assert out[0] == in_process.model_dump(mode="json")


def test_default_jobs_is_the_cores_this_process_may_use(monkeypatch):
    monkeypatch.setattr(runner.os, "sched_getaffinity", lambda pid: {0, 2, 5}, raising=False)
    assert runner.default_jobs() == 3

    def unsupported(pid):
        raise OSError("not on this platform")

    monkeypatch.setattr(runner.os, "sched_getaffinity", unsupported, raising=False)
    monkeypatch.setattr(runner.os, "cpu_count", lambda: 6)
    assert runner.default_jobs() == 6
    monkeypatch.setattr(runner.os, "cpu_count", lambda: None)  # unknown: one
    assert runner.default_jobs() == 1


def _write_and_return(path: str) -> None:
    import atexit

    # Interpreter teardown would run this; a worker that exits at once never does.
    atexit.register(lambda: open(path + ".teardown", "w").close())
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("done")


def _raise(path: str) -> None:
    raise RuntimeError("a worker's work loop failed")


def test_worker_process_exits_cleanly_and_at_once(tmp_path):
    """A worker leaves with os._exit(0) after its loop returns (no interpreter teardown), having
    done all its work; a loop that fails still exits with a failure code."""
    ctx = runner.WorkerContext()
    target = tmp_path / "out.txt"
    proc = ctx.Process(target=_write_and_return, args=(str(target),))
    proc.start()
    proc.join(60)
    assert proc.exitcode == 0
    assert target.read_text(encoding="utf-8") == "done"
    assert not (tmp_path / "out.txt.teardown").exists()

    failing = ctx.Process(target=_raise, args=(str(target),))
    failing.start()
    failing.join(60)
    assert failing.exitcode == 1
