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


def test_the_present_perfect_of_an_act_done_once_against_weighing_it():
    # "has shut down the ferry": its result holds now, so the ferry is no longer only weighed
    weighing = "The Kessock harbour trust is considering shutting down the night ferry to the quarry."
    got = _statuses("The Kessock harbour trust has shut down the night ferry to the quarry.", weighing)
    assert ("conflict", "modality") in got
    # a repeat on either side ("again"), or a stretch up to now ("since"): no conflict
    for done, weighed in (
            ("The Kessock harbour trust has shut down the night ferry to the quarry since May.", weighing),
            ("The Kessock harbour trust has shut down the night ferry to the quarry.",
             "The Kessock harbour trust is considering shutting down the night ferry to the quarry again.")):
        assert ("conflict", "modality") not in _statuses(done, weighed)


def test_the_present_perfect_of_a_change_in_degree_may_be_repeated():
    # "has raised its lending rate this year": a rise done, and another may be weighed
    got = _statuses("The Orland reserve bank has raised its lending rate twice this year.",
                    "The Orland reserve bank is considering raising its lending rate.")
    assert ("conflict", "modality") not in got


def test_which_acts_are_done_once_to_their_object():
    from claimtrack.compare.statements.already import once_act

    assert all(once_act(v) for v in ("close", "shut down", "sell", "sign", "abolish", "approve", "build"))
    assert not any(once_act(v) for v in ("raise", "cut", "increase", "subsidise", "deliver", "visit", "make"))


def test_an_act_done_up_to_now_against_no_plans_for_it():
    # "has sold the terminal": sold now, so "has no plans to sell it" contradicts it
    no_plans = "The Kessock port authority has no plans to sell the grain terminal."
    assert ("conflict", "polarity") in _statuses("The Kessock port authority has sold the grain terminal.", no_plans)
    # a sale told in the past may be an earlier occasion; a rise done this year may be repeated
    assert ("conflict", "polarity") not in _statuses(
        "The Kessock port authority sold the grain terminal last year.", no_plans)
    assert ("conflict", "polarity") not in _statuses(
        "The Kessock port authority has raised its fees twice this year.",
        "The Kessock port authority has no plans to raise its fees.")


def test_the_perfect_of_some_or_many_of_a_kind_leaves_more_to_do():
    # a bare plural, a part or a count: selling some shares leaves more to sell (review s31 finding 1)
    for done, weighed in (
            ("The Treasury has sold shares in Norland Bank.", "The Treasury is considering selling shares in Norland Bank."),
            ("The Treasury has sold part of its stake in Norland Bank.",
             "The Treasury is considering selling its stake in Norland Bank."),
            ("The city council has built 300 homes on the old airfield.",
             "The city council is considering building homes on the old airfield."),
            ("The mining group has opened two new pits this year.",
             "The mining group is considering opening new pits in the north.")):
        assert ("conflict", "modality") not in _statuses(done, weighed)
