"""An assent and its formal act (compare/statements/assent.py, data/assent_acts.json): to sign an
agreement is to agree to it in form. Invented sentences only, through the real extractor; and the
table read directly."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.assent import _formal, assent_keys

from extracted import statement_statuses as _statuses


def test_the_table_gives_each_formal_act_its_assent_and_keys_both():
    table = _formal()
    assert ("sign", "agree") in table and ("ratify", "agree") in table
    assert ("agree", "sign") not in table  # the formal act comes first: it entails the assent
    assert assent_keys("sign") == assent_keys("agree") != frozenset() and not assent_keys("sell")


@pytest.mark.model
def test_an_agreement_signed_agrees_with_the_assent_to_it():
    got = _statuses("The dockers' union agreed to the new pay deal on Thursday, its leader said.",
                    "The dockers' union signed the new pay deal on Thursday, its leader said.")
    assert ("agree", "equal") in got, got


@pytest.mark.model
def test_a_refusal_to_sign_contradicts_the_assent():
    got = _statuses("The parish council has agreed to the quarry lease, the clerk said.",
                    "The parish council refused on Monday to sign the quarry lease, the clerk said.")
    assert ("conflict", "polarity") in got, got
    # and the assent denied against the act done
    got = _statuses("The fishermen's cooperative did not agree to this year's landing accord, its secretary said.",
                    "The fishermen's cooperative signed the landing accord in March, its secretary said.")
    assert ("conflict", "polarity") in got, got


@pytest.mark.model
def test_the_formal_act_not_yet_taken_is_no_denial_of_the_assent():
    got = _statuses("The parish council agreed to the quarry lease in May and will sign it in June, the clerk said.",
                    "So far the parish council has not signed the quarry lease, the clerk said.")
    assert ("conflict", "polarity") not in got, got


@pytest.mark.model
def test_agreeing_with_a_view_is_no_assent_to_sign():
    got = _statuses("The minister agreed with the auditors' report, an aide said.",
                    "The minister did not sign the auditors' report, an aide said.")
    assert ("conflict", "polarity") not in got, got


@pytest.mark.model
def test_an_assent_and_a_refusal_dated_apart_are_two_steps():
    # review s35 finding 5: agreed in principle, the signing refused when the text is final
    got = _statuses("The dockers' union agreed to the pay deal in March, its leader said.",
                    "The dockers' union refused to sign the pay deal in June, its leader said.")
    assert ("conflict", "polarity") not in got, got
