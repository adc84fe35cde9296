"""Dates of what is still to come that a past verb reports (s21 KINDS D12, s22 KINDS D15;
pipeline/date_tense.py): what a thing is arranged for lies ahead ("the next trip, set for
December"); a reported past passive of planning or expecting, or "was due", is a backshifted
present ("said the results were expected in May": Quirk et al. 1985, 14.31), and so is a past in a
clause of time under the reported "would" ("would run once the kiln was installed"); a stretch
"between now and" a date ends ahead; a holiday or month naming a thing after a bounding
preposition ("before the Easter holidays") takes the clause's tense. Sentences invented here."""

from __future__ import annotations

import pytest

from test_dates_generalise import model_dates


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # backshift: the time clause under "would" tells what is still to come
        ("She said the plant would run at full speed once a third kiln was installed by the end of March.",
         "2027-01-20", [("the end of March", "2027-03")]),
        # a stretch from now
        ("The airline had sold 40,000 seats for flights between now and the start of April, the ministry said.",
         "2027-01-20", [("the start of April", "2027-04")]),
        ("The board said it had sold 900 tonnes of seed for delivery between now and late May.", "2027-01-20",
         [("late May", "2027-05")]),
        # a month a thing is arranged for lies ahead, whatever the tense around it
        ("The minister said tickets booked for June would be refunded.", "2027-03-10", [("June", "2027-06")]),
        ("The next convoy, set for December, will carry 40 tonnes of seed.", "2027-03-10", [("December", "2027-12")]),
        # a reported plan or expectation: the backshifted present
        ("The agency said the test results were expected in October.", "2027-03-10", [("October", "2027-10")]),
        ("The registrar said the new fees were due in November.", "2027-03-10", [("November", "2027-11")]),
        # a reported progressive of weighing or readying an option: the act goes on when the words
        # are said, so the date is the option's, still to come (s24 KINDS E1)
        ("The water board said it was weighing a second drought levy in August.", "2027-04-14",
         [("August", "2027-08")]),
        ("Ferry owners said they were considering a winter timetable from November.", "2027-06-02",
         [("November", "2027-11")]),
        ("The dockers' union said it was preparing a ballot on Friday.", "2027-04-14", [("Friday", "2027-04-16")]),
        # a holiday naming a thing after "before" takes the clause's tense ("should reopen")
        ("The minister said the pass should reopen by 28 March, before the Easter holidays.", "2026-03-10",
         [("28 March", "2026-03-28"), ("Easter", "2026-04-05")]),
    ],
)
def test_a_date_reported_ahead_is_not_read_as_past(nlp, text, published, expected):
    assert model_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a past in a clause of time under "would have": a past that did not happen
        ("The plant would have run once a kiln was installed in March, he said.", "2027-01-20",
         [("March", "2026-03")]),
        # a clause of "after" tells what came first: past stays past
        ("Port officials told lenders they would ask for no fresh credit, after the old line ran out in April.", "2027-09-10",
         [("April", "2027-04")]),
        ("The mill could close after the board voted on Tuesday to sell it.", "2027-09-16", [("Tuesday", "2027-09-14")]),
        # a plain past in reported speech stays past, and a past perfect of expecting
        ("The agency said the test results had been expected in October.", "2027-03-10", [("October", "2026-10")]),
        ("The firm said the line was shut in March after a fire.", "2027-01-20", [("March", "2026-03")]),
        # a reported progressive of another act may narrate the past; a past perfect one weighed an
        # option before a past time of the story; a date before the reported clause dates the saying
        ("Divers said they were searching the estuary on Sunday.", "2027-04-14", [("Sunday", "2027-04-11")]),
        # nor does a verb of readying an option whose object names no course of action (a catch, a
        # meal, a crowd), and "draw" alone is no "draw up"
        ("Witnesses said the fisherman was weighing his catch at the quay on Sunday when the wave struck.",
         "2027-04-14", [("Sunday", "2027-04-11")]),
        ("Neighbours said the family was preparing dinner on Sunday when the roof fell.", "2027-04-14",
         [("Sunday", "2027-04-11")]),
        ("Organisers said the festival was drawing large crowds on Saturday.", "2027-04-14",
         [("Saturday", "2027-04-10")]),
        ("The water board said it had been weighing a drought levy in August.", "2027-04-14",
         [("August", "2026-08")]),
        ("The water board said in February it was weighing a drought levy.", "2027-04-14",
         [("February", "2027-02")]),
        # "between" a past date and another is no stretch from now
        ("Exports fell between March and May, the agency said.", "2027-01-20", [("March", "2026-03"), ("May", "2026-05")]),
    ],
)
def test_a_past_in_reported_speech_stays_past(nlp, text, published, expected):
    assert model_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plan told in the past perfect: the planned day is read by no tense (a bare weekday: the
        # latest one; published Wednesday 2027-01-20)
        ("The ferry had been due to sail on Friday.", [("Friday", "2027-01-15")]),
        ("The crew had planned to land on Saturday.", [("Saturday", "2027-01-16")]),
        # reported, it is the backshifted present perfect of a plan that stands: ahead
        ("The council said it had agreed to reopen the pool on Friday.", [("Friday", "2027-01-22")]),
        # and a plan told now looks ahead
        ("The ferry is due to sail on Friday.", [("Friday", "2027-01-22")]),
    ],
)
def test_a_plan_in_the_past_perfect_says_nothing_of_its_day(nlp, text, expected):
    assert model_dates(nlp, text, "2027-01-20") == expected
