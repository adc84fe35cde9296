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
