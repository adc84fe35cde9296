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
    None, "--cache-dir", help="Cache folder (default: $CLAIMTRACK_CACHE_DIR, else the user cache folder).", file_okay=False
)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} B"


@cache_app.command("info")
def cache_info(cache_dir: Optional[Path] = CACHE_DIR_OPTION) -> None:
    """Print the cache's path, number of entries and size on disk.

    Example:  claimtrack cache info
    """
    from ..cache import info

    check_cache_dir(cache_dir)
    data = info(cache_dir)
    typer.echo(f"path     {data['path']}")
    if data["entries"] is None:
        typer.echo("entries  ? (unreadable)")
        err_console.print(f"[yellow]warning:[/] cache unreadable ({shown(data['error'])}); `claimtrack cache clear` resets it")
    else:
        typer.echo(f"entries  {data['entries']}")
    typer.echo(f"size     {_size(data['bytes'])}")


@cache_app.command("clear")
def cache_clear(cache_dir: Optional[Path] = CACHE_DIR_OPTION) -> None:
    """Delete every cached result (the next extraction recomputes everything).

    Example:  claimtrack cache clear
    """
    from ..cache import cache_path, clear

    check_cache_dir(cache_dir)
    try:
        freed = clear(cache_dir)
    except OSError as err:
        where = err.filename or cache_path(cache_dir)
        fail(f"cannot clear the cache at {where}: {(err.strerror or str(err)).lower()}; remove it by hand")
    err_console.print(f"cleared {shown(cache_path(cache_dir))} ({_size(freed)} freed)")
