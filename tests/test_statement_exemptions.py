"""A thing exempt from a charge, or spared it, does not pay it (compare/statements/exemptions.py,
`judge_exempt_payer`): "pottery kilns are to be exempted from the clay duty" conflicts with
"pottery kilns must pay the clay duty" and agrees with "they won't pay it". Invented sentences
only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_exempt_from_a_charge_against_paying_it():
    assert ("conflict", "polarity") in _statuses("Pottery kilns in Varn are exempt from the clay duty, says the treasury.",
                                                 "Pottery kilns in Varn must pay the clay duty, says a treasury aide.")
    assert ("agree", "equal") in _statuses("Pottery kilns in Varn are exempt from the clay duty, says the treasury.",
                                           "Pottery kilns in Varn won't pay the clay duty, says a treasury aide.")
    # said not to be exempt, the thing pays
    assert ("agree", "equal") in _statuses("Pottery kilns in Varn aren't exempt from the clay duty, says the treasury.",
                                           "Pottery kilns in Varn must pay the clay duty, says a treasury aide.")


def test_spared_and_exempted_are_exempt():
    # spare.v.02 'save or relieve from an experience or action', a troponym of exempt.v.01
    assert ("conflict", "polarity") in _statuses("Buskers were spared the pitch fee in March, the town clerk wrote.",
                                                 "Buskers paid the pitch fee in March, the town clerk wrote.")
    assert ("conflict", "polarity") in _statuses("Harlow council is to exempt buskers from the pitch fee, its leader wrote.",
                                                 "Buskers must pay the pitch fee, Harlow's leader wrote.")


def test_exempt_from_another_thing_says_nothing_of_paying():
    # a curfew is no charge; two charges named are two
    assert not _statuses("Pottery kilns in Varn are exempt from the smoke curfew, says the treasury.",
                         "Pottery kilns in Varn must pay the clay duty, says a treasury aide.")
    assert not _statuses("Pottery kilns in Varn are exempt from the clay duty, says the treasury.",
                         "Pottery kilns in Varn must pay the canal toll, says a treasury aide.")


def test_the_payer_must_be_named_by_every_word_the_exempt_things_are():
    # one kind exempt, the others paying: how an exemption is told, no contradiction
    assert ("conflict", "polarity") not in _statuses(
        "Local trawlers will be exempted from the new harbour levy, the port authority said.",
        "Foreign trawlers must pay the new harbour levy, the port authority said.")
    assert ("conflict", "polarity") not in _statuses(
        "Small family farms will be exempted from the water charge, the ministry said.",
        "Large family farms must pay the water charge, the ministry said.")
    assert ("conflict", "polarity") not in _statuses("Wood-fired pottery kilns are exempt from the clay duty, says the treasury.",
                                                     "Pottery kilns must pay the clay duty, says a treasury aide.")


def test_an_exemption_that_names_no_rule_says_nothing_of_paying():
    # the rule is named a sentence before, and may be hours, a ban or a curfew as well as a charge
    assert ("conflict", "polarity") not in _statuses(
        "New opening hours for shops take effect in May. Small shops will be exempt, ministers said.",
        "New opening hours for shops take effect in May. Small shops must pay the new licence fee, the ministry said.")
