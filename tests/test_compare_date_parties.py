"""The parties to what a date dates (compare.date_one_event.event_actors): the actors named in the
clause the date stands in. A source named in another clause (an attribution, "according to a
notice seen by the Tribune") or a body named in a relative clause is no party, so two reports that
name different sources do not make two parties' events of one happening; two parties named in the
dates' own clauses still do. Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.date_one_event import event_actors, parties_clash
from claimtrack.compare.pair import prepare

from extracted import extracted_doc

pytestmark = pytest.mark.model

_A = "The Lunde ferry will resume on May 4 after repairs to the ramp, which Norland's transport ministry paid for."
_B = "The Lunde ferry will resume on 11 May, according to a harbour notice seen by the Coastal Tribune."


def _status(a: str, b: str, da: str, db: str) -> set:
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return {m.status for m in report.matches if m.kind == "date" and m.a.text == da and m.b.text == db}


def _date(text: str, date: str):
    return next(m for m in prepare(extracted_doc(text, "a.txt")).mentions if m.kind == "date" and m.text == date)


def _parties(text: str, date: str) -> frozenset:
    return event_actors(_date(text, date))


def test_a_source_or_a_relative_clause_names_no_party_to_the_dated_act():
    assert not any("tribune" in x for x in _parties(_B, "11 May"))
    assert not any("ministry" in x for x in _parties(_A, "May 4"))


def test_two_reports_naming_two_sources_date_one_happening():
    assert _status(_A, _B, "May 4", "11 May") == {"conflict"}
    # control: the same day agrees
    assert _status(_A, _B.replace("11 May", "4 May"), "May 4", "4 May") == {"agree"}


def test_two_parties_named_in_the_dated_clauses_clash():
    a = "The Harbour Board will reopen the old slipway on May 4."
    b = "The Fishermen's Cooperative will reopen the old slipway on 11 May."
    assert any("harbour" in x for x in _parties(a, "May 4"))
    assert parties_clash(_date(a, "May 4"), _date(b, "11 May"))
    # control: the same bodies named outside the dated clauses are sources, and clash no more
    c = "The old slipway will reopen on May 4, the Harbour Board said."
    d = "The old slipway will reopen on 11 May, according to the Fishermen's Cooperative."
    assert not parties_clash(_date(c, "May 4"), _date(d, "11 May"))


def test_a_clause_whose_subject_is_named_elsewhere_takes_its_doer_from_the_clause_it_hangs_from():
    # "which will open": the relative clause names the silo; the body opening it is named as the
    # subject of the clause above (REVIEW s35 finding 1)
    lead = "Grain prices in the valley fell for a third month in March, traders said. "
    a = lead + "The Varden Growers Cooperative has raised 2 million euros for a grain silo, which will open on 4 May."
    b = lead + "The Ministry of Agriculture will open a grain silo on 11 May."
    assert any("varden" in x for x in _parties(a, "4 May"))
    assert "conflict" not in _status(a, b, "4 May", "11 May")
