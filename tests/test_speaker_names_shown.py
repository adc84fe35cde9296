"""A speaker's name the small model misses or mistypes, shown to be a person's by its sentence:
"who" takes it up, or a noun for a person stands in apposition to it. The pronoun of the quote
after it ("she said") then finds the person (pipeline/actors/repair.py `_shown_person`,
pipeline/actors/kinds.py `_person_word`). Every sentence is invented."""

from __future__ import annotations

import pytest

from claimtrack.models import Quote
from test_actors import _actors_with_ents, actors


def speakers(nlp, text):
    return [(q.speaker, q.speaker_mention) for q in (Quote.model_validate(q) for q in nlp(text)._.ct_quotes)]


@pytest.mark.parametrize(
    "text, name",
    [
        # "who" takes up a person (a body takes "which" or "that")
        ('For Tavita Fisher, who mends nets at the wharf, the new fee is unfair. '
         '"We pay twice for the same water," he said.', "Tavita Fisher"),
        # a noun for a person in apposition, definite: one word at a sentence's start is a name then
        ('Lim, the family lawyer, spoke outside court. "He wants to move on," he said.', "Lim"),
        ('Tuilagi Ioane Faleolo, the village chief, spoke first. "We were not consulted," he said.',
         "Tuilagi Ioane Faleolo"),
    ],
)
def test_an_untagged_name_the_sentence_shows_to_be_a_person_is_the_speaker(nlp, text, name):
    assert actors(nlp, text)[name].type == "PERSON"
    assert speakers(nlp, text) == [(name, None)]


@pytest.mark.parametrize("surname", ["Baker", "Fisher", "Porter"])
def test_a_coined_first_word_and_a_person_word_taken_up_by_who_is_a_person(nlp, surname):
    # "Velmora Dairy" (a coined word and what it makes) is a company; "Zawadi Baker, who sells
    # maize" is a person whose surname is a word for a person, as many are
    text = f"For Zawadi {surname}, who sells grilled maize near the ferry, the ruling was good news."
    assert _actors_with_ents(nlp, text, [(f"Zawadi {surname}", "PERSON")]) == {f"Zawadi {surname}": "PERSON"}
    assert _actors_with_ents(nlp, text, [(f"Zawadi {surname}", "ORG")]) == {f"Zawadi {surname}": "PERSON"}


def test_without_who_a_coined_word_and_a_common_noun_stay_a_company(nlp):
    text = "Velmora Dairy raised its prices in the spring."
    assert _actors_with_ents(nlp, text, [("Velmora Dairy", "PERSON")]) == {"Velmora Dairy": "ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "Kaira, a supplier of the hotels, raised its prices.",  # a kind of organisation, not a person
        "Tema, the fishing town, was quiet on Sunday.",  # a place: no noun for a person
    ],
)
def test_an_untagged_name_beside_no_person_noun_is_no_person(nlp, text):
    assert all(a.type != "PERSON" for a in actors(nlp, text).values())


@pytest.mark.parametrize(
    "text, name, shown",
    [
        # news ranks firms by such nouns; "a fish trader, X," introduces one person (WordNet's
        # businessperson and maker: data/person_nouns.json 'business')
        ("The board of Pivnice Orava, the country's second-largest brewer, rejected a bid.", "Orava", False),
        ("Ama Quaye, a fish trader, said sales had halved.", "Quaye", True),
        ("Lim, the family lawyer, spoke outside court.", "Lim", True),
        ("For Tavita Sefo, who mends nets at the wharf, the fee is unfair.", "Sefo", True),
        ("Tema, the fishing town, was quiet on Sunday.", "Tema", False),
    ],
)
def test_a_definite_noun_of_a_person_in_business_is_no_evidence_of_a_person(nlp, text, name, shown):
    doc = nlp(text)
    [tok] = [t for t in doc if t.text == name]
    assert nlp.get_pipe("claimtrack_actors")._shown_person(tok) is shown


def test_a_plural_noun_for_people_beside_a_name_shows_no_person(nlp):
    # the parser may hang the employer's name from "employees" as an apposition: a plural names
    # a group, not the person a name is
    doc = nlp("Nearly 700 employees of Chantiers du Petit Nord in Koumac voted for the deal.")
    [tok] = [t for t in doc if t.text == "Nord"]
    assert tok.dep_ == "appos" and tok.head.lower_ == "employees"  # the parse this test is about
    assert nlp.get_pipe("claimtrack_actors")._shown_person(tok) is False
