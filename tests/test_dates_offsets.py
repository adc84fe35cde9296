"""Counts of time that are no dates after a ranking word, and counts from the date the text last
named ("two years later"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from claimtrack.parsers.dates import find_dates
from claimtrack.pipeline.extensions import DATES, PUBLISHED, views


def model_dates(nlp, text, published="2025-03-04"):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in views(doc, DATES) if m.iso]


@pytest.mark.parametrize("text", [
    "It will be the first stoppage in 20 years.",
    "The mill will close for the second time in three months.",
    "The vote is expected to be the largest in 30 years.",
    "Officials said it would be the wettest spring in a decade.",
])
def test_in_n_years_after_an_ordinal_or_superlative_is_no_date(nlp, text):
    assert model_dates(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The bridge will reopen in two years.", [("two years", "2027")]),
    ("The first instalment is due in two weeks.", [("two weeks", "2025-03-18")]),
    ("The council will hold the hearing in three weeks.", [("three weeks", "2025-03-25")]),
])
def test_in_n_units_after_a_forward_verb_stays_a_date(nlp, text, expected):
    assert model_dates(nlp, text) == expected


def dates(text, published="2025-03-04"):
    return [(d.text, d.iso) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The ferry line opened on 9 October 2016. Three years later it was sold.",
     [("9 October 2016", "2016-10-09"), ("Three years later", "2019")]),
    ("The levee broke in April 2021; two months earlier inspectors had flagged it.",
     [("April 2021", "2021-04"), ("two months earlier", "2021-02")]),
    ("Work began on 2 June 2023 and stopped ten days later.",
     [("2 June 2023", "2023-06-02"), ("ten days later", "2023-06-12")]),
])
def test_an_offset_counts_from_the_date_named_before_it(text, expected):
    assert dates(text) == expected


def test_later_without_a_named_date_is_not_guessed():
    assert dates("Four years later the orchard was gone.") == []


def test_a_count_finer_than_its_anchor_is_not_guessed():
    assert dates("The mine was sold in 1987. Six days later it flooded.") == [("1987", "1987")]


def test_earlier_without_a_named_date_is_not_guessed():
    # results news: "from $3 million a year earlier" compares with a reporting period the
    # sentence does not date, not with the day of publication
    assert dates("Profit rose to $4 million from $3 million a year earlier.") == []


def test_a_new_paragraph_ends_the_anchor():
    assert dates("The fair opened on 1 May 2010.\n\nFive years later the site was empty.") == [
        ("1 May 2010", "2010-05-01")]
