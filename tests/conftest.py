"""Shared fixtures. The model is loaded once per session and never mutated by tests."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Optional

#: One BLAS thread per test process, set before anything imports numpy (OpenBLAS reads it once,
#: when numpy loads; the processes the tests start inherit it). numpy's OpenBLAS otherwise keeps
#: a second thread per process, which the model keeps waking for small matrix products: with
#: `make test`'s two workers on two cores, four threads compete for two cores, and the model spent
#: about a tenth more CPU for annotations that are identical either way (393 articles of data/
#: and seeds/: tags, lemmas, parse, entities and every claimtrack span group). A value set
#: outside the suite is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold" / "seeds"

#: When this session started: a test that starts a fresh interpreter imports the package as it is
#: on disk then, so it can say when files changed during the run (`changed_since_start`).
SESSION_START = time.time()


def changed_since_start(folder: Path) -> list[str]:
    """Files under `folder` modified after the session started (a worktree edited mid-run)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.stat().st_mtime > SESSION_START)


#: `make fuzz` sets HYPOTHESIS_PROFILE=fuzz: every property test then runs 10,000 examples.
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
FUZZ_EXAMPLES = 10_000


from hypothesis import HealthCheck, settings  # noqa: E402

#: Property tests have no time limit per example: a loaded machine made hypothesis's 200 ms
#: deadline fail correct code (timing belongs in `make bench`, not in the tests).
settings.register_profile("claimtrack", deadline=None)
settings.load_profile("claimtrack")

if FUZZ:

    settings.register_profile(
        "fuzz", max_examples=FUZZ_EXAMPLES, deadline=None, print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    settings.load_profile("fuzz")


def examples(quick: int) -> int:
    """max_examples for a property test: `quick` in `make test`, 10,000 under `make fuzz`."""
    return FUZZ_EXAMPLES if FUZZ else quick


def pytest_addoption(parser):
    parser.addoption(
        "--cpu-durations", type=int, default=None, metavar="N",
        help="report CPU seconds per test phase (this process plus the child processes it reaped: "
             "CLI runs, workers) and the N tests that cost most; on a shared machine wall times "
             "measure the load, CPU times measure the tests")


#: The files that cost most (counterfactual extraction, Dask clusters, concurrent writers, CLI runs,
#: worker pools), most first by CPU seconds (`--cpu-durations`, session 8, main 2e930ac: 44, 25,
#: 17, 11, 11, 9, 7, 6, 5, 5 of the suite's 223). Under pytest-xdist, which hands out whole files
#: (`make test`: --dist loadfile --no-loadscope-reorder), they are handed out first, longest first,
#: so that no worker is left running one of them alone at the end while the other has finished.
HEAVY_FIRST = ("test_counterfactuals_teamsets.py", "test_counterfactuals_fc39_41.py", "test_counterfactuals_fc42_44.py",
               "test_dask.py", "test_ledger_concurrency.py",
               "test_counterfactuals.py", "test_one_line_errors.py", "test_dateparse_scan.py", "test_spacy_way.py",
               "test_jobs.py", "test_hostile.py", "test_ledger_coverage.py")


def pytest_collection_modifyitems(config, items):
    """Every hypothesis test is also a `fuzz` test (selected by `make fuzz` with -m fuzz); under
    pytest-xdist, the HEAVY_FIRST files come first (a stable sort: the order within a file and of
    the other files is kept; a run in one process keeps the plain order)."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.fuzz)
    if hasattr(config, "workerinput"):
        rank = {name: i for i, name in enumerate(HEAVY_FIRST)}
        items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


#: The folder, in pytest's own cache folder (`.pytest_cache/d/`, git-ignored, removed by `make
#: clean`), of the result cache (claimtrack.cache) that the corpus fixtures and the counterfactual
#: files extract through: a document is read from it when its text, publication date, model,
#: library versions and package code and tables are those it was extracted with (the product's
#: own key, `cache.settings_fingerprint`), and extracted otherwise, so a run after a change to the
#: package extracts everything again, and a run after a change to the tests alone reads what the
#: model made last time. `-p no:cacheprovider` (as `make fuzz`) or an empty folder runs cold.
RESULT_CACHE = "claimtrack-results"
#: The stamp of the package code and library versions the cache folder's entries were made with.
_STAMP = "stamp"


def _result_cache_folder(config) -> Optional[Path]:
    cache = getattr(config, "cache", None)
    return Path(cache.mkdir(RESULT_CACHE)) if cache is not None else None


def pytest_configure(config):
    """Empty the result cache folder when the package or a library that changes results is not
    what its entries were made with (their keys would never be asked for again): done once, by
    the controller, before xdist starts its workers."""
    if hasattr(config, "workerinput"):
        return
    folder = _result_cache_folder(config)
    if folder is None:
        return
    import json

    from claimtrack import cache

    stamp = json.dumps({"code": cache.code_fingerprint(), "dependencies": cache.dependency_versions(),
                        "schema": cache.SCHEMA_VERSION}, sort_keys=True)
    mark = folder / _STAMP
    if not mark.is_file() or mark.read_text(encoding="utf-8") != stamp:
        cache.clear(folder)
        mark.write_text(stamp, encoding="utf-8")


@pytest.fixture(scope="session")
def result_cache(request, tmp_path_factory) -> Path:
    """The result-cache folder the corpus extractions of the run go through (`RESULT_CACHE`); with
    pytest's cache off, a folder the run's workers share."""
    folder = _result_cache_folder(request.config)
    if folder is None:
        shared = tmp_path_factory.getbasetemp().parent if hasattr(request.config, "workerinput") \
            else tmp_path_factory.getbasetemp()
        folder = shared / RESULT_CACHE
        folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """No test reads or writes the user's cache: CLI runs use a session temp folder."""
    mp = pytest.MonkeyPatch()
    mp.setenv("CLAIMTRACK_CACHE_DIR", str(tmp_path_factory.mktemp("claimtrack-cache")))
    yield
    mp.undo()


def kept_for_the_session(value):
    """`value`, which the run keeps to its end (the model, an extracted corpus), taken out of the
    cyclic collector's sight: `gc.freeze()` moves every object alive now to the permanent
    generation, so that the collections that follow stop walking them again. A test process
    holding the model and the extracted gold corpora spent most of its collector time re-walking
    them in full collections (session 15: 1.7 of 2.7 s of collector CPU over the counterfactual,
    evaluation, ledger-coverage and gold-pair files, 0.3 s once frozen). Objects frozen are still
    freed as usual when their last reference goes."""
    import gc

    gc.freeze()
    return value


@pytest.fixture(scope="session")
def nlp():
    from claimtrack import nlp as nlp_mod

    return kept_for_the_session(nlp_mod.load())


@pytest.fixture(scope="session")
def seed_docs(nlp):
    """The bundled seed articles through the pipeline once: file name -> processed Doc (read-only)."""
    paths = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return kept_for_the_session({p.name: doc for p, doc in zip(paths, nlp.pipe(texts))})


@pytest.fixture(scope="session")
def gold_extraction(request, tmp_path_factory, result_cache):
    """Each gold corpus extracted once per session, however many tests score it: a function from
    a gold folder to {document name: (DocumentResult, text)} (claimtrack.evaluate.extract_gold),
    for `evaluate(gold_dir, extracted=...)` and the pair tests. Read-only.

    Under pytest-xdist (`make test`) the workers share it too: the first worker that needs a
    corpus extracts it and leaves a pickle in the run's common temporary folder, under a lock,
    and the others read that (each worker extracted every corpus it needed before). Each
    document goes through the run's `result_cache`."""
    from claimtrack.evaluate import extract_gold

    done: dict[Path, dict] = {}
    shared = tmp_path_factory.getbasetemp().parent if hasattr(request.config, "workerinput") else None

    def get(gold_dir) -> dict:
        key = Path(gold_dir).resolve()
        if key not in done:
            done[key] = kept_for_the_session(_shared_between_workers(
                shared, key, lambda gold: extract_gold(gold, cache=result_cache)))
        return done[key]

    return get


@pytest.fixture(scope="session")
def gold_pair_diffs(request, tmp_path_factory, gold_extraction):
    """Each gold pair's diff report made once per session, however many tests read it: a function
    from a gold folder to {(a, b): DiffReport} over its pairs.gold.json (`compare.diff_pair` of the
    two documents of `gold_extraction`), for `evaluate(..., diffs=...)`, the counterfactual tests'
    reports before the edit and the ledger's coverage. Read-only; shared between xdist workers as
    `gold_extraction` is. Each of those three diffed every pair again (session 29: the same
    reports, byte for byte, as diffing the prepared documents)."""
    from claimtrack.compare import diff_pair
    from claimtrack.evaluate import load_pairs

    done: dict[Path, dict] = {}
    shared = tmp_path_factory.getbasetemp().parent if hasattr(request.config, "workerinput") else None

    def make(key: Path) -> dict:
        extracted = gold_extraction(key)
        return {(p["a"], p["b"]): diff_pair(extracted[p["a"]][0], extracted[p["b"]][0])
                for p in load_pairs(key) or []}

    def get(gold_dir) -> dict:
        key = Path(gold_dir).resolve()
        if key not in done:
            done[key] = kept_for_the_session(_shared_between_workers(shared, key, make, kind="diffs"))
        return done[key]

    return get


def _shared_between_workers(shared: Optional[Path], key: Path, make, kind: str = "extraction"):
    """`make(key)`, computed once per test run by whichever xdist worker asks first (a pickle in
    the run's common folder `shared`, written under an exclusive lock, one per `kind` of value);
    in this process alone when `shared` is None or the platform has no `fcntl`."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover (not POSIX)
        shared = None
    if shared is None:
        return make(key)
    import hashlib
    import pickle

    name = f"claimtrack-{kind}-" + hashlib.sha1(str(key).encode("utf-8")).hexdigest()[:16]
    data = shared / f"{name}.pickle"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if data.exists():
            return pickle.loads(data.read_bytes())
        value = make(key)
        tmp = shared / f"{name}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, data)
        return value


@pytest.fixture(scope="session")
def seeds_output(result_cache):
    """The extraction of the bundled seed articles (shared, read-only; through `result_cache`)."""
    from claimtrack import extract

    return kept_for_the_session(extract(SEEDS, cache=result_cache))


# ------------------------------------------------------------------ fuzz: the slowest example

#: test id -> (seconds, the example's arguments, shortened): filled for every hypothesis test
SLOWEST: dict[str, tuple[float, str]] = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """--cpu-durations: the CPU of the test itself (`_cpu_phase`); and `_hypothesis_slowest`."""
    yield from _cpu_phase(item, "call", _hypothesis_slowest(item))


def _hypothesis_slowest(item):
    """Time every example a hypothesis test runs and keep its slowest: `make fuzz` prints them
    (and writes them to .hypothesis/slowest.json), so a run shows which input costs most."""
    handle = getattr(getattr(item, "obj", None), "hypothesis", None)
    if handle is None:
        yield
        return
    import functools
    import time

    inner = handle.inner_test
    slowest = [0.0, ""]

    @functools.wraps(inner)
    def timed(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent = time.perf_counter() - t0
            if spent > slowest[0]:
                shown = {k: v for k, v in kwargs.items() if not hasattr(v, "pipe_names")}  # not the model
                slowest[:] = [spent, repr(shown)[:300]]

    handle.inner_test = timed  # hypothesis's documented hook for wrapping the inner test
    try:
        yield
    finally:
        handle.inner_test = inner
        if slowest[1]:
            SLOWEST[item.nodeid] = (slowest[0], slowest[1])
            item.user_properties.append(("slowest_example", f"{slowest[0]:.3f}s {slowest[1]}"))


#: (test id, phase) -> (CPU seconds of this process, of reaped children, wall seconds): --cpu-durations
CPU_TIMES: dict[tuple[str, str], tuple[float, float, float]] = {}


def _cpu_phase(item, phase: str, inner=None):
    """A hookwrapper's body: times the phase when --cpu-durations is given; `inner`, another
    wrapper's generator, runs inside it."""
    if item.config.getoption("--cpu-durations") is None:
        yield from inner if inner is not None else _plain()
        return
    import time

    t0, w0 = os.times(), time.perf_counter()
    try:
        yield from inner if inner is not None else _plain()
    finally:
        t1 = os.times()
        CPU_TIMES[(item.nodeid, phase)] = (t1.user - t0.user + t1.system - t0.system,
                                           t1.children_user - t0.children_user + t1.children_system - t0.children_system,
                                           time.perf_counter() - w0)


def _plain():
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    yield from _cpu_phase(item, "setup")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield from _cpu_phase(item, "teardown")


def _process_cpu(children: bool = True) -> float:
    """CPU seconds of this whole process so far (imports and collection included), plus the
    children it has reaped."""
    t = os.times()
    return t.user + t.system + ((t.children_user + t.children_system) if children else 0.0)


#: pytest-xdist workers' whole-process CPU seconds (worker id -> seconds), sent at their end.
WORKER_CPU: dict[str, float] = {}


def pytest_sessionfinish(session):
    """Under pytest-xdist (`make test` runs two workers) a worker sends its timings to the
    controller, which prints them with its own."""
    config = session.config
    if config.getoption("--cpu-durations") is None or not hasattr(config, "workeroutput"):
        return
    config.workeroutput["ct_cpu_times"] = [[nodeid, phase, *values] for (nodeid, phase), values in CPU_TIMES.items()]
    config.workeroutput["ct_process_cpu"] = _process_cpu()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """The controller's side of `pytest_sessionfinish` (a hook only pytest-xdist calls)."""
    output = getattr(node, "workeroutput", {})
    for nodeid, phase, *values in output.get("ct_cpu_times", []):
        CPU_TIMES[(nodeid, phase)] = tuple(values)
    if "ct_process_cpu" in output:
        WORKER_CPU[node.gateway.id] = output["ct_process_cpu"]


def _cpu_summary(terminalreporter, config) -> None:
    n = config.getoption("--cpu-durations")
    if n is None or not CPU_TIMES:
        return
    from collections import defaultdict

    terminalreporter.section("CPU seconds (this process + reaped children) and wall seconds")
    own_cpu = _process_cpu(children=not WORKER_CPU)  # xdist's workers are counted by themselves
    terminalreporter.write_line(f"whole run: cpu {own_cpu + sum(WORKER_CPU.values()):.1f} s (imports and collection "
                                f"included; this process {own_cpu:.1f} s"
                                + "".join(f", worker {w} {c:.1f} s" for w, c in sorted(WORKER_CPU.items())) + ")")
    phases: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    per_test: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for (nodeid, phase), values in CPU_TIMES.items():
        for i, v in enumerate(values):
            phases[phase][i] += v
            per_test[nodeid][i] += v
    for phase in ("setup", "call", "teardown"):
        own, kids, wall = phases[phase]
        terminalreporter.write_line(f"{phase:9} cpu {own + kids:8.1f} s (own {own:.1f}, children {kids:.1f})  wall {wall:8.1f} s")
    own, kids, wall = (sum(v[i] for v in phases.values()) for i in range(3))
    terminalreporter.write_line(f"{'total':9} cpu {own + kids:8.1f} s (own {own:.1f}, children {kids:.1f})  wall {wall:8.1f} s")
    terminalreporter.write_line("(a child's CPU counts when it is reaped: a cluster's workers count at its teardown)")
    per_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for nodeid, (own, kids, wall) in per_test.items():
        per_file[nodeid.split("::")[0]][0] += own + kids
        per_file[nodeid.split("::")[0]][1] += wall
    terminalreporter.write_line(f"the {n} costliest files (their tests' phases):")
    for name, (cpu, wall) in sorted(per_file.items(), key=lambda kv: -kv[1][0])[:n]:
        terminalreporter.write_line(f"{cpu:7.2f} s cpu {wall:7.2f} s wall  {name}")
    terminalreporter.write_line(f"the {n} costliest tests:")
    for nodeid, (own, kids, wall) in sorted(per_test.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))[:n]:
        terminalreporter.write_line(f"{own + kids:7.2f} s cpu {wall:7.2f} s wall  {nodeid}")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    _cpu_summary(terminalreporter, config)
    if not SLOWEST or not FUZZ:
        return
    import json

    terminalreporter.section("slowest example of each fuzz target")
    for nodeid, (spent, example) in sorted(SLOWEST.items(), key=lambda kv: -kv[1][0]):
        terminalreporter.write_line(f"{spent:8.3f} s  {nodeid}\n           {example}")
    out = ROOT / ".hypothesis" / "slowest.json"
    try:
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps({k: {"seconds": round(s, 4), "example": e} for k, (s, e) in SLOWEST.items()},
                                  indent=1, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass
