"""Data tables shipped as package data under claimtrack/data/ (each file notes its source)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable


def read_text(name: str) -> str:
    """The text of a table file as shipped (a saved pipeline keeps a copy: see `to_disk` of the
    components that hold tables)."""
    return resources.files("claimtrack").joinpath("data", name).read_text(encoding="utf-8")


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
    """A JSON table shipped with the package (see `parse_json`)."""
    return parse_json(read_text(name))


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """A one-entry-per-line table shipped with the package (see `parse_lines`)."""
    return parse_lines(read_text(name))


@lru_cache(maxsize=None)
def speech_verbs() -> tuple[frozenset, frozenset]:
    """(strong, weak) speech-verb lemmas from the package's speech_verbs.txt."""
    return parse_speech_verbs(load_lines("speech_verbs.txt"))


def parse_speech_verbs(lines: Iterable[str]) -> tuple[frozenset, frozenset]:
    """(strong, weak) speech-verb lemmas from the lines of a speech_verbs.txt (a 'weak' column
    marks the latter)."""
    strong, weak = set(), set()
    for line in lines:
        parts = line.split()
        (weak if "weak" in parts[1:] else strong).add(parts[0].lower())
    return frozenset(strong), frozenset(weak - strong)
