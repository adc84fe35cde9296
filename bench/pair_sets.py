"""What the three cause tools share (quantity_causes, date_quote_causes, statement_causes): the
command line naming a set, the set's gold pairs, and each document extracted and prepared for the
comparison once."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Callable

from claimtrack.compare.pair import prepare
from claimtrack.evaluate import corpus_dirs, find_document
from claimtrack.extract import iter_extract


def set_arguments(description: str, verbose_help: str) -> argparse.ArgumentParser:
    """A parser with the arguments every cause tool takes: the set, -v/-vv and --cache."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("set", help="A set folder (with gold/pairs.gold.json) or its gold folder.")
    ap.add_argument("-v", "--verbose", action="count", default=0, help=verbose_help)
    ap.add_argument("--cache", default=None, help="Extraction cache folder (default: none).")
    return ap


def pair_set(path: str, cache=None) -> tuple[Path, list, Callable[[str], object]]:
    """(gold folder, gold pairs, prep) for a set folder or its gold folder; prep(name) is the
    document's prepared side of a diff, extracted on first use."""
    root = Path(path)
    gold = root / "gold" if (root / "gold" / "pairs.gold.json").exists() else root
    pairs = json.loads((gold / "pairs.gold.json").read_text(encoding="utf-8"))
    dirs = corpus_dirs(gold, None)
    prepared: dict = {}

    def prep(name: str):
        if name not in prepared:
            result = next(iter(iter_extract([find_document(name, dirs)], cache=cache)))
            prepared[name] = prepare(result)
        return prepared[name]

    return gold, pairs, prep
