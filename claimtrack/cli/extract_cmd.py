"""`claimtrack extract`: files and folders in, claim records out."""

from __future__ import annotations

import itertools
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..version import __version__
from ..export import WRITERS, Summary, default_output
from ..ingest import DEFAULT_MAX_CHARS, SUPPORTED_SUFFIXES, Limits, iter_paths
from ..models import DocumentResult, Generator, Skipped
from ..output import OutputError, OutputTarget, check_output, open_output
from ..spool import ResultSpool
from .root import app
from .common import (
    cache_setting,
    EXIT_OK, EXIT_PARTIAL, FORMAT_OPTION, MODEL_OPTION, OUTPUT_OPTION, PUBLISHED_OPTION, OutputFormat, err_console,
    EXECUTOR_OPTION, NO_FOLLOW_SYMLINKS_OPTION, SCHEDULER_OPTION, Terminated, executor_or_fail, fail, interrupt_code, jobs_or_cap, published_or_fail, report_skipped, shown,
)

EPILOG = """
Examples:

  claimtrack extract seeds/          # writes claims.json, prints a summary
  claimtrack extract articles/ -f csv -o claims.csv
  claimtrack extract story.html -o - | jq '.claims[] | select(.kind=="quote")'
  cat article.txt | claimtrack extract - --published 2025-09-04 -f table
"""


@app.command("extract", epilog=EPILOG)
def extract_command(
    ctx: typer.Context,
    paths: List[str] = typer.Argument(..., help="Files or folders (searched recursively); '-' reads one article from stdin.", metavar="PATH..."),
    fmt: Optional[OutputFormat] = FORMAT_OPTION,
    output: Optional[str] = OUTPUT_OPTION,
    model: Optional[str] = MODEL_OPTION,
    published: Optional[str] = PUBLISHED_OPTION,
    include_text: bool = typer.Option(False, "--include-text", help="Include each document's text (what the offsets index) in the JSON."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="Largest document, in characters, that is extracted; larger ones are skipped with a reason.", min=1000),
    max_file_mb: int = typer.Option(200, "--max-file-mb", help="Largest input file read, in MB.", min=1),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes for the model (default: the machine's cores; small inputs use one).", min=0, show_default=False),
    executor: str = EXECUTOR_OPTION,
    scheduler: Optional[str] = SCHEDULER_OPTION,
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache folder of this run: the results, and the derived tables in its tables/ (default: $CLAIMTRACK_CACHE_DIR, else the user cache folder, e.g. ~/.cache/claimtrack); `claimtrack cache clear --cache-dir` with the same folder empties both.", file_okay=False),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the result cache: extract every document afresh."),
    no_follow_symlinks: bool = NO_FOLLOW_SYMLINKS_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary; errors only."),
) -> None:
    """Extract actors, dates, quantities and attributed quotes, with exact offsets, from articles.

    Reads .txt/.md (UTF-8, other encodings detected), .html/.htm (main text only), and .json/.jsonl records with a `text` field. Writes the JSON described in docs/CONTRACT.md. Exit code 0 when every input was extracted, 1 when some were skipped (the summary says which and why), 2 on usage errors or when nothing could be read (nothing is written), 70 on an internal error.

    Documents already extracted with the same text, date, model and claimtrack version come from the cache (see `claimtrack cache info`); the output is the same either way.
    """
    from .. import nlp as nlp_mod
    from ..extract import iter_extract, run_documents
    from ..ingest import document_from_bytes, read_stream

    published = published_or_fail(published)
    executor = executor_or_fail(executor, scheduler)
    if "-" in paths and len(paths) > 1:  # else '-' was looked up as a file and "skipped"
        fail("'-' (stdin) is read only when it is the only input: pipe one article in, or give files "
             "and folders (a file named '-' is ./-)")
    fmt_name = (fmt.value if fmt else "json")
    target = output or default_output(fmt_name)
    try:  # before any work: a mistyped -o costs nothing, and never replaces an input
        checked = check_output(target, inputs=[p for p in paths if p != "-"], read_back=SUPPORTED_SUFFIXES)
    except OutputError as err:
        fail(str(err))
    cache = cache_setting(cache_dir, no_cache, ctx)

    # The model's label comes from its meta.json: a run served from the cache never loads it.
    label = nlp_mod.model_label_cheap(model)
    if label is None:
        try:
            label = nlp_mod.model_label(nlp_mod.load(model))
        except nlp_mod.ModelNotFound as err:
            fail(str(err))
    generator = Generator(version=__version__, model=label)
    def warn(message: str) -> None:
        err_console.print(f"[yellow]warning:[/] {shown(message)}", soft_wrap=True)

    jobs = jobs_or_cap(jobs, executor=executor, quiet=quiet)

    limits = Limits(max_file_bytes=max_file_mb * 1_000_000, max_chars=max_chars)
    outside: list = []  # symbolic links that lead out of their input folder, for the summary
    if paths == ["-"]:
        import sys

        data = read_stream(sys.stdin.buffer, limits)  # stops past the limit: never all of a huge pipe
        if not data.strip():
            fail("stdin is empty: pipe an article in, or give files or folders")
        piped = document_from_bytes(data, published=published, limits=limits)
        if isinstance(piped, Skipped):
            items = iter([piped])
        else:
            items = run_documents([piped], model=model, cache=cache, include_text=include_text,
                                  max_chars=max_chars, warn=warn)
        total = 1
    else:
        total = sum(1 for e in iter_paths(paths, follow_symlinks=not no_follow_symlinks, outside=outside)
                    if not isinstance(e, Skipped))
        items = iter_extract(paths, model=model, published=published, include_text=include_text,
                             max_chars=max_chars, limits=limits,
                             jobs=jobs, cache=cache, warn=warn, executor=executor, scheduler=scheduler,
                             follow_symlinks=not no_follow_symlinks)

    summary = Summary()
    show_progress = not quiet and total > 0
    progress, task, on_item = make_progress(err_console, total, enabled=show_progress)
    with progress:
        writer = WRITERS[fmt_name]
        try:
            # Nothing is written until a document has come out: when every input is skipped, an
            # existing output stays as it was (a mistyped path must not empty yesterday's file).
            head = _until_first_document(items)
            if not any(isinstance(i, DocumentResult) for i in head):
                for item in head:
                    summary.add(item)
                progress.stop()
                if not quiet:
                    _print_summary(summary, "-", fmt_name, outside)
                where = "" if target == "-" else f"; {target} left as it was"
                fail(f"no document could be read from {_shown_paths(paths)}: nothing written{where}")
            # The whole run is read before writing: one actor id per person or body over all
            # its documents ("Trump" in one article, "Donald Trump" in another). The results
            # wait on disk meanwhile, only their actors in memory (claimtrack.spool).
            with ResultSpool(_spool_folder(checked)) as spool:
                for item in itertools.chain(head, items):
                    on_item(item)
                    spool.add(item)
                with open_output(checked) as fh:
                    writer(spool.replay(), fh, generator, summary, None)
        except nlp_mod.ModelNotFound as err:
            fail(str(err))
        except (OSError, TimeoutError) as err:
            if executor != "dask":
                raise
            fail(f"the Dask cluster failed ({scheduler or 'local cluster'}): {err}")
        except BrokenProcessPool:
            fail("a worker process died (out of memory or killed); re-run with --jobs 1, or with a lower --max-chars", EXIT_PARTIAL)
        except KeyboardInterrupt as err:  # Ctrl-C, or SIGTERM (see common.Terminated)
            # The output file is untouched (atomic) and finished batches are in the cache.
            what = "terminated" if isinstance(err, Terminated) else "interrupted"
            if no_cache:
                err_console.print(f"{what}: no output written (--no-cache: nothing was cached)")
            else:
                err_console.print(f"{what}: no output written; a re-run resumes from the cache")
            raise typer.Exit(interrupt_code(err))

    if not quiet:
        _print_summary(summary, target, fmt_name, outside)
    raise typer.Exit(EXIT_PARTIAL if summary.skipped else EXIT_OK)


def _spool_folder(target: OutputTarget) -> Optional[Path]:
    """Where a run's results wait: beside the output file (its space is the output's), else
    (stdout, a device, a pipe) the system's temporary folder."""
    return target.path.parent if target.mode == "atomic" and target.path is not None else None


def _until_first_document(items) -> list:
    """Take items up to and including the first DocumentResult (all of them if there is none)."""
    head = []
    for item in items:
        head.append(item)
        if isinstance(item, DocumentResult):
            break
    return head


def _shown_paths(paths: List[str]) -> str:
    return ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


def make_progress(console, total: int, *, enabled: bool):
    """The progress bar of a run, and the callback that advances it per item. Until the first
    document comes out it says it is loading the model (several seconds for spaCy's pipelines,
    which would otherwise look like a bar stuck at 0)."""
    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[current]}", style="dim"),
        console=console, transient=True, disable=not enabled,
    )
    task = progress.add_task("loading the model…", total=total or None, current="")

    def on_item(item) -> None:
        name = item.path if isinstance(item, Skipped) else item.document.doc
        progress.update(task, advance=1, current=shown(name[-50:]), description="extracting")
        t = progress.tasks[0]
        if t.total is not None and t.completed > t.total:
            progress.update(task, total=None)

    return progress, task, on_item


def _print_summary(summary: Summary, target: str, fmt: str, outside: list = ()) -> None:
    table = Table(title="claimtrack extract", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    table.add_row("documents read", str(summary.documents))
    table.add_row("claims", str(summary.claims))
    for kind in ("quantity", "date", "quote", "statement"):
        table.add_row(f"  {kind}", str(summary.by_kind.get(kind, 0)))
    table.add_row("skipped", str(len(summary.skipped)))
    err_console.print(table)
    report_skipped(summary.skipped, outside)
    if target != "-":
        err_console.print(f"wrote {fmt} to [bold]{shown(target)}[/]")
