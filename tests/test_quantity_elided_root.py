"""A bare number's climb to the verb of its preposition stops at the sentence root, whatever the
root's label: a parse whose root is labelled "prep" (as a parser can give a fragment) used to loop."""

import spacy
from spacy.tokens import Doc

from claimtrack.pipeline.quantity_elided import _noun_from_parse


def test_a_root_labelled_prep_ends_the_climb():
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["from", "40"], heads=[0, 0], deps=["prep", "pobj"], pos=["ADP", "NUM"])
    assert _noun_from_parse(doc[1]) is None
