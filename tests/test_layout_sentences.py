"""The layout sentence starts (pipeline/sentences.py) on tokenized Docs, before any parser: the
same starts whether the runner set the Doc's text up front or not, and the component never
stores a text on the Doc itself (invented texts)."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import TEXT
from claimtrack.pipeline.sentences import LayoutSentences

TEXTS = [
    "KESTREL BAY, May 2 (Harbour Wire) - The ferry board met.\n\nLate sailings\n\nThe board cut two sailings.",
    "No dateline here.\n\n\nThree newlines, then a line.\n \nA spaced blank line.",
    "One line only, no break at all.",
    "",
]


def _starts(doc) -> list[int]:
    return [t.i for t in doc if t.is_sent_start]


@pytest.mark.parametrize("text", TEXTS)
def test_starts_are_the_same_with_and_without_the_text_set(text):
    from claimtrack.nlp import load

    nlp = load()
    plain, prepared = nlp.make_doc(text), nlp.make_doc(text)
    prepared._.set(TEXT, text)
    LayoutSentences()(plain)
    LayoutSentences()(prepared)
    assert _starts(plain) == _starts(prepared)
    assert plain._.get(TEXT) is None  # a window's Doc keeps no text of its own


def test_dateline_and_blank_lines_mark_the_next_word():
    from claimtrack.nlp import load

    doc = load().make_doc(TEXTS[0])
    LayoutSentences()(doc)
    words = [doc[i].text for i in _starts(doc) if i > 0]
    assert words == ["The", "Late", "The"]
