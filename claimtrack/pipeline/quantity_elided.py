"""What a figure leaves out and its sentence gives: a currency written once, on the first of two
amounts of one sentence, and left out of the second; and the counted noun of a bare count.

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

A bare count names no noun of its own, and English gives it one from the sentence
(`lend_counted_noun`):

- a partitive: "230 of the village's 410 houses", "Of the 96 nurses who applied, 71 were hired",
  "owns 30 boats, of which 12 are idle" (the noun the relative clause hangs from);
- "the number of X": "put the number of lambs that died at 2,900", "the number of voters rose from
  8,100 to 9,300";
- the counted figure right before it in its sentence, of the same verb ("will hire 700 weavers and
  has hired 250", "climbed to 61,000 tourists, against 52,000").
"""

from __future__ import annotations

import re

from typing import Optional

from spacy.tokens import Doc, Token

from ..parsers.number_tables import _tables
from .quantity_parts import Found, _lemma

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


#: Nouns through which English counts the noun of their "of" phrase: "the number of lambs".
_NUMBER_OF = frozenset({"number"})


def _of_noun(tok) -> Optional[Token]:
    """The noun of the "of" phrase on `tok` ("of the village's houses"), or None."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "dep") and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _noun_from_parse(num: Token) -> Optional[Token]:
    """The noun the sentence counts a bare number in: its partitive, a fronted partitive of its
    verb, the head of a relative clause "of which" opens, or the noun "the number of" names."""
    own = _of_noun(num)
    if own is not None and own.pos_ in ("NOUN", "PROPN"):
        return own  # "230 of the village's 410 houses"
    if own is not None:
        return None  # "44 of them": a pronoun, whose noun is another sentence's
    verb = num.head
    while verb.head.i != verb.i and (verb.dep_ == "prep" or verb.pos_ == "ADP"):
        verb = verb.head  # "rose from 8,100": the verb of its preposition (a root stops the climb)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if num.dep_ in ("nsubj", "nsubjpass", "dobj"):
        fronted = _of_noun(verb)
        if fronted is not None and fronted.i < num.i:
            if fronted.pos_ in ("NOUN", "PROPN"):
                return fronted  # "Of the 96 nurses who applied, 71 were hired"
            if fronted.lower_ in ("which", "whom") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return verb.head  # "30 boats, of which 12 are idle"
    for t in [verb, *verb.children, *verb.ancestors][:8]:
        if t.lemma_.lower() in _NUMBER_OF and t.pos_ == "NOUN" and t.i < num.i:
            counted = _of_noun(t)
            if counted is not None and counted.pos_ in ("NOUN", "PROPN"):
                return counted  # "put the number of lambs that died at 2,900"
    return None


def _bare_count(q: Found) -> bool:
    """A whole number with no unit: a count ("a tenth", "half" are shares, not counts)."""
    return q.unit is None and q.currency is None and q.low is None and isinstance(q.value, (int, float)) \
        and q.value >= 1 and (isinstance(q.value, int) or float(q.value).is_integer())


def lend_counted_noun(doc: Doc, text: str, found: list[Found]) -> None:
    """Give a bare count the noun its sentence counts it in, as the module says. In place;
    `found` is in text order."""
    for k, q in enumerate(found):
        if not _bare_count(q):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        num = span[-1]
        noun = _noun_from_parse(num)
        if noun is not None and not (span.start <= noun.i < span.end):
            q.unit = _lemma(noun)
            continue
        p = found[k - 1] if k else None
        if p is None or p.unit is None or p.currency or p.unit == "percent" or p.value is None:
            continue
        before = doc.char_span(p.start, p.end, alignment_mode="expand")
        if before is None or not len(before) or before[0].sent.start != num.sent.start:
            continue
        if _verb_lemma(before.root) == _verb_lemma(num) is not None:
            # English leaves a noun out where the clause is parallel to the one that names it
            # (the same verb): "will hire 700 weavers and has hired 250 so far", "climbed to
            # 61,000 tourists, against 52,000"; a figure of another verb counts what its own
            # clause names ("hired 350 staff, raising its workforce to 900")
            q.unit = p.unit


def _verb_lemma(tok: Token) -> Optional[str]:
    """The lemma of the verb a figure's phrase stands in (through a preposition), or None."""
    t = tok
    for _ in range(4):
        if t.pos_ == "VERB":
            return t.lemma_.lower()
        if t.head.i == t.i:
            return None
        t = t.head
    return None
