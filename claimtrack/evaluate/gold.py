"""Gold files: the `*.gold.json` annotations and `pairs.gold.json`, and where their documents
are (`corpus.json`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Sequence, Union

from ..models.gold import GoldDocument
from .report import CORPUS_CONFIG, GOLD_SUFFIX, PAIRS_FILE, EvalError


def load_gold(gold_dir: Union[str, Path]) -> list[GoldDocument]:
    """Every `*.gold.json` in the folder (pairs.gold.json aside), sorted by name."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise EvalError(f"gold folder {folder} does not exist")
    files = sorted(p for p in folder.glob(f"*{GOLD_SUFFIX}") if p.name != PAIRS_FILE)
    if not files:
        raise EvalError(f"no *{GOLD_SUFFIX} files in {folder}")
    out = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and not data.get("doc"):
                data["doc"] = path.name[: -len(GOLD_SUFFIX)]
            out.append(GoldDocument.model_validate(data))
        except (OSError, ValueError) as err:
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise EvalError(f"cannot read gold file {path}: {first}") from None
    return out


def load_pairs(gold_dir: Union[str, Path]) -> Optional[list[dict]]:
    path = Path(gold_dir) / PAIRS_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise EvalError(f"cannot read {path}: {str(err).splitlines()[0]}") from None
    if not isinstance(data, list) or not all(isinstance(p, dict) and "a" in p and "b" in p for p in data):
        raise EvalError(f"{path}: expected a list of {{a, b, facts}} objects")
    return data


def corpus_dirs(gold_dir: Union[str, Path], corpus: Optional[Union[str, Path]] = None) -> list[Path]:
    """Where to look for documents: --corpus; else corpus.json's folder; else the gold folder, then its parent."""
    gold = Path(gold_dir)
    if corpus is not None:
        path = Path(corpus)
        if not path.is_dir():
            raise EvalError(f"corpus folder {path} does not exist")
        return [path]
    config = gold / CORPUS_CONFIG
    if config.is_file():
        try:
            data = json.loads(config.read_text(encoding="utf-8"))
            path = (gold / str(data["corpus"])).resolve()
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise EvalError(f"{config}: expected {{\"corpus\": \"relative/folder\"}} ({type(err).__name__})") from None
        if not path.is_dir():
            raise EvalError(f"{config} names corpus folder {path}, which does not exist")
        return [path]
    return [gold, gold.parent]


def find_document(name: str, dirs: Sequence[Path]) -> Path:
    """The file holding document `name` ('path' or 'path#id')."""
    file_part = name.split("#", 1)[0]
    for folder in dirs:
        path = folder / file_part
        if path.is_file():
            return path
    raise EvalError(f"document {name} not found in {' or '.join(str(d) for d in dirs)}")
