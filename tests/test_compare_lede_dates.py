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
