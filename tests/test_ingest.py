"""Reading files, folders and records: documents or one-line skip reasons, never an exception.

No model needed: these test `claimtrack.ingest` alone.
"""

from __future__ import annotations

import json
import os

import pytest

from claimtrack import ingest
from claimtrack.ingest import read as ingest_read
from claimtrack.ingest import (
    Document,
    InputError,
    Limits,
    decode_bytes,
    document_from_bytes,
    iter_paths,
    read_documents,
)
from claimtrack.models import Skipped

ARTICLE = "The ministry said 26 nations pledged troops on Thursday, officials in the capital confirmed.\n"


def read(paths, **kw):
    items = list(read_documents([str(p) for p in paths], **kw))
    docs = {i.name: i for i in items if isinstance(i, Document)}
    skips = [i for i in items if isinstance(i, Skipped)]
    return docs, skips


def one_skip(skips, fragment):
    found = [s for s in skips if fragment in s.reason]
    assert found, f"no skip with {fragment!r} in {skips}"
    assert all("\n" not in s.reason for s in skips), "reasons are one line"
    return found[0]


# ------------------------------------------------------------------ decoding


def test_utf8_is_returned_untouched_and_bom_dropped():
    assert decode_bytes("Café “quoted”".encode()) == ("Café “quoted”", None)
    assert decode_bytes(b"\xef\xbb\xbfHello") == ("Hello", None)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said “we will not retreat” as costs rose to €5 billion — a record.",
        "Le président a déclaré « nous irons » à Paris. Ça coûte 5 € — évidemment.",
        "Die Größe der Straße überrascht. Müller sagte: „Wir schaffen das“.",
    ],
)
def test_windows_1252_latin_text_is_decoded_as_cp1252(text):
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_cyrillic_code_page_is_not_forced_to_cp1252():
    text = "Президент заявил, что войска будут выведены к пятнице. Это важно для всех."
    decoded, encoding = decode_bytes(text.encode("cp1251"))
    assert decoded == text and encoding == "cp1251"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_or_without_bom(codec):
    text = "The “union” said €5 million was lost in 2024."
    decoded, encoding = decode_bytes(text.encode(codec))
    assert decoded == text
    assert encoding in ("utf-16", "utf-32")


def test_corrupted_utf8_is_refused_with_the_byte_offset():
    data = "Café “quoted” text, ".encode() + b"\xff\xfe broken " + "naïve".encode()
    with pytest.raises(InputError, match=r"invalid UTF-8 at byte 2\d"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "ZIP archive"),
        (bytes(range(256)) * 8, "binary file"),
    ],
)
def test_binary_data_is_refused_with_its_kind(data, kind):
    with pytest.raises(InputError, match="binary file") as err:
        decode_bytes(data)
    assert kind in str(err.value)


def test_a_text_that_starts_like_a_signature_is_still_text():
    assert decode_bytes(b"MZ Wallace and BZh Corp said ID3 tags were fine.")[1] is None


# ------------------------------------------------------------------ files


def test_reading_a_folder_names_files_relatively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ARTICLE)
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    docs, skips = read([tmp_path])
    assert list(docs) == ["a.md", "b/z.txt"]
    assert skips == []


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n")
    (tmp_path / "ok.txt").write_text(ARTICLE)
    docs, skips = read([tmp_path])
    assert list(docs) == ["ok.txt"]
    one_skip(skips, "empty file")
    one_skip(skips, "only white space")


def test_missing_path_unknown_type_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    docs, skips = read([tmp_path / "nope.txt", tmp_path / "notes.docx", tmp_path / "empty"])
    assert docs == {}
    assert [s.reason.split(" ")[0] for s in skips] == ["no", "unsupported", "folder"]
    one_skip(skips, "no such file or folder")
    one_skip(skips, "unsupported file type '.docx'")
    one_skip(skips, "folder holds no articles")


def test_symlink_loops_and_broken_links(tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE)
    os.symlink("self.txt", tmp_path / "self.txt")
    os.symlink("gone.txt", tmp_path / "dangling.txt")
    os.symlink(".", tmp_path / "again")  # a folder loop: must not recurse forever or duplicate
    docs, skips = read([tmp_path])
    assert list(docs) == ["ok.txt"]
    assert one_skip(skips, "symbolic link loop").path.endswith("self.txt")
    assert one_skip(skips, "broken symbolic link").path.endswith("dangling.txt")
    # the loop given directly
    docs, skips = read([tmp_path / "self.txt"])
    one_skip(skips, "symbolic link loop")


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(3_000_000)  # sparse: cheap to make
    monkeypatch.setattr(ingest_read.os, "read", lambda *a: pytest.fail("read a file over the limit"))
    docs, skips = read([big], limits=Limits(max_file_bytes=1_000_000))
    assert docs == {}
    one_skip(skips, "over the 1 MB limit (--max-file-mb)")


def test_document_over_max_chars_is_skipped_early(tmp_path):
    (tmp_path / "long.txt").write_text("word " * 1000)
    (tmp_path / "short.txt").write_text(ARTICLE)
    docs, skips = read([tmp_path], limits=Limits(max_chars=1000))
    assert list(docs) == ["short.txt"]
    assert one_skip(skips, "over the 1,000 limit (--max-chars)").path == "long.txt"


def test_a_file_that_disappears_after_listing(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    real = ingest.iter_paths

    def listing_then_delete(paths, **kw):
        for entry in real(paths, **kw):
            if not isinstance(entry, Skipped) and entry[1] == "a.txt":
                entry[0].unlink()
            yield entry

    monkeypatch.setattr(ingest_read, "iter_paths", listing_then_delete)
    docs, skips = read([tmp_path])
    assert list(docs) == ["b.txt"]
    assert one_skip(skips, "disappeared").path.endswith("a.txt")


def test_permission_denied_is_a_reason(tmp_path, monkeypatch):
    (tmp_path / "secret.txt").write_text(ARTICLE)
    (tmp_path / "ok.txt").write_text(ARTICLE)
    real_open = os.open

    def guarded_open(path, *args, **kw):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(ingest_read.os, "open", guarded_open)
    docs, skips = read([tmp_path])
    assert list(docs) == ["ok.txt"]
    one_skip(skips, "permission denied")


def test_unexpected_error_in_a_reader_skips_only_that_file(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "b.txt").write_text(ARTICLE)

    def boom(*a, **k):
        raise RuntimeError("library bug\nwith a second line")

    monkeypatch.setattr(ingest_read, "html_document", boom)
    docs, skips = read([tmp_path])
    assert list(docs) == ["b.txt"]
    one_skip(skips, "RuntimeError: library bug with a second line")


def test_a_failing_dateline_finder_costs_the_date_not_the_document(tmp_path, monkeypatch):
    from claimtrack import dateparse as dates

    (tmp_path / "a.txt").write_text(ARTICLE)
    monkeypatch.setattr(dates, "find_dateline", lambda text: 1 / 0)
    docs, skips = read([tmp_path])
    assert skips == [] and docs["a.txt"].published is None
    assert any("ZeroDivisionError" in w for w in docs["a.txt"].warnings)


def test_dateline_is_looked_for_in_the_head_only(tmp_path, monkeypatch):
    from claimtrack import dateparse as dates

    seen = []
    monkeypatch.setattr(dates, "find_dateline", lambda text: seen.append(len(text)))
    (tmp_path / "a.txt").write_text("x" * 100_000)
    read([tmp_path])
    assert seen == [ingest.DATELINE_WINDOW]


# ------------------------------------------------------------------ records


def test_jsonl_malformed_line_costs_only_that_line(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "published": "2025-09-04T10:00:00Z"}),
        '{"id": "b", "text": ',
        "",
        json.dumps({"id": "c", "text": "Line\u2028separator inside a JSON string is legal."}, ensure_ascii=False),
        json.dumps({"text": ARTICLE}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": 42}),
    ]
    (tmp_path / "r.jsonl").write_text("\r\n".join(lines), encoding="utf-8")
    docs, skips = read([tmp_path])
    assert list(docs) == ["r.jsonl#a", "r.jsonl#c", "r.jsonl#5"]
    assert docs["r.jsonl#a"].published == "2025-09-04"
    assert docs["r.jsonl#c"].text == "Line\u2028separator inside a JSON string is legal."
    assert one_skip(skips, "malformed JSON line").path == "r.jsonl:2"
    one_skip(skips, "not a JSON object")
    one_skip(skips, "'text' is a number")


def test_json_list_duplicates_nesting_and_surrogates(tmp_path):
    records = [{"id": "x", "text": ARTICLE}, {"id": "x", "text": ARTICLE}, {"id": 7, "text": "Bad \ud800 char here."}]
    (tmp_path / "list.json").write_text(json.dumps(records))
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "bigint.json").write_text('{"text": "a", "id": ' + "9" * 10_000 + "}")
    docs, skips = read([tmp_path])
    assert list(docs) == ["list.json#x", "list.json#7"]
    assert docs["list.json#7"].text == "Bad \ufffd char here."
    docs["list.json#7"].text.encode("utf-8")  # writable
    one_skip(skips, "duplicate record name")
    one_skip(skips, "nested too deeply")
    assert any(s.path.endswith("bigint.json") and "malformed JSON" in s.reason for s in skips)


def test_html_keeps_the_article_and_drops_scripts_and_styles(tmp_path):
    body = "".join(
        f"<p>Paragraph {i}: the agency said 40 aid trucks crossed the border on Tuesday after a long delay at the checkpoint.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Aid crosses</title><style>p { color: red } .secret {}</style>"
        "<script>var secretToken = 'do-not-extract';</script></head><body>"
        + "<div>" * 40 + "<article>" + body + "</article>" + "</div>" * 40
        + "<script>alert('tracking')</script></body></html>"
    )
    (tmp_path / "page.html").write_text(html)
    docs, skips = read([tmp_path])
    text = docs["page.html"].text
    assert "40 aid trucks" in text
    assert "secretToken" not in text and "alert(" not in text and "color: red" not in text


def test_stdin_bytes_are_decoded_like_files():
    doc = document_from_bytes("Caf\u00e9 “a” €5".encode("cp1252"))
    assert isinstance(doc, Document) and doc.encoding == "cp1252" and doc.text == "Caf\u00e9 “a” €5"
    assert isinstance(document_from_bytes(b""), Skipped)
    skipped = document_from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert isinstance(skipped, Skipped) and "binary" in skipped.reason


def test_iter_paths_never_raises_on_odd_names(tmp_path):
    weird = tmp_path / "a b\nc ünïcode ✓.txt"
    weird.write_text(ARTICLE)
    entries = list(iter_paths([tmp_path, "bad\x00name"]))
    assert entries[0] == (weird, "a b\nc ünïcode ✓.txt")
    assert isinstance(entries[1], Skipped) and entries[1].reason == "invalid path name"
