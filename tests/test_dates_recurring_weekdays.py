"""A weekday that modifies a plural noun in a clause that is not past names a day of every week,
not a date (s22 KINDS D16; pipeline/dates.py `_recurring_weekday`). Sentences invented here."""

from __future__ import annotations

import pytest

from test_dates_generalise import model_dates


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The post office said Saturday deliveries will end in May.", [("May", "2026-05")]),
        ("Sunday trains are cancelled until further notice.", []),
        ("There will be no ferry on Saturdays from June.", [("June", "2026-06")]),
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
        ("Tuesday's vote was close.", [("Tuesday", "2026-03-10")]),
    ],
)
def test_a_weekday_of_one_week_stays_a_date(nlp, text, expected):
    assert model_dates(nlp, text, "2026-03-15") == expected
