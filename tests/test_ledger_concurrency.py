"""Concurrent and interrupted `track add` runs end with the facts of a sequential run.

Real processes on one SQLite file: two writers at once (different folders, and the same
folder), and a writer killed with SIGKILL mid-run and then re-run. The extraction is cached
by a first run, so the subprocesses spend their time filing, not in the model.

Reading the facts of 80 documents (about 690 compared pairs, ~6 s of CPU) is most of this
file's cost, so it is done twice: for the sequential run and for the two concurrent writers.
The re-run after a kill is held to the sequential run's current documents and claims, field
by field: `build_facts` reads nothing else (the alignment store is empty in both until a
first read), so equal results are equal facts.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

pytestmark = pytest.mark.model

#: Sentences that make facts across folders: shared figures (agree), differing ones (conflict),
#: shared quotes. Numbers vary per document so that every text is distinct.
SENTENCES = [
    "{n} countries pledged to send troops to the peacekeeping mission, the French presidency said on Thursday.",
    "The storm killed {k} people and injured {i} others in the coastal province, officials said.",
    "\"We will rebuild every home that was lost,\" Governor Maria Lopez said on Friday.",
    "The central bank raised its key interest rate by 25 basis points to {r} percent.",
    "Prime Minister John Carter said the government would spend $2 billion on flood defences.",
]


def _write_folder(folder, prefix: str, count: int, offset: int) -> None:
    folder.mkdir()
    for i in range(count):
        j = i + offset
        body = " ".join(s.format(n=26 + j % 3, k=40 + j % 2, i=100 + j, r=4 + (j % 2) / 4) for s in SENTENCES)
        text = f"Report {prefix} {i}\nPublished September {4 + i % 3}, 2025\n\n{body}\n"
        (folder / f"{prefix}{i:03d}.txt").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """Folders A and B, the facts of a sequential run over both (read once: reading facts is
    most of this file's cost) and its current documents' results."""
    root = tmp_path_factory.mktemp("concurrency")
    a, b = root / "A", root / "B"
    _write_folder(a, "a", 40, 0)
    _write_folder(b, "b", 40, 1)
    seq = str(root / "sequential.db")
    runner = CliRunner()
    for folder in (a, b):  # also fills the result cache the subprocesses read
        result = runner.invoke(app, ["track", "add", str(folder), "--db", seq, "-q", "--jobs", "1"])
        assert result.exit_code == 0, result.output
    return a, b, _facts_json(seq), _results(seq)


def _facts_json(db: str) -> list:
    result = CliRunner().invoke(app, ["facts", "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["facts"]


def _results(db: str) -> list[dict]:
    """The ledger's current documents with their claims, by name: what `build_facts` reads."""
    from claimtrack.ledger import open_ledger

    with open_ledger(db) as store:
        return sorted((r.model_dump(mode="json") for r in store.results()), key=lambda r: r["document"]["doc"])


def _add(db: str, *paths) -> subprocess.Popen:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen([sys.executable, "-m", "claimtrack", "track", "add", *map(str, paths), "--db", db,
                             "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _documents(db: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or its schema not yet committed
        return 0


def _integrity(db: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_two_writers_on_two_folders_land_completely_with_sequential_facts(folders, tmp_path):
    a, b, sequential, _ = folders
    db = str(tmp_path / "concurrent.db")
    runs = [_add(db, a), _add(db, b)]
    outs = [p.communicate(timeout=300) for p in runs]
    for p, (out, err) in zip(runs, outs):
        assert p.returncode == 0, err
        assert "Traceback" not in err and "40 new" in err
    assert _integrity(db) == "ok"
    assert _documents(db) == 80
    facts = _facts_json(db)
    assert facts and facts == sequential
    assert any(f["status"] == "conflict" and {v["doc"][0] for v in f["versions"]} == {"a", "b"} for f in facts)


def test_two_writers_on_the_same_folder_both_succeed(folders, tmp_path):
    a, _, _, _ = folders
    db = str(tmp_path / "same.db")
    runs = [_add(db, a), _add(db, a)]
    outs = [p.communicate(timeout=300) for p in runs]
    new = 0
    for p, (out, err) in zip(runs, outs):
        assert p.returncode == 0, err
        assert "Traceback" not in err
        new += int(err.split(" new,")[0].rsplit(" ", 1)[-1])
    assert new == 40  # each document filed once; the other writer found it unchanged
    assert _integrity(db) == "ok" and _documents(db) == 40


def test_a_killed_writer_loses_nothing_once_re_run(folders, tmp_path):
    a, b, _, sequential = folders
    db = str(tmp_path / "killed.db")
    proc = _add(db, a, b)
    deadline = time.monotonic() + 120
    while _documents(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    filed = _documents(db)
    assert 0 < filed < 80, f"the writer was not stopped mid-run ({filed} filed)"
    assert _integrity(db) == "ok"
    rerun = _add(db, a, b)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{filed} unchanged" in err
    assert _results(db) == sequential


def test_two_writers_with_files_of_the_same_names_keep_both(folders, tmp_path):
    """siteA/x.txt and siteB/x.txt added at once are two documents, never two versions of one:
    which name each gets is settled inside the writer's transaction."""
    a, b, _, _ = folders
    site_a, site_b = tmp_path / "siteA", tmp_path / "siteB"
    site_a.mkdir()
    site_b.mkdir()
    for i, (src_a, src_b) in enumerate(zip(sorted(a.iterdir())[:15], sorted(b.iterdir())[:15])):
        (site_a / f"story{i:02d}.txt").write_bytes(src_a.read_bytes())
        (site_b / f"story{i:02d}.txt").write_bytes(src_b.read_bytes())
    db = str(tmp_path / "names.db")
    runs = [_add(db, site_a), _add(db, site_b)]
    for p in runs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0 and "Traceback" not in err, err
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT name, version, current FROM documents").fetchall()
    finally:
        conn.close()
    assert len(rows) == 30 and all(version == 1 and current == 1 for _, version, current in rows)
    assert len({name for name, _, _ in rows}) == 30
