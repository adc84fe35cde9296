"""A verb of ending before a modal ("would stop dredging") keeps its aspect (issue 13, statement
judging): what is said of the act is that it ends, never that it will go on. Invented sentences
only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import clause_of, statement_statuses

pytestmark = pytest.mark.model


def test_a_modal_before_a_verb_of_ending_leaves_the_act_ending():
    k = clause_of("The quarry operator would stop blasting at night, a spokesman said.", "blast")
    assert (k.polarity, k.modality) == ("positive", "stop")


def test_an_act_said_to_end_never_agrees_with_the_act_said_to_go_on():
    got = statement_statuses("The quarry operator would stop blasting at night, a spokesman said.",
                             "The quarry operator would blast at night, a spokesman said.")
    assert ("agree", "equal") not in got
