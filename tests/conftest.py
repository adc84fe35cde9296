"""Shared fixtures. The model is loaded once per session and never mutated by tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold" / "seeds"


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """No test reads or writes the user's cache: CLI runs use a session temp folder."""
    mp = pytest.MonkeyPatch()
    mp.setenv("CLAIMTRACK_CACHE_DIR", str(tmp_path_factory.mktemp("claimtrack-cache")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def nlp():
    from claimtrack import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seeds_output():
    """The extraction of the bundled seed articles (shared, read-only)."""
    from claimtrack import extract

    return extract(SEEDS)
