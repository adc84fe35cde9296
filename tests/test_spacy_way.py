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


def _records(nlp, texts: list[str]) -> list[dict]:
    """The records of each text, as extract builds them (published date and text set up front)."""
    from claimtrack.pipeline.extensions import PUBLISHED as PUB, TEXT
    from claimtrack.records import build_result

    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.set(PUB, PUBLISHED)
        doc._.set(TEXT, text)
        docs.append(doc)
    out = []
    for i, doc in enumerate(nlp.pipe(docs)):
        document = document_from_text(texts[i], name=f"doc{i}", published=PUBLISHED)
        out.append(build_result(document, doc).model_dump(mode="json"))
    return out


def _claimtrack_pipes(nlp) -> list[str]:
    return [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory.startswith("claimtrack_")]


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
        "print(json.dumps(_records(nlp, texts)))\n"
    ).replace("{tests!r}", repr(str(Path(__file__).parent)))
    run = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout)
    assert got == expected
    assert any(claim["quote"] for result in got for claim in result["claims"])
    assert all(result["document"]["actors"] for result in got)
