"""`claimtrack track`: file articles' claims in a ledger that grows across runs."""

from __future__ import annotations

import json
import os
from enum import Enum
from typing import List, Optional

import typer
from rich.table import Table

from ..ingest import DEFAULT_MAX_CHARS
from .root import app
from .common import (
    cache_setting,
    EXECUTOR_OPTION, EXIT_OK, EXIT_PARTIAL, MODEL_OPTION, PUBLISHED_OPTION, SCHEDULER_OPTION, err_console,
    Terminated, OPENED_LEDGERS, damaged_ledger_message, executor_or_fail, fail, interrupt_code, jobs_or_cap, published_or_fail,
    report_skipped, shown,
)

track_app = typer.Typer(
    help="Keep a ledger of claims across sources and time (a SQLite file, or a PostgreSQL database).\n\n"
    "Example:  claimtrack track add seeds/ --db claims.db && claimtrack track info --db claims.db",
    no_args_is_help=True,
)
app.add_typer(track_app, name="track")

def db_option(missing: str):
    """--db, saying what this command does when the ledger file is missing."""
    return typer.Option(
        None, "--db", envvar="CLAIMTRACK_DB",
        help=f"Ledger: a SQLite file ({missing}), or a PostgreSQL database as "
        "postgresql://user@host/dbname (needs claimtrack\\[postgres]). Default: claimtrack.db.",
        metavar="FILE|URL",
    )


#: `track add` creates the ledger; every other command reads one.
DB_OPTION = db_option("created when missing")
DB_READ_OPTION = db_option("must exist: `claimtrack track add` creates it; a missing one is an error")


def db_path(db: Optional[str]) -> str:
    return db or "claimtrack.db"


def _is_server(location: str) -> bool:
    return location.startswith(("postgres://", "postgresql://"))



def open_or_fail(db: Optional[str], *, must_exist: bool = False):
    from ..ledger import open_ledger
    from ..ledger.store import ForeignDatabase, MissingExtra, redacted_dsn

    path = db_path(db)
    if must_exist and not _is_server(path) and not os.path.exists(path):
        fail(f"no ledger at {path}: create one with `claimtrack track add PATH... --db {path}`")
    if not _is_server(path):
        OPENED_LEDGERS[:] = [path]
    try:
        return open_ledger(path)
    except (MissingExtra, ForeignDatabase) as err:
        fail(str(err))
    except Exception as err:  # sqlite3.DatabaseError, newer schema, unwritable folder, server down
        damaged = damaged_ledger_message(err)
        if damaged:
            fail(damaged)
        message = " ".join(str(err).split())
        fail(f"cannot open ledger {redacted_dsn(path)}: {message}")


@track_app.command("add")
def track_add(
    ctx: typer.Context,
    paths: List[str] = typer.Argument(..., help="Files or folders of articles, or claims.json files written by `claimtrack extract`.", metavar="PATH..."),
    db: Optional[str] = DB_OPTION,
    model: Optional[str] = MODEL_OPTION,
    published: Optional[str] = PUBLISHED_OPTION,
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes for the model (default: the machine's cores; small inputs use one).", min=0, show_default=False),
    cache_dir: Optional[str] = typer.Option(None, "--cache-dir", help="Cache folder of this run: the results, and the derived tables in its tables/ (default: $CLAIMTRACK_CACHE_DIR, else the user cache folder)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the result cache."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="Largest document, in characters, that is extracted; larger ones are skipped with a reason.", min=1000),
    executor: str = EXECUTOR_OPTION,
    scheduler: Optional[str] = SCHEDULER_OPTION,
    no_follow_symlinks: bool = typer.Option(False, "--no-follow-symlinks", help="Skip symbolic links found inside folders (by default they are followed, and those leading out of their folder are listed in the summary)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Extract articles and file their documents, claims and actors in the ledger.

    Adding the same document again changes nothing; a changed document under the same name is kept as a new version (the old one stays, marked not current). Each document is filed in one transaction, so several `track add` runs may write to one ledger at once, and an interrupted run leaves every document either filed completely or not at all.
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..extract import iter_extract
    from ..ingest import iter_paths
    from ..ledger.facts import file_results
    from ..models import Skipped
    from ..nlp import ModelNotFound

    published = published_or_fail(published)
    executor = executor_or_fail(executor, scheduler)
    cache = cache_setting(cache_dir, no_cache, ctx)  # before the ledger is opened (or created)
    ledger = open_or_fail(db)
    outcomes: dict[str, int] = {"new": 0, "unchanged": 0, "new-version": 0}
    skipped: list = []

    def warn(message: str) -> None:
        err_console.print(f"[yellow]warning:[/] {shown(message)}", soft_wrap=True)

    jobs = jobs_or_cap(jobs, executor=executor, quiet=quiet)

    from ..claims_file import split_inputs

    # claims.json files written by `claimtrack extract` are filed as they are, not re-extracted.
    read_back, to_extract, bad = split_inputs(list(paths))
    if bad:
        ledger.close()
        fail(bad)
    outside: list = []  # symbolic links leading out of their input folder, for the summary
    for _ in iter_paths(to_extract, follow_symlinks=not no_follow_symlinks, outside=outside):
        pass

    def documents():
        yield from read_back
        if not to_extract:
            return
        for item in iter_extract(to_extract, model=model, published=published, jobs=jobs, max_chars=max_chars,
                                 cache=cache, warn=warn, executor=executor, scheduler=scheduler,
                                 follow_symlinks=not no_follow_symlinks):
            if isinstance(item, Skipped):
                skipped.append(item)
            elif item._failures:  # incomplete: filed, it would pass for complete on every re-run
                skipped.append(Skipped(path=item.document.doc, reason="not filed in the ledger: an extractor "
                                       "failed on it (next line); a later `track add` files it"))
            else:
                yield item

    progress = Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}[/]"), TimeElapsedColumn(),
        TextColumn("{task.fields[current]}", style="dim"),
        console=err_console, transient=True, disable=quiet,
    )
    task = progress.add_task("loading the model…", total=None, current="")

    def on_filed(outcome) -> None:
        outcomes[outcome.status] += 1
        progress.update(task, advance=1, current=shown(outcome.name[-50:]),
                        description=f"filed {progress.tasks[0].completed + 1} documents")

    try:
        with progress:
            file_results(ledger, documents(), on_filed)
    except ModelNotFound as err:
        fail(str(err))
    except (OSError, TimeoutError) as err:
        if executor != "dask":
            raise
        fail(f"the Dask cluster failed ({scheduler or 'local cluster'}): {err}")
    except KeyboardInterrupt as err:  # Ctrl-C, or SIGTERM
        what = "terminated" if isinstance(err, Terminated) else "interrupted"
        err_console.print(f"{what}: every document filed so far is in the ledger; re-run to add the rest")
        raise typer.Exit(interrupt_code(err))
    finally:
        counts = ledger.counts()
        ledger.close()
    if not quiet:
        err_console.print(
            f"ledger {shown(ledger.location)}: {outcomes['new']} new, {outcomes['new-version']} new versions, "
            f"{outcomes['unchanged']} unchanged; now {counts['documents']} documents, "
            f"{counts['claims']} claims, {counts['actors']} actors"
        )
        report_skipped(skipped, outside)
    raise typer.Exit(EXIT_PARTIAL if skipped else EXIT_OK)


@track_app.command("info")
def track_info(db: Optional[str] = DB_READ_OPTION) -> None:
    """Show what the ledger holds: documents (with versions) and counts."""
    ledger = open_or_fail(db, must_exist=True)
    with ledger:
        table = Table(title=f"ledger {shown(ledger.location)} (schema v{ledger.schema_version()})")
        for col in ("document", "version", "published", "source", "sha256"):
            table.add_column(col)
        for d in ledger.documents(current_only=False):
            table.add_row(shown(d.name), f"{d.version}{'' if d.current else ' (old)'}", d.published or "", shown(d.source or ""), d.sha256[:12])
        from rich.console import Console

        Console().print(table)
        counts = ledger.counts()
    typer.echo(", ".join(f"{v} {k}" for k, v in counts.items()))


class ExportFormat(str, Enum):
    json = "json"
    csv = "csv"
    jsonld = "jsonld"


@track_app.command("export")
def track_export(
    db: Optional[str] = DB_READ_OPTION,
    fmt: ExportFormat = typer.Option(ExportFormat.json, "--format", "-f", case_sensitive=False, help="json (documents, claims and facts), csv (one row per mention, docs/CONTRACT.md) or jsonld (schema.org Claim/Quotation with relations)."),
    output: str = typer.Option("-", "--output", "-o", help="File to write (atomically), or '-' for stdout.", metavar="FILE"),
) -> None:
    """Export the whole ledger for other tools: JSON, CSV, or JSON-LD using schema.org terms."""
    from ..export import csv_writer, mention_rows
    from ..output import OutputError, check_output, open_output
    from ..models import Claim

    fmt = fmt.value
    try:  # before any work, and never over the ledger itself
        checked = check_output(output, ledger=db_path(db))
    except OutputError as err:
        fail(str(err))
    ledger = open_or_fail(db, must_exist=True)
    with ledger:
        if fmt == "jsonld":
            from ..ledger.facts import build_facts, current_results
            from ..ledger.jsonld import ledger_jsonld

            results = current_results(ledger)
            data = ledger_jsonld(list(results.values()), build_facts(ledger, results=results))
        else:
            data = ledger.dump()
            if fmt == "json":  # the facts, as `claimtrack facts -f json` lists them
                from ..ledger.facts import build_facts

                data["facts"] = [f.summary() for f in build_facts(ledger)]
    with open_output(checked) as fh:
        if fmt in ("json", "jsonld"):
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        else:
            write = csv_writer(fh, extra=["version"])
            for rec in data["claims"]:
                version = rec.pop("version")
                for row in mention_rows(Claim.model_validate(rec)):
                    write({**row, "version": version})
