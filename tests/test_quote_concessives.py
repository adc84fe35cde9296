"""Negations that deny nothing the other wording says (compare.quote_meaning): the "no" of "no
matter" opens a concessive ("whatever it costs"), and a negated clause of function words alone
("we did not win it all") that the other quote does not say in any of its words is a clause
the other reporter left out. Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.compare.quote_meaning import meaning_change, negations


@pytest.mark.parametrize("text", [
    "We will rebuild the pier, no matter the price,",
    "No matter what the insurers decide, the school reopens in spring.",
])
def test_no_matter_is_a_concessive_not_a_negation(text):
    assert negations(text) == 0


def test_a_concessive_rewording_keeps_the_meaning():
    a = "Every farmer will be paid for the lost hay, whatever it takes,"
    b = "We will pay every farmer for the lost hay, no matter what it takes,"
    assert "negation flips" not in (meaning_change(a, b) or "")
    # control: a real negation against the same words still flips
    assert "negation flips" in (meaning_change(a, "Not every farmer will be paid for the lost hay, whatever it takes,") or "")


def test_a_function_word_clause_the_other_quote_leaves_out_flips_nothing():
    a = "We did not win everything, but the drivers were listened to and the depot stays open,"
    b = "The drivers were listened to, and that is a good day for the whole valley,"
    assert "negation flips" not in (meaning_change(a, b) or "")


def test_a_function_word_clause_the_other_quote_says_still_flips():
    # "if we do nothing" / "if we do something": the verb of the clause is said on both sides
    a = "The canal must be dredged now, because if we do nothing the boats stop,"
    b = "The canal must be dredged now, because if we do something the boats keep moving,"
    assert "negation flips" in (meaning_change(a, b) or "")
