"""The name after an inverted speech verb and a bare role speaks ('said surveyor Lev Roe, 41':
s21 KINDS E17; pipeline/quotes/speakers.py `_after_bare_role`). Every sentence is invented."""

from __future__ import annotations

import pytest

from claimtrack.models import Quote


def speakers(nlp, text):
    return [(q.text, q.speaker) for q in (Quote.model_validate(q) for q in nlp(text)._.ct_quotes)]


@pytest.mark.parametrize(
    "text, name",
    [
        # the parser reads "engineer" as a verb taking the name as its object
        ('"The pipe burst at dawn. Water filled the yard," said engineer Tigran Hakobyan, 52.', "Tigran Hakobyan"),
        ('"We lost two pumps in the flood," said engineer Tigran Sahakyan, 47.', "Tigran Sahakyan"),
    ],
)
def test_the_name_after_an_inverted_speech_verb_and_a_bare_role_speaks(nlp, text, name):
    assert [s for _, s in speakers(nlp, text)] == [name]


def test_the_one_told_after_a_bare_role_is_not_the_speaker(nlp):
    text = '"The bridge is safe," told reporters engineer Tigran Sahakyan.'
    assert [s for _, s in speakers(nlp, text)] == [None]


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        # a dateline the parser also made the subject of the inverted verb: the one after speaks
        ('Villa Esperanza, 9 abr. — "The school roof leaks," said a teacher.', None, "teacher"),
        ('Loma Alta, 2 feb. — "We have waited two years," said a farmer.', None, "farmer"),
    ],
)
def test_after_the_quotation_the_subject_follows_the_speech_verb(nlp, text, speaker, mention):
    quotes = [Quote.model_validate(q) for q in nlp(text)._.ct_quotes]
    assert [(q.speaker, q.speaker_span.text if q.speaker_span else None) for q in quotes] == [(speaker, mention)]
