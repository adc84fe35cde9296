"""The ledes of two reports of one story date its main event (compare.dates.mark_lede).

News is written as an inverted pyramid: the first sentence of the body says what happened and
when. Two reports that word the event with different verbs still date it in their ledes, so the
two lede dates are one event's, and another date later on that shares more words does not take
their place. Invented reports through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

PUBLISHED = "2031-04-02"  # a Wednesday

A = ("Floodgates thrown open at Kessel dam\n\n"
     "RIVERTON, April 2 (Valley Wire) - Engineers let water out of the Kessel reservoir on Monday after three days "
     "of heavy rain, the regional water board said.\n\n"
     "Farmers downstream moved cattle to higher ground. The floodgates of the dam were last thrown open on "
     "14 March, during repairs to the spillway.")
B = ("Kessel dam spills for the first time in a decade\n\n"
     "THE RIVERTON POST · Wednesday, 2 April 2031\n\n"
     "The floodgates of the dam were thrown open on {day}, as rain swelled the Kessel.\n\n"
     "Engineers had let water out of the reservoir on 9 March too, after heavy rain, the water board said.")


def _dates(a: str, b: str):
    report = diff_pair(extracted_doc(a, "a.txt", PUBLISHED), extracted_doc(b, "b.txt", PUBLISHED))
    return {(m.a.text, m.b.text): m.status for m in report.matches if m.kind == "date"}


def test_the_two_ledes_date_one_event_in_other_verbs():
    found = _dates(A, B.format(day="31 March"))
    assert found.get(("Monday", "31 March")) == "agree"


def test_two_lede_dates_that_differ_are_never_called_a_conflict_by_the_lede_alone():
    found = _dates(A, B.format(day="Sunday"))
    assert found.get(("Monday", "Sunday")) == "related"


def test_a_later_sentence_is_no_lede():
    """The control: the same dates out of the ledes keep their own evidence (no lede pair)."""
    from claimtrack.compare.dates import mark_lede
    from claimtrack.compare.mentions import mentions_of

    doc = extracted_doc(A, "a.txt", PUBLISHED)
    mentions = mentions_of(doc)
    mark_lede(mentions, PUBLISHED)
    assert [m.text for m in mentions if m.kind == "date" and m.lede] == ["Monday"]


# ------------------------------------------------------------------ a clause describing the date
# "until 22 May, when the service is due to restart": the when-clause names what happens on the
# date, whatever verb the date hangs from ("stay in port until").

def _pair(a: str, b: str, published: str = "2031-05-14"):
    report = diff_pair(extracted_doc(a, "a.txt", published), extracted_doc(b, "b.txt", published))
    return {(m.a.text, m.b.text): m.status for m in report.matches if m.kind == "date"}


RESTART_A = "The ferry operator said the service to the islands would restart on Friday after repairs."
RESTART_B = "Ferries will stay in port until 22 May, when the service to the islands is due to restart."


def test_the_event_a_when_clause_names_dates_the_date():
    assert _pair(RESTART_A, RESTART_B).get(("Friday", "22 May")) == "conflict"


def test_without_the_when_clause_the_verb_of_the_date_decides():
    control = "Ferries will stay in port until 22 May, the operator said, and repairs go on."
    assert _pair(RESTART_A, control).get(("Friday", "22 May")) != "conflict"


# ------------------------------------------------------------------ a lede that dates only the saying
# "the water board said on Monday": a lede that dates no event dates the announcement, its news.

SAID_A = ("Water board to raise charges\n\n"
          "RIVERTON, April 2 (Valley Wire) - Household water charges will rise by a tenth from June, the regional "
          "water board said on Monday.\n\n"
          "Riverton faced dearer water from the summer, officials had first warned on 20 March.")
SAID_B = ("Bills up again\n\n"
          "THE RIVERTON POST · Wednesday, 2 April 2031\n\n"
          "Riverton faces dearer water from the summer, officials announced on {day}.\n\n"
          "Household water charges will rise by a tenth, the regional water board said on 14 March, before "
          "repairs to the Kessel dam.")


def test_two_ledes_that_date_only_the_announcement_meet():
    assert _dates(SAID_A, SAID_B.format(day="31 March")).get(("Monday", "31 March")) == "agree"


# ------------------------------------------------------------------ a lede of another act
# The second report's lede tells a later act of the story (the clearing up), in a clause that
# names the same place: the lede bonus ranks the two lede dates first, but what they are aligned
# on stays what their words say, so the blaze and the clearing up are not one event dated twice.

FIRE_A = ("Blaze guts Porto Lindo fish hall\n\n"
          "PORTO LINDO, April 2 (Coast Wire) - A blaze swept through the covered fish hall of Porto Lindo early on "
          "Sunday, wrecking about 300 stalls, the fire service said.\n\n"
          "Nobody was hurt. The hall was built in 1962.")
FIRE_B = ("Stallholders start again\n\n"
          "THE LINDO HERALD · Wednesday, 2 April 2031\n\n"
          "Stallholders cleared charred crates out of the fish hall on {day} and began to rebuild.\n\n"
          "The fire, which started shortly after midnight on Saturday, wrecked 340 stalls, the stallholders' union said.")


def test_a_lede_of_a_later_act_is_no_second_date_of_the_first():
    found = _dates(FIRE_A, FIRE_B.format(day="Monday"))
    assert found.get(("Sunday", "Monday")) == "related"
    # control: the same two ledes still meet first and agree when they give one day
    assert _dates(FIRE_A, FIRE_B.format(day="Sunday")).get(("Sunday", "Sunday")) == "agree"
