"""Attribution kinds read on PolNeAR's training news (bench/peer_quotes.py --polnear -v), each
tested on sentences invented here: a fronted topic phrase the parser made the subject, a verb
with "back" answering with the quotation, a speech noun as the object of the act that made it,
a new sentence's "according to" after a quotation that ended its own, and a description of one
of many, which names no one."""

from __future__ import annotations

import pytest

from claimtrack.models import Quote


def speakers(nlp, text):
    found = [Quote.model_validate(q) for q in nlp(text)._.ct_quotes]
    for q in found:
        if q.speaker_span is not None:
            assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text
    return [(q.speaker, q.speaker_mention) for q in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Of Hanley, Brewster, who has donated to the mayor, said, “He is a decent man.”", [("Brewster", None)]),
        ("On the budget, Nadia Ferris, who chairs the finance committee, said, “We cannot afford it.”",
         [("Nadia Ferris", None)]),
    ],
)
def test_a_fronted_topic_phrase_is_not_the_speaker(nlp, text, expected):
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("After the treasurer criticised the budget, Ruiz shot back, “I could have cut taxes, but I chose "
         "to build clinics.”", [("Ruiz", None)]),
        ("When the rival mocked her record, Hallam fired back: “At least I have one.”", [("Hallam", None)]),
    ],
)
def test_a_verb_with_back_answers_with_the_quotation(nlp, text, expected):
    assert speakers(nlp, text) == expected


def test_back_that_governs_no_quotation_is_no_cue(nlp):
    text = "The coach came back and the players cheered, “Champions!”"
    assert speakers(nlp, text) == [(None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Immediately after the storm, Governor Lia Moreno issued a statement, “Our state was hit hard. "
         "We will rebuild.”", [("Lia Moreno", None)]),
        ("Hours later the club released a short statement: “The coach has left by mutual consent.”",
         [(None, "club")]),
    ],
)
def test_a_speech_noun_object_gives_its_maker_as_speaker(nlp, text, expected):
    assert speakers(nlp, text) == expected


def test_a_later_sentences_according_to_does_not_take_a_closed_quotation(nlp):
    text = ("“It is a sad day,” Lindqvist told reporters outside the court. “This is what happens when "
            "rules are ignored.” The mayor said she would have resigned, according to local reports.")
    assert speakers(nlp, text) == [("Lindqvist", None), ("Lindqvist", None)]


def test_according_to_after_an_open_quotation_still_attributes_it(nlp):
    text = "Prices will rise again in the spring, “perhaps by a fifth,” according to the Harbour Traders Guild."
    assert [s for s, _ in speakers(nlp, text)] == ["Harbour Traders Guild"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Even a top Green strategist said Ortiz will have to choose, saying, “At some point, she is going "
         "to have to say where she stands.”", [(None, "top Green strategist")]),
        ("“The deal is off,” a Ukrainian official said.", [(None, "Ukrainian official")]),
    ],
)
def test_one_of_many_is_named_by_no_description(nlp, text, expected):
    assert speakers(nlp, text) == expected


# ------------------------------------------------------------------ the sentence after a quotation
# A quotation that is a sentence of its own, with no attribution and no speaker going on, is
# reported by the sentence after it on its line when that sentence's main verb is a speech verb
# with a named subject, or when it says whose words they were.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Traders gathered outside the market on Monday.\n\n“We have waited long enough.” Ruth Kamau, who "
         "chairs the traders' association, said the stalls would reopen on Friday.", [("Ruth Kamau", None)]),
        ("Traders gathered outside the market on Monday.\n\n“We have waited long enough.” That was the "
         "message from Ruth Kamau, who chairs the traders' association.", [("Ruth Kamau", None)]),
        ("Traders gathered outside the market on Monday.\n\n“We have waited long enough.” So said Ruth "
         "Kamau, who chairs the traders' association.", [("Ruth Kamau", None)]),
        # a role the article gives a named holder
        ("Judge Helena Marsh heard the case on Friday.\n\n“The file is incomplete.” The judge said the "
         "hearing would resume in May.", [("Helena Marsh", None)]),
    ],
)
def test_the_sentence_after_a_quotation_reports_it(nlp, text, expected):
    assert speakers(nlp, text) == expected


def test_no_report_after_without_a_speech_verb(nlp):
    text = "Traders gathered outside the market on Monday.\n\n“We have waited long enough.” Ruth Kamau smiled."
    assert speakers(nlp, text) == [(None, None)]


# ------------------------------------------------------------------ a place named after a person
# A surname that also names a town or a port ("Banda Town", "Port Adair") speaks as the person
# the article names in full with it, never as the place.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ruth Banda runs the clinic in Banda Town.\n\n“We need more nurses,” Banda said.", [("Ruth Banda", None)]),
        ("The clinic in Kiprono Town is short of staff, said Ruth Kiprono, who runs it.\n\n“We need more nurses,” "
         "Kiprono said.", [("Ruth Kiprono", None)]),
    ],
)
def test_a_surname_a_place_is_named_after_speaks_as_the_person(nlp, text, expected):
    assert speakers(nlp, text) == expected


# ------------------------------------------------------------------ a surname the tagger misread
# '“...,” Harper notes.': the parser may make the name the verb's compound (as if "Harper notes"
# were a noun phrase) and the tagger a common noun; a capitalised singular word opening the
# reporting clause is still the speaker, never the person the quotation names.

@pytest.mark.parametrize("name", ["Harper", "Baxter", "Fleming"])
def test_a_surname_read_as_a_noun_after_the_quotation_speaks(nlp, name):
    text = ("Mayor Vance Okafor has eased his tone since the floods, especially when he reads from prepared "
            f"texts. \"Look at the letter Mr. Okafor sent after the storm,\" {name} notes. \"It was very "
            "different in tone.\"")
    assert speakers(nlp, text) == [(name, None), (name, None)]



# ------------------------------------------------------------------ a speech participle's subject
# The parser may hang a speech participle from the main clause ("The first clash came ..., when
# farmers interrupted the minister, shouting “...”"): a subject that cannot speak (a clash) hands
# over to the nearest clause before the participle whose subject can.

def test_a_speech_participle_takes_a_subject_that_can_speak(nlp):
    text = "The first clash came during a rally in the park, when farmers interrupted the minister, shouting “no more cuts!”"
    assert speakers(nlp, text) == [(None, "farmers")]
    text = "The row began when Ines Marlow left the room, saying “I am done here.”"
    assert speakers(nlp, text) == [("Ines Marlow", None)]
