"""A figure in months against one in weeks or days (compare.quantities._calendar_spread): a
calendar month lasts 28 to 31 days (data/unit_factors.json "spans"), so "shut for ten months"
and "a 40-week closure" (280 days, ten months of four weeks) state one length, while "ten
months" and "a 30-week closure" do not. Months against years are compared
as written (`_calendar_spread` spreads a month only against a shorter unit).

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from extracted import quantity_match

pytestmark = pytest.mark.model

_STORY = (" Visitors will use a side entrance on Quay Street, and the cafe stays open.")
_A = "The Kessel museum's east wing will be shut for {q} while its glass roof is replaced, the trust said." + _STORY
_B = "The trust has announced {q} closure of the Kessel museum's east wing to replace the glass roof." + _STORY


@pytest.mark.parametrize("qa, qb", [("ten months", "a 40-week"), ("about nine months", "a 36-week")])
def test_months_and_weeks_of_one_length_agree(qa, qb):
    m = quantity_match(_A.format(q=qa), _B.format(q=qb), qa, qb.split()[-1])
    assert m is not None and m.status == "agree", m


@pytest.mark.parametrize("qa, qb", [("ten months", "a 30-week"), ("about nine months", "a 26-week")])
def test_months_and_weeks_of_two_lengths_conflict(qa, qb):
    m = quantity_match(_A.format(q=qa), _B.format(q=qb), qa, qb.split()[-1])
    assert m is not None and m.status == "conflict", m
