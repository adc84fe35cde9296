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
    assert table[("strip", "lose")] == "taking" and ("cut", "lose") not in table  # a loss may come of no one's act
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


@pytest.mark.model
def test_a_passive_giver_is_its_subjects_side():
    # "has been deprived of" is the loser's side, as "has lost" is; "were not charged" the payer's,
    # as "paid nothing"
    got = _statuses("The Brno rowing crew has been deprived of its training grant, the board said on Friday.",
                    "The Brno rowing crew has lost its training grant, the board said on Friday.")
    assert ("agree", "equal") in got, got
    got = _statuses("Last winter the ferry's cyclists were not charged for their bikes, the operator said.",
                    "Last winter the ferry's cyclists paid nothing for their bikes, the operator said.")
    assert ("agree", "equal") in got and ("conflict", "polarity") not in got, got


@pytest.mark.model
def test_a_taking_denied_contradicts_the_named_loser_losing_it():
    got = _statuses("The league will not strip the Ostrava club of its cup title, a spokesman said.",
                    "The Ostrava club will lose its cup title, a spokesman said.")
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_a_charge_denied_to_anyone_contradicts_a_payer_paying_it():
    got = _statuses("The harbour trust did not charge a landing fee last season, its treasurer said.",
                    "Charter skippers paid a landing fee last season, the trust's treasurer said.")
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_a_transfer_to_no_named_party_is_one_only_for_one_thing_and_denied():
    # two kinds of fee are two charges
    got = _statuses("The museum will not charge an entry fee this summer, the curator said.",
                    "Visitors will pay a parking fee this summer, the curator said.")
    assert ("conflict", "polarity") not in got, got
    # a charge to someone is no charge to the payer the other side names
    got = _statuses("The council will charge a parking fee at the lake, the mayor said.",
                    "Residents will not pay the parking fee at the lake, the mayor said.")
    assert ("conflict", "polarity") not in got, got
    # an indirect object names another party
    got = _statuses("The port board would not charge yacht crews a mooring fee, its chairman said.",
                    "Boat owners would pay a mooring fee of 300 euros, its chairman said.")
    assert ("conflict", "polarity") not in got, got


@pytest.mark.model
def test_a_scoped_denial_covers_its_scope_only():
    # review s35 finding 1: a beneficiary, a place named on either side
    got = _statuses("The ministry will not cut funding for rural schools next year, the education minister said.",
                    "City schools will lose funding next year, the education minister said.")
    assert ("conflict", "polarity") not in got, got
    got = _statuses("Korvel Steel will not cut any jobs at its Gdansk mill this year, the firm said.",
                    "About 300 workers at the Lodz plant will lose their jobs this year, Korvel Steel said.")
    assert ("conflict", "polarity") not in got, got
    got = _statuses("The port board would not charge a mooring fee for the first year, its chairman said.",
                    "Fishing crews would pay a mooring fee at the new marina in Narvik, its chairman said.")
    assert ("conflict", "polarity") not in got, got


@pytest.mark.model
def test_a_charge_waived_for_a_time_is_no_denial_of_the_fee_after_it():
    # review s35 finding 4: a time after the denied object is its scope
    got = _statuses("The city will not charge a parking fee over the opening six weeks, the mayor said.",
                    "Drivers will pay a monthly parking fee of 40 euros, the mayor said.")
    assert ("conflict", "polarity") not in got, got
    got = _statuses("The port board would not charge a mooring fee for the first year, its chairman said.",
                    "Boat owners would pay an annual mooring fee of 300 euros, its chairman said.")
    assert ("conflict", "polarity") not in got, got


@pytest.mark.model
def test_a_cut_denied_is_no_promise_that_nothing_is_lost():
    # review s35 finding 2: a loss may come of no one's act
    got = _statuses("The grid operator will not cut power this week, it said on Sunday.",
                    "Thousands of homes in the north will lose power this week as the storm hits, the grid operator said.")
    assert ("conflict", "polarity") not in got, got
