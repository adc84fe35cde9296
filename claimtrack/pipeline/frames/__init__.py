"""Claim frames: what each figure measures, what each date dates, who speaks, who does what.

Read from the dependency parse, never from the values: the comparison aligns two mentions when
their frames say they state the same thing, and only then looks at the values.

* quantity: the counted or measured thing (head noun lemma, modifiers, unit class), the
  predicate the figure belongs to (verb or event noun) and its role (subject, object, oblique
  with its preposition), the holder (the actor that has or does it), the as-of date (a date in
  the same clause, else the publication date) and the place or event ("at the Paris meeting");
* date: the event it dates; a bare weekday or "today" with no event is no fact;
* quote: the speaker's actor id and whether it is resolved to a name;
* statement (every sentence with a verbal root): subject actor, predicate, object, polarity
  (negation, and the refusal/denial verbs of data/polarity.json) and modality; one clause frame
  per clause, and one per act written as a noun with its argument ("the closure of the depot":
  clause_events).

The component writes plain data: `doc._.ct_frames`, a list of dicts
`{"kind", "start", "end", "frame": {...}}` (JSON-serialisable, so DocBin keeps it), and
`doc.spans["ct_frames"]`, one span per framed mention labelled by kind (the tokens the frame
was read from). `claimtrack.records` turns them into the pydantic frames of models.py.
"""

from __future__ import annotations

import logging
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import ACTOR_REFS, ACTOR_SPANS, DATES, PUBLISHED, QUANTITIES, QUOTES, views
from .children import reading_children
from .clause_events import event_frames
from .clauses import _Columns, clause_frames
from .mentions import _date_frame, _quantity_frame, _quote_frame, statement_frame
from ...tables import parse_json, parse_lines
from ..saved_tables import SavedTables
from .syntax import SAVED_TABLES, TABLE_FILES, FrameTables, _Actors, _DateHeads, build_frame_tables, polarity_table

__all__ = ["FRAMES", "SPANS_KEY", "TABLE_FILES", "FrameBuilder", "build_frames", "clause_frames", "install", "make_frames",
           "polarity_table", "statement_frame"]

log = logging.getLogger(__name__)

#: The Doc extension and span group the component writes.
FRAMES = "ct_frames"
SPANS_KEY = "ct_frames"


def install() -> None:
    if not Doc.has_extension(FRAMES):
        Doc.set_extension(FRAMES, default=None)


install()


@Language.factory(
    "claimtrack_frames",
    requires=["token.dep", "token.head", "token.lemma", f"doc._.{QUANTITIES}", f"doc._.{DATES}",
              f"doc._.{QUOTES}", f"doc._.{ACTOR_SPANS}", f"doc._.{ACTOR_REFS}"],
    assigns=[f"doc._.{FRAMES}", "doc.spans"],
)
def make_frames(nlp: Language, name: str):
    return FrameBuilder()


class FrameBuilder(SavedTables):
    """Sets doc._.ct_frames (plain dicts) and doc.spans['ct_frames'] (see module docstring).

    Built from TABLE_FILES (polarity, noun-verb links, speech verbs): `to_disk` saves them with
    a pipeline and `from_disk` reads them back (SavedTables), so an edited saved table is what
    a loaded pipeline's frames use."""

    TABLE_FILES = TABLE_FILES
    #: A saved pipeline's tables when they differ from the package's; None: the package's own.
    tables: Optional[FrameTables] = None

    def _use_tables(self, texts: Optional[dict[str, str]]) -> None:
        self.tables = None if texts is None else build_frame_tables(lambda name: parse_json(texts[name]),
                                                                    lambda name: parse_lines(texts[name]))

    def __call__(self, doc: Doc) -> Doc:
        token = SAVED_TABLES.set(self.tables)  # the tables in force while this Doc's frames are read
        try:
            frames, spans = build_frames(doc)  # errors propagate: the runner reports them per document
        finally:
            SAVED_TABLES.reset(token)
        doc._.set(FRAMES, frames)
        doc.spans[SPANS_KEY] = spans
        return doc


# ---------------------------------------------------------------------------------------------


def build_frames(doc: Doc) -> tuple[list[dict], list[Span]]:
    """Every frame of a parsed Doc (the components' mentions must be set)."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return [], []
    cols = _Columns(doc)
    with reading_children(doc, cols.kids):  # each token's children built once (frames/children.py)
        return _frames_of(doc, cols)


def _frames_of(doc: Doc, cols: _Columns) -> tuple[list[dict], list[Span]]:
    actors = _Actors(doc)
    published = doc._.get(PUBLISHED)
    frames: list[dict] = []
    spans: list[Span] = []
    date_heads = _DateHeads()
    for d in views(doc, DATES):
        got = _date_frame(doc, d)
        if got is None:
            continue
        frame, span, root = got
        date_heads.add(d.iso, root, d.start)
        frames.append({"kind": "date", "start": d.start, "end": d.end, "frame": frame})
        spans.append(Span(doc, span.start, span.end, label="date"))
    for q in views(doc, QUANTITIES):
        got = _quantity_frame(doc, q, actors, date_heads, published)
        if got is None:
            continue
        frame, span = got
        frames.append({"kind": "quantity", "start": q.start, "end": q.end, "frame": frame})
        spans.append(Span(doc, span.start, span.end, label="quantity"))
    for q in views(doc, QUOTES):
        frames.append({"kind": "quote", "start": q.start, "end": q.end, "frame": _quote_frame(q, actors)})
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(Span(doc, span.start, span.end, label="quote"))
    speakers = sorted((q.start, q.end, q.speaker_id) for q in views(doc, QUOTES) if q.speaker_id)
    for sent in doc.sents:
        frame = statement_frame(sent, actors)
        if frame is not None:
            frames.append({"kind": "statement", "start": sent.start_char, "end": sent.end_char, "frame": frame})
            spans.append(Span(doc, sent.start, sent.end, label="statement"))
        clauses = clause_frames(sent, actors, cols, speakers)
        for clause, lo, hi in clauses + event_frames(sent, actors, clauses, cols):
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            frames.append({"kind": "clause", "start": start, "end": end, "frame": clause})
            spans.append(Span(doc, lo, hi, label="clause"))
    return frames, spans
