"""A rate per period and a count over one stated period of that length (compare.quantities.
_measure_relation): "draws about 90,000 visitors a year" and "welcomed 90,000 visitors in 2030"
state one yearly figure, the second for a year it names; a count with no period stated for it
stays another measure than the rate.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from extracted import extracted_doc, quantity_match

pytestmark = pytest.mark.model

_STORY = (" The Orvik aquarium in Tessfjord reopened its shark tunnel after a two-month refit, and the"
          " town council approved a new car park beside the harbour.")
_A = "The aquarium draws about 90,000 visitors a year, most of them from outside the region." + _STORY
_B = "The aquarium welcomed {n} visitors {when}, according to its annual report." + _STORY


_match = quantity_match


@pytest.mark.parametrize("when", ["in 2030", "last year"])
def test_a_yearly_rate_meets_a_count_over_one_named_year(when):
    m = _match(_A, _B.format(n="90,000", when=when), "90,000 visitors", "90,000 visitors")
    assert m is not None and m.status == "agree", m


def test_a_count_with_no_period_is_another_measure_than_the_rate():
    m = _match(_A, _B.format(n="90,000", when="since it opened"), "90,000 visitors", "90,000 visitors")
    assert m is None or m.status == "related", m


def _figure(text: str, figure: str):
    from claimtrack.compare.mentions import mentions_of

    [m] = [m for m in mentions_of(extracted_doc(text, "a.txt", published="2031-04-02"))
           if m.kind == "quantity" and figure in m.text]
    return m


def test_a_figure_of_a_past_period_is_another_moment_than_a_current_one():
    from claimtrack.compare.figure_evidence import earlier_period as _earlier_period

    old = _figure("In June 2019 more than 800 people died in a heatwave in the delta.", "800 people")
    now = _figure("At least 40 people have died in the heatwave in the delta, officials said.", "40 people")
    assert _earlier_period(old, now).startswith("A gives the figure for 2019")


def test_a_period_running_since_a_date_is_current():
    from claimtrack.compare.figure_evidence import earlier_period as _earlier_period

    running = _figure("Rainfall in the delta has been 30% below normal since October 2029.", "30%")
    now = _figure("Rainfall in the delta is 35% below normal, the weather service said.", "35%")
    assert running.frame.as_of_source == "stated"
    assert _earlier_period(running, now) == ""



@pytest.mark.parametrize("year", ["were worth 1.2 per cent of world trade in 2030", "grew 1.2 per cent in 2030"])
def test_a_yearly_rate_of_a_share_is_no_share_stated_for_one_year(year):
    # "about 4% a year" is how fast something changes every year; "1.2 per cent in 2030" is that
    # year's level or change: never one figure, whatever the values
    rate = "Tessfjord's grain exports grew about 4% a year in the past decade."
    m = _match(rate, f"Tessfjord's grain exports {year}.", "4%", "1.2 per cent")
    assert m is None or m.status != "conflict", m
    # the control: two yearly rates of one thing
    m = _match(rate, "Tessfjord's grain exports grew about 9 per cent annually in the past decade.", "4%", "9 per cent")
    assert m is not None and m.status == "conflict", m
