"""The incremental cache: hits give identical output, a broken cache degrades to recomputing,
and nothing is written when the cache is off. Every test uses a temporary cache folder."""

from __future__ import annotations

import importlib
import os
import sqlite3

import pytest
from typer.testing import CliRunner

from claimtrack import cache as cache_mod
from claimtrack.cli import app
from claimtrack.export import to_string
from claimtrack.models import Generator
from claimtrack.records import NLP_DOCUMENT_FIELDS

extract_mod = importlib.import_module("claimtrack.extract")
runner_mod = importlib.import_module("claimtrack.runner")

GEN = Generator(version="test", model="test")
TEXTS = {
    "a.txt": "Firefighters said on Tuesday that the blaze had burned 4,500 hectares near Athens. "
             "\"The wind is our enemy,\" said fire chief Nikos Papadopoulos.",
    "b.txt": "Shares in Toyota fell 3% in Tokyo after the company cut its forecast to 9.5 million vehicles.",
}


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(folder, nlp, **kw) -> str:
    return to_string(extract_mod.iter_extract([folder], nlp=nlp, **kw), "json", GEN)


def test_warm_cache_gives_identical_output_without_the_model(corpus, nlp, tmp_path, monkeypatch):
    cdir = tmp_path / "cache"
    fresh = run(corpus, nlp)
    cold = run(corpus, nlp, cache=cdir)
    assert cold == fresh
    assert cache_mod.info(cdir)["entries"] == len(TEXTS)

    def no_model(*a, **k):
        raise AssertionError("the model ran on a cache hit")

    monkeypatch.setattr(runner_mod, "process_documents", no_model)  # what the runner calls on a miss
    assert run(corpus, nlp, cache=cdir) == fresh


def test_a_gold_extraction_through_the_cache_is_the_plain_one(corpus, nlp, tmp_path, monkeypatch):
    """`evaluate.extract_gold` with a cache folder (as the suite's corpus fixtures extract): the
    same records and texts as without one, cold and warm, and warm without the model."""
    import json

    from claimtrack.evaluate import extract_gold

    gold = tmp_path / "gold"
    gold.mkdir()
    for name in TEXTS:
        (gold / f"{name}.gold.json").write_text(json.dumps({"doc": name}), encoding="utf-8")
    cdir = tmp_path / "cache"

    def dump(made):
        return {name: (result.model_dump(mode="json"), text) for name, (result, text) in made.items()}

    fresh = dump(extract_gold(gold, corpus))
    assert sorted(fresh) == sorted(TEXTS)
    assert dump(extract_gold(gold, corpus, cache=cdir)) == fresh
    assert cache_mod.info(cdir)["entries"] == len(TEXTS)
    monkeypatch.setattr(runner_mod, "process_documents", lambda *a, **k: pytest.fail("the model ran on a cache hit"))
    assert dump(extract_gold(gold, corpus, cache=cdir)) == fresh


def test_a_publication_date_the_model_settled_survives_a_cache_hit(tmp_path, nlp, monkeypatch):
    """A newspaper page whose "Updated 04/06/2026" ingest reads month-first, and which the date
    component reads again day-first once the story is known to be French: a cache hit must give
    the settled date, not ingest's (the hit rebuilds DocumentInfo from the document)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lyon.txt").write_text(
        "LE COURRIER DE LYON\nJeudi 4 juin 2026\n\nCyclists protest new lanes\n\nBy Marc Petit\n"
        "Updated 04/06/2026\n\nLYON - Around 2,000 cyclists rode through the city on Wednesday, "
        "organisers said.\n", encoding="utf-8")
    cdir = tmp_path / "cache"
    fresh = run(folder, nlp)
    assert '"published":"2026-06-04"' in fresh
    assert run(folder, nlp, cache=cdir) == fresh
    monkeypatch.setattr(runner_mod, "process_documents", lambda *a, **k: pytest.fail("model ran"))
    assert run(folder, nlp, cache=cdir) == fresh


def test_renamed_file_hits_and_gets_its_new_name(corpus, nlp, tmp_path, monkeypatch):
    cdir = tmp_path / "cache"
    run(corpus, nlp, cache=cdir)
    (corpus / "a.txt").rename(corpus / "renamed.txt")
    expected = run(corpus, nlp)
    monkeypatch.setattr(runner_mod, "process_documents", lambda *a, **k: pytest.fail("model ran"))
    got = run(corpus, nlp, cache=cdir)
    assert got == expected and '"doc":"renamed.txt"' in got


def test_changed_text_or_date_is_a_miss(corpus, nlp, tmp_path):
    cdir = tmp_path / "cache"
    run(corpus, nlp, cache=cdir)
    (corpus / "b.txt").write_text(TEXTS["b.txt"].replace("3%", "4%"), encoding="utf-8")
    assert run(corpus, nlp, cache=cdir) == run(corpus, nlp)
    assert cache_mod.info(cdir)["entries"] == len(TEXTS) + 1
    run(corpus, nlp, cache=cdir, published="2024-01-02")
    assert cache_mod.info(cdir)["entries"] == 2 * len(TEXTS) + 1


def test_corrupt_cache_file_warns_and_recomputes(corpus, nlp, tmp_path):
    cdir = tmp_path / "cache"
    cdir.mkdir()
    cache_mod.cache_path(cdir).write_bytes(b"this is not a database\x00" * 200)
    warnings: list[str] = []
    got = run(corpus, nlp, cache=cdir, warn=warnings.append)
    assert got == run(corpus, nlp)
    # issue 14: a corrupt cache is rebuilt once, not warned about on every run
    assert len(warnings) == 1 and "replaced it with a new, empty cache" in warnings[0]
    again: list[str] = []
    assert run(corpus, nlp, cache=cdir, warn=again.append) == got
    assert again == []


def test_corrupt_entry_is_a_miss(corpus, nlp, tmp_path):
    cdir = tmp_path / "cache"
    run(corpus, nlp, cache=cdir)
    with sqlite3.connect(cache_mod.cache_path(cdir)) as conn:
        conn.execute("UPDATE results SET value = ?", (b"garbage",))
    assert run(corpus, nlp, cache=cdir) == run(corpus, nlp)


def test_locked_cache_warns_and_recomputes(corpus, nlp, tmp_path, monkeypatch):
    cdir = tmp_path / "cache"
    run(corpus, nlp, cache=cdir)
    monkeypatch.setattr(cache_mod, "BUSY_TIMEOUT", 0.05)
    holder = sqlite3.connect(cache_mod.cache_path(cdir), isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # leave WAL so that an exclusive lock blocks readers
    holder.execute("BEGIN EXCLUSIVE")
    try:
        warnings: list[str] = []
        assert run(corpus, nlp, cache=cdir, warn=warnings.append) == run(corpus, nlp)
        assert len(warnings) == 1 and "locked" in warnings[0]
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_api_default_and_no_cache_write_nothing(corpus, tmp_path, monkeypatch):
    cdir = tmp_path / "cache"
    monkeypatch.setenv(cache_mod.ENV_VAR, str(cdir))
    from claimtrack import extract

    extract(corpus)
    assert not cdir.exists()
    out = tmp_path / "claims.json"
    result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out), "-q", "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert not cdir.exists()


def test_cli_uses_cache_by_default_and_cache_commands(corpus, tmp_path, monkeypatch):
    cdir = tmp_path / "cache"
    monkeypatch.setenv(cache_mod.ENV_VAR, str(cdir))
    runner = CliRunner()
    out1, out2 = tmp_path / "1.json", tmp_path / "2.json"
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(out1), "-q", "-j", "1"]).exit_code == 0
    assert cache_mod.info()["entries"] == len(TEXTS)
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(out2), "-q", "-j", "1"]).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0 and f"entries  {len(TEXTS)}" in info.output and str(cdir) in info.output
    assert runner.invoke(app, ["cache", "clear"]).exit_code == 0
    assert cache_mod.info()["entries"] == 0


def test_default_cache_dir_honours_env_and_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(cache_mod.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert cache_mod.default_cache_dir() == tmp_path / "xdg" / "claimtrack"
    monkeypatch.setenv(cache_mod.ENV_VAR, str(tmp_path / "mine"))
    assert cache_mod.default_cache_dir() == tmp_path / "mine"


def test_only_actors_of_document_info_come_from_the_model(nlp):
    """The cache rebuilds DocumentInfo from the document and takes only NLP_DOCUMENT_FIELDS
    from the stored value: this fails if records.build_result starts deriving another field."""
    from claimtrack.ingest import document_from_text
    from claimtrack.records import build_result

    document = document_from_text(TEXTS["a.txt"], name="x.txt", published="2024-07-01")
    real = build_result(document, nlp(document.text)).document.model_dump(mode="json")
    fresh = runner_mod._fresh_info(document, include_text=False)
    assert real["actors"]
    for field in NLP_DOCUMENT_FIELDS:
        real.pop(field), fresh.pop(field)
    assert real == fresh


# ----------------------------------------------------------------------------- the code key


@pytest.mark.parametrize("rel", [
    "dateparse.py", "parsers/scan.py", "parsers/date_candidates.py", "parsers/lexicon.py", "tables.py",
    "models/claims.py", "records.py", "nlp.py", "ingest/read.py", "parsers/amounts.py", "pipeline/numbers.py",
    "pipeline/actors/linking.py", "pipeline/quotes/cues.py", "data/titles.txt",
    "compare/units.py",
])
def test_code_key_changes_when_any_extraction_file_changes(tmp_path, rel):
    """A copy of the package with one file edited has another code fingerprint (a stale cache
    entry would otherwise be served after a change to that file)."""
    import shutil
    from pathlib import Path

    src = Path(cache_mod.__file__).resolve().parent
    root = tmp_path / "claimtrack"
    shutil.copytree(src, root, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache_mod.code_fingerprint(root)
    target = root / rel
    assert target.is_file()
    target.write_bytes(target.read_bytes() + b"\n# edited\n")
    cache_mod.code_fingerprint.cache_clear()
    assert cache_mod.code_fingerprint(root) != before


def test_code_key_ignores_what_only_reads_results(tmp_path):
    """The CLI, ledger, export, the spool and evaluation cannot change an extraction result."""
    import shutil
    from pathlib import Path

    src = Path(cache_mod.__file__).resolve().parent
    root = tmp_path / "claimtrack"
    shutil.copytree(src, root, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache_mod.code_fingerprint(root)
    for rel in ("cli/extract_cmd.py", "ledger/store.py", "export.py", "spool.py", "evaluate/run.py"):
        (root / rel).write_text((root / rel).read_text() + "\n# edited\n")
    cache_mod.code_fingerprint.cache_clear()
    assert cache_mod.code_fingerprint(root) == before


@pytest.mark.model
def test_every_module_an_extraction_imports_is_in_the_code_key(tmp_path):
    """The modules left out of the key (cache.DOWNSTREAM) are never used to make a result: an
    extraction in a fresh interpreter imports only modules whose files the key covers."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys; from claimtrack import extract\n"
        "extract([], text='The minister said on Monday that 26 nations would send 5,000 troops.', "
        f"published='2025-09-04', cache={str(tmp_path)!r})\n"
        "print('\\n'.join(sorted(m.__file__ for n, m in list(sys.modules.items()) "
        "if n.split('.')[0] == 'claimtrack' and getattr(m, '__file__', None))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    used = {Path(line).resolve() for line in out.split()}
    covered = {p.resolve() for p in cache_mod.fingerprint_files()}
    assert used and used <= covered, sorted(str(p) for p in used - covered)


# ------------------------------------------------------------------ the dependency versions


def test_key_changes_with_a_result_changing_dependency_version(monkeypatch):
    """Upgrading spaCy, dateparser, holidays or pycountry (or any of RESULT_DEPENDENCIES) gives a
    new settings key: results computed under the old version are not served."""
    real = cache_mod.dependency_versions()
    for name in ("spacy", "dateparser", "holidays", "pycountry"):
        assert real[name], f"{name} is a dependency of claimtrack and must be found"
    base = cache_mod.settings_fingerprint("en_core_web_sm 3.8.0", "1.0")
    for name in ("spacy", "thinc", "dateparser", "holidays", "pycountry"):
        bumped = dict(real, **{name: real[name] + ".post99"})
        monkeypatch.setattr(cache_mod, "dependency_versions", lambda bumped=bumped: bumped)
        assert cache_mod.settings_fingerprint("en_core_web_sm 3.8.0", "1.0") != base, name
    monkeypatch.setattr(cache_mod, "dependency_versions", lambda: dict(real))
    assert cache_mod.settings_fingerprint("en_core_web_sm 3.8.0", "1.0") == base


def test_dependency_versions_are_the_installed_ones():
    """The quick dist-info reading agrees with importlib.metadata, and a missing distribution is None."""
    from importlib import metadata

    got = cache_mod.dependency_versions()
    assert got == {name: metadata.version(name) for name in cache_mod.RESULT_DEPENDENCIES}
    assert cache_mod.dependency_versions(("no-such-distribution-xyz",)) == {"no-such-distribution-xyz": None}


def test_every_third_party_import_of_the_key_is_listed():
    """Each library imported by a module the code key covers (or whose data files it reads with
    `importlib.resources.files("package")`) is either in the key by version (RESULT_DEPENDENCIES)
    or named as unable to change a result (KEY_FREE_DEPENDENCIES): a new dependency must be
    placed in one of them."""
    import ast
    import sys
    from importlib import metadata

    dists = metadata.packages_distributions()
    listed = {cache_mod._dist_key(n) for n in cache_mod.RESULT_DEPENDENCIES + cache_mod.KEY_FREE_DEPENDENCIES}
    missing = {}
    for path in cache_mod.fingerprint_files():
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "files" and node.args
                  and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                tops = [node.args[0].value.split(".")[0]]  # importlib.resources.files("package")
            else:
                continue
            for top in tops:
                if top in sys.stdlib_module_names or top == "claimtrack":
                    continue
                for dist in dists.get(top, [top]):
                    if cache_mod._dist_key(dist) not in listed:
                        missing.setdefault(dist, path.name)
    assert not missing, missing
