"""Shared fixtures. The model is loaded once per session and never mutated by tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold" / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from claimtrack import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seeds_output():
    """The extraction of the bundled seed articles (shared, read-only)."""
    from claimtrack import extract

    return extract(SEEDS)
