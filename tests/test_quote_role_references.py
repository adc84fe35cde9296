"""A speaker described by a role ("the warden said", "he said" after "The governor ...") is the
person the article named with that role (quotes.persons, quotes.coref, quotes.references).

Every sentence is invented; names, places and figures are made up.
"""

from __future__ import annotations

import pytest

from claimtrack.pipeline.quotes.persons import describes_role

from test_quotes import quotes


def speakers(nlp, text):
    return [q.speaker for q in quotes(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # a named person, then someone unnamed, then the role phrase as a subject: the pronoun after
    # it takes up the role's holder, not the unnamed one met before
    ("Harbour Minister Lucia Ferraz opened the new quay on Tuesday.\n\n"
     "A port clerk, who gave no name, said the cranes were second-hand. "
     "\u201cHalf of them leak oil,\u201d the clerk said.\n\n"
     "The minister denied that a shipping line would buy the quay. "
     "\u201cThe state built it and the state will run it,\u201d she said.\n", "Lucia Ferraz"),
    # ... nor a person named earlier with another role
    ("\u201cWe will act early,\u201d said deputy governor Ravi Menon, who spoke alongside governor "
     "Tomas Idris at the bank on Monday.\n\n"
     "The governor dismissed talk of a rescue loan. "
     "\u201cWe have not asked and we will not ask,\u201d he said.\n", "Tomas Idris"),
])
def test_a_pronoun_after_a_role_phrase_takes_up_the_role_holder(nlp, text, speaker):
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.model
def test_a_wider_word_for_the_role_takes_up_its_holder(nlp):
    # WordNet: a surgeon (its one person sense) is a kind of doctor, a physician
    text = ("Surgeon Ines Varga operated through the night on the injured miners. "
            "\u201cTwo of them will walk again,\u201d the physician said.\n")
    assert speakers(nlp, text) == ["Ines Varga"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # another sense of the role's noun (a minister of a church), or a role with several person
    # senses, or a word for anyone: not the titled person
    "Finance Minister Lucia Ferraz visited the flooded chapel on Sunday. "
    "\u201cWe prayed for the families all night,\u201d the pastor said.\n",
    "Site manager Ines Varga showed the inspectors the cracked wall on Monday. "
    "\u201cThis wall has to come down,\u201d the director said.\n",
    "Nurse Ana Pello treated the injured driver at the roadside. "
    "\u201cI could not feel my legs,\u201d the woman said.\n",
    "Surgeon Ines Varga operated through the night on the injured miners. "
    "\u201cTwo of them will walk again,\u201d the nurse said.\n",
])
def test_another_role_word_is_someone_else(nlp, text):
    assert speakers(nlp, text) == [None]


@pytest.mark.model
def test_a_capitalised_role_opening_a_sentence_is_the_named_person_s_role(nlp):
    # the tagger reads "Warden" as a proper noun, hung from the first word of the name
    text = ("Heating oil now costs twice what it did. Warden Joaquim Pereira Lobo says the jail "
            "will burn wood from the yard this winter.\n\n"
            "\u201cFour hundred men sleep here and the boiler is empty,\u201d the warden said.\n")
    assert speakers(nlp, text) == ["Joaquim Pereira Lobo"]


def test_describes_role_reads_one_person_sense_and_its_hypernym():
    assert describes_role("physician", "surgeon")  # a surgeon is a kind of doctor
    assert describes_role("farmer", "grower")
    assert describes_role("attorney", "lawyer")  # synonyms
    assert describes_role("mayor", "mayor")
    assert not describes_role("surgeon", "physician")  # a narrower word is another role
    assert not describes_role("pastor", "minister")  # another sense: the role has two person senses
    assert not describes_role("director", "manager")
    assert not describes_role("woman", "nurse")  # a word for anyone
    assert not describes_role("official", "judge")


# ---- a spokesperson is the voice of a body: references to one go to the body --------------------


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # a pronoun that takes up an unnamed spokesperson of a named body
    ("The ferries were built by Nordhavn Yards, which plans to send inspectors to the port. "
     "A spokeswoman for Nordhavn Yards rejected claims that a weld had failed. "
     "\u201cNothing points to the hull so far,\u201d she said.\n", "Nordhavn Yards"),
    # the body the sentence before has as subject, taken up there by "it"
    ("Kestrel Telecom said it would repay the fees. It rejected claims that the outage was caused "
     "by a cyber attack. \u201cOur systems were never breached,\u201d a spokesman said.\n", "Kestrel Telecom"),
    # "the spokesman": the spokesman met before, and the body he speaks for
    ("The Ministry of Water in Lusaka refused to release funds, arguing that the reservoirs were low. "
     "A ministry spokesman said tanker lorries would be sent instead.\n\n"
     "\u201cLusaka cannot drain its own dams,\u201d the spokesman said.\n", "Ministry of Water"),
])
def test_a_reference_to_a_spokesperson_speaks_for_the_body(nlp, text, speaker):
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a former spokesman speaks for no body
    "A former spokesman for Kestrel Mining, who was fired in May, is suing the firm for unpaid "
    "wages.\n\n\u201cThey owe me eight months of pay,\u201d he said.\n",
    # "it" is the ferry, not the firm: a subject "it" is the body only when it says something
    "Kestrel Mining sold its old ferry to a Danish buyer in May. It sank off the coast in June. "
    "\u201cAll twelve crew were rescued,\u201d a spokeswoman said.\n",
])
def test_a_spokesperson_of_no_body_now_speaks_for_none(nlp, text):
    assert "Kestrel Mining" not in speakers(nlp, text)


@pytest.mark.model
def test_a_pronoun_after_another_person_comes_in_is_not_the_body(nlp):
    text = ("A spokesman for Kestrel Mining said the pit would reopen on Monday. "
            "\u201cThe pumps are working,\u201d he said. His brother, a miner, was less sure. "
            "\u201cThe water is still rising,\u201d he said.\n")
    got = speakers(nlp, text)
    assert got[0] == "Kestrel Mining" and got[-1] != "Kestrel Mining"


@pytest.mark.model
def test_the_spokesman_with_none_met_before_names_no_body(nlp):
    text = ("Kestrel Telecom said it would repay the fees.\n\n"
            "Talks with the regulator went on into the night.\n\n"
            "Rain closed the road to the depot.\n\n"
            "\u201cOur systems were never breached,\u201d the spokesman said.\n")
    assert speakers(nlp, text) == [None]
