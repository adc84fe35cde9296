"""One subject named two ways by two sources (compare/statements/subjects.py): a description of
the body a document is about, a state organ, a body's executive. Invented sentences only,
through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc, statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_a_description_stands_for_the_body_its_document_is_about():
    described = ("Brackwell Foods will pay a fine of $2 million, the regulator said. "
                 "The supermarket chain will not offer refunds to shoppers, a spokesman said.")
    named = "Brackwell Foods will offer refunds to shoppers, the regulator said on Monday."
    assert ("conflict", "polarity") in _statuses(described, named)


def test_a_description_naming_another_body_of_its_document_does_not():
    # "the union" is the Shoppers Union its document names, not the grocer the other side names
    named = "Brackwell Foods will not offer refunds to shoppers, a spokesman said."
    other = ("The Shoppers Union said on Monday it would sue Brackwell Foods. "
             "The union will offer refunds to shoppers.")
    assert ("conflict", "polarity") not in _statuses(named, other)


def test_a_bodys_executive_states_its_stance():
    body = "Tolvane Shipping said on Monday it would not negotiate with the hijackers."
    executive = "Tolvane Shipping director Piet Vos said on Monday he would negotiate with the hijackers."
    assert ("conflict", "polarity") in _statuses(body, executive)
    # with no title tying him to the company, a person is another subject
    assert ("conflict", "polarity") not in _statuses(body, "Piet Vos said on Monday he would negotiate with the hijackers.")


def test_a_part_of_a_body_is_not_the_body():
    # "the branch" is one of the bank's branches: its staying open says nothing of the bank's closing
    named = "Corran Bank will close 30 branches next year, the bank said."
    other = ("Corran Bank will close its branch in Ardmore next year. "
             "The branch has been open since 1891, and Corran Bank staff will move to Dunfield.")
    report = diff_pair(extracted_doc(named, "a.txt"), extracted_doc(other, "b.txt"))
    assert not [m for m in report.matches if m.kind == "statement" and m.status == "conflict"]


def test_a_state_to_come_does_not_contradict_an_event_told_as_done():
    # "the gallery" is the Tarsel Gallery; its opening in 2001 and its staying shut until June
    # are at different times
    a = "The Tarsel Gallery, which opened to the public in 2001, was robbed on Sunday night."
    b = "Thieves broke into the Tarsel Gallery on Sunday. The gallery will remain closed until June."
    assert ("conflict", "polarity") not in _statuses(a, b)
    # a future seen from a past moment ("would") may be what the event is about
    assert ("conflict", "polarity") in _statuses("The mountain pass would remain open through the night.",
                                                 "The mountain pass was closed through the night.")


def test_a_state_organ_stands_for_the_countrys_government():
    government = ("The Jamaican government would not declare a national emergency over the floods, "
                  "Jamaica's prime minister said.")
    cabinet = ("Jamaica was hit by floods again. The cabinet is expected to declare a national emergency "
               "when it meets on Monday, Jamaica's information minister said.")
    assert ("conflict", "polarity") in _statuses(government, cabinet)


def test_a_local_papers_cabinet_is_its_own_countrys():
    # the second report names no country at all: its "Cabinet" is the country's the other names
    government = ("The Jamaican government would not declare a national emergency over the landslides, "
                  "Jamaica's prime minister said.")
    cabinet = ("Landslides closed roads across the north. The Cabinet is expected to declare a national emergency "
               "when it meets on Monday, a senior official told the Chronicle.")
    assert ("conflict", "polarity") in _statuses(government, cabinet)


def test_a_state_organ_written_as_a_name_without_an_article_is_that_organ():
    # "Cabinet is expected to ...": the institution written as a name (no "the"), as "the Cabinet"
    government = "The government of Tonga will not impose a curfew on the capital, the prime minister said."
    cabinet = "Storm surges hit Tonga this week. Cabinet is expected to impose a curfew on the capital on Friday."
    assert ("conflict", "polarity") in _statuses(government, cabinet)
    # another country's government is not this country's cabinet
    other = "The government of Fiji will not impose a curfew on the capital, the prime minister said."
    assert ("conflict", "polarity") not in _statuses(other, cabinet)


def test_the_accused_or_a_lawyers_client_is_the_person_a_court_report_is_about():
    named = ("Tomas Belmonte was convicted of fraud on Monday. Belmonte, who had denied the charges throughout "
             "the trial, did not react. Defence counsel Ines Roca said Belmonte would not appeal.")
    described = ("Tomas Belmonte was jailed for six years. The judge said the accused had expressed no regret, having "
                 "denied the charges throughout the trial. His lawyer, Ines Roca, said his client would appeal the verdict.")
    got = _statuses(named, described)
    assert ("agree", "equal") in got and ("conflict", "polarity") in got, got
    # one word of the party's name written alone, in a name not ordered first name, surname
    named = "Awang Hakim bin Yusof was found guilty of fraud. Hakim, who had denied the charges, did not react."
    described = "Awang Hakim bin Yusof was jailed for six years. The accused had denied the charges, the judge said."
    assert ("agree", "equal") in _statuses(named, described)
    # another description ("the witness") is nobody named; nor is "the accused" in a report naming
    # two people equally often (no one person it is about)
    witness = "Tomas Belmonte was jailed for six years. The witness had denied the charges throughout the trial."
    assert ("agree", "equal") not in _statuses(named, witness)
    two = ("Tomas Belmonte and Rui Alves were jailed for six years. The accused had denied the charges "
           "throughout the trial.")
    assert ("agree", "equal") not in _statuses(named, two)


def test_the_party_of_a_court_report_is_the_one_person_charged_convicted_or_jailed():
    from claimtrack.compare.statements.subjects import doc_actors

    def party(text):
        return doc_actors(extracted_doc(text, "a.txt")).party

    assert party("Marta Quiroga, 47, of Linares, was found guilty of arson on Friday.") == "marta-quiroga"
    assert party("Marta Quiroga was charged with arson after the fire.") == "marta-quiroga"
    # the judge who sentences is no party; two people charged are two parties
    assert party("Judge Ana Ruiz sentenced the arsonist on Friday.") is None
    assert party("Marta Quiroga was charged with arson. Pablo Ferrer was charged with fraud.") is None


def test_a_plural_thing_told_from_its_side_is_the_object_told_from_the_doers():
    # "fares" and "prices" as written stem to "far" and "pric"; the doer's object is the lemma
    assert ("conflict", "polarity") in _statuses("Bus fares will not be raised this year, the transport authority said.",
                                                 "The operator may raise bus fares in May.")
    assert ("conflict", "polarity") in _statuses("Bread prices will not rise this year, the bakers' guild said.",
                                                 "Millers may raise bread prices in May.")


def test_the_government_and_one_of_its_ministries_speak_for_one_state():
    ministry = "The fisheries ministry said it would not close the northern fishing grounds this winter."
    government = "The government is considering closing the northern fishing grounds this winter, officials said."
    assert ("conflict", "polarity") in _statuses(ministry, government)


def test_two_ministries_are_two_departments():
    # neither is the whole executive: the transport ministry's plan is not the fisheries ministry's
    fisheries = "The fisheries ministry said it would not close the northern fishing grounds this winter."
    transport = "The transport ministry is considering closing the northern fishing grounds this winter."
    assert ("conflict", "polarity") not in _statuses(fisheries, transport)


def test_governments_of_two_countries_are_two_states():
    # each side's story is in its own country: their bare "the government"s are two
    a = ("Chile's fisheries ministry said it would not close the northern fishing grounds. "
         "Chile and its fishing fleet met in Santiago.")
    b = ("Peru's government is considering closing the northern fishing grounds, officials in Lima said. "
         "Peru has the largest anchovy fleet.")
    assert ("conflict", "polarity") not in _statuses(a, b)


def test_a_minister_speaks_for_the_government_of_the_story_and_of_the_ministry_the_title_names():
    minister = ("Norway's Fisheries Minister Ingrid Dahl said on Tuesday that she would not close the northern "
                "fishing grounds this winter. Norway's fleet is the largest in the region.")
    government = ("The Norwegian government is considering closing the northern fishing grounds this winter. "
                  "Norway's fleet is the largest in the region.")
    assert ("conflict", "polarity") in _statuses(minister, government)
    ministry = ("Norway's fisheries ministry is considering closing the northern fishing grounds this winter. "
                "Norway's fleet is the largest in the region.")
    assert ("conflict", "polarity") in _statuses(minister, ministry)


def test_a_minister_does_not_speak_for_another_department_or_another_state():
    minister = ("Norway's Fisheries Minister Ingrid Dahl said on Tuesday that she would not close the northern "
                "fishing grounds this winter. Norway's fleet is the largest in the region.")
    transport = ("Norway's transport ministry is considering closing the northern fishing grounds this winter. "
                 "Norway's fleet is the largest in the region.")
    assert ("conflict", "polarity") not in _statuses(minister, transport)
    sweden = ("The Swedish government is considering closing the northern fishing grounds this winter. "
              "Sweden's fleet is the largest in the region.")
    assert ("conflict", "polarity") not in _statuses(minister, sweden)


def test_the_state_written_alone_is_the_country_its_story_is_in():
    ministry = "Ghana's health ministry will pay the volunteers' wages until March."
    state = "In Ghana, the state will cover the volunteers' wages until March, officials said."
    assert ("agree", "equal") in _statuses(ministry, state)
    assert ("conflict", "polarity") in _statuses("Ghana's health ministry said it would not pay the volunteers' wages.",
                                                 state)
    # control: a union is no organ of the state
    union = "In Ghana, the union will cover the volunteers' wages until March, officials said."
    assert not _statuses(ministry, union) & {("agree", "equal"), ("conflict", "polarity")}
