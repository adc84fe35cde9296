"""Per-stage CPU time, in this process, over generated bench documents: where an extraction's
time goes next to the model's.

    .venv/bin/python bench/components.py [DOCS] [--repeat N] [--profile OUT.prof]

Runs what `claimtrack extract` runs, stage by stage, over the same batches of 32: reading the
files (`ingest`), each pipeline component (the model's and claimtrack's), building the claim
records (`records`), actor identity over the run (`identity`) and the JSON export (`export`),
and reports each as a share of the model's components. The garbage collector runs as in
extract, so its time falls on the stage whose allocations set it off. Times are CPU time of this process
(`time.process_time`), so other jobs on a shared machine move them far less than wall time;
still, read the shares, not the milliseconds. Each document runs `--repeat` times (default 2);
with two or more, the last pass is reported on its own too ("warm": tables and libraries loaded
once per process are loaded by then) beside the first pass's extra time ("once", in ms for the
whole run), which a short run such as `make bench`'s pays in full.
`--profile` writes a cProfile of claimtrack's stages (not the model's) for `pstats`/snakeviz.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402

clock = time.process_time


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="?", type=int, default=100, help="generated documents (default 100)")
    ap.add_argument("--corpus", type=Path, help="a folder of .txt articles instead of the generated corpus")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--profile", type=Path, help="write a cProfile of claimtrack's own stages here")
    args = ap.parse_args(argv)

    from claimtrack import nlp as nlp_mod
    from claimtrack.export import Summary, write_json
    from claimtrack.extract import unify_actors
    from claimtrack.ingest import read_documents
    from claimtrack.models import Generator, Skipped
    from claimtrack.pipeline import COMPONENTS
    from claimtrack.collector import relaxed_gc
    from claimtrack.processing import _prepare
    from claimtrack.records import build_result

    folder = args.corpus
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="claimtrack-components-")) / "corpus"
        corpus_mod.generate(folder, args.docs)
    nlp = nlp_mod.load()
    ours = [n for n in nlp.pipe_names if n in COMPONENTS]
    warm = [d for d in read_documents([folder]) if not isinstance(d, Skipped)][:5]
    list(nlp.pipe([d.text for d in warm]))  # warm caches
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
    times = {"ingest": 0.0, **{name: 0.0 for name in nlp.pipe_names}, "records": 0.0, "identity": 0.0,
             "export": 0.0}

    def ours_timed(key, fn, *a):
        if prof:
            prof.enable()
        t0 = clock()
        out = fn(*a)
        times[key] += clock() - t0
        if prof:
            prof.disable()
        return out

    n = 0
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    relaxed = relaxed_gc()  # the collector as extract runs it (claimtrack.collector)
    relaxed.__enter__()
    for rep in range(args.repeat):
        before = dict(times)
        documents = ours_timed("ingest", lambda: [d for d in read_documents([folder]) if not isinstance(d, Skipped)])
        n += len(documents)
        results = []
        for i in range(0, len(documents), 32):
            chunk = documents[i:i + 32]
            docs = [_prepare(nlp.make_doc(d.text), d) for d in chunk]
            for name, proc in nlp.pipeline:
                if name in ours:
                    docs = ours_timed(name, lambda: [proc(d) for d in docs])
                else:
                    t0 = clock()
                    docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
                    times[name] += clock() - t0
            results += ours_timed("records", lambda: [build_result(d, doc) for d, doc in zip(chunk, docs)])
        ours_timed("identity", unify_actors, results)
        sink = io.StringIO()
        ours_timed("export", write_json, results, sink, Generator(version="bench", model="bench"), Summary())
        last = {k: times[k] - before[k] for k in times}
        if rep == 0:
            first = dict(last)
    relaxed.__exit__(None, None, None)
    model = sum(v for k, v in times.items() if k in nlp.pipe_names and k not in ours)
    own = sum(v for k, v in times.items() if k not in nlp.pipe_names or k in ours)
    print(f"{n // args.repeat} documents x {args.repeat}; model components {1000 * model / n:.1f} ms CPU/doc; "
          f"claimtrack's own {100 * own / model:.1f}% of the model")
    warm = args.repeat > 1
    if warm:
        per = n // args.repeat
        wmodel = sum(v for k, v in last.items() if k in nlp.pipe_names and k not in ours)
        wown = sum(v for k, v in last.items() if k not in nlp.pipe_names or k in ours)
        print(f"last pass (warm): model {1000 * wmodel / per:.1f} ms CPU/doc; claimtrack's own "
              f"{100 * wown / wmodel:.1f}% of the model; first pass's extra (once) "
              f"{1000 * sum(max(0.0, first[k] - last[k]) for k in times if k not in nlp.pipe_names or k in ours):.0f} ms")
    for name, value in times.items():
        line = f"  {name:24s} {1000 * value / n:7.2f} ms/doc {100 * value / model:6.1f}% of the model"
        if warm:
            line += (f" | warm {1000 * last[name] / per:7.2f} ms/doc {100 * last[name] / wmodel:6.1f}%"
                     f" | once {1000 * max(0.0, first[name] - last[name]):6.0f} ms")
        print(line)
    if prof:
        prof.dump_stats(str(args.profile))
        print(f"profile of claimtrack's stages written to {args.profile}")


if __name__ == "__main__":
    main()
