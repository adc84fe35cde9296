"""Pieces shared by the commands: consoles, output options, error exits."""

from __future__ import annotations

import sys
from enum import Enum
from typing import NoReturn

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


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print a one-line error (no traceback) and exit."""
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
