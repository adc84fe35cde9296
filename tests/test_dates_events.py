"""Months and weekdays that date an event, rescheduled and planned times, mastheads. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from claimtrack.parsers.published import find_dateline
from claimtrack.pipeline.extensions import DATES, PUBLISHED


def dates(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(d["text"], d["iso"]) for d in doc._.get(DATES)]


@pytest.mark.parametrize("text, published, expected", [
    # a month after "between", and the second month of the pair
    ("The depots will close in stages between April and July.", "2026-02-10",
     [("April", "2026-04"), ("July", "2026-07")]),
    ("Inspectors had flagged the leak as early as January.", "2026-06-02", [("January", "2026-01")]),
    ("Talks may run beyond October.", "2026-06-02", [("October", "2026-10")]),
    # an attributive month: the occurrence nearest the publication date
    ("The mayor is preparing for a November runoff.", "2026-08-05", [("November", "2026-11")]),
    ("The March floods wrecked the harvest.", "2026-05-20", [("March", "2026-03")]),
    # "the May government" is a name, not a month
    ("The May government lost the vote.", "2026-05-20", []),
])
def test_months_that_date_an_event(nlp, text, published, expected):
    assert dates(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the target of a verb that moves a thing in time lies after the act, whatever the tense
    ("The carmaker delayed the plant's opening to October.", "2026-05-14", [("October", "2026-10")]),
    ("The port authority extended the closure until Sunday.", "2026-05-14", [("Sunday", "2026-05-17")]),
    # a directive's to-infinitive looks forward
    ("The council told residents to boil water from Saturday.", "2026-05-14", [("Saturday", "2026-05-16")]),
    # a weekday dating what the verb plans
    ("Divers plan another search on Friday.", "2026-05-13", [("Friday", "2026-05-15")]),
    # a weekday dating a thing merely described stays the latest one
    ("The firm offered a premium to the closing price on Monday.", "2026-05-14", [("Monday", "2026-05-11")]),
    # a forward weekday that is the publication's own weekday is that day (14 May 2026 is a Thursday)
    ("The storm is expected to reach the coast late on Thursday.", "2026-05-14", [("Thursday", "2026-05-14")]),
])
def test_rescheduled_planned_and_same_day(nlp, text, published, expected):
    assert dates(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The ferry sank on 3 October last year.", "2026-05-21", [("3 October last year", "2025-10-03")]),
    ("The rules change on April 6 next year.", "2026-05-21", [("April 6 next year", "2027-04-06")]),
    ("Two climbers were rescued last night.", "2026-02-08", [("last night", "2026-02-07")]),
    ("The council meets tonight.", "2026-02-08", [("tonight", "2026-02-08")]),
    ("At last night fell over the valley.", "2026-02-08", []),
])
def test_day_with_a_relative_year_and_nights(nlp, text, published, expected):
    assert dates(nlp, text, published) == expected


@pytest.mark.parametrize("head, iso", [
    ("Bridge reopens\n\nThe Harbour Gazette — Monday 2 March 2026\nBy A. Writer\n\nText.", "2026-03-02"),
    ("Bridge reopens\n\nVALLEY COURIER – Friday, Jan. 9, 2026\n\nText.", "2026-01-09"),
    # a dash before a sentence that mentions a date is a wire dateline, not a masthead
    ("OSLO — The ministers met on March 2, 2026 to sign the accord.\n\nMore.", None),
])
def test_masthead_gives_the_publication_date(head, iso):
    assert find_dateline(head) == iso


def test_a_rate_is_not_an_offset_from_the_date_after_it(nlp):
    # "8 hours a day from Sunday": a rate, and the Sunday it starts (a directive: the next Sunday)
    text = "The utility told firms to cut power for 8 hours a day from Sunday."
    assert dates(nlp, text, "2026-08-19") == [("Sunday", "2026-08-23")]
    # without a figure before it, "a day from" still shifts the date
    assert [t for t, _ in dates(nlp, "The ministers meet a day after Monday.", "2026-08-19")] == ["a day after Monday"]


@pytest.mark.parametrize("text, expected", [
    # an amount right before "a month", or a figure and its unit in two words: a rate
    ("Parking at the Velm depot will cost $6 a month from 1 October.", [("1 October", "2026-10-01")]),
    ("Quarries may ship 4,000 metric tons a year from 1 October.", [("1 October", "2026-10-01")]),
    ("Rents rise by 3% a year from 1 October.", [("1 October", "2026-10-01")]),
    ("Mills may sell 60,000 tonnes of raw cane sugar a year from 1 October.", [("1 October", "2026-10-01")]),
    ("The quota is 60,000t a year from 1 October.", [("1 October", "2026-10-01")]),
    # a verb between the figure and "a year": an offset of the date, as without a figure
    ("The 40 clerks will move a year from 1 October.", [("a year from 1 October", "2027-10-01")]),
    # a digit glued to a name is no figure: the name's phrase is shifted as without one
    ("The G7 sanctions lapse a year from 1 October.", [("a year from 1 October", "2027-10-01")]),
    ("Its Flu-22 rules lapse a year from 1 October.", [("a year from 1 October", "2027-10-01")]),
    # a figure inside a name, then a verb in the present: the parse hangs "a year" from the verb
    ("Line 4 trams return a year from 1 October.", [("a year from 1 October", "2027-10-01")]),
    ("The 40 clerks move a year from 1 October.", [("a year from 1 October", "2027-10-01")]),
    # the parse hangs it from the counted noun: a rate, with no unit or currency in the figure
    ("The yard builds 12 barges a year from 1 October.", [("1 October", "2026-10-01")]),
])
def test_a_quantity_before_a_rate_word_is_no_offset(nlp, text, expected):
    assert dates(nlp, text, "2026-08-19") == expected
