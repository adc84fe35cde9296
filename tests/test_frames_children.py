"""The clause walk's table of children (pipeline/frames/children.py): the same tokens, in the same
order, as spaCy's Token.children, for one Doc at a time, on invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.frames.children import children_of, reading_children
from claimtrack.pipeline.frames.clauses import _Columns

pytestmark = pytest.mark.model

TEXT = ("The ferry operator said on Monday it would not resume night crossings until the harbour wall, "
        "which storms cracked in March, is repaired. Fares rose 4% to 31 euros.\n"
        "Quay workers, unpaid since May, voted to strike.")


def test_children_from_the_table_are_spacys_children_in_order(nlp):
    doc = nlp(TEXT)
    expected = [[(c.i, c.text) for c in t.children] for t in doc]
    assert any(len(e) > 2 for e in expected)  # a sentence with real structure
    with reading_children(doc, _Columns(doc).kids):
        got = [[(c.i, c.text) for c in children_of(t)] for t in doc]
        assert all(children_of(t)[0].doc is doc for t in doc if children_of(t))
    assert got == expected


def test_outside_the_table_or_for_another_doc_children_are_read_from_spacy(nlp):
    doc, other = nlp(TEXT), nlp("Inspectors closed two bridges after the flood.")
    root = next(t for t in other if t.dep_ == "ROOT")
    assert [c.i for c in children_of(root)] == [c.i for c in root.children]  # no table open
    with reading_children(doc, _Columns(doc).kids):
        assert [c.text for c in children_of(root)] == [c.text for c in root.children]  # not doc's table
        assert children_of(root)[0].doc is other
