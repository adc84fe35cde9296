"""`claimtrack eval`: precision, recall and F1 of the extraction against gold annotations."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .root import app
from ..text import one_line
from .common import EXIT_OK, MODEL_OPTION, err_console, fail, shown

EPILOG = """
Examples:

  claimtrack eval data/gold/seeds                    # corpus from data/gold/seeds/corpus.json
  claimtrack eval data/gold/seeds --show-misses      # every miss and false alarm
  claimtrack eval gold/ --corpus articles/ --format json | jq .scores
"""

#: Display names of the kinds, in order.
LABELS = {
    "quantities": "quantities (value)",
    "dates": "dates (ISO)",
    "quotes": "quotes found",
    "speakers": "quotes + speaker",
    "actors": "actors",
}


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("eval", epilog=EPILOG)
def eval_command(
    gold_dir: str = typer.Argument(..., help="Folder of *.gold.json files (format: data/gold/FORMAT.md).", metavar="GOLD_DIR"),
    corpus: Optional[str] = typer.Option(None, "--corpus", "-c", help="Folder holding the documents the gold names. Default: GOLD_DIR/corpus.json's folder, else GOLD_DIR, else its parent.", metavar="DIR"),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table (for people, default) or json.", case_sensitive=False),
    show_misses: bool = typer.Option(False, "--show-misses", help="List each miss and false alarm with its text and what was predicted."),
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Score extraction against hand-made gold: precision, recall and F1 per kind.

    Quantities must have the right value (and currency), dates the right ISO string, quotes must cover half of the gold quote, speakers must name the same person; actors match by name or alias. With pairs.gold.json and the diff engine present, pair facts are scored too. Exit code 0 (whatever the scores), 2 on usage errors.
    """
    from ..evaluate import EvalError, evaluate

    try:
        report = evaluate(gold_dir, corpus=corpus, model=model)
    except EvalError as err:
        fail(str(err))

    for warning in report.warnings:
        err_console.print(f"[yellow]warning:[/] {shown(warning)}")
    if fmt == EvalFormat.json:
        data = report.model_dump(mode="json", by_alias=True)
        if not show_misses:
            data.pop("misses", None)
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        raise typer.Exit(EXIT_OK)

    console = Console(highlight=False)
    if show_misses:
        print_misses(console, report)
    console.print(scores_table(report))
    if report.pairs is not None and not report.pairs.available:
        console.print(f"[dim]pairs: not available ({escape(report.pairs.reason or 'no diff engine')})[/]")
    raise typer.Exit(EXIT_OK)


def _pct(x: float) -> str:
    return f"{x:.3f}"


def scores_table(report) -> Table:
    from ..evaluate import PAIR_TARGETS, TARGETS

    docs = len(report.documents)
    table = Table(title=f"claimtrack eval: {docs} document{'s' if docs != 1 else ''} ({escape(report.gold_dir)})", title_justify="left")
    for name, justify in (("kind", "left"), ("prec.", "right"), ("recall", "right"), ("F1", "right"),
                          ("tp", "right"), ("fp", "right"), ("fn", "right"), ("target", "right")):
        table.add_column(name, justify=justify, no_wrap=name == "kind")
    for kind, label in LABELS.items():
        s = report.scores[kind]
        target = TARGETS[kind]
        style = "green" if s.f1 >= target else "red"
        table.add_row(label, _pct(s.precision), _pct(s.recall), f"[{style}]{_pct(s.f1)}[/]",
                      str(s.tp), str(s.fp), str(s.fn), f"{target:.2f}")
    pairs = report.pairs
    if pairs is not None and pairs.available:
        table.add_section()
        f, c, st = pairs.facts, pairs.conflicts, pairs.statements
        ok = "green" if f.recall >= PAIR_TARGETS["facts"] else "red"
        table.add_row("pairs: facts", "", f"[{ok}]{_pct(f.recall)}[/]", "", str(f.tp), "", str(f.fn), f"R {PAIR_TARGETS['facts']:.2f}")
        ok = "green" if pairs.conflict_precision >= PAIR_TARGETS["conflicts"] else "red"
        table.add_row("pairs: conflicts", f"[{ok}]{_pct(pairs.conflict_precision)}[/]", _pct(c.recall), "", str(c.pred_hits), str(c.fp), str(c.fn), f"P {PAIR_TARGETS['conflicts']:.2f}")
        ok = "green" if pairs.related_as_conflict <= PAIR_TARGETS["related_as_conflict"] else "red"
        table.add_row("pairs: related as conflict", "", "", "", "", f"[{ok}]{pairs.related_as_conflict}[/]", "", "0")
        table.add_row("pairs: statements", "", _pct(st.recall), "", str(st.tp), "", str(st.fn), "-")
    return table


def print_misses(console: Console, report) -> None:
    """One line per miss or false alarm, grouped by document: kind, span, text, expected, predicted."""
    if not report.misses:
        console.print("no misses and no false alarms")
        return
    current = None
    for m in sorted(report.misses, key=lambda m: (m.doc, m.kind, m.start, m.error)):
        if m.doc != current:
            current = m.doc
            console.print(f"\n[bold]{shown(m.doc)}[/]")
        tag = "[red]miss       [/]" if m.error == "miss" else "[yellow]false alarm[/]"
        span = f" {m.start}-{m.end}" if m.end else ""
        line = f"  {tag} {m.kind:<10}{span} {escape(repr(one_line(m.text, 90)))}"
        if m.expected:
            line += f"  [dim]want[/] {escape(m.expected)}"
        if m.predicted:
            line += f"  [dim]got[/] {escape(m.predicted)}"
        elif m.error == "miss":
            line += "  [dim]got nothing there[/]"
        console.print(line, soft_wrap=True)
    console.print()
