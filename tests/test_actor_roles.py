"""Role words before a person's name, and short forms of a full name (actors component).

Every sentence is invented; names, places and offices are made up.
"""

from __future__ import annotations

import pytest

from test_actors import actors


@pytest.mark.parametrize("text, person, title", [
    # the model tags the role alone ("Coach" as an organisation) and leaves the name untagged
    ("The board confirmed on Monday that Coach Marit Solvang would stay on.", "Marit Solvang", "Coach"),
    ("\"We have work to do,\" said Coach Tiago Ferraz after the draw.", "Tiago Ferraz", "Coach"),
    # a noun for a kind of person that is also a given name ("Pastor") is the role, not the name
    ("Neighbours clapped as Pastor Eliud Wambugu walked in. Wambugu waved.", "Eliud Wambugu", "Pastor"),
    # a closed compound of an English word and a person noun that WordNet does not list
    ("Headteacher Orla Deveney said the roof would be mended. Deveney thanked parents.", "Orla Deveney",
     "Headteacher"),
])
def test_a_role_word_before_a_name_is_the_title_of_the_person(nlp, text, person, title):
    found = actors(nlp, text)
    assert person in found and found[person].type == "PERSON", {n: a.type for n, a in found.items()}
    assert title in found[person].titles
    assert not [n for n in found if n.startswith(title)], list(found)


@pytest.mark.parametrize("text, person, title", [
    ("Speaker of the Assembly Rokas Daugela said the vote would be held. Daugela left early.",
     "Rokas Daugela", "Speaker of the Assembly"),
    ("Chairman of the Board Henrik Aalto stepped down on Friday.", "Henrik Aalto", "Chairman of the Board"),
])
def test_an_office_of_a_body_before_a_name_is_a_title_not_an_organisation(nlp, text, person, title):
    found = actors(nlp, text)
    assert person in found and found[person].type == "PERSON", {n: a.type for n, a in found.items()}
    assert found[person].titles == [title]
    assert [n for n in found if person.split()[-1] in n] == [person]


def test_a_department_word_of_a_title_is_not_a_role(nlp):
    """"Minister of Health": "Health" is a word of titles ("Health Minister") but names no office."""
    found = actors(nlp, "Minister of Energy Teodora Vulic opened the plant. Vulic spoke briefly.")
    assert "Teodora Vulic" in found and "Energy" not in found["Teodora Vulic"].titles


def test_a_given_name_and_the_last_part_of_a_double_surname_are_the_same_person(nlp):
    found = actors(nlp, "Rosa Adeyemi-Lindqvist, the mill's owner, said the looms were idle. "
                        "Adeyemi-Lindqvist blamed the drought. Rosa Lindqvist later told workers to go home.")
    people = [a for a in found.values() if a.type == "PERSON"]
    assert [a.name for a in people] == ["Rosa Adeyemi-Lindqvist"]
    assert "Rosa Lindqvist" in people[0].aliases



def test_a_title_before_a_given_name_alone_is_a_person_the_model_left_untagged(nlp):
    found = actors(nlp, "Queen Ingrida opened the new ferry terminal on Tuesday.")
    assert found["Ingrida"].type == "PERSON" and found["Ingrida"].titles == ["Queen"], list(found)


@pytest.mark.parametrize("text, person", [
    # a surname that reads as a plural noun ("helms", "reeds") names no company after a title
    ("Transport Minister Ricardo Helms said the bridge would reopen in May. \u201cWe are nearly done,\u201d "
     "Helms said.", "Ricardo Helms"),
    ("Fisheries Minister Nelson Reeds said quotas would stay. Reeds left early.", "Nelson Reeds"),
])
def test_a_title_before_a_name_keeps_it_a_person_whatever_its_last_word(nlp, text, person):
    found = actors(nlp, text)
    assert person in found and found[person].type == "PERSON", {n: a.type for n, a in found.items()}
    assert [n for n in found if person.split()[-1] in n] == [person]


def test_a_hyphenated_given_name_stays_whole_and_the_word_before_it_is_the_surname(nlp):
    # the model cuts "Kwok-hin" at its hyphen; the surname of a Chinese name comes before the given name
    found = actors(nlp, "The firm will appeal. Chairman Daniel Lam Kwok-hin told shareholders the board "
                        "had \u201cfought hard\u201d. \u201cWe lost,\u201d Lam said.")
    assert "Daniel Lam Kwok-hin" in found, list(found)
    assert "Lam" in found["Daniel Lam Kwok-hin"].aliases and "Lam" not in found


def test_a_place_before_a_hyphenated_participle_stays_a_modifier(nlp):
    # the model tags the town a person; "-based" is no part of a name
    found = actors(nlp, "The bid came from Rotterdam-based Vesta Holdings on Monday.")
    assert not [n for n in found if "based" in n], list(found)


def test_the_surname_before_a_hyphenated_given_name_joins_the_full_name_across_documents():
    from claimtrack.actorids.identity import plan

    def rec(aid, name):
        return {"id": aid, "name": name, "type": "PERSON", "aliases": [name], "mentions": [{}]}

    m = plan([rec("daniel-lam-kwok-hin", "Daniel Lam Kwok-hin"), rec("lam", "Lam")])
    assert m["lam"].id == "daniel-lam-kwok-hin"
    # a double surname ("Adeyemi-Lindqvist", both parts capitalised) is no given name: nothing before it is a surname
    from claimtrack.actorids.names import surname_before_given_name

    assert surname_before_given_name("Rosa Adeyemi-Lindqvist") is None
    assert surname_before_given_name("Moon Jae-in") == "moon"


@pytest.mark.parametrize("name", ["Corrin Pharmaceuticals", "Marisol Pharmaceuticals"])
def test_a_kind_of_company_before_a_name_is_no_persons_role(nlp, name):
    # "Drugmaker" ends in "maker" (a person noun) but names a kind of company; a given name first
    # ("Marisol") does not make the company a person
    found = actors(nlp, f"SAN PEDRO, Jan 21 (Harbour Wire) - Drugmaker {name} will shut its syringe plant in "
                        "Dunmore by June 30, cutting 400 jobs, the firm announced on Friday.")
    assert name in found and found[name].type == "ORG", {n: a.type for n, a in found.items()}
    assert found[name].titles == []


def test_a_kind_word_before_a_bodys_name_is_not_part_of_the_name(nlp):
    found = actors(nlp, "Organiser Kestrel Events expects about 40,000 visitors.")
    assert "Kestrel Events" in found and found["Kestrel Events"].type == "ORG", list(found)


def test_a_title_before_a_given_name_does_not_make_a_hospital_a_person(nlp):
    found = actors(nlp, "Patients were flown to Queen Rosalind Hospital in Bridgetown on Monday. "
                        "Queen Rosalind Hospital said it had room for 24 more.")
    assert found["Queen Rosalind Hospital"].type == "ORG", {n: a.type for n, a in found.items()}


@pytest.mark.parametrize("text, place", [
    # names of four tokens the model tags ORG: villages of GeoNames after "near", "through"
    ("Farmers near El Burgo de Osma said the frost had killed most of the seedlings.", "El Burgo de Osma"),
    ("The lorry drivers were sent on a long detour through El Carpio de Tajo, the haulage group said.",
     "El Carpio de Tajo"),
    # a one-word village the model tags PERSON, after a preposition of height
    ("Two hikers went missing in the hills above Aanislag on Sunday.", "Aanislag"),
])
def test_a_small_place_of_geonames_after_a_preposition_of_place_is_no_actor(nlp, text, place):
    """GeoNames' villages and small towns (1,000 to 15,000 people, data/geonames_places.txt) are
    places where a preposition of place names them, whatever label the model gives them."""
    found = actors(nlp, text)
    assert place not in found, {n: a.type for n, a in found.items()}


def test_a_person_whose_surname_is_a_village_keeps_the_surname(nlp):
    """"Aalden" is also a Dutch village; the document names a person of that surname."""
    found = actors(nlp, "The mayor, Ruben Aalden, said the school roof leaked. \"We need help,\" Aalden said.")
    assert found["Ruben Aalden"].type == "PERSON" and "Aalden" in found["Ruben Aalden"].aliases, list(found)


@pytest.mark.parametrize("text, person", [
    # "St." inside a surname, and a title word right before a name the model tags ORG
    ("Bus fares will rise by a sixth. Transit board chairwoman Mireille St. Laurent said the rise was fair.",
     "Mireille St. Laurent"),
    # given name and surname both English nouns ("heather" a plant, "cross" a shape): the title decides
    ("Port fees will rise by a tenth. Board chairwoman Heather St. Cross said the decision was sound.",
     "Heather St. Cross"),
])
def test_a_name_after_a_title_word_with_a_saint_in_the_surname_is_a_person(nlp, text, person):
    found = actors(nlp, text)
    assert person in found and found[person].type == "PERSON", {n: a.type for n, a in found.items()}
