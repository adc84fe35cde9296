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


@pytest.mark.parametrize("text", [
    "The night bus does not stop at Fenwick Green any more, the council said.",
    "The night bus will not stop at Fenwick Green anymore.",
    "The night bus will not stop at Fenwick Green any longer.",
])
def test_not_any_more_is_no_longer(text):
    k = clause_of(text, "stop")
    assert (k.polarity, k.polarity_cue) == ("negative", "no longer")


def test_not_any_more_leaves_the_act_told_as_done_before():
    got = statement_statuses("The night bus does not stop at Fenwick Green any more, the council said.",
                             "The night bus stopped at Fenwick Green every hour until 2022.")
    assert ("conflict", "polarity") not in got and ("related", "polarity") in got


def test_any_more_of_an_object_is_a_plain_negation():
    k = clause_of("The council will not pay any more money to the bus firm.", "pay")
    assert (k.polarity, k.polarity_cue) == ("negative", "not")


def test_a_thing_said_to_stop_stops_the_activity_the_other_side_says_goes_on():
    # intransitive "stop" with a subject that names no act: the subject ceases what it does
    going_on = "The two pumps at the tannery would keep running through the winter, the manager said."
    got = statement_statuses(going_on, "The two pumps at the tannery will stop in the winter, the manager said.")
    assert ("conflict", "polarity") in got
    got = statement_statuses(going_on, "The two pumps at the tannery will not stop in the winter, the manager said.")
    assert ("agree", "equal") in got and not any(s == "conflict" for s, _ in got)
    # a stop at a place is a call there, not an end; another thing stopping says nothing of the pumps
    got = statement_statuses("The night ferry would keep running through the winter.", "The night ferry will stop at Lindholm.")
    assert not any(s == "conflict" for s, _ in got)
    got = statement_statuses(going_on, "The two cranes at the tannery will stop in the winter, the manager said.")
    assert not any(s == "conflict" for s, _ in got)


def test_an_act_noun_in_the_plural_is_the_act_not_a_doer():
    # "crossings" is the noun of the act of crossing, though folded as a term it is the verb
    # "cross", whose noun first names a thing (a wooden cross): the subject is what goes on, not a doer
    got = statement_statuses("The island ferry firm will not stop the evening crossings this spring.",
                             "The evening crossings will continue this spring, the ferry firm said.")
    assert ("agree", "equal") in got and not any(s == "conflict" for s, _ in got)


def test_a_doer_stopping_meets_only_its_own_working_of_the_same_things():
    # review s30 findings 1-2: which pumps (the words after the head) must meet, the act going on
    # must be the doer's own working, and a stop for a while ("for lunch") ends nothing
    stop = "The two pumps at the tannery will stop in the winter, the manager said."
    for other in ("The two pumps at the dye works will keep running through the winter, the manager said.",
                  "The two pumps at the tannery would keep leaking through the winter, the manager said."):
        assert not any(s == "conflict" for s, _ in statement_statuses(stop, other))
    got = statement_statuses("The dockers will stop for lunch at noon, the foreman said.",
                             "The dockers will keep working through the weekend, the foreman said.")
    assert not any(s == "conflict" for s, _ in got)
