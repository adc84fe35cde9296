"""claimtrack's components used the spaCy way: declared requires/assigns, entry points, and a
pipeline that survives `nlp.to_disk()` -> `spacy.load()` with identical records."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from claimtrack.ingest import document_from_text

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = "2025-09-04"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))][:3]
    texts.append(
        "PARIS (Reuters) - French President Emmanuel Macron said on Thursday that 26 nations had "
        "pledged troops. \u201cWe are ready,\u201d he told reporters. The EU's foreign ministry "
        "said \u20ac800 billion ($843 billion) would be spent by 2030."
    )
    return texts


def _docs(nlp, texts: list[str], **pipe_options) -> list:
    """Each text through the pipeline, as extract runs it (published date and text set up front)."""
    from claimtrack.pipeline.extensions import PUBLISHED as PUB, TEXT

    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.set(PUB, PUBLISHED)
        doc._.set(TEXT, text)
        docs.append(doc)
    return list(nlp.pipe(docs, **pipe_options))


def _results(texts: list[str], docs: list) -> list[dict]:
    """The records of each processed Doc, as JSON data."""
    from claimtrack.records import build_result

    out = []
    for i, doc in enumerate(docs):
        document = document_from_text(texts[i], name=f"doc{i}", published=PUBLISHED)
        out.append(build_result(document, doc).model_dump(mode="json"))
    return out


def _records(nlp, texts: list[str]) -> list[dict]:
    return _results(texts, _docs(nlp, texts))


def _span_groups(doc) -> dict:
    return {key: [(s.start, s.end, s.label_, s.kb_id_) for s in group] for key, group in doc.spans.items()}


def _claimtrack_pipes(nlp) -> list[str]:
    return [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory.startswith("claimtrack_")]


def _first_difference(got: list, expected: list) -> str:
    """Where the loaded pipeline's records first differ, and the package files changed since the
    session started: the fresh interpreter imports the package as it is on disk now, so a file
    edited while the suite runs (a worktree being worked in) makes the two differ."""
    from conftest import changed_since_start

    where = "?"
    for i, (g, e) in enumerate(zip(got, expected)):
        if g != e:
            keys = [k for k in e if g.get(k) != e.get(k)] if isinstance(e, dict) else []
            where = f"document {i}, fields {keys}: {json.dumps(g)[:600]} != {json.dumps(e)[:600]}"
            break
    changed = changed_since_start(ROOT / "claimtrack")
    return where + (f"; changed on disk during the run: {changed}" if changed else "")


def test_the_default_pipeline_is_loaded_once_per_process(nlp):
    """`load()` (the tests' fixture) and `load(None)` (what extract passes without --model) are
    one pipeline, not two models in memory."""
    from claimtrack import nlp as nlp_mod

    assert nlp_mod.load(None) is nlp_mod.load() is nlp


def test_every_factory_declares_requires_and_assigns(nlp):
    names = _claimtrack_pipes(nlp)
    assert len(names) >= 6, names  # four extractors + the two faster model components
    for name in names:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, f"{meta.factory} assigns nothing"
        assert meta.requires, f"{meta.factory} requires nothing"


def test_every_factory_has_a_spacy_factories_entry_point(nlp):
    declared = {e.name: e.value for e in entry_points(group="spacy_factories")}
    for name in _claimtrack_pipes(nlp):
        factory = nlp.get_pipe_meta(name).factory
        assert factory in declared, f"no spacy_factories entry point for {factory}"
        module, _, attr = declared[factory].partition(":")
        assert getattr(__import__(module, fromlist=[attr]), attr) is not None


def test_saved_pipeline_loads_with_plain_spacy_and_gives_identical_records(nlp, tmp_path):
    """`spacy.load` in a fresh interpreter, before claimtrack is imported: the entry points find
    the factories, and the look-up AttributeRuler and lemmatizer come back with their rules."""
    path = tmp_path / "pipeline"
    nlp.to_disk(path)
    texts = _texts()
    expected = _records(nlp, texts)
    code = (
        "import json, sys, spacy\n"
        "assert not any(m.split('.')[0] == 'claimtrack' for m in sys.modules)\n"
        f"nlp = spacy.load({str(path)!r})\n"
        "sys.path.insert(0, {tests!r})\n"
        "from test_spacy_way import _records\n"
        "texts = json.load(sys.stdin)\n"
        "records = _records(nlp, texts)\n"
        "print(json.dumps({'records': records, 'word_index': len(nlp.get_pipe('claimtrack_actors').vocab)}))\n"
    ).replace("{tests!r}", repr(str(Path(__file__).parent)))
    run = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    loaded = json.loads(run.stdout)
    got = loaded["records"]
    assert got == expected, _first_difference(got, expected)
    # the actors' word index comes from the lemmatizer, whose tables a loaded pipeline reads after
    # the actor component is built: it was empty there (fixed by reading it on first use)
    assert loaded["word_index"] == len(nlp.get_pipe("claimtrack_actors").vocab) > 10_000
    assert "no word index" not in run.stderr, run.stderr[-2000:]
    assert any(claim["quote"] for result in got for claim in result["claims"])
    assert all(result["document"]["actors"] for result in got)
    from claimtrack.actorids.gazetteer import TABLE_FILES

    assert all((path / "claimtrack_actors" / name).is_file() for name in TABLE_FILES)  # the gazetteer's tables
    from claimtrack.pipeline.quantities import TABLE_FILES as QUANTITY_TABLES

    assert all((path / "claimtrack_quantities" / name).is_file() for name in QUANTITY_TABLES)
    from claimtrack.pipeline.quotes.component import TABLE_FILES as QUOTE_TABLES

    assert all((path / "claimtrack_quotes" / name).is_file() for name in QUOTE_TABLES)
    from claimtrack.pipeline.dates import DateFinder
    from claimtrack.pipeline.frames import TABLE_FILES as FRAME_TABLES

    assert all((path / "claimtrack_frames" / name).is_file() for name in FRAME_TABLES)
    assert all((path / "claimtrack_dates" / name).is_file() for name in DateFinder.TABLE_FILES)


def test_the_gazetteer_comes_from_the_tables_saved_with_the_pipeline(nlp, tmp_path):
    """ActorFinder.to_disk saves the table files it is built from; from_disk builds it from the
    saved copy, so an edited table changes what a loaded pipeline finds, and an unedited one
    gives the package's own gazetteer."""
    from claimtrack.pipeline.actors.component import ActorFinder
    from claimtrack.actorids.gazetteer import load_tables

    text = "Harborline said on Monday that 40 ferries were cancelled, a spokesman for Harborline told reporters."
    saved = tmp_path / "actors"
    nlp.get_pipe("claimtrack_actors").to_disk(saved)
    assert ActorFinder(nlp).from_disk(saved).tables is load_tables()
    table = json.loads((saved / "organisations.json").read_text(encoding="utf-8"))
    table["organisations"].append({"name": "Harborline Ferry Authority", "aliases": ["Harborline"]})
    (saved / "organisations.json").write_text(json.dumps(table), encoding="utf-8")
    assert "Harborline Ferry Authority" not in {a["name"] for a in nlp(text)._.ct_actors}
    edited = ActorFinder(nlp).from_disk(saved)
    assert ("Harborline Ferry Authority", "ORG") in {(a["name"], a["type"]) for a in edited(nlp(text))._.ct_actors}
    again = tmp_path / "again"
    edited.to_disk(again)  # the edited tables are what it saves
    assert json.loads((again / "organisations.json").read_text(encoding="utf-8")) == table


def test_components_leave_plain_data_and_span_groups(nlp):
    doc = _docs(nlp, _texts()[-1:])[0]
    for name in ("ct_actors", "ct_actor_spans", "ct_quantities", "ct_dates", "ct_quotes"):
        value = doc._.get(name)
        assert value and json.loads(json.dumps(value)) == value, name  # JSON data, nothing else
    groups = _span_groups(doc)
    for key in ("ct_actors", "ct_quantities", "ct_dates", "ct_quotes"):
        assert groups.get(key), key
    assert ("PERSON", "emmanuel-macron") in {(label, kb) for _, _, label, kb in groups["ct_actors"]}
    assert {label for _, _, label, _ in groups["ct_quantities"]} == {"QUANTITY"}
    spans = {(s, e) for s, e, _ in doc._.ct_actor_spans}
    for start, end, _, _ in groups["ct_actors"]:  # token-aligned, covering a mention exactly or more
        assert any(doc[start].idx <= s and e <= doc[end - 1].idx + len(doc[end - 1]) for s, e in spans)


def test_docbin_round_trip_keeps_records_and_span_groups(nlp):
    from spacy.tokens import DocBin

    texts = _texts()
    docs = _docs(nlp, texts)
    expected = _results(texts, docs)
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert _results(texts, restored) == expected
    assert [_span_groups(d) for d in restored] == [_span_groups(d) for d in docs]


def test_pipe_with_two_processes_gives_the_same_records(nlp):
    texts = _texts()
    assert _results(texts, _docs(nlp, texts, n_process=2, batch_size=2)) == _records(nlp, texts)


@pytest.mark.parametrize("module, target", [
    ("claimtrack.pipeline.actors.component", "ActorFinder._find"),
    ("claimtrack.pipeline.quotes.component", "QuoteFinder._find"),
    ("claimtrack.pipeline.quantities", "QuantityFinder.find"),
    ("claimtrack.pipeline.dates", "find_dates"),
    ("claimtrack.pipeline.frames", "build_frames"),
])
def test_components_let_errors_through(nlp, monkeypatch, module, target):
    """A bug in a component is an error the caller sees (the runner reports it with the
    document's name and keeps the other extractors' results), never an empty result."""
    import importlib

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    owner = importlib.import_module(module)
    name = target
    if "." in target:
        cls, name = target.split(".")
        owner = getattr(owner, cls)
    monkeypatch.setattr(owner, name, broken)
    with pytest.raises(RuntimeError, match="simulated bug"):
        nlp("\u201cWe are ready,\u201d French President Emmanuel Macron said on Thursday of the 26 nations.")


def test_components_build_no_pydantic_records(nlp, monkeypatch):
    """The components hand plain data to records.py, the only place records are built: running
    the whole pipeline constructs no pydantic model (building the records afterwards does)."""
    import pydantic

    built: list[str] = []
    real_init = pydantic.BaseModel.__init__

    def spy(self, /, **data):
        built.append(type(self).__name__)
        real_init(self, **data)

    monkeypatch.setattr(pydantic.BaseModel, "__init__", spy)
    texts = _texts()
    docs = _docs(nlp, texts)
    assert built == []
    assert all(doc._.ct_quantities and doc._.ct_dates for doc in docs[3:])
    _results(texts[3:], docs[3:])
    assert built  # the spy sees construction (records.py's DocumentInfo, Claim ...)


def test_no_pipeline_module_imports_the_models():
    """The spaCy components and the text parsers know plain data only (claimtrack.models is the
    records' shape, built in records.py)."""
    import ast

    pkg = ROOT / "claimtrack"
    paths = sorted((pkg / "pipeline").rglob("*.py")) + sorted((pkg / "parsers").rglob("*.py")) + [pkg / "dateparse.py"]
    offenders = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "models":
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_quantity_qualifier_tables_fit_the_model():
    """The component no longer validates each quantity: every qualifier it can emit (the
    qualifier table, the hyphen suffixes and the bound words in parsers/numbers.py) must be one the
    model accepts, or records.py would refuse the document."""
    from typing import get_args

    from claimtrack.models import Qualifier
    from claimtrack.tables import load_json

    allowed = set(get_args(Qualifier))
    emitted = set(load_json("qualifiers.json")["qualifiers"].values())
    emitted |= {v for v in load_json("quantity_context.json")["hyphen_suffixes"].values() if v}
    emitted |= {"at_least", "at_most"}  # parsers/numbers.py's "N or more" / "N or fewer"
    assert emitted <= allowed


def test_the_quantity_tables_come_from_those_saved_with_the_pipeline(nlp, tmp_path):
    """QuantityFinder.to_disk saves the table files it compiles; from_disk builds them from the
    saved copy, so an edited unit table changes what a loaded pipeline finds, and an unedited one
    gives the package's own tables (the same object, built once per process)."""
    from claimtrack.pipeline.quantities import TABLE_FILES, QuantityFinder, _ctx

    text = "The reactor produced 40 qz of output in March, the operator said."
    saved = tmp_path / "quantities"
    nlp.get_pipe("claimtrack_quantities").to_disk(saved)
    assert sorted(p.name for p in saved.iterdir()) == sorted(TABLE_FILES)
    assert QuantityFinder().from_disk(saved).ctx is _ctx()
    table = json.loads((saved / "units.json").read_text(encoding="utf-8"))
    assert "qz" not in table["symbols"]
    table["symbols"]["qz"] = "quzzle"
    (saved / "units.json").write_text(json.dumps(table), encoding="utf-8")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "claimtrack_quantities":
            doc = proc(doc)
    before = [q.unit for q in QuantityFinder().find(doc)]
    edited = QuantityFinder().from_disk(saved)
    after = [q.unit for q in edited.find(doc)]
    assert "quzzle" not in before and "quzzle" in after, (before, after)
    again = tmp_path / "again"
    edited.to_disk(again)  # the edited tables are what it saves
    assert json.loads((again / "units.json").read_text(encoding="utf-8")) == table



def test_the_quote_tables_come_from_those_saved_with_the_pipeline(nlp, tmp_path):
    """QuoteFinder.to_disk saves the table files it is built from; from_disk builds them from the
    saved copy, so a speech verb added to the saved table makes a loaded pipeline attribute a
    quote it did not, and an unedited copy gives the package's own tables."""
    from claimtrack.pipeline.quotes.component import TABLE_FILES, QuoteFinder
    from claimtrack.tables import speech_verbs

    text = 'Maria Lopez zorbled that "the dam will hold for another hundred years" at the meeting.'
    saved = tmp_path / "quotes"
    nlp.get_pipe("claimtrack_quotes").to_disk(saved)
    assert sorted(p.name for p in saved.iterdir()) == sorted(TABLE_FILES)
    unedited = QuoteFinder(nlp).from_disk(saved)
    assert (unedited.strong, unedited.weak) == speech_verbs() and unedited.strong is speech_verbs()[0]
    (saved / "speech_verbs.txt").write_text((saved / "speech_verbs.txt").read_text(encoding="utf-8") + "zorble\n",
                                            encoding="utf-8")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "claimtrack_quotes":
            doc = proc(doc)
    before = [q["speaker"] for q in QuoteFinder(nlp).find(doc)]
    edited = QuoteFinder(nlp).from_disk(saved)
    after = [q["speaker"] for q in edited.find(doc)]
    assert before == [None] and after == ["Maria Lopez"], (before, after)
    again = tmp_path / "again"
    edited.to_disk(again)  # the edited tables are what it saves
    assert (again / "speech_verbs.txt").read_text(encoding="utf-8").endswith("zorble\n")


def test_the_frame_tables_come_from_those_saved_with_the_pipeline(nlp, tmp_path):
    """FrameBuilder.to_disk saves the tables the frames are read with; from_disk reads them back,
    so a refusal verb added to the saved polarity table makes a loaded pipeline's statement
    negative, while the session's own pipeline (the package's tables) is unchanged by it."""
    from claimtrack.pipeline.frames import TABLE_FILES, FrameBuilder

    text = "The regional board mothballed the old ferry terminal last week."
    saved = tmp_path / "frames"
    nlp.get_pipe("claimtrack_frames").to_disk(saved)
    assert sorted(p.name for p in saved.iterdir()) == sorted(TABLE_FILES)
    assert FrameBuilder().from_disk(saved).tables is None  # unedited: the package's own
    table = json.loads((saved / "polarity.json").read_text(encoding="utf-8"))
    assert "mothball" not in table["negative"]
    table["negative"].append("mothball")
    (saved / "polarity.json").write_text(json.dumps(table), encoding="utf-8")
    edited = FrameBuilder().from_disk(saved)

    def polarity(builder) -> str:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            doc = builder(doc) if name == "claimtrack_frames" else proc(doc)
        return next(f["frame"]["polarity"] for f in doc._.ct_frames if f["kind"] == "statement")

    assert polarity(edited) == "negative"
    assert polarity(nlp.get_pipe("claimtrack_frames")) == "positive"  # nothing leaks between pipelines
    again = tmp_path / "again"
    edited.to_disk(again)  # the edited tables are what it saves
    assert json.loads((again / "polarity.json").read_text(encoding="utf-8")) == table


def test_the_date_tables_are_saved_with_the_pipeline_and_an_edited_copy_is_refused(nlp, tmp_path):
    """DateFinder.to_disk saves the tables the date parser is built from; from_disk takes an
    unedited copy, and refuses an edited one in one line that names the file (the parser is
    compiled from the package's tables, so an edit could not take effect silently)."""
    from claimtrack.pipeline.dates import DateFinder

    saved = tmp_path / "dates"
    nlp.get_pipe("claimtrack_dates").to_disk(saved)
    assert sorted(p.name for p in saved.iterdir()) == sorted(DateFinder.TABLE_FILES)
    doc = nlp("The ferry service resumed on 14 March 2031, the operator said.")
    loaded = DateFinder().from_disk(saved)
    assert [d["iso"] for d in loaded(doc)._.ct_dates] == ["2031-03-14"]
    table = json.loads((saved / "dates.json").read_text(encoding="utf-8"))
    table["_note"] = "edited"
    (saved / "dates.json").write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(ValueError, match=r"^claimtrack_dates: the saved dates.json differs") as err:
        DateFinder().from_disk(saved)
    assert "\n" not in str(err.value)


def test_dateline_and_blank_line_start_sentences_before_the_parser():
    """A wire dateline is not part of the story's first sentence, and a blank line ends one."""
    from claimtrack.nlp import load

    nlp = load()
    assert nlp.pipe_names.index("claimtrack_sentences") < nlp.pipe_names.index("parser")
    doc = nlp("HALIFAX, June 9 (Coastal Wire) - The harbour board voted to close the pier.\n\n"
              "New ferry times\n\nThe ferry will run twice a day.")
    starts = [s[0].text for s in doc.sents]
    assert starts[:2] == ["HALIFAX", "The"]
    assert "New" in starts and starts[-1] == "The"
    voted = next(t for t in doc if t.text == "voted")
    assert [c.text for c in voted.children if c.dep_ == "nsubj"] == ["board"]
