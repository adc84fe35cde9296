"""Quantities component: numbers that count or measure something, normalised.

`claimtrack.parsers.numbers.find_expressions` finds number expressions in the text (values, ranges, currencies,
qualifiers). This component then uses the parse to keep only quantities and say what they count:
- drops years, dates and times (spaCy DATE/TIME entities unless a duration unit follows),
  ordinals, identifiers ("Article 5", "Boeing 737"), list markers and a bare "one";
- finds the unit: percent/currency from the expression, a measure from data/units.json
  ("2 min", "10 km"), a hyphen compound ("30-day", "26-nation"), or the counted noun the
  number modifies ("more than 30 European military chiefs" -> chief, modifiers kept);
- adds a rate period ("annually" -> year) and links parenthetical equivalents
  ("€800 billion ($843 billion)").
Results: doc._.ct_quantities, plain dicts with the fields of claimtrack.models.Quantity, sorted by
start, and doc.spans["ct_quantities"]. The plain-data results (`Found`) and the helpers that read
the parse and the text are in `quantity_parts`, the compiled data tables (`_Ctx`) in `quantity_tables`.
"""

from __future__ import annotations

import logging
from decimal import Decimal
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..tables import parse_json
from .date_header import header_date_spans
from .extensions import COUNTRY, QUANTITIES, doc_text, set_span_group
from .saved_tables import SavedTables
from ..parsers.numbers import Expression, find_expressions, to_number
from ..parsers.number_words import add_fraction_tail
from ..parsers.lexicon import MONTHS, WEEKDAYS, singular
from ..parsers.number_tables import VULGAR, _tables as _number_tables
from .quantity_tables import TABLE_FILES, _Ctx, _ctx
from .quantity_parts import (
    Found,
    _JOINED,
    _a_source,
    _dated,
    _hyphen_compound,
    _hyphen_piece,
    _numbered_compound,
    _numeral_of_a_hyphened_word,
    _drop_overlaps,
    _first_token,
    _join_compound_measures,
    _lemma,
    _line_start,
    _link_equivalents,
    _merge_unit_ranges,
    _next_token,
    _noun_after,
    _partitive,
    _scale,
    _share_coordinated_units,
    _share_tally_nouns,
    _some_day,
    _stands_as_argument,
    _titlecase_line,
    _titlecase_text_line,
    _whole_sentence,
    _in_a_place_name,
    _names_a_year,
    _year_like,
)

log = logging.getLogger(__name__)

#: Parts of speech that may stand between a number and the noun it counts ("30 European military chiefs").
_BETWEEN_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "ADV", "NUM"})
_HYPHENS = ("-", "‑")


#: A banknote or coin named by its face value: "a 20-dinar note", "£2 coins", "$100 bills"
#: (legislation is a "bill" too, but never one of a note's face values: "a $900 billion bill").
_DENOMINATION = re.compile(r"[\s-](?:bank\s?)?(?:notes?|bills?|coins?)\b", re.I)
#: face values run 1-2-5 (and 25) times a power of ten
_DENOMINATION_VALUE = re.compile(r"(?:1|2|25|5)0*$")

#: "not one", "never even one": the emphatic form of "no" (Quirk et al. 1985, 10.60), a count of none
_NOT_BEFORE = re.compile(r"\b(?:not|never|nor)\s+(?:even\s+)?$", re.I)

def _denied_one(span: SpacySpan) -> bool:
    """"one" counting the object of a negated verb ("have not received one dinar", "did not win
    one match"): none."""
    if len(span) != 1 or span[0].lower_ != "one" or span[0].dep_ != "nummod":
        return False
    noun = span[0].head
    return noun.dep_ == "dobj" and any(c.dep_ == "neg" for c in noun.head.children)


#: weekday and month names written out (not "Sun", "Mar", "May": words or names of their own)
_CALENDAR_NAMES = frozenset(w for w in (*WEEKDAYS, *MONTHS) if len(w) > 3 and w.isalpha())


def _words_between(doc: Doc, a: Token, b: Token) -> int:
    """b.i - a.i in words: a hyphenated word ("made-to-measure", five tokens) counts once."""
    glued = sum(1 for t in doc[a.i + 1:b.i] if t.text in _HYPHENS and not t.whitespace_ and not doc[t.i - 1].whitespace_)
    return b.i - a.i - 2 * glued


#: After an age set off by commas: the apposition or the sentence goes on or ends.
_AGE_AFTER = re.compile(r"\s*(?:,|\.(?!\d)|;|\)|$)")


def _apposed_age(doc: Doc, text: str, e: Expression, first: Token) -> bool:
    """A whole number of 1-120 in digits set off by commas right after a person's name: news
    gives a person's age so ("Ana Ruiz, 34, a nurse, said"; "Tom Reyes, 61, and his wife").
    The name must be one the model tags PERSON, so a list of figures ("scored 34, 28 and 40")
    or a place ("Springfield, 34,") never counts."""
    if not e.plain or e.is_range or e.value is None or e.value != int(e.value) or not 1 <= e.value <= 120:
        return False
    if first.i < 2 or doc[first.i - 1].text != "," or doc[first.i - 2].ent_type_ != "PERSON":
        return False
    if doc[first.i - 1].ent_type_:
        return False  # the comma is inside a name the model reads ("Smith, Jones and Co")
    return _AGE_AFTER.match(text, e.end) is not None


@Language.factory(
    "claimtrack_quantities",
    requires=["doc.ents", "token.pos", "token.tag", "token.dep", "token.lemma", f"doc._.{COUNTRY}"],
    assigns=[f"doc._.{QUANTITIES}", "doc.spans"],
    default_config={"max_noun_distance": 5, "keep_bare_numbers": True},
)
def make_quantities(nlp: Language, name: str, max_noun_distance: int, keep_bare_numbers: bool):
    return QuantityFinder(max_noun_distance=max_noun_distance, keep_bare_numbers=keep_bare_numbers)


_OF_A = re.compile(r"\s+of\s+an?(?=\s)", re.I)

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
    prev = doc[span[0].i - 1] if span[0].i > 0 else None
    if prev is not None and prev.lower_ in ("no", "this", "that", "the", "any", "every", "each", "which"):
        return False
    if prev is not None and prev.lower_ == "at" and head.lower_ in _AT_ONE:
        return False  # "at one point the crowd surged": when, not how many
    if _a_source(head) and not (prev is not None and prev.lower_ in ("only", "just")):
        return False  # "one official said"; but "only one bidder said" counts
    return _APPOSITION.match(text, f.end) is None


#: "at one point", "at one stage", "at one time", "at one moment": idioms of time (a moment
#: not named, or "formerly"; Oxford and Cambridge dictionaries), no count of points or stages
_AT_ONE = frozenset({"point", "stage", "time", "moment"})

#: A person or thing introduced and then described: "one guard, who ...", "one patient, a
#: 58-year-old teacher", "one resident, Ana Ruiz".
_APPOSITION = re.compile(r",\s*(?:who|whose|whom|an?\s|\d|[A-Z])")


#: "point" after "half a", "a quarter of a", "nearly a" (not "point-blank", "a point of order")
_POINT_AFTER = re.compile(r"\s+(?i:point)\b(?![-‑]|\s+of\b)")

#: A hyphen and a word after a number: a compound modifier ("five-day", "two-storey")
_COMPOUND_AFTER = re.compile(r"[-‑][^\W\d_]")

#: A word after "before" on the same line: a noun phrase or a clause follows ("before the vote").
_WORD_NEXT = re.compile(r"[ \t]+[^\W_]")
#: Qualifiers that are also prepositions: "about one man", "over one issue" are not counts.
_PREP_QUALIFIER = re.compile(r"^(?:about|around|over|under|above|below|some)\b", re.I)

_YEAR_RANGE = re.compile(
    r"^(?:(?:between|from)\s+)?(?:1[0-9]|20)\d{2}\s*(?:[-–—/]|to|and|or|through)\s*(?:(?:1[0-9]|20)\d{2}|\d{2})$", re.I)


@dataclass
class _Draft:
    """A figure as QuantityFinder._build reads it: what the number parser gave, then the unit,
    span and period found around it."""
    value: object
    start: int
    end: int
    unit: Optional[str]
    currency: Optional[str]
    qualifier: Optional[str]
    modifiers: list = field(default_factory=list)
    counted: bool = False  # the unit comes from a counted noun or a measure
    measured: bool = False  # the unit comes from the units table (not from the parse)
    period: Optional[str] = None


class QuantityFinder(SavedTables):
    TABLE_FILES = TABLE_FILES

    def __init__(self, max_noun_distance: int = 5, keep_bare_numbers: bool = True) -> None:
        self.max_noun_distance = max_noun_distance
        self.keep_bare_numbers = keep_bare_numbers
        #: The compiled tables (the package's, built once per process, or a saved pipeline's: see
        #: SavedTables)
        self.ctx = _ctx()

    def _use_tables(self, texts: Optional[dict[str, str]]) -> None:
        """The compiled tables: the package's (built once per process), or from saved texts."""
        self.ctx = _ctx() if texts is None else _Ctx(lambda name: parse_json(texts[name]))

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc)  # errors propagate: the runner reports them per document
        found = [q.record() for q in found]  # plain data on the Doc (see extensions.py)
        doc._.set(QUANTITIES, found)
        set_span_group(doc, QUANTITIES, found, "QUANTITY")
        return doc

    # ------------------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Found]:
        text = doc_text(doc)  # Doc.text re-joins every token: read it once
        exprs = find_expressions(text, doc._.get(COUNTRY))  # the actor component's story country
        header = header_date_spans(text, doc._.get(COUNTRY))  # "Jeudi 12 février 2026": no figure
        exprs = [e for e in exprs if not any(s <= e.start and e.end <= t for s, t in header)]
        spans = [doc.char_span(e.num_start, e.num_end, alignment_mode="expand") for e in exprs]
        ident = [sp is not None and len(sp) > 0 and self._is_identifier(doc, e, sp[0], sp[-1], text)
                 for e, sp in zip(exprs, spans)]
        out: list[Found] = []
        limit = len(text)
        limits = [0] * len(exprs)
        for i in range(len(exprs) - 1, -1, -1):
            # a model number ("42 Boeing 737 jets") does not end the reach of the count before it
            limits[i] = limit
            if not ident[i] and not _COMPOUND_AFTER.match(text, exprs[i].end):
                # (nor does a number in a hyphenated modifier: "12,500 three-day tickets")
                limit = exprs[i].start
        elided: list[Found] = []  # bare numbers kept only if a joined figure lends its unit
        for i, e in enumerate(exprs):
            if ident[i]:
                continue
            q = self._build(doc, text, e, limits[i], spans[i])
            if q is None and i + 1 < len(exprs) and _JOINED.match(text, e.end, exprs[i + 1].start):
                q = self._build(doc, text, e, limits[i], spans[i], force_bare=True)
                if q is not None:
                    elided.append(q)
            if q is not None:
                out.append(q)
        out = _drop_overlaps(out)
        _share_tally_nouns(doc, text, out, self.ctx)
        out = _share_coordinated_units(text, out, elided)
        out = _merge_unit_ranges(text, out)
        out = _join_compound_measures(text, out, self._measure)
        _link_equivalents(text, out, self.ctx)
        return out

    def _build(self, doc: Doc, text: str, e: Expression, limit: int,
               span: Optional[SpacySpan] = None, force_bare: bool = False) -> Optional[Found]:
        """The figure an expression states, with its unit (from the parse, a measure word, a unit
        before it, or the counted noun), or None when it is no figure (a list marker, a date, a
        year, a bare number nothing counts)."""
        if span is None:
            span = doc.char_span(e.num_start, e.num_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        first, last = span[0], span[-1]
        if text[e.end:e.end + 1] in (".", ")") and _line_start(text, e.start) and not (e.currency or e.unit or e.words):
            return None  # a list marker "1." / "2)"
        f = _Draft(value=e.value, start=e.start, end=e.end, unit=e.unit, currency=e.currency, qualifier=e.qualifier)
        if f.unit is None and f.currency is None:
            self._unit_around(doc, text, e, first, limit, f)
        if f.unit is None and f.currency is None and not self._unit_after(doc, text, e, last, limit, f):
            return None
        self._scale_letter(doc, e, limit, f)
        if self._no_figure(doc, text, e, span, f, force_bare):
            return None
        self._rate_period(text, limit, f)
        if f.period is None:  # "11 weekly flights": 11 flights a week
            f.period = next((self.ctx.periods[m.lower()] for m in f.modifiers if m.lower() in self.ctx.periods), None)
        if f.end > len(text) or f.start >= f.end:
            return None
        return Found(
            start=f.start, end=f.end, text=text[f.start:f.end], value=f.value,
            low=e.low, high=e.high, unit=f.unit, currency=f.currency, qualifier=f.qualifier,
            modifiers=f.modifiers, period=f.period,
        )

    def _unit_around(self, doc: Doc, text: str, e: Expression, first: Token, limit: int, f: _Draft) -> None:
        """A unit word before the number ("a magnitude 5.2 tremor"), an apposed age ("Ana
        Ruiz, 34, a nurse"), or a hyphen suffix and its noun ("a 3,000-strong force", "30-odd
        countries", "100-plus protesters")."""
        c = self.ctx
        if first.i > 0 and doc[first.i - 1].lower_ in c.unit_before and doc[first.i - 1].idx + len(doc[first.i - 1]) <= e.start:
            prev = doc[first.i - 1]
            f.unit, f.start, f.counted = c.unit_before[prev.lower_], min(f.start, prev.idx), True
            f.measured = True
        elif _apposed_age(doc, text, e, first):
            f.unit, f.counted, f.measured = "year", True, True  # "Ana Ruiz, 34, a nurse": her age
        sm = c.hyphen_suffix_re.match(text[e.end:e.end + 12])
        if sm is not None and f.unit is None:
            f.end = e.end + sm.end()
            f.qualifier = f.qualifier or c.hyphen_suffixes.get(sm.group("s").lower())
            noun = _noun_after(doc, f.end, limit)
            if noun is not None:
                f.unit, f.end, f.modifiers = noun
                f.counted = True

    def _unit_after(self, doc: Doc, text: str, e: Expression, last: Token, limit: int, f: _Draft) -> bool:
        """A measure unit after the number ("three quarters of an hour"), else the noun it counts
        ("three of the victims"; "5 kgs" read by the parse as a noun is a unit). False when the
        number can only be one before a measure unit ("half a", "nearly an") and none follows."""
        c = self.ctx
        value = f.value
        sm = c.scaled_unit_re.match(text, e.end) if c.scaled_unit_re is not None and not e.scaled else None
        if sm is not None and sm.end() <= limit:  # "75 bcm": 75 billion cubic metres
            (f.unit, factor), f.end = c.scaled_units[sm.group("u").lower()], sm.end()
            f.value, f.counted, f.measured = _scale(value, factor), True, True
            return True
        found = self._measure(text, e.end, limit)
        of_a = _OF_A.match(text, e.end) if e.words and value is not None and 0 < value < 1 else None
        if found is None and of_a is not None:
            found = self._measure(text, of_a.end(), limit)  # "three quarters of an hour"
        if found is not None:
            f.unit, f.end = found
            f.counted = f.measured = True
            if value is not None and not e.is_range and text[f.end:f.end + 1] == " ":
                # "a week and a half", "three weeks and a half": the fraction of the unit after it
                # (its own "a half" is dropped as an overlap)
                tail = add_fraction_tail(text, f.end + 1, Decimal(str(value)), Decimal(1))
                if tail is not None:
                    f.value, f.end = to_number(tail[0]), tail[1]
        elif e.needs_unit and (pm := _POINT_AFTER.match(text, e.end)) is not None and pm.end() <= limit:
            # "half a point", "a quarter of a point", "more than a point": a fraction of one point
            # (of an index, a rate, a score), as "half a percentage point" is of that unit
            f.unit, f.end, f.counted, f.measured = "point", pm.end(), True, True
        elif e.needs_unit:
            return False  # "half a", "nearly an": a number only before a measure unit
        else:
            noun = self._counted_noun(doc, e, last, limit)
            if noun is None and value is not None and value > 1 and not e.is_range:
                noun = _partitive(last, limit)  # "three of the victims"
            if noun is not None:
                f.unit, f.end, f.modifiers = noun
                f.counted = True
                spelled = c.unit_spelled(f.unit)
                if spelled is not None:
                    f.unit, f.measured = spelled, True  # "5 kgs", read by the parse as a noun
        return True

    def _scale_letter(self, doc: Doc, e: Expression, limit: int, f: _Draft) -> None:
        """A money-only scale letter read as a unit ("5m people") -> million."""
        if e.bare_letter in ("m", "M") and f.unit == "metre" and f.end == e.end + 1:
            nxt = _next_token(doc, f.end)
            if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in self.ctx.unit_names:
                f.value = _scale(f.value, 1_000_000)
                noun_end = nxt.idx + len(nxt)
                if noun_end <= limit:
                    f.unit, f.end = _lemma(nxt), noun_end
                else:
                    f.unit = None

    def _no_figure(self, doc: Doc, text: str, e: Expression, span: SpacySpan, f: _Draft, force_bare: bool) -> bool:
        """Whether the number is no figure: a date, time or year; "three years ago" (a date
        reference); a bare "one" or "a"; a bare number nothing counts."""
        c = self.ctx
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
        if e.words and value == 1 and (_NOT_BEFORE.search(text, max(0, e.start - 16), e.start) or _denied_one(span)):
            return True  # "not one dinar has arrived", "have not received one dinar": none, no figure of one
        if e.words and value == 1 and unit in ("day", "night") and _some_day(doc, span, f.end):
            return True  # "could one day replace coal", "One day, the river rose": no length
        # a bare "one"/"a" is a pronoun or article more often than a count; after a qualifier
        # that is not also a preposition it counts ("at least one district", "nearly one in")
        if e.words and value == 1 and not f.currency and unit not in c.unit_values:
            if not (counted and f.qualifier and not _PREP_QUALIFIER.match(e.text)) and not _one_counts(doc, text, e, f):
                return True
        if not counted and not f.currency and unit is None:
            if not force_bare and (not self.keep_bare_numbers or not self._bare_ok(doc, e, span)):
                return True
        return False

    def _rate_period(self, text: str, limit: int, f: _Draft) -> None:
        """A rate's period: "€100 billion annually", "500,000 barrels a day"."""
        c = self.ctx
        pm = c.period_re.match(text[f.end:min(len(text), f.end + 30)])
        if pm is not None and f.end + pm.end() <= limit:
            period = c.periods.get(re.sub(r"\s+", " ", pm.group("p").lower()))
            if period and period != f.unit:
                f.end = f.end + pm.end()
                f.period = period

    # ------------------------------------------------------------------------------------
    def _is_identifier(self, doc: Doc, e: Expression, first: Token, last: Token, text: str = "") -> bool:
        c = self.ctx
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
            return True
        if p in _CALENDAR_NAMES and last.i + 1 < len(doc) and (
                doc[last.i + 1].tag_ in ("NNS", "NNPS") or last.head.i > last.i and last.head.tag_ in ("NNS", "NNPS")):
            return False  # "On Tuesday 300 workers walked out": a time adverbial, no model name
        if prev.is_sent_start or prev.is_punct or not prev.text[:1].isalpha():
            return False
        caps = any(ch.isupper() for ch in prev.text)
        if caps and prev.pos_ in ("PROPN", "NOUN", "X") and not prev.is_sent_start:
            # "Article 5", "Boeing 737", "Windows 11", "World War Two", "Formula One"
            if not e.words and not _titlecase_line(doc, prev) and not _titlecase_text_line(text, prev.idx):
                return True  # "42 Boeing 737 jets", "Windows 11 devices": a model name
            head = last.head
            counts_right = head.i > last.i and head.pos_ in ("NOUN", "PROPN") and head.i - last.i <= 3
            if not counts_right or (head is prev) or last.head is prev:
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

    def _measure(self, text: str, pos: int, limit: int):
        """A unit of measure right after the number: (unit, end) or None."""
        c = self.ctx
        rest = text[pos:min(len(text), pos + 40)]
        if not rest:
            return None
        best = None
        m = c.hyphen_re.match(rest)
        if m:
            word = m.group("w")
            key = re.sub(r"[\s-]+", " ", word.lower())
            unit = c.unit_names.get(key) or c.unit_symbols.get(word)
            end = pos + m.end()
            if unit is None:
                unit = singular(word.split("-")[0].split()[0])
                end = pos + 1 + len(word.split("-")[0].split()[0])
                if m.group("old") and end == pos + m.end("w"):
                    end = pos + m.end()
            if end <= limit and unit:
                return unit, end
        m = c.unit_name_re.match(rest)
        if m and (m.group("sp") or True):
            key = re.sub(r"[\s-]+", " ", m.group("u").lower())
            unit = c.unit_names.get(key)
            if unit and len(m.group("sp")) <= 2:
                best = (unit, pos + m.end())
        m2 = c.unit_sym_re.match(rest)
        if m2:
            sym = m2.group("u")
            if not (m2.group("sp") and sym in c.attached_only):
                cand = (c.unit_symbols[sym], pos + m2.end())
                if best is None or cand[1] > best[1]:
                    best = cand
        if best and best[1] <= limit:
            return best
        return None

    def _counted_noun(self, doc: Doc, e: Expression, last: Token, limit: int):
        """The noun the number counts: (lemma, end offset, modifiers) or None."""
        c = self.ctx
        cand: Optional[Token] = None
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is not None and nxt.idx < e.num_end:
            nxt = None
        if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.pos_ in ("NOUN", "PROPN") and e.value != 1:
            cand = nxt  # "26 Nations Pledge ...": the plural right after the number is what it counts
        else:
            heads = [last.head] + ([span_first.head] if (span_first := _first_token(doc, e)) is not None and e.is_range else [])
            for head in heads:
                if head.i > last.i and _words_between(doc, last, head) <= self.max_noun_distance and head.pos_ in ("NOUN", "PROPN"):
                    cand = head
                    break
            if cand is None and nxt is not None and (nxt.pos_ == "NOUN" and nxt.head.i >= nxt.i or _numeral_of_a_hyphened_word(last, nxt)):
                cand = nxt
        if cand is None or not cand.text.replace("-", "").isalpha():  # ("re-runs": one token, tokenizer.py)
            return None
        if not self._between_ok(doc, last, cand):
            return None
        if cand.lower_ in c.not_counted or cand.is_sent_start:
            return None
        if cand.lower_ in c.street and not cand.is_lower:
            return None  # "10 Downing Street", "5 Park Lane": an address; "one lane would reopen" counts
        if cand.ent_type_ in ("DATE", "TIME") and _lemma(cand) not in c.durations:
            return None
        if cand.text[:1].isupper() and cand.pos_ == "PROPN" and cand.tag_ not in ("NNPS",) and not _titlecase_line(doc, cand):
            return None  # a name ("5 Downing"), not a counted noun
        cand, last_piece = _hyphen_compound(doc, cand)
        between = doc[last.i + 1:cand.i]
        end = last_piece.idx + len(last_piece)
        if end > limit:
            return None
        mods = [t.text for t in between if not t.is_punct]
        if last_piece is not cand:
            return singular(doc.text[cand.idx:end].lower()), end, mods
        unit = c.unit_names.get(cand.lower_) or _lemma(cand)
        return unit, end, mods

    def _between_ok(self, doc: Doc, last: Token, cand: Token) -> bool:
        """Whether the words between a number (ending at `last`) and a noun (`cand`) leave the
        noun what the number counts: modifiers ("30 European military chiefs"), hyphenated
        ones ("seven off-piste skiers", "12,500 three-day tickets"); no clause break, other
        number or date word."""
        c = self.ctx
        numbered = _numbered_compound(doc, last.i + 1, cand.i)
        for t in doc[last.i + 1:cand.i]:
            if t.i in numbered:
                continue  # "12,500 three-day tickets": a number and a unit make one modifier
            if t.is_punct and t.text not in ("-", "‑"):
                return False
            if not t.is_punct and t.pos_ not in _BETWEEN_POS and not _hyphen_piece(doc, t):
                return False  # but a piece of a hyphenated modifier is one ("seven off-piste skiers")
            if t.is_sent_start:
                return False
            if t.like_num and t.i > 0 and doc[t.i - 1].i > last.i and doc[t.i - 1].pos_ == "PROPN" \
                    and doc[t.i - 1].text[:1].isupper():
                continue  # "42 Boeing 737 jets": the model number belongs to the name
            if t.like_num:
                return False
            if t.ent_type_ in ("DATE", "TIME") and t.lower_ not in c.frequency_adjectives and not (
                    t.pos_ == "ADJ" and _lemma(cand) in c.durations and last.ent_type_ == t.ent_type_
                    and t.ent_iob_ == "I" and cand.ent_iob_ == "I"):
                # a date word between ("300,000 last year"); but an adjective inside one span of
                # time with the number ("five straight days", "two full weeks") leaves it a span,
                # and one of frequency says how often ("11 weekly flights")
                return False
        return True

    def _bare_ok(self, doc: Doc, e: Expression, span: SpacySpan) -> bool:
        """A number with no unit: keep it when it reads as a figure, not a label."""
        if e.is_range:
            return True
        if _stands_as_argument(span):
            return True  # "nine abstained", "the total is 42": the number is the noun phrase
        if (e.words or any(ch in VULGAR for ch in e.text)) and e.value is not None and e.value != int(e.value):
            return True  # "two thirds", "one and a half", "⅔": a fraction is no pronoun or article
        if e.words and _whole_sentence(span):
            return True  # "How many were hurt? Twelve.": a number in words as the whole sentence
        if e.words and not e.scaled:
            return False
        if e.plain and e.value is not None and (len(str(e.value)) <= 1):
            return False
        return any(t.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") for t in span) or e.scaled
