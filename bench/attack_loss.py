"""Issue 14's items 1-7 (data loss): odd file names, outputs that are inputs, unwritable outputs,
one failure costing nothing else."""

from __future__ import annotations

import json
import os
import stat
import threading

from attack_harness import (
    Attack, ARTICLE, OTHER, PY, check, clean, docs, folder_of, refused, sha,
)


# --------------------------------------------------------------------------- 1-7: data loss


@check("1")
def non_utf8_names(a: Attack) -> None:
    d = folder_of(a, "latin1", {"good.txt": ARTICLE, b"caf\xe9.txt": OTHER})
    for fmt in ("json", "jsonl", "csv", "table"):
        out = d.parent / f"n1.{fmt}"
        r = a.ct("extract", d, "-o", out, "-f", fmt)
        body = out.read_bytes() if out.exists() else b""
        ok = r.rc == 0 and clean(r) and b"good.txt" in body and (b"caf\\udce9.txt" in body or b"caf\\\\udce9" in body)
        a.record("1", f"extract -f {fmt}, a non-UTF-8 file name", ok, repr(r))
    db = d.parent / "n1.db"
    r = a.ct("track", "add", d, "--db", db)
    info = a.ct("track", "info", "--db", db)
    a.record("1", "track add with a non-UTF-8 file name", r.rc == 0 and clean(r) and b"caf" in info.out
             and b"good.txt" in info.out, repr(r))
    r = a.ct("diff", d / os.fsdecode(b"caf\xe9.txt"), d / "good.txt", "-f", "json")
    ok = r.rc == 1 and clean(r) and "caf\\udce9.txt" in r.out.decode()
    a.record("1", "diff with a non-UTF-8 file name (40 vs 52: a conflict)", ok, repr(r))


@check("2")
def nothing_read_writes_nothing(a: Attack) -> None:
    d = folder_of(a, "work", {f"s{i}/a{i}.txt": ARTICLE.replace("40", str(40 + i)) for i in range(5)})
    first = a.ct("extract", *[d / f"s{i}" for i in range(5)], cwd=d)
    before = sha(d / "claims.json")
    n = len(docs(d / "claims.json"))
    (d / "empty").mkdir()
    for what, arg in (("a mistyped folder", "seedz/"), ("an empty folder", "empty")):
        r = a.ct("extract", arg, cwd=d)
        ok = refused(r) and sha(d / "claims.json") == before
        a.record("2", f"extract {what} next to claims.json ({n} documents)", ok and first.rc == 0, repr(r))
    db = d / "l.db"
    a.ct("track", "add", d / "s0", "--db", db)
    r = a.ct("track", "export", "--db", d / "missing.db", "-o", d / "claims.json")
    a.record("2", "track export from a missing ledger over an existing output", r.rc == 2 and clean(r)
             and sha(d / "claims.json") == before, repr(r))


@check("3")
def output_is_an_input(a: Attack) -> None:
    d = folder_of(a, "same", {"a.txt": ARTICLE, "in/b.txt": OTHER})
    before = sha(d / "a.txt")
    r = a.ct("extract", d / "a.txt", "-o", d / "a.txt")
    a.record("3", "extract a.txt -o a.txt", refused(r) and sha(d / "a.txt") == before, repr(r))
    db = d / "x.db"
    a.ct("track", "add", d / "in", "--db", db)
    led = sha(db)
    r = a.ct("track", "export", "--db", db, "-o", db)
    a.record("3", "track export --db x.db -o x.db", refused(r) and sha(db) == led, repr(r))
    r = a.ct("extract", d / "in", "-o", d / "in" / "out.json")
    a.record("3", "extract in/ -o in/out.json (read back next run)", refused(r) and not (d / "in" / "out.json").exists(), repr(r))
    r = a.ct("extract", ".", cwd=d / "in")
    again = a.ct("extract", ".", cwd=d / "in")
    wrote = d / "in" / "claims.json"
    ok = (r.rc != 0 and not wrote.exists() and clean(r)) or (wrote.exists() and again.rc == 0 and docs(wrote) == ["b.txt"])
    a.record("3", "extract . (the default claims.json inside the input folder) twice", ok, f"{r!r} / {again!r}")
    r = a.ct("diff", d / "a.txt", d / "in" / "b.txt", "-o", d / "a.txt")
    a.record("3", "diff a.txt b.txt -o a.txt", refused(r) and sha(d / "a.txt") == before, repr(r))
    r = a.ct("timeline", "people", "--db", db, "--png", db)
    a.record("3", "timeline --png over the ledger", refused(r) and sha(db) == led, repr(r))


@check("4")
def odd_output_files(a: Attack) -> None:
    d = folder_of(a, "odd-out", {"a.txt": ARTICLE})
    r = a.ct("extract", d, "-o", "/dev/null")
    a.record("4", "-o /dev/null", r.rc == 0 and stat.S_ISCHR(os.stat("/dev/null").st_mode), repr(r))
    fifo = d.parent / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    r = a.ct("extract", d, "-o", fifo)
    reader.join(60)
    a.record("4", "-o a FIFO", r.rc == 0 and stat.S_ISFIFO(os.stat(fifo).st_mode) and b'"documents"' in b"".join(got), repr(r))
    target, link = d.parent / "target.json", d.parent / "link.json"
    target.write_text("old")
    link.symlink_to(target)
    r = a.ct("extract", d, "-o", link)
    a.record("4", "-o a symbolic link", r.rc == 0 and link.is_symlink() and b'"documents"' in target.read_bytes(), repr(r))
    fresh = d.parent / "fresh.json"
    r = a.ct("extract", d, "-o", fresh, prefix=["sh", "-c", 'umask 022; exec "$@"', "sh", PY, "-m", "claimtrack"])
    mode = stat.S_IMODE(os.stat(fresh).st_mode) if fresh.exists() else None
    a.record("4", "a new -o file takes the umask (022: 0644)", mode == 0o644, f"mode {oct(mode or 0)}; {r!r}")


@check("5")
def unwritable_outputs(a: Attack) -> None:
    d = folder_of(a, "unwritable", {f"a{i}.txt": ARTICLE.replace("40", str(i + 2)) * 6 for i in range(40)})
    (d.parent / "afile").write_text("x")
    db = d.parent / "u.db"
    a.ct("track", "add", d, "--db", db, "--jobs", "1")
    places = {"a missing folder": d.parent / "nope" / "out.json", "a path under a file": d.parent / "afile" / "out.json",
              "an existing folder": d.parent, "/proc": "/proc/out.json"}
    for where, target in places.items():
        for cmd in (["extract", d, "--no-cache", "-o", target], ["diff", d, "--no-cache", "-o", target],
                    ["track", "export", "--db", db, "-o", target], ["timeline", "people", "--db", db, "--svg", target],
                    ["timeline", "people", "--db", db, "--png", target]):
            r = a.ct(*cmd)
            fast = r.wall < 15  # checked before the work: 40 articles take far longer to extract
            a.record("5", f"{' '.join(map(str, cmd[:2]))} -o {where}", refused(r) and fast, repr(r))


@check("6")
def one_failure_costs_nothing_else(a: Attack) -> None:
    d = folder_of(a, "digits", {"big.txt": "Officials said " + "7" * 5000 + " euros were owed. " + ARTICLE})
    out = d.parent / "n6.json"
    for attempt in ("first run", "from the cache"):
        r = a.ct("extract", d, "-o", out)
        data = json.loads(out.read_text()) if out.exists() else {"claims": []}
        quantities = [q["text"] for c in data["claims"] for q in c.get("quantities", [])]
        dates = [m["text"] for c in data["claims"] for m in c.get("dates", [])]
        ok = clean(r) and "40 people" in quantities and any("October 29" in t for t in dates)
        a.record("6", f"a 5,000-digit number beside ordinary claims ({attempt})", ok, f"{quantities[:4]}; {r!r}")
    d2 = folder_of(a, "sentinel", {"a.txt": ARTICLE + "Next year the city will rebuild 30 bridges.\n"})
    text = ARTICLE + "Next year the city will rebuild 30 bridges.\n"
    for published in ("9999-12-31", "0001-01-01", "9999-12-25"):
        r = a.ct("extract", d2, "-o", "-", "--published", published, "--no-cache")
        data = json.loads(r.out or b"{}")
        isos = [m.get("iso") for c in data.get("claims", []) for m in c.get("dates", [])]
        ok = clean(r) and "2024-10-29" in isos and not any(str(i).startswith("10000") for i in isos)
        if published == "0001-01-01":  # refusing the option is fine when the message says why
            ok = ok or (refused(r) and "between 1000-01-01 and 9999-12-31" in r.err)
        a.record("6", f"--published {published} keeps absolute dates", ok, f"{isos}; {r!r}")
        meta = d2.parent / f"meta-{published}.json"
        meta.write_text(json.dumps({"text": text, "published": published}), encoding="utf-8")
        r = a.ct("extract", meta, "-o", "-", "--no-cache")
        data = json.loads(r.out or b"{}")
        isos = [m.get("iso") for c in data.get("claims", []) for m in c.get("dates", [])]
        ok = clean(r) and "2024-10-29" in isos and not any(str(i).startswith("10000") for i in isos)
        a.record("6", f'an article whose metadata says "published": "{published}"', ok, f"{isos}; {r!r}")


@check("7")
def same_name_from_two_folders(a: Attack) -> None:
    d = folder_of(a, "sites", {"siteA/story.txt": ARTICLE, "siteB/story.txt": OTHER})
    db = d / "l.db"
    a.ct("track", "add", "siteA", "--db", db, cwd=d)
    a.ct("track", "add", "siteB", "--db", db, cwd=d)
    facts = a.ct("facts", "--db", db, "-f", "json", cwd=d)
    conflict = any(f["status"] == "conflict" for f in json.loads(facts.out or b'{"facts": []}')["facts"])
    a.record("7", "track add siteA/ then siteB/ (story.txt each): 40 vs 52 is a conflict", conflict, repr(facts))
    r = a.ct("extract", "siteA/story.txt", "siteB/story.txt", "-o", "-", cwd=d)
    data = json.loads(r.out or b"{}")
    names = [x["doc"] for x in data.get("documents", [])]
    ids = [c["id"] for c in data.get("claims", [])]
    a.record("7", "extract siteA/story.txt siteB/story.txt", len(set(names)) == 2 and len(set(ids)) == len(ids) > 0,
             f"{names}; {r!r}")
