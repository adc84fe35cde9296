"""A sentential relative clause (", which ...") the parser hangs on a verb of saying as its
complement: the verb's own clause is kept, as an act with its object. Invented sentences only."""

from __future__ import annotations

import pytest

from claimtrack import extract

pytestmark = pytest.mark.model


def _predicates(text: str) -> dict:
    return {k.predicate: k for c in extract([], text=text, published="2031-04-02").claims if c.frame
            for k in c.frame.clauses}


def test_a_declaration_followed_by_which_is_kept_as_a_clause():
    got = _predicates("The port director said the authority may declare a curfew if the protests grow, "
                      "which would close the docks at night.")
    assert got["declare"].modality == "may" and got["declare"].object == "curfew"
    # the condition may hang from the relative clause: "which" is still its subject
    got = _predicates("Officials said the city may declare a heat emergency if temperatures climb again, "
                      "which would open cooling centres at night.")
    assert got["declare"].modality == "may"
    got = _predicates("The ferry operator announced a new levy on tankers, which will fund the cleanup of the bay.")
    # the measure announced is the act its noun names: a levy on tankers levies them
    assert got["levy"].object.endswith("tanker") and got["levy"].polarity == "positive"


def test_what_a_verb_of_saying_reports_still_gives_way_to_the_clause_said():
    got = _predicates("The port director said that the docks would close at night.")
    assert "say" not in got and "close" in got
