"""A quotation opening the paragraph after a sentence whose subject is a person's full name speaks
for that person even where the model tagged no person there (s23 KINDS U10;
pipeline/quotes/post.py `subject_before`). Every sentence is invented."""

from __future__ import annotations

import pytest

from claimtrack.models import Quote


def speakers(nlp, text):
    return [(q.speaker, q.speaker_span.text if q.speaker_span else None)
            for q in (Quote.model_validate(q) for q in nlp(text)._.ct_quotes)]


@pytest.mark.parametrize(
    "text, name",
    [
        ('Rector Ana Ruiz spoke to reporters outside the hall.\n\n"I will not reopen the campus until '
         'the inquiry is over."', "Ana Ruiz"),
        ('University rector Ana Ruiz spoke to reporters outside the hall.\n\n"We will not reopen until '
         'the inquiry is over."', "Ana Ruiz"),
    ],
)
def test_a_full_name_the_model_missed_introduces_the_speaker(nlp, text, name):
    assert speakers(nlp, text) == [(name, name)]


def test_a_place_before_the_quotation_does_not_speak(nlp):
    text = 'Buenos Aires stayed quiet on Sunday.\n\n"We have seen worse," a taxi driver said.'
    assert [s for s, _ in speakers(nlp, text)] == [None]
