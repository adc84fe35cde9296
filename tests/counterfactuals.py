"""Counterfactual conflicts: ../shared/tools/mutate_pairs.py over the project's pairs.gold.json.

For every agree fact (quantity or quote) of a pairs.gold.json, mutate_pairs.py writes a copy of
B where only that span is edited into a known conflict. `claimtrack diff A B'` must report a
conflict overlapping both spans, and the pair's other facts must keep the status they had
against the unedited B. `make test` reads every pairs.gold.json in the project, in two files
that xdist runs side by side: tests/test_counterfactuals.py the sets outside data/fc*, and
tests/test_counterfactuals_teamsets.py the fc sets (first-contact sets once measured unseen,
team sets now). Named sets are read alone, so a change can be written on some sets and checked
on the others (leave-one-set-out).

    .venv/bin/python tests/counterfactuals.py                  # the sets outside data/fc*, as JSON
    .venv/bin/python tests/counterfactuals.py data/fc5 data/fc1  # named sets (folders holding gold/)

The summary gives, besides the rate, `by_set` ([caught, mutations] per set), `miss_causes` (each
missed mutation by whether diff found the fact before the edit: not at all, as agree, or with
another status) and `caught_of_found_agree` of `found_agree`: the mutations of facts diff finds as agree (by a match
of the fact's own kind, not a statement holding the figure) before the edit. A miss among those is the comparison's own (the two figures were aligned as one fact when
their values agreed); a miss of a fact diff never found is an alignment or extraction miss first.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
MUTATE = ROOT.parent / "shared" / "tools" / "mutate_pairs.py"
if not MUTATE.is_file():  # a worktree of the project: shared/ sits beside the main checkout
    MUTATE = Path("/work/shared/tools/mutate_pairs.py")


def pair_sets(root: Path = ROOT, only: Optional[list[Path]] = None) -> list[tuple[Path, Path]]:
    """(gold folder, text folder) of every pairs.gold.json in the project except data/fc*, or of
    those under the folders `only` names (fc sets included)."""
    from claimtrack.evaluate import corpus_dirs

    out = []
    for path in sorted((root / "data").rglob("pairs.gold.json")):
        rel = path.relative_to(root / "data")
        if only is not None:
            if not any(path.resolve().is_relative_to(Path(o).resolve()) for o in only):
                continue
        elif rel.parts[0].startswith("fc"):
            continue  # first-contact sets: read only when named
        gold = path.parent
        dirs = [d for d in corpus_dirs(gold) if d.is_dir()]
        if gold.parent.joinpath("articles").is_dir():
            dirs.insert(0, gold.parent / "articles")
        out.append((gold, dirs[0]))
    return out


class _Prepared(dict):
    """name -> the document as diff reads it (`prepare(result)`), made on first reading."""

    def __init__(self, results: dict, prepare: Callable):
        super().__init__()
        self._results, self._prepare = results, prepare

    def __missing__(self, name: str):
        self[name] = self._prepare(self._results[name])
        return self[name]


def _overlap(s1: int, e1: int, s2: int, e2: int) -> bool:
    return s1 < e2 and s2 < e1


def _covers(m, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """The match covers the two spans: on each side its own span or one of its `also` spans (where
    that document states the same figure again: a headline and the body, an amount and its
    conversion) overlaps them. The rule eval scores pair facts by (evaluate.pairs.match_covers_fact),
    so a counterfactual counts as its set's facts do."""
    return (any(_overlap(s, e, a_start, a_end) for s, e in _spans(m.a))
            and any(_overlap(s, e, b_start, b_end) for s, e in _spans(m.b)))


def _spans(side) -> list[tuple[int, int]]:
    return [(side.start, side.end)] + [(s.start, s.end) for s in side.also or ()]


def _found(fact: dict, matches, shift: Callable[[int], int] = lambda x: x) -> Optional[str]:
    """The status of the match covering a fact (the gold status when one has it), else None."""
    return _found_listed(fact, _listed(matches), shift)


def _listed(matches) -> list[tuple[str, list, list]]:
    """(status, A's spans, B's spans) of each match: what `_found` reads, listed once for all the
    facts of a pair that are read against one report."""
    return [(m.status, _spans(m.a), _spans(m.b)) for m in matches]


def _found_listed(fact: dict, listed: list, shift: Callable[[int], int] = lambda x: x) -> Optional[str]:
    """`_found` over matches as `_listed` gives them (the covering rule of `_covers`)."""
    a_start, a_end, b_start, b_end = fact["a_start"], fact["a_end"], shift(fact["b_start"]), shift(fact["b_end"])
    statuses = [status for status, on_a, on_b in listed
                if any(_overlap(s, e, a_start, a_end) for s, e in on_a)
                and any(_overlap(s, e, b_start, b_end) for s, e in on_b)]
    if fact["status"] in statuses:
        return fact["status"]
    if "conflict" in statuses:
        return "conflict"
    return statuses[0] if statuses else None


def run(root: Path = ROOT, diff=None, workdir: Optional[Path] = None, verbose: bool = False,
        extracted: Optional[Callable[[Path], dict]] = None, only: Optional[list[Path]] = None,
        diffs: Optional[Callable[[Path], dict]] = None, cache: Optional[Path] = None) -> dict:
    """Mutate every set, extract, diff; counts of counterfactual conflicts caught and facts kept.

    `extracted(gold folder)`: the unedited documents already extracted (name -> (DocumentResult,
    text), as claimtrack.evaluate.extract_gold gives them); else they are extracted here.
    `diffs(gold folder)`: the diff reports of its gold pairs over that extraction ((a, b) ->
    DiffReport, the tests' `gold_pair_diffs`), read as the reports before the edit when `diff`
    is diff_pair; else each pair is diffed here.
    `only`: the set folders to read (see `pair_sets`). `cache`: a result-cache folder
    (claimtrack.cache) the edited copies are read from and written to, else none."""
    from claimtrack import extract
    from claimtrack.compare import diff_pair, prepare
    from claimtrack.models import DocumentResult

    # diff_pair takes each original prepared once (as diff_many does), not once per edited copy
    reuse = prepare if diff is None else (lambda result: result)
    diff = diff or diff_pair
    tmp = Path(workdir or tempfile.mkdtemp(prefix="ct-mutate-"))
    total = caught = kept = keep_total = 0
    found_agree = caught_found = 0  # mutations of facts diff finds as agree before the edit
    by_set: dict[str, list[int]] = {}  # set -> [caught, mutations]
    misses: list[dict] = []
    broken: list[dict] = []
    for gold, texts in pair_sets(root, only):
        out_dir = tmp / gold.relative_to(root).as_posix().replace("/", "_")
        subprocess.run([sys.executable, str(MUTATE), str(gold / "pairs.gold.json"), str(texts), str(out_dir)],
                       check=True, capture_output=True)
        rows = json.loads((out_dir / "mutations.json").read_text("utf-8"))
        pairs = json.loads((gold / "pairs.gold.json").read_text("utf-8"))
        names = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
        mutated = extract([out_dir / f"{r['n']}.json" for r in rows], cache=cache) if rows else None

        def result(output, doc):
            info = next(d for d in output.documents if d.doc == doc)
            return DocumentResult(document=info, claims=[c for c in output.claims if c.doc == doc])

        if extracted is not None:
            originals = {n: extracted(gold)[n][0] for n in names}
        else:
            base = extract([texts / n for n in names], cache=cache)
            originals = {n: result(base, n) for n in names}
        made = diffs(gold) if diffs is not None and reuse is prepare else {}
        # each original prepared once, and only when a diff here reads it
        originals = _Prepared(originals, reuse)
        before = {(p["a"], p["b"]): made[(p["a"], p["b"])] if (p["a"], p["b"]) in made
                  else diff(originals[p["a"]], originals[p["b"]]) for p in pairs}
        # each fact's status before the edit, read once per pair, not again for every edit of B
        was_of: dict[tuple, list] = {}
        for r in rows:
            total += 1
            pair = next(p for p in pairs if p["a"] == r["a"] and p["b"] == r["b"])
            b_mut = result(mutated, f"{r['n']}.json")
            report = diff(originals[r["a"]], b_mut)
            hit = any(m.status == "conflict" and _covers(m, r["a_start"], r["a_end"], r["b_start"], r["b_end"])
                      for m in report.matches)
            caught += hit
            tally = by_set.setdefault(gold.relative_to(root).as_posix(), [0, 0])
            tally[0] += hit
            tally[1] += 1
            edited = next(f for f in pair["facts"] if (f["a_start"], f["a_end"], f["b_start"]) ==
                          (r["a_start"], r["a_end"], r["b_start"]))
            before_status = _found(edited, [m for m in before[(r["a"], r["b"])].matches if m.kind == r["type"]])
            found_agree += before_status == "agree"
            caught_found += hit and before_status == "agree"
            if hit and verbose:
                for m in report.matches:
                    if m.status == "conflict" and _overlap(m.a.start, m.a.end, r["a_start"], r["a_end"]):
                        print("caught", r["n"], m.a.text, "~", m.b.text, m.reason[-60:])
            if not hit:
                near = [f"{m.status}/{m.relation}: {m.a.text} ~ {m.b.text}" for m in report.matches
                        if _overlap(m.a.start, m.a.end, r["a_start"], r["a_end"])
                        or _overlap(m.b.start, m.b.end, r["b_start"], r["b_end"])]
                misses.append({"set": gold.relative_to(root).as_posix(), "n": r["n"], "type": r["type"],
                               "a": r["a_text"], "b": r["b_text"], "was": r["was"], "near": near,
                               "why": _why(report.matches, r), "before": before_status})
            delta = len(r["b_text"]) - len(r["was"])
            old_end = r["b_start"] + len(r["was"])

            def shift(x, delta=delta, old_end=old_end):
                return x + delta if x >= old_end else x

            if (r["a"], r["b"]) not in was_of:
                listed = _listed(before[(r["a"], r["b"])].matches)
                was_of[(r["a"], r["b"])] = [_found_listed(f, listed) for f in pair["facts"]]
            now_listed = _listed(report.matches)
            for f, was in zip(pair["facts"], was_of[(r["a"], r["b"])]):
                if (f["a_start"], f["a_end"], f["b_start"]) == (r["a_start"], r["a_end"], r["b_start"]):
                    continue
                if _overlap(f["b_start"], f["b_end"], r["b_start"], old_end):
                    continue  # a fact sharing the edited span changes with it
                if was != f["status"] and not (f["status"] == "related" and was != "conflict"):
                    continue  # only the facts diff got right before the edit are held to it
                now = _found_listed(f, now_listed, shift)
                keep_total += 1
                ok = now == was or (f["status"] == "related" and now != "conflict")
                kept += ok
                if not ok:
                    broken.append({"set": gold.relative_to(root).as_posix(), "n": r["n"], "fact": f["about"],
                                   "was": was, "now": now})
    kinds = Counter(f"{m['type']}: {m['why']}" + (" (found as agree before)" if m["before"] == "agree" else "")
                    for m in misses)
    # Why a mutation is missed, first question first: was the fact found at all before the edit?
    causes = Counter("not found before the edit" if m["before"] is None
                     else "found as agree before the edit (aligned only while the values agreed)" if m["before"] == "agree"
                     else f"found as {m['before']} before the edit" for m in misses)
    return {"mutations": total, "caught": caught, "caught_rate": caught / total if total else 1.0,
            "by_set": by_set, "found_agree": found_agree, "caught_of_found_agree": caught_found,
            "other_facts": keep_total, "kept": kept, "kept_rate": kept / keep_total if keep_total else 1.0,
            "miss_kinds": dict(kinds.most_common()), "miss_causes": dict(causes.most_common()),
            "misses": misses, "broken": broken}


def _why(matches, r: dict) -> str:
    """What diff made of a missed counterfactual: the status/relation of the match joining the two
    edited spans ('related/update': aligned, but read as a changed figure), 'paired elsewhere'
    (B's edited figure is matched with another of A's), or 'unaligned' (B's figure met no partner)."""
    on_b = [m for m in matches if m.kind == r["type"] and _overlap(m.b.start, m.b.end, r["b_start"], r["b_end"])]
    both = [m for m in on_b if _overlap(m.a.start, m.a.end, r["a_start"], r["a_end"])]
    if both:
        return f"{both[0].status}/{both[0].relation}"
    return "paired elsewhere" if on_b else "unaligned"


def assert_floors(floors: dict, kept_floor: float, workdir: Path, extracted, require_all: bool = True,
                  diffs=None, cache: Optional[Path] = None) -> None:
    """The floor test the counterfactual test files share: run on the sets `floors` names ("data/fcN/gold"
    -> (caught, of mutations), as measured) and fail when a set's mutation count changed (the set or
    the mutation tool changed), when it catches fewer than its floor, or when fewer than `kept_floor`
    of the other facts keep their status. With `require_all` false a set that is absent is left out."""
    present = {name: f for name, f in floors.items() if (ROOT / name / "pairs.gold.json").is_file()}
    if require_all:
        assert len(present) == len(floors), sorted(set(floors) - set(present))
    s = run(workdir=workdir, extracted=extracted, only=[ROOT / name for name in present], diffs=diffs, cache=cache)
    for name, (floor, total) in present.items():
        caught, mutations = s["by_set"][name]
        assert mutations == total, (name, s["by_set"])
        assert caught >= floor, (name, [m for m in s["misses"] if m["set"] == name])
    assert s["kept_rate"] >= kept_floor, s["broken"]


if __name__ == "__main__":
    named = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    print(json.dumps(run(verbose="-v" in sys.argv, only=named or None), indent=1, ensure_ascii=False))
