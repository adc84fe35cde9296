"""`claimtrack diff` through the CLI: formats, exit codes, offsets into the real texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
runner = CliRunner()

FLOOD_A = "Officials said 12 people were killed when floods swept through Valencia on Tuesday, October 29, 2024.\n"
FLOOD_B = "The floods that swept through Valencia on Tuesday, October 29, 2024, killed 45 people, officials said.\n"
FLOOD_C = "Officials said 12 people were killed when floods swept through Valencia on Tuesday, October 29, 2024, and more are missing.\n"


def run(*args):
    return runner.invoke(app, ["diff", *map(str, args)])


def test_missing_file_is_a_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(FLOOD_A, encoding="utf-8")
    res = run(tmp_path / "a.txt", tmp_path / "nope.txt")
    assert res.exit_code == 2
    assert "no such file" in res.stderr and "Traceback" not in res.stderr + res.stdout
    assert len(res.stderr.strip().splitlines()) == 1


@pytest.mark.model
def test_a_folder_with_one_article_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(FLOOD_A, encoding="utf-8")
    res = run(tmp_path)
    assert res.exit_code == 2
    assert "at least two" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.model
def test_conflicting_tolls_exit_1_with_contract_json(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FLOOD_A, encoding="utf-8")
    b.write_text(FLOOD_B, encoding="utf-8")
    res = run(a, b, "-f", "json")
    assert res.exit_code == 1, res.stderr
    out = json.loads(res.stdout)
    assert out["schema"] == "claimtrack/diff/v1" and out["a"] == "a.txt" and out["b"] == "b.txt"
    conflicts = [m for m in out["matches"] if m["status"] == "conflict"]
    assert [(m["a"]["text"], m["b"]["text"]) for m in conflicts] == [("12 people", "45 people")]
    for m in out["matches"]:
        assert FLOOD_A[m["a"]["start"]:m["a"]["end"]] == m["a"]["text"]
        assert FLOOD_B[m["b"]["start"]:m["b"]["end"]] == m["b"]["text"]


@pytest.mark.model
def test_agreeing_articles_exit_0_and_write_a_file(tmp_path):
    a, c = tmp_path / "a.txt", tmp_path / "c.txt"
    a.write_text(FLOOD_A, encoding="utf-8")
    c.write_text(FLOOD_C, encoding="utf-8")
    target = tmp_path / "diff.jsonl"
    res = run(a, c, "-f", "jsonl", "-o", target)
    assert res.exit_code == 0, res.stderr
    lines = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert lines and all(line["status"] == "agree" for line in lines)
    assert {line["kind"] for line in lines} >= {"quantity"}


@pytest.mark.model
def test_table_for_people(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FLOOD_A, encoding="utf-8")
    b.write_text(FLOOD_B, encoding="utf-8")
    res = run(a, b, "-f", "table")
    assert res.exit_code == 1
    assert "conflict" in res.stdout and "12 people" in res.stdout and "45 people" in res.stdout
    assert "1 conflict" in res.stderr


@pytest.mark.model
@pytest.mark.skipif(not (SEEDS / "000_db0eeab38ea5c496.txt").exists(), reason="seed articles not present")
def test_seed_folder_groups_facts_and_never_calls_gold_related_a_conflict():
    res = run(SEEDS, "-f", "json")
    assert res.exit_code in (0, 1), res.stderr
    out = json.loads(res.stdout)
    assert out["schema"] == "claimtrack/diff-many/v1" and len(out["documents"]) == 5
    texts = {p.name: p.read_text("utf-8") for p in SEEDS.glob("*.txt")}
    for fact in out["facts"]:
        assert len({v["doc"] for v in fact["versions"]}) >= 2
        for v in fact["versions"]:
            assert texts[v["doc"]][v["start"]:v["end"]] == v["text"]
    gold = json.loads((ROOT / "data/gold/seeds/pairs.gold.json").read_text("utf-8"))
    for pair in out["pairs"]:
        related = [f for g in gold if (g["a"], g["b"]) == (pair["a"], pair["b"]) for f in g["facts"]
                   if f["status"] == "related"]
        for m in pair["matches"]:
            if m["status"] != "conflict":
                continue
            for f in related:
                assert not (m["a"]["start"] < f["a_end"] and f["a_start"] < m["a"]["end"]
                            and m["b"]["start"] < f["b_end"] and f["b_start"] < m["b"]["end"]), f["about"]


@pytest.mark.model
def test_diff_reads_claims_files_written_by_extract(tmp_path):
    (tmp_path / "a.txt").write_text(FLOOD_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FLOOD_B, encoding="utf-8")
    for name in ("a", "b"):
        res = runner.invoke(app, ["extract", str(tmp_path / f"{name}.txt"), "-o", str(tmp_path / f"{name}.claims.json"), "-q"])
        assert res.exit_code == 0, res.output
    direct = run(tmp_path / "a.txt", tmp_path / "b.txt", "-f", "json", "--no-cache")
    read_back = run(tmp_path / "a.claims.json", tmp_path / "b.claims.json", "-f", "json")
    assert read_back.exit_code == direct.exit_code
    assert json.loads(read_back.stdout)["matches"] == json.loads(direct.stdout)["matches"]
    broken = tmp_path / "bad.json"
    broken.write_text('{"schema": "claimtrack/claims/v1", "claims": [', encoding="utf-8")
    res = run(broken, tmp_path / "a.txt")
    assert res.exit_code == 2 and "claims file" in res.stderr


@pytest.mark.model
def test_a_diff_served_from_the_cache_never_loads_the_model(tmp_path, monkeypatch):
    """The second diff of two unchanged articles reads both from the result cache: the model
    (about two seconds of a fresh process) is not loaded, and the report is the same."""
    import claimtrack.nlp as nlp_mod

    (tmp_path / "a.txt").write_text("A ferry carrying 312 passengers ran aground off the coast on Sunday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The ferry that ran aground on Sunday carried 318 passengers, the coastguard said.\n",
                                    encoding="utf-8")
    args = [tmp_path / "a.txt", tmp_path / "b.txt", "-f", "json", "--cache-dir", tmp_path / "cache"]
    first = run(*args)
    assert first.exit_code in (0, 1), first.output

    def no_model(*_a, **_k):
        raise AssertionError("the model was loaded although both articles were cached")

    monkeypatch.setattr(nlp_mod, "load", no_model)
    again = run(*args)
    assert again.exit_code == first.exit_code, again.output
    assert again.stdout == first.stdout
