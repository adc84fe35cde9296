"""A run's results wait on disk until the actor ids are planned (claimtrack.spool): the same
records as planning over a list in memory, in the same order, and nothing left behind however
the run ends. Names and documents are invented."""

from __future__ import annotations

import copy
import errno
import importlib
import os

from typer.testing import CliRunner

from claimtrack.actorids.identity import Sightings, plan, unify
from claimtrack.cli import app
from claimtrack.models import Actor, Claim, DocumentInfo, DocumentResult, Quote, Skipped, Span
from claimtrack.spool import ResultSpool


def _result(name, actors, speaker=None):
    info = DocumentInfo(doc=name, sha256=name * 4, chars=100,
                        actors=[Actor(mentions=[Span(start=0, end=5, text="words")], **a) for a in actors])
    quote = Quote(start=0, end=5, text="words", speaker=speaker and speaker[1], speaker_id=speaker and speaker[0])
    claim = Claim(id=f"c-{name}", doc=name, kind="quote", start=0, end=5, text="words",
                  actors=[a["id"] for a in actors], quote=quote)
    return DocumentResult(document=info, claims=[claim])


FULL = {"id": "marta-quiroga-lenz", "name": "Marta Quiroga Lenz", "type": "PERSON", "aliases": ["Quiroga Lenz"]}
SHORT = {"id": "lenz", "name": "Lenz", "type": "ORG", "aliases": ["Lenz"]}
BODY = {"id": "harbour-board", "name": "Harbour Board", "type": "ORG", "aliases": ["Harbour Board"]}


def _run():
    return [_result("a.txt", [FULL, BODY]), Skipped(path="b.bin", reason="not a supported format"),
            _result("c.txt", [SHORT], speaker=("lenz", "Lenz"))]


def test_the_spool_gives_back_what_unify_makes_of_the_list_in_order(tmp_path):
    items = _run()
    expected = copy.deepcopy(items)
    unify([i for i in expected if isinstance(i, DocumentResult)])
    with ResultSpool(tmp_path) as spool:
        for item in items:
            spool.add(item)
        got = list(spool.replay())
    assert [type(i) for i in got] == [type(i) for i in expected]
    assert [i.model_dump() for i in got] == [i.model_dump() for i in expected]
    c = got[2]
    assert c.document.actors[0].id == "marta-quiroga-lenz" and c.claims[0].quote.speaker == "Marta Quiroga Lenz"
    assert os.listdir(tmp_path) == []  # the spool has no name in the folder


def test_sightings_are_one_record_per_actor_id_however_many_documents_name_it():
    s = Sightings()
    for _ in range(50):
        s.add([Actor(**BODY)])
    assert len(s.seen) == 1 and s.seen["harbour-board"].docs == 50
    assert s.plan() == plan([BODY] * 50)


def test_a_run_whose_ids_all_stand_is_given_back_untouched(tmp_path):
    items = [_result("a.txt", [BODY]), _result("b.txt", [BODY])]
    with ResultSpool(tmp_path) as spool:
        for item in items:
            spool.add(item)
        assert not spool.sightings.changes(spool.sightings.plan())
        assert [i.model_dump() for i in spool.replay()] == [i.model_dump() for i in items]


def _patched_run(monkeypatch, items):
    """`extract` over two invented files yields `items` (callables raise) without the model."""
    extract_mod = importlib.import_module("claimtrack.extract")  # the package's `extract` is the function

    def fake(*args, **kw):
        for item in items:
            yield item() if callable(item) else item

    monkeypatch.setattr(extract_mod, "iter_extract", fake)


def _interrupt():
    raise KeyboardInterrupt


def _inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in "ac":
        (src / f"{n}.txt").write_text("Ten ferries sailed.", encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "claims.json"
    out.write_text("yesterday's run\n", encoding="utf-8")
    return src, out


def test_a_run_interrupted_while_spooling_leaves_the_output_and_its_folder_as_they_were(tmp_path, monkeypatch):
    opened = []
    real_init = ResultSpool.__init__

    def spying_init(self, folder=None):
        real_init(self, folder)
        opened.append(self)

    monkeypatch.setattr(ResultSpool, "__init__", spying_init)
    _patched_run(monkeypatch, [_result("a.txt", [FULL]), _interrupt])
    src, out = _inputs(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 130, result.output
    assert out.read_text(encoding="utf-8") == "yesterday's run\n"
    assert os.listdir(out.parent) == ["claims.json"]
    assert len(opened) == 1 and opened[0].folder == str(out.parent) and opened[0]._fh is None  # closed


def test_a_run_interrupted_while_writing_leaves_the_output_and_its_folder_as_they_were(tmp_path, monkeypatch):
    from claimtrack.cli import extract_cmd

    def writer_interrupted(items, fh, *args):
        for _ in items:
            fh.write("half a record")
            raise KeyboardInterrupt

    monkeypatch.setitem(extract_cmd.WRITERS, "json", writer_interrupted)
    _patched_run(monkeypatch, _run())
    src, out = _inputs(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 130, result.output
    assert out.read_text(encoding="utf-8") == "yesterday's run\n"
    assert os.listdir(out.parent) == ["claims.json"]


def test_a_full_disk_while_spooling_says_where_and_replaces_nothing(tmp_path, monkeypatch):
    import pickle

    from claimtrack import spool as spool_mod

    class FullDisk:
        """pickle, whose second write finds the disk full."""
        HIGHEST_PROTOCOL = pickle.HIGHEST_PROTOCOL
        load = staticmethod(pickle.load)
        written = 0

        @classmethod
        def dump(cls, obj, fh, protocol=None):
            cls.written += 1
            if cls.written > 1:
                raise OSError(errno.ENOSPC, "No space left on device")
            pickle.dump(obj, fh, protocol=protocol)

    monkeypatch.setattr(spool_mod, "pickle", FullDisk)
    _patched_run(monkeypatch, _run())
    src, out = _inputs(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 2, result.output
    assert "no space left" in result.stderr and str(out.parent) in result.stderr
    assert out.read_text(encoding="utf-8") == "yesterday's run\n"
    assert os.listdir(out.parent) == ["claims.json"]


def test_every_format_writes_the_unified_run(tmp_path, monkeypatch):
    _patched_run(monkeypatch, _run())
    src, _ = _inputs(tmp_path)
    for fmt in ("json", "jsonl", "csv", "table"):
        out = tmp_path / "out" / f"claims.{fmt}"
        result = CliRunner().invoke(app, ["extract", str(src), "-f", fmt, "-o", str(out), "-q"])
        assert result.exit_code == 1, (fmt, result.output)  # one input skipped
        text = out.read_text(encoding="utf-8")
        if fmt != "table":
            assert "marta-quiroga-lenz" in text and '"lenz"' not in text and ",lenz," not in text, fmt
        assert "Marta Quiroga Lenz" in text, fmt


def test_replay_runs_with_the_collector_relaxed_and_restores_it(tmp_path):
    """The items are rebuilt with the collector relaxed (claimtrack.collector), as during
    extraction; the process's own threshold is back once the replay ends or is left early."""
    import gc

    from claimtrack.collector import GC_THRESHOLD

    before = gc.get_threshold()
    with ResultSpool(tmp_path) as spool:
        for item in _run():
            spool.add(item)
        seen = [gc.get_threshold()[0] for _ in spool.replay()]
    assert seen == [max(GC_THRESHOLD, before[0]) if before[0] else 0] * 3
    assert gc.get_threshold() == before
    with ResultSpool(tmp_path) as spool:
        for item in _run():
            spool.add(item)
        replay = spool.replay()
        next(replay)
        replay.close()  # a writer that stopped half-way
    assert gc.get_threshold() == before
