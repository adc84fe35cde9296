"""Statement subjects compared as actors: a country and its own government or ministry take one
stance (place-for-institution metonymy); a court or another body of the country does not.
Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.statements.phrases import one_actor

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _statements(a: str, b: str):
    return {(m.status, m.relation) for m in diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt")).matches
            if m.kind == "statement"}


def test_a_country_and_its_government_or_ministry_are_one_stance_holder():
    a = "Portugal will not ban sardine fishing this summer, officials in Lisbon said."
    b = "Portugal's fisheries ministry said it may ban sardine fishing in August."
    assert ("conflict", "polarity") in _statements(a, b)
    c = "The Portuguese government may ban sardine fishing in August, a spokesman said."
    assert ("conflict", "polarity") in _statements(a, c)
    # control: a court of the country is not its government
    d = "A court in Portugal may ban sardine fishing in August, lawyers said."
    assert ("conflict", "polarity") not in _statements(a, d)


def test_only_the_states_own_executive_organs_are_the_state():
    assert one_actor("peru", "government-of-peru") and one_actor("brazil", "agriculture-ministry-brazil")
    assert not one_actor("kerala", "kerala-state-electricity-board")  # a board; and a state, not a country
    assert not one_actor("chile", "supreme-court-chile")
    assert not one_actor("agriculture-ministry-brazil", "finance-ministry-brazil")  # two ministries
