"""Hostile inputs in bounded time and memory (issue 14): the hostile section of `make bench`.

    python bench/hostile.py [--rows quotes,titles,...] [--scale 1.0] [--timeout 300]

Every input is generated here (no committed blobs). Each row is measured at two sizes, each in
a fresh process that loads the model, warms it up on a short ordinary article, then times the
one operation; **µs/char** is the CPU time it took (the process's, or the command's for the
stdin rows: steadier than wall time on a shared machine) divided by the input's characters (bytes for the
byte-level rows, claims a side for diff), **peak MB** the process's largest resident set (the
model included) and **+MB** what the operation added to the resident set after warm-up. The
ordinary article (`ordinary`) is measured in the same run, first and last, and each hostile
row is reported as a ratio of its time per character to the ordinary one (target <= 2.5; peak
below 1 GB). A ratio that grows from the small size to the large one means super-linear time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PY = sys.executable
RATIO_TARGET = 2.5
PEAK_TARGET_MB = 1024

# --------------------------------------------------------------------------- generated inputs


def ordinary(chars: int) -> str:
    """Ordinary news text (the seed articles' paragraphs, reproducibly drawn) of about `chars`."""
    import random

    import corpus

    rng = random.Random(7)
    paras = corpus.seed_paragraphs()
    out: list[str] = []
    n = 0
    while n < chars:
        p = corpus._perturb(rng.choice(paras), rng)
        out.append(p)
        n += len(p) + 2
    return "\n\n".join(out) + "\n"


def nested_quotes(chars: int) -> str:
    """Quotation marks nested in one paragraph: openers of both kinds, then their closers."""
    unit_open = "He said \u201cthey told us \u2018we heard \"that "
    unit_close = "so\" she wrote\u2019 in March\u201d and "
    n = max(1, chars // (len(unit_open) + len(unit_close)))
    return "Officials spoke. " + unit_open * n + "it ended" + unit_close * n + "nothing more.\n"


def nested_marks(chars: int) -> str:
    """Quotation marks nested with nothing between them: one run without white space."""
    n = max(1, (chars - 20) // 4)
    return "He said " + "\u201c\u2018" * n + "yes" + "\u2019\u201d" * n + " today.\n"


def titles(chars: int) -> str:
    n = max(1, (chars - 40) // len("President "))
    return "President " * n + "Emmanuel Macron said 26 nations pledged.\n"


def fractions(chars: int) -> str:
    return "a half " * max(1, chars // len("a half ")) + "\n"


def symbols(chars: int) -> str:
    run = "\u20ac=()!_\"'?"
    return "Prices rose. " + (run * (chars // len(run) + 1))[:chars] + " Then they fell.\n"


def emoji(chars: int) -> str:
    run = "\U0001F600\U0001F4B6\u2764\ufe0f\U0001F1EB\U0001F1F7"
    return "Fans cheered. " + (run * (chars // len(run) + 1))[:chars] + " Then they left.\n"


def html_page(chars: int) -> str:
    """An HTML page of about `chars` characters whose article text is most of it."""
    body = ordinary(chars).split("\n\n")
    paras = "\n".join(f"<p>{p}</p>" for p in body)
    return (f"<html><head><title>Summit</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Summit</h1>{paras}</article><footer>(c) News</footer></body></html>\n")


TEXT_ROWS = {
    "ordinary": ("ordinary article", ordinary),
    "quotes": ("nested quotation marks", nested_quotes),
    "marks": ("nested quotation marks, no space between", nested_marks),
    "titles": ('"President " x n + a name', titles),
    "fractions": ('"a half " x n', fractions),
    "symbols": ("whitespace-free run of \u20ac=()!_\"'?", symbols),
    "emoji": ("whitespace-free run of emoji", emoji),
    "long": ("one long ordinary document", ordinary),
    "huge": ("one ordinary document up to the default --max-chars (2M)", ordinary),
}

#: (row, sizes): text rows in characters, byte rows in bytes, diff in claims a side.
SIZES = {
    "ordinary": (8_000, 32_000),
    "quotes": (8_000, 16_000),
    "marks": (8_000, 16_000),
    "titles": (40_000, 80_000),
    "fractions": (40_000, 80_000),
    "symbols": (4_000, 8_000),
    "emoji": (4_000, 8_000),
    "long": (200_000, 400_000),
    "huge": (1_000_000, 1_999_000),  # the default --max-chars is 2,000,000
    "html": (3_000_000, 6_000_000),
    "stdin": (30_000_000, 60_000_000),
    "nul": (30_000_000, 60_000_000),
    "diff": (250, 500),
}
LABELS = {k: v[0] for k, v in TEXT_ROWS.items()} | {
    "html": "HTML over --max-chars (skip)",
    "stdin": "extract - over --max-file-mb (skip)",
    "nul": "NUL bytes on stdin (UTF-16 look-alike)",
    "diff": "diff_pair, claims a side",
}
UNITS = {"diff": "claim", "html": "byte", "stdin": "byte", "nul": "byte"}
#: Limits for the skip rows: the input is far over them.
HTML_MAX_CHARS = 100_000
STDIN_MAX_MB = 5
NUL_MAX_MB = 100


def synthetic_result(n: int, name: str, seed: int):
    """A DocumentResult of `n` quantity claims, reproducibly generated (no model needed)."""
    import random

    from claimtrack.models import Claim, DateMention, DocumentInfo, DocumentResult, Quantity

    rng = random.Random(seed)
    actors = ["France", "Germany", "NATO", "the ministry", "Kyiv", "the United Nations", "police"]
    units = ["troops", "people", "nations", "tanks", "homes", "jets", "percent", "euros"]
    verbs = ["sent", "reported", "pledged", "counted", "lost", "promised", "moved"]
    claims = []
    text_parts: list[str] = []
    pos = 0
    for i in range(n):
        actor, unit, verb = rng.choice(actors), rng.choice(units), rng.choice(verbs)
        value = rng.randint(1, 40) * rng.choice([1, 10, 100, 1000])
        day = rng.randint(1, 28)
        fig = f"{value:,} {unit}"
        date = f"March {day}"
        sent = f"{actor} said {fig} were {verb} on {date}."
        q0 = pos + sent.index(fig)
        d0 = pos + sent.index(date)
        claims.append(Claim(
            id=f"{name}-{i}", doc=name, kind="quantity", start=pos, end=pos + len(sent), text=sent,
            quantities=[Quantity(start=q0, end=q0 + len(fig), text=fig, value=value, unit=unit.rstrip("s"))],
            dates=[DateMention(start=d0, end=d0 + len(date), text=date, iso=f"2025-03-{day:02d}", grain="day")],
            predicate=verb,
        ))
        text_parts.append(sent)
        pos += len(sent) + 1
    info = DocumentInfo(doc=name, sha256="0" * 64, published="2025-03-30", chars=pos)
    return DocumentResult(document=info, claims=claims)


# --------------------------------------------------------------------------- one measurement


def _rss_mb(who=resource.RUSAGE_SELF) -> float:
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1 << 20) if sys.platform == "darwin" else rss / 1024


def _current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)
    except OSError:
        return _rss_mb()


def probe(row: str, size: int, work: Path) -> dict:
    """Measure one row at one size in this process; returns seconds, size and memory."""
    if row == "diff":
        from claimtrack.compare import diff_pair

        a, b = synthetic_result(size, "a", 1), synthetic_result(size, "b", 2)
        base = _current_rss_mb()
        t0, c0 = time.perf_counter(), time.process_time()
        diff_pair(a, b)
        return {"seconds": time.process_time() - c0, "wall": time.perf_counter() - t0, "n": size,
                "peak_mb": _rss_mb(), "added_mb": _rss_mb() - base}
    if row in ("stdin", "nul"):
        # the real command, fed through a pipe by a writer thread (the input is never in memory whole)
        import threading

        chunk = (b"\x00" * (1 << 20)) if row == "nul" else (ordinary(1 << 20).encode("utf-8")[: 1 << 20])
        limit = STDIN_MAX_MB if row == "stdin" else NUL_MAX_MB
        cmd = [PY, "-m", "claimtrack", "extract", "-", "-q", "--no-cache", "--jobs", "1",
               "--max-file-mb", str(limit), "-o", str(work / f"{row}.json")]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

        def feed() -> None:
            try:
                for _ in range(size // len(chunk)):
                    proc.stdin.write(chunk)
                proc.stdin.close()
            except (BrokenPipeError, OSError):
                pass

        th = threading.Thread(target=feed, daemon=True)
        th.start()
        err = proc.stderr.read()
        proc.wait()
        wall = time.perf_counter() - t0
        if proc.returncode not in (0, 1, 2):  # 2: nothing could be read (the input was refused)
            raise SystemExit(f"{row}: exit {proc.returncode}: {err.decode(errors='replace')[-500:]}")
        use = resource.getrusage(resource.RUSAGE_CHILDREN)
        return {"seconds": use.ru_utime + use.ru_stime, "wall": wall, "n": size,
                "peak_mb": _rss_mb(resource.RUSAGE_CHILDREN), "added_mb": None}

    from claimtrack import nlp as nlp_mod
    from claimtrack.extract import process_documents  # (re-exported from claimtrack.runner)
    from claimtrack.ingest import Limits, document_from_text, read_documents

    nlp = nlp_mod.load(None)
    for _ in process_documents([document_from_text(ordinary(3000))], nlp):
        pass
    if row == "html":
        path = work / "page.html"
        path.write_text(html_page(size), encoding="utf-8")
        base = _current_rss_mb()
        t0, c0 = time.perf_counter(), time.process_time()
        items = list(read_documents([path], limits=Limits(max_chars=HTML_MAX_CHARS)))
        return {"seconds": time.process_time() - c0, "wall": time.perf_counter() - t0, "n": size, "peak_mb": _rss_mb(), "added_mb": _rss_mb() - base,
                "outcome": type(items[0]).__name__}
    text = TEXT_ROWS[row][1](size)
    document = document_from_text(text)
    base = _current_rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    out = list(process_documents([document], nlp))
    return {"seconds": time.process_time() - c0, "wall": time.perf_counter() - t0, "n": len(text), "peak_mb": _rss_mb(), "added_mb": _rss_mb() - base,
            "outcome": type(out[0]).__name__}


def run_probe(row: str, size: int, work: Path, timeout: float) -> dict:
    cmd = [PY, str(Path(__file__).resolve()), "--probe", row, str(size), str(work)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout, "n": size}
    if out.returncode != 0:
        sys.stderr.write(out.stderr[-2000:])
        return {"error": out.returncode, "n": size}
    return json.loads(out.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- the section


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default=",".join(k for k in SIZES if k != "ordinary"),
                    help="comma-separated rows (default: all)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per measurement (default 300)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)

    from rich.console import Console
    from rich.table import Table

    console = Console(width=150)
    rows = [r.strip() for r in args.rows.split(",") if r.strip() and r.strip() != "ordinary"]
    for r in rows:
        if r not in SIZES:
            raise SystemExit(f"unknown row {r!r}; rows: {', '.join(SIZES)}")
    figures: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="claimtrack-hostile-") as tmp:
        work = Path(tmp)
        order = ["ordinary"] + rows + ["ordinary"]
        for row in order:
            for size in SIZES[row]:
                size = max(1, int(size * args.scale)) if row not in ("diff",) else max(2, int(size * args.scale))
                console.print(f"  hostile: {row} at {size:,} ...", style="dim")
                r = run_probe(row, size, work, args.timeout)
                r.update(row=row, size=size)
                figures.append(r)
    ordinary_rates = [f["seconds"] / f["n"] for f in figures if f["row"] == "ordinary" and "seconds" in f]
    base_rate = min(ordinary_rates) if ordinary_rates else None
    base_peak = max((f["peak_mb"] for f in figures if f["row"] == "ordinary" and "peak_mb" in f), default=None)

    table = Table(title="hostile inputs (issue 14): time per character against an ordinary article")
    for col in ("row", "input", "size", "µs/unit", "x ordinary", "peak MB", "+MB", ""):
        table.add_column(col, justify="left" if col in ("row", "input", "") else "right")
    for f in figures:
        unit = UNITS.get(f["row"], "char")
        size = f"{f['size']:,} {unit}s"
        if "seconds" not in f:
            why = f"timeout after {f['timeout']:.0f} s" if "timeout" in f else f"error {f.get('error')}"
            table.add_row(f["row"], LABELS[f["row"]], size, "-", "-", "-", "-", f"[red]{why}[/]")
            continue
        rate = f["seconds"] / f["n"]
        f["us_per_unit"] = 1e6 * rate
        if f["row"] == "diff" or base_rate is None:
            ratio, verdict = "", ""
        else:
            f["ratio"] = rate / base_rate
            ratio = f"{f['ratio']:.2f}"
            ok = f["ratio"] <= RATIO_TARGET and f["peak_mb"] <= PEAK_TARGET_MB
            verdict = "[green]ok[/]" if ok else "[red]over[/]"
        added = "" if f.get("added_mb") is None else f"{f['added_mb']:.0f}"
        table.add_row(f["row"], LABELS[f["row"]], size, f"{1e6 * rate:,.1f}", ratio, f"{f['peak_mb']:.0f}",
                      added, verdict)
    console.print(table)
    diff = [f for f in figures if f["row"] == "diff" and "seconds" in f]
    if len(diff) == 2:
        growth = (diff[1]["seconds"] / diff[1]["n"]) / (diff[0]["seconds"] / diff[0]["n"])
        console.print(f"diff_pair: time per claim grows {growth:.2f}x when the claims double (1.0 = linear)")
    console.print(f"x ordinary: the row's time per character over the ordinary article's ({1e6 * base_rate:.1f} µs/char, "
                  f"the faster of its runs, first and last); target <= {RATIO_TARGET}, peak <= {PEAK_TARGET_MB} MB "
                  f"(ordinary article: {base_peak:.0f} MB). Skip rows divide by the bytes offered.", style="dim")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return figures


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--probe":
        print(json.dumps(probe(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))))
    else:
        main()
