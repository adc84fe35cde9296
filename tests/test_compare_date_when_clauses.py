"""A fronted clause of time (compare.date_events `main_clause_event`): "When the gavel came down on
Thursday night, the sheet had sold" dates the sale as much as the gavel's fall, so the date meets
the other report's "sold on Thursday" on the sale; a "when" clause after the date is
`governing_event`'s, not this.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare.pair import prepare

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _main_events(text: str) -> list:
    from claimtrack.compare.date_events import main_clause_event

    prepared = prepare(extracted_doc(text, "a.txt", "2031-01-20"))
    return [main_clause_event(m) for m in prepared.mentions if m.kind == "date"]


def test_a_fronted_when_clause_dates_the_clause_it_modifies():
    # "When the gavel came down on Thursday night, ... had sold": the sale is dated Thursday too
    assert _main_events("When the gavel came down on Thursday night, a rare stamp sheet had sold for 90,000 euros.") \
        == ["sell"]
    # a date in the main clause, and a "when" clause after it, are no fronted clause of time
    assert _main_events("A rare stamp sheet sold on Thursday night, when the gavel came down.") == [None]
