"""People referred to again: pronoun subjects and role phrases linked to the named person.

Invented sentences; each asserts what `doc._.ct_actor_refs` (and its span group) say, which is
what statements read for a clause's subject (quotes.persons).
"""

from __future__ import annotations

from spacy.tokens import DocBin

from claimtrack.actorids.first_names import name_gender, pronoun_gender


def refs(doc) -> list[tuple[str, str]]:
    text = doc.text
    return [(text[s:e], aid) for s, e, aid in doc._.ct_actor_refs]


def test_a_pronoun_subject_is_the_person_named_before(nlp):
    doc = nlp("Mayor Jane Holloway said on Monday that bus fares would rise.\n\n"
              "She denied that any route would be cut.")
    assert refs(doc) == [("She", "jane-holloway")]
    spans = list(doc.spans["ct_actor_refs"])
    assert [(s.text, s.kb_id_, s.label_) for s in spans] == [("She", "jane-holloway", "PERSON")]


def test_she_never_takes_a_mans_given_name(nlp):
    doc = nlp("Jane Roe, the harbour master, said ships would wait. Mark Lee, a fisherman, disagreed. "
              "The harbour master later said she would resign. Lee said he would stay.")
    assert ("she", "jane-roe") in refs(doc)
    assert ("he", "mark-lee") in refs(doc)
    assert ("she", "mark-lee") not in refs(doc)


def test_a_role_the_article_gave_in_apposition_is_taken_up(nlp):
    doc = nlp("Jane Roe, the harbour master, said ships would wait. Mark Lee, a fisherman, disagreed. "
              "The harbour master later rejected claims that the port was unsafe.")
    assert ("The harbour master", "jane-roe") in refs(doc)
    assert all(aid != "mark-lee" for text, aid in refs(doc) if text == "The harbour master")


def test_a_title_before_the_name_is_taken_up(nlp):
    doc = nlp("Finance Minister Piotr Nowak said taxes would not rise this year. "
              "The minister refused to comment on pensions.")
    assert refs(doc) == [("The minister", "piotr-nowak")]


def test_an_organisations_role_with_an_owner(nlp):
    doc = nlp("Tomas Berg, the chief executive of Norvik Freight, said 40 drivers would be hired. "
              "The company's chief executive rejected claims that wages would fall.")
    assert ("The company's chief executive", "tomas-berg") in refs(doc)


def test_a_role_nobody_was_given_stays_unlinked(nlp):
    doc = nlp("Tomas Berg, the chief executive of Norvik Freight, said 40 drivers would be hired. "
              "The treasurer declined to comment. The other chief executive said nothing.")
    assert [text for text, _ in refs(doc)] == []


def test_they_for_a_group_that_was_a_subject(nlp):
    doc = nlp("The Harbour Workers Union called a strike on Monday. They said pay had fallen.")
    assert refs(doc) == [("They", "harbour-workers-union")]


def test_a_pronoun_inside_a_quotation_is_not_linked(nlp):
    doc = nlp('Jane Roe said on Friday: "He knows the port is unsafe."')
    assert refs(doc) == []


def test_person_refs_survive_a_docbin(nlp):
    doc = nlp("Mayor Jane Holloway said fares would rise. She denied that routes would be cut.")
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    back = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))[0]
    assert [list(r) for r in back._.ct_actor_refs] == doc._.ct_actor_refs
    assert [s.kb_id_ for s in back.spans["ct_actor_refs"]] == ["jane-holloway"]


def test_gender_from_names_and_pronouns():
    assert pronoun_gender("She") == "F" and pronoun_gender("his") == "M" and pronoun_gender("they") is None
    assert name_gender("Jane Roe") == "F" and name_gender("Mark Lee") == "M"
    assert name_gender("Roe") is None  # a surname alone says nothing
    assert name_gender("Mrs Roe") == "F" and name_gender("Mr Roe") == "M"


def test_a_pronoun_in_a_reported_clause_is_its_governing_subject(nlp):
    doc = nlp("Mayor Jane Holloway opened the new depot on Monday. A bus driver said he would strike. "
              "Holloway said she would meet the drivers.")
    assert ("he", "jane-holloway") not in refs(doc)  # the driver, whom no name gives
    assert ("she", "jane-holloway") in refs(doc)


def test_two_people_a_pronoun_may_stand_for_leave_it_open(nlp):
    doc = nlp("Tomas Berg and Anders Lund inspected the quay on Friday.\n\nHe said repairs would take a year.")
    assert refs(doc) == []


def test_a_title_before_the_name_says_nothing_of_sex(nlp):
    doc = nlp("Judge Thandeka Mabuza of the High Court jailed the gang's leader, Peter Zulu, for 20 years.\n\n"
              "She said the crimes had been planned for months.")
    assert refs(doc) == [("She", "thandeka-mabuza")]


def test_a_role_given_in_apposition_names_the_speaker(nlp):
    doc = nlp("Maria Ruiz, the trainer, said her horse was fit. Mark Lee, a steward, disagreed.\n\n"
              "\"We will test every horse,\" the steward said.")
    assert [(q["speaker"], q["speaker_id"]) for q in doc._.ct_quotes] == [("Mark Lee", "mark-lee")]


def test_an_owned_role_names_the_speaker(nlp):
    doc = nlp("Ferry Crews Union chair Ruth Kemp said the port was short of 40 deckhands. "
              "\"Some ferries sail half-crewed,\" the union's chair added.")
    assert [(q["speaker"], q["speaker_id"]) for q in doc._.ct_quotes] == [("Ruth Kemp", "ruth-kemp")]
