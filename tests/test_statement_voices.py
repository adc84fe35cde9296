"""A body and the person who speaks for it, named in apposition in the statement's own sentence
(compare/statements/subjects.py `_office_beside`): "Owen Pryce, chief executive of Harlow Mills,
said ..." states the body's stance as "Harlow Mills chief executive Owen Pryce" does.
Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model

STORY = "The new dam on the Tarn is two years behind schedule. "


def test_an_officer_named_with_the_office_after_the_name_speaks_for_the_body():
    got = _statuses(STORY + "Harlow Mills would not reopen the tender for the dam.",
                    STORY + "Owen Pryce, chief executive of Harlow Mills, is expected to reopen the tender for the dam.")
    assert ("conflict", "polarity") in got


def test_an_officer_of_the_body_the_document_is_about_named_after_its_office_speaks_for_it():
    got = _statuses(STORY + "Harlow Mills would not reopen the tender for the dam.",
                    STORY + "Harlow Mills opened the quarry in 2019. Its chief executive, Owen Pryce, is expected to "
                    "reopen the tender for the dam.")
    assert ("conflict", "polarity") in got


def test_a_person_set_beside_another_body_does_not_speak_for_this_one():
    got = _statuses(STORY + "Harlow Mills would not reopen the tender for the dam.",
                    STORY + "Owen Pryce, chief executive of Tarn Cement, is expected to reopen the tender for the dam.")
    assert ("conflict", "polarity") not in got


def test_a_description_of_the_body_and_its_officer_named_in_apposition_are_one_subject():
    got = _statuses(STORY + "Harlow Mills opened the quarry in 2019. The company would not reopen the tender for the dam.",
                    STORY + "Harlow Mills opened the quarry in 2019. Its chief executive, Owen Pryce, is expected to "
                    "reopen the tender for the dam.")
    assert ("conflict", "polarity") in got


def test_an_unresolved_it_in_one_partys_words_is_the_body_that_party_names_in_the_other_report():
    got = _statuses(STORY + "Ilse Varga, a spokeswoman, said the firm was weighing a move of its kilns to Porto.",
                    STORY + "Ilse Varga, a spokeswoman, dismissed the reports about the quarry. She told reporters it "
                    "had no intention of moving the kilns.")
    assert ("conflict", "polarity") in got


def test_an_unresolved_it_in_another_partys_words_is_no_evidence_of_one_subject():
    got = _statuses(STORY + "Ilse Varga, a spokeswoman, said the firm was weighing a move of its kilns to Porto.",
                    STORY + "Tomas Ekdahl, a union leader, dismissed the reports about the quarry. He told reporters it "
                    "had no intention of moving the kilns.")
    assert ("conflict", "polarity") not in got
