"""Sentence starts the page layout fixes before the parser runs.

A wire story opens with a dateline, "OSLO, March 3 (Nordic Wire) - The council voted ...": the
place and date the story was filed from, then the story's first sentence. Left to itself the
parser reads the dateline into that sentence (the city becomes a modifier of its verb, or its
subject), so the first claim of every wire story gets a wrong subject, and the filing date reads
as the date of the event. A paragraph break (a blank line) likewise always ends a sentence,
whether or not the line before it ends with a full stop (a headline, a caption).

spaCy's parser keeps sentence starts set before it runs, so this component, placed before the
parser, marks the first word after a dateline and the first word after a blank line as sentence
starts, and leaves every other token to the parser.
"""

from __future__ import annotations

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .actors.layout import DATELINE
from .extensions import TEXT

#: Datelines are looked for in the page's opening characters only, as the actor component does.
DATELINE_SPAN = 3000


@Language.factory("claimtrack_sentences", requires=["token.text", "token.is_space"], assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    return LayoutSentences()


class LayoutSentences:
    """Marks sentence starts after a wire dateline and after a blank line (see the module doc)."""

    def __call__(self, doc: Doc) -> Doc:
        starts = set()
        # the text the Doc was made from, when the runner set it (processing._prepare); spaCy's
        # Doc.text re-joins every token. Not kept on the Doc here: a window of a long document
        # (pipeline/windows.py) passes through too, and its text is only the window's.
        text = doc._.get(TEXT)
        if text is None:
            text = doc.text
        for m in DATELINE.finditer(text, 0, min(len(text), DATELINE_SPAN)):
            line_start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            starts.add(line_start)
            end = m.end()
            while end < len(text) and text[end].isspace():
                end += 1
            starts.add(end)
        if starts:
            idx = doc.to_array(IDX).tolist()
            for i in range(1, len(idx)):
                if idx[i] in starts:
                    doc[i].is_sent_start = True
        # only the space tokens are looked at (a Token object each), not every token
        space = doc.to_array(IS_SPACE).tolist()
        for i in range(len(space) - 1):
            if space[i] and not space[i + 1] and doc[i].text.count("\n") >= 2:
                doc[i + 1].is_sent_start = True
        return doc
