"""What a "since" date dates (compare.date_since): under a verb of changing a level it is the
baseline the change is measured from, not the date of an act, so two reports' baselines of two
changes never conflict; in a superlative's domain ("the lowest since 2014") it is the last time
things stood so, a date of its own; and a period opened by "since" is not the time a state held
("the guild's members had 60 bakeries in 2011").

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare.date_since import baseline, record, since_date
from claimtrack.compare.pair import prepare

from extracted import date_statuses, extracted_doc

pytestmark = pytest.mark.model

_LEAD = "Fishery officials in the Ardent Bay region met on Tuesday to review the season. "


def _statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-05-08", "2031-05-08"), skip="Tuesday")


def _dates(text: str) -> dict:
    prepared = prepare(extracted_doc(text, "a.txt", "2031-05-08"))
    return {m.text: m for m in prepared.mentions if m.kind == "date"}


def test_a_since_date_under_a_change_is_its_baseline_a_superlative_its_record():
    dates = _dates("Catches of hake have shrunk by about a third since 2017, the board said. "
                   "The price of hake climbed to its highest level since 2012 last month.")
    assert since_date(dates["2017"]) and baseline(dates["2017"]) and not record(dates["2017"])
    assert record(dates["2012"]) and not baseline(dates["2012"])
    # a negated change dates the last change: a record's date, no baseline
    last = _dates("Ferry tolls on the Ardent Bay crossing have not risen since 2015.")["2015"]
    assert record(last) and not baseline(last)
    # a "since" date under no change is neither: the start of a state
    state = _dates("The harbour crane has been out of use since 2019.")["2019"]
    assert since_date(state) and not baseline(state) and not record(state)


def test_two_baselines_of_two_changes_are_no_conflict():
    a = "Landings of sardines had dropped by almost half since 2016, surveys showed."
    b = "Sardine landings have sunk to their lowest since 2011, according to the survey."
    assert "conflict" not in _statuses(a, b)
    # control: two records of one level, dated apart, still conflict
    c = "Sardine landings have sunk to their lowest since 2013, according to the survey."
    assert "conflict" in _statuses(b, c)


def test_a_period_opened_by_since_is_not_a_state_held_at_a_time():
    a = '"Since 2017 we have closed 25 bakeries," the chairwoman of the guild told reporters.'
    b = "According to its yearbook, the guild's members still had about 60 bakeries in 2011."
    assert "conflict" not in _statuses(a, b)
    # control: the change itself, dated apart from the start of the period, does conflict
    c = "According to its yearbook, the guild's members closed their first bakeries in 2014."
    assert "conflict" in _statuses(a, c)
