"""A spokesperson whose phrase names no owner speaks for the organisation the sentence before
the quotation has as its subject (s22 KINDS U7, "an anonymous 'a spokeswoman' for the company";
pipeline/quotes/speakers.py `body_before`). Every sentence is invented."""

from __future__ import annotations

import pytest

from claimtrack.models import Quote


def speakers(nlp, text):
    return [(q.speaker, q.speaker_mention) for q in (Quote.model_validate(q) for q in nlp(text)._.ct_quotes)]


@pytest.mark.parametrize(
    "text",
    [
        'Kestrel Mining declined to give figures. "We do not comment on contracts," a spokeswoman said.',
        # the body named as "the company"
        'Kestrel Mining said on Monday it would close the pit. The company declined to give figures. '
        '"We do not comment on contracts," a spokeswoman said.',
        # across a paragraph break, and with another verb of saying
        'Kestrel Mining declined to give figures.\n\n"We do not comment on contracts," a spokesman told reporters.',
    ],
)
def test_a_spokesperson_without_an_owner_speaks_for_the_body_named_before(nlp, text):
    assert speakers(nlp, text) == [("Kestrel Mining", None)]


@pytest.mark.parametrize(
    "text",
    [
        # the body is no subject of the sentence before: no one to speak for
        'Workers at Kestrel Mining walked out. "We do not comment on strikes," a spokeswoman said.',
        # a person's spokeswoman speaks for the person, whom this rule does not give
        'The mayor, Ana Roe, declined to give figures. "We do not comment on contracts," her spokeswoman said.',
    ],
)
def test_a_spokesperson_with_no_body_before_keeps_the_words_only(nlp, text):
    assert speakers(nlp, text)[0][0] is None
