"""One line instead of a traceback (issue 14, items 11-14): damaged ledgers and caches, another
application's database, signals during a --jobs 2 run, hostile HTML, internal errors.

Everything is generated here in tmp_path; each test asserts the outcome: the files intact, the
one-line message, the exit code.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

ARTICLE = (
    "Officials said on Tuesday, October 29, 2024 that 12 people were killed in Valencia. "
    "\"We have never seen water like this,\" said Carlos Mazon, the regional president.\n"
)


def invoke(args, **kw):
    result = CliRunner().invoke(app, [str(a) for a in args], **kw)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def error_lines(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]


# ------------------------------------------------------------------ 11. ledgers


def _ledger(path: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).parent))
    from ledger_data import build

    build(path)
    return path


def _damage(path: Path) -> None:
    """Overwrite every page after the first (the header stays: SQLite opens the file)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for offset in range(page, len(data), page):
        data[offset:offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [["track", "info"], ["facts"], ["track", "export"], ["timeline", "troops"]])
def test_a_damaged_ledger_is_one_line_naming_the_file_and_the_fix(tmp_path, command):
    db = _ledger(tmp_path / "claims.db")
    assert not Path(f"{db}-wal").exists()
    _damage(db)
    before = db.read_bytes()
    result = invoke([*command, "--db", db])
    assert result.exit_code == 2, result.output
    (line,) = error_lines(result)
    joined = " ".join(result.stderr.split())
    assert f"ledger {db} is damaged" in joined and "integrity check:" in joined and ".recover" in joined, joined
    assert db.read_bytes() == before


def test_another_applications_database_is_refused_and_left_unchanged(tmp_path):
    db = tmp_path / "app.db"
    conn = sqlite3.connect(db)
    conn.executescript("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); INSERT INTO users VALUES (1, 'a@b.c');")
    conn.close()
    before = db.read_bytes()
    (tmp_path / "a.txt").write_text(ARTICLE)
    for args in (["track", "add", tmp_path / "a.txt", "--db", db], ["track", "info", "--db", db], ["facts", "--db", db]):
        result = invoke(args)
        assert result.exit_code == 2, result.output
        (line,) = error_lines(result)
        assert "not a claimtrack ledger" in " ".join(result.stderr.split()) and "users" in result.stderr
    assert db.read_bytes() == before
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["users"]
    conn.close()


@pytest.mark.parametrize("content", [b"my notes, not a database\n", b"\x89PNG\r\n\x1a\n" + bytes(200)])
@pytest.mark.parametrize("command", [["track", "info"], ["facts"], ["track", "add"]])
def test_a_file_that_is_no_database_is_not_called_damaged(tmp_path, content, command):
    """`--db notes.txt` (a slip of the keyboard): the file was never a ledger, so the message says
    so and leaves it as it was, instead of calling it damaged and proposing a recovery."""
    db = tmp_path / "notes.txt"
    db.write_bytes(content)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    extra = [tmp_path / "in"] if command == ["track", "add"] else []
    result = invoke([*command, *extra, "--db", db, "--no-cache"] if extra else [*command, "--db", db])
    assert result.exit_code == 2, result.output
    (line,) = error_lines(result)
    joined = " ".join(result.stderr.split())
    assert f"{db} is not a claimtrack ledger: it is not a SQLite database at all" in joined, joined
    assert "damaged" not in joined and ".recover" not in joined
    assert db.read_bytes() == content


# ------------------------------------------------------------------ 11. the cache


def _rows(cache: Path) -> dict:
    conn = sqlite3.connect(cache / "extract-cache.sqlite3")
    try:
        return dict(conn.execute("SELECT key, value FROM results"))
    finally:
        conn.close()


def _set_row(cache: Path, key: str, payload) -> None:
    conn = sqlite3.connect(cache / "extract-cache.sqlite3")
    blob = zlib.compress(json.dumps(payload).encode()) if not isinstance(payload, bytes) else payload
    conn.execute("UPDATE results SET value = ? WHERE key = ?", (blob, key))
    conn.commit()
    conn.close()


@pytest.mark.model
@pytest.mark.parametrize("shape", ["claims null", "claims an int", "claims a dict", "offsets moved", "not zlib"])
def test_a_cache_row_of_any_shape_is_recomputed_with_one_warning(tmp_path, shape):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("12", str(12 + i)), encoding="utf-8")
    cache = tmp_path / "cache"
    fresh = invoke(["extract", folder, "-o", "-", "--cache-dir", cache])
    assert fresh.exit_code == 0
    rows = _rows(cache)
    assert len(rows) == 3
    for key, blob in rows.items():
        payload = json.loads(zlib.decompress(blob))
        if shape == "claims null":
            payload["claims"] = None
        elif shape == "claims an int":
            payload["claims"] = 7
        elif shape == "claims a dict":
            payload["claims"] = {"a": 1}
        elif shape == "offsets moved":
            for claim in payload["claims"]:
                claim["start"] += 3
                claim["end"] += 3
        else:
            payload = b"garbage, not a zlib stream"
        _set_row(cache, key, payload)
    damaged = invoke(["extract", folder, "-o", "-", "--cache-dir", cache])
    assert damaged.exit_code == 0, damaged.output
    assert json.loads(damaged.stdout) == json.loads(fresh.stdout)
    warnings = [ln for ln in damaged.stderr.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 1 and "cache" in warnings[0], damaged.stderr
    healed = invoke(["extract", folder, "-o", "-", "--cache-dir", cache])
    assert json.loads(healed.stdout) == json.loads(fresh.stdout)
    assert "warning" not in healed.stderr


@pytest.mark.model
def test_a_corrupt_cache_is_rebuilt_once(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "extract-cache.sqlite3").write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    first = invoke(["extract", tmp_path / "a.txt", "-o", "-", "--cache-dir", cache])
    assert first.exit_code == 0
    warnings = [ln for ln in first.stderr.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 1 and "replaced it with a new, empty cache" in " ".join(first.stderr.split())
    second = invoke(["extract", tmp_path / "a.txt", "-o", "-", "--cache-dir", cache])
    assert second.exit_code == 0 and "warning" not in second.stderr
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert len(_rows(cache)) == 1


def test_cache_clear_works_whatever_the_cache_path(tmp_path):
    as_folder = tmp_path / "c1"
    (as_folder / "extract-cache.sqlite3").mkdir(parents=True)  # a folder where the file should be
    (as_folder / "extract-cache.sqlite3" / "x").write_text("x")
    result = invoke(["cache", "clear", "--cache-dir", as_folder])
    assert result.exit_code == 0 and not (as_folder / "extract-cache.sqlite3").exists()
    a_file = tmp_path / "c2"
    a_file.write_text("not a folder")
    result = invoke(["cache", "clear", "--cache-dir", a_file])  # refused as an option value
    assert result.exit_code == 2 and len(error_lines(result)) == 1 and a_file.read_text() == "not a folder"
    missing = invoke(["cache", "clear", "--cache-dir", tmp_path / "none"])
    assert missing.exit_code == 0


@pytest.mark.parametrize("env_value", ["c2", "c2/below"])
@pytest.mark.parametrize("command", [["cache", "clear"], ["cache", "info"], ["extract", "a.txt", "-o", "-"],
                                     ["diff", "a.txt", "b.txt"], ["track", "add", "a.txt", "--db", "l.db"]])
def test_a_cache_folder_that_is_a_file_is_one_line_and_exit_2(tmp_path, monkeypatch, command, env_value):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(ARTICLE)
    Path("b.txt").write_text(ARTICLE.replace("12", "14"))
    a_file = tmp_path / "c2"
    a_file.write_text("not a folder")
    result = invoke(command, env={"CLAIMTRACK_CACHE_DIR": str(tmp_path / env_value)})
    assert result.exit_code == 2, result.output
    [line] = error_lines(result)
    assert "is not a folder" in line or "is a file, not a folder" in line, line
    assert "CLAIMTRACK_CACHE_DIR" in line and "cleared" not in result.stderr and result.stdout == ""
    assert a_file.read_text() == "not a folder" and not Path("l.db").exists()
    if command[0] not in ("cache",):  # --no-cache is the way out
        assert invoke(command + ["--no-cache"], env={"CLAIMTRACK_CACHE_DIR": str(a_file)}).exit_code in (0, 1)


@pytest.mark.parametrize("command", [
    ["extract", "a.txt", "-f", "jsonl", "-o", "-", "--no-cache"],
    ["diff", "a.txt", "b.txt", "-f", "json", "--no-cache"],
    ["facts", "--db", "l.db", "--format", "json"],
    ["track", "export", "--db", "l.db", "--format", "json", "-o", "-"],
])
def test_a_reader_closing_the_pipe_is_a_quiet_exit_141(tmp_path, command):
    """`claimtrack ... | head -1`: the reader goes away; no traceback, no 'Exception ignored'
    line, and exit 141 (128 + SIGPIPE, as a shell reports for cat or grep), not 1 (inputs skipped)."""
    # 8 copies: extract writes ~17 KB and diff ~270 KB, past stdout's 8 KB buffer, so the write
    # fails while the command runs (as with 40 copies, whose 40 x 40 diff cost ~4 s of CPU)
    (tmp_path / "a.txt").write_text(ARTICLE * 8)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("12", "14") * 8)
    _ledger(tmp_path / "l.db")
    env = dict(os.environ, CLAIMTRACK_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("CLAIMTRACK_DEBUG", None)
    proc = subprocess.Popen([sys.executable, "-m", "claimtrack", *command], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first byte is written
    stderr = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=300) == 141, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr and "BrokenPipe" not in stderr, stderr
    assert "error:" not in stderr, stderr


# ------------------------------------------------------------------ 12. signals and workers


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[1]) == pid and fields[0] != "Z" and b"spawn_main" in cmdline:
            kids.append(int(entry))
    return kids


def _alive(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if state[state.rindex(")") + 2] != "Z":
            alive.append(pid)
    return alive


def _writing_output(pid: int, folder: Path) -> bool:
    """`pid` holds its output file open in `folder`: a named .tmp file, or an anonymous one
    (O_TMPFILE: /proc shows it as 'folder/#inode (deleted)')."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith(f"{folder}/") and (target.endswith(".tmp") or target.endswith("(deleted)")):
            return True
    return False


def _wait(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


UNTIL_CAP = 900.0  # seconds: far past any slow machine's run, short of a hung `make test`


def _until(event, ended, what: str, cap: float = UNTIL_CAP) -> bool:
    """Wait until `event()` holds (True) or `ended()` says it never will (the run it waits on has
    ended or lost a process: False). For a run's own progress, which a loaded machine slows a
    lot: the wait follows the run, not a clock, but a run that hangs without ending (a deadlocked
    pool, a worker stuck on a lock) fails the test after `cap` seconds, naming `what` it waited
    for, instead of hanging the suite (which has no pytest-timeout). A wait for something that
    must not happen (workers outliving a killed run) keeps its short deadline (`_wait`)."""
    end = time.monotonic() + cap
    while True:
        if event():
            return True
        if ended():
            return event()
        if time.monotonic() >= end:
            pytest.fail(f"waited {cap:g} s for {what}; the run neither got there nor ended (hung?)")
        time.sleep(0.1)


def test_a_wait_on_a_hung_run_fails_at_its_cap_naming_what_it_waited_for():
    start = time.monotonic()
    with pytest.raises(pytest.fail.Exception, match=r"waited 0.3 s for the workers to start; .*hung"):
        _until(lambda: False, lambda: False, "the workers to start", cap=0.3)
    assert time.monotonic() - start < 30
    assert _until(lambda: True, lambda: False, "x", cap=0) is True
    assert _until(lambda: False, lambda: True, "x") is False


@pytest.mark.model
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_jobs_2_run_leaves_no_workers_and_no_temporary_file(tmp_path, sig):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(160):
        (folder / f"a{i:03d}.txt").write_text((ARTICLE.replace("12", str(i + 2)) + "\n") * 8, encoding="utf-8")
    out = tmp_path / "claims.json"
    out.write_text("yesterday's output\n")
    env = dict(os.environ, CLAIMTRACK_CACHE_DIR=str(tmp_path / "cache"))
    # jsonl: the output is opened at the first document and written as the rest comes out, so
    # the run is killed mid-work (a json output is written only at the end, in a short window)
    proc = subprocess.Popen([sys.executable, "-m", "claimtrack", "extract", str(folder), "-o", str(out),
                             "-f", "jsonl", "--jobs", "2", "--no-cache", "-q"], env=env, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True)
    try:
        assert _until(lambda: len(_children(proc.pid)) >= 2, lambda: proc.poll() is not None,
                      "2 worker processes to start"), "no worker processes started"
        workers = _children(proc.pid)
        # killed mid-work, as soon as the workers run: even SIGKILL, which no handler sees, must
        # leave no temporary file (the output has no name until it is complete)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, sig)
        proc.wait(60)
        stderr = proc.stderr.read()
        assert _wait(lambda: not _alive(workers), 15), f"workers still alive: {_alive(workers)}"
        assert out.read_text() == "yesterday's output\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "claims.json", "in"] or \
            sorted(p.name for p in tmp_path.iterdir()) == ["claims.json", "in"]
        if sig == signal.SIGTERM:
            assert proc.returncode == 143, stderr
            assert "Traceback" not in stderr and "terminated" in stderr
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# ------------------------------------------------------------------ 13. hostile HTML

PARA = ("<p>Officials said 40 people were killed when floods swept through Valencia on Tuesday, and the "
        "regional president promised help for every family that lost a home.</p>")


@pytest.mark.parametrize("depth", [254, 300, 3000])
def test_deeply_nested_html_still_gives_its_text(depth):
    from claimtrack.ingest.formats import html_document

    html = "<html><body>" + "<div>" * depth + PARA + "</div>" * depth + "</body></html>"
    assert "40 people were killed" in html_document(html, "deep.html", None).text


def test_template_content_is_not_article_text():
    from claimtrack.ingest.formats import html_document

    html = ("<html><body><article>" + PARA + "<template><p>Hidden template words that no reader ever sees on "
            "this page, whatever they do.</p></template></article></body></html>")
    text = html_document(html, "t.html", None).text
    assert "40 people were killed" in text and "Hidden template" not in text


@pytest.mark.parametrize("run", ["<" * 5000 + "after", "<" * 300 + "x", "<<Breaking"])
def test_text_after_a_run_of_less_than_signs_is_kept(run):
    from claimtrack.ingest.formats import html_document

    html = ("<html><body><article>" + PARA + "<p>" + run + " the minister said 12 bridges had collapsed in the "
            "storm overnight.</p>" + PARA.replace("40", "41") + "</article></body></html>")
    text = html_document(html, "lt.html", None).text
    assert "12 bridges had collapsed" in text and "41 people" in text


# ------------------------------------------------------------------ 14. exit codes


def test_an_internal_error_has_its_own_exit_code_and_one_line(monkeypatch):
    from claimtrack.cli import schema_cmd

    def bug():
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(schema_cmd, "extract_schema", bug)
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 70
    assert "Traceback" not in result.output
    (line,) = error_lines(result)
    assert "internal error: ZeroDivisionError: division by zero" in " ".join(result.stderr.split())


def test_an_internal_error_from_the_installed_command(tmp_path):
    script = ("import sys; import claimtrack.cli.schema_cmd as m\n"
              "def bug(): raise KeyError('boom')\n"
              "m.extract_schema = bug\n"
              "sys.argv = ['claimtrack', 'schema']\n"
              "from claimtrack.cli import main; main()\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 70, proc.stderr
    assert "Traceback" not in proc.stderr and "internal error: KeyError" in proc.stderr
    debug = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                           env=dict(os.environ, CLAIMTRACK_DEBUG="1"))
    assert debug.returncode == 1 and "Traceback" in debug.stderr


@pytest.mark.model
def test_a_full_disk_while_writing_is_one_line_and_keeps_the_old_output(tmp_path, monkeypatch):
    import errno

    from claimtrack import export

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "claims.json"
    out.write_text("yesterday\n")

    def full(items, fh, *a, **k):
        fh.write("{")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setitem(export.WRITERS, "json", full)
    result = invoke(["extract", tmp_path / "in", "-o", out, "--no-cache"])
    assert result.exit_code == 2
    (line,) = error_lines(result)
    assert "no space left on device" in line and f"({out})" in " ".join(result.stderr.split())
    assert out.read_text() == "yesterday\n" and sorted(p.name for p in tmp_path.iterdir()) == ["claims.json", "in"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_writing_to_a_full_device_names_it_in_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(["extract", tmp_path / "a.txt", "-o", "/dev/full", "--no-cache"])
    assert result.exit_code == 2, result.output
    (line,) = error_lines(result)
    assert "no space left on device (/dev/full)" in " ".join(result.stderr.split())
