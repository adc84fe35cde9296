"""One transfer told from its two ends (compare/statements/converse.py, data/converse_verbs.json):
a lender and a borrower, a grantor and a grantee, a seller and a purchaser, a collector and a
payer. Invented sentences only, through the real extractor; and the table read directly."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.converse import _converses

from extracted import statement_statuses as _statuses


def test_the_converse_table_pairs_a_givers_verb_with_a_receivers_and_no_light_verb():
    table = _converses()
    assert ("sell", "buy") in table and ("lend", "borrow") in table and ("charge", "pay") in table
    assert ("buy", "sell") not in table  # the giver's verb comes first
    assert not {g for g, _ in table} & {"give", "get"} and not {r for _, r in table} & {"give", "get"}


@pytest.mark.model
def test_a_loan_refused_contradicts_the_named_borrower_borrowing_it():
    got = _statuses("The Ostrava credit union will not lend Petra Kolar the money for her bakery, its manager said.",
                    "Petra Kolar will borrow the money for her bakery from the Ostrava credit union, she said.")
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_a_licence_granted_agrees_with_the_licence_received():
    got = _statuses("The regional board granted the Lindqvist riding school a three-year licence on Friday.",
                    "The Lindqvist riding school received a three-year licence from the regional board on Friday.")
    assert ("agree", "equal") in got, got


@pytest.mark.model
def test_a_sale_denied_contradicts_the_purchase():
    got = _statuses("The Harrow family has not sold the flour mill to the pension fund, a lawyer said.",
                    "The pension fund purchased the flour mill from the Harrow family, a lawyer said.")
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_a_charge_meets_a_payment_for_the_same_thing():
    got = _statuses("The port authority will not charge yacht owners for the winter berths, the harbour office said.",
                    "Yacht owners will pay a flat rate for the winter berths, the harbour office said.")
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_two_transfers_to_one_party_are_two():
    # review s32 finding 1: the source named again, or a word beside the thing, makes no one thing
    got = _statuses("The ministry will not pay farmers compensation for the flooded fields, a spokesman said.",
                    "Farmers will receive free seed from the ministry this spring, a spokesman said.")
    assert ("conflict", "polarity") not in got, got
    got = _statuses("The city did not sell the old depot to developers, the mayor said.",
                    "Developers bought land next to the old depot, the mayor said.")
    assert ("conflict", "polarity") not in got, got
