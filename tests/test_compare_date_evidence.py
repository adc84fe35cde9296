"""What makes two dates one event's, and what does not (compare.blocking._date_links,
compare.date_one_event._phase, compare.mentions._in_dateline): figures only each other's closest
are no evidence that the dates governing them date one event; "ends with the final race on 9
July" dates the end of what it names; a wire dateline with accented capitals dates the document.
Invented sentences."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from claimtrack.compare.blocking import WEAK_LINK, _date_links
from claimtrack.compare.dates import align_dates
from claimtrack.compare.date_one_event import _phase
from claimtrack.compare.mentions import mentions_of
from claimtrack.compare.candidates import Alignment

from extracted import extracted_doc


def _figure_pair(a_date: int, b_date: int, strong: bool, supported: bool = False, score: float = 0.5):
    side = lambda at, key: SimpleNamespace(kind="quantity", key=key, frame=SimpleNamespace(as_of_start=at))  # noqa: E731
    return SimpleNamespace(a=side(a_date, ("a", a_date)), b=side(b_date, ("b", b_date)), score=score,
                           alignment=Alignment("SAME", score, strong, supported=supported))


def test_dates_of_figures_not_shown_to_be_one_fact_are_linked_weakly():
    assert _date_links([_figure_pair(10, 20, strong=True)]) == {(10, 20)}
    assert _date_links([_figure_pair(10, 20, strong=False, supported=True)]) == {(10, 20)}
    assert _date_links([_figure_pair(10, 20, strong=False)]) == {(10, 20, WEAK_LINK)}


def _dates(text: str, published: str = "2031-06-19"):
    return [m for m in mentions_of(extracted_doc(text, "x.txt", published)) if m.kind == "date"]


def test_a_weak_link_ranks_two_dates_and_makes_no_event_of_them():
    [da] = [m for m in _dates("The deal gives about 900 porters a 3% rise from August.") if m.text == "August"]
    [db] = [m for m in _dates("The 910 porters will return to the quays on Monday 23 June.") if m.text == "Monday 23 June"]
    strong = align_dates(da, db, True, frozenset({(da.start, db.start)}))
    weak = align_dates(da, db, True, frozenset({(da.start, db.start, WEAK_LINK)}))
    assert strong is not None and strong.strong and strong.one_event
    assert weak is not None and not weak.strong and not weak.one_event
    plain = align_dates(da, db, True)
    assert plain is None or weak.score > plain.score


def test_a_date_in_the_with_phrase_of_a_verb_of_ending_dates_the_end():
    text = "The carnival opens on 28 June with a street concert and ends with the lantern parade on 9 July."
    [first, last] = [m for m in _dates(text) if m.text in ("28 June", "9 July")]
    # the parse may hang the date from the noun of the happening ("parade"): the "with" phrase of
    # "ends" still says which end of the carnival the date is
    as_noun = dataclasses.replace(last, frame=last.frame.model_copy(update={"event": "parade"}))
    assert _phase(as_noun) == "end" and _phase(first) == "start"
    # control: a noun after a verb that neither starts nor ends anything has no phase
    [other] = [m for m in _dates("The carnival will feature the lantern parade on 9 July.") if m.text == "9 July"]
    assert _phase(dataclasses.replace(other, frame=other.frame.model_copy(update={"event": "parade"}))) is None


def test_a_dateline_with_accented_capitals_dates_the_document():
    text = ("River towns told to leave\n\nCIUDAD BOLÍVAR, Venezuela, June 19 (Sur Wire) - Dozens of families living "
            "by the river were told to leave their homes this week after engineers found cracks in the dam wall.")
    own = {m.text: m.own_date for m in _dates(text)}
    assert own["June 19"] is True and own["this week"] is False
    # control: a date after a comma in an ordinary sentence is no dateline
    plain = {m.text: m.own_date for m in _dates("The mayor, speaking on June 19 - a Friday - said the dam was safe.")}
    assert plain.get("June 19") is False
