"""The ledger on a real PostgreSQL server: same schema versions, results and facts as SQLite.

The tests start their own server from Debian's `postgresql` package (initdb + pg_ctl) on
127.0.0.1 in a temporary folder, and stop it at the end. PostgreSQL refuses to run as root,
so under root the server runs as the unprivileged `postgres` user (created by the package).
Where the server binaries are absent the tests are skipped with the reason (`.ci/run`
installs them, so CI runs these tests).
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.ledger import open_ledger
from claimtrack.ledger.store import MIGRATIONS

from test_facts import ARTICLES
from test_ledger import _result


def _server_bin() -> str | None:
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "pg_ctl")):
            return d
    initdb = shutil.which("initdb")
    return os.path.dirname(os.path.realpath(initdb)) if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'claimtrack[postgres]')")
    bindir = _server_bin()
    if bindir is None:
        print("PostgreSQL tests skipped: no initdb/pg_ctl (apt-get install postgresql)")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql")
    prefix: list[str] = []
    owner = None
    if os.geteuid() == 0:  # postgres refuses to run as root: run it as the package's own user
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server as")
        prefix = ["runuser", "-u", "postgres", "--"]
    root = tempfile.mkdtemp(prefix="claimtrack-pg-")
    if owner is not None:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    data, log = os.path.join(root, "data"), os.path.join(root, "server.log")
    port = _free_port()

    def run(*cmd):
        return subprocess.run([*prefix, *cmd], capture_output=True, text=True, timeout=120)

    init = run(os.path.join(bindir, "initdb"), "-D", data, "-A", "trust", "-U", "claimtrack", "--no-sync",
               "-E", "UTF8", "--locale=C.UTF-8")
    assert init.returncode == 0, init.stderr
    start = run(os.path.join(bindir, "pg_ctl"), "-D", data, "-l", log, "-w", "-t", "60", "-o",
                f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c full_page_writes=off",
                "start")
    if start.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed: {start.stderr}")
    try:
        yield f"postgresql://claimtrack@127.0.0.1:{port}"
    finally:
        run(os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


_counter = iter(range(1, 10_000))


@pytest.fixture
def pg(server):
    """A fresh, empty database on the test server: its postgresql:// URL."""
    import psycopg

    name = f"ledger{next(_counter)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


def test_schema_versions_and_migrations_match_sqlite(pg, tmp_path):
    with open_ledger(pg) as ledger:
        assert ledger.schema_version() == len(MIGRATIONS)
    with open_ledger(pg) as ledger:  # reopening migrates nothing
        assert ledger.schema_version() == len(MIGRATIONS)
        tables = {r[0] for r in ledger.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").fetchall()}
    sqlite = open_ledger(tmp_path / "l.db")
    lite_tables = {r[0] for r in sqlite.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    sqlite.close()
    assert lite_tables <= tables and tables - lite_tables == {"ledger_schema"}


def test_adds_versions_and_dump_match_sqlite(pg, tmp_path):
    dumps = []
    for location in (pg, str(tmp_path / "l.db")):
        with open_ledger(location) as ledger:
            assert ledger.add(_result("a.txt", "1" * 64)).status == "new"
            assert ledger.add(_result("a.txt", "1" * 64)).status == "unchanged"
            outcome = ledger.add(_result("a.txt", "2" * 64, value=35))
            assert (outcome.status, outcome.version) == ("new-version", 2)
            assert ledger.add(_result("b.txt", "3" * 64)).status == "new"
            assert ledger.counts() == {"documents": 2, "versions": 3, "claims": 2, "actors": 1}
            dump = ledger.dump()
            for d in dump["documents"]:
                d.pop("added_at")
            dumps.append(dump)
    assert dumps[0] == dumps[1]


def test_cli_facts_on_postgresql_equal_sqlite(pg, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    lite = str(tmp_path / "l.db")
    out = {}
    for db in (pg, lite):
        added = runner.invoke(app, ["track", "add", str(folder), "--db", db])
        assert added.exit_code == 0, added.output
        assert "3 new" in added.output
        facts = runner.invoke(app, ["facts", "--db", db, "-f", "json"])
        assert facts.exit_code == 0, facts.output
        timeline = runner.invoke(app, ["timeline", "countries", "--db", db, "-f", "json"])
        assert timeline.exit_code == 0, timeline.output
        out[db] = (json.loads(facts.stdout)["facts"], json.loads(timeline.stdout))
    assert out[pg][0] and out[pg] == out[lite]
    again = runner.invoke(app, ["track", "add", str(folder), "--db", pg])
    assert again.exit_code == 0 and "3 unchanged" in again.output


def test_two_writers_at_once_on_postgresql(pg, tmp_path):
    folders = []
    for prefix in ("a", "b"):
        folder = tmp_path / prefix
        folder.mkdir()
        for i in range(12):
            (folder / f"{prefix}{i:02d}.txt").write_text(
                f"Report {prefix}{i}\nPublished September 4, 2025\n\n{20 + i % 3 + (prefix == 'b')} countries pledged "
                f"to send troops to the mission, the French presidency said on Thursday.\n", encoding="utf-8")
        folders.append(folder)
    runner = CliRunner()
    seq = str(tmp_path / "seq.db")
    for folder in folders:  # sequential reference; also fills the cache the writers read
        assert runner.invoke(app, ["track", "add", str(folder), "--db", seq, "-q"]).exit_code == 0
    procs = [subprocess.Popen([sys.executable, "-m", "claimtrack", "track", "add", str(f), "--db", pg, "--jobs", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in folders]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0 and "Traceback" not in err, err
        assert "12 new" in err

    def facts(db):
        r = runner.invoke(app, ["facts", "--db", db, "-f", "json"])
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)["facts"]

    got = facts(pg)
    assert got and got == facts(seq)


def test_without_psycopg_the_error_is_one_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import fails as when not installed
    result = CliRunner().invoke(app, ["track", "info", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 2
    assert "claimtrack[postgres]" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
