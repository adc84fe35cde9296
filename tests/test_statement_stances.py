"""One named subject's two verbs of one abstract matter are its one stance on it
(compare.statements.stances): "will halt X" / "will not ban X" conflict, two verbs of one
concrete thing do not. Invented sentences only, through the real extractor; and the WordNet
reading of the object directly."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.stances import _held, against, counter_stance, names_matter, one_stance
from claimtrack.models import ClauseFrame


def _frame(predicate: str, obj: str) -> ClauseFrame:
    return ClauseFrame(start=0, end=1, predicate=predicate, object=obj, subject="corvane-shipping")


def test_an_act_a_document_or_a_sum_is_a_matter_and_a_thing_or_a_person_is_not():
    assert names_matter("night fishing") and names_matter("the levy") and names_matter("fees")
    assert names_matter("the treaty") and names_matter("sale")
    assert not names_matter("the ferry") and not names_matter("farmers") and not names_matter("room")
    assert not names_matter(None) and not names_matter("")


def test_two_verbs_of_one_matter_are_one_stance_unless_antonyms_or_light():
    assert one_stance(_frame("halt", "sale"), _frame("ban", "sale"))
    assert not one_stance(_frame("accept", "offer"), _frame("reject", "offer"))  # WordNet antonyms
    assert not one_stance(_frame("make", "payment"), _frame("cover", "payment"))  # a light verb
    assert not one_stance(_frame("repair", "ferry"), _frame("sell", "ferry"))  # a concrete thing
    assert not one_stance(_frame("study", "grant"), _frame("pay", "grant"))  # a deliberation hedges


def test_a_verb_of_refusing_stopping_or_forbidding_takes_its_matter_the_other_way():
    assert against("ban") and against("halt") and against("rule out") and against("lift")
    assert not against("allow") and not against("pay") and not against("rule")  # "ruled on the fee"
    assert counter_stance(_frame("allow", "sale"), _frame("ban", "sale"))
    assert not one_stance(_frame("allow", "sale"), _frame("ban", "sale"))
    assert not counter_stance(_frame("halt", "sale"), _frame("ban", "sale"))


def test_a_verb_of_no_stance_makes_no_stance_with_another():
    # announcing, completing, criticising, investigating, questioning, drafting: acts done to a
    # matter or words said of it, which may all be true beside a stance (review s25 item 1)
    assert not one_stance(_frame("announce", "sale"), _frame("complete", "sale"))
    assert not one_stance(_frame("criticise", "levy"), _frame("approve", "levy"))
    assert not one_stance(_frame("investigate", "grant"), _frame("approve", "grant"))
    assert not one_stance(_frame("question", "fee"), _frame("pay", "fee"))
    assert not counter_stance(_frame("announce", "sale"), _frame("ban", "sale"))
    assert one_stance(_frame("cover", "fee"), _frame("pay", "fee"))
    assert one_stance(_frame("rule out", "levy"), _frame("reject", "levy"))


def test_ruling_on_a_matter_holds_no_stance_and_ruling_it_out_does():
    assert not _held("rule") and _held("rule out") and _held("ban")
    assert not counter_stance(_frame("rule", "levy"), _frame("ban", "levy"))


RIVER = " Anglers have crowded the Tessmoor reservoir since the spring thaw."


@pytest.mark.model
def test_halting_a_sale_contradicts_refusing_to_ban_it():
    from extracted import statement_statuses

    got = statement_statuses("The Tessmoor Water Board will halt the sale of fishing permits." + RIVER,
                             "The Tessmoor Water Board will not ban the sale of fishing permits." + RIVER)
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_refusing_to_allow_a_sale_agrees_with_banning_it_and_allowing_it_does_not():
    from extracted import statement_statuses

    banned = "The Tessmoor Water Board has banned the sale of fishing permits." + RIVER
    assert ("agree", "equal") in statement_statuses(
        "The Tessmoor Water Board will not allow the sale of fishing permits." + RIVER, banned)
    got = statement_statuses("The Tessmoor Water Board allowed the sale of fishing permits." + RIVER, banned)
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_ending_a_levy_and_bringing_it_back_may_both_be_true():
    from extracted import statement_statuses

    got = statement_statuses("The Tessmoor Water Board ended the angling levy." + RIVER,
                             "The Tessmoor Water Board reintroduced the angling levy." + RIVER)
    assert not any(s == "conflict" for s, _ in got), got


@pytest.mark.model
def test_two_acts_done_to_one_boat_are_no_stance():
    from extracted import statement_statuses

    got = statement_statuses("The Tessmoor Water Board repaired the old patrol boat last month." + RIVER,
                             "The Tessmoor Water Board did not sell the old patrol boat." + RIVER)
    assert not any(s == "conflict" for s, _ in got), got


@pytest.mark.model
def test_announcing_a_sale_and_not_completing_it_may_both_be_true():
    from extracted import statement_statuses

    got = statement_statuses("The Tessmoor Water Board announced the sale of its pumping rights." + RIVER,
                             "The Tessmoor Water Board has not completed the sale of its pumping rights." + RIVER)
    assert not any(s == "conflict" for s, _ in got), got


@pytest.mark.model
def test_criticising_a_levy_and_not_approving_it_are_no_conflict():
    from extracted import statement_statuses

    got = statement_statuses("The Tessmoor Water Board criticised the angling levy." + RIVER,
                             "The Tessmoor Water Board did not approve the angling levy." + RIVER)
    assert not any(s == "conflict" for s, _ in got), got


@pytest.mark.model
def test_ruling_on_a_levy_is_no_stance_against_banning_it():
    from extracted import statement_statuses

    got = statement_statuses("The Tessmoor Water Board ruled on the angling levy." + RIVER,
                             "The Tessmoor Water Board banned the angling levy." + RIVER)
    assert not any(s == "conflict" for s, _ in got), got
