"""A data table that cannot be loaded fails loudly, naming the file: never a silently empty table.

Each test works on a temporary copy of the package's tables (or of gender-guesser's name
dictionary) with one file removed, emptied or cut short, and clears the loaders' caches before
and after, so the package's own tables are read again by the next test.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimtrack import tables
from claimtrack.actorids import first_names as fn
from claimtrack.actorids import towns
from claimtrack.parsers import date_calendar, date_order, published
from claimtrack.parsers.dates import find_dates
from claimtrack.tables import TableError

PACKAGE_DATA = Path(tables.__file__).resolve().parent / "data"


def _clear_caches() -> None:
    for f in (tables.load_json, tables.load_lines, tables.country_names, tables.country_codes, towns.town_countries,
              towns.geonames_towns, fn._dictionary, fn.first_names, fn.gender_detector, fn.name_gender, fn._country_columns,
              date_calendar._stop_words, date_order.country_order, date_order.country_languages,
              published._month_words):
        f.cache_clear()


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of claimtrack/data that the table loaders read instead of the package's."""
    copy = tmp_path / "data"
    shutil.copytree(PACKAGE_DATA, copy)
    monkeypatch.setattr(tables, "_data_dir", lambda: copy)
    _clear_caches()
    yield copy
    _clear_caches()


def test_an_intact_copy_loads_as_the_package_does(data_copy):
    assert tables.load_json("units.json") == tables.parse_json((PACKAGE_DATA / "units.json").read_text("utf-8"))
    assert tables.load_lines("titles.txt") == tables.parse_lines((PACKAGE_DATA / "titles.txt").read_text("utf-8"))


def test_a_missing_table_names_its_file(data_copy):
    (data_copy / "qualifiers.json").unlink()
    with pytest.raises(TableError, match=r"data/qualifiers\.json cannot be read"):
        tables.load_json("qualifiers.json")


@pytest.mark.parametrize("name, loader", [("polarity.json", tables.load_json), ("stop_words.txt", tables.load_lines)])
def test_an_empty_table_is_an_error_not_an_empty_table(data_copy, name, loader):
    (data_copy / name).write_text("  \n", encoding="utf-8")
    with pytest.raises(TableError, match=rf"{name.replace('.', '[.]')} is empty"):
        loader(name)


def test_a_json_table_cut_short_names_its_file(data_copy):
    path = data_copy / "currencies.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")  # a file caught half-written
    with pytest.raises(TableError, match=r"currencies\.json is not valid JSON"):
        tables.load_json("currencies.json")


def test_a_lines_table_of_comments_only_has_no_entries(data_copy):
    (data_copy / "speech_nouns.txt").write_text("# source: nowhere\n\n# nothing else\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"speech_nouns\.txt has no entries"):
        tables.load_lines("speech_nouns.txt")


def test_a_table_read_through_a_lazy_loader_fails_too(data_copy):
    # GeoNames towns are read on first use, deep inside the actor finder: an empty file must not
    # become "no town is known"
    (data_copy / "geonames_cities.txt").write_text("", encoding="utf-8")
    with pytest.raises(TableError, match=r"geonames_cities\.txt is empty"):
        towns.geonames_towns()


def test_an_undecodable_table_names_its_file(data_copy):
    (data_copy / "page_furniture.txt").write_bytes(b"\xff\xfe\xfa not utf-8\n")
    with pytest.raises(TableError, match=r"page_furniture\.txt cannot be read"):
        tables.load_lines("page_furniture.txt")


def test_a_table_without_the_entry_the_package_reads_names_the_file(data_copy):
    # valid JSON that lost its main entry is as broken as a file cut short: not "no countries"
    (data_copy / "countries.json").write_text('{"_source": "an edit gone wrong"}', encoding="utf-8")
    with pytest.raises(TableError, match=r"countries\.json has no 'countries' entry"):
        tables.country_codes()


# ------------------------------------------------------------------ the date parsers' guards
# The date parsers never raise on what a text holds (a calendar sentinel, an odd header), and
# each guards itself for that; a broken table is no odd text and passes every guard.


def test_the_date_parser_raises_a_broken_table_it_reads_lazily(data_copy):
    # a month after "for" and before a word ("for October delivery") reads the stop words on first use
    (data_copy / "stop_words.txt").write_text("", encoding="utf-8")
    with pytest.raises(TableError, match=r"stop_words\.txt is empty"):
        find_dates("Orders placed for October delivery will ship late.", "2031-04-02")
    with pytest.raises(TableError, match=r"stop_words\.txt is empty"):
        find_dates("Orders placed for October delivery will ship late.")  # with no publication date too


def test_the_date_order_of_a_country_raises_a_broken_country_table(data_copy):
    path = data_copy / "countries.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 3], encoding="utf-8")
    with pytest.raises(TableError, match=r"countries\.json is not valid JSON"):
        date_order.country_order("Kenya")
    with pytest.raises(TableError, match=r"countries\.json is not valid JSON"):
        date_order.country_languages("Kenya")


def test_a_header_date_in_another_language_raises_a_broken_month_table(data_copy):
    (data_copy / "cldr_month_words.json").write_text('{"_source": "CLDR"}', encoding="utf-8")
    header = "Puerto Salinas, martes 3 de marzo de 2031\nThe harbour board met on Monday.\n"
    with pytest.raises(TableError, match=r"cldr_month_words\.json has no 'words' entry"):
        published.other_language_header_dates(header)


def test_a_header_date_read_before_the_model_raises_a_broken_table(data_copy, tmp_path):
    # ingest reads the dateline (find_dateline) and metadata dates (normalise_published) with a
    # guard that turns a failure into a warning: a broken table stops the read instead
    (data_copy / "stop_words.txt").write_text("", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Island ferry timetable for October crossings\nPorto Verde, 2 April 2031\n\n"
                     "Crossings will resume after the repairs, the operator said.\n", encoding="utf-8")
    from claimtrack.ingest import read_documents

    with pytest.raises(TableError, match=r"stop_words\.txt is empty"):
        list(read_documents([str(story)]))
    with pytest.raises(TableError, match=r"stop_words\.txt is empty"):
        published.find_dateline(story.read_text(encoding="utf-8"))
    with pytest.raises(TableError, match=r"stop_words\.txt is empty"):
        published.normalise_published("fares for October crossings, 2031")


# ------------------------------------------------------------------ gender-guesser's dictionary


class _Files:
    """Stands in for importlib.resources: files("gender_guesser") is a temporary folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def files(self, package: str) -> Path:
        if package != "gender_guesser":
            raise ModuleNotFoundError(f"No module named '{package}'")
        return self.root


#: A few lines in the layout of gender-guesser's nam_dict.txt (gender code, name, a column per
#: country from position 30, a closing '$'), invented for the tests.
_NAME_LINES = [
    "# a comment line of the dictionary",
    "F  Solveig                    2   4  4       7 6   2                    $",
    "M  Jean+Pierre                         3  5                             $",
    "?  Kim                       1 1  1  1                                  $",
]


@pytest.fixture
def names_copy(tmp_path, monkeypatch):
    """A small name dictionary in the package's layout, read in place of the installed one."""
    (tmp_path / "data").mkdir()
    copy = tmp_path / "data" / "nam_dict.txt"
    copy.write_text("\n".join(_NAME_LINES) + "\n", encoding="utf-8")
    monkeypatch.setattr(fn, "resources", _Files(tmp_path))
    _clear_caches()
    yield copy
    _clear_caches()


def test_the_first_name_table_is_read_from_the_dictionary_file(names_copy):
    assert fn.first_names() == {"solveig", "jean pierre", "jeanpierre", "jean-pierre", "kim"}
    assert set(fn._dictionary()["kim"]) == {"andy"} and set(fn._dictionary()["solveig"]) == {"female"}


def test_an_empty_first_name_table_raises_instead_of_knowing_no_names(names_copy):
    names_copy.write_text("", encoding="utf-8")
    with pytest.raises(TableError, match=r"nam_dict\.txt is empty"):
        fn.first_names()
    with pytest.raises(TableError):
        fn.gender_detector()  # no longer None ("genders rule nothing out")


def test_a_first_name_line_the_package_cannot_parse_names_the_line(names_copy):
    with names_copy.open("a", encoding="utf-8") as out:
        out.write("Z9         Qwertzuio                                  1                \n")
    with pytest.raises(TableError, match=r"nam_dict\.txt line \d+"):
        fn.first_names()


def test_a_missing_first_name_package_is_a_table_error(monkeypatch):
    class _Nothing:
        def files(self, package):
            raise ModuleNotFoundError(f"No module named '{package}'")

    monkeypatch.setattr(fn, "resources", _Nothing())
    _clear_caches()
    try:
        with pytest.raises(TableError, match="first-name table cannot be read"):
            fn.first_names()
    finally:
        monkeypatch.undo()
        _clear_caches()


# ------------------------------------------------------------------ the run stops, the CLI says why


class _Pipeline:
    """The two calls `processing._run_extractors` makes of a pipeline."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def get_pipe(self, name):
        def component(doc):
            raise self.error
        return component

    def get_pipe_meta(self, name):
        class _Meta:
            assigns: list = []
        return _Meta()


def test_a_table_error_stops_the_run_while_other_errors_cost_one_document():
    from claimtrack.processing import _run_extractors

    failures = _run_extractors(_Pipeline(ValueError("odd input")), object(), ["claimtrack_quantities"])
    assert failures == ["quantities: ValueError: odd input"]
    with pytest.raises(TableError):
        _run_extractors(_Pipeline(TableError("data table /x/units.json is empty")), object(), ["claimtrack_quantities"])


def test_the_cli_prints_the_table_error_with_exit_code_2():
    from claimtrack.cli.common import EXIT_USAGE, _internal_error_code, _internal_error_message

    err = TableError("data table /site/claimtrack/data/units.json is empty: reinstall claimtrack or restore the file")
    assert _internal_error_message(err) == str(err)
    assert _internal_error_code(err) == EXIT_USAGE
    assert "a bug in claimtrack" in _internal_error_message(ValueError("x"))
