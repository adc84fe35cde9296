"""Definite descriptions ("the company", "the union", "the state") linked to the actor named before.

Invented sentences; each asserts what `doc._.ct_actor_refs`, `doc.spans["ct_actor_refs"]` and the
actors' aliases say.
"""

from __future__ import annotations

from spacy.tokens import DocBin

from claimtrack.pipeline.actors.definites import businesses


def refs(doc) -> list[tuple[str, str]]:
    text = doc.text
    return [(text[s:e], aid) for s, e, aid in doc._.ct_actor_refs]


def by_name(doc) -> dict:
    return {a["name"]: a for a in doc._.ct_actors}


def test_business_name_with_no_kind_word_is_the_company(nlp):
    doc = nlp("Norvik Freight, a haulage firm, said on Tuesday it would cut 300 jobs. "
              "The company blamed rising fuel costs.")
    assert refs(doc) == [("The company", "norvik-freight")]
    assert "The company" in by_name(doc)["Norvik Freight"]["aliases"]
    span = list(doc.spans["ct_actor_refs"])
    assert [(s.text, s.kb_id_, s.label_) for s in span] == [("The company", "norvik-freight", "ORG")]


def test_a_description_takes_the_body_whose_name_has_its_word(nlp):
    doc = nlp("Talvo Dairies said milk prices would rise. The Upland Farmworkers Union called a strike, "
              "and the union said talks had failed.")
    assert ("the union", "upland-farmworkers-union") in refs(doc)
    assert all(aid != "talvo-dairies" for text, aid in refs(doc) if text == "the union")


def test_a_business_description_skips_a_union_and_a_hospital(nlp):
    doc = nlp("The Dock Porters Union met managers at Westmoor Infirmary Hospital on Friday. "
              "The company said wages were fair.")
    assert refs(doc) == []


def test_the_other_company_and_the_companies_are_not_the_one_named(nlp):
    doc = nlp("Brisko Foods said sales fell. The other company in the merger said nothing, "
              "and the companies declined to comment.")
    assert refs(doc) == []


def test_a_description_with_its_own_demonym_names_another_body(nlp):
    doc = nlp("Vantor Shipping said its vessel was safe. The Danish company said it had sent tugs.")
    assert refs(doc) == []


def test_the_state_takes_up_a_subdivision_and_makes_it_act(nlp):
    doc = nlp("Heavy rain flooded farms in Tasmania last week. The state will pay 500 dollars to every family.")
    assert refs(doc) == [("The state", "tasmania")]
    assert by_name(doc)["Tasmania"]["type"] == "GPE"


def test_the_country_takes_up_a_country_not_a_town(nlp):
    doc = nlp("Exports from Chile rose in May, and the country expects a record harvest.")
    assert refs(doc) == [("the country", "chile")]


def test_refs_survive_a_docbin_round_trip(nlp):
    doc = nlp("Norvik Freight, a haulage firm, said it would cut 300 jobs. The company blamed fuel costs.")
    assert doc._.ct_actor_refs
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    back = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))[0]
    assert [list(r) for r in back._.ct_actor_refs] == doc._.ct_actor_refs
    assert [s.kb_id_ for s in back.spans["ct_actor_refs"]] == ["norvik-freight"]


def test_business_nouns_come_from_wordnet():
    assert {"company", "firm", "cooperative", "utility"} <= businesses()
    assert not {"union", "ministry", "hospital"} & businesses()


def test_no_government_of_none(nlp):
    doc = nlp("Storms closed roads across the north. The federal government said it would send soldiers.")
    assert not any("None" in a["name"] for a in doc._.ct_actors)


def test_a_region_named_in_an_organisation_stays_a_place(nlp):
    doc = nlp("Tasmania suffered its worst floods in decades. The Tasmania Ports Board said it would close two wharves.")
    names = by_name(doc)
    assert "Tasmania Ports Board" in names
    assert "Tasmania" not in names["Tasmania Ports Board"]["aliases"]


def test_a_bare_description_is_not_a_foreign_body(nlp):
    doc = nlp("Chile's farmers lost half their crop. Chilean officials said Chile would help them. "
              "Peru's agriculture ministry said it had seen no cases. Chile said inspectors from the ministry "
              "visited farms near Santiago.")
    assert "Agriculture Ministry (Peru)" in by_name(doc)
    assert all(not aid.endswith("peru") for _, aid in refs(doc))


# ----------------------------------------------------------------------------- kinds of names


def test_a_name_after_a_kind_tagged_as_an_adjective_is_an_organisation(nlp):
    doc = nlp("Farmers are angry, said Rui Costa, head of the dairy cooperative Leitebom, on Friday. "
              "Leitebom said milk prices would rise.")
    assert by_name(doc)["Leitebom"]["type"] == "ORG"


def test_a_headline_short_name_is_the_fullest_name(nlp):
    doc = nlp("Dalsung Heavy wins big order\n"
              "SEOUL, May 3 (Wire) - South Korea's Dalsung Heavy Industries said on Monday it had won an order "
              "for ten tankers. Dalsung will hire 500 workers. Shares in Dalsung rose 4%.")
    names = by_name(doc)
    assert "Dalsung Heavy" not in names and "Dalsung" not in names
    assert {"Dalsung Heavy", "Dalsung"} <= set(names["Dalsung Heavy Industries"]["aliases"])


def test_a_plural_common_noun_is_never_a_person(nlp):
    doc = nlp("Shipbuilders warned that the strike could delay deliveries. The Harbour Shipbuilders Council said "
              "orders were slowing.")
    assert all(a["type"] != "PERSON" for a in doc._.ct_actors)


def test_the_town_does_not_make_a_place_act(nlp):
    doc = nlp("Floods cut every road around Drennick on Monday. The town was left without power for two days.")
    assert "Drennick" not in by_name(doc)


def test_a_country_adjective_before_a_state_body_names_that_countrys_body(nlp):
    doc = nlp("Dozens of dolphins were stranded near the coast. The Chilean navy said its ships had not used "
              "sonar. The navy sent two patrol boats.")
    (navy,) = [a for a in doc._.ct_actors if "Chilean navy" in a["aliases"]]
    assert navy["type"] == "ORG" and "The navy" in navy["aliases"]
    doc = nlp("Dozens of dolphins were stranded near Rawson. The Chilean navy said its ships had not used sonar.")
    assert any("Chilean navy" in a["aliases"] and a["type"] == "ORG" for a in doc._.ct_actors)


def test_a_persons_name_is_not_the_cooperative(nlp):
    doc = nlp("Maria Lopes Agro said the harvest was poor. The cooperative said prices would rise.")
    assert all(not aid.startswith("maria") for _, aid in refs(doc))
