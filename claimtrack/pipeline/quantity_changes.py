"""Which "from" of a text opens a change ("from X to Y": the old figure and the new), read from
the parse.

"The fare will rise from $6 to $8" is two figures, not a range, and the number parser sees that
from a verb of change in the six words before "from" (qualifiers.json change_words). The verb may
stand further off ("the islands will lift the levy rate of the workers' savings scheme from
8.9% to 10.7%"): the parse attaches the "from" phrase to it, directly or through the noun it
changes ("cut the levy on diesel from ..."), or to a participle inside that noun's phrase ("lift the
cap on fees charged in the north from ..."). `change_froms` gives the offsets of those "from"s,
which `parsers.numbers.find_expressions` takes as `changes`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..parsers.number_tables import _tables

_FROM = re.compile(r"\bfrom\b", re.I)


def _of_change(tok) -> bool:
    words = _tables().change_words
    return tok.pos_ in ("VERB", "AUX") and (tok.lower_ in words or tok.lemma_.lower() in words)


def change_froms(doc: Doc, text: str) -> frozenset[int]:
    """The offsets of the words "from" whose phrase belongs to the clause of a verb of change."""
    out = set()
    for m in _FROM.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        if _governed_by_change(span[0]):
            out.add(m.start())
    return frozenset(out)


def _governed_by_change(tok) -> bool:
    """Up the parse from `tok` to the verb whose clause it is in: whether that verb, or a verb
    of change it passes on the way (the participle of a noun phrase is no clause of its own:
    "lift the cap on fees charged in the north from 12% to 15%"), is one of change."""
    for _ in range(10):
        head = tok.head
        if head.i == tok.i:
            return False
        if _of_change(head):
            return True
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "acl":
            return False  # the clause's own verb, which changes nothing
        tok = head
    return False


#: "up to" opening a figure's span (the qualifier at_most).
_UP_TO = re.compile(r"up\s+to\s+", re.I)


def up_to_of_a_change(doc: Doc, text: str, start: int) -> int:
    """Where the figure begins when the "up to" at `start` is no bound but the particle and
    preposition of a change that happened or is happening ("fares went up to $3 from $2.50",
    "unemployment has shot up to 7%", "rents are going up to €900"): the verb of change right
    before "up" in the past or the progressive. A bound stays one where the verb states a
    capacity or a plan in the present or with a modal ("the train can go up to 200 km/h",
    "fines go up to $500"). Returns the figure's start, or -1 for a bound."""
    m = _UP_TO.match(text, start)
    if m is None:
        return -1
    span = doc.char_span(start, start + 2)
    if span is None or len(span) != 1 or span[0].i == 0:
        return -1
    verb = doc[span[0].i - 1]
    if verb.tag_ in ("VBD", "VBN", "VBG") and _of_change(verb):
        return m.end()
    return -1
