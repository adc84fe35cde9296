"""One phase of one thing has one date (compare.date_once `_once_phase`): a thing starts once
and ends once, whichever verb or preposition says so. The phase is read from WordNet's senses of
starting and ending (data/once_acts.json 'phases': "take office" starts a term, a founding starts
what is founded, "phase out" ends a thing) and from the bound of a span ("runs until", "applies
from"), which names the end or the start of the state its clause tells; two such dates of one
thing conflict, however far a schedule slips within a year. Two phases of one thing, or one
phase of a thing brought in as new, keep their dates.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.already import phase_act

from extracted import date_statuses

_LEAD = "The Varenne district council held its monthly session on Thursday. "


def _statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-10-10", "2031-10-11"), skip="Thursday")


def test_phase_verbs_come_from_wordnet():
    assert phase_act("take office") == "start"
    assert phase_act("set up") == phase_act("form") == "start"
    assert phase_act("phase out") == phase_act("complete") == "end"
    # a change in degree ends nothing, and a light verb says too little
    assert phase_act("cut") is None and phase_act("take") is None


@pytest.mark.model
def test_a_founding_under_two_verbs_has_one_date():
    a = "The Ostrava chess society, set up in March 1987, now has 60 members."
    b = "In June 1987 the chess society was formed; it meets every Tuesday in the town library."
    assert "conflict" in _statuses(a, b)
    # control: a society brought in as new may be another one
    assert "conflict" not in _statuses(a, b.replace("the chess society", "a chess society"))


@pytest.mark.model
def test_the_end_of_a_span_is_the_end_of_its_state():
    a = "Under the new rota, the island's winter ferry timetable stays valid until 14 August 2032."
    b = "Passengers can rely on the current timetable until 2 October 2032, the shipping line said."
    assert "conflict" in _statuses(a, b)
    # controls: a span's start and its end are two phases; a fare card is another thing
    assert "conflict" not in _statuses(a.replace("until", "from"), b)
    assert "conflict" not in _statuses(a, b.replace("timetable", "fare card"))
