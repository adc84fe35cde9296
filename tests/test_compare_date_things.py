"""Two dates whose clauses are about one thing (compare.date_things): two reports of one story
that date one happening with two verbs still name the thing it befalls by one noun, or by WordNet
synonyms or kinds. Each mechanism is shown with a control pair that keeps the other verdict: an
agent (a person, a body) or a name is not what a clause is about, and one thing's dates decades
apart are two events of it.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.date_things import participants
from claimtrack.compare.pair import prepare

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _status(a: str, b: str, da: str, db: str, published: str = "2031-04-02") -> set:
    """The statuses diff gives the pair of dates written `da` in A and `db` in B."""
    report = diff_pair(extracted_doc(a, "a.txt", published), extracted_doc(b, "b.txt", published))
    return {m.status for m in report.matches if m.kind == "date" and m.a.text == da and m.b.text == db}


def _participants(text: str, date: str, published: str = "2031-04-02") -> frozenset:
    prepared = prepare(extracted_doc(text, "a.txt", published))
    return next(participants(m) for m in prepared.mentions if m.kind == "date" and m.text == date)


def test_the_thing_a_clause_is_about_is_its_subject_or_object_noun_not_an_agent_or_a_name():
    # a thing as subject, a thing as object
    assert "light" in _participants("The new runway lights will be installed by 22 September.", "22 September")
    assert "light" in _participants("The operator will replace the runway lights by September 8.", "September 8")
    # an agent (a kind of person, an organisation) and a name do many things: never the thing
    assert "operator" not in _participants("The operator will replace the runway lights by September 8.", "September 8")
    assert not _participants("Engineers will inspect Harbour Point on May 4.", "May 4")


def test_two_verbs_about_one_thing_conflict_when_each_date_is_the_others_partner():
    # "repaired" / "finished": two verbs, one repair of the roof; the sentences share little else
    a = "The museum's damaged roof will be repaired by October 2, its director said in a letter to donors."
    b = "Builders hired by the trust say the new roof will be finished on 16 October."
    assert _status(a, b, "October 2", "16 October", published="2031-08-14") == {"conflict"}
    # control: the same day on both sides agrees
    assert _status(a, b.replace("16 October", "2 October"), "October 2", "2 October", published="2031-08-14") == {"agree"}


def test_one_things_dates_decades_apart_are_two_events_of_it():
    # replaced in one decade, repaired in another: two events of the roof, not one misdated
    a = "The museum's roof was replaced in 1931, its director said in a letter to donors."
    b = "Builders hired by the trust say the roof was last repaired in 1987."
    assert "conflict" not in _status(a, b, "1931", "1987", published="2031-08-14")


def test_a_change_of_a_things_level_and_an_act_on_the_thing_are_two_events():
    # "rise" tells how far the bills' amount moves; posting the bills is another event, though both name bills
    a = "Heating bills in the county will rise by 12% from October, the regulator said."
    b = "The higher charges will be listed on heating bills posted to customers in November."
    assert "conflict" not in _status(a, b, "October", "November")
    # control: two verbs of a level of one thing date one change, and differ
    assert _status(a, "Heating bills are expected to climb by 12% from November.", "October", "November") == {"conflict"}


def _date(text: str, date: str, published: str = "2031-05-20"):
    prepared = prepare(extracted_doc(text, "a.txt", published))
    return next(m for m in prepared.mentions if m.kind == "date" and m.text == date)


def test_what_restarts_may_be_named_by_a_synonym_on_the_other_side():
    from claimtrack.compare.date_one_event import _same_thing

    # "plant" / "factory": one thing under two WordNet names, though the two clauses share no word
    a = _date("The owner said the plant would restart by June 12 after its boilers pass inspection.", "June 12")
    b = _date("Workers said the factory could not restart before 26 June.", "26 June")
    assert _same_thing(a, b)
    # control: a ferry service is not the factory
    c = _date("Islanders said the ferry could not restart before 26 June.", "26 June")
    assert not _same_thing(a, c)


def test_a_verb_of_reaching_a_place_tells_an_arrival_not_a_level():
    # "reach" with a place for its object (here a name) is the tug's arrival, the event the other
    # report dates with "expected": one thing, one arrival, two days
    a = "A salvage tug, chartered from Mombasa, is due to reach Cape Delgado on May 4, the port authority said."
    b = "The tug is not expected before 9 May."
    assert _status(a, b, "May 4", "9 May", published="2031-04-22") == {"conflict"}
    # control: another vessel's arrival is another event
    assert "conflict" not in _status(a, "The supply barge is not expected before 9 May.", "May 4", "9 May",
                                     published="2031-04-22")


def test_a_partner_about_the_same_thing_outranks_one_that_only_shares_words():
    # the planting of the saplings (a sapling is a kind of tree) is dated by both reports with two
    # verbs; B's meeting on Monday shares a word with A's sentence ("growers") and is about no tree
    a = ("Severe frost has damaged orchards across the valley. The replacement saplings, raised in a nursery near "
         "the coast, will be planted on June 9, growers said.")
    b = ("Orchards across the valley were damaged by severe frost. The young trees are now expected on 16 June. "
         "Insurers met the growers on Monday.")
    assert _status(a, b, "June 9", "16 June", published="2031-05-20") == {"conflict"}
    # control: young bees are not the saplings, and their arrival is another event
    assert "conflict" not in _status(a, b.replace("young trees", "young bees"), "June 9", "16 June", published="2031-05-20")


def test_a_position_on_a_scale_reached_is_a_level_not_a_place():
    from claimtrack.compare.date_things import _changes_level

    # "plateau", "top", "territory", "crest", "trough", "zone" are filed by WordNet as landforms and
    # regions; the words around them make them positions on a scale: an indefinite article, a
    # modifier with no determiner, a figure, or the subject's own (a subject that goes nowhere)
    assert _changes_level(_date("Sales of the folding bicycle reached a plateau in March.", "March"))
    assert _changes_level(_date("The index hit the top of its band on April 3.", "April 3"))
    assert _changes_level(_date("Copper prices hit negative territory on April 3, dealers said.", "April 3"))
    assert _changes_level(_date("The stream reached its crest below the weir on April 3.", "April 3"))
    assert _changes_level(_date("Unemployment in the province reached a trough in March, officials said.", "March"))
    assert _changes_level(_date("Inflation hit the 4% zone in March, the finance ministry said.", "March"))


def test_a_particular_place_reached_is_an_arrival_whatever_arrives():
    from claimtrack.compare.date_things import _changes_level

    # a named place, or a particular one ("the ..."), is arrived at: by a vessel, people, supplies,
    # a slick or money alike
    assert not _changes_level(_date("The relief convoy reached Port Amsel on April 3.", "April 3"))
    assert not _changes_level(_date("The ferry will reach the harbour on April 3, the operator said.", "April 3"))
    assert not _changes_level(_date("Marchers reached the coast on April 3, witnesses said.", "April 3"))
    assert not _changes_level(_date("Food supplies reached the besieged town on April 3, residents said.", "April 3"))
    assert not _changes_level(_date("The oil slick reached the coast on April 3, the coastguard said.", "April 3"))
    assert not _changes_level(_date("The first payments reached the flooded districts on April 3.", "April 3"))
    # people and vessels reach "an island", "a port": places, though the article is indefinite
    assert not _changes_level(_date("Forty fishermen reached an island off the cape on April 3.", "April 3"))
    assert not _changes_level(_date("The damaged freighter reached a port in northern Chile on April 3.", "April 3"))
    # what goes on purpose reaches its own destination
    assert not _changes_level(_date("The dredger reached its home port on April 3.", "April 3"))
