"""Which numbers the quantities component (`quantities.py`) keeps as figures: not an identifier
("Article 5", "Boeing 737", "the No. 2 carmaker"), a date, time or year, a date reference ("three
years ago"), a place name ("Seven Mile Beach"), a banknote's face value ("a 20-dinar note"), "one"
as a pronoun, an article or the emphatic "not one", nor a bare number nothing counts.
Moved out of `quantities.py` (which keeps the component) unchanged: the component's methods are
functions of its compiled tables (`_Ctx`) here."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..parsers.lexicon import MONTHS, WEEKDAYS
from ..parsers.number_tables import VULGAR, _tables as _number_tables
from ..parsers.numbers import Expression
from .quantity_units import measure
from .quantity_parts import (
    _Draft,
    _a_source,
    _dated,
    _in_a_place_name,
    _names_a_year,
    _part_of_a_figured_whole,
    _some_day,
    _stands_as_argument,
    _titlecase_line,
    _titlecase_text_line,
    _whole_sentence,
    _year_like,
)

if TYPE_CHECKING:
    from .quantity_tables import _Ctx


#: A banknote or coin named by its face value: "a 20-dinar note", "£2 coins", "$100 bills"
#: (legislation is a "bill" too, but never one of a note's face values: "a $900 billion bill").
_DENOMINATION = re.compile(r"[\s-](?:bank\s?)?(?:notes?|bills?|coins?)\b", re.I)
#: face values run 1-2-5 (and 25) times a power of ten
_DENOMINATION_VALUE = re.compile(r"(?:1|2|25|5)0*$")

#: "not one", "never even one": the emphatic form of "no" (Quirk et al. 1985, 10.60), a count of none
_NOT_BEFORE = re.compile(r"\b(?:not|never|nor)\s+(?:even\s+)?$", re.I)

def _denied_one(span: SpacySpan) -> bool:
    """"one" counting the object of a negated verb ("have not received one dinar", "did not win
    one match", "will not pay one peso more"): none."""
    if len(span) != 1 or span[0].lower_ != "one" or span[0].dep_ != "nummod":
        return False
    noun = span[0].head
    if noun.dep_ == "npadvmod" and noun.head.dep_ == "dobj":
        noun = noun.head  # "one peso more": the measure of the object "more"
    return noun.dep_ == "dobj" and any(c.dep_ == "neg" for c in noun.head.children)


#: weekday and month names written out (not "Sun", "Mar", "May": words or names of their own)
_CALENDAR_NAMES = frozenset(w for w in (*WEEKDAYS, *MONTHS) if len(w) > 3 and w.isalpha())



def _one_counts(doc: Doc, text: str, e: Expression, f: _Draft) -> bool:
    """"one" as a numeral before the noun it counts ("drew only one bid", "one lane will reopen"):
    a count. Not "no one", "this one", "the one", not the article "a", and not a person or thing
    it introduces, named or described next ("one guard, speaking anonymously")."""
    if not f.counted or e.text.lower() != "one":
        return False
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].dep_ != "nummod":
        return False
    head = span[0].head
    if head.i != span[0].i + 1 or head.idx + len(head) != f.end:
        return False  # the counted noun follows it directly
    if head.tag_ in ("NNS", "NNPS"):
        # "one" counts a noun in the singular; a plural after it is a verb the parse misread after
        # the pronoun "one" ("Repainting one costs at least $90": what one of them costs)
        return False
    prev = doc[span[0].i - 1] if span[0].i > 0 else None
    if prev is not None and prev.lower_ in ("no", "this", "that", "the", "any", "every", "each", "which"):
        return False
    if prev is not None and prev.lower_ == "at" and head.lower_ in _AT_ONE:
        return False  # "at one point the crowd surged": when, not how many
    if _a_source(head) and not (prev is not None and prev.lower_ in ("only", "just")):
        return False  # "one official said"; but "only one bidder said" counts
    if _one_to_another(doc, text, f.end):
        return False  # "from one clinic to another", "one bus after another": each in turn, no count
    if prev is not None and prev.lower_ == "in" and head.lower_ == "piece" and not _OF_AFTER.match(text, f.end):
        return False  # "arrived in one piece": intact (the idiom), not a count of pieces
    return _APPOSITION.match(text, f.end) is None


#: "one X to another", "one X after another", "one X to the next": one thing and then others
#: in turn (the reciprocal and distributive "one ... another" of English grammars), no count
_ONE_TO_ANOTHER = re.compile(r"\s+(?:to|after)\s+(?:the\s+)?(?P<w>another|next|other)\b", re.I)


def _one_to_another(doc: Doc, text: str, end: int) -> bool:
    """"one X" then "to another", "after another", "to the next": "another" standing for a noun
    (not "to another province", where it is the determiner of one)."""
    m = _ONE_TO_ANOTHER.match(text, end)
    if m is None:
        return False
    word = doc.char_span(m.start("w"), m.end("w"))
    return word is not None and word[0].dep_ not in ("det", "amod", "compound")
_OF_AFTER = re.compile(r"\s+of\b", re.I)

#: "at one point", "at one stage", "at one time", "at one moment": idioms of time (a moment
#: not named, or "formerly"; Oxford and Cambridge dictionaries), no count of points or stages
_AT_ONE = frozenset({"point", "stage", "time", "moment"})

#: A person or thing introduced and then described: "one guard, who ...", "one patient, a
#: 58-year-old teacher", "one resident, Ana Ruiz".
_APPOSITION = re.compile(r",\s*(?:who|whose|whom|an?\s|\d|[A-Z])")

#: A clock time written with a full stop ("6.45", "21.30") after a preposition of time, maybe
#: hedged ("at about 11.15", "from 7.30", "until 22.00")
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d$")
_CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till|by|before|after|between|and)\s+(?:(?:about|around|roughly|some)\s+)?$", re.I)
#: The words of a sentence that speaks of the time of day (British and Commonwealth papers write
#: the clock with a full stop: "at 6.30 in the morning", "from 7.15 until 9 o'clock")
_TIME_OF_DAY = re.compile(r"\b(?:o['’]clock|[ap]\.?m\b\.?|morning|afternoon|evening|night|tonight|noon|midday"
                          r"|midnight|dawn|dusk|local\s+time)", re.I)
#: Where a sentence ends: a full stop, question or exclamation mark before a space, or a line end.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _dotted_clock(text: str, e: Expression) -> bool:
    """Whether a bare figure is a clock time written with a full stop: "6.30" after a preposition
    of time in a sentence that speaks of the time of day ("lessons begin at 7.15 rather than
    9 o'clock"), not a price ("closed at 6.30")."""
    if not _DOTTED_CLOCK.match(text[e.num_start:e.num_end]) or not _CLOCK_BEFORE.search(text, max(0, e.start - 24), e.start):
        return False
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, e.start - 300), e.start)), default=max(0, e.start - 300))
    m_end = _SENTENCE_END.search(text, e.end, e.end + 300)
    right = m_end.start() if m_end else min(len(text), e.end + 300)
    return bool(_TIME_OF_DAY.search(text, left, right))


#: A word after "before" on the same line: a noun phrase or a clause follows ("before the vote").
_WORD_NEXT = re.compile(r"[ \t]+[^\W_]")
#: Qualifiers that are also prepositions: "about one man", "over one issue" are not counts.
_PREP_QUALIFIER = re.compile(r"^(?:about|around|over|under|above|below|some)\b", re.I)

_YEAR_RANGE = re.compile(
    r"^(?:(?:between|from)\s+)?(?:1[0-9]|20)\d{2}\s*(?:[-–—/]|to|and|or|through)\s*(?:(?:1[0-9]|20)\d{2}|\d{2})$", re.I)


def no_figure(c: _Ctx, doc: Doc, text: str, e: Expression, span: SpacySpan, f: _Draft, force_bare: bool,
              keep_bare_numbers: bool) -> bool:
    """Whether the number is no figure: a date, time or year; "three years ago" (a date
    reference); a bare "one" or "a"; a bare number nothing counts."""
    unit, counted, value = f.unit, f.counted, f.value
    is_duration = unit in c.durations
    if not is_duration and not f.measured and not f.currency and unit != "percent":
        if _dated(span, counted and unit not in c.durations) and not (
                e.is_range and counted and unit and e.low is not None and e.high is not None
                and not (1000 <= e.low <= 2100 or 1000 <= e.high <= 2100)):
            # a range of counted things ("between 20 and 30 people") is often tagged DATE
            return True
    if e.plain and value is not None and _year_like(e, text) and (not counted or unit in c.durations
                                                                 or any(t.ent_type_ == "DATE" for t in span)
                                                                 or not f.measured and _names_a_year(text, f)):
        return True
    if e.words and f.measured and _in_a_place_name(text, e, f):
        return True  # "Seven Mile Beach", "Three Mile Island": a name
    if e.is_range and _YEAR_RANGE.match(text[e.start:e.end]) and not counted and not f.currency:
        return True
    after = text[f.end:f.end + 20]
    m_after = re.match(r"^\s+([A-Za-z]+)", after)
    if m_after and m_after.group(1).lower() in c.date_after and is_duration:
        if not (m_after.group(1).lower() in c.interval_before and _WORD_NEXT.match(after, m_after.end())):
            return True  # "three years ago", "two years before.": a date reference
        # "four days before the vote": the time between two events, a quantity
    if _DENOMINATION.match(text, f.end) and not e.scaled and not e.words and value is not None \
            and (f.currency or unit in _number_tables().noun_of_form) and _DENOMINATION_VALUE.match(str(value)):
        return True  # "a 20-dinar note", "$100 bills": the kind of note or coin, no sum
    one = e.words and text[e.num_start:e.num_end].lower() == "one"  # also "one cent" (0.01 of a dollar)
    if one and (_NOT_BEFORE.search(text, max(0, e.start - 16), e.start) or _denied_one(span)):
        return True  # "not one dinar has arrived", "have not received one dinar": none, no figure of one
    if e.words and value == 1 and unit in ("day", "night") and _some_day(doc, span, f.end):
        return True  # "could one day replace coal", "One day, the river rose": no length
    # a bare "one"/"a" is a pronoun or article more often than a count; after a qualifier
    # that is not also a preposition it counts ("at least one district", "nearly one in")
    if e.words and value == 1 and not f.currency and unit not in c.unit_values:
        if not (counted and f.qualifier and not _PREP_QUALIFIER.match(e.text)) and not _one_counts(doc, text, e, f):
            return True
    if not counted and not f.currency and unit is None:
        if e.plain is False and not e.words and _dotted_clock(text, e):
            return True  # "at 7.15 rather than 9 o'clock": a time of day
        if not force_bare and (not keep_bare_numbers or not _bare_ok(doc, e, span)):
            return True
    return False


#: A wire service's version slug opening a headline: "UPDATE 2-", "UPDATE 4 -" (Reuters and the
#: agencies that copy its style number each rewrite of a story; the number counts nothing).
_WIRE_SLUG = re.compile(r"(?:^|\n)[^\S\n]*UPDATE[^\S\n]+$")
_SLUG_DASH = re.compile(r"[^\S\n]?[-‑–][^\S\n]?(?=\S)")


def is_identifier(c: _Ctx, doc: Doc, e: Expression, first: Token, last: Token, text: str = "") -> bool:
    if text and e.value is not None and _SLUG_DASH.match(text, e.num_end) \
            and _WIRE_SLUG.search(text, max(0, e.start - 20), e.start):
        return True  # "UPDATE 3-Mine strike spreads": the story's third version
    if e.currency or e.unit:
        return False
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is None or prev.idx + len(prev) > e.start:
        return False
    if e.qualifier is not None or e.is_range and e.text[:1].isalpha():
        return False
    p = prev.lower_
    if p == "." and first.i > 1 and doc[first.i - 2].idx + len(doc[first.i - 2]) == prev.idx:
        p = doc[first.i - 2].lower_ + "."  # "the No. 2 carmaker": the tokenizer may split "No."
    if p in c.identifier_before:
        # but "a trench 45 centimetres deep", "a zone 5 km wide": after "a" and before a unit of
        # measure the number measures the thing (a label names one thing: "hole 7", "zone 5")
        return not (prev.i > 0 and doc[prev.i - 1].lower_ in ("a", "an") and text
                    and measure(c, text, e.end, len(text)) is not None)
    if p in _CALENDAR_NAMES and last.i + 1 < len(doc) and (
            doc[last.i + 1].tag_ in ("NNS", "NNPS") or last.head.i > last.i and last.head.tag_ in ("NNS", "NNPS")):
        return False  # "On Tuesday 300 workers walked out": a time adverbial, no model name
    if prev.is_sent_start or prev.is_punct or not prev.text[:1].isalpha():
        return False
    if prev.dep_ == "dative" and first.ent_iob_ != "I" and last.head.i != prev.i and last.head.head.i == prev.head.i:
        # "gave Marlow 30 days": the name is the verb's indirect object and the figure counts its
        # direct one (where the model reads the number into the name's entity, "Windows 11", it is
        # the name's)
        return False
    caps = any(ch.isupper() for ch in prev.text)
    if caps and prev.pos_ in ("PROPN", "NOUN", "X") and not prev.is_sent_start:
        # "Article 5", "Boeing 737", "Windows 11", "World War Two", "Formula One"
        if not e.words and not _titlecase_line(doc, prev) and not _titlecase_text_line(text, prev.idx):
            return True  # "42 Boeing 737 jets", "Windows 11 devices": a model name
        head = last.head
        counts_right = head.i > last.i and head.pos_ in ("NOUN", "PROPN") and head.i - last.i <= 3
        if not counts_right:  # (a head right of the figure is never the name before it)
            return True
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ not in ("NNS", "NNPS") and head.tag_ not in ("NNS", "NNPS") \
                and e.value != 1:
            return True  # "FTSE 100 index": a name, where a count would take a plural (but "one notch")
        if e.words and e.text[:1].isupper():
            return True
    if e.words and e.text[:1].isupper() and prev.pos_ == "PROPN" and not prev.is_sent_start:
        return True
    return False


def _bare_ok(doc: Doc, e: Expression, span: SpacySpan) -> bool:
    """A number with no unit: keep it when it reads as a figure, not a label."""
    if e.is_range:
        return True
    if e.value is not None and e.value < 0:
        return True  # "fell to -1.5", "-12 overnight": a minus sign is never a label's or a page's
    if _stands_as_argument(span):
        return True  # "nine abstained", "the total is 42": the number is the noun phrase
    if _part_of_a_figured_whole(span[-1]):
        return True  # "six of 10 voters": the part, read by the parser as a modifier of the whole's number
    if (e.words or any(ch in VULGAR for ch in e.text)) and e.value is not None and e.value != int(e.value):
        return True  # "two thirds", "one and a half", "⅔": a fraction is no pronoun or article
    if e.words and _whole_sentence(span):
        return True  # "How many were hurt? Twelve.": a number in words as the whole sentence
    if e.words and not e.scaled:
        return False
    if e.plain and e.value is not None and (len(str(e.value)) <= 1):
        return False
    return any(t.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") for t in span) or e.scaled
