"""A passive's subject is what its act is done to (issue 13, statement judging): "the permit was
not renewed" and "the board renewed the licence" speak of one act on one thing, whoever did it
and whether the passive names it; a named body in a passive ("Harbourline was fined") is the
other side's object, not a doer of its own. Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses

pytestmark = pytest.mark.model


def test_a_passive_subject_meets_an_object_wordnet_gives_as_one_thing():
    got = statement_statuses("The fishing licence was not renewed, the harbour office said.",
                             "The harbour office renewed the fishing permit in May.")
    assert ("conflict", "polarity") in got


def test_a_named_passive_subject_meets_the_named_object():
    got = statement_statuses("Harbourline was suspended from the tender on Tuesday.",
                             "The city council suspended Harbourline from the tender.")
    assert ("agree", "equal") in got


def test_a_named_active_subject_is_no_patient():
    # "Harbourline suspended ..." is Harbourline's own act, not one done to it
    got = statement_statuses("Harbourline suspended its ferry to the island on Tuesday.",
                             "The city council did not suspend Harbourline, a spokesman said.")
    assert ("conflict", "polarity") not in got


def test_two_different_things_stay_apart():
    # a permit and a ferry are no one thing in WordNet
    got = statement_statuses("The fishing permit was not renewed, the harbour office said.",
                             "The harbour office renewed the ferry timetable in May.")
    assert not got & {("conflict", "polarity"), ("agree", "equal")}
