"""Number readings measured on the peer quantity suites (sentences invented here)."""

from __future__ import annotations

import pytest

from claimtrack.parsers.numbers import find_expressions


def values(text):
    return [(e.text, e.value, e.currency) for e in find_expressions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a multiplier scales digits as it scales words: "3 dozen" is 36, like "three dozen"
        ("The bakery sold 4 dozen rolls.", [("4 dozen", 48, None)]),
        ("The bakery sold 4 dozens rolls.", [("4 dozens", 48, None)]),
        ("The bakery sold four dozen rolls.", [("four dozen", 48, None)]),
    ],
)
def test_multipliers_after_digits(text, expected):
    assert values(text) == expected


def test_dozens_alone_is_no_number():
    assert values("Dozens of rolls were sold, and dozens more given away.") == []
