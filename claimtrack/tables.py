"""Data tables shipped as package data under claimtrack/data/ (each file notes its source)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable


class TableError(RuntimeError):
    """A data table that cannot be used: missing, unreadable, empty or not valid. The message
    names the file. Never a per-document failure: a run that meets one stops (exit code 2)
    rather than going on with a table silently empty, which would quietly cost every document
    what the table finds (a file being rewritten under a running process, a broken install)."""


def _data_dir():
    """Where the package's tables are (a Traversable: the installed package's data folder)."""
    return resources.files("claimtrack").joinpath("data")


def table_path(name: str):
    """The package's table file `name` (a Traversable), as `read_text` reads it."""
    return _data_dir().joinpath(name)


def read_text(name: str) -> str:
    """The text of a table file as shipped (a saved pipeline keeps a copy: see `to_disk` of the
    components that hold tables). Raises TableError when the file is missing, cannot be read or
    decoded, or holds nothing but white space."""
    path = _data_dir().joinpath(name)
    return checked_text(lambda: path.read_text(encoding="utf-8"), str(path))


def checked_text(read, where: str) -> str:
    """`read()`'s text, or TableError naming `where` when it fails or the text is blank."""
    try:
        text = read()
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise TableError(f"data table {where} cannot be read ({reason}): reinstall claimtrack or restore "
                         f"the file") from err
    if not text.strip():
        raise TableError(f"data table {where} is empty: reinstall claimtrack or restore the file")
    return text


def parse_json(text: str) -> Any:
    """A JSON table's data. Keys starting with '_' (comments, sources) are dropped from top-level objects."""
    data = json.loads(text)
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if not k.startswith("_")}
    return data


def parse_lines(text: str) -> tuple[str, ...]:
    """A one-entry-per-line table's entries; blank lines and '#' comments are skipped."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A JSON table shipped with the package (see `parse_json`); TableError when it cannot be
    read or is not valid JSON (a file cut short), naming the file."""
    text = read_text(name)
    try:
        return parse_json(text)
    except ValueError as err:
        raise TableError(f"data table {_data_dir().joinpath(name)} is not valid JSON ({err}): reinstall "
                         f"claimtrack or restore the file") from err


def table_entry(name: str, key: str) -> Any:
    """The entry `key` of the JSON table `name` (`load_json`): TableError naming the file when the
    table has none. A table that lost the entry the package reads is as broken as one cut short,
    never a table with nothing in it."""
    data = load_json(name)
    if not isinstance(data, dict) or key not in data:
        raise TableError(f"data table {_data_dir().joinpath(name)} has no '{key}' entry: reinstall claimtrack or "
                         f"restore the file")
    return data[key]


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """A one-entry-per-line table shipped with the package (see `parse_lines`); TableError when
    it cannot be read or has no entry, naming the file."""
    lines = parse_lines(read_text(name))
    if not lines:
        raise TableError(f"data table {_data_dir().joinpath(name)} has no entries (only comments): "
                         f"reinstall claimtrack or restore the file")
    return lines


@lru_cache(maxsize=None)
def speech_verbs() -> tuple[frozenset, frozenset]:
    """(strong, weak) speech-verb lemmas from the package's speech_verbs.txt."""
    return parse_speech_verbs(load_lines("speech_verbs.txt"))


#: Verbs of disclosing beside the speech verbs of speech_verbs.txt: WordNet 3.0 disclose.v.01
#: (disclose, reveal, divulge, expose, impart) and specify.v.01 (specify, identify, name), and the
#: verbs a news report uses for what a source would not make known (elaborate, discuss, detail).
DISCLOSING_VERBS = frozenset({"disclose", "reveal", "divulge", "expose", "impart", "specify", "identify", "name",
                              "elaborate", "discuss", "detail"})


def parse_speech_verbs(lines: Iterable[str]) -> tuple[frozenset, frozenset]:
    """(strong, weak) speech-verb lemmas from the lines of a speech_verbs.txt (a 'weak' column
    marks the latter)."""
    strong, weak = set(), set()
    for line in lines:
        parts = line.split()
        (weak if "weak" in parts[1:] else strong).add(parts[0].lower())
    return frozenset(strong), frozenset(weak - strong)


@lru_cache(maxsize=None)
def country_names() -> tuple[tuple[str, str, str], ...]:
    """Every way data/countries.json writes a country, in the table's order, as (word, kind,
    ISO 3166-1 alpha-2 code): each country's name (kind "name"), then its aliases ("alias"), its
    demonyms ("demonym") and its capitals ("capital"). The one reading of the table's country
    words: the evaluation's government names, the date order of a story's country and the
    national currency names and signs all take their country words from here."""
    out = []
    for c in table_entry("countries.json", "countries"):
        iso2 = c.get("iso2")
        if not iso2:
            continue
        for kind, words in (("name", [c.get("name")]), ("alias", c.get("aliases") or []),
                            ("demonym", c.get("demonyms") or []), ("capital", c.get("capitals") or [])):
            out.extend((w, kind, iso2) for w in words if w)
    return tuple(out)


@lru_cache(maxsize=None)
def country_codes() -> dict[str, str]:
    """A country's name or alias, lowercase -> its ISO 3166-1 alpha-2 code ("ivory coast" -> "CI");
    a word two countries share goes to the first in the table's order."""
    codes: dict[str, str] = {}
    for word, kind, iso2 in country_names():
        if kind in ("name", "alias"):
            codes.setdefault(word.lower(), iso2)
    return codes
