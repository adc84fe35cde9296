"""A person named once and then described ("the farmer", "the Tarvo baker") speaks as that
person (sentences invented here)."""

from __future__ import annotations

import pytest

from claimtrack.models import Quote


def speakers(nlp, text):
    return [(q.speaker, q.speaker_mention) for q in (Quote.model_validate(x) for x in nlp(text)._.ct_quotes)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pekka Rinne opened his shop before dawn on Friday. “Flour costs twice what it did,” the baker said.",
         [("Pekka Rinne", None)]),
        # a place name before the noun describes the person; it is no name of its own
        ("Pekka Rinne opened his shop before dawn on Friday. “Flour costs twice what it did,” "
         "the Tarvo baker said.", [("Pekka Rinne", None)]),
    ],
)
def test_a_description_after_the_named_subject_is_that_person(nlp, text, expected):
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the subject of the sentence before is a minister: the baker is someone else
        "Minister Aino Salo toured the market and met Pekka Rinne. “Flour costs twice what it did,” the baker said.",
        # a sentence between the name and the description
        "Pekka Rinne opened his shop before dawn on Friday. Queues formed early. "
        "“Flour costs twice what it did,” the baker said.",
        # a new paragraph
        "Pekka Rinne opened his shop before dawn on Friday.\n\n“Flour costs twice what it did,” the baker said.",
        # a noun of the other sex
        "Pekka Rinne opened his shop before dawn on Friday. “Flour costs twice what it did,” the woman said.",
    ],
)
def test_a_description_stays_unresolved_when_the_named_subject_is_not_plainly_it(nlp, text):
    assert [s for s, _ in speakers(nlp, text)] == [None]


# ------------------------------------------------------------------ introduced, then speaking
# News introduces a person and lets her speak: a first-person quotation with no attribution of
# its own, right after a sentence whose main clause has a named person as subject, is hers.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mayor Tomas Berg closed the quay on Monday. “We cannot risk it,” he said.\n\n"
         "Pekka Rinne, who mends nets on the quay, was furious.\n\n“I have lost a week of work.”",
         [("Tomas Berg", None), ("Pekka Rinne", None)]),
        # no first person: a line of a notice, a sign, a headline; no speaker is guessed
        ("Pekka Rinne mends nets on the quay. “Quay closed until further notice.”", [(None, None)]),
        # the sentence before has no named subject
        ("The quay was closed on Monday. “I have lost a week of work.”", [(None, None)]),
    ],
)
def test_a_first_person_quotation_after_a_named_subject_is_theirs(nlp, text, expected):
    assert speakers(nlp, text) == expected
