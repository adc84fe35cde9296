"""One extractor failing never costs the others' results (issue 14, item 6).

A failure is reported per document (a `skipped` entry naming the document and the extractor,
the summary, exit code 1) and the incomplete result is never cached. Also the two inputs that
made extractors fail or go quiet: a number of thousands of digits, and sentinel publication
dates at the ends of the calendar.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.dateparse import find_dates

pytestmark = pytest.mark.model

TEXT = (
    "Officials said on Tuesday, October 29, 2024 that 12 people were killed in Valencia. "
    "\"We have never seen water like this,\" said Carlos Mazon, the regional president.\n"
)


def invoke(args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def kinds(data):
    return {
        "quantities": [q["text"] for c in data["claims"] for q in c["quantities"]],
        "dates": [d["text"] for c in data["claims"] for d in c["dates"]],
        "quotes": [c["quote"]["text"] for c in data["claims"] if c["quote"]],
        "actors": [a["id"] for d in data["documents"] for a in d["actors"]],
    }


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_extractor_costs_only_its_own_results(tmp_path, monkeypatch, jobs):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "flood.txt").write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "cache"
    good = invoke(["extract", folder, "-o", "-", "--jobs", "1", "--no-cache"])
    assert good.exit_code == 0
    expected = kinds(json.loads(good.stdout))
    assert all(expected.values()), expected

    from claimtrack.pipeline.quantities import QuantityFinder

    def broken(self, doc):
        raise RuntimeError("simulated bug in the quantity finder")

    monkeypatch.setattr(QuantityFinder, "__call__", broken)
    if jobs == "2":  # the spawned workers would not see the patch: run the worker code here
        from claimtrack import runner

        monkeypatch.setattr(runner, "PARALLEL_MIN_DOCS", 10**9)
    result = invoke(["extract", folder, "-o", "-", "--jobs", jobs, "--cache-dir", cache])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    got = kinds(data)
    assert got["quantities"] == []
    assert got["dates"] == expected["dates"] and got["quotes"] == expected["quotes"]
    assert got["actors"] == expected["actors"]
    assert [d["doc"] for d in data["documents"]] == ["flood.txt"]
    (skip,) = data["skipped"]
    assert skip["path"] == "flood.txt"
    assert "quantities: RuntimeError: simulated bug" in skip["reason"] and "other claims are kept" in skip["reason"]
    assert "quantities" in " ".join(result.stderr.split())

    monkeypatch.undo()  # the bug is fixed: the incomplete result was never cached
    again = invoke(["extract", folder, "-o", "-", "--jobs", "1", "--cache-dir", cache])
    assert again.exit_code == 0
    assert kinds(json.loads(again.stdout)) == expected


def test_failure_in_a_worker_process_is_reported(monkeypatch):
    """run_batch (what workers and Dask map) carries failures across the process boundary."""
    from claimtrack import runner
    from claimtrack.ingest import document_from_text
    from claimtrack.pipeline.dates import DateFinder

    def broken(self, doc):
        raise ValueError("simulated date bug")

    monkeypatch.setattr(DateFinder, "__call__", broken)
    dumps = runner.run_batch(([runner.document_to_data(document_from_text(TEXT, name="a.txt"))], False, 10_000))
    assert dumps[0]["_failures"] == ["dates: ValueError: simulated date bug"]
    assert all(not c["dates"] for c in dumps[0]["claims"])
    assert any(c["quantities"] for c in dumps[0]["claims"])


def test_a_number_of_thousands_of_digits_costs_nothing_else(tmp_path):
    text = TEXT + "The serial number was " + "7" * 4400 + " and 300 homes were flooded.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = invoke(["extract", tmp_path / "a.txt", "-o", "-", "--no-cache"])
    assert result.exit_code == 0, result.output
    quantities = kinds(json.loads(result.stdout))["quantities"]
    assert "12 people" in quantities and "300 homes" in quantities
    assert not any("7777" in q for q in quantities)


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "9999-12-25"])
def test_sentinel_publication_dates_keep_absolute_dates(published):
    text = "On March 3, 2024 the ministers met; tomorrow, next month and next year they act, and in 2025.\n"
    found = {d.text: d.iso for d in find_dates(text, published)}
    assert found["March 3, 2024"] == "2024-03-03" and found["2025"] == "2025"
    for iso in found.values():
        assert iso is None or (len(iso.split("-")[0]) == 4 and iso[:4] != "0000"), found
    assert found["next year"] is None if published.startswith("9999") else True


def test_track_add_does_not_file_a_document_an_extractor_failed_on(tmp_path, monkeypatch):
    from claimtrack.pipeline.quantities import QuantityFinder

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "flood.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "claims.db"
    real = QuantityFinder.__call__

    def broken(self, doc):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(QuantityFinder, "__call__", broken)
    result = invoke(["track", "add", tmp_path / "in", "--db", db, "--no-cache", "--jobs", "1"])
    assert result.exit_code == 1
    assert "0 new" in result.stderr and "not filed in the ledger" in " ".join(result.stderr.split())
    monkeypatch.setattr(QuantityFinder, "__call__", real)
    fixed = invoke(["track", "add", tmp_path / "in", "--db", db, "--no-cache", "--jobs", "1"])
    assert fixed.exit_code == 0 and "1 new" in fixed.stderr, fixed.stderr


def _gold_folder(tmp_path):
    """One article and its gold: a count the frames component frames."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "ferry.txt").write_text("The harbour board said 40 ferries would be repainted before winter.\n", encoding="utf-8")
    (gold / "ferry.txt.gold.json").write_text(json.dumps({
        "doc": "ferry.txt",
        "quantities": [{"start": 23, "end": 33, "text": "40 ferries", "value": 40, "unit": "ferry"}],
    }), encoding="utf-8")
    return gold


def test_the_evaluation_warns_of_a_frames_component_that_failed(tmp_path, monkeypatch):
    """`claimtrack eval` (and bench/first_contact.py through it) extracted without the runner's
    report: a frames component that raised left a document's records without frames, its pair
    facts aligned without them, and nothing said why."""
    from claimtrack import evaluate
    from claimtrack.pipeline import frames

    gold = _gold_folder(tmp_path)
    assert evaluate.evaluate(gold).warnings == []

    def broken(doc):
        raise RuntimeError("simulated bug in the clause walk")

    monkeypatch.setattr(frames, "build_frames", broken)
    expected = ["document ferry.txt: extractor failed (frames: RuntimeError: simulated bug in the clause walk); "
                "the document's other claims are kept"]
    report = evaluate.evaluate(gold)
    assert report.warnings == expected
    assert report.scores["quantities"].tp == 1  # the other extractors' results are still scored
    # and through the result cache, where the failure came as a skipped document and stopped the run
    made = evaluate.extract_gold(gold, cache=tmp_path / "cache")
    assert evaluate.evaluate(gold, extracted=made).warnings == expected
