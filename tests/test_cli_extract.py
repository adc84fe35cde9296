"""`claimtrack extract` as a person uses it: exit codes, formats, stdout, stdin, the summary."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.export import CSV_COLUMNS

pytestmark = pytest.mark.model

ARTICLE = (
    "NAIROBI, May 2 (AP) - Kenya's health ministry said on Thursday that 4,300 people had been "
    "displaced by floods. \"The rains are not over,\" Health Minister Susan Nakhumicha told reporters.\n"
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def invoke(args, **kw):
    result = CliRunner().invoke(app, args, **kw)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "floods.txt").write_text(ARTICLE, encoding="utf-8")
    return d


def test_success_is_exit_0_and_writes_the_file(folder, tmp_path):
    out = tmp_path / "claims.json"
    result = invoke(["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["doc"] for d in data["documents"]] == ["floods.txt"] and data["skipped"] == []
    assert "documentsread" in squash(result.stderr) and result.stdout == ""


def test_json_to_stdout_is_clean(folder):
    result = invoke(["extract", str(folder), "-o", "-", "-f", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)  # nothing but the JSON on stdout
    assert data["schema"] == "claimtrack/claims/v1" and data["claims"]
    assert "documents read" in result.stderr


def test_jsonl_lines_each_parse(folder):
    result = invoke(["extract", str(folder), "-o", "-", "-f", "jsonl", "--quiet"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["kind"] == "document" and records[0]["doc"] == "floods.txt"
    assert len(records) > 1 and all(r["doc"] == "floods.txt" for r in records)
    assert result.stderr == ""


def test_csv_has_the_documented_columns(folder):
    result = invoke(["extract", str(folder), "-o", "-", "-f", "csv", "--quiet"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0]) == CSV_COLUMNS
    assert {r["doc"] for r in rows} == {"floods.txt"}


def test_table_format(folder):
    result = invoke(["extract", str(folder), "-f", "table", "--quiet"])
    assert result.exit_code == 0
    out = result.stdout
    assert "floods.txt" in out and "kind" in out and "claim" in out
    assert "4,300person" in squash(out)  # the quantity's value and unit (lemma of "people")
    assert "Nakhumicha" in out and "quote" in out  # the quote row names its speaker


def test_stdin_article(folder):
    result = invoke(["extract", "-", "-o", "-", "--quiet", "--published", "2024-05-02"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"][0]["doc"] == "<stdin>"
    assert data["documents"][0]["published"] == "2024-05-02"


def test_stdin_mixed_with_files_is_a_usage_error(folder, tmp_path):
    out = tmp_path / "c.json"
    out.write_text("yesterday\n")
    result = invoke(["extract", "-", str(folder), "-o", str(out)], input=ARTICLE)
    assert result.exit_code == 2, result.output
    assert "'-' (stdin) is read only when it is the only input" in " ".join(result.stderr.split())
    assert out.read_text() == "yesterday\n"


def test_empty_stdin_is_a_usage_error():
    result = invoke(["extract", "-", "-o", "-"], input="")
    assert result.exit_code == 2 and "stdin is empty" in result.stderr


def test_stdin_binary_bytes_never_give_a_traceback():
    result = invoke(["extract", "-", "-o", "-", "--quiet"], input=b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\xc3")
    # nothing readable: nothing written, exit 2 (issue 14)
    assert result.exit_code == 2 and result.stdout == "" and "nothing written" in result.stderr


def test_stdin_legacy_encoding_is_detected():
    text = "The bank said “inflation is falling” and pledged €100 million on Monday."
    result = invoke(["extract", "-", "-o", "-", "--quiet", "--include-text"], input=text.encode("cp1252"))
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["text"] == text and doc["encoding"] == "cp1252"


def test_skips_are_listed_with_reasons_and_exit_1(folder, tmp_path):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    out = tmp_path / "claims.json"
    result = invoke(["extract", str(folder), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1
    shown = squash(result.stderr)
    for name, reason in (("empty.txt", "empty file"), ("image.txt", "binary file (PNG image)"),
                         ("missing.txt", "no such file or folder")):
        assert squash(f"{name}: {reason}") in shown, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["skipped"]) == 3 and [d["doc"] for d in data["documents"]] == ["floods.txt"]


def test_skips_to_stdout_keep_stdout_clean(folder):
    (folder / "empty.txt").write_bytes(b"")
    result = invoke(["extract", str(folder), "-o", "-"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["skipped"][0]["reason"] == "empty file"
    assert "empty file" in result.stderr


def test_only_skipped_inputs_is_exit_2_and_writes_nothing(tmp_path):
    result = invoke(["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "c.json")])
    assert result.exit_code == 2
    assert "nosuchfileorfolder" in squash(result.stderr)
    assert not (tmp_path / "c.json").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["-f", "xml"], "xml"),
        (["--published", "someday"], "not a date"),
        (["--published", "04/09/2025"], "not a date written YYYY-MM-DD"),  # day or month first?
        (["--published", "Sept. 4, 2025"], "not a date written YYYY-MM-DD"),
        (["--published", "2025-02-30"], "'2025-02-30' is not a day of the calendar"),  # written right: say so
        (["--published", "0001-01-01"], "between 1000-01-01 and 9999-12-31"),
        (["-o", "/no/such/folder/out.json"], "does not exist"),
        (["--max-chars", "5"], "--max-chars"),
    ],
)
def test_usage_errors_are_exit_2(folder, args, message):
    result = invoke(["extract", str(folder), *args])
    assert result.exit_code == 2, result.output
    assert squash(message) in squash(result.output)


def test_no_paths_is_a_usage_error():
    assert invoke(["extract"]).exit_code == 2


def test_quiet_prints_nothing_on_success(folder, tmp_path):
    result = invoke(["extract", str(folder), "-o", str(tmp_path / "c.json"), "--quiet"])
    assert result.exit_code == 0 and result.output == ""


def test_markup_like_file_names_are_shown_verbatim(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "[bold]x[not a style].txt").write_bytes(b"")
    result = invoke(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "c.json")])
    assert result.exit_code == 2  # nothing readable (issue 14)
    assert squash("[bold]x[not a style].txt") in squash(result.stderr), result.stderr
