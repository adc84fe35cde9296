"""One measure or event put in place by other verbs (compare/statements/measures.py): a negated
intention against the thing planned, weighed or expected is a conflict, whatever verb each side
writes. Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_a_festival_not_to_be_held_against_one_planned():
    assert ("conflict", "polarity") in _statuses(
        "The guild of gem traders would not hold another amber festival before 2032, its chairwoman said.",
        "The guild of gem traders plans a second amber festival in the autumn.")


def test_a_floor_price_not_to_be_introduced_against_one_expected_to_be_proposed():
    assert ("conflict", "polarity") in _statuses(
        "The transport ministry will not introduce a minimum taxi fare, the minister said.",
        "The transport ministry is expected next week to propose a minimum taxi fare.")


def test_a_verb_and_the_noun_derived_from_it_name_one_measure():
    # "license" the boats / "grant" licences: WordNet derives the noun from the verb
    assert ("conflict", "polarity") in _statuses(
        "The fisheries ministry would not license any more tuna boats this year.",
        "The fisheries ministry is considering granting new tuna licences.")


def test_two_things_of_one_kind_are_not_one_measure():
    # an amber festival and a jade festival: the words beside the noun name two things
    assert ("conflict", "polarity") not in _statuses(
        "The guild of gem traders would not hold another amber festival before 2032, its chairwoman said.",
        "The guild of gem traders plans a jade festival in the autumn.")


def test_a_past_negation_says_nothing_of_what_is_planned():
    assert ("conflict", "polarity") not in _statuses(
        "The guild of gem traders did not hold an amber festival last year.",
        "The guild of gem traders plans an amber festival in the autumn.")


def test_two_negated_intentions_agree():
    assert ("agree", "equal") in _statuses(
        "The guild of gem traders would not hold another amber festival before 2032, its chairwoman said.",
        "The guild of gem traders will not stage a further amber festival before June.")


def test_a_thing_weighed_against_the_same_thing_to_be_put_in_place():
    # to consider a thing is to have not yet decided it: "will impose" says it is decided
    weighed = "The guild of gem traders is considering a quality seal for amber sold at its fairs."
    assert ("conflict", "modality") in _statuses(
        weighed, "The guild of gem traders will impose a quality seal for amber sold at its fairs from March.")
    assert ("conflict", "modality") in _statuses(
        weighed, "A quality seal for amber sold at the guild's fairs will be imposed from March, its chairwoman said.")
    # another party's decision, or the thing put in place in the past: no conflict
    assert ("conflict", "modality") not in _statuses(
        weighed, "A rival jewellers' union will impose a quality seal for amber sold at its fairs from March.")
    assert ("conflict", "modality") not in _statuses(
        weighed, "The guild of gem traders imposed a quality seal for amber sold at its fairs in 2029.")


def test_a_demand_or_another_party_decision_or_a_past_weighing_decides_nothing_of_the_weighing_party():
    # review s27 A5: "must" is an obligation, "by the ministry" names another doer, and a
    # weighing told as past may have led to the decision
    weighed = "The guild of gem traders is considering a quality seal for amber sold at its fairs."
    assert ("conflict", "modality") not in _statuses(
        weighed, "A quality seal for amber sold at the fairs must be introduced, angry buyers said on Monday.")
    assert ("conflict", "modality") not in _statuses(
        weighed, "A quality seal for amber sold at the fairs will be imposed by the trade ministry from March.")
    assert ("conflict", "modality") not in _statuses(
        "In January the guild of gem traders was considering a quality seal for amber sold at its fairs.",
        "The guild of gem traders will impose a quality seal for amber sold at its fairs from March.")


def test_a_limit_not_to_be_set_against_the_same_limit_weighed():
    # "set" brings a limit or a cap about as "impose" does (data/polarity.json 'establishing')
    assert ("conflict", "polarity") in _statuses(
        "The harbour board would not set a mooring cap at the marina, its chair said.",
        "The harbour board is considering capping moorings at the marina.")
    assert ("conflict", "polarity") not in _statuses(
        "The harbour board would not set a mooring cap at the marina, its chair said.",
        "The harbour board is considering capping fishing licences at the marina.")


def test_setting_a_value_of_a_thing_there_is_puts_nothing_in_place():
    # "set" brings about a limit only; with a tariff it fixes the value of one there is
    assert ("conflict", "modality") not in _statuses(
        "The water regulator is considering a tariff for irrigation farms.",
        "The water regulator will set the irrigation tariff in December, as it does each year.")


def test_a_decision_in_another_verb_s_words_puts_nothing_in_place():
    # "voted to fight" is the traders' decision, not the council's "imposes" (review s28)
    assert ("conflict", "modality") not in _statuses(
        "Traders voted to fight any curfew the council imposes on the old town.",
        "The council is considering a curfew for the old town.")
