"""Nothing lost whatever the paths (issue 14, items 1-5): odd file names, mistyped inputs and
outputs, outputs that name an input, devices, FIFOs and links, unwritable places.

Every case is generated here in tmp_path; each asserts the outcome: the files intact, the
one-line message, the exit code.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

pytestmark = pytest.mark.model

GOOD = (
    "NAIROBI, May 2 (AP) - Kenya's health ministry said on Thursday that 4,300 people had been "
    "displaced by floods. \"The rains are not over,\" Health Minister Susan Nakhumicha told reporters.\n"
)
OTHER = (
    "Kenya's health ministry said on Thursday that 5,100 people had been displaced by floods, "
    "Health Minister Susan Nakhumicha told reporters.\n"
)
#: A file name that is not UTF-8 (Latin-1 'café'): Python sees it as 'caf\udce9.txt'.
BAD_NAME = os.fsdecode(b"caf\xe9.txt")


def invoke(args, **kw):
    result = CliRunner().invoke(app, [str(a) for a in args], **kw)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def one_line_error(result, *fragments):
    lines = [ln for ln in result.stderr.strip().splitlines() if ln.strip()]
    assert lines and lines[-1].startswith("error:"), result.stderr
    joined = " ".join(ln.strip() for ln in lines[lines.index(next(ln for ln in lines if ln.startswith("error:"))):])
    for fragment in fragments:
        assert fragment in joined, result.stderr


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / BAD_NAME).write_text(OTHER, encoding="utf-8")
    return folder


# ------------------------------------------------------------------ 1. non-UTF-8 file names


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_non_utf8_file_name_is_extracted_in_every_format(corpus, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = invoke(["extract", corpus, "-f", fmt, "-o", out, "--no-cache"])
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    raw.decode("utf-8")  # the file is valid UTF-8
    if fmt == "json":
        data = json.loads(raw)
        assert sorted(d["doc"] for d in data["documents"]) == sorted([BAD_NAME, "good.txt"])
        assert {c["doc"] for c in data["claims"]} == {BAD_NAME, "good.txt"}
        assert os.fsencode(next(d["doc"] for d in data["documents"] if d["doc"] != "good.txt")) == b"caf\xe9.txt"
    elif fmt == "jsonl":
        docs = [json.loads(line)["doc"] for line in raw.decode().splitlines() if json.loads(line)["kind"] == "document"]
        assert sorted(docs) == sorted([BAD_NAME, "good.txt"])
    else:
        assert b"caf\\udce9.txt" in raw and b"good.txt" in raw  # the display form
    assert "5,100" in raw.decode() or "5100" in raw.decode()


def test_non_utf8_file_name_to_stdout_and_through_the_cache(corpus, tmp_path):
    cache = tmp_path / "cache"
    first = invoke(["extract", corpus, "-o", "-", "--cache-dir", cache])
    second = invoke(["extract", corpus, "-o", "-", "--cache-dir", cache])
    assert first.exit_code == second.exit_code == 0, first.output + second.output
    assert json.loads(first.stdout) == json.loads(second.stdout)
    assert "warning" not in second.stderr
    assert BAD_NAME in {d["doc"] for d in json.loads(second.stdout)["documents"]}


def test_non_utf8_file_name_in_the_ledger_and_diff(corpus, tmp_path):
    db = tmp_path / "claims.db"
    added = invoke(["track", "add", corpus, "--db", db])
    assert added.exit_code == 0, added.output
    assert "2 new" in added.stderr
    again = invoke(["track", "add", corpus, "--db", db])
    assert "2 unchanged" in again.stderr, again.stderr
    export = tmp_path / "ledger.json"
    assert invoke(["track", "export", "--db", db, "-o", export]).exit_code == 0
    names = {d["doc"] for d in json.loads(export.read_text(encoding="utf-8"))["documents"]}
    assert names == {BAD_NAME, "good.txt"}
    assert invoke(["track", "info", "--db", db]).exit_code == 0
    diff = invoke(["diff", corpus / "good.txt", corpus / BAD_NAME, "-f", "json", "-o", tmp_path / "d.json"])
    assert diff.exit_code in (0, 1), diff.output
    report = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert {report["a"], report["b"]} == {"good.txt", BAD_NAME}


# ------------------------------------------------------------------ 2. nothing readable


@pytest.mark.parametrize("make_input", ["missing", "empty-folder", "only-bad-files"])
def test_nothing_readable_writes_nothing_and_exits_2(tmp_path, make_input, monkeypatch):
    monkeypatch.chdir(tmp_path)
    previous = '{"previous": "five documents"}\n'
    Path("claims.json").write_text(previous)
    if make_input == "missing":
        arg = "seedz/"
    elif make_input == "empty-folder":
        Path("empty").mkdir()
        arg = "empty"
    else:
        Path("bad").mkdir()
        Path("bad/empty.txt").write_bytes(b"")
        arg = "bad"
    for extra in ([], ["-o", "-"], ["-f", "csv", "-o", "claims.json"]):
        result = invoke(["extract", arg, *extra])
        assert result.exit_code == 2, result.output
        assert Path("claims.json").read_text() == previous
        assert result.stdout == ""
        one_line_error(result, "no document could be read", "nothing written")
    assert sorted(os.listdir(".")) == sorted(["claims.json", *(["empty"] if make_input == "empty-folder" else []),
                                              *(["bad"] if make_input == "only-bad-files" else [])])


# ------------------------------------------------------------------ 3. outputs that name an input


def test_output_that_is_the_input_file_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    result = invoke(["extract", article, "-o", article])
    assert result.exit_code == 2
    assert article.read_text() == GOOD
    one_line_error(result, "it is an input")
    link = tmp_path / "link.json"
    link.symlink_to(article)
    assert invoke(["extract", article, "-o", link]).exit_code == 2
    assert article.read_text() == GOOD and link.is_symlink()


def test_output_inside_an_input_folder_is_refused(corpus, tmp_path, monkeypatch):
    result = invoke(["extract", corpus, "-o", corpus / "claims.json"])
    assert result.exit_code == 2
    one_line_error(result, "inside the input folder")
    monkeypatch.chdir(corpus)
    default = invoke(["extract", "."])  # the default claims.json would be read back next time
    assert default.exit_code == 2 and not (corpus / "claims.json").exists()
    assert invoke(["diff", ".", "-f", "json", "-o", "sub.json"]).exit_code == 2
    # a file the folder walk never reads (CSV, hidden) is fine there
    ok = invoke(["extract", ".", "-f", "csv", "-o", "claims.csv", "--no-cache"])
    assert ok.exit_code == 0, ok.output
    assert sorted(p for p in os.listdir(".") if not p.startswith(".")) == sorted(["claims.csv", "good.txt", BAD_NAME])


def test_track_export_over_the_ledger_is_refused(corpus, tmp_path):
    db = tmp_path / "x.db"
    assert invoke(["track", "add", corpus / "good.txt", "--db", db]).exit_code == 0
    before = db.read_bytes()
    result = invoke(["track", "export", "--db", db, "-o", db])
    assert result.exit_code == 2
    one_line_error(result, "it is the ledger")
    assert db.read_bytes() == before
    svg = invoke(["timeline", "people", "--db", db, "--svg", db])
    assert svg.exit_code == 2 and db.read_bytes() == before


# ------------------------------------------------------------------ 4. devices, FIFOs, links, permissions


def test_output_to_dev_null_is_written_not_replaced(corpus):
    before = os.stat("/dev/null")
    result = invoke(["extract", corpus / "good.txt", "-o", "/dev/null", "--no-cache"])
    assert result.exit_code == 0, result.output
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_output_to_a_fifo_is_written_through_it(corpus, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    got = {}

    def read():
        try:
            with open(fifo, "rb") as fh:
                got["data"] = fh.read()
        except OSError as err:  # reported by the assertions below, not lost in the thread
            got["error"] = repr(err)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    result = invoke(["extract", corpus / "good.txt", "-o", fifo, "--no-cache"])
    if stat.S_ISFIFO(os.stat(fifo).st_mode) and "data" not in got:
        try:  # never leave the reader blocked in open()
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:  # ENXIO: no reader has the FIFO open, so none is blocked
            pass
    reader.join(30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert "data" in got, (got, result.output)
    assert json.loads(got["data"])["documents"][0]["doc"] == "good.txt"
    assert sorted(os.listdir(tmp_path)) == ["corpus", "pipe.json"]


def test_output_through_a_symlink_replaces_its_target(corpus, tmp_path):
    target = tmp_path / "real" / "claims.json"
    target.parent.mkdir()
    target.write_text("old\n")
    target.chmod(0o640)
    link = tmp_path / "claims.json"
    link.symlink_to(target)
    result = invoke(["extract", corpus / "good.txt", "-o", link, "--no-cache"])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["documents"][0]["doc"] == "good.txt"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # an existing file keeps its mode
    assert sorted(os.listdir(target.parent)) == ["claims.json"]


def test_new_output_file_takes_the_umask(corpus, tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "new.json"
        assert invoke(["extract", corpus / "good.txt", "-o", out, "--no-cache"]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
    finally:
        os.umask(old)


# ------------------------------------------------------------------ 5. unwritable outputs, checked first


def _unwritable(tmp_path: Path) -> dict:
    afile = tmp_path / "afile.txt"
    afile.write_text("x")
    (tmp_path / "adir").mkdir(exist_ok=True)
    return {
        "missing folder": (tmp_path / "no" / "such" / "out.json", "does not exist"),
        "parent is a file": (afile / "out.json", "not a folder"),
        "existing folder": (tmp_path / "adir", "it is a folder"),
        "/proc": (Path("/proc/claimtrack-out.json"), "cannot create a file"),
        "a new folder name ending in /": (f"{tmp_path}/newdir/", "a name ending in '/' is a folder"),
        "a file name ending in /": (f"{afile}/", "a name ending in '/' is a folder"),
    }


@pytest.fixture
def no_work(monkeypatch):
    """Fail the test if any extraction or ledger work starts."""
    import importlib

    extract_mod = importlib.import_module("claimtrack.extract")
    ledger = importlib.import_module("claimtrack.ledger")

    def boom(*a, **k):
        raise AssertionError("work started before the output path was checked")

    monkeypatch.setattr(extract_mod, "iter_extract", boom)
    monkeypatch.setattr(ledger, "open_ledger", boom)


@pytest.mark.parametrize("case", ["missing folder", "parent is a file", "existing folder", "/proc",
                                  "a new folder name ending in /", "a file name ending in /"])
def test_unwritable_output_is_refused_before_the_work(tmp_path, case, no_work):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(OTHER)
    target, message = _unwritable(tmp_path)[case]
    db = tmp_path / "x.db"
    for args in (["extract", tmp_path / "a.txt", "-o", target],
                 ["diff", tmp_path / "a.txt", tmp_path / "b.txt", "-o", target],
                 ["track", "export", "--db", db, "-o", target],
                 ["timeline", "people", "--db", db, "--svg", target],
                 ["timeline", "people", "--db", db, "--png", target]):
        result = invoke(args)
        assert result.exit_code == 2, (args, result.output)
        one_line_error(result, message)


def test_read_only_folder_is_refused_before_the_work(tmp_path, no_work, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD)
    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() != 0:
        ro.chmod(0o555)
    else:  # root writes anywhere: stand in for a read-only file system
        import errno
        import tempfile

        real = tempfile.mkstemp

        def read_only(*a, dir=None, **k):
            if dir is not None and Path(dir) == ro:
                raise OSError(errno.EROFS, "Read-only file system")
            return real(*a, dir=dir, **k)

        monkeypatch.setattr(tempfile, "mkstemp", read_only)
    try:
        result = invoke(["extract", tmp_path / "a.txt", "-o", ro / "out.json"])
    finally:
        ro.chmod(0o755)
    assert result.exit_code == 2
    one_line_error(result, "cannot create a file in")
    assert os.listdir(ro) == []
