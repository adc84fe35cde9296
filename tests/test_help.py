"""Help that reads well: paragraphs that reflow, every --format's choices, what --db does with a
missing file, fact ids kept whole in tables, and a model-loading status before the progress bar."""

from __future__ import annotations

import io
import re

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

import ledger_data
from claimtrack.cli import app


def _commands(cmd=None, path=()):
    cmd = cmd or typer.main.get_command(app)
    subs = getattr(cmd, "commands", {})
    if not subs:
        yield path, cmd
    for name, sub in subs.items():
        yield from _commands(sub, path + (name,))


COMMANDS = dict(_commands())


def _help(path, width=200) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], terminal_width=width, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_help_paragraphs_have_no_hard_line_breaks(path):
    cmd = COMMANDS[path]
    texts = [("help", cmd.help or ""), ("epilog", cmd.epilog or "")]
    texts += [(p.name, getattr(p, "help", None) or "") for p in cmd.params]
    for where, text in texts:
        for para in text.strip("\n").split("\n\n"):
            lines = para.split("\n")
            if len(lines) > 1:  # only an indented block (examples) keeps its lines
                assert all(line.startswith("  ") for line in lines[1:]) and lines[0].startswith("  "), (where, para)


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_help_shows_every_option_text_whole(path):
    """Rich markup must not eat text: 'claimtrack[postgres]' is an extra, not a style."""
    shown = _flat(_help(path))
    for p in COMMANDS[path].params:
        if getattr(p, "help", None) and not getattr(p, "hidden", False):
            assert " ".join(p.help.replace("\\[", "[").split()) in shown, p.help


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_flags_show_no_value_placeholder(path):
    assert "<bool>" not in _help(path)


@pytest.mark.parametrize("path", sorted(p for p, c in COMMANDS.items() if any("--format" in q.opts for q in c.params)),
                         ids=" ".join)
def test_every_format_option_lists_its_choices(path):
    param = next(q for q in COMMANDS[path].params if "--format" in q.opts)
    kind = getattr(param, "type", None) or getattr(param, "type_descriptor", None)  # click / Typer 0.2x
    choices = [getattr(c, "value", c) for c in getattr(kind, "choices", None) or []]
    assert len(choices) >= 2, path
    shown = _flat(_help(path))
    assert "<" + "|".join(choices) + ">" in shown or "[" + "|".join(choices) + "]" in shown
    for choice in choices:
        assert re.search(rf"\b{choice}\b", param.help), (path, choice)


def test_db_help_says_what_each_command_does_with_a_missing_file():
    with_db = {p: c for p, c in COMMANDS.items() if any("--db" in q.opts for q in c.params)}
    assert {("track", "add"), ("facts",), ("timeline",), ("track", "info"), ("track", "export")} <= set(with_db)
    for path, cmd in with_db.items():
        text = next(q for q in cmd.params if "--db" in q.opts).help
        if path == ("track", "add"):
            assert "created when missing" in text
        else:
            assert "created" not in text and "must exist" in text, (path, text)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ledger_data.build(tmp_path_factory.mktemp("ledger") / "l.db")


def test_cache_dir_help_says_the_derived_tables_follow_it():
    """A run's --cache-dir holds its derived tables too (the behaviour is test_table_cache's): each
    command's --cache-dir help names the tables."""
    for path in (("extract",), ("track", "add"), ("diff",), ("cache", "clear"), ("cache", "info")):
        text = next(q for q in COMMANDS[path].params if "--cache-dir" in q.opts).help
        assert "tables" in text, (path, text)


def test_fact_ids_stay_whole_in_an_80_column_table(db):
    import json

    ids = [f["id"] for f in json.loads(CliRunner().invoke(app, ["facts", "--db", db, "-f", "json"]).stdout)["facts"]]
    assert ids
    result = CliRunner().invoke(app, ["facts", "--db", db], terminal_width=80, env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    for fid in ids:
        assert fid in result.stdout, fid
    timeline = CliRunner().invoke(app, ["timeline", "fishing", "--db", db], terminal_width=80, env={"COLUMNS": "80"})
    assert all(len(line) <= 80 for line in timeline.stdout.splitlines())
    rows = [line for line in timeline.stdout.splitlines() if "fishing boats" in line and line.startswith("│")]
    assert len(rows) == 3  # one line per version: nothing wraps


def test_progress_says_it_is_loading_the_model_before_the_first_document():
    from claimtrack.cli.extract_cmd import make_progress

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=100)
    progress, task, on_item = make_progress(console, total=3, enabled=True)
    with progress:
        progress.refresh()
        first = buf.getvalue()
        assert "loading the model" in first and "0/3" in first
        from claimtrack.models import DocumentInfo, DocumentResult

        on_item(DocumentResult(document=DocumentInfo(doc="a.txt", sha256="0" * 64)))
        progress.refresh()
        assert "extracting" in buf.getvalue()[len(first):]
