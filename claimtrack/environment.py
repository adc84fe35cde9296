"""Where claimtrack's caches live and which versions of the libraries it reads are installed:
what the result cache (`claimtrack.cache`) and the table cache (`claimtrack.table_cache`) are
placed by and keyed on. Standard library only, importing nothing of the package.
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional

ENV_VAR = "CLAIMTRACK_CACHE_DIR"

#: The installed distributions whose version can change an extraction result: spaCy and what runs
#: the model (thinc, numpy), the date tables (dateparser, holidays, python-dateutil), the country
#: table (pycountry), the first-name table (gender-guesser's data file), fuzzy matching (rapidfuzz),
#: the locales' date order (babel's CLDR data) and the models that serialise a result (pydantic).
#: The model itself is in the key by its name and version (`nlp.model_label`). Libraries that only
#: read a document into its text (charset-normalizer, trafilatura) are left out: the key hashes that
#: text. A test checks that every third-party import of a module the key covers is listed here or
#: in `KEY_FREE_DEPENDENCIES`.
RESULT_DEPENDENCIES = ("spacy", "thinc", "numpy", "dateparser", "holidays", "python-dateutil", "pycountry",
                       "gender-guesser", "rapidfuzz", "babel", "pydantic", "pydantic-core")
#: Third-party distributions imported by the extraction code that cannot change a cached result:
#: readers whose output (the text) is hashed, the Dask executor, spaCy's own file reader, and the
#: ECB's exchange rates, which only `diff` reads (compare.reference_rates; never cached).
KEY_FREE_DEPENDENCIES = ("charset-normalizer", "trafilatura", "distributed", "dask", "srsly", "currencyconverter")


def default_cache_dir() -> Path:
    """`$CLAIMTRACK_CACHE_DIR`, else the platform's user cache folder for claimtrack."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "claimtrack" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "claimtrack"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "claimtrack"


def _dist_key(name: str) -> str:
    """A distribution name as wheel folders spell it, compared without case ('python_dateutil')."""
    return re.sub(r"[-_.]+", "_", name).lower()


@lru_cache(maxsize=8)
def dependency_versions(names: tuple[str, ...] = RESULT_DEPENDENCIES) -> dict[str, Optional[str]]:
    """{distribution: installed version, or None} for `names`, as Python would import them.

    Read from the `name-version.dist-info` folder names on sys.path (one directory listing each,
    under a millisecond: a warm run never loads spaCy), falling back to importlib.metadata for
    any not found that way (an egg or another layout)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in listing:
            if folder.endswith(".dist-info") and "-" in folder:
                dist, _, ver = folder[: -len(".dist-info")].rpartition("-")
                found.setdefault(_dist_key(dist), ver)
    out: dict[str, Optional[str]] = {}
    for name in names:
        ver = found.get(_dist_key(name))
        if ver is None:
            from importlib import metadata

            try:
                ver = metadata.version(name)
            except metadata.PackageNotFoundError:
                ver = None
        out[name] = ver
    return out
