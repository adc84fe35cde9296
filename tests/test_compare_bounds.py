"""Two bounds of one figure from the same side (compare.quantities._other_bounds): "up to 40" and
"as many as 25" give two ceilings, "more than 1,300" and "more than 2,000" two floors. The sets
of values they allow overlap, yet each source states its figure through its number, so two
different numbers are a conflict; the same number (or one step apart: "more than 30" / "at least
31") agrees, and a bound against a plain figure inside it still agrees.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from extracted import quantity_match

pytestmark = pytest.mark.model

_STORY = (" Gales of 120 km/h closed the harbour at Velmstad and the coastguard told ferry crews to stay in port."
          " Forecasters expect the storm to move east by Sunday.")
_FLIGHTS_A = "Storm Ilse forced the regional carrier Nordair to cancel {q} flights, the airline said." + _STORY
_FLIGHTS_B = "Nordair cancelled {q} flights as Storm Ilse swept across the coast, the airline said." + _STORY
_POWER_A = "Storm Ilse left {q} households in Velmstad without power on Friday night, the grid operator said." + _STORY
_POWER_B = "The grid operator said {q} households in Velmstad had no power on Friday night after Storm Ilse." + _STORY


_match = quantity_match


def test_two_different_ceilings_of_one_figure_conflict():
    m = _match(_FLIGHTS_A.format(q="up to 40"), _FLIGHTS_B.format(q="as many as 25"), "up to 40", "as many as 25")
    assert m is not None and m.status == "conflict", m
    assert "ceiling" in m.reason


def test_the_same_ceiling_in_other_words_agrees():
    m = _match(_FLIGHTS_A.format(q="up to 40"), _FLIGHTS_B.format(q="as many as 40"), "up to 40", "as many as 40")
    assert m is not None and m.status == "agree", m


def test_a_plain_figure_within_a_ceiling_still_agrees():
    m = _match(_FLIGHTS_A.format(q="up to 40"), _FLIGHTS_B.format(q="32"), "up to 40", "32")
    assert m is not None and m.status == "agree", m


def test_two_different_floors_of_one_figure_conflict():
    m = _match(_POWER_A.format(q="more than 1,300"), _POWER_B.format(q="more than 2,000"), "1,300", "2,000")
    assert m is not None and m.status == "conflict", m
    assert "floor" in m.reason


@pytest.mark.parametrize("qa, qb", [("more than 1,300", "at least 1,301"), ("more than 2,000", "over 2,000")])
def test_the_same_floor_in_other_words_agrees(qa, qb):
    m = _match(_POWER_A.format(q=qa), _POWER_B.format(q=qb), qa.split()[-1], qb.split()[-1])
    assert m is not None and m.status == "agree", m


def test_weakly_aligned_bounds_of_different_numbers_are_only_related():
    # two ceilings whose clauses share almost nothing: not the same figure for sure, so neither
    # an agreement nor a contradiction
    a = "Up to 40 flights may be affected, the airport operator warned." + _STORY
    b = "Nordair said on its website that as many as 25 flights to the islands could be hit." + _STORY
    m = _match(a, b, "40", "25")
    assert m is None or m.status == "related", m


@pytest.mark.parametrize("qa, qb", [("more than 1,000", "more than 1,400"), ("more than 90", "at least 96")])
def test_a_round_floor_covers_a_finer_one_within_its_rounding_step(qa, qb):
    # "more than 1,000" is what a writer who rounds to thousands makes of "more than 1,400"
    m = _match(_POWER_A.format(q=qa), _POWER_B.format(q=qb), qa.split()[-1], qb.split()[-1])
    assert m is not None and m.status == "agree", m


_ROAD_A = "The coast road will stay closed for {q} while crews rebuild its retaining wall, the council said." + _STORY
_ROAD_B = "The council said the coast road would stay closed for {q} while the retaining wall is rebuilt." + _STORY


def test_two_floors_in_two_units_are_compared_at_the_step_each_is_written_to():
    # nine weeks (63 days) lies within the month that "more than two months" is written to: one floor
    m = _match(_ROAD_A.format(q="at least nine weeks"), _ROAD_B.format(q="more than two months"), "nine weeks", "two months")
    assert m is not None and m.status != "conflict", m


_FINE_A = "Anyone who lands a catch inside the Korrin reserve risks being fined up to {q}, the fisheries board said." + _STORY
_FINE_B = "The fisheries board said fishing inside the Korrin reserve carries a penalty of up to {q}." + _STORY


@pytest.mark.parametrize("qa, qb", [("$5,000", "$10,000"), ("400 dollars", "1,000 dollars")])
def test_a_cap_is_not_rounded_past_its_first_digit(qa, qb):
    # no writer rounds a cap of 5,000 up to 10,000 (or 400 to 1,000): two maximum fines conflict
    m = _match(_FINE_A.format(q=qa), _FINE_B.format(q=qb), qa, qb)
    assert m is not None and m.status == "conflict", m
    assert "ceiling" in m.reason


@pytest.mark.parametrize("qa, qb", [("$950", "$1,000"), ("$4,600", "$5,000")])
def test_a_cap_rounded_up_at_its_first_digit_is_the_same_cap(qa, qb):
    m = _match(_FINE_A.format(q=qa), _FINE_B.format(q=qb), qa, qb)
    assert m is not None and m.status == "agree", m


def test_a_plain_fine_under_a_cap_still_agrees():
    a = "A trawler skipper caught inside the Korrin reserve was fined $4,000, the fisheries board said." + _STORY
    m = _match(_FINE_B.format(q="$10,000"), a, "$10,000", "$4,000")
    assert m is not None and m.status == "agree", m
