"""A figure is a tally over the date of its clause only when it counts the act that date dates
(compare.dates._dates_a_figure): "sold 300 tickets on Monday" is Monday's tally, and another day
another tally; "said on Friday, in a speech that lasted two hours" sizes the speech, and the
saying happens once, so two days given for it conflict. Nor are the two counts of a vote ("by 14
votes to 6"): they give the sides of the one vote.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from extracted import date_statuses

pytestmark = pytest.mark.model

_DAYS = ("2031-06-07", "2031-06-07")


def test_a_figure_of_another_verb_is_no_tally_over_the_date():
    a = '"The harbour wall will be rebuilt stone by stone," mayor Ines Varga told the council on Thursday.'
    b = '"The harbour wall will be rebuilt stone by stone," Varga said on Friday, in a speech that lasted nearly two hours.'
    assert date_statuses(a, b, _DAYS) == {"conflict"}
    # control: the same day agrees
    assert date_statuses(a, b.replace("on Friday", "on Thursday"), _DAYS) == {"agree"}


def test_a_tally_of_the_dated_act_over_two_days_is_no_conflict():
    a = "The Tarsk museum sold 300 tickets for its new exhibition on Monday, its director said."
    b = "The Tarsk museum's director said it sold 300 tickets for the new exhibition on Tuesday."
    assert "conflict" not in date_statuses(a, b, _DAYS)


def test_a_length_of_time_beside_the_date_is_no_tally():
    # "three days before the gale" places the warning in time; it counts nothing issued that day
    a = "The weather office had issued a flood warning for the Orl valley on Wednesday."
    b = "The weather office had issued a flood warning for the Orl valley on Tuesday, three days before the gale."
    assert date_statuses(a, b, _DAYS) == {"conflict"}
    assert date_statuses(a, b.replace("on Tuesday", "on Wednesday"), _DAYS) == {"agree"}


def test_a_distance_beside_the_date_is_no_tally():
    # "about 25 kilometres north of Vell" measures where the depot is, not what left it
    a = "The grain convoy left the Kessa depot, about 25 kilometres north of Vell, on Thursday under police escort."
    b = "The grain convoy left the Kessa depot on Wednesday under police escort."
    assert date_statuses(a, b, _DAYS) == {"conflict"}


def test_a_tally_in_apposition_over_two_days_is_no_conflict():
    # "180 in all" has no argument place in the parse (role "other") and counts what was given
    # out that day: another day, another tally. Only a length or a time so placed is an extent.
    a = "The Dunmore food bank gave out winter coats on Monday, 180 in all, its manager said."
    assert "conflict" not in date_statuses(a, a.replace("Monday", "Tuesday"), _DAYS)
    assert date_statuses(a, a, _DAYS) == {"agree"}


def test_the_two_counts_of_a_vote_count_nothing_over_its_day():
    # "by 14 votes to 6" gives the two sides of one vote, which is taken once: the date is the
    # vote's, and two days given for it conflict
    a = "The Varnby town council approved the new ferry contract on Monday by 14 votes to 6."
    b = "On Tuesday, the Varnby town council approved the new ferry contract."
    assert date_statuses(a, b, _DAYS) == {"conflict"}
    # control: a figure the act counts is still a count over its day
    a = "The Varnby town council approved 14 new ferry contracts on Monday."
    b = "On Tuesday, the Varnby town council approved 14 new ferry contracts."
    assert "conflict" not in date_statuses(a, b, _DAYS)

