"""Putting money into a thing is funding it (issue 13, statement judging): "would not put any
city money into the harbour museum" and "will fund the harbour museum" are one act on one thing
(WordNet 3.0 invest.v.01, with 'put', and finance.v.01; data/polarity.json 'funding'). Invented
sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses

pytestmark = pytest.mark.model


def test_money_put_into_a_thing_is_the_thing_funded():
    got = statement_statuses("The province would not put any more taxpayers' cash into the harbour museum.",
                             "The province will fund the harbour museum, the premier said.")
    assert ("conflict", "polarity") in got


def test_two_refusals_worded_apart_agree():
    got = statement_statuses("The province refused to pour public money into the harbour museum.",
                             "The province refused to finance the harbour museum.")
    assert ("agree", "equal") in got


def test_funding_another_thing_is_another_act():
    got = statement_statuses("The province would not put state money into the harbour museum.",
                             "The province will fund the new ferry terminal.")
    assert not got & {("conflict", "polarity"), ("agree", "equal")}
