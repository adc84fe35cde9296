"""A happening that opens or closes (compare.date_events `_opened_happening`): "applications will
open on 3 March" dates the start of the applying, as "applications will start" does, so the two
dates of it conflict; the opening and the closing of it are two moments, and a thing that opens
("the footbridge will open") names no happening and keeps its verb.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare.date_events import event_of
from claimtrack.compare.pair import prepare

from extracted import date_statuses, extracted_doc

pytestmark = pytest.mark.model

_LEAD = "The Orla river board will issue forty new fishing permits this year. "


def _statuses(a: str, b: str) -> set:
    return date_statuses(_LEAD + a, _LEAD + b, ("2031-01-20", "2031-01-21"), skip="year")


def test_a_happening_that_opens_is_one_that_starts():
    a = "Applications for the permits will open on 3 March, the board said."
    b = "Applications for the permits will only start on 17 March."
    assert "conflict" in _statuses(a, b)
    # control: its opening and its closing are two moments
    assert "conflict" not in _statuses(a, b.replace("will only start", "will close"))


def _events(text: str) -> list:
    prepared = prepare(extracted_doc(text, "a.txt", "2031-01-20"))
    return [event_of(m) for m in prepared.mentions if m.kind == "date"]


def test_a_happening_that_opens_dates_what_its_start_dates_a_thing_keeps_the_verb():
    opened = _events("Ticket sales for the regatta will open on 3 March.")
    assert opened == _events("Ticket sales for the regatta would start on 17 March.") and opened != ["open"]
    assert _events("The new footbridge over the Orla will open on 3 March.") == ["open"]
