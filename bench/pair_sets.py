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
from claimtrack.evaluate.gold import load_gold
from claimtrack.evaluate.run import _gold_names
from claimtrack.extract import iter_extract, unify_actors
from claimtrack.models import Skipped


def set_arguments(description: str, verbose_help: str) -> argparse.ArgumentParser:
    """A parser with the arguments every cause tool takes: the set, -v/-vv and --cache."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("set", help="A set folder (with gold/pairs.gold.json) or its gold folder.")
    ap.add_argument("-v", "--verbose", action="count", default=0, help=verbose_help)
    ap.add_argument("--cache", default=None, help="Extraction cache folder (default: none).")
    return ap


def pair_set(path: str, cache=None) -> tuple[Path, list, Callable[[str], object]]:
    """(gold folder, gold pairs, prep) for a set folder or its gold folder; prep(name) is the
    document's prepared side of a diff. The set's documents are read as `claimtrack eval` reads
    them: every document the gold names, extracted, then its actors given one id over the set
    (`unify_actors`: "Wolde" in one report and "Tigist Wolde" in another are one actor), so that
    the diffs the cause tools explain are the diffs eval scores."""
    root = Path(path)
    gold = root / "gold" if (root / "gold" / "pairs.gold.json").exists() else root
    pairs = json.loads((gold / "pairs.gold.json").read_text(encoding="utf-8"))
    dirs = corpus_dirs(gold, None)
    names = _gold_names(load_gold(gold), pairs)
    results = list(iter_extract([find_document(name, dirs) for name in names], cache=cache))
    skipped = [r for r in results if isinstance(r, Skipped)]
    if skipped:
        raise SystemExit(f"{skipped[0].path}: not extracted: {skipped[0].reason}")
    by_name = dict(zip(names, unify_actors(results)))
    prepared: dict = {}

    def prep(name: str):
        if name not in prepared:
            prepared[name] = prepare(by_name[name])
        return prepared[name]

    return gold, pairs, prep
