"""Writing extraction results: json, jsonl, csv and table, streamed and written atomically.

Writers consume a stream of DocumentResult/Skipped items and never hold the whole corpus:
JSON spools claims to a temporary file while documents are written, then joins the two.
Files are opened through `claimtrack.output` (checked before the run, replaced only when complete).
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from pydantic_core import PydanticSerializationError
from rich.markup import escape

from .output import atomic_output  # noqa: F401  (the shared writer; kept importable from here)
from .models import CLAIMS_SCHEMA, Claim, DocumentInfo, DocumentResult, Generator, Skipped
from .text import one_line, printable

Item = Union[DocumentResult, Skipped]


@dataclass
class Summary:
    """What a run produced, for the closing table and the exit code."""

    documents: int = 0
    claims: int = 0
    by_kind: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def add(self, item: Item) -> None:
        if isinstance(item, Skipped):
            self.skipped.append(item)
            return
        self.documents += 1
        self.claims += len(item.claims)
        self.by_kind.update(c.kind for c in item.claims)


def _counted(items: Iterable[Item], summary: Summary,
             on_item: Optional[Callable[[Item], None]]) -> Iterator[Item]:
    """Pass items through, adding each to the summary and telling the progress callback."""
    for item in items:
        summary.add(item)
        if on_item:
            on_item(item)
        yield item


#: One encoder for every record: json.dumps with options builds a new encoder per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(obj) -> str:
    """Compact, deterministic JSON for one record (json.dumps(obj, ensure_ascii=False,
    separators=(",", ":")), whose encoder it keeps)."""
    return _ENCODER.encode(obj)


def record_json(record: Union[Claim, DocumentInfo]) -> str:
    """`dumps(record.model_dump(mode="json"))`, written by pydantic's own serialiser
    (`model_dump_json`, in roughly a third the time): the same text, key for key, except in three
    cases, which go the old way: a float written in exponent form by Python below 1e-4
    (pydantic writes 0.000015 where Python writes 1.5e-05), a float not finite, and a string
    pydantic cannot encode (a lone surrogate, which Python writes as an escape). Floats are
    only a quantity's value and bounds."""
    if isinstance(record, Claim) and not all(
            _written_alike(x) for q in record.quantities for x in (q.value, q.low, q.high)):
        return dumps(record.model_dump(mode="json"))
    try:
        return record.model_dump_json()
    except PydanticSerializationError:
        return dumps(record.model_dump(mode="json"))


def _written_alike(x) -> bool:
    """A number pydantic's JSON writes as Python's `repr` does: an int, or a finite float of 1e-4
    or more (or zero); Python's repr turns to an exponent below 1e-4, pydantic's not."""
    return not isinstance(x, float) or x == 0.0 or (math.isfinite(x) and abs(x) >= 1e-4)


def write_json(items: Iterable[Item], fh: IO[str], generator: Generator, summary: Summary,
               on_item: Optional[Callable[[Item], None]] = None) -> None:
    """The CONTRACT.md document: {"schema", "generator", "documents", "claims", "skipped"}."""
    fh.write('{"schema":%s,"generator":%s,"documents":[' % (dumps(CLAIMS_SCHEMA), dumps(generator.model_dump())))
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass") as claims_spool:
        first_doc = first_claim = True
        for item in _counted(items, summary, on_item):
            if isinstance(item, Skipped):
                continue
            fh.write(("" if first_doc else ",") + "\n" + record_json(item.document))
            first_doc = False
            for claim in item.claims:
                claims_spool.write(("" if first_claim else ",") + "\n" + record_json(claim))
                first_claim = False
        fh.write('\n],"claims":[')
        claims_spool.seek(0)
        while chunk := claims_spool.read(1 << 20):
            fh.write(chunk)
    fh.write('\n],"skipped":[')
    fh.write(",".join("\n" + dumps(s.model_dump()) for s in summary.skipped))
    fh.write("\n]}\n")


def write_jsonl(items: Iterable[Item], fh: IO[str], generator: Generator, summary: Summary,
                on_item: Optional[Callable[[Item], None]] = None) -> None:
    """One record per line: a document (kind "document"), then its claims; skips as kind "skipped"."""
    for item in _counted(items, summary, on_item):
        if isinstance(item, Skipped):
            fh.write(dumps({"kind": "skipped", **item.model_dump()}) + "\n")
            continue
        fh.write(dumps({"kind": "document", **item.document.model_dump(mode="json")}) + "\n")
        for claim in item.claims:
            fh.write(record_json(claim) + "\n")


#: The CSV: one row per mention (a quantity, a date or a quote); a claim with none of them gets one
#: row of mention "claim". Numeric columns hold plain numbers (or nothing); docs/CONTRACT.md.
CSV_COLUMNS = ["doc", "claim_id", "claim_kind", "mention", "start", "end", "text",
               "value", "low", "high", "unit", "currency", "qualifier", "period",
               "iso", "grain", "speaker", "speaker_id", "cue", "direct",
               "actors", "claim_start", "claim_end", "claim_text"]

#: Columns that always hold numbers (or are empty): never prefixed against formulas.
CSV_NUMERIC = frozenset({"start", "end", "value", "low", "high", "claim_start", "claim_end"})

#: A text cell starting with one of these is read as a formula by spreadsheet programs (OWASP
#: "CSV injection"; tab and carriage return too): such cells get a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(cell: object) -> object:
    """`cell` with a leading apostrophe when a spreadsheet would read it as a formula."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_number(x) -> str:
    """A number as a spreadsheet or database reads it: '800000000000', '2.5', '-5'; '' for none."""
    if x is None or isinstance(x, bool):
        return ""
    if isinstance(x, float):
        if not math.isfinite(x):
            return ""
        if x.is_integer() and abs(x) < 1e17:
            return str(int(x))
        return repr(x)
    return str(x)


def mention_rows(claim: Claim) -> Iterator[dict]:
    """The CSV rows of one claim (unsanitised values; `write_csv_rows` neutralises them)."""
    base = {"doc": claim.doc, "claim_id": claim.id, "claim_kind": claim.kind, "actors": " ".join(claim.actors),
            "claim_start": claim.start, "claim_end": claim.end, "claim_text": claim.text}
    any_mention = False
    for q in claim.quantities:
        any_mention = True
        yield {**base, "mention": "quantity", "start": q.start, "end": q.end, "text": q.text,
               "value": csv_number(q.value), "low": csv_number(q.low), "high": csv_number(q.high),
               "unit": q.unit or "", "currency": q.currency or "", "qualifier": q.qualifier or "",
               "period": q.period or ""}
    for d in claim.dates:
        any_mention = True
        yield {**base, "mention": "date", "start": d.start, "end": d.end, "text": d.text,
               "iso": d.iso or "", "grain": d.grain or ""}
    if claim.quote is not None:
        any_mention = True
        q = claim.quote
        yield {**base, "mention": "quote", "start": q.start, "end": q.end, "text": q.text,
               "speaker": q.speaker or "", "speaker_id": q.speaker_id or "", "cue": q.cue or "",
               "direct": "true" if q.direct else "false"}
    if not any_mention:
        yield {**base, "mention": "claim", "start": claim.start, "end": claim.end, "text": claim.text}


def csv_writer(fh: IO[str], extra: Iterable[str] = ()) -> Callable[[dict], None]:
    """Write the header now; return a function writing one neutralised row."""
    columns = CSV_COLUMNS + list(extra)
    writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n", restval="")
    writer.writeheader()

    def write(row: dict) -> None:
        writer.writerow({k: (v if k in CSV_NUMERIC else csv_safe(v)) for k, v in row.items()})

    return write


def claim_row(claim: Claim) -> dict:
    """Display strings for one claim (the table format)."""
    return {
        "quantities": "; ".join(describe_quantity(q) for q in claim.quantities),
        "dates": "; ".join(d.iso or f"?{d.text}" for d in claim.dates),
    }


def describe_quantity(q) -> str:
    """'30 leader (approx)', '10000-30000 troop', '800000000000 EUR'."""
    if q.value is not None:
        num = _num(q.value)
    else:
        num = f"{_num(q.low) if q.low is not None else ''}-{_num(q.high) if q.high is not None else ''}"
    parts = [num, q.currency or q.unit or ""]
    if q.qualifier:
        parts.append(f"({q.qualifier})")
    return " ".join(p for p in parts if p)


def _num(x) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else f"{x:g}"


def write_csv(items: Iterable[Item], fh: IO[str], generator: Generator, summary: Summary,
              on_item: Optional[Callable[[Item], None]] = None) -> None:
    """One row per mention (CSV_COLUMNS), formula-like text cells neutralised."""
    write = csv_writer(fh)
    for item in _counted(items, summary, on_item):
        if isinstance(item, DocumentResult):
            for claim in item.claims:
                for row in mention_rows(claim):
                    write(row)


def write_table(items: Iterable[Item], fh: IO[str], generator: Generator, summary: Summary,
                on_item: Optional[Callable[[Item], None]] = None) -> None:
    """Rich tables of claims for people, one per document (no colours when not a terminal).

    Each table is printed as its document is done, so long runs show results as they go.
    """
    from rich.console import Console
    from rich.table import Table

    console = Console(file=fh, width=None if fh is sys.stdout else 160, soft_wrap=False)
    kind_style = {"quote": "magenta", "quantity": "cyan", "date": "green", "statement": ""}
    for item in _counted(items, summary, on_item):
        if isinstance(item, Skipped):
            console.print(f"[yellow]skipped[/] {escape(printable(item.path))}: {escape(printable(item.reason))}")
            continue
        info = item.document
        title = printable(info.doc) + (f" — published {info.published}" if info.published else "")
        table = Table(title=escape(title), title_justify="left", expand=True, show_lines=False)
        table.add_column("kind", style="bold", no_wrap=True, min_width=9)
        table.add_column("claim", overflow="fold", ratio=6)
        table.add_column("values", overflow="fold", ratio=3)
        for claim in item.claims:
            row = claim_row(claim)
            values = "; ".join(v for v in (row["quantities"], row["dates"]) if v)
            if claim.quote:
                who = claim.quote.speaker or "?"
                text = f"“{one_line(claim.quote.text, 140)}” — {who}" + (f" ({claim.quote.cue})" if claim.quote.cue else "")
            else:
                text = one_line(claim.text, 160)
            style = kind_style.get(claim.kind, "")
            table.add_row(f"[{style}]{claim.kind}[/]" if style else claim.kind, escape(text), escape(values))
        console.print(table)


WRITERS = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv, "table": write_table}


def default_output(fmt: str) -> str:
    """Where output goes without -o: a table to the screen, data to claims.<format>."""
    return "-" if fmt == "table" else f"claims.{fmt}"


def to_string(items: Iterable[Item], fmt: str, generator: Generator) -> str:
    """Render items in a format to a string (tests, API)."""
    buf = io.StringIO()
    WRITERS[fmt](items, buf, generator, Summary())
    return buf.getvalue()
