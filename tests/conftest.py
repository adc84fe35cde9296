"""Shared fixtures. The model is loaded once per session and never mutated by tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold" / "seeds"

#: `make fuzz` sets HYPOTHESIS_PROFILE=fuzz: every property test then runs 10,000 examples.
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
FUZZ_EXAMPLES = 10_000


if FUZZ:
    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "fuzz", max_examples=FUZZ_EXAMPLES, deadline=None, print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    settings.load_profile("fuzz")


def examples(quick: int) -> int:
    """max_examples for a property test: `quick` in `make test`, 10,000 under `make fuzz`."""
    return FUZZ_EXAMPLES if FUZZ else quick


def pytest_collection_modifyitems(config, items):
    """Every hypothesis test is also a `fuzz` test (selected by `make fuzz` with -m fuzz)."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.fuzz)


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
