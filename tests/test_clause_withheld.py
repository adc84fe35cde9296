"""A refusal to say (pipeline/frames/clause_moods.withheld): an indirect question asserts
neither its answer nor its opposite when the verb it completes is a verb of saying refused
("would not say whether ..."); a clause that is its own head completes no verb at all."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimtrack.pipeline.frames.clause_moods import withheld
from claimtrack.pipeline.frames.syntax import polarity_table

pytestmark = pytest.mark.model


def test_an_indirect_question_before_a_refused_verb_of_saying_is_withheld(nlp):
    doc = nlp("Whether the sawmill stays open, the cooperative would not say.")
    stays = next(t for t in doc if t.lower_ == "stays")
    assert stays.head.lower_ == "say"  # the parse this test is about
    assert withheld(stays, polarity_table()) == "say"


def test_a_root_clause_completes_no_refusal_of_its_own(nlp):
    """The clause as the root of its parse (a headline fragment: "Whether officials would not
    say"): its head is itself, no verb it completes; before session 20 `gov is h` compared two
    Token objects spaCy builds anew on every read, never true, and the clause's own "would not
    say" was read as the refusal it completes."""
    words = ["Whether", "officials", "would", "not", "say"]
    doc = Doc(nlp.vocab, words=words, heads=[4, 4, 4, 4, 4], deps=["mark", "nsubj", "aux", "neg", "ROOT"],
              pos=["SCONJ", "NOUN", "AUX", "PART", "VERB"], lemmas=["whether", "official", "would", "not", "say"])
    say = doc[4]
    assert say.head.i == say.i and say.lemma_ == "say" and [t.lower_ for t in say.children][-1] == "not"
    assert withheld(say, polarity_table()) is None
