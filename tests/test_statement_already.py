"""Done already against not yet decided (compare/statements/already.py): one subject cannot have
done an act already and still be weighing it, or not yet have decided whether to do it. Invented
sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_an_inquiry_opened_already_against_no_decision_yet_whether_to_investigate():
    assert ("conflict", "modality") in _statuses(
        "The Veld company has already opened its own inquiry into the fire.",
        "The Veld company has still not decided whether to investigate the fire.")


def test_no_decision_yet_whether_to_sell_against_a_sale_to_come():
    assert ("conflict", "modality") in _statuses(
        "The Veld company has still not decided whether to sell the mill.",
        "The Veld company will sell the mill.")


def test_a_past_sale_without_already_may_be_another_occasion():
    # control: a sale told as done with no "already" may be an earlier sale than the one weighed
    got = _statuses("The Veld company has still not decided whether to sell the mill.",
                    "The Veld company sold a mill last year.")
    assert ("conflict", "modality") not in got


def test_a_past_perfect_speaks_of_a_past_moment_not_of_now():
    # "had already asked" is done before a past moment: no conflict with a weighing now, nor
    # with one told with a year of its own
    assert ("conflict", "modality") not in _statuses(
        "The ports board is considering asking the audit court to review the lease.",
        "The ports board had already asked the audit court to examine the lease.")
    assert ("conflict", "modality") not in _statuses(
        "The ports board is considering asking the audit court to review the lease.",
        "The ports board asked the audit court to examine the lease in 2019.")


def test_already_is_read_only_right_before_the_clause_verb():
    # "already" on another verb of the sentence says nothing of the sale
    got = _statuses("The Veld company has still not decided whether to sell the mill.",
                    "Workers had already left when the Veld company sold the mill.")
    assert ("conflict", "modality") not in got


def test_a_third_party_undecided_whether_the_subject_may_act_is_no_undecided_subject():
    got = _statuses("Regulators have still not decided whether the Veld company may sell the mill.",
                    "The Veld company will sell the mill to Nordwood, pending approval.")
    assert ("conflict", "modality") not in got


def test_a_past_perfect_with_its_own_earlier_time_is_another_occasion():
    got = _statuses("The Dunmore council had already shut the lido twice before the 2019 refit.",
                    "The Dunmore council is considering shutting the lido, its leader said.")
    assert ("conflict", "modality") not in got


def test_a_tribunal_gone_to_already_against_a_present_weighing_of_it():
    assert ("conflict", "modality") in _statuses(
        "The growers' union is considering asking the land tribunal to halt the sale.",
        "The growers' union has already asked the land tribunal to stop the sale.")
