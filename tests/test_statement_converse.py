"""One transfer told from its two ends (compare/statements/converse.py, data/converse_verbs.json):
"would not pay the finders" / "the finders will receive", "will not charge fishermen" /
"fishermen must pay", "sold the granary to a brewer" / "a brewer bought the granary".
Invented sentences only, through the real extractor; and the table read directly."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.converse import _converses

from extracted import statement_statuses as _statuses


def test_the_converse_table_pairs_a_givers_verb_with_a_receivers_and_no_light_verb():
    table = _converses()
    assert ("sell", "buy") in table and ("pay", "receive") in table and ("charge", "pay") in table
    assert ("buy", "sell") not in table  # the giver's verb comes first
    assert not {g for g, _ in table} & {"give", "get"} and not {r for _, r in table} & {"give", "get"}


@pytest.mark.model
def test_paying_denied_contradicts_receiving_stated():
    got = _statuses("The Brannock trust would not pay the finders the full auction price, a spokesman said.",
                    "The finders will receive the full auction price for their pieces, a spokesman said.")
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_a_charge_ruled_out_contradicts_the_payer_paying():
    got = _statuses("The Brannock council will not charge fishermen for the new moorings, the harbour master said.",
                    "Fishermen must pay a modest yearly charge for each mooring, the harbour master said.")
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_a_sale_and_the_purchase_of_one_thing_agree_and_two_things_do_not_meet():
    sold = "The Brannock trust sold the old granary to a local brewer last month, a spokesman said."
    assert ("agree", "equal") in _statuses(sold, "A local brewer bought the old granary last month, a spokesman said.")
    got = _statuses(sold, "A local brewer bought a delivery van last month, a spokesman said.")
    assert not {s for s, _ in got} & {"agree", "conflict"}, got
