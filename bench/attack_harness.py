"""What every check of bench/attack.py uses: `Attack` runs `python -m claimtrack` in a fresh process
and records each check's result, `Run` is what one run gave, `check` registers a check in
run order, and the small helpers the checks share (the generated inputs are bench/hostile.py's)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PY = sys.executable
RATIO_TARGET, PEAK_TARGET_MB = 2.5, 1024
ARTICLE = ("Officials said on Tuesday, October 29, 2024 that 40 people were killed when floods swept through "
           "Valencia. \"We have never seen water like this,\" said Carlos Mazon, the regional president.\n")
OTHER = ARTICLE.replace("40 people", "52 people")

# --------------------------------------------------------------------------- running the command

_PROBE = r"""
import json, os, resource, subprocess, sys, time
out, err, inp = sys.argv[1], sys.argv[2], sys.argv[3]
t = time.perf_counter()
with open(out, "wb") as o, open(err, "wb") as e, (open(inp, "rb") if inp else open(os.devnull, "rb")) as i:
    rc = subprocess.run(sys.argv[4:], stdout=o, stderr=e, stdin=i).returncode
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall": time.perf_counter() - t, "cpu": u.ru_utime + u.ru_stime, "mb": u.ru_maxrss / 1024}))
"""


class Run:
    def __init__(self, rc: int, out: bytes, err: bytes, wall: float, cpu: float, mb: float):
        self.rc, self.out, self.wall, self.cpu, self.mb = rc, out, wall, cpu, mb
        self.err = err.decode("utf-8", "replace")

    @property
    def errors(self) -> list[str]:
        return [ln for ln in self.err.splitlines() if ln.startswith("error:")]

    def __repr__(self) -> str:
        tail = " | ".join(self.err.strip().splitlines()[-3:])
        return f"exit {self.rc}, {self.wall:.1f} s, {self.mb:.0f} MB: {tail[:300]}"


class Attack:
    def __init__(self, root: Path):
        self.root = root
        self.env = dict(os.environ, CLAIMTRACK_CACHE_DIR=str(root / "cache"), HOME=str(root / "home"),
                        COLUMNS="100", NO_COLOR="1")
        self.env.pop("CLAIMTRACK_DEBUG", None)
        (root / "home").mkdir(exist_ok=True)
        self.results: list[tuple[str, str, bool, str]] = []
        self._n = 0

    def dir(self, name: str) -> Path:
        self._n += 1
        d = self.root / f"{self._n:03d}-{name}"
        d.mkdir()
        return d

    def ct(self, *args, cwd: Optional[Path] = None, stdin: Optional[Path] = None, env: Optional[dict] = None,
           timeout: float = 900, prefix: Optional[list] = None) -> Run:
        """`python -m claimtrack ARGS` in a fresh process: exit code, output, CPU time, peak memory."""
        self._n += 1
        out, err = self.root / f"run{self._n}.out", self.root / f"run{self._n}.err"
        cmd = [PY, "-c", _PROBE, str(out), str(err), str(stdin or ""), *(prefix or [PY, "-m", "claimtrack"]),
               *[os.fsdecode(a) if isinstance(a, (bytes, Path)) else str(a) for a in args]]
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd or self.root, env=env or self.env,
                           timeout=timeout)
        r = json.loads(p.stdout.strip().splitlines()[-1])
        return Run(r["rc"], out.read_bytes(), err.read_bytes(), r["wall"], r["cpu"], r["mb"])

    def record(self, item: str, title: str, ok: bool, detail: str) -> None:
        self.results.append((item, title, ok, detail))
        mark = "ok  " if ok else "FAIL"
        print(f"{mark} [{item}] {title}: {detail}", flush=True)


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def clean(run: Run) -> bool:
    """No traceback, and an error (if any) is one line."""
    return "Traceback" not in run.err and len(run.errors) <= 1


def refused(run: Run, code: int = 2) -> bool:
    return run.rc == code and len(run.errors) == 1 and "Traceback" not in run.err


def docs(path: Path) -> list[str]:
    return [d["doc"] for d in json.loads(Path(path).read_text(encoding="utf-8", errors="surrogateescape"))["documents"]]


def folder_of(a: Attack, name: str, texts: dict) -> Path:
    d = a.dir(name)
    for fname, text in texts.items():
        p = d / os.fsdecode(fname) if isinstance(fname, bytes) else d / fname
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return d


CHECKS: list[tuple[str, Callable[[Attack], None]]] = []


def check(item: str):
    def deco(fn):
        CHECKS.append((item, fn))
        return fn
    return deco



def _remove_tree(root: Path) -> None:
    """shutil.rmtree recurses (Python < 3.12): a 1,000-level tree is removed with a stack."""
    stack = [(str(root), False)]
    while stack:
        path, listed = stack.pop()
        if listed:
            os.rmdir(path)
            continue
        stack.append((path, True))
        with os.scandir(path) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append((e.path, False))
                else:
                    os.unlink(e.path)
