"""A negation whose focus is a final adjunct of manner (compare/statements/focus.py): "will not
treat patients free of charge" denies the treating is free, not the treating.

Invented sentences, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _statements(a: str, b: str) -> list[tuple[str, str]]:
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return [(m.status, m.relation) for m in report.matches if m.kind == "statement"]


def test_a_negation_on_an_adjunct_the_other_side_does_not_say_is_no_conflict():
    got = _statements(
        "The Hillcrest dental clinic treated its first patients in March, its manager Sofia Brandt said.",
        "Sofia Brandt said the Hillcrest dental clinic will not treat patients free of charge.")
    assert ("related", "polarity") in got and not any(status == "conflict" for status, _ in got)


def test_the_same_adjunct_negated_on_one_side_only_still_conflicts():
    got = _statements(
        "The Hillcrest dental clinic will treat its patients free of charge, its manager Sofia Brandt said.",
        "Sofia Brandt said the Hillcrest dental clinic will not treat patients free of charge.")
    assert ("conflict", "polarity") in got


def test_a_denial_ending_on_an_adverb_of_manner_bears_on_the_adverb():
    # "had been sold cheaply": the denial is of the price, the sale is presupposed
    got = _statements("The council sold the boatyard to a Danish firm, its leader Ida Lund said.",
                      "Ida Lund denied claims that the boatyard had been sold cheaply.")
    assert not any(status == "conflict" for status, _ in got), got
    # the same adverb on both sides, or none, still conflicts
    assert ("conflict", "polarity") in _statements("Ida Lund said the boatyard had been sold cheaply.",
                                                   "Ida Lund denied that the boatyard had been sold cheaply.")
    assert ("conflict", "polarity") in _statements("The council sold the boatyard, Ida Lund said.",
                                                   "Ida Lund denied that the boatyard had been sold.")


def test_the_adverbs_adjective_on_the_other_side_is_the_same_manner():
    # "will not sell the rights separately" / "plans to sell them to a separate bidder": one manner
    assert ("conflict", "polarity") in _statements(
        "Ana Reyes said the league will not sell its radio rights separately.",
        "The league plans to sell its radio rights to a separate bidder, Ana Reyes said.")
