"""A thing exempt from a charge, or spared it, does not pay it (compare/statements/exemptions.py,
`judge_exempt_payer`): "small kilns will be exempt from the clay levy" conflicts with "small kilns
will have to pay the clay levy" and agrees with "small kilns will not pay it". Invented sentences
only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_exempt_from_a_charge_against_paying_it():
    assert ("conflict", "polarity") in _statuses("Small kilns will be exempt from the new clay levy, the ministry said.",
                                                 "Small kilns will have to pay the new clay levy, the ministry said.")
    assert ("agree", "equal") in _statuses("Small kilns will be exempt from the new clay levy, the ministry said.",
                                           "Small kilns will not pay the new clay levy, the ministry said.")
    # said not to be exempt, the thing pays
    assert ("agree", "equal") in _statuses("Small kilns will not be exempt from the clay levy, the ministry said.",
                                           "Small kilns will have to pay the clay levy, the ministry said.")


def test_spared_and_exempted_are_exempt():
    # spare.v.02 'save or relieve from an experience or action', a troponym of exempt.v.01
    assert ("conflict", "polarity") in _statuses("Small kilns will be spared the new clay levy, the ministry said.",
                                                 "Small kilns will pay the new clay levy, the ministry said.")
    assert ("conflict", "polarity") in _statuses("The ministry will exempt small kilns from the clay levy, it said.",
                                                 "Small kilns will have to pay the clay levy, the ministry said.")


def test_exempt_from_another_thing_says_nothing_of_paying():
    # a ban is no charge; two charges named are two
    assert not _statuses("Small kilns will be exempt from the night curfew, the ministry said.",
                         "Small kilns will have to pay the new clay levy, the ministry said.")
    assert not _statuses("Small kilns will be exempt from the new clay levy, the ministry said.",
                         "Small kilns will have to pay the river toll, the ministry said.")


def test_the_exempt_things_named_by_their_kind_must_be_the_payers():
    # "local kilns" are exempt of all kilns: "kilns will pay" (all but those) and "brick kilns will
    # pay" say nothing of them; "local kilns" name them
    assert ("conflict", "polarity") not in _statuses("Local pottery kilns will be exempt, the ministry said.",
                                                     "Brick kilns will have to pay from June, the ministry said.")
    assert ("conflict", "polarity") in _statuses("Local pottery kilns will be exempt, the ministry said.",
                                                 "Local kilns will also have to pay, a ministry official said.")
