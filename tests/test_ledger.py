"""The ledger: schema migration, idempotent adds, versions, export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.ledger import open_ledger
from claimtrack.ledger.store import MIGRATIONS
from claimtrack.export import CSV_COLUMNS
from claimtrack.models import Actor, Claim, DocumentInfo, DocumentResult, Quantity
from conftest import SEEDS


def _result(name: str, sha: str, value: int = 26) -> DocumentResult:
    text = f"{value} nations pledged troops."
    q = Quantity(start=0, end=len(f"{value} nations"), text=f"{value} nations", value=value, unit="nation")
    claim = Claim(id=f"c-{sha}", doc=name, kind="quantity", start=0, end=len(text), text=text,
                  actors=["france"], quantities=[q])
    info = DocumentInfo(doc=name, sha256=sha, published="2025-09-04",
                        actors=[Actor(id="france", name="France", type="GPE", aliases=["France"])])
    return DocumentResult(document=info, claims=[claim])


def test_schema_is_created_and_versioned(tmp_path):
    with open_ledger(tmp_path / "l.db") as ledger:
        assert ledger.schema_version() == len(MIGRATIONS)
    with open_ledger(tmp_path / "l.db") as ledger:  # reopening migrates nothing
        assert ledger.schema_version() == len(MIGRATIONS)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "l.db"
    open_ledger(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="newer"):
        open_ledger(path)


def test_adding_twice_changes_nothing_and_changes_become_versions(tmp_path):
    with open_ledger(tmp_path / "l.db") as ledger:
        assert ledger.add(_result("a.txt", "1" * 64)).status == "new"
        before = ledger.dump()
        assert ledger.add(_result("a.txt", "1" * 64)).status == "unchanged"
        assert ledger.dump() == before
        outcome = ledger.add(_result("a.txt", "2" * 64, value=35))
        assert (outcome.status, outcome.version) == ("new-version", 2)
        docs = ledger.documents(current_only=False)
        assert [(d.version, d.current) for d in docs] == [(1, False), (2, True)]
        current = list(ledger.results())
        assert len(current) == 1 and current[0].claims[0].quantities[0].value == 35
        assert ledger.counts()["versions"] == 2 and ledger.counts()["documents"] == 1


def test_track_cli_add_is_idempotent_and_exports(tmp_path):
    db = str(tmp_path / "claims.db")
    runner = CliRunner()
    first = runner.invoke(app, ["track", "add", str(SEEDS), "--db", db])
    assert first.exit_code == 0, first.output
    dump1 = json.loads(runner.invoke(app, ["track", "export", "--db", db]).stdout)
    second = runner.invoke(app, ["track", "add", str(SEEDS), "--db", db])
    assert second.exit_code == 0 and "5 unchanged" in second.output
    dump2 = json.loads(runner.invoke(app, ["track", "export", "--db", db]).stdout)
    assert [d["sha256"] for d in dump1["documents"]] == [d["sha256"] for d in dump2["documents"]]
    assert dump1["claims"] == dump2["claims"] and len(dump1["documents"]) == 5
    csv_out = runner.invoke(app, ["track", "export", "--db", db, "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(csv_out)))
    assert list(rows[0]) == CSV_COLUMNS + ["version"]  # the extract CSV, with the document version
    assert {r["mention"] for r in rows} >= {"quantity", "date", "quote"} and {r["version"] for r in rows} == {"1"}


def test_track_info_without_ledger_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["track", "info", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no ledger" in result.output


def test_track_add_refuses_a_publication_date_that_is_not_a_date(tmp_path):
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(app, ["track", "add", str(SEEDS), "--db", str(db), "--published", "soon"])
    assert result.exit_code == 2 and "is not a date" in result.output
    assert not db.exists()  # nothing filed with a bad date


def test_track_add_shows_documents_filed_on_stderr(tmp_path, monkeypatch):
    """On a terminal, a Rich progress line counts the documents filed (stderr, not stdout)."""
    import io

    from rich.console import Console

    from claimtrack.cli import track_cmd

    screen = io.StringIO()
    monkeypatch.setattr(track_cmd, "err_console", Console(file=screen, force_terminal=True, width=100))
    result = CliRunner().invoke(app, ["track", "add", str(SEEDS), "--db", str(tmp_path / "claims.db")])
    assert result.exit_code == 0, result.output
    import re

    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())
    assert "filed 5 documents" in shown and "5 new" in shown
    assert "filed" not in result.stdout


def test_a_v2_ledger_is_migrated_and_gives_the_facts_of_a_ledger_filed_today(tmp_path):
    """Ledgers written before this schema (v2: pairwise matches; v3-v5: fact memberships) are
    migrated when opened and give the facts of a ledger filed today: facts are read from the
    claims they hold."""
    from ledger_data import build, results

    from claimtrack.ledger.facts import build_facts

    def summaries(path):
        with open_ledger(path) as ledger:
            return [f.summary() for f in build_facts(ledger, follow_updates=True)]

    today = build(tmp_path / "today.db")
    old = build(tmp_path / "old.db")
    conn = sqlite3.connect(old)
    conn.executescript(f"DROP TABLE ledger_meta; DROP TABLE alignments; {MIGRATIONS[1]}; "
                       "ALTER TABLE documents DROP COLUMN origin; PRAGMA user_version = 2;")  # v4's column
    conn.close()
    assert summaries(today) and summaries(old) == summaries(today)
    with open_ledger(old) as ledger:
        assert ledger.schema_version() == len(MIGRATIONS)
        assert len(list(ledger.results())) == len(results())
    tables = {r[0] for r in sqlite3.connect(old).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "fact_members" not in tables and "matches" not in tables and "alignments" in tables
