"""`claimtrack track`: file articles' claims in a ledger that grows across runs."""

from __future__ import annotations

import csv
import json
import os
from typing import List, Optional

import typer
from rich.markup import escape
from rich.table import Table

from . import app
from .common import EXIT_OK, EXIT_PARTIAL, MODEL_OPTION, PUBLISHED_OPTION, err_console, fail, published_or_fail

track_app = typer.Typer(
    help="Keep a ledger of claims across sources and time (a SQLite file).\n\n"
    "Example:  claimtrack track add seeds/ --db claims.db && claimtrack track info --db claims.db",
    no_args_is_help=True,
)
app.add_typer(track_app, name="track")

DB_OPTION = typer.Option(
    None, "--db", envvar="CLAIMTRACK_DB", help="Ledger file (SQLite; created when missing). Default: claimtrack.db.",
    metavar="FILE",
)


def db_path(db: Optional[str]) -> str:
    return db or "claimtrack.db"


def open_or_fail(db: Optional[str], *, must_exist: bool = False):
    from ..ledger import open_ledger

    path = db_path(db)
    if must_exist and not os.path.exists(path):
        fail(f"no ledger at {path}: create one with `claimtrack track add PATH... --db {path}`")
    try:
        return open_ledger(path)
    except Exception as err:  # sqlite3.DatabaseError, newer schema, unwritable folder
        fail(f"cannot open ledger {path}: {err}")


@track_app.command("add")
def track_add(
    paths: List[str] = typer.Argument(..., help="Files or folders of articles.", metavar="PATH..."),
    db: Optional[str] = DB_OPTION,
    model: Optional[str] = MODEL_OPTION,
    published: Optional[str] = PUBLISHED_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
) -> None:
    """Extract articles and file their documents, claims and actors in the ledger.

    Adding the same document again changes nothing; a changed document under the same name is
    kept as a new version (the old one stays, marked not current).
    """
    from ..extract import iter_extract
    from ..models import Skipped
    from ..nlp import ModelNotFound

    from ..ledger.facts import file_results

    published = published_or_fail(published)
    ledger = open_or_fail(db)
    outcomes: dict[str, int] = {"new": 0, "unchanged": 0, "new-version": 0}
    skipped: list = []

    def documents():
        for item in iter_extract(paths, model=model, published=published):
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                yield item

    try:
        for outcome in file_results(ledger, documents()):
            outcomes[outcome.status] += 1
    except ModelNotFound as err:
        fail(str(err))
    finally:
        counts = ledger.counts()
        ledger.close()
    if not quiet:
        err_console.print(
            f"ledger {db_path(db)}: {outcomes['new']} new, {outcomes['new-version']} new versions, "
            f"{outcomes['unchanged']} unchanged; now {counts['documents']} documents, "
            f"{counts['claims']} claims, {counts['actors']} actors"
        )
        for s in skipped:
            err_console.print(f"  [yellow]skipped[/] {s.path}: {s.reason}")
    raise typer.Exit(EXIT_PARTIAL if skipped else EXIT_OK)


@track_app.command("info")
def track_info(db: Optional[str] = DB_OPTION) -> None:
    """Show what the ledger holds: documents (with versions) and counts."""
    ledger = open_or_fail(db, must_exist=True)
    with ledger:
        table = Table(title=f"ledger {db_path(db)} (schema v{ledger.schema_version()})")
        for col in ("document", "version", "published", "source", "sha256"):
            table.add_column(col)
        for d in ledger.documents(current_only=False):
            table.add_row(d.name, f"{d.version}{'' if d.current else ' (old)'}", d.published or "", d.source or "", d.sha256[:12])
        from rich.console import Console

        Console().print(table)
        counts = ledger.counts()
    typer.echo(", ".join(f"{v} {k}" for k, v in counts.items()))


@track_app.command("export")
def track_export(
    db: Optional[str] = DB_OPTION,
    fmt: str = typer.Option("json", "--format", "-f", help="json (documents and claims), csv (one row per claim) or jsonld (schema.org Claim/Quotation with relations)."),
    output: str = typer.Option("-", "--output", "-o", help="File to write (atomically), or '-' for stdout.", metavar="FILE"),
) -> None:
    """Export the whole ledger for other tools: JSON, CSV, or JSON-LD using schema.org terms."""
    from ..export import CSV_COLUMNS, claim_row
    from ..output import OutputError, check_output, open_output
    from ..models import Claim

    if fmt not in ("json", "csv", "jsonld"):
        fail(f"--format {fmt!r}: choose json, csv or jsonld")
    try:  # before any work, and never over the ledger itself
        checked = check_output(output, ledger=db_path(db))
    except OutputError as err:
        fail(escape(str(err)))
    ledger = open_or_fail(db, must_exist=True)
    with ledger:
        if fmt == "jsonld":
            from ..ledger.facts import build_facts, current_results
            from ..ledger.jsonld import ledger_jsonld

            results = current_results(ledger)
            data = ledger_jsonld(list(results.values()), build_facts(ledger, results=results))
        else:
            data = ledger.dump()
    with open_output(checked) as fh:
        if fmt in ("json", "jsonld"):
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        else:
            writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS + ["version"], lineterminator="\n")
            writer.writeheader()
            for rec in data["claims"]:
                version = rec.pop("version")
                writer.writerow({**claim_row(Claim.model_validate(rec)), "version": version})
