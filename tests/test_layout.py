"""The package's layout: no import cycle between its modules.

Imports are read from the source (no module is imported), so the test is cheap and sees every
`import` and `from ... import`, at module level and inside functions (a lazy import inside a
function is a cycle deferred, not removed); imports under `if TYPE_CHECKING:` are for type
checkers only and are left out.
"""

from __future__ import annotations

import ast
import functools
import json
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "claimtrack"


def _module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skip


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module name -> the package's modules it imports (a `from pkg import name` counts as an
    import of `pkg.name` when that is a module, else of `pkg`)."""
    paths = {_module_name(p, package): p for p in package.rglob("*.py") if "__pycache__" not in p.parts}
    top = package.name
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_nodes(tree)
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        deps: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name.split(".")[0] == top)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here[:len(here) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target.split(".")[0] != top:
                    continue
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    deps.add(sub if sub in paths else target)
        graph[name] = {d for d in deps if d in paths and d != name}
    return graph


@functools.lru_cache(maxsize=1)
def package_graph() -> dict[str, set[str]]:
    """import_graph() of the package, read once per test run (two tests read it; neither changes it)."""
    return import_graph()


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_sees_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_reads_relative_and_lazy_imports(tmp_path):
    pkg = tmp_path / "claimtrack"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("from .sub import thing\n")
    (pkg / "sub" / "__init__.py").write_text("thing = 1\n")
    (pkg / "sub" / "b.py").write_text("def f():\n    from .. import sub\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import sub\n")
    graph = import_graph(pkg)
    assert graph == {"claimtrack": {"claimtrack.sub"}, "claimtrack.sub": set(),
                     "claimtrack.sub.b": {"claimtrack.sub"}, "claimtrack.c": set()}


def test_no_import_cycle_in_the_package():
    assert cycles(package_graph()) == []


def test_the_heavy_test_files_conftest_orders_first_exist():
    """conftest.HEAVY_FIRST names files: a renamed one would silently fall back to the end."""
    from conftest import HEAVY_FIRST

    here = Path(__file__).resolve().parent
    assert [n for n in HEAVY_FIRST if not (here / n).is_file()] == []


#: No module over about 600 lines (issue 15: rooms with one job each), in the package or bench/.
MAX_MODULE_LINES = 600
#: Known debt, each to be split by its owner (a module may leave this list, never join it). Empty
#: since session 7 (compare/quantities.py gave what two figures measure to compare/figure_kinds.py).
LONG_MODULES: frozenset = frozenset()


def test_no_module_over_the_size_limit():
    root = PACKAGE.parent
    long = {p.relative_to(root).as_posix(): n for folder in (PACKAGE, root / "bench") for p in folder.rglob("*.py")
            if "__pycache__" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert {name: n for name, n in long.items() if name not in LONG_MODULES} == {}


def _third_party_imports(path: Path) -> set[str]:
    """The top-level names of what a module imports absolutely (outside `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_pure_text_parsers_never_reach_spacy():
    """claimtrack/parsers is the spaCy-free package (issue 15): neither it nor any module of the
    package it imports, at any depth, imports spaCy or thinc."""
    graph = package_graph()
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
    todo = [m for m in graph if m == "claimtrack.parsers" or m.startswith("claimtrack.parsers.")]
    reached: set[str] = set()
    while todo:
        m = todo.pop()
        if m not in reached:
            reached.add(m)
            todo.extend(graph[m])
    assert {m for m in reached if not m.startswith("claimtrack.parsers")} <= set(paths)  # the graph is the package's
    assert sorted(m for m in reached if _third_party_imports(paths[m]) & {"spacy", "thinc"}) == []


#: ruff's complexity limit (pyproject.toml [tool.ruff.lint.mccabe]).
MAX_COMPLEXITY = 20
#: Complexity debt, pinned (issue 15): every function over MAX_COMPLEXITY, as ruff's C901 counts
#: it, at its complexity on 2026-12-04 (session 7). Each is excused from `ruff check` by a noqa or
#: a per-file ignore; this ratchet is what keeps the excuse from growing: a pinned function may
#: shrink (then lower its pin) and leave the list once at or under the limit, never grow, and no
#: function joins the list. Keys are "path::function" (a method by its own name).
#: Empty since session 10 (compare align_quantities, actors linking._resolve and merge._merge split).
COMPLEXITY_DEBT: dict[str, int] = {}
_TOO_COMPLEX = re.compile(r"^`(?P<name>[^`]+)` is too complex \((?P<n>\d+) > \d+\)$")


def complexities(paths: list[Path], limit: int = MAX_COMPLEXITY, root: Path = PACKAGE.parent) -> dict[str, int]:
    """"path::function" -> McCabe complexity, for every function over `limit`, read from ruff itself
    (C901) with every excuse switched off: noqa comments ignored, per-file ignores emptied. Two
    functions of one name in one file give the larger figure."""
    out = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--exit-zero", "--ignore-noqa", "--select", "C901",
         "--config", f"lint.mccabe.max-complexity={limit}", "--config", "lint.per-file-ignores={}",
         "--output-format", "json", *map(str, paths)],
        cwd=root, capture_output=True, text=True, check=True)
    found: dict[str, int] = {}
    for item in json.loads(out.stdout):
        m = _TOO_COMPLEX.match(item["message"])
        assert item["code"] == "C901" and m, item  # ruff's message changed: read it anew
        key = f"{Path(item['filename']).resolve().relative_to(root.resolve()).as_posix()}::{m['name']}"
        found[key] = max(found.get(key, 0), int(m["n"]))
    return found


def test_the_complexity_reader_sees_a_complex_function(tmp_path):
    branches = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(5))
    (tmp_path / "m.py").write_text(f"def f(x):  # noqa: C901\n{branches}    return -1\n\ndef g():\n    return 0\n")
    assert complexities([tmp_path / "m.py"], limit=3, root=tmp_path) == {"m.py::f": 6}


def test_complexity_debt_never_grows():
    root = PACKAGE.parent
    found = complexities([PACKAGE, root / "tests", root / "bench"])
    new = {k: n for k, n in found.items() if k not in COMPLEXITY_DEBT}
    grown = {k: f"{COMPLEXITY_DEBT[k]} -> {n}" for k, n in found.items() if n > COMPLEXITY_DEBT.get(k, n)}
    paid = sorted(k for k in COMPLEXITY_DEBT if k not in found)  # at or under the limit now (or renamed)
    assert (new, grown, paid) == ({}, {}, []), "split the new or grown functions; drop paid ones from COMPLEXITY_DEBT"


def test_every_complexity_excuse_is_pinned_debt():
    """A `noqa: C901` on a function under the limit excuses nothing today and would excuse its growth
    silently: every such comment sits on a pinned function (and no other rule is excused that way)."""
    root = PACKAGE.parent
    excused = set()
    for folder in (PACKAGE, root / "tests", root / "bench"):
        for path in folder.rglob("*.py"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if re.search(r"#\s*noqa:\s*C901", line) and (m := re.match(r"\s*(?:async\s+)?def\s+(\w+)", line)):
                    excused.add(f"{path.relative_to(root).as_posix()}::{m[1]}")
    assert sorted(excused - set(COMPLEXITY_DEBT)) == []


def test_every_pydantic_model_is_in_the_models_package():
    """Issue 15: pydantic models in one place, claimtrack/models/. Read from the source: no class
    outside it names pydantic's BaseModel (or RootModel) as a base."""
    outside = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "models" or "__pycache__" in rel.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(ast.unparse(b).split(".")[-1] in {"BaseModel", "RootModel"}
                                                      for b in node.bases):
                outside.append(f"{rel.as_posix()}::{node.name}")
    assert sorted(outside) == []
