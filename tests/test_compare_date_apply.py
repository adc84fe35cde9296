"""A rule that "applies from" a date starts to apply then, which is what every in-force expression
dates ("come into force: to start to apply"; data/dates.json in_force): compare.date_events reads
such a date as the rule's taking effect, so "applies from 4 April" and "takes effect on 18 April"
date one event. Not the verb of asking ("applied for a permit"), nor a date that ends the state.
Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.date_events import TAKE_EFFECT, event_of
from claimtrack.compare.pair import prepare

from extracted import extracted_doc

pytestmark = pytest.mark.model

_LEAD = "The harbour board of Port Selva approved a new mooring fee for yachts on Monday. "


def _event(text: str) -> str:
    doc = prepare(extracted_doc(_LEAD + text, "a.txt", "2031-02-12"))
    return [event_of(m) for m in doc.mentions if m.kind == "date"][-1]


def _statuses(a: str, b: str, da: str, db: str) -> set:
    report = diff_pair(extracted_doc(_LEAD + a, "a.txt", "2031-02-12"), extracted_doc(_LEAD + b, "b.txt", "2031-02-12"))
    return {m.status for m in report.matches if m.kind == "date" and m.a.text == da and m.b.text == db}


def test_a_date_a_rule_applies_from_dates_its_taking_effect():
    assert _event("The new mooring fee will apply from 4 April, the board said.") == TAKE_EFFECT
    # controls: the end of the state, and the verb of asking
    assert _event("The old mooring fee applies until 30 June.") != TAKE_EFFECT
    assert _event("Three yacht clubs applied for an exemption from the board on 4 April.") != TAKE_EFFECT


def test_applies_from_and_takes_effect_on_two_days_conflict():
    a = "The new mooring fee will apply from 4 April, the board said."
    b = "The mooring fee takes effect on 18 April."
    assert _statuses(a, b, "4 April", "18 April") == {"conflict"}
    # control: the same day agrees
    assert _statuses(a, b.replace("18 April", "4 April"), "4 April", "4 April") == {"agree"}
