"""A party's claim and another party's denial of it (compare/statements/holders.py): no conflict
between two reports, each telling what one party says. Invented sentences only, through the real
extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_a_claim_and_another_partys_denial_of_it_do_not_conflict():
    denial = "The brewery denied that the stream had been polluted."
    for claim in ("Anglers say the stream was polluted by the brewery.",
                  "The stream was polluted, the anglers' club said.",
                  "The stream was polluted, said anglers from the valley."):
        got = _statuses(claim, denial)
        assert ("conflict", "polarity") not in got, (claim, got)


def test_one_holder_or_the_reporters_own_statement_still_conflicts():
    denial = "The brewery denied that the stream had been polluted."
    for claim in ("The brewery said the stream was polluted.",  # the denier's own words
                  "The stream was polluted, the brewery's own chemist said.",  # its own staff
                  "The stream was polluted, he said.",  # a pronoun may take up the denier
                  "The stream was polluted last week."):  # the reporter states it
        assert ("conflict", "polarity") in _statuses(claim, denial), claim


def test_a_finding_or_a_ruling_out_is_no_party_claim():
    # a verb that reports a fact ("the inquiry found"): the reporter stands by it
    assert ("conflict", "polarity") in _statuses("The brewery denied that the stream had been polluted.",
                                                 "The stream was polluted, the county inquiry found.")
    # a ruling out of an act to come is contradicted by anyone's report that it may come
    assert ("conflict", "polarity") in _statuses(
        "The brewery ruled out closing its bottling plant.",
        "The brewery may close its bottling plant next year, a union official said.")


def test_the_frame_says_who_asserts_a_clause():
    from extracted import clause_of

    # the content of a verb of saying, before or after it, is its subject's
    for text in ("Fishermen on the estuary said the new weir had blocked the salmon.",
                 "The new weir had blocked the salmon, fishermen on the estuary said."):
        said = clause_of(text, "block").said_by
        assert said is not None and said.verb == "say" and "fishermen" in said.text.lower(), text
    said = clause_of("The weir had blocked the salmon, according to two river wardens.", "block").said_by
    assert said is not None and said.verb == "according to" and "warden" in said.text
    # the reporter's own statement, and a verb of saying negated, assert for no party
    assert clause_of("The new weir had blocked the salmon in March.", "block").said_by is None
    assert clause_of("The wardens did not say that the weir had blocked the salmon.", "block").said_by is None


def test_a_reporting_clause_about_something_else_names_no_holder():
    # the denier's own confirmation, followed by a clause he says about another matter: one holder
    assert ("conflict", "polarity") in _statuses(
        "Transport Secretary Ilona Varga denied that the ministry planned to close the northern line.",
        "Transport Secretary Ilona Varga confirmed that the ministry planned to close the northern line, "
        "although she said no date would be set before the autumn.")
