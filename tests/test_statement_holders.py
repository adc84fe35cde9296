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
