"""An act that happens once to one thing has one date (compare.date_once `_once`): a rule begins
once, and coming into force is its beginning; a mill shut for good, a club founded, a building
sold is shut, founded, sold once (data/once_acts.json, WordNet), so two reports that date it
apart conflict. It must be one act of one doer on one thing: an act done to a thing brought in
as new ("signed a lease") or to many ("sold 300 tickets") may be done again, and two doers
named in the dated clauses do two acts (tests/test_compare_date_acts.py, _day_counts.py,
_parties.py and _wordings.py hold those cases). An act that recurs (a repainting) keeps its two dates, and a
rule's announcement is not its start.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare.date_align import align_dates
from claimtrack.compare.dates import about_one_thing
from claimtrack.compare.pair import prepare

from extracted import date_statuses, extracted_doc

pytestmark = pytest.mark.model

_LEAD = "The Varenne district council met on Thursday to discuss the old town. "


def _statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-10-10", "2031-10-11"), skip="Thursday")


def test_a_rule_that_came_into_force_is_one_that_began():
    a = "On 3 June the tourist bed tax came into force across the province, the finance office said."
    b = "The province's tax on tourist beds, which began on 24 June, has angered hoteliers."
    assert "conflict" in _statuses(a, b)
    # control: announcing the tax is not its start
    assert "conflict" not in _statuses(a, b.replace("began", "was announced"))


def test_a_closure_for_good_has_one_date():
    a = "The Brannock paper mill shut down in May, throwing eighty people out of work."
    b = "In March the paper mill in Brannock was shut, and eighty people lost their work."
    assert "conflict" in _statuses(a, b)
    # control: a repainting recurs, and keeps its two dates
    assert "conflict" not in _statuses(a.replace("shut down", "was repainted"), b.replace("was shut", "was repainted"))


def _pair(a: str, b: str):
    """The first non-lead date of each of two invented documents, and their alignment."""
    ma, mb = ([m for m in prepare(extracted_doc(_LEAD + t, f"{n}.txt", "2031-10-10")).mentions
               if m.kind == "date" and m.claim.start > 0][0] for n, t in (("a", a), ("b", b)))
    return ma, mb, align_dates(ma, mb, story=True)


def test_a_founding_is_about_one_thing():
    # the once-only act makes the two dates one thing's (two verbs of one WordNet sense),
    # which ranks the pair above a partner at the same precision (compare.select)
    a, b, al = _pair("The Kallio rowing club was established in May 1958.", "A fisherman founded the club in 1961.")
    assert about_one_thing(a, b, al)
    # control: a club founded, brought in as new, may be another club
    a, b, al = _pair("The Kallio rowing club was established in May 1958.", "A fisherman founded a club in 1961.")
    assert al is None or not about_one_thing(a, b, al)


def test_a_thing_sold_to_someone_in_the_passive_is_the_thing_sold():
    # "was sold to a hotel chain": what was sold is the subject, the chain is who bought it
    # (the clause frame's object_prep), so both reports date one sale of one house
    a = "The old customs house on the quay was sold to a hotel chain in May, the mayor told reporters."
    b = "In March the town sold the old customs house, which had stood empty since the war."
    assert "conflict" in _statuses(a, b)
    # control: a customs house brought in as new may be another one, sold on another day
    assert "conflict" not in _statuses(a, b.replace("the old customs house", "a customs house"))
