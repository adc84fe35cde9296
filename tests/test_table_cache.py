"""The table cache (claimtrack/table_cache.py): a derived table read back is the table built, and
its key follows every input that can change it; a cache that cannot be read or written changes
nothing but the time taken.

The tables here are invented (a few made-up harbour names in a temporary file), except in the
last test, which checks the package's cached tables against the same tables built without it.
"""

from __future__ import annotations

import os
import time

import pytest

from claimtrack import table_cache
from claimtrack.table_cache import derived_table


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A cache folder of the test's own ($CLAIMTRACK_CACHE_DIR), the cache turned on."""
    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(table_cache.ENV_VAR, raising=False)
    return tmp_path / "cache" / table_cache.FOLDER


class Builder:
    """Builds a table of harbours from a text file, counting its calls."""

    def __init__(self, path):
        self.path, self.calls = path, 0

    def __call__(self):
        self.calls += 1
        lines = self.path.read_text(encoding="utf-8").split()
        return {"ports": {w: len(w) for w in lines}, "first": lines[:1], "all": frozenset(lines)}


@pytest.fixture
def harbours(tmp_path):
    path = tmp_path / "harbours.txt"
    path.write_text("Velmora\nQuessant\nTarnby\n", encoding="utf-8")
    return Builder(path)


def test_a_table_is_built_once_then_read_back_equal(folder, harbours):
    built = derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    read = derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert harbours.calls == 1
    assert read == built and list(read["ports"]) == ["Velmora", "Quessant", "Tarnby"]  # order kept
    assert isinstance(read["all"], frozenset)
    assert [p.name.split("-")[0] for p in folder.iterdir()] == ["harbours"]  # no temporary file left


def test_an_edited_input_file_is_a_new_key(folder, harbours):
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    harbours.path.write_text("Velmora\nOstrel\n", encoding="utf-8")
    table = derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert harbours.calls == 2 and table["first"] == ["Velmora"] and "Ostrel" in table["all"]


def test_a_file_of_another_key_is_removed_once_unused_for_an_hour(folder, harbours):
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    (first,) = folder.glob("harbours-*")
    harbours.path.write_text("Ostrel\n", encoding="utf-8")
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert first.exists()  # read a minute ago: another copy of the package may be using it
    (second,) = set(folder.glob("harbours-*")) - {first}
    hours_ago = time.time() - 2 * table_cache.UNUSED_AFTER
    os.utime(second, (hours_ago, hours_ago))
    harbours.path.write_text("Tarnby\n", encoding="utf-8")
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert first.exists() and not second.exists() and len(list(folder.glob("harbours-*"))) == 2


def test_a_file_read_is_marked_as_used(folder, harbours):
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    (path,) = folder.glob("harbours-*")
    hours_ago = time.time() - 2 * table_cache.UNUSED_AFTER
    os.utime(path, (hours_ago, hours_ago))
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert harbours.calls == 1 and path.stat().st_mtime > hours_ago + table_cache.UNUSED_AFTER


def test_an_edited_module_of_the_package_is_a_new_key(folder, harbours, monkeypatch):
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    monkeypatch.setattr(table_cache, "code_stamp", lambda: "another version of the code")
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert harbours.calls == 2


def test_the_code_stamp_follows_a_module_edit(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text("X = 1\n", encoding="utf-8")
    (package / "sub" / "b.py").write_text("Y = 2\n", encoding="utf-8")
    monkeypatch.setattr(table_cache, "_PACKAGE", package)
    stamps = []
    for text in ("Y = 2\n", "Y = 3\n"):
        (package / "sub" / "b.py").write_text(text, encoding="utf-8")
        os.utime(package / "sub" / "b.py", ns=(10**18 + len(stamps), 10**18 + len(stamps)))
        table_cache.code_stamp.cache_clear()
        stamps.append(table_cache.code_stamp())
    table_cache.code_stamp.cache_clear()
    assert stamps[0] != stamps[1]


def test_a_library_version_is_part_of_the_key(folder, harbours, monkeypatch):
    from claimtrack import environment

    versions = iter(["1.0", "2.0"])
    monkeypatch.setattr(environment, "dependency_versions", lambda names: {n: next(versions) for n in names})
    derived_table("harbours", harbours, libraries=("some-gazetteer",), kind=dict)
    derived_table("harbours", harbours, libraries=("some-gazetteer",), kind=dict)
    assert harbours.calls == 2


@pytest.mark.parametrize("damage", [b"", b"\x00\x01 not marshal", b"\xfa" * 3])
def test_a_damaged_file_is_built_again_and_replaced(folder, harbours, damage):
    built = derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    (path,) = folder.glob("harbours-*")
    path.write_bytes(damage)
    assert derived_table("harbours", harbours, files=(harbours.path,), kind=dict) == built
    assert harbours.calls == 2
    assert derived_table("harbours", harbours, files=(harbours.path,), kind=dict) == built
    assert harbours.calls == 2  # rewritten whole by the second build


def test_a_value_of_another_type_is_built_again(folder, harbours):
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    derived_table("harbours", harbours, files=(harbours.path,), kind=tuple)
    assert harbours.calls == 2


def test_a_folder_that_cannot_be_written_leaves_the_table_built(tmp_path, monkeypatch, harbours):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(blocker))  # tables/ would lie under a file
    monkeypatch.delenv(table_cache.ENV_VAR, raising=False)
    first = derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert derived_table("harbours", harbours, files=(harbours.path,), kind=dict) == first
    assert harbours.calls == 2 and blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_input_that_cannot_be_read_is_left_to_the_builder(folder, tmp_path):
    missing = tmp_path / "gone.txt"

    def build():
        raise FileNotFoundError(f"no table at {missing}")

    with pytest.raises(FileNotFoundError, match="gone.txt"):
        derived_table("harbours", build, files=(missing,), kind=dict)


def test_turned_off_it_reads_and_writes_nothing(folder, harbours, monkeypatch):
    monkeypatch.setenv(table_cache.ENV_VAR, "0")
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert harbours.calls == 2 and not folder.exists()


def test_the_package_tables_read_back_equal_the_tables_built(folder, monkeypatch):
    from claimtrack import wordnet_nouns
    from claimtrack.actorids import first_names, iso, towns

    loaders = (first_names._dictionary, iso.subdivision_countries, towns.town_countries, wordnet_nouns.wordnet_table,
               wordnet_nouns.noun_kinds, wordnet_nouns.noun_senses)
    values = []
    for setting in ("0", "1", "1"):  # built without the cache, then written, then read back
        monkeypatch.setenv(table_cache.ENV_VAR, setting)
        for f in loaders:
            f.cache_clear()
        values.append([f() for f in loaders])
    for f in loaders:
        f.cache_clear()
    assert len(list(folder.iterdir())) == len(loaders)
    assert values[2] == values[0] and values[1] == values[0]
    assert list(values[2][0]) == list(values[0][0])  # the names in the dictionary's order


def test_cache_clear_removes_the_tables_with_the_results(folder, harbours):
    """`claimtrack cache clear` empties the whole cache folder: the results file and the derived
    tables beside it; a file the table cache never wrote stays, and the table is built again."""
    from typer.testing import CliRunner

    from claimtrack.cli import app

    runner = CliRunner()
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    results = folder.parent / "extract-cache.sqlite3"
    results.write_bytes(b"")  # an empty results file, as SQLite leaves one
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0 and "tables   1 files" in info.output, info.output
    (folder / "notes.txt").write_text("kept by hand", encoding="utf-8")
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert not results.exists() and [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert "tables   0 files" in runner.invoke(app, ["cache", "info"]).output
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert harbours.calls == 2


def test_cache_clear_with_a_cache_dir_clears_that_folder_s_tables(tmp_path, monkeypatch, harbours):
    """--cache-dir names the folder cleared, tables folder included (removed once empty); the
    default folder is left alone."""
    from typer.testing import CliRunner

    from claimtrack.cli import app

    monkeypatch.delenv(table_cache.ENV_VAR, raising=False)
    other = tmp_path / "other"
    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(other))
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    default = tmp_path / "default"
    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(default))
    derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
    assert harbours.calls == 2
    cleared = CliRunner().invoke(app, ["cache", "clear", "--cache-dir", str(other)])
    assert cleared.exit_code == 0, cleared.output
    assert not (other / table_cache.FOLDER).exists()
    assert len(list((default / table_cache.FOLDER).glob("harbours-*"))) == 1


def test_a_tables_entry_that_is_a_file_is_removed_by_clear(tmp_path):
    (tmp_path / table_cache.FOLDER).write_text("not a folder", encoding="utf-8")
    assert table_cache.clear(tmp_path) == len("not a folder")
    assert not (tmp_path / table_cache.FOLDER).exists() and table_cache.clear(tmp_path) == 0


def test_a_run_with_a_cache_dir_keeps_its_tables_there_and_cache_clear_empties_them(tmp_path, monkeypatch, harbours):
    """`claimtrack extract --cache-dir X` keeps the derived tables it builds in X/tables, not in
    the default folder, so that `cache info --cache-dir X` counts them and `cache clear
    --cache-dir X` removes them; the environment is as before once the command ends. The
    extraction is replaced by one that builds an invented table (a real one may already be
    built in this process) and yields nothing, so the command ends with 'no document'."""
    import importlib

    from typer.testing import CliRunner

    from claimtrack.cli import app

    extract_mod = importlib.import_module("claimtrack.extract")  # the module, not the function

    monkeypatch.delenv(table_cache.ENV_VAR, raising=False)
    default, run_dir = tmp_path / "default", tmp_path / "run"
    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(default))
    folders = []

    def building_a_table(paths, **kwargs):
        folders.append(table_cache.table_folder())
        derived_table("harbours", harbours, files=(harbours.path,), kind=dict)
        return iter([])

    monkeypatch.setattr(extract_mod, "iter_extract", building_a_table)
    article = tmp_path / "story.txt"
    article.write_text("The ferry to Quessant left at noon.", encoding="utf-8")
    runner = CliRunner()
    ran = runner.invoke(app, ["extract", str(article), "-o", "-", "-q", "--cache-dir", str(run_dir)])
    assert folders == [run_dir / table_cache.FOLDER], (folders, ran.output)
    assert os.environ["CLAIMTRACK_CACHE_DIR"] == str(default)
    assert len(list((run_dir / table_cache.FOLDER).glob("harbours-*"))) == 1
    assert not (default / table_cache.FOLDER).exists()
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(run_dir)])
    assert info.exit_code == 0 and "tables   1 files" in info.output, info.output
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(run_dir)])
    assert cleared.exit_code == 0, cleared.output
    assert not (run_dir / table_cache.FOLDER).exists()
    assert "tables   0 files" in runner.invoke(app, ["cache", "info", "--cache-dir", str(run_dir)]).output

