"""A superlative with a non-assertive word after it ("the coldest winter anyone can remember",
"the busiest week the ferry has ever had"), or a comparison whose standard is one ("it spread
faster than anyone feared"), states a negation, that nothing came up to it: read as one negation
by compare.quote_meaning, so a rewording with "never" or "nobody" keeps one polarity and a real
negation still flips. Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.compare.quote_meaning import _superlative, meaning_change, negations


@pytest.mark.parametrize("text", [
    "It was the coldest winter any of us could remember,",
    "This is the busiest week the ferry has ever had",
    "the worst flooding anyone in the village has seen",
    "The blight spread faster than anyone in the orchards feared,",
    "It is more dangerous than anything the crews have faced,",
])
def test_a_superlative_with_ever_or_any_is_one_negation(text):
    assert negations(text) == 1


@pytest.mark.parametrize("text", [
    "It was the coldest winter of the decade,",  # no non-assertive word: nothing denied
    "The forest has ever fewer birch trees,",  # "forest" is a noun, no superlative
    "Any of the ferries can take the coldest route,",  # the non-assertive word comes first
    "The blight spread faster than the growers feared,",  # a comparison with no non-assertive word
])
def test_no_superlative_before_a_non_assertive_word_is_no_negation(text):
    assert negations(text) == 0


def test_spelling_rules_of_superlatives():
    assert all(_superlative(w) for w in ("coldest", "biggest", "busiest", "widest", "worst", "best"))
    assert not any(_superlative(w) for w in ("forest", "harvest", "interest", "request", "honest"))


def test_a_superlative_reworded_with_never_keeps_the_meaning():
    a = "It was the coldest winter any of us could remember, and we have farmed here for forty years,"
    b = "Forty years we have farmed this valley, and we never had a winter like it,"
    assert "negation flips" not in (meaning_change(a, b) or "")


def test_a_negated_superlative_still_flips():
    a = "This is the busiest week the ferry has ever had,"
    assert "negation flips" in (meaning_change(a, "This is not the busiest week the ferry has ever had,") or "")
    # and a plain negation against the plain clause too
    assert "negation flips" in (meaning_change("We have never had a winter like it,", "We have had a winter like it,") or "")


def test_a_comparison_with_anyone_reworded_with_nobody_keeps_the_meaning():
    a = "The blight spread faster than anyone in the orchards feared,"
    b = "Nobody in the orchards feared the blight would spread this fast,"
    assert "negation flips" not in (meaning_change(a, b) or "")
    assert "negation flips" in (meaning_change(b, "Somebody in the orchards feared the blight would spread this fast,") or "")


def test_a_superlative_on_both_sides_is_one_polarity():
    # with "ever" on one side and "in its history" on the other: both say nothing came up to it
    a = "This is the biggest contract the foundry has ever signed,"
    b = "It is the biggest contract in the foundry's long history,"
    assert "negation flips" not in (meaning_change(a, b) or "")
    # control: a real negation on one side still flips
    assert "negation flips" in (meaning_change(a, "This is not the biggest contract the foundry has ever signed,") or "")


def test_a_non_assertive_word_in_another_clause_is_not_the_superlatives():
    assert negations("It is the biggest contract of the year and any help with it is welcome") == 0
    assert negations("The river rose faster than the gauges showed and anyone could see it") == 0
