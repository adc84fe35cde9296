"""Two refusals of one act in other verbs (compare/statements/refusals.py): one subject, one
thing the act is done to, negated on both sides. Invented sentences only, through the real
extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_one_subject_refusing_one_act_in_two_verbs_agrees():
    refusal = "The harbour board said it would not cancel the berth lease."
    for other in ("The harbour board refused to terminate the berth contract.",  # a lease is a kind of contract
                  "The harbour board will not end the lease for the berth."):
        assert ("agree", "equal") in _statuses(refusal, other), other


def test_another_subject_another_thing_or_a_possibility_is_no_one_refusal():
    refusal = "The harbour board said it would not cancel the berth lease."
    for other in ("The ferry line refused to terminate the berth contract.",  # another subject
                  "The harbour board refused to raise the berth fees.",  # another thing
                  "The harbour board may not renew the berth lease."):  # a possibility
        assert ("agree", "equal") not in _statuses(refusal, other), other


def test_a_thing_said_not_to_be_is_no_refusal():
    # "had no earlier fines" says there were none, not that the ferry line refuses anything
    assert ("agree", "equal") not in _statuses("The ferry line had no earlier fines.",
                                               "The ferry line said it would not appeal the fines.")
