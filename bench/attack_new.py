"""New cases of issue 14's kinds: odd file names, odd outputs, odd inputs."""

from __future__ import annotations

import json
import os
import stat
import subprocess

from attack_harness import (
    Attack, ARTICLE, OTHER, PY, check, clean, docs, folder_of, refused,
)


# --------------------------------------------------------------------------- new cases of the same kinds


@check("new")
def odd_names(a: Attack) -> None:
    names = {"line\nbreak.txt": ARTICLE, "-o.txt": OTHER, "esc\x1b[31mred.txt": ARTICLE.replace("40", "41"),
             ("n" * 250) + ".txt": ARTICLE.replace("40", "42"), "caf\u00e9.txt": ARTICLE.replace("40", "43"),
             "cafe\u0301.txt": ARTICLE.replace("40", "44"), "back\\slash.txt": ARTICLE.replace("40", "45"),
             "tab\there.md": ARTICLE.replace("40", "46"), " lead space.txt": ARTICLE.replace("40", "47")}
    d = folder_of(a, "names", names)
    out = d.parent / "names.json"
    r = a.ct("extract", d, "-o", out)
    got = docs(out) if out.exists() else []
    raw = "\x1b" in r.err or "line\nbreak" in r.err
    a.record("new", "extract of 9 odd file names (newline, -o, ESC, 254 bytes, NFC/NFD twins, tab, ...)",
             r.rc == 0 and len(set(got)) == 9 and not raw and clean(r), f"{len(set(got))} names; raw control chars shown: {raw}; {r!r}")
    db = d.parent / "names.db"
    r = a.ct("track", "add", d, "--db", db)
    info = a.ct("track", "info", "--db", db)
    a.record("new", "track add + info with the same names", r.rc == 0 and info.rc == 0 and clean(r) and clean(info)
             and b"\x1b" not in info.out, f"{r!r} / {info!r}")
    r = a.ct("extract", "-o", "-", "--", "-o.txt", cwd=d)
    a.record("new", "extract -- -o.txt (a name starting with a dash)", r.rc == 0 and b'"-o.txt"' in r.out, repr(r))
    r = a.ct("diff", d / "-o.txt", d / "line\nbreak.txt")
    a.record("new", "diff of two odd names (table on a pipe)", r.rc == 1 and clean(r), repr(r))


@check("new")
def odd_outputs(a: Attack) -> None:
    d = folder_of(a, "outs", {f"a{i}.txt": ARTICLE.replace("40", str(i + 2)) for i in range(30)})
    r = a.ct("extract", d, "-o", "/dev/full")
    a.record("new", "-o /dev/full (a full disk)", refused(r) and "space" in r.err, repr(r))
    for cmd in (["extract", d, "-f", "jsonl", "-o", "-"], ["diff", d, "-f", "jsonl"]):
        p = subprocess.Popen([PY, "-m", "claimtrack", *map(str, cmd)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=a.env)
        p.stdout.read(10)
        p.stdout.close()  # `| head -c 10`
        err = p.stderr.read().decode(errors="replace")
        p.wait(300)
        a.record("new", f"{cmd[0]} -f jsonl | head -c 10 (the reader goes away)", "Traceback" not in err
                 and "Exception ignored" not in err and p.returncode in (0, 1, 141), f"exit {p.returncode}: {err[-200:]!r}")
    r = a.ct("extract", d, "-o", str(d.parent / "newdir") + "/")
    a.record("new", "-o a path ending in / (a folder that does not exist)", refused(r), repr(r))
    (d.parent / "ro.json").write_text("kept")
    os.chmod(d.parent / "ro.json", 0o444)
    r = a.ct("extract", d, "-o", d.parent / "ro.json")
    ok = (r.rc == 0 and b'"documents"' in (d.parent / "ro.json").read_bytes()) or (refused(r) and (d.parent / "ro.json").read_text() == "kept")
    a.record("new", "-o a read-only file", ok, repr(r))
    r = a.ct("extract", d, "-o", d.parent / "x.json", "--cache-dir", d / "a0.txt")
    a.record("new", "--cache-dir naming a file", clean(r) and r.rc in (0, 2), repr(r))
    for db, what in (("/dev/null", "/dev/null"), (str(d), "a folder")):
        r = a.ct("track", "add", d, "--db", db)
        a.record("new", f"track add --db {what}", refused(r) and (what != "/dev/null" or stat.S_ISCHR(os.stat("/dev/null").st_mode)), repr(r))


@check("new")
def odd_inputs(a: Attack) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    files = {"image.txt": png, "utf16.txt": ARTICLE.encode("utf-16"), "latin1.txt": ARTICLE.replace("Mazon", "Maz\u00f3n").encode("latin-1"),
             "nuls.txt": ARTICLE.encode() + b"\x00" * 50 + OTHER.encode(), "deep.json": b"[" * 100000 + b"]" * 100000,
             "text-not-string.json": json.dumps({"text": 12, "title": ["x"]}).encode(),
             "list.json": json.dumps([1, 2, 3]).encode(), "blank.jsonl": b"\n" * 100000,
             "bomb.md": ("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                         "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                         "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n" + ARTICLE).encode(),
             "unterminated.md": ("---\ntitle: never closed\n" + ARTICLE).encode(),
             "crlf.txt": ARTICLE.replace("\n", "\r\n").encode(), "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode(),
             "entity.html": (b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                             b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><html><body><p>&c;&c;</p><p>' + ARTICLE.encode()
                             + b"</p></body></html>")}
    d = a.dir("inputs")
    for name, data in files.items():
        (d / name).write_bytes(data)
    os.mkfifo(d / "pipe.txt")
    (d / "zero.txt").symlink_to("/dev/zero")
    out = d.parent / "inputs.json"
    r = a.ct("extract", d, "-o", out, timeout=300)
    data = json.loads(out.read_text()) if out.exists() else {"documents": [], "skipped": []}
    got = sorted(x["doc"] for x in data["documents"])
    skipped = sorted(os.path.basename(s["path"]).split(":")[0] for s in data["skipped"])
    ok = r.rc == 1 and clean(r) and r.wall < 120 and r.mb < 1024 and {"utf16.txt", "latin1.txt", "crlf.txt", "bom.txt",
                                                                       "entity.html"} <= set(got)
    a.record("new", f"a folder of odd inputs ({len(files) + 2} files)", ok,
             f"read {got}; skipped {skipped}; {r!r}")
    for fname, want in (("latin1.txt", "Maz\u00f3n"), ("utf16.txt", "Carlos Mazon")):
        r = a.ct("extract", d / fname, "-o", "-", "--include-text")
        text = "".join(x.get("text") or "" for x in json.loads(r.out or b'{"documents": []}')["documents"])
        a.record("new", f"{fname} decoded right", want in text, repr(r))
    r = a.ct("extract", "/dev/zero", "-o", "-", timeout=60)
    a.record("new", "extract /dev/zero", r.rc == 2 and clean(r) and r.wall < 30, repr(r))
    bad = d.parent / "bad.claims.json"
    good_claims = d.parent / "good.claims.json"
    a.ct("extract", d / "crlf.txt", "-o", good_claims)
    bad.write_text(good_claims.read_text()[:200])
    r = a.ct("diff", bad, good_claims)
    a.record("new", "diff of a truncated claims.json", refused(r) and "bad.claims.json" in r.err, repr(r))
    doc = json.loads(good_claims.read_text())
    for c in doc["claims"]:
        for q in c.get("quantities", []):
            q["value"] = 1e308 * 10 if False else 1.7e308
            q["start"], q["end"] = 10**12, 10**12 + 5
    bad.write_text(json.dumps(doc))
    r = a.ct("diff", bad, good_claims, "-f", "json")
    a.record("new", "diff of a claims.json with edited values and offsets", clean(r) and r.rc in (0, 1, 2), repr(r))
    r = a.ct("diff", d / "crlf.txt", d / "crlf.txt")
    a.record("new", "diff of one file with itself", clean(r) and r.rc in (0, 2), repr(r))
