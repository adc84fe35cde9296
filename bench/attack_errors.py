"""Issue 14's items 11-14 (one line per error): damaged stores, killed runs, trees/HTML/links,
exit codes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from attack_harness import (
    Attack, ARTICLE, OTHER, PY, _remove_tree, check, clean, folder_of, refused, sha,
)


# --------------------------------------------------------------------------- 11-14: one line


@check("11")
def damaged_stores(a: Attack) -> None:
    d = folder_of(a, "stores", {"a.txt": ARTICLE, "b.txt": OTHER})
    db = d.parent / "damaged.db"
    a.ct("track", "add", d, "--db", db)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for off in range(page, len(data), page):
        data[off:off + 64] = b"\xde\xad\xbe\xef" * 16
    db.write_bytes(bytes(data))
    for cmd in (["track", "info"], ["facts"], ["track", "export"], ["timeline", "people"], ["track", "add", d]):
        r = a.ct(*cmd, "--db", db)
        a.record("11", f"{' '.join(map(str, cmd[:2]))} on a damaged ledger", refused(r) and "damaged.db" in r.err, repr(r))
    other = d.parent / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("create table notes(id integer primary key, body text)")
    con.execute("insert into notes(body) values ('mine')")
    con.commit()
    con.close()
    before = sha(other)
    for cmd in (["track", "add", d], ["facts"], ["track", "info"]):
        r = a.ct(*cmd, "--db", other)
        a.record("11", f"{' '.join(map(str, cmd[:2]))} --db another application's SQLite file", refused(r) and sha(other) == before, repr(r))
    text = d.parent / "notes.txt"
    text.write_text("not a database\n")
    r = a.ct("track", "add", d, "--db", text)
    a.record("11", "track add --db a text file", refused(r) and text.read_text() == "not a database\n", repr(r))
    # the cache: rows of any shape, then a corrupt file
    env = dict(a.env, CLAIMTRACK_CACHE_DIR=str(d.parent / "c1"))
    good = a.ct("extract", d, "-o", "-", env=env)
    cache_file = next((d.parent / "c1").glob("*.sqlite3"), None)
    if cache_file is None:
        a.record("11", "the cache file exists after a run", False, str(list((d.parent / "c1").iterdir())))
        return
    con = sqlite3.connect(cache_file)
    tables = [t for (t,) in con.execute("select name from sqlite_master where type='table'")]
    table = next(t for t in tables if con.execute(f"select count(*) from {t}").fetchone()[0] >= 2)
    cols = [c[1] for c in con.execute(f"pragma table_info({table})")]
    blob_col = next(c for c in cols if c in ("value", "result", "data", "blob"))
    rows = con.execute(f"select rowid from {table}").fetchall()
    con.execute(f"update {table} set {blob_col} = ? where rowid = ?", (b"\x00garbage", rows[0][0]))
    con.execute(f"update {table} set {blob_col} = ? where rowid = ?", (json.dumps({"claims": 7}).encode(), rows[1][0]))
    con.commit()
    con.close()
    r = a.ct("extract", d, "-o", "-", env=env)
    warned = [ln for ln in r.err.splitlines() if "cache" in ln.lower()]
    a.record("11", "cache rows of another shape are recomputed", r.out == good.out and clean(r) and 1 <= len(warned) <= 2,
             f"{len(warned)} warning line(s); {r!r}")
    cache_file.write_bytes(b"this is not a database" * 100)
    r1 = a.ct("extract", d, "-o", "-", env=env)
    r2 = a.ct("extract", d, "-o", "-", env=env)
    a.record("11", "a corrupt cache file is rebuilt once", r1.out == good.out == r2.out and clean(r1)
             and "cache" in r1.err.lower() and "cache" not in r2.err.lower(), f"{r1!r} / {r2!r}")
    (d.parent / "afile").write_text("x")
    for what, path in (("a file", d.parent / "afile"), ("a missing folder", d.parent / "none" / "deeper")):
        # a file where the folder should be: one line naming it, exit 2; a missing folder is made
        r = a.ct("cache", "clear", env=dict(a.env, CLAIMTRACK_CACHE_DIR=str(path)))
        a.record("11", f"cache clear with CLAIMTRACK_CACHE_DIR at {what}",
                 (refused(r) and "not a folder" in r.err) if what == "a file" else (r.rc == 0 and clean(r)), repr(r))
        r = a.ct("extract", d, "-o", "-", env=dict(a.env, CLAIMTRACK_CACHE_DIR=str(path)))
        a.record("11", f"extract with the cache folder at {what}",
                 (refused(r) and "not a folder" in r.err) if what == "a file" else (r.rc == 0 and r.out == good.out and clean(r)),
                 repr(r))


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                st = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = st[st.rindex(")") + 2:].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                kids.append(int(entry))
    return kids


def _alive(pids: list[int]) -> list[int]:
    out = []
    for pid in pids:
        try:
            st = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if st[st.rindex(")") + 2] != "Z":
            out.append(pid)
    return out


def _writing_output(pid: int, folder: Path) -> bool:
    """`pid` holds an output file open in `folder` (a named .tmp, or an anonymous O_TMPFILE)."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith(f"{folder}/") and target.endswith((".tmp", "(deleted)")):
            return True
    return False


def _wait(pred, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.2)
    return pred()


@check("12")
def killed_runs(a: Attack) -> None:
    d = folder_of(a, "kill", {f"a{i:03d}.txt": (ARTICLE.replace("40", str(i + 2)) + "\n") * 8 for i in range(120)})
    for executor in ("local", "dask"):
        for sig in (signal.SIGTERM, signal.SIGKILL):
            out = d.parent / "claims.json"
            out.write_text("yesterday\n")
            with open(d.parent / "kill.err", "w") as err:
                proc = subprocess.Popen([PY, "-m", "claimtrack", "extract", str(d), "-o", str(out), "--jobs", "2", "-f", "jsonl",
                                         "--no-cache", "-q", "--executor", executor], env=a.env, stderr=err,
                                        stdout=subprocess.DEVNULL)
            try:
                started = _wait(lambda: len(_children(proc.pid)) >= 3, 120)  # 2 workers + a helper
                writing = proc.poll() is None  # killed mid-work, as soon as the workers run
                kids = _children(proc.pid)
                os.kill(proc.pid, sig)
                proc.wait(60)
                gone = _wait(lambda: not _alive(kids), 20)
                left = [p.name for p in d.parent.iterdir() if p.name.endswith(".tmp")]
                text = (d.parent / "kill.err").read_text()
                ok = started and writing and gone and out.read_text() == "yesterday\n" and not left and (
                    sig == signal.SIGKILL or (proc.returncode == 143 and "Traceback" not in text))
                a.record("12", f"--executor {executor} --jobs 2 killed with {sig.name}", ok,
                         f"exit {proc.returncode}, {len(kids)} children, alive after: {_alive(kids)}, tmp left: {left}")
            finally:
                if proc.poll() is None:
                    proc.kill()
                for pid in _alive(_children(proc.pid)):
                    os.kill(pid, signal.SIGKILL)
                for p in d.parent.glob("*.tmp"):
                    p.unlink()


@check("13")
def trees_html_links(a: Attack) -> None:
    d = a.dir("deep")
    path = d / "tree"
    path.mkdir()
    (path / "top.txt").write_text(ARTICLE)
    for _ in range(1000):
        path = path / "d"
        path.mkdir()
    (path / "bottom.txt").write_text(OTHER)
    r = a.ct("extract", d / "tree", "-o", "-")
    got = [x["doc"] for x in json.loads(r.out or b'{"documents": []}')["documents"]]
    a.record("13", "a folder 1,000 levels deep", r.rc == 0 and len(got) == 2 and clean(r), f"{len(got)} documents; {r!r}")
    para = "<p>Officials said 40 people were killed when floods swept through Valencia on Tuesday.</p>"
    pages = {"nested.html": "<html><body>" + "<div>" * 300 + para + "</div>" * 300 + "</body></html>",
             "template.html": f"<html><body><article>{para}<template><p>Hidden words of a template, 77 "
                              "ghosts.</p></template></article></body></html>",
             "lt.html": f"<html><body><article>{para}<p>{'<' * 5000} then 12 bridges collapsed, the minister said."
                        "</p></article></body></html>"}
    h = folder_of(a, "html", pages)
    for name, want, never in (("nested.html", "40 people", None), ("template.html", "40 people", "77 ghosts"),
                              ("lt.html", "12 bridges", None)):
        r = a.ct("extract", h / name, "-o", "-", "--include-text")
        text = "".join(x.get("text") or "" for x in json.loads(r.out or b'{"documents": []}')["documents"])
        ok = r.rc == 0 and want in text and (never is None or never not in text)
        a.record("13", f"HTML: {name}", ok, repr(r) if not ok else "text kept")
    secret = a.dir("elsewhere") / "passwd.txt"
    secret.write_text(OTHER)
    s = folder_of(a, "links", {"story.txt": ARTICLE})
    (s / "leak.txt").symlink_to(secret)
    for cmd in (["extract", s, "-o", "-"], ["track", "add", s, "--db", s.parent / "links.db"], ["diff", s, "-f", "json"]):
        r = a.ct(*cmd)
        a.record("13", f"{cmd[0]} {cmd[1] if cmd[0] == 'track' else ''} reports a link out of the folder".replace("  ", " "),
                 "lead out of their input folder" in r.err and str(secret) in r.err and clean(r), repr(r))
        r = a.ct(*cmd, "--no-follow-symlinks")
        a.record("13", f"{' '.join(map(str, cmd[:2 if cmd[0] == 'track' else 1]))} --no-follow-symlinks",
                 "not followed" in r.err + r.out.decode(errors="replace") and b"52 people" not in r.out and clean(r), repr(r))
    _remove_tree(d)




@check("14")
def exit_codes(a: Attack) -> None:
    d = folder_of(a, "codes", {"a.txt": ARTICLE, "empty.txt": ""})
    r = a.ct("extract", d, "-o", d.parent / "c.json")
    a.record("14", "some inputs skipped: exit 1", r.rc == 1 and clean(r), repr(r))
    bug = ("import sys; from claimtrack.cli import schema_cmd, main\n"
           "def boom(): raise ZeroDivisionError('division by zero')\n"
           "schema_cmd.extract_schema = boom; sys.argv[0] = 'claimtrack'; main()")
    r = a.ct("schema", prefix=[PY, "-c", bug])
    a.record("14", "an internal error: exit 70, one line", r.rc == 70 and refused(r, 70) and "internal error" in r.err, repr(r))
