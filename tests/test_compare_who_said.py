"""The "who said it" conflict (compare.quotes): one utterance given to two different named people
is a conflict when each speaker is sure (a name written, or a pronoun taking up the last person
named before it), whether the two quote it whole, one a part of the other, or one sentence with
a few words changed. Each mechanism is shown with a control pair that keeps the other verdict.

Invented sentences through the real extractor (speakers come from the pipeline)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_LEAD = "The country will buy carbon credits from forest projects abroad. "


def _quotes(a: str, b: str) -> list:
    report = diff_pair(extracted_doc(_LEAD + a, "a.txt", "2031-04-02"), extracted_doc(_LEAD + b, "b.txt", "2031-04-02"))
    return [(m.status, m.relation) for m in report.matches if m.kind == "quote"]


def test_a_part_of_the_quote_given_to_a_person_a_pronoun_takes_up_is_a_conflict():
    a = '"Offsets are no licence to pollute, and we never used them as one," said Environment Minister Rosa Lind.'
    b = 'Tomas Berg heads the national climate agency. "Offsets are no licence to pollute," he said.'
    assert _quotes(a, b) == [("conflict", "other-speaker")]
    # control: the same part given to the same person agrees
    assert _quotes(a, b.replace("Tomas Berg heads", "Rosa Lind heads").replace(" he said", " she said")) == [
        ("agree", "refines")]


def test_a_pronoun_taking_up_the_subject_of_the_sentence_before_is_sure():
    # "he" after "Tomas Berg ... said Rosa Lind had approved the plan": the subject of the sentence
    # before is the pronoun's preferred antecedent, though Rosa Lind is named after him
    a = '"Offsets are no licence to pollute, and we never used them as one," said Environment Minister Rosa Lind.'
    b = ('Tomas Berg, who heads the national climate agency, said Rosa Lind had approved the plan. '
         '"Offsets are no licence to pollute," he said.')
    assert _quotes(a, b) == [("conflict", "other-speaker")]


def test_a_pronoun_given_across_a_newly_named_person_is_not_sure():
    # "she" follows Eva Holm, named in the sentence before; a speaker given to "she" other than
    # Eva Holm is the parser's guess against the text's order, so the same words from Eva Holm
    # in A are no sure contradiction of it
    a = '"Offsets are no licence to pollute," said Eva Holm, who has fished the bay for 40 years.'
    b = ('"We will meet the target," Environment Minister Rosa Lind said. For Eva Holm, who has fished the '
         'bay for 40 years, the plan is a gamble. "Offsets are no licence to pollute," she said.')
    assert ("conflict", "other-speaker") not in _quotes(a, b)


def test_one_sentence_with_a_few_words_changed_under_two_names_is_a_conflict():
    a = '"This is a dark day for our harbour. We will rebuild every pier," said Mayor Ana Ruiz.'
    b = '"This is a sad day for the harbour," said Councillor Tomas Berg.'
    assert _quotes(a, b) == [("conflict", "other-speaker")]
    # control: two people sharing a phrase, not a sentence, say two things
    c = '"We will rebuild the old fish market by the spring," said Councillor Tomas Berg.'
    assert ("conflict", "other-speaker") not in _quotes(a, c)


def test_one_long_clause_in_the_same_words_under_two_names_is_a_conflict():
    # the first clause of one utterance, each report adding its own other clause after a comma
    a = '"The old ferry pier is the lifeline of the island, and we will defend it," said Mayor Ana Ruiz.'
    b = '"The old ferry pier is the lifeline of the island, and the ministry has forgotten it," said Councillor Tomas Berg.'
    assert _quotes(a, b) == [("conflict", "other-speaker")]
    # control: a short clause ("the tide is high", four words) is anyone's
    c = '"The tide is high, and the ministry has forgotten the island," said Councillor Tomas Berg.'
    d = '"The tide is high, and we will defend the pier," said Mayor Ana Ruiz.'
    assert ("conflict", "other-speaker") not in _quotes(d, c)


def test_an_opening_shared_with_a_few_words_changed_is_no_one_utterance():
    # two people of one story open alike ("... is a road to the sea") and say two things: a
    # clause is one utterance only in nearly the same words, not with a few words changed
    a = '"This canal is a way to the sea and its ports," said Mayor Ana Ruiz.'
    b = '"This is a way to the sea, but it is silting up," said Councillor Tomas Berg.'
    assert ("conflict", "other-speaker") not in _quotes(a, b)


def test_one_utterance_retold_in_other_words_under_two_names_is_a_conflict():
    a = '"Two trains a day is bearable for a week, not for a whole winter," said Mayor Ana Ruiz.'
    b = '"Two trains a day, you can bear that for a week, but not for a whole winter," said Councillor Tomas Berg.'
    assert _quotes(a, b) == [("conflict", "other-speaker")]
    # control: two people who share only two words of the story say two things
    c = '"The buses are full, the drivers are not," said Mayor Ana Ruiz.'
    e = '"The drivers are not to blame for the buses," said Councillor Tomas Berg.'
    assert ("conflict", "other-speaker") not in _quotes(c, e)


def test_one_idea_put_in_other_content_words_by_two_people_is_no_who_said_it_conflict():
    # a quotation keeps its speaker's words: "jumps" / "leaps" and the rest each speaker's own are
    # two people voicing one idea, not one utterance retold (compare.quotes._retold, as written)
    a = '"We are chasing a fire that jumps from roof to roof and from street to street," said Fire Chief Ana Ruiz.'
    b = '"This is a fire that leaps from roof to roof," said Mayor Tomas Berg.'
    assert ("conflict", "other-speaker") not in _quotes(a, b)
    # control: the same content words reordered under two names are one utterance, "who said it"
    c = '"From roof to roof and from street to street, this fire jumps, and we are chasing it," said Mayor Tomas Berg.'
    assert _quotes(a, c) == [("conflict", "other-speaker")]


def test_a_body_and_the_officer_who_speaks_for_it_are_one_speaker():
    # a body's statement is said by someone: its words under the body on one side and under the
    # officer the other side ties to that body ("the federation's chief economist") are one voice
    lead = "Milk prices paid to farmers fell for a fourth month in a row. "
    q = '"Prices at the farm gate no longer cover the cost of feed,"'
    a = f"{lead}{q} the Dairy Growers' Federation said in a statement."
    b = f"{lead}{q} said Ana Ruiz, the federation's chief economist."
    report = diff_pair(extracted_doc(a, "a.txt", "2031-04-02"), extracted_doc(b, "b.txt", "2031-04-02"))
    assert [(m.status, m.relation) for m in report.matches if m.kind == "quote"] == [("agree", "equal")]
    # control: a person the text does not tie to the body may or may not speak for it: unresolved, no conflict
    c = f"{lead}{q} said Ana Ruiz, who keeps 40 cows near Tarvo."
    report = diff_pair(extracted_doc(a, "a.txt", "2031-04-02"), extracted_doc(c, "c.txt", "2031-04-02"))
    assert [(m.status, m.relation) for m in report.matches if m.kind == "quote"] == [("related", "unresolved")]
