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

A count may also take its noun from the sentence before (`_named_before`): English leaves the
head of a noun phrase out after a determiner that points back to a set already named (Quirk et
al. 1985, 10.60):

- a partitive of a plural pronoun ("12 of them", "40 of those") counts the noun the pronoun stands
  for: the noun the number is in apposition to ("the ferries, 12 of them new"), else the nearest
  plural noun before it in its sentence or the one before, never the subject of the number's own
  clause ("the crews caught 40 sharks and freed 12 of them": the pronoun is not the subject);
- a number after a postdeterminer with no noun of its own (an ordinal, a general ordinal or an
  additive one: "the last 30", "another 40", "the other 260"; data/quantifiers.json
  `postdeterminers`), or after "remaining", counts what the last count of a noun before it
  counts, in its sentence or the one before ("ordered 60 trams ... the final 25");
- a number in apposition to "the rest of X" counts X ("the rest of the kilns, 35").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from ..parsers.lexicon import ADDITIVE_POSTDETERMINERS, GENERAL_ORDINALS, ORDINAL_WORDS, singular
from ..parsers.number_tables import _tables
from ..tables import load_json
from .quantity_parts import Found, _lemma, _time_words
from .quantity_tables import _Ctx

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
        return None  # "44 of them": a pronoun, whose noun `_named_before` finds
    if num.dep_ == "appos" and num.head.lemma_.lower() in _other_members():
        rest = _of_noun(num.head)
        if rest is not None and rest.pos_ in ("NOUN", "PROPN"):
            return rest  # "the rest of the kilns, 35"
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
        and q.value >= 1 and float(q.value).is_integer()


def lend_counted_noun(doc: Doc, text: str, found: list[Found], ctx: _Ctx) -> None:
    """Give a bare count the noun its sentence (or the one before) counts it in, as the module
    says. In place; `found` is in text order."""
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
        earlier = _named_before(num, found[:k], ctx)
        if earlier is not None:
            q.unit = earlier
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


@lru_cache(maxsize=1)
def _other_members() -> frozenset:
    return frozenset(load_json("quantifiers.json")["other_members"])


#: The words before a number with no noun that say it counts members of a set named before (Quirk
#: et al. 1985, 5.20-5.22 and 10.60): the ordinals, the general ordinals and the additive
#: postdeterminers (parsers.lexicon, data/quantifiers.json), and "remaining" ("the remaining 75").
_MEMBERS_AFTER = frozenset(ORDINAL_WORDS) | GENERAL_ORDINALS | ADDITIVE_POSTDETERMINERS | {"remaining"}


#: An ordinal in digits: "4th", "21st".
_DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)

#: Plural pronouns whose partitive ("12 of them") counts a noun named before.
_PLURAL_PRONOUNS = frozenset({"them", "these", "those"})


def _window_start(num: Token) -> int:
    """The first token of the number's sentence or, when there is one, of the sentence before."""
    start = num.sent.start
    return num.doc[start - 1].sent.start if start > 0 else start


def _named_before(num: Token, before: list[Found], ctx: _Ctx) -> Optional[str]:
    """The noun a bare count takes from a noun phrase named before it (the module's second list):
    through a plural pronoun's partitive, or after a postdeterminer; None otherwise."""
    own = _of_noun(num)
    if own is not None and own.lower_ in _PLURAL_PRONOUNS:
        if num.dep_ == "appos" and num.head.tag_ in ("NNS", "NNPS"):
            # "the ferries, 12 of them new"; an appositive renames a whole noun phrase, whose
            # head is the outermost noun ("crews from three ports, 40 of them": the crews)
            head = num.head
            while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.tag_ in ("NNS", "NNPS"):
                head = head.head.head
            return _lemma(head)
        return _plural_before(num, before, ctx)
    word = num.doc[num.i - 1] if num.i > 0 else None
    if word is None or word.head.i != num.i or not (
            word.lower_ in _MEMBERS_AFTER or _DIGIT_ORDINAL.fullmatch(word.text)):
        return None
    first = num.doc[_window_start(num)].idx
    for p in reversed(before):
        if p.start < first:
            break
        if p.currency or p.unit is None or p.unit == "percent" or p.value is None or p.low is not None:
            continue  # money and shares count no members ("ordered 60 trams for $90 million")
        if float(p.value).is_integer():
            return p.unit  # "ordered 60 trams ... the final 25 are due"
    return None


#: The labels of a number that is an argument of its verb ("freed 12 of them", "12 of them fled").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "attr", "oprd"})


def _plural_before(num: Token, before: list[Found], ctx: _Ctx) -> Optional[str]:
    """The nearest plural noun (or noun a number counts) before `num` in its sentence or the one before, that a plural
    pronoun in `num`'s partitive can stand for: the head of a noun phrase (not a noun inside
    another noun's prepositional phrase), not a unit of measure or a word of time nor a word of a
    figure of money, a share or a measure, and, where the number is an argument of its verb, not
    that verb's subject (a pronoun object is not its clause's subject)."""
    verb = num
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = set()  # every word of the subjects ("keepers and vans from the farm")
    argument = num.dep_ in _ARGUMENTS or (num.dep_ == "pobj" and num.head.head.i == verb.i)
    for v in (verb, verb.head if verb.dep_ == "conj" else verb) if argument else ():
        subjects |= {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    # the words of a figure of money, a share or a measure ("61 per cent", "$4 million", "40 tonnes")
    measures = [(p.start, p.end) for p in before if p.currency or p.unit == "percent" or p.unit in ctx.unit_values]
    times, units = _time_words(), ctx.unit_values
    for t in reversed(num.doc[_window_start(num):num.i]):
        if t.pos_ not in ("NOUN", "PROPN") or t.i in subjects or any(a <= t.idx < b for a, b in measures):
            continue
        if not _plural(t):
            continue
        if t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN"):
            continue  # inside another noun's phrase ("medics from two clinics"): that noun is its head
        lemma = _lemma(t)
        if t.lower_ in times or lemma in times or lemma in units or ctx.unit_spelled(lemma):
            continue
        return lemma
    return None


#: Determiners of a singular noun.
_SINGULAR_DETERMINERS = frozenset({"a", "an", "this", "that", "each", "every", "one"})


def _plural(t: Token) -> bool:
    """A plural noun: tagged so, counted by a number ("40 elk", "300 sheep"), or a common noun
    written with a plural ending and no singular determiner, which the small model may tag
    singular ("the hippos": NN)."""
    if t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in t.children):
        return True
    return (t.pos_ == "NOUN" and t.lower_.endswith("s") and singular(t.lower_) != t.lower_
            and not any(c.lower_ in _SINGULAR_DETERMINERS for c in t.children))
