"""A body described by its kind and the same body named in full are one actor, of the country
the name states (pipeline/actors/named_bodies.py). Every sentence is invented."""

from __future__ import annotations


def _actors(nlp, text):
    doc = nlp(text)
    return {a["name"]: a for a in doc._.ct_actors}


def test_a_described_body_joins_the_body_named_with_its_words(nlp):
    found = _actors(nlp, "Tanzania will close the harbour at Tanga for a month, the Ministry of Roads and Ports "
                         "said on Monday. Tanzania's ports ministry said repairs would cost more than expected.")
    assert "ports ministry" in found.get("Ministry of Roads and Ports", {}).get("aliases", []), list(found)
    assert not [n for n in found if n.startswith("Ports Ministry")], list(found)


def test_another_country_s_named_body_keeps_apart_from_a_description_of_the_home_one(nlp):
    found = _actors(nlp, "Iceland will cut the cod quota by a tenth, its government said on Monday. Norway's "
                         "Ministry of Fisheries said Norwegian boats would fish elsewhere. Iceland's fisheries "
                         "ministry said the cut would stand.")
    assert "Fisheries Ministry (Iceland)" in found, list(found)
    assert "fisheries ministry" not in found.get("Ministry of Fisheries", {}).get("aliases", []), list(found)
    found = _actors(nlp, "Tanzania will close the harbour at Tanga, the Ministry of Roads and Ports said on "
                         "Monday. Kenya's ports ministry said its own harbours would take the ships.")
    assert "Ports Ministry (Kenya)" in found, list(found)


def test_the_country_a_body_s_name_states_is_its_country(nlp):
    found = _actors(nlp, "Chile will sell two patrol boats, officials said. The Peruvian Maritime Authority said "
                         "it would buy them, and Chile's maritime authority said the sale would close in May.")
    assert "maritime authority" not in found.get("Peruvian Maritime Authority", {}).get("aliases", []), list(found)
    found = _actors(nlp, "Ghana will raise its fishing fees, the Ghana Fisheries Commission said on Friday. "
                         "Ghana's fisheries commission said boats would pay from June.")
    assert "fisheries commission" in found.get("Ghana Fisheries Commission", {}).get("aliases", []), list(found)


def test_two_named_bodies_that_fit_leave_the_description_as_it_is(nlp):
    found = _actors(nlp, "Uganda's Ministry of Water and Energy and its Ministry of Energy and Mines met on "
                         "Monday. Uganda's energy ministry said the dam would open in June.")
    assert "Energy Ministry (Uganda)" in found, list(found)
