"""Months with no cue word before them, for the dates component: months that modify a noun ("had
put June orders at 40 crates", "said November sales rose"), and months the parse makes a noun of
the clause ("for much of August", "as recently as March", "September's figure"). The text parser
reads a bare month only after a cue ("in May", "the May vote"), since a capitalised "May" is as
often the modal or a name; the parse tells them apart."""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc

from ..parsers.date_calendar import nearest_month
from ..parsers.dates import FutureTest
from ..parsers.days import parse_iso
from ..parsers.lexicon import MONTH_NAMES, MONTHS, ORDINAL_WORDS
from .extensions import doc_text

#: The full month names ("May", "November"), not their abbreviations.
_MONTH_BY_NAME = {name.lower(): MONTHS[name] for name in MONTH_NAMES}
#: A capitalised full month name and a lower-case word after it: where the parse is asked.
_MONTH_THEN_WORD = re.compile(rf"\b(?P<m>{'|'.join(n.capitalize() for n in MONTH_NAMES)})\s+[a-z]")


def with_attributive_months(doc: Doc, mentions: list, published: Optional[str],
                            future_test: Callable[[], FutureTest]) -> list:
    """`mentions` with the months the parse shows modifying a noun with no cue word before them:
    a month name the tagger makes a proper noun compound of the common noun right after it, and
    the model's entities a DATE. A past clause reports a month already begun ("said November
    sales rose", published in June: last November), a future one a month to come; with no
    tense, the occurrence nearest the publication date, as for "the November election".
    `future_test()` gives the dates component's tense test for the Doc."""
    ref = parse_iso(published) if published else None
    added = []
    is_future = None
    for found in _MONTH_THEN_WORD.finditer(doc_text(doc)):  # only where a month name stands before a word
        span = doc.char_span(found.start(), found.end("m"))
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        month = _MONTH_BY_NAME.get(tok.lower_)
        if (not month or tok.tag_ != "NNP" or tok.dep_ != "compound" or tok.ent_type_ != "DATE"
                or tok.head.i != tok.i + 1 or tok.head.tag_ not in ("NN", "NNS") or not tok.head.is_lower
                or tok.head.like_num or tok.head.lower_ in ORDINAL_WORDS):
            continue  # "March eighth" is a day the text parser did not read, not a month
        if tok.i > 0 and doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS"):
            continue  # after a determiner the text parser has read the month ("the November vote")
            #           or left it as a name on purpose ("the May government")
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(m["start"] < end and start < m["end"] for m in mentions):
            continue
        iso = None
        if ref is not None:
            is_future = is_future or future_test()
            noun = tok.head  # the tense of the clause the noun stands in, not of a date adverbial's
            iso = _month_by_tense(ref, month, is_future(noun.idx, noun.idx + len(noun.text)))
        added.append({"start": start, "end": end, "text": tok.text, "iso": iso, "grain": "month",
                      "relative": ref is not None, "part": None, "ambiguous": False, "frame": None})
    return sorted(mentions + added, key=lambda m: m["start"]) if added else mentions


def _month_by_tense(ref, month: int, future: Optional[bool]) -> str:
    """The year-month of `month`: at or before `ref`'s month in a past clause, at or after it in
    a future one, else the nearest."""
    if future is False:
        return f"{ref.year - (month > ref.month):04d}-{month:02d}"
    if future is True:
        return f"{ref.year + (month < ref.month):04d}-{month:02d}"
    return nearest_month(ref, month, lambda: None)


#: What a month is in the clause when it stands as a noun of its own: an object, a subject, the
#: object of a preposition ("for much of August"), a possessive ("September's figure"), or a noun
#: phrase used as an adverbial ("sales fell March").
_MONTH_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "poss", "npadvmod", "attr", "appos", "conj"})


def with_noun_months(doc: Doc, mentions: list, published: Optional[str],
                     future_test: Callable[[], FutureTest]) -> list:
    """`mentions` with the full month names the model's entity recogniser reads as a date by
    themselves and the parse makes a noun of the clause, where no cue word stood before them for
    the text parser ("exceeded 40 degrees for much of August", "found the dam sound as recently
    as March", "hold September's figure down"). A month beside another capitalised word is part
    of a name ("Ana March", "March Madness"), whatever the recogniser says. The year as for an
    attributive month: the clause's tense, else the occurrence nearest the publication date."""
    ref = parse_iso(published) if published else None
    added = []
    is_future = None
    for ent in doc.ents:
        if ent.label_ != "DATE" or len(ent) != 1:
            continue
        tok = ent[0]
        month = _MONTH_BY_NAME.get(tok.lower_)
        if not month or month == 5 or not tok.is_title or tok.pos_ != "PROPN" or tok.dep_ not in _MONTH_NOUN_DEPS:
            continue  # "May" alone is a surname as often ("voted for May as leader"): cue words only
        if any(n.is_title and n.pos_ == "PROPN" for n in doc[max(0, tok.i - 1):tok.i + 2] if n.i != tok.i):
            continue  # "Ana March", "March Madness": a name
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(m["start"] < end and start < m["end"] for m in mentions + added):
            continue
        iso = None
        if ref is not None:
            is_future = is_future or future_test()
            iso = _month_by_tense(ref, month, is_future(start, end))
        added.append({"start": start, "end": end, "text": tok.text, "iso": iso, "grain": "month",
                      "relative": ref is not None, "part": None, "ambiguous": False, "frame": None})
    return sorted(mentions + added, key=lambda m: m["start"]) if added else mentions
