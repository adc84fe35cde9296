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


def test_a_line_break_between_two_tokens_is_read_from_the_text_between_them(nlp):
    """clause_roles._line_between reads the text from the first token to the second: a break in
    a token's trailing space or in a token of white space counts, in either order of the two."""
    from claimtrack.pipeline.frames.clause_roles import _line_between

    doc = nlp("Glassworks Ltd\nsaid it would hire welders. The mayor of Orvik spoke.")
    firm, said = doc[0], next(t for t in doc if t.text == "said")
    mayor, spoke = next(t for t in doc if t.text == "mayor"), next(t for t in doc if t.text == "spoke")
    assert _line_between(firm, said) and _line_between(said, firm)
    assert not _line_between(mayor, spoke) and not _line_between(spoke, mayor)
    assert not _line_between(said, said)
    assert _line_between(firm, spoke) == any("\n" in t.text_with_ws for t in doc[firm.i:spoke.i])
