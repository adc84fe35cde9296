"""Day words inside a quotation name the day the speaker spoke, which the publication date does
not give; a quotation holding only a capitalised date phrase is a title (pipeline/date_quoted.py).
Sentences invented here."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.date_quoted import without_speakers_days
from test_dates_generalise import model_dates


@pytest.mark.parametrize(
    "text, expected",
    [
        # the reporter's "today" is the publication date; the quoted ones are the speaker's
        ('The ferry operator said today that sailings resume tomorrow. "Today we lost a season, and '
         'tomorrow we start again," its director said.', [("today", "2027-05-14"), ("tomorrow", "2027-05-15")]),
        ('"Nobody will sleep in the square tonight," the organiser said on Thursday.', [("Thursday", "2027-05-13")]),
        # a date other than a day word inside a quotation is still dated
        ('"The pool reopens on 2 June," the manager said.', [("2 June", "2027-06-02")]),
    ],
)
def test_a_speakers_day_inside_a_quotation_is_not_dated(nlp, text, expected):
    assert model_dates(nlp, text, "2027-05-14") == expected


def test_a_quotation_that_is_only_a_capitalised_date_phrase_is_a_title(nlp):
    text = 'The minister told the radio programme "This Week" that the levy would stay this week.'
    assert model_dates(nlp, text, "2027-05-14") == [("this week", "2027-05-10")]


def test_the_filter_keeps_dates_outside_quotations_and_everything_without_any():
    mentions = [{"text": "today", "start": 4, "end": 9}]
    assert without_speakers_days("Lab today opened.", mentions) == mentions
    text = 'It said "we go today" and left today.'
    inside, outside = ({"text": "today", "start": s, "end": s + 5} for s in (15, 31))
    assert text[15:20] == text[31:36] == "today"
    assert without_speakers_days(text, [inside, outside]) == [outside]
