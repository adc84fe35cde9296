"""A "he" or "she" never takes up a name the text shows to be no person, whatever type the entity
recogniser gave it: the object of "in" or "near" is where someone is (pipeline/quotes/coref.py
`shown_no_person`). And a speech participle after a noun's "that" clause goes with the one who
reports or answers it (pipeline/quotes/speakers.py `_content_clause_of_object`). Every sentence
is invented."""

from __future__ import annotations

import pytest

from claimtrack.models import Quote


def speakers(nlp, text):
    return [(q.speaker, q.speaker_mention) for q in (Quote.model_validate(q) for q in nlp(text)._.ct_quotes)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the model calls both names persons; the nearer one is where the school is
        ('Cheers greeted the education minister, Dr Lena Ostrova, who opened a school in Omar Torrijos '
         'and Vila Serrana. "Every child deserves a desk," she said.', "Lena Ostrova"),
        ('Cheers greeted the mining minister, Dr Pavel Orlik, who toured a pit in Ivan Franko. '
         '"Every miner will be paid," he said.', "Pavel Orlik"),
    ],
)
def test_a_pronoun_skips_a_name_that_is_where_something_is(nlp, text, speaker):
    assert speakers(nlp, text) == [(speaker, None)]


def test_an_unnamed_baker_in_a_place_is_the_one_who_speaks(nlp):
    # "A baker in X, who withheld his name": the "who" clause takes up the baker, and the
    # place after "in" is no antecedent; the pronoun stays the unnamed baker's
    text = ('A baker in Vila Serrana, who declined to give his name, said flour had doubled in price. '
            '"I cannot raise my prices again," he said.')
    assert speakers(nlp, text) == [(None, "baker")]


def test_a_person_trusted_in_is_still_a_person(nlp):
    # "trust in X": a feeling or a holding toward someone, not a place (WordNet noun.possession)
    text = 'Workers put their trust in Ines Moravec after a long meeting. "We have seen worse winters," she told them.'
    assert speakers(nlp, text) == [("Ines Moravec", None)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The mayor, Joao Ferreira, rejected claims that the company had broken the contract, saying it '
         'was "a matter for the courts."', "Joao Ferreira"),
        ('The union leader, Edda Varga, welcomed news that the strike was over, saying the deal was '
         '"a fair one."', "Edda Varga"),
    ],
)
def test_a_participle_after_a_nouns_that_clause_goes_with_the_main_subject(nlp, text, speaker):
    assert speakers(nlp, text) == [(speaker, None)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the role a person fills ("found a champion in X"), and "in" after a verb with no object
        # ("believe in X"), are no places (review s26 A2; its invented sentences)
        ('The striking miners found a champion in Ruth Danner. "We will not back down," she said.', "Ruth Danner"),
        ('Few investors still believe in Ansel Korr. "I will prove them wrong," he said.', "Ansel Korr"),
        ('The board saw a likely successor in Tomas Brenwick. "I am ready for the job," he said.', "Tomas Brenwick"),
    ],
)
def test_a_person_found_in_a_role_or_believed_in_is_still_a_person(nlp, text, speaker):
    assert speakers(nlp, text) == [(speaker, None)]


def test_a_participle_after_a_reported_clause_with_a_that_noun_goes_with_the_reporter(nlp):
    # the verb with the noun as object ("ignored") is itself reported: the participle is the mayor's
    text = ('Mayor Ilse Brandt said the council had ignored warnings that the dam would fail, adding that '
            'repairs were "long overdue."')
    assert speakers(nlp, text) == [("Ilse Brandt", None)]
