"""A minister and "the government" take one stance (issue 13, statement judging): a minister
states the government's policy (cabinet collective responsibility), so "the government" written
without its country stands for a minister the other side names, in a story of one country.
Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses

pytestmark = pytest.mark.model


def test_the_government_stands_for_the_minister_the_other_side_names():
    a = "Health Minister Ines Carvalho would not fund the new maternity clinic, she said on Monday."
    b = "The government will fund the new maternity clinic, officials said on Monday."
    assert ("conflict", "polarity") in statement_statuses(a, b)


def test_a_person_with_no_minister_title_is_not_the_government():
    a = "Clinic director Ines Carvalho would not fund the new maternity clinic, she said on Monday."
    b = "The government will fund the new maternity clinic, officials said on Monday."
    assert ("conflict", "polarity") not in statement_statuses(a, b)
