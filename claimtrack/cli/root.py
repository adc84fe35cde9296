"""The Typer application every command registers on, with the root options (--version)."""

from __future__ import annotations

from typing import Optional

import typer

from ..version import __version__
from .common import OneLineErrors

app = typer.Typer(
    name="claimtrack",
    cls=OneLineErrors,
    help=(
        "Extract typed, attributed claims (actors, dates, quantities, quotes) from news articles, "
        "with exact provenance, and compare what sources say.\n\n"
        "Start with:  claimtrack extract seeds/    (writes claims.json and prints a summary)"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Optional[bool] = typer.Option(
        None, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """claimtrack: what each source claims, and where sources agree or conflict."""
    _names_never_crash_output()


def _names_never_crash_output() -> None:
    """A file name that is not UTF-8 (lone surrogates in Python) is printed as its escape
    ('caf\\udce9.txt') on the screen and in pipes, never a UnicodeEncodeError."""
    import sys

    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
