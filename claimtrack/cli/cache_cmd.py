"""`claimtrack cache info|clear`: the incremental result cache (see claimtrack/cache.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .root import app
from .common import check_cache_dir, err_console, fail, shown

cache_app = typer.Typer(
    name="cache",
    help="Inspect or clear the result cache that lets `claimtrack extract` skip unchanged documents.",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")

CACHE_DIR_OPTION = typer.Option(
    None, "--cache-dir", help="Cache folder (default: $CLAIMTRACK_CACHE_DIR, else the user cache folder): its results and its derived tables (tables/), where extract, diff and track keep them when given the same --cache-dir.", file_okay=False
)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} B"


@cache_app.command("info")
def cache_info(cache_dir: Optional[Path] = CACHE_DIR_OPTION) -> None:
    """Print the cache's path, number of entries and size on disk, and the files and size of the derived tables kept beside it (`tables/`).

    Example:  claimtrack cache info
    """
    from ..cache import info
    from ..table_cache import usage

    check_cache_dir(cache_dir)
    data = info(cache_dir)
    tables, table_bytes = usage(cache_dir)
    typer.echo(f"path     {data['path']}")
    if data["entries"] is None:
        typer.echo("entries  ? (unreadable)")
        err_console.print(f"[yellow]warning:[/] cache unreadable ({shown(data['error'])}); `claimtrack cache clear` resets it")
    else:
        typer.echo(f"entries  {data['entries']}")
    typer.echo(f"size     {_size(data['bytes'])}")
    typer.echo(f"tables   {tables} files, {_size(table_bytes)}")


@cache_app.command("clear")
def cache_clear(cache_dir: Optional[Path] = CACHE_DIR_OPTION) -> None:
    """Delete every cached result, and the derived tables kept beside them in the same folder (`tables/`: lookup tables built from the data files; claimtrack/table_cache.py). The next extraction recomputes everything and builds the tables again. An extraction run with `--cache-dir X` keeps both its results and its tables in X, so `claimtrack cache clear --cache-dir X` empties what it wrote.

    Example:  claimtrack cache clear
    """
    from ..cache import cache_path, clear
    from ..table_cache import clear as clear_tables

    check_cache_dir(cache_dir)
    try:
        freed = clear(cache_dir) + clear_tables(cache_dir)
    except OSError as err:
        where = err.filename or cache_path(cache_dir)
        fail(f"cannot clear the cache at {where}: {(err.strerror or str(err)).lower()}; remove it by hand")
    err_console.print(f"cleared {shown(cache_path(cache_dir))} and its tables ({_size(freed)} freed)")
