"""A currency written once, on the first of two amounts of one sentence, and left out of the second.

News writes the currency on the first amount of a comparison and elides it on the next one:
"the stake went for 2.3 billion pesos, well above the opening price of 1.4 billion"; "fares rose to
90 rupees from 75"; "it paid €8 million, against 6.5 million last year". The later figure counts
nothing of its own (no unit, no counted noun) and is of the order of the amount before it, so
it is an amount in the same currency. `lend_currency_forward` gives it that currency when:

- the two are in one sentence, with no other figure between them;
- the bare figure is written with a scale ("1.4 billion", "6.5m") or comes right after a word
  that compares it with the amount before ("from", "to", "against", "than", "versus");
- its value is within a factor of a thousand of the amount's (a scale written on the amount
  alone, "$5 million ... 3", makes no pair);
- the amount is written in its major unit (after "50 cents", a bare "40" would be cents: left).

A figure with a glued "m" read as metres ("9.5m") right after a comparing word, following an
amount of millions ("£14m, against 9.5m"), is millions of that money: British and Irish papers
write "m" for million on money.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..parsers.number_tables import _tables
from .quantity_parts import Found

#: A scale written with the figure: a word or an abbreviation after the digits or number words.
_SCALED = re.compile(r"(?i)(?:\d|\b[a-z]+)\s?(?:thousand|million|billion|trillion|mn|mln|bn|tn|m|k)\b")
#: A figure with a glued "m" and nothing more: "9.5m" (metres, or millions after an amount in millions).
_GLUED_M = re.compile(r"[\d.,]+m")
#: The word right before a bare figure that compares it with an amount before it.
_COMPARING = re.compile(r"(?i)\b(?:from|to|against|than|versus|vs\.?)\s+$")


def _sentence(doc: Doc, offset: int):
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].sent.start if span is not None and len(span) else None


def lend_currency_forward(doc: Doc, text: str, found: list[Found]) -> None:
    """Give a bare figure the currency of the amount right before it in its sentence, as the
    module says. In place; `found` is in text order."""
    minor = _tables().minor
    for p, q in zip(found, found[1:]):
        if not p.currency or p.value is None or q.currency or q.value is None or q.low is not None:
            continue
        millions = (q.unit == "metre" and _GLUED_M.fullmatch(q.text) is not None and abs(p.value) >= 1_000_000
                    and not q.modifiers)
        if q.unit and not millions:
            continue
        last = re.findall(r"[^\W\d_]+", p.text)
        if last and last[-1].lower() in minor:
            continue  # "50 cents, from 40": the bare figure is in cents
        comparing = _COMPARING.search(text, max(0, q.start - 12), q.start) is not None
        if not (comparing or (_SCALED.search(q.text) and not millions)):
            continue  # ("£40m for a striker who ran 100m": metres, with no word comparing them)
        value = q.value * 1_000_000 if millions else q.value
        if not (abs(p.value) / 1000 <= abs(value) <= abs(p.value) * 1000) or value == 0:
            continue
        if _sentence(doc, p.start) is None or _sentence(doc, p.start) != _sentence(doc, q.start):
            continue
        if millions:  # "£14m, against 9.5m": millions of the same money, not metres
            q.value, q.unit = (int(value) if float(value).is_integer() else value), None
        q.currency = p.currency
