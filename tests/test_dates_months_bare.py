"""Months with no cue word before them, read from the parse (pipeline/date_nouns.py
`with_noun_months`), and the end of a period written as a prefix ("end-2026", "end-March").
Sentences invented here."""

from __future__ import annotations

import pytest

from claimtrack.parsers.dates import find_dates
from test_dates_generalise import model_dates


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the object of a preposition that is no cue of the text parser, in a past clause
        ("Temperatures on the plateau stayed above 35 degrees for much of July.", "2027-08-20",
         [("July", "2027-07")]),
        ("Engineers had judged the dam safe as recently as February.", "2027-08-20", [("February", "2027-02")]),
        # a month in the possessive, in a clause that looks forward: the one to come
        ("The drought is expected to hold October's harvest below forecasts.", "2027-08-20",
         [("October", "2027-10")]),
        # the subject of a clause
        ("The ministry said November had been the driest month in a decade.", "2027-12-03",
         [("November", "2027-11")]),
    ],
)
def test_a_month_the_parse_makes_a_noun_of_the_clause_is_a_date(nlp, text, published, expected):
    assert model_dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pilar March, a nurse, spoke to the crowd.",  # a surname beside a given name
        "Theresa May said the vote would go ahead.",
    ],
)
def test_a_month_name_beside_another_name_is_part_of_the_name(nlp, text):
    assert model_dates(nlp, text, "2027-08-20") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fund plans to sell its stake by end-2028.", [("end-2028", "2028", "year", "late")]),
        ("Reserves stood at $4 billion at end-2026.", [("end-2026", "2026", "year", "late")]),
        ("The utility will cut prices from end-September.", [("end-September", "2027-09", "month", "late")]),
    ],
)
def test_the_end_of_a_period_written_as_a_prefix(text, expected):
    found = [(m.text, m.iso, m.grain, m.part) for m in find_dates(text, "2027-08-20")]
    assert found == expected


def test_a_verb_end_before_a_full_date_is_no_part():
    assert [(m.text, m.iso, m.part) for m in find_dates("Talks will end March 3.", "2027-02-10")] == \
        [("March 3", "2027-03-03", None)]



def test_a_word_the_tagger_reads_as_a_verb_that_is_none_gives_no_tense(nlp):
    # the tagger reads "seawall" as a present-tense verb and hangs the date from it: no tense, so
    # the latest Sunday, as the finite past "repaired" says
    text = "Crews repaired the old Marine Parade seawall late on Sunday."
    assert model_dates(nlp, text, "2031-04-16") == [("Sunday", "2031-04-13")]


# ------------------------------------------------------------------ months in sentences about the future
# A past participle after a noun is a reduced relative clause, no finite past: under a future or
# modal clause what it dates is still to come; set off by commas it describes a thing already
# there. A month a thing is arranged for lies after the arranging, which may be weeks back: the
# arranging verb's tense says nothing of it (the nearest one). Weekdays keep their readings.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Invoices printed in September will show the lower tariff.", [("September", "2031-09")]),
        ("Parcels shipped in October would reach the islands by Christmas.",
         [("October", "2031-10"), ("Christmas", "2031-12-25")]),
        ("The choir has a tour booked for August.", [("August", "2031-08")]),
        ("A regatta planned for July was called off.", [("July", "2031-07")]),
        ("Cabins reserved for June alone number 400.", [("June", "2031-06")]),
        # anterior readings stay
        ("The mill, opened in October, will employ 300 people.", [("October", "2030-10")]),
        ("The board discussed a survey published in November.", [("November", "2030-11")]),
        ("The board will discuss a survey published on Monday.", [("Monday", "2031-04-14")]),
    ],
)
def test_a_month_under_a_clause_about_the_future(nlp, text, expected):
    assert model_dates(nlp, text, "2031-04-16") == expected


# ------------------------------------------------------------------ a month the parse gives no tense
# A month naming a thing that is not the clause's subject ("over the March holidays") has no
# tense from the parse: the nearest occurrence. A "said" or "was" earlier in the sentence is the
# reporting clause's, not the month's, and does not make it last year's; a "will" there still
# looks forward. At exactly half a year either way, with no tense, the one behind.

@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Museum staff said they were thinking about longer visiting times during the March holidays.",
         "2030-01-14", [("March", "2030-03")]),
        ("The ferry company was weighing extra sailings for the August festival.", "2030-05-02",
         [("August", "2030-08")]),
        # half a year back, no tense: the one behind
        ("Wool fetched 12% less than at the February fair.", "2030-08-09", [("February", "2030-02")]),
    ],
)
def test_a_month_without_a_tense_of_its_own_is_the_nearest(nlp, text, published, expected):
    assert model_dates(nlp, text, published) == expected
