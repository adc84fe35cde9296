"""A weekday that modifies a plural noun, or a singular one that names no event one schedules, in
a clause that is not past names a day of every week, not a date (s22 KINDS D16; pipeline/dates.py `_recurring_weekday`). Sentences invented here."""

from __future__ import annotations

import pytest

from test_dates_generalise import model_dates


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The post office said Saturday deliveries will end in May.", [("May", "2026-05")]),
        ("Sunday trains are cancelled until further notice.", []),
        ("There will be no ferry on Saturdays from June.", [("June", "2026-06")]),
        # a singular noun that is no scheduled event: the day of every week it belongs to
        ("Villagers fear the end of the Sunday bus to the coast.", []),
        ("The bakery says its Saturday shift costs more than it earns.", []),
        ("No more Monday market for the island", []),
    ],
)
def test_a_weekday_of_every_week_is_no_date(nlp, text, expected):
    assert model_dates(nlp, text, "2026-03-15") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # told as past, it is one week's
        ("Friday prayers drew 4,000 people, police said.", [("Friday", "2026-03-13")]),
        # before a singular noun it dates one event
        ("The Friday meeting was cancelled.", [("Friday", "2026-03-13")]),
        ("Unions set a Thursday deadline for an answer.", [("Thursday", "2026-03-12")]),
        # a part of the day is the day itself
        ("The ferry will sail on Tuesday evening.", [("Tuesday", "2026-03-17")]),
        # told as past, a singular noun's weekday is one week's too
        ("The Sunday bus was half empty.", [("Sunday", "2026-03-15")]),
        ("Tuesday's vote was close.", [("Tuesday", "2026-03-10")]),
    ],
)
def test_a_weekday_of_one_week_stays_a_date(nlp, text, expected):
    assert model_dates(nlp, text, "2026-03-15") == expected
