"""`claimtrack diff`: where two (or more) sources agree, conflict, or are merely related."""

from __future__ import annotations

import json
from collections import Counter
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..ingest import DEFAULT_MAX_CHARS, SUPPORTED_SUFFIXES
from ..output import OutputError, check_output, open_output
from ..models import DocumentResult, Skipped
from .root import app
from ..text import printable
from .common import (
    cache_setting,
    EXIT_OK, EXIT_PARTIAL, jobs_or_cap, MODEL_OPTION, NO_FOLLOW_SYMLINKS_OPTION, OUTPUT_OPTION, PUBLISHED_OPTION, err_console,
    fail, published_or_fail, report_skipped, shown, stdout_is_terminal,
)

EPILOG = """
Examples:

  claimtrack diff a.txt b.txt           # table; exit 1 on a conflict
  claimtrack diff a.txt b.html -f json -o diff.json
  claimtrack diff articles/             # facts stated by 2+ sources
  claimtrack diff a.txt b.txt c.txt -f jsonl | jq 'select(.status=="conflict")'
  claimtrack diff a.txt b.txt --all     # also count one-sided claims

Statuses: agree (same fact, equal or compatible values), conflict (incompatible values, a quote reworded so that its meaning changes, the same words under another speaker, opposite polarity), related (same topic, a different measure, or a figure that changed between dates: never counted as a conflict).
"""

STATUS_STYLE = {"agree": "green", "conflict": "bold red", "related": "yellow"}


class DiffFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@app.command("diff", epilog=EPILOG)
def diff_command(
    ctx: typer.Context,
    paths: List[str] = typer.Argument(..., help="Two articles, or several files or a folder.", metavar="PATH..."),
    fmt: Optional[DiffFormat] = typer.Option(
        None, "--format", "-f", case_sensitive=False,
        help="table (for people; default on a terminal), json (docs/CONTRACT.md) or jsonl (one match per line)."),
    output: Optional[str] = OUTPUT_OPTION,
    model: Optional[str] = MODEL_OPTION,
    published: Optional[str] = PUBLISHED_OPTION,
    show_all: bool = typer.Option(False, "--all", help="In the table, also count the claims only one side makes."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes for the model (default: the machine's cores; small inputs use one).", min=0, show_default=False),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache folder of this run: the results and the derived tables (as for extract).", file_okay=False),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the result cache."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="Largest document, in characters, that is extracted; larger ones are skipped with a reason.", min=1000),
    no_follow_symlinks: bool = NO_FOLLOW_SYMLINKS_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
) -> None:
    """Compare what sources claim: agreements, conflicts and related figures, each with a reason.

    With two files, every aligned pair of quantities, dates, quotes (and statements where the same actor does the opposite) gets a status, a finer relation and a reason. With more files or a folder, the facts that at least two sources state are grouped with each source's version.

    Exit code 0 when no conflict was found, 1 when one was, 2 on errors.
    """
    from .. import nlp as nlp_mod
    from ..claims_file import split_inputs
    from ..compare import diff_many, diff_pair
    from ..ingest import iter_paths

    for p in paths:
        if not Path(p).exists():
            fail(f"{p}: no such file or folder")
    published = published_or_fail(published)
    target = output or "-"
    try:  # before any work: a mistyped -o costs nothing, and never replaces an input
        checked = check_output(target, inputs=paths, read_back=SUPPORTED_SUFFIXES)
    except OutputError as err:
        fail(str(err))
    cache = cache_setting(cache_dir, no_cache, ctx)
    fmt_name = fmt.value if fmt else ("table" if target == "-" and stdout_is_terminal() else "json")
    many = len(paths) > 2 or any(Path(p).is_dir() for p in paths)

    # claims.json files written by `claimtrack extract` are read back, not extracted again.
    results, to_extract, bad = split_inputs(list(paths))
    if bad:
        fail(bad)
    # A missing model is reported before any work; its label comes from meta.json, so a run
    # served from the cache never loads it (as for extract).
    if to_extract and nlp_mod.model_label_cheap(model) is None:
        try:
            nlp_mod.load(model)
        except nlp_mod.ModelNotFound as err:
            fail(str(err))
    jobs = jobs_or_cap(jobs, quiet=quiet)
    outside: list = []  # symbolic links that lead out of their input folder, for the summary
    if to_extract and not no_follow_symlinks and not quiet:
        for _ in iter_paths(to_extract, outside=outside):  # names only: nothing is read
            pass
    with err_console.status("extracting claims…", spinner="dots") if not quiet and to_extract else nullcontext():
        results += _extracted(to_extract, model=model, published=published, jobs=jobs, cache=cache,
                              max_chars=max_chars, follow_symlinks=not no_follow_symlinks)
    if not quiet:
        report_skipped([], outside)
    if len(results) < 2:
        fail(f"need at least two readable articles to compare, got {len(results)}")
    if not many and len(results) != 2:
        many = True

    if many:
        report = diff_many(results)
        conflicts = len(report.conflicts)
        counts = Counter(f.status for f in report.facts)
    else:
        report = diff_pair(results[0], results[1])
        conflicts = len(report.conflicts)
        counts = Counter(m.status for m in report.matches)

    with open_output(checked) as fh:
        if fmt_name == "json":
            fh.write(json.dumps(report.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2) + "\n")
        elif fmt_name == "jsonl":
            _write_jsonl(report, many, fh)
        else:
            if target == "-":
                console = Console(file=fh, highlight=False)
            else:
                console = Console(file=fh, highlight=False, width=160, color_system=None)
            if many:
                _print_many(report, console)
            else:
                _print_pair(report, results[0], results[1], console, show_all)

    if not quiet:
        summary = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("agree", "conflict", "related"))
        what = "facts" if many else "matches"
        err_console.print(f"{what}: {summary}" + (f"  (wrote {fmt_name} to {shown(target)})" if target != "-" else ""))
    raise typer.Exit(EXIT_PARTIAL if conflicts else EXIT_OK)


def _extracted(paths: list, **options) -> list[DocumentResult]:
    """The documents of `paths` extracted (or read from the cache), each skip reported on stderr."""
    from .. import nlp as nlp_mod
    from ..extract import iter_extract

    results = []
    try:
        for item in iter_extract(paths, **options) if paths else ():
            if isinstance(item, Skipped):
                err_console.print(f"[yellow]skipped[/] {shown(item.path)}: {shown(item.reason)}")
            else:
                results.append(item)
    except nlp_mod.ModelNotFound as err:  # found by its meta.json, but it does not load
        fail(str(err))
    return results


def _write_jsonl(report, many: bool, fh) -> None:
    if many:
        for fact in report.facts:
            fh.write(json.dumps(fact.model_dump(mode="json", by_alias=True), ensure_ascii=False) + "\n")
        return
    for m in report.matches:
        line = {"a_doc": report.a, "b_doc": report.b, **m.model_dump(mode="json", by_alias=True)}
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")


def _short(doc: str, width: int = 22) -> str:
    name = doc.rsplit("/", 1)[-1]
    return name if len(name) <= width else name[: width - 1] + "…"


def _status_cell(status: str, relation: str) -> Text:
    return Text(f"{status}\n{relation}", style=STATUS_STYLE.get(status, ""))


def _print_pair(report, a: DocumentResult, b: DocumentResult, console: Console, show_all: bool) -> None:
    from ..compare import STATUS_ORDER  # here, not at import: every command would load compare/

    table = Table(title=f"claimtrack diff: A = {shown(report.a)}   B = {shown(report.b)}", title_justify="left",
                  show_lines=True, expand=True)
    table.add_column("status", no_wrap=True)
    table.add_column("about", ratio=2)
    table.add_column("A", ratio=3)
    table.add_column("B", ratio=3)
    table.add_column("reason", ratio=4)
    for m in sorted(report.matches, key=lambda m: (-STATUS_ORDER[m.status], m.a.start)):
        style = STATUS_STYLE.get(m.status, "")
        table.add_row(_status_cell(m.status, m.relation), m.about, Text(m.a.text, style=style),
                      Text(m.b.text, style=style), m.reason)
    if not report.matches:
        table.add_row("—", "nothing aligned", "", "", "no shared figures, dates or quotes were found")
    console.print(table)
    if show_all:
        console.print(f"only in A: {len(report.only_a)} claims; only in B: {len(report.only_b)} claims")


def _print_many(report, console: Console) -> None:
    table = Table(title=f"claimtrack diff: {len(report.documents)} documents", title_justify="left",
                  show_lines=True, expand=True)
    table.add_column("status", no_wrap=True)
    table.add_column("about", ratio=2)
    table.add_column("versions", ratio=5)
    table.add_column("reasons", ratio=4)
    for f in report.facts:
        versions = Text()
        for i, v in enumerate(f.versions):
            if i:
                versions.append("\n")
            versions.append(f"{printable(_short(v.doc))}: ", style="dim")
            versions.append(v.text, style=STATUS_STYLE.get(f.status, ""))
        reasons: list[str] = []
        for r in f.reasons:  # "docA ~ docB: status/relation: reason" -> the reason, once
            text = r.split(": ", 2)[-1]
            if text not in reasons:
                reasons.append(text)
        table.add_row(_status_cell(f.status, f.relation), f.about, versions, "\n".join(reasons[:3]))
    if not report.facts:
        table.add_row("—", "nothing aligned", "", "no fact is stated by two sources")
    console.print(table)
