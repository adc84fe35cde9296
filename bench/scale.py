"""claimtrack at scale: the ledger's cost per document as it grows, both stores, and Dask workers.

    .venv/bin/python bench/scale.py                 # part of `make bench`
    .venv/bin/python bench/scale.py --no-dask --base 1000

Rows (issue 17):
- `track add` of 100 documents to an empty ledger and to one holding 2,000 (wall time of the
  command, extraction served from a warm cache, so the time is reading + filing), and the
  same filing measured in-process (no start-up);
- ledger bytes per document at 200 and at 2,000 documents;
- `track add` of 2,000 documents on SQLite and on PostgreSQL (a server this script starts from
  Debian's postgresql package in a temporary folder, when its binaries are installed);
- `extract --executor dask` with a LocalCluster of 1 and of 2 worker processes (no cache).

The ledger corpora are the generated bench articles (bench/corpus.py) filed under distinct
names: 2,000 documents repeat the texts of `--docs` articles, so facts grow with the ledger
(the hardest case for fact membership). Each timed figure is the fastest of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as corpus_mod  # noqa: E402

PY = sys.executable
TARGETS = {"big/empty": 1.3, "big/empty (CPU time)": 1.3, "bytes 2000/200": 1.1, "dask 2/1": 1.6}


def run(cmd: list[str], env: dict | None = None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}")
    return wall


_PROBE = ("import json, resource, subprocess, sys, time; t = time.perf_counter(); "
          "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
          "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
          "print(json.dumps({'rc': p.returncode, 'wall': time.perf_counter() - t, "
          "'cpu': u.ru_utime + u.ru_stime, 'mb': u.ru_maxrss / 1024}))")


def probe(cmd: list[str], env: dict) -> dict:
    """Wall time, CPU time (user + system, with the processes it waited for) and peak resident
    memory of `cmd`, run from a fresh process. On a machine shared with other work, CPU time is
    the steadier measure of what a command costs; wall time is what a user waits."""
    out = subprocess.run([PY, "-c", _PROBE, *cmd], capture_output=True, text=True, env=env)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    if r["rc"] not in (0, 1):
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}")
    return r


def claimtrack(*args: str) -> list[str]:
    return [PY, "-m", "claimtrack", *args]


def fan_out(src: list[Path], dest: Path, prefix: str, n: int, start: int = 0) -> None:
    """n files named prefix+number, repeating the texts of `src` (hard links where possible)."""
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        target = dest / f"{prefix}{i:05d}.txt"
        try:
            os.link(src[i % len(src)], target)
        except OSError:
            shutil.copyfile(src[i % len(src)], target)


def sqlite_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


# -- a throwaway PostgreSQL server ----------------------------------------------------------------

class PgServer:
    def __init__(self, root: Path):
        import glob
        import pwd

        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins:
            raise RuntimeError("no PostgreSQL server binaries (apt-get install postgresql)")
        self.bindir = os.path.dirname(bins[-1])
        self.prefix: list[str] = []
        self.root = Path(tempfile.mkdtemp(prefix="claimtrack-pg-"))
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        data = self.root / "data"
        self._run("initdb", "-D", str(data), "-A", "trust", "-U", "claimtrack", "--no-sync", "-E", "UTF8",
                  "--locale=C.UTF-8")
        self._run("pg_ctl", "-D", str(data), "-l", str(self.root / "log"), "-w", "-o",
                  f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root}", "start")
        self.data = data
        self.url = f"postgresql://claimtrack@127.0.0.1:{self.port}"

    def _run(self, tool: str, *args: str) -> None:
        proc = subprocess.run([*self.prefix, os.path.join(self.bindir, tool), *args], capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"{tool} failed: {proc.stderr.strip()}")

    def database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"{self.url}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        return f"{self.url}/{name}"

    def copy(self, source: str, name: str) -> str:
        import psycopg

        with psycopg.connect(f"{self.url}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {source}")
        return f"{self.url}/{name}"

    def size(self, name: str) -> int:
        import psycopg

        with psycopg.connect(f"{self.url}/{name}") as conn:
            return int(conn.execute(
                "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
            ).fetchone()[0])

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


# -- in-process filing ----------------------------------------------------------------------------

def filing_seconds(db: str, folder: Path, cache: Path) -> float:
    """Seconds to file `folder`'s documents (extraction from the warm cache, read beforehand)."""
    from claimtrack.extract import iter_extract
    from claimtrack.ledger import open_ledger
    from claimtrack.ledger.facts import file_results

    results = [r for r in iter_extract([folder], cache=cache) if hasattr(r, "claims")]
    with open_ledger(db) as ledger:
        t0 = time.perf_counter()
        outcomes = file_results(ledger, results)
        wall = time.perf_counter() - t0
    assert all(o.status == "new" for o in outcomes), "the timed documents must be new to the ledger"
    return wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="distinct generated articles (default 300)")
    ap.add_argument("--words", type=int, default=500, help="words per article (default 500)")
    ap.add_argument("--base", type=int, default=2000, help="documents in the large ledger (default 2,000)")
    ap.add_argument("--add", type=int, default=100, help="documents added to each ledger (default 100)")
    ap.add_argument("--dask-docs", type=int, default=100, help="documents extracted with dask (default 100)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each timed figure; the fastest counts")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()

    from rich.console import Console
    from rich.table import Table

    console = Console()
    work = Path(tempfile.mkdtemp(prefix="claimtrack-scale-"))
    cache = work / "cache"
    env = {**os.environ, "CLAIMTRACK_CACHE_DIR": str(cache)}
    rows: list[tuple[str, str, str]] = []
    ratios: dict[str, float] = {}
    pg = None
    try:
        src_dir = work / "articles"
        corpus_mod.generate(src_dir, args.docs, words=args.words, seed=1717)
        src = sorted(src_dir.glob("*.txt"))
        console.print(f"scale bench: {args.docs} articles of ~{args.words} words; {os.cpu_count()} cores; "
                      f"load average {os.getloadavg()[0]:.1f}")
        console.print("  extracting the articles once (fills the cache) ...", style="dim")
        run(claimtrack("extract", str(src_dir), "-o", str(work / "fill.json"), "-q"), env)

        small, base, add = work / "base200", work / "base", work / "add"
        fan_out(src, base, "b", args.base)
        fan_out(src, small, "b", min(200, args.base))
        fan_out(src, add, "n", args.add)

        # ledgers: 200 and `base` documents, and the time to file `base` from empty
        db200, db_base = work / "l200.db", work / "lbase.db"
        run(claimtrack("track", "add", str(small), "--db", str(db200), "-q", "--jobs", "1"), env)
        r_base = probe(claimtrack("track", "add", str(base), "--db", str(db_base), "-q", "--jobs", "1"), env)
        t_base = r_base["wall"]
        b200, bbase = sqlite_bytes(db200) / min(200, args.base), sqlite_bytes(db_base) / args.base
        rows.append((f"SQLite: track add {args.base:,} documents to an empty ledger (wall; CPU)",
                     f"{t_base:.1f} s; {r_base['cpu']:.1f} s", f"{1000 * r_base['cpu'] / args.base:.1f} ms CPU/doc"))
        rows.append(("SQLite: bytes per document at 200 / at " + f"{args.base:,}", f"{b200:,.0f} / {bbase:,.0f}",
                     f"ratio {bbase / b200:.2f}"))
        ratios["bytes 2000/200"] = bbase / b200
        reads = {n: probe(claimtrack("facts", "--db", str(db), "-f", "json"), env) for n, db in
                 ((200, db200), (args.base, db_base))}
        rows.append((f"SQLite: `facts` at 200 / {args.base:,} documents (wall, peak memory)",
                     f"{reads[200]['wall']:.1f} s / {reads[args.base]['wall']:.1f} s",
                     f"{reads[200]['mb']:.0f} / {reads[args.base]['mb']:.0f} MB"))

        best = {k: {"wall": float("inf"), "cpu": float("inf")} for k in ("empty", "big")}
        filing = {"fe": float("inf"), "fb": float("inf")}

        def keep(key: str, r: dict) -> None:
            best[key] = {m: min(best[key][m], r[m]) for m in ("wall", "cpu")}

        for i in range(max(1, args.repeat)):
            console.print(f"  adding {args.add} documents to an empty and a {args.base:,}-document ledger "
                          f"(run {i + 1}) ...", style="dim")
            empty, big = work / f"e{i}.db", work / f"b{i}.db"
            shutil.copyfile(db_base, big)
            keep("empty", probe(claimtrack("track", "add", str(add), "--db", str(empty), "-q", "--jobs", "1"), env))
            keep("big", probe(claimtrack("track", "add", str(add), "--db", str(big), "-q", "--jobs", "1"), env))
            fe, fb = work / f"fe{i}.db", work / f"fb{i}.db"
            shutil.copyfile(db_base, fb)
            os.environ["CLAIMTRACK_CACHE_DIR"] = str(cache)
            filing["fe"] = min(filing["fe"], filing_seconds(str(fe), add, cache))
            filing["fb"] = min(filing["fb"], filing_seconds(str(fb), add, cache))
            for p in (empty, big, fe, fb):
                p.unlink(missing_ok=True)
        e, b = best["empty"], best["big"]
        rows.append((f"SQLite: track add {args.add} documents, empty ledger / {args.base:,} documents, wall",
                     f"{e['wall']:.2f} s / {b['wall']:.2f} s", f"ratio {b['wall'] / e['wall']:.2f}"))
        rows.append(("SQLite: the same, CPU time", f"{e['cpu']:.2f} s / {b['cpu']:.2f} s",
                     f"ratio {b['cpu'] / e['cpu']:.2f}"))
        rows.append((f"SQLite: filing only (in-process), {args.add} documents, empty / {args.base:,}",
                     f"{filing['fe']:.2f} s / {filing['fb']:.2f} s", f"ratio {filing['fb'] / filing['fe']:.2f}"))
        ratios["big/empty"] = b["wall"] / e["wall"]
        ratios["big/empty (CPU time)"] = b["cpu"] / e["cpu"]
        ratios["big/empty (filing only)"] = filing["fb"] / filing["fe"]

        if not args.no_postgres:
            try:
                import psycopg  # noqa: F401

                pg = PgServer(work)
            except Exception as err:  # no server binaries, no psycopg
                rows.append(("PostgreSQL", "skipped", str(err).splitlines()[0][:60]))
            if pg is not None:
                console.print(f"  PostgreSQL: track add {args.base:,} documents ...", style="dim")
                url = pg.database("base")
                r_pg = probe(claimtrack("track", "add", str(base), "--db", url, "-q", "--jobs", "1"), env)
                rows.append((f"PostgreSQL: track add {args.base:,} documents to an empty ledger (wall; client CPU)",
                             f"{r_pg['wall']:.1f} s; {r_pg['cpu']:.1f} s",
                             f"{1000 * r_pg['wall'] / args.base:.1f} ms/doc wall"))
                rows.append((f"PostgreSQL: bytes per document at {args.base:,} (tables + indexes)",
                             f"{pg.size('base') / args.base:,.0f}", ""))
                pe = pb = float("inf")
                for i in range(max(1, args.repeat)):
                    e_url, b_url = pg.database(f"e{i}"), pg.copy("base", f"b{i}")
                    pe = min(pe, run(claimtrack("track", "add", str(add), "--db", e_url, "-q", "--jobs", "1"), env))
                    pb = min(pb, run(claimtrack("track", "add", str(add), "--db", b_url, "-q", "--jobs", "1"), env))
                rows.append((f"PostgreSQL: track add {args.add} documents, empty / {args.base:,} documents",
                             f"{pe:.2f} s / {pb:.2f} s", f"ratio {pb / pe:.2f}"))
                ratios["big/empty (PostgreSQL)"] = pb / pe
                same = [subprocess.run(claimtrack("facts", "--db", db, "-f", "json"), capture_output=True, text=True,
                                       env=env).stdout for db in (str(db_base), url)]
                facts = [json.loads(s)["facts"] for s in same]
                rows.append((f"facts JSON, SQLite = PostgreSQL at {args.base:,} documents",
                             "identical" if facts[0] == facts[1] else "DIFFERENT", f"{len(facts[0])} facts"))

        if not args.no_dask:
            try:
                import distributed  # noqa: F401
            except ImportError:
                rows.append(("dask", "skipped", "pip install 'claimtrack[dask]'"))
            else:
                dask_dir = work / "dask"
                fan_out(src, dask_dir, "d", min(args.dask_docs, len(src)))
                _, words = corpus_mod.count_words(dask_dir)
                walls: dict[str, float] = {}
                outs = {}
                loads: list[float] = []
                for i in range(max(1, args.repeat)):
                    for key, extra in (("local1", ["--jobs", "1"]), ("dask1", ["--executor", "dask", "--jobs", "1"]),
                                       ("dask2", ["--executor", "dask", "--jobs", "2"])):
                        console.print(f"  extract {len(list(dask_dir.iterdir()))} documents, {key} (run {i + 1}) ...",
                                      style="dim")
                        outs[key] = work / f"{key}.json"
                        w = run(claimtrack("extract", str(dask_dir), "-o", str(outs[key]), "-q", "--no-cache", *extra), env)
                        walls[key] = min(walls.get(key, float("inf")), w)
                        loads.append(os.getloadavg()[0])
                for key in ("local1", "dask1", "dask2"):
                    rows.append((f"extract, {key.replace('1', ', 1 worker').replace('2', ', 2 workers')}",
                                 f"{walls[key]:.1f} s", f"{words / walls[key]:,.0f} words/s"))
                ratios["dask 2/1"] = walls["dask1"] / walls["dask2"]
                rows.append(("load average during the dask runs (2 cores)", f"{min(loads):.1f}-{max(loads):.1f}",
                             "2 workers gain only with 2 idle cores"))
                identical = len({p.read_bytes() for p in outs.values()}) == 1
                rows.append(("outputs local = dask 1 = dask 2", "identical" if identical else "DIFFERENT", ""))

        table = Table(title=f"claimtrack at scale ({args.base:,}-document ledger)")
        for col in ("figure", "measured", ""):
            table.add_column(col)
        for row in rows:
            table.add_row(*row)
        console.print(table)
        rt = Table(title="ratios (targets from issue 17)")
        for col in ("figure", "value", "target"):
            rt.add_column(col)
        for name, value in ratios.items():
            target = TARGETS.get(name)
            if target is None:
                rt.add_row(name, f"{value:.2f}", "(information)")
            else:
                ok = value >= target if name == "dask 2/1" else value <= target
                rt.add_row(name, f"{value:.2f}", f"{'>=' if name == 'dask 2/1' else '<='} {target} "
                           + ("[green]ok[/]" if ok else "[red]missed[/]"))
        console.print(rt)
        console.print("Wall times include start-up; on a shared machine read the ratios as a range "
                      f"(load average now {os.getloadavg()[0]:.1f}).", style="dim")
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
