"""One bare weekday name, one day in an article (pipeline/date_weekdays.py): a mention read
behind only through a bounding preposition, a verb of ordering or a thing it names takes the day
another mention of the name is read ahead to; a past the weekday dates directly stays. Sentences
invented here; published on Tuesday 2025-03-04."""

from __future__ import annotations

import pytest

from test_dates_generalise import model_dates

PUBLISHED = "2025-03-04"


@pytest.mark.parametrize(
    "text, alone, together",
    [
        # a bound from after: a past act may stop at a coming day
        ("The ferry company will cut fares from Saturday. ",
         "Commuters had queued for season tickets before Saturday, a clerk said.",
         [("Saturday", "2025-03-08"), ("Saturday", "2025-03-08")]),
        # a stretch a past act set up may run through a coming day
        ("The ferry line will run a night crossing on Friday. ",
         "It had added two night crossings through Friday, a spokeswoman said.",
         [("Friday", "2025-03-07"), ("Friday", "2025-03-07")]),
        # what is ordered comes after the order
        ("Swimming pools will stay closed on Friday. ",
         "The mayor ordered the pools shut on Friday after a chlorine leak.",
         [("Friday", "2025-03-07"), ("Friday", "2025-03-07")]),
        # an event named by its day
        ("The cup final will be played on Saturday. ",
         "Seats for Saturday's match sold out within an hour.",
         [("Saturday", "2025-03-08"), ("Saturday", "2025-03-08")]),
    ],
)
def test_an_indirect_past_follows_the_day_ahead(nlp, text, alone, together):
    first_day = together[0][1]
    assert model_dates(nlp, alone, PUBLISHED)[0][1] < first_day  # alone, the last one
    assert model_dates(nlp, text + alone, PUBLISHED) == together


@pytest.mark.parametrize(
    "text, expected",
    [
        # last Monday's fire and the coming Monday's reopening: two days, both stand
        ("The bakery burned down on Monday night. The owners said it would reopen on Monday.",
         [("Monday", "2025-03-03"), ("Monday", "2025-03-10")]),
        # a thing named by its day that is no event one schedules keeps the latest day
        ("The council meets again on Monday. Monday's landslide blocked the pass.",
         [("Monday", "2025-03-10"), ("Monday", "2025-03-03")]),
    ],
)
def test_a_direct_past_stays_beside_the_day_ahead(nlp, text, expected):
    assert model_dates(nlp, text, PUBLISHED) == expected
