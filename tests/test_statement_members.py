"""Which members of a set two statements speak of (issue 13, statement judging): "the other",
"the remaining", "the rest of" name a group other than the one the other side speaks of, and a
negation of part of a set ("most", "several") leaves the rest of it open, so opposite polarities
are no contradiction there (data/quantifiers.json). Invented sentences only, through the real
extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses

pytestmark = pytest.mark.model


@pytest.mark.parametrize("b", [
    "The other ponies will not be rehomed before spring, the charity said.",
    "The charity will not rehome the remaining ponies before spring.",
    "The charity did not rehome the other ponies, a volunteer said.",
])
def test_other_members_of_a_set_are_never_a_polarity_conflict(b):
    a = "The charity rehomed the ponies on Thursday, a volunteer said."
    got = statement_statuses(a, b)
    assert ("related", "polarity") in got
    assert not {s for s, _ in got} & {"conflict", "agree"}


def test_the_same_set_on_both_sides_stays_a_conflict():
    a = "The charity rehomed the ponies on Thursday, a volunteer said."
    assert ("conflict", "polarity") in statement_statuses(a, "The charity did not rehome the ponies, a volunteer said.")
    assert ("conflict", "polarity") in statement_statuses(a, "The ponies were not rehomed, a volunteer said.")


@pytest.mark.parametrize("b", [
    "Most fishermen did not sell their catch at the quay, the co-operative said.",
    "Several fishermen did not sell their catch at the quay, the co-operative said.",
])
def test_a_negation_of_part_of_a_set_leaves_the_rest_open(b):
    got = statement_statuses("Fishermen sold their catch at the quay on Monday.", b)
    assert ("related", "polarity") in got and ("conflict", "polarity") not in got


def test_part_of_a_set_done_against_none_of_it_done_stays_a_conflict():
    # the quantifier is on the positive side: "any" denies the act of every member
    got = statement_statuses("The rowing club sold a few boats in March.",
                             "The rowing club did not sell any boats, its chairman said.")
    assert ("conflict", "polarity") in got


def test_not_all_of_a_set_is_no_denial_of_the_act():
    got = statement_statuses("Not every ferry will sail on Sunday, the harbour master said.",
                             "Ferries will sail on Sunday, the harbour master said.")
    assert ("related", "polarity") in got and ("conflict", "polarity") not in got


@pytest.mark.parametrize("b", [
    "The port authority would not lease any part of the old harbour, its director said.",
    "The port authority said it will not lease any part of the old harbour to the operator.",
])
def test_a_negation_of_any_part_of_a_thing_denies_it_of_every_part(b):
    # "any" under a negation, and "no", leave no part of the harbour open
    got = statement_statuses("The port authority will lease the old harbour to a ferry operator next year.", b)
    assert ("conflict", "polarity") in got


def test_a_negation_of_part_of_a_thing_still_leaves_the_rest_open():
    got = statement_statuses("The port authority will lease the old harbour to a ferry operator next year.",
                             "The port authority would not lease part of the old harbour, its director said.")
    assert ("conflict", "polarity") not in got


def test_any_part_of_in_a_conjoined_clause_is_not_this_clause_s():
    # the second clause's "any part of the quay" does not make the first clause's "part of" whole
    got = statement_statuses("The port authority will lease the old pier to Velko Ferries next year.",
                             "The port authority would not lease part of the old pier and would not sell any "
                             "part of the quay.")
    assert ("conflict", "polarity") not in got
