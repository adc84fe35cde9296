"""The fault corpus: hostile and broken inputs beside good articles, through the real CLI.

Every fault file is generated here in tmp_path (nothing binary is committed). For each: the run
finishes, every good document comes out exactly as it does when extracted alone, the summary
names the bad file and the reason, the exit code is 1 when something was skipped, and no
traceback reaches the user.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack import ingest
from claimtrack.ingest import read as ingest_read
from claimtrack.cli import app
from claimtrack.export import atomic_output
from claimtrack.models import Skipped

pytestmark = pytest.mark.model

GOOD = {
    "conflict.txt": (
        "KYIV, March 3 (Reuters) - Ukraine's defence ministry said on Monday that more than 1,200 "
        "drones had been launched at its cities in February. \"We need more air defence, and we need "
        "it now,\" President Volodymyr Zelensky said in his nightly address.\n"
    ),
    "markets/oil.md": (
        "Brent crude rose 2.4% to $84.10 a barrel on Tuesday after OPEC+ agreed to extend cuts of "
        "2.2 million barrels per day until June, analysts at Goldman Sachs said.\n"
    ),
    "sport.txt": (
        "Argentina beat France 4-2 on penalties in the final in Lusail, where 88,966 fans watched. "
        "Lionel Messi scored twice, coach Lionel Scaloni told reporters.\n"
    ),
}


def write_good(folder: Path) -> None:
    for name, text in GOOD.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def squash(text: str) -> str:
    """Output without white space: Rich wraps long lines at the terminal width."""
    return re.sub(r"\s+", "", text)


def run(args: list[str], **kw):
    result = CliRunner().invoke(app, ["extract", *args], **kw)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def extract_json(folder: Path, out: Path, *extra: str):
    result = run([str(folder), "-o", str(out), *extra])
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return result, data


def by_doc(data: dict) -> dict:
    """{doc name: (document record, [claims])} of a JSON output."""
    out = {d["doc"]: (d, []) for d in data["documents"]}
    for c in data["claims"]:
        out[c["doc"]][1].append(c)
    return out


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    write_good(folder)
    result, data = extract_json(folder, folder.parent / "good.json")
    assert result.exit_code == 0, result.output
    docs = by_doc(data)
    assert sorted(docs) == sorted(GOOD)
    assert sum(len(c) for _, c in docs.values()) >= 3, "the good articles give claims to compare"
    return docs


def assert_good_docs_unchanged(data: dict, baseline: dict) -> None:
    docs = by_doc(data)
    for name, expected in baseline.items():
        assert docs.get(name) == expected, f"{name} differs from its extraction alone"


def assert_skipped(result, data, path_fragment: str, reason_fragment: str) -> None:
    skips = [s for s in data["skipped"] if path_fragment in s["path"]]
    assert skips, f"{path_fragment!r} not among skipped {data['skipped']}"
    assert any(reason_fragment in s["reason"] for s in skips), skips
    shown = squash(result.stderr)
    assert squash(skips[0]["path"]) in shown and squash(skips[0]["reason"]) in shown, result.stderr


# ------------------------------------------------------------------ the corpus


def make_empty(folder):
    (folder / "empty.txt").write_bytes(b"")
    return "empty.txt", "empty file"


def make_invalid_utf8(folder):
    data = "Officials said “twelve” people were hurt — naïve reports differ.".encode() + b"\xff\xfe\xc3"
    (folder / "broken.txt").write_bytes(data)
    return "broken.txt", "invalid UTF-8"


def make_png_named_txt(folder):
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096))
    return "image.txt", "binary file (PNG image)"


def make_pdf_named_txt(folder):
    (folder / "report.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + os.urandom(4096))
    return "report.txt", "binary file (PDF)"


def make_random_bytes(folder):
    (folder / "noise.md").write_bytes(os.urandom(20_000))
    return "noise.md", "binary file"


def make_huge_one_line(folder):
    with open(folder / "huge.txt", "wb") as fh:  # 50 MB, one line, in 1 MB writes
        block = b"lorem ipsum " * ((1 << 20) // 12 + 1)
        block = block[: 1 << 20]
        for _ in range(50):
            fh.write(block)
    return "huge.txt", "over the 2,000,000 limit (--max-chars)"


def make_malformed_json(folder):
    (folder / "feed.json").write_text('{"text": "unterminated', encoding="utf-8")
    return "feed.json", "malformed JSON"


def make_symlink_loop(folder):
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink(".", folder / "again")  # a folder loop, too: no hang, no duplicates
    return "loop.txt", "symbolic link loop"


def make_broken_link(folder):
    os.symlink("nowhere.txt", folder / "dangling.txt")
    return "dangling.txt", "broken symbolic link"


def make_html_without_article(folder):
    html = "<html><head><script>" + "var x = 1;" * 1000 + "</script><style>p{}</style></head><body></body></html>"
    (folder / "empty.html").write_text(html, encoding="utf-8")
    return "empty.html", "no article text"


FAULTS = {
    "empty": make_empty,
    "invalid-utf8": make_invalid_utf8,
    "png-named-txt": make_png_named_txt,
    "pdf-named-txt": make_pdf_named_txt,
    "random-bytes": make_random_bytes,
    "50MB-one-line": make_huge_one_line,
    "malformed-json": make_malformed_json,
    "symlink-loop": make_symlink_loop,
    "broken-link": make_broken_link,
    "html-without-article": make_html_without_article,
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_is_skipped_and_costs_nothing_else(fault, tmp_path, baseline):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    path_fragment, reason = FAULTS[fault](folder)
    result, data = extract_json(folder, tmp_path / "out.json")
    assert result.exit_code == 1, result.output
    assert_good_docs_unchanged(data, baseline)
    assert sorted(by_doc(data)) == sorted(GOOD)
    assert_skipped(result, data, path_fragment, reason)


def test_all_faults_together(tmp_path, baseline):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    expected = [make(folder) for make in FAULTS.values()]
    result, data = extract_json(folder, tmp_path / "out.json")
    assert result.exit_code == 1
    assert_good_docs_unchanged(data, baseline)
    for path_fragment, reason in expected:
        assert_skipped(result, data, path_fragment, reason)


def test_file_over_max_file_mb_is_refused(tmp_path, baseline):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    make_huge_one_line(folder)
    result, data = extract_json(folder, tmp_path / "out.json", "--max-file-mb", "10")
    assert result.exit_code == 1
    assert_good_docs_unchanged(data, baseline)
    assert_skipped(result, data, "huge.txt", "over the 10 MB limit (--max-file-mb)")


def test_unreadable_file_chmod_000(tmp_path, baseline):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("running as root: permission bits do not stop root from reading (see the monkeypatched test)")
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    secret = folder / "secret.txt"
    secret.write_text("Hidden text.")
    secret.chmod(0)
    try:
        result, data = extract_json(folder, tmp_path / "out.json")
    finally:
        secret.chmod(0o644)
    assert result.exit_code == 1
    assert_good_docs_unchanged(data, baseline)
    assert_skipped(result, data, "secret.txt", "permission denied")


def test_unreadable_file_permission_error(tmp_path, baseline, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    (folder / "secret.txt").write_text("Hidden text.")
    real_open = os.open

    def guarded(path, *a, **k):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr(ingest_read.os, "open", guarded)
    result, data = extract_json(folder, tmp_path / "out.json")
    assert result.exit_code == 1
    assert_good_docs_unchanged(data, baseline)
    assert_skipped(result, data, "secret.txt", "permission denied")


def test_file_disappearing_between_listing_and_reading(tmp_path, baseline, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    (folder / "vanish.txt").write_text("Soon gone, said the minister on Monday.")
    real = ingest.iter_paths

    def listing_then_delete(paths, **kw):
        for entry in real(paths, **kw):
            if not isinstance(entry, Skipped) and entry[1] == "vanish.txt":
                entry[0].unlink()
            yield entry

    monkeypatch.setattr(ingest_read, "iter_paths", listing_then_delete)
    result, data = extract_json(folder, tmp_path / "out.json")
    assert result.exit_code == 1
    assert_good_docs_unchanged(data, baseline)
    assert_skipped(result, data, "vanish.txt", "disappeared")


# ------------------------------------------------------------------ odd but readable


def check_offsets(data: dict, texts: dict) -> int:
    checked = 0
    for c in data["claims"]:
        if c["doc"] not in texts:
            continue
        text = texts[c["doc"]]
        assert text[c["start"]:c["end"]] == c["text"]
        for m in c["quantities"] + c["dates"] + ([c["quote"]] if c["quote"] else []):
            assert text[m["start"]:m["end"]] == m["text"]
            checked += 1
    return checked


def test_odd_but_readable_files_are_extracted(tmp_path, baseline):
    """Legacy encodings, UTF-16, unbalanced quotes, odd names: extracted, with exact offsets."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    cp1252 = "The bank said “inflation is falling” and pledged €100 million on Monday. Café owners agreed.\n"
    (folder / "legacy.txt").write_bytes(cp1252.encode("cp1252"))
    utf16 = "The union said “we will strike” as 3,000 workers walked out in 2023.\n"
    (folder / "wide.txt").write_bytes(utf16.encode("utf-16"))
    quotes = ('He said "' * 3000) + " 40 people were rescued, officials said “ and ” “ ‘ «.\n"
    (folder / "quotes.txt").write_text(quotes, encoding="utf-8")
    weird = "a name with spaces, ünïcodé ✓ and a\nnewline.txt"
    (folder / weird).write_text(GOOD["sport.txt"], encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))  # ignored in a folder

    result, data = extract_json(folder, tmp_path / "out.json", "--include-text")
    assert result.exit_code == 0, result.output
    assert data["skipped"] == []
    assert_good_docs_unchanged(
        {**data, "documents": [{**d, "text": None} for d in data["documents"]]}, baseline
    )
    docs = {d["doc"]: d for d in data["documents"]}
    assert docs["legacy.txt"]["encoding"] == "cp1252" and docs["legacy.txt"]["text"] == cp1252
    assert docs["wide.txt"]["encoding"] == "utf-16" and docs["wide.txt"]["text"] == utf16
    assert docs["quotes.txt"]["text"] == quotes
    assert weird in docs
    texts = {name: d["text"] for name, d in docs.items()}
    check_offsets(data, texts)
    # the odd name changes the document's name, not what is extracted from it
    strip = lambda cs: [{k: v for k, v in c.items() if k not in ("id", "doc")} for c in cs]  # noqa: E731
    assert strip(by_doc(data)[weird][1]) == strip(baseline["sport.txt"][1])


def test_deeply_nested_html_with_scripts(tmp_path, baseline):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    para = "<p>Rescuers said 40 people were pulled from the rubble on Tuesday after the quake struck the region.</p>"
    html = (
        "<html><head><style>body{color:red}</style><script>var secretToken=1;</script></head><body>"
        + "<div><span>" * 3000 + para * 5 + "<script>alert('x')</script>" + "</span></div>" * 3000
        + "</body></html>"
    )
    (folder / "deep.html").write_text(html, encoding="utf-8")
    result, data = extract_json(folder, tmp_path / "out.json", "--include-text")
    assert_good_docs_unchanged(
        {**data, "documents": [{**d, "text": None} for d in data["documents"]]}, baseline
    )
    docs = {d["doc"]: d for d in data["documents"]}
    if "deep.html" in docs:  # extracted: the article text only
        assert result.exit_code == 0
        text = docs["deep.html"]["text"]
        assert "secretToken" not in text and "alert(" not in text and "color:red" not in text
    else:  # refused: with a reason
        assert result.exit_code == 1
        assert_skipped(result, data, "deep.html", "HTML")


def test_jsonl_with_one_malformed_line(tmp_path):
    good_lines = [json.dumps({"id": name, "text": text}) for name, text in GOOD.items()]
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "feed.jsonl").write_text("\n".join(good_lines) + "\n", encoding="utf-8")
    r1, expected = extract_json(alone, tmp_path / "alone.json")
    assert r1.exit_code == 0

    mixed = tmp_path / "mixed"
    mixed.mkdir()
    lines = good_lines[:1] + ['{"id": "bad", "text": "no closing'] + good_lines[1:]
    (mixed / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r2, data = extract_json(mixed, tmp_path / "mixed.json")
    assert r2.exit_code == 1
    assert by_doc(data) == by_doc(expected)
    assert len(by_doc(data)) == 3
    assert_skipped(r2, data, "feed.jsonl:2", "malformed JSON line")


# ------------------------------------------------------------------ paths and folders


def test_empty_folder_is_a_skipped_input(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.pdf.bak").write_text("not an article")
    result = run([str(tmp_path / "empty"), "-o", str(tmp_path / "out.json")])
    assert result.exit_code == 2  # nothing readable: nothing written (issue 14)
    assert "folderholdsnoarticles" in squash(result.stderr)
    assert not (tmp_path / "out.json").exists()


def test_missing_path_is_named_with_its_reason(tmp_path, baseline):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    out = tmp_path / "out.json"
    result = run([str(folder), str(tmp_path / "no-such-folder"), "-o", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert result.exit_code == 1
    assert_good_docs_unchanged(data, baseline)
    assert_skipped(result, data, "no-such-folder", "no such file or folder")


def test_unknown_format_given_directly_is_skipped(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04" + os.urandom(64))
    out = tmp_path / "out.json"
    (tmp_path / "a.txt").write_text(GOOD["sport.txt"], encoding="utf-8")
    result = run([str(tmp_path / "notes.docx"), str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert_skipped(result, data, "notes.docx", "unsupported file type '.docx'")
    alone = run([str(tmp_path / "notes.docx"), "-o", str(out)])
    assert alone.exit_code == 2 and "unsupportedfiletype'.docx'" in squash(alone.stderr)


# ------------------------------------------------------------------ interrupts


@pytest.mark.parametrize("error", [KeyboardInterrupt, RuntimeError])
def test_interrupted_write_keeps_the_old_output(tmp_path, error):
    target = tmp_path / "claims.json"
    target.write_text('{"old": true}\n')
    with pytest.raises(error):
        with atomic_output(target) as fh:
            fh.write('{"schema": "half')
            fh.flush()
            raise error()
    assert target.read_text() == '{"old": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json"]


def test_interrupt_during_a_cli_run_keeps_the_old_output(tmp_path, monkeypatch):
    from claimtrack import export

    folder = tmp_path / "corpus"
    folder.mkdir()
    write_good(folder)
    target = tmp_path / "claims.json"
    target.write_text("previous run\n")
    real = export.WRITERS["json"]

    def interrupted(items, fh, generator, summary, on_item=None):
        def some_then_stop():
            for n, item in enumerate(items):
                if n == 2:
                    raise KeyboardInterrupt
                yield item

        real(some_then_stop(), fh, generator, summary, on_item)

    monkeypatch.setitem(export.WRITERS, "json", interrupted)
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(target), "--quiet"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert target.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json", "corpus"]
