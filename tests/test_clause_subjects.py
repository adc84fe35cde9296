"""A sentence-opening "it" takes up the previous sentence's subject when that names an
organisation or a country (Centering's preferred antecedent). Invented sentences only."""

from __future__ import annotations

import pytest

from claimtrack import extract

pytestmark = pytest.mark.model


def _clauses(text: str):
    return [k for c in extract([], text=text, published="2031-04-02").claims if c.frame for k in c.frame.clauses]


def _by_predicate(text: str) -> dict:
    return {k.predicate: k for k in _clauses(text)}


def test_it_takes_up_the_organisation_the_previous_sentence_is_about():
    got = _by_predicate("Brightwater Logistics offered each customer a refund on Monday. "
                        "It will not raise its delivery fees this year.")
    assert got["raise"].subject == "brightwater-logistics"
    # and who denies, through it
    got = _by_predicate("Brightwater Logistics offered each customer a refund on Monday. "
                        "It rejected claims that its drivers had lost the parcels.")
    assert got["lose"].denied_by == "brightwater-logistics"


def test_it_takes_up_no_person_no_thing_and_no_empty_subject():
    # a person is not "it"; a storm is no actor; "it is unclear" has an empty subject
    got = _by_predicate("Maria Lopez opened the new depot on Monday. It will not close before June.")
    assert got["close"].subject is None
    got = _by_predicate("The storm hit Brightwater Logistics on Monday. It will not reach the capital.")
    assert got["reach"].subject is None
    got = _by_predicate("Brightwater Logistics offered each customer a refund on Monday. "
                        "It is unclear whether the drivers will strike.")
    assert all(k.subject != "brightwater-logistics" for k in got.values() if k.predicate != "offer")


def test_they_takes_up_no_single_person_the_actors_know_even_when_the_tagger_misses_the_name():
    # the tagger reads this name as an organisation; the actor component knows a person: "they"
    # are the lawyer's clients, not the lawyer
    got = _by_predicate("Defence lawyer Lerato Mokoena, who represented the four men, "
                        "said after the hearing that they would appeal.")
    assert got["appeal"].subject is None
    assert got["appeal"].subject_text == "they"


def test_a_line_of_a_list_takes_no_subject_from_another_line():
    # the parser runs the list's lines into one sentence and gives the last line's verb a noun of
    # the line above for subject; a line shares no subject with another
    got = _by_predicate("Backers of the harbour pact include:\n- Nordic states: Norway, Denmark and Iceland\n"
                        "- Partners from the Pacific considering non-combat roles\n"
                        "- Portugal has already said that it will not send ground crews but is open to training missions.")
    assert got["send"].subject != "norway"
    # ... while one sentence keeps its subject across its clauses
    got = _by_predicate("Norway signed the harbour pact and pledged aid to the fishing towns.")
    assert got["pledge"].subject == "norway"
