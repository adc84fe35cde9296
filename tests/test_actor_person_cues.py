"""A person's name the small model tags as a body or cuts in two: the words English writes before
a person's name (an honorific, an occupation) and the parse decide. The model's mistakes are
set by hand (`_actors_with_ents`), as it makes them on real text. Every sentence is invented."""

from __future__ import annotations

import pytest

from test_actors import _actors_with_ents, actors


def test_a_name_after_an_honorific_is_a_person(nlp):
    text = "Dr Nyasha Chiwenga told the inquiry the herd was healthy. Dr Chiwenga said the test came late."
    # the honorific before the name, and tagged with the name
    found = _actors_with_ents(nlp, text, [("Nyasha Chiwenga", "ORG"), ("Dr Chiwenga", "ORG")])
    assert found == {"Nyasha Chiwenga": "PERSON"}, found
    found = _actors_with_ents(nlp, "Mrs Okonkwo said the well had run dry in May.", [("Mrs Okonkwo", "GPE")])
    assert found == {"Okonkwo": "PERSON"}, found


def test_an_honorific_before_a_bodys_name_leaves_the_body(nlp):
    text = "The Dr Chiwenga Foundation said it would fund two new wells."
    found = _actors_with_ents(nlp, text, [("Dr Chiwenga Foundation", "ORG")])
    assert found.get("Dr Chiwenga Foundation") == "ORG", found


def test_a_name_after_an_occupation_noun_is_a_person(nlp):
    text = "At the bus station, where fares doubled in March, shopkeeper Kossi Amenyo said he had given up."
    assert _actors_with_ents(nlp, text, [("Kossi Amenyo", "ORG")]) == {"Kossi Amenyo": "PERSON"}
    text = "In the grain market, rice trader Aissata Mint Habib said her customers paid twice as much."
    assert _actors_with_ents(nlp, text, [("Aissata Mint Habib", "ORG")]) == {"Aissata Mint Habib": "PERSON"}


def test_a_name_after_a_kind_of_company_stays_a_company(nlp):
    text = "Fishing-gear supplier Kalulu Ngoma said prices would rise in June."
    assert _actors_with_ents(nlp, text, [("Kalulu Ngoma", "ORG")]) == {"Kalulu Ngoma": "ORG"}


def test_a_patronymic_name_the_model_cuts_in_two_is_one_person(nlp):
    text = "Union leader Fatimetou Mint Abdel Malick told the rally that wages must rise."
    found = _actors_with_ents(nlp, text, [("Fatimetou Mint", "PERSON"), ("Abdel Malick", "PERSON")])
    assert found == {"Fatimetou Mint Abdel Malick": "PERSON"}, found


@pytest.mark.parametrize("text,ents", [
    # a list of names before a place noun (parsed as an apposition to the first name, or not)
    ("The vet said the order covered Vrelik, Ostamba, Kelunde and Mabrosi districts and would last a month.",
     [("Vrelik", "ORG"), ("Ostamba", "NORP"), ("Kelunde", "PERSON"), ("Mabrosi", "PRODUCT")]),
    # a list of names after "the <place noun>s of"
    ("Two boats will serve the northern islands of Nukuvai, Taulea and Moatu from May, the ministry said.",
     [("Nukuvai", "NORP"), ("Taulea", "PERSON"), ("Moatu", "PERSON")]),
])
def test_names_listed_as_places_of_one_kind_are_places(nlp, text, ents):
    found = _actors_with_ents(nlp, text, ents)
    assert not any(word in found for word, _ in ents), found


def test_a_capitalised_kind_word_inside_a_sentence_is_part_of_a_bodys_name(nlp):
    found = actors(nlp, "Lenders dismissed a complaint filed by the Borrower Protection Association in May.")
    assert "Borrower Protection Association" in found, list(found)
    # at a sentence start the capital says nothing: the kind word is cut off the name
    found = actors(nlp, "Organiser Kestrel Events expects about 40,000 visitors.")
    assert "Kestrel Events" in found, list(found)


@pytest.mark.parametrize("text,name", [
    ("Transportes de la Sierra said on Monday it would add two buses to the route.", "Transportes de la Sierra"),
    ("According to Diario de la Bahía, the port will close for a week.", "Diario de la Bahía"),
])
def test_a_spanish_or_portuguese_name_with_a_joiner_and_no_given_name_is_a_body(nlp, text, name):
    found = actors(nlp, text)
    assert name in found and found[name].type == "ORG", {n: a.type for n, a in found.items()}


def test_a_persons_name_with_a_joiner_stays_a_person(nlp):
    found = actors(nlp, "Luis Ortega de la Peña said prices rose. Ortega de la Peña added that milk was scarce.")
    assert {n: a.type for n, a in found.items()} == {"Luis Ortega de la Peña": "PERSON"}


@pytest.mark.parametrize("text,name,label", [
    # no preposition of place: the gazetteer alone says where
    ("Santa Tecla's main market reopened on Monday, traders said.", "Santa Tecla", "PERSON"),
    ("Puerto Cabezas will host the regatta in May, organisers said.", "Puerto Cabezas", "ORG"),
])
def test_a_town_of_several_words_the_gazetteer_lists_whole_is_no_person_or_body(nlp, text, name, label):
    found = _actors_with_ents(nlp, text, [(name, label)])
    assert found.get(name) in (None, "GPE"), found


def test_a_persons_name_that_is_also_a_towns_stays_a_person(nlp):
    # GeoNames lists a town of this name; a given name opens it, and it speaks
    found = _actors_with_ents(nlp, "Juan Diaz, a baker, said flour cost twice as much.", [("Juan Diaz", "PERSON")])
    assert found == {"Juan Diaz": "PERSON"}, found


def test_a_body_named_like_a_town_and_introduced_by_its_kind_stays_a_body(nlp):
    found = _actors_with_ents(nlp, "Conservation group Santa Tecla said the river was dying.", [("Santa Tecla", "ORG")])
    assert found == {"Santa Tecla": "ORG"}, found


@pytest.mark.parametrize("text, name, title", [
    # the model keeps only the last word of the name
    ("Minister of Forestry Kwame Adjei Boateng said the survey would start in May.",
     "Kwame Adjei Boateng", "Minister of Forestry"),
    # it tags nothing of the name
    ("Minister of Rural Development Tomasz Wierzba said the road would open in June.",
     "Tomasz Wierzba", "Minister of Rural Development"),
    # it tags a word of the portfolio as a body of its own
    ("Minister of Labour and Employment Abebe Tadesse told reporters the plan was ready.",
     "Abebe Tadesse", "Minister of Labour and Employment"),
    # a title word before the office, "for" instead of "of", a name particle
    ("Deputy Minister of Mines and Energy Oscar Vidal Peña said talks would resume.",
     "Oscar Vidal Peña", "Deputy Minister of Mines and Energy"),
    ("Secretary for Transport Lam Kin Wah said the bridge was safe.", "Lam Kin Wah", "Secretary for Transport"),
    ("Minister of Planning Inês Moura da Silveira said the budget was ready.",
     "Inês Moura da Silveira", "Minister of Planning"),
    # a portfolio's plural ("Resources") is no name, though the word list holds only its singular
    ("The quarry will close, Minister of Natural Resources Lupe Tuilagi announced.",
     "Lupe Tuilagi", "Minister of Natural Resources"),
    # a double-barrelled surname (spaCy splits its hyphen off), also in a hyphenated portfolio,
    # and the surname alone later is the same person
    ('Minister of Water Resources Teuila Faleolo-Sapolu opened the dam. "It will hold," Faleolo-Sapolu said.',
     "Teuila Faleolo-Sapolu", "Minister of Water Resources"),
    ("The fair was opened by Minister for Agri-Food Ines Varga-Toth on Saturday.",
     "Ines Varga-Toth", "Minister for Agri-Food"),
])
def test_a_persons_name_after_an_office_of_a_portfolio(nlp, text, name, title):
    found = actors(nlp, text)
    assert list(found) == [name], list(found)
    assert found[name].type == "PERSON"
    assert found[name].titles == [title]


def test_an_office_of_a_place_leaves_the_place_out_of_the_name(nlp):
    found = actors(nlp, "President of Kenya William Ruto arrived on Monday.")
    assert found["William Ruto"].titles == ["President of Kenya"]
    # no name after the office: nothing is made of its words
    found = actors(nlp, "The Minister of Health said clinics would stay open.")
    assert not any(a.type == "PERSON" for a in found.values()), list(found)


def test_a_person_named_after_an_office_speaks_the_quote(nlp):
    from claimtrack.models import Quote

    doc = nlp('"The ferry will keep its winter timetable," Minister of Transport Nia Adowa Mensah said on '
              'Tuesday. "Three islands depend on it," the minister added.')
    quotes = [Quote.model_validate(q) for q in doc._.ct_quotes]
    assert [q.speaker for q in quotes] == ["Nia Adowa Mensah", "Nia Adowa Mensah"]


@pytest.mark.parametrize("text, name", [
    # the model tags the whole name as a body
    ("Luc de Vries said on Monday the bridge would open in May.", "Luc de Vries"),
    # it tags only the surname after its particle
    ("Ana dos Santos told reporters the clinic was full.", "Ana dos Santos"),
])
def test_a_given_name_and_a_surname_with_particles_are_one_persons_name(nlp, text, name):
    found = actors(nlp, text)
    assert list(found) == [name], list(found)
    assert found[name].type == "PERSON"


def test_a_bodys_name_with_a_joiner_and_no_given_name_stays_a_body(nlp):
    found = actors(nlp, "Banco de Fomento said its profit rose. The Ana dos Santos Foundation gave $2,000.")
    assert {n: a.type for n, a in found.items()} == {"Banco de Fomento": "ORG", "Ana dos Santos Foundation": "ORG"}


def test_a_title_in_apposition_keeps_a_person_whose_surname_looks_like_a_plural(nlp):
    # "Morales" reads as the plural of "morale", and a plural last word makes a company of a
    # name ("Kaira Metals"); the governor's title beside the name says a person
    text = "The province's governor, Arístides Morales, promised buses for the blood donors."
    assert _actors_with_ents(nlp, text, [("Arístides Morales", "PERSON")]).get("Arístides Morales") == "PERSON"
    # a made thing's role is no person's title: the company that runs the mine
    text = "The mine's operator, Kaira Metals, said output would fall."
    assert _actors_with_ents(nlp, text, [("Kaira Metals", "PERSON")]).get("Kaira Metals") == "ORG"


def test_a_title_in_apposition_makes_a_person_of_a_surname_with_particles(nlp):
    # no given name the dictionary knows opens it: the spokesman's title says a person
    text = "Eleven farms opposed the merger. Their spokesman, Tiaan van Wyk, said the vote was unfair."
    assert _actors_with_ents(nlp, text, [("Tiaan van Wyk", "ORG")]).get("Tiaan van Wyk") == "PERSON"
    # no title beside it: a body's name with a joiner stays a body
    text = "The regulator fined the lender, Banco de Fomento, on Monday."
    assert _actors_with_ents(nlp, text, [("Banco de Fomento", "ORG")]).get("Banco de Fomento") == "ORG"


@pytest.mark.parametrize("text, word", [
    ("Farmers planted Tarsa Gold 2 across the valley last spring.", "Tarsa Gold 2"),
    ("EL ECO DEL VALLE\nLunes 3 de marzo de 2031\n\nThe river rose by a metre overnight.", "Lunes 3 de marzo de"),
])
def test_a_name_with_a_figure_among_its_words_is_no_person(nlp, text, word):
    assert word not in _actors_with_ents(nlp, text, [(word, "PERSON")])


def test_a_surname_joined_to_its_particle_by_a_hyphen_is_part_of_the_name(nlp):
    # the model tags the given names alone, and the surname, written again, as a body
    text = "The port was reopened on Monday, said harbour master Idris Mahmoud al-Amin. Al-Amin said the channel was clear."
    found = _actors_with_ents(nlp, text, [("Idris Mahmoud", "PERSON"), ("Al-Amin", "ORG")])
    assert found == {"Idris Mahmoud al-Amin": "PERSON"}, found
