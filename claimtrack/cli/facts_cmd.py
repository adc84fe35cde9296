"""`claimtrack facts` and `claimtrack timeline`: what the ledger's sources say, and how it moved."""

from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .root import app
from .common import EXIT_OK, err_console, fail, iso_prefix_option, printable, query_or_fail, shown
from .track_cmd import DB_READ_OPTION, db_path, open_or_fail

class Kind(str, Enum):
    quantity = "quantity"
    date = "date"
    quote = "quote"
    statement = "statement"


class FactsFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class TimelineFormat(str, Enum):
    table = "table"
    json = "json"


#: The longest bar of `timeline`'s table, in characters (the table fits 80 columns).
BAR_WIDTH = 16

STATUS_STYLE = {"agree": "green", "conflict": "bold red", "related": "yellow", "update": "cyan",
                "first": "bold", "same": "green"}


FACTS_EPILOG = """
Examples:

  claimtrack facts --db claims.db
  claimtrack facts troops --conflicts
  claimtrack facts --actor macron --kind quote -f json
"""

TIMELINE_EPILOG = """
Examples:

  claimtrack timeline troops --db claims.db
  claimtrack timeline f-1a2b3c4d5e --svg size.svg
  claimtrack timeline countries --png chart.png   # a chart per matching fact
"""


@app.command("facts", epilog=FACTS_EPILOG)
def facts_command(
    query: Optional[str] = typer.Argument(None, help="Words that must all appear in the fact (or a fact id).", metavar="QUERY"),
    db: Optional[str] = DB_READ_OPTION,
    kind: Optional[Kind] = typer.Option(None, "--kind", case_sensitive=False, help="Only facts of this kind."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Only facts whose claims name this actor (id, name or alias)."),
    since: Optional[str] = typer.Option(None, "--since", callback=iso_prefix_option, metavar="DATE",
                                        help="Only facts with a version dated on/after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", callback=iso_prefix_option, metavar="DATE",
                                        help="Only facts with a version dated on/before DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
    conflicts: bool = typer.Option(False, "--conflicts", help="Only contested facts."),
    fmt: FactsFormat = typer.Option(FactsFormat.table, "--format", "-f", case_sensitive=False,
                                    help="table (for people), json (claimtrack/facts/v1) or jsonl (one fact per line)."),
) -> None:
    """List facts stated by two or more sources in the ledger, with their verdicts.

    A fact groups the claims that state the same thing (the alignment of `claimtrack diff` applied across the ledger). For each: the sources, how many are independent (re-quotes of one speaker count once) and which source stated it first.
    """
    from ..ledger.facts import build_facts, current_results, select_facts

    query_or_fail(query)
    fmt = fmt.value
    store = open_or_fail(db, must_exist=True)
    with store:
        results = current_results(store) if actor else None
        facts = select_facts(build_facts(store, results=results), query, kind=kind.value if kind else None, actor=actor,
                             status="conflict" if conflicts else None, since=since, until=until, results=results)
    if fmt == "json":
        typer.echo(json.dumps({"schema": "claimtrack/facts/v1", "ledger": store.location,
                               "facts": [f.summary() for f in facts]}, ensure_ascii=False, indent=1))
    elif fmt == "jsonl":
        for f in facts:
            typer.echo(json.dumps(f.summary(), ensure_ascii=False))
    elif not facts:
        filtered = any(x is not None for x in (query, kind, actor, since, until)) or conflicts
        typer.echo(f"0 facts in {printable(store.location)}: " + (
            "none matches these filters" if filtered else "no fact is stated by two or more sources yet"))
    else:
        table = Table(title=f"{len(facts)} facts in {shown(store.location)}", show_lines=True, expand=True)
        # ids and verdicts stay whole (people copy ids into `timeline`); the prose columns fold
        table.add_column("fact", no_wrap=True, min_width=max((len(f.id) for f in facts), default=4))
        table.add_column("status", no_wrap=True)
        table.add_column("about", overflow="fold", ratio=2)
        table.add_column("versions", overflow="fold", ratio=3)
        table.add_column("sources", overflow="fold", ratio=2)
        for f in facts:
            versions = "\n".join(f"{shown(v.doc)}: {shown(v.text)}" + (f" ({v.as_of})" if v.as_of else "") for v in f.versions)
            style = STATUS_STYLE.get(f.status, "")
            table.add_row(f.id, f"[{style}]{f.status}[/]\n{f.relation}", shown(f.about), versions,
                          f"{len({v.doc for v in f.versions})} ({f.independent} independent)\nfirst: "
                          f"{shown(f.first.doc)} {f.first.published or ''}")
        Console().print(table)
    raise typer.Exit(EXIT_OK)


@app.command("timeline", epilog=TIMELINE_EPILOG)
def timeline_command(
    query: str = typer.Argument(..., help="A fact id, or words that must all appear in the fact.", metavar="QUERY"),
    db: Optional[str] = DB_READ_OPTION,
    fmt: TimelineFormat = typer.Option(TimelineFormat.table, "--format", "-f", case_sensitive=False,
                                       help="table (for people) or json (claimtrack/timeline/v1)."),
    svg: Optional[str] = typer.Option(None, "--svg", help="Also draw each matching fact's values over time as an SVG chart in FILE (several facts: FILE-<fact id>.svg each).", metavar="FILE"),
    png: Optional[str] = typer.Option(None, "--png", help="Also draw each matching fact's values over time as a PNG chart in FILE (several facts: FILE-<fact id>.png each).", metavar="FILE"),
) -> None:
    """Show how a fact moved: each source's value in the order of the date it refers to.

    The date is the one the claim states, else the article's publication date. A different value at a later date is marked an update; different values for the same date, a conflict.
    """
    from ..ledger.facts import build_facts, select_facts, timeline
    from ..output import OutputError, check_output

    query_or_fail(query)
    fmt = fmt.value
    for path in (svg, png):
        if path:
            try:  # before any work, and never over the ledger itself
                check_output(path, ledger=db_path(db))
            except OutputError as err:
                fail(str(err))
    store = open_or_fail(db, must_exist=True)
    with store:
        matches = select_facts(build_facts(store, follow_updates=True), query)
    if not matches:
        fail(f"no fact in {store.location} matches {query!r}: list them with `claimtrack facts --db {store.location}`", 1)
    if fmt == "json":
        out = []
        for f in matches:
            out.append({**f.summary(), "timeline": [
                {"as_of": e.version.as_of, "as_of_source": e.version.as_of_source, "doc": e.version.doc,
                 "text": e.version.text, "low": e.version.low, "high": e.version.high,
                 "change": e.change, "note": e.note} for e in timeline(f)]})
        typer.echo(json.dumps({"schema": "claimtrack/timeline/v1", "facts": out}, ensure_ascii=False, indent=1))
    else:
        console = Console()
        for f in matches:
            table = Table(title=f"{f.id}: {shown(f.about)}", show_lines=False)
            table.add_column("as of", no_wrap=True)
            table.add_column("source", overflow="fold")
            table.add_column("value", overflow="fold")
            table.add_column("change", no_wrap=True)
            table.add_column("bar", no_wrap=True)
            entries = timeline(f)
            top = max((e.version.high or e.version.low or 0) for e in entries) or 1
            for e in entries:
                v = e.version
                val = v.high if v.high is not None else v.low
                bar = "█" * max(1, round(BAR_WIDTH * val / top)) if val and val > 0 and top != float("inf") else ""
                style = STATUS_STYLE.get(e.change, "")
                table.add_row(f"{v.as_of or '?'}{'*' if v.as_of_source == 'published' else ''}", shown(v.doc), shown(v.text),
                              f"[{style}]{e.change}[/]", bar)
            console.print(table)
        console.print("[dim]* date of publication (the claim states none)[/]")
    if svg or png:
        _draw_charts(matches, query, svg, png, db_path(db))
    raise typer.Exit(EXIT_OK)


def chart_paths(path: str, fact_ids: list[str]) -> list[str]:
    """One chart per fact: the path itself for one fact, else `<stem>-<fact id><suffix>` each."""
    if len(fact_ids) == 1 or path == "-":
        return [path] * len(fact_ids)
    stem, dot, suffix = path.rpartition(".")
    if not dot or "/" in suffix:
        stem, suffix = path, ""
    return [f"{stem}-{fid}{'.' + suffix if suffix else ''}" for fid in fact_ids]


def _draw_charts(matches, query: str, svg: Optional[str], png: Optional[str], ledger: str) -> None:
    """Draw each matching fact that has dated figures in its own chart (one fact per picture)."""
    from ..ledger.facts import timeline
    from ..ledger.plot import plot_timeline
    from ..output import OutputError, check_output

    drawable = [(f, timeline(f)) for f in matches]
    drawable = [(f, t) for f, t in drawable if any(e.version.low is not None or e.version.high is not None for e in t)]
    if not drawable:
        fail(f"nothing to draw: no fact matching {query!r} has figures (quotes and dates have no values)", 1)
    for path, kind in ((svg, "svg"), (png, "png")):
        if not path:
            continue
        if path == "-" and len(drawable) > 1:
            fail(f"{len(drawable)} facts match {query!r}: give one fact id to draw one chart to stdout, or a file name")
        for (f, entries), target in zip(drawable, chart_paths(path, [f.id for f, _ in drawable])):
            try:
                check_output(target, ledger=ledger)
            except OutputError as err:
                fail(str(err))
            subtitle = f"{f.id} · {f.status} · {len({v.doc for v in f.versions})} sources"
            try:
                plot_timeline(entries, f.about, target, kind, subtitle=subtitle)
            except OSError as err:
                fail(f"cannot write {target}: {err.strerror or err}")
            err_console.print(f"wrote {kind} of {f.id} ({shown(f.about)}) to {shown(target)}")
