"""One head noun restricted to two opposite kinds by its premodifiers ("the northern terminal" /
"the southern terminal"): two things, so a negation on one side and an assertion on the other
are no conflict (compare/statements/lexicon.py `opposite_modifiers`). Invented sentences only,
through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.lexicon import opposite_modifiers
from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model

STORY = "The ferry company reported a loss for the winter season. "


def test_opposite_premodifiers_are_read_from_wordnet_antonyms():
    assert opposite_modifiers("northern depot", "southern depot") == ("northern", "southern")
    assert opposite_modifiers("domestic route", "foreign route") == ("domestic", "foreign")
    assert opposite_modifiers("northern depot", "old depot") is None
    assert opposite_modifiers("depot", "southern depot") is None


def test_two_opposite_kinds_of_one_head_are_no_conflict():
    got = _statuses(STORY + "The ferry company would not sell its northern depot.",
                    STORY + "The ferry company will sell the southern depot.")
    assert ("conflict", "polarity") not in got
    assert ("related", "polarity") in got


def test_one_head_with_a_modifier_on_one_side_only_stays_a_conflict():
    got = _statuses(STORY + "The ferry company would not sell its northern depot.",
                    STORY + "The ferry company will sell the depot.")
    assert ("conflict", "polarity") in got
