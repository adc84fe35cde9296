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
start, and doc.spans["ct_quantities"].
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..tables import load_json, parse_json, read_text
from .extensions import QUANTITIES, doc_text, set_span_group
from ..parsers.numbers import Expression, find_expressions

log = logging.getLogger(__name__)

#: Parts of speech that may stand between a number and the noun it counts ("30 European military chiefs").
_BETWEEN_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "ADV", "NUM"})


@Language.factory(
    "claimtrack_quantities",
    requires=["doc.ents", "token.pos", "token.tag", "token.dep", "token.lemma"],
    assigns=[f"doc._.{QUANTITIES}", "doc.spans"],
    default_config={"max_noun_distance": 5, "keep_bare_numbers": True},
)
def make_quantities(nlp: Language, name: str, max_noun_distance: int, keep_bare_numbers: bool):
    return QuantityFinder(max_noun_distance=max_noun_distance, keep_bare_numbers=keep_bare_numbers)


#: The table files the component compiles (`_Ctx`), saved with a pipeline (`to_disk`). The number
#: grammar (parsers/number_tables, read by find_expressions), the plural table and the time words
#: stay the package's own: they are shared with the parsers and with compare.
TABLE_FILES = ("units.json", "quantity_context.json", "qualifiers.json")


class _Ctx:
    """Compiled data tables for the component; `read(name)` gives a table's data (default: the
    package's own)."""

    def __init__(self, read: Callable[[str], dict] = load_json) -> None:
        units = read("units.json")
        ctx = read("quantity_context.json")
        qual = read("qualifiers.json")
        self.unit_names = {k.lower(): v for k, v in units["names"].items()}
        self.unit_values = frozenset(self.unit_names.values())
        self.unit_symbols = dict(units["symbols"])
        self.attached_only = frozenset(units["symbols_attached_only"])
        self.identifier_before = frozenset(w.lower() for w in ctx["identifier_before"])
        self.durations = frozenset(ctx["duration_units"])
        self.date_after = frozenset(ctx["date_after"])
        self.street = frozenset(ctx["street_words"])
        self.not_counted = frozenset(ctx["not_counted"])
        self.hyphen_suffixes = dict(ctx["hyphen_suffixes"])
        self.unit_before = {k.lower(): v for k, v in ctx["unit_before"].items()}
        suf = "|".join(re.escape(k) for k in sorted(self.hyphen_suffixes, key=len, reverse=True))
        self.hyphen_suffix_re = re.compile(rf"^[-‑](?P<s>(?i:{suf}))\b(?!-)")
        self.periods = {re.sub(r"\s+", " ", k.lower()): v for k, v in qual["periods"].items()}

        names = sorted(self.unit_names, key=len, reverse=True)
        name_alt = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in names)
        self.unit_name_re = re.compile(rf"^(?P<sp>\s*)(?P<u>(?i:{name_alt}))(?![\w])")
        syms = sorted(self.unit_symbols, key=len, reverse=True)
        sym_alt = "|".join(re.escape(s) for s in syms)
        self.unit_sym_re = re.compile(rf"^(?P<sp>\s?)(?P<u>{sym_alt})(?![\w/])")
        self.hyphen_re = re.compile(r"^[-‑](?P<w>[^\W\d_]+(?:[\s-]+(?:per|an|a)[\s-]+[^\W\d_]+)?)(?P<old>-old)?(?![\w-]*\d)")
        per = sorted(self.periods, key=len, reverse=True)
        per_alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in per)
        self.period_re = re.compile(
            rf"^\s*(?P<p>(?i:{per_alt}))(?![\w])(?!\s+(?i:earlier|ago|before|later|after|previously)\b)")
        self.equiv_between = re.compile(r"^\s*[(\[]\s*(?:(?:about|approximately|approx\.|around|roughly|some|or|c\.|~|i\.e\.,?)\s*)?$", re.I)


@lru_cache(maxsize=1)
def _ctx() -> _Ctx:
    return _Ctx()


_OF_A = re.compile(r"\s+of\s+an?(?=\s)", re.I)

#: Qualifiers that are also prepositions: "about one man", "over one issue" are not counts.
_PREP_QUALIFIER = re.compile(r"^(?:about|around|over|under|above|below|some)\b", re.I)

_YEAR_RANGE = re.compile(
    r"^(?:(?:between|from)\s+)?(?:1[0-9]|20)\d{2}\s*(?:[-–—/]|to|and|or|through)\s*(?:(?:1[0-9]|20)\d{2}|\d{2})$", re.I)


@dataclass
class FoundSpan:
    """A character span (models.Span's fields), plain data."""

    start: int
    end: int
    text: str


@dataclass
class Found:
    """One quantity as plain data: the fields of models.Quantity except its frame (records.py,
    the only place records are built, makes the Quantity); `record()` is it as a dict."""

    start: int
    end: int
    text: str
    value: Optional[Union[int, float]] = None
    low: Optional[Union[int, float]] = None
    high: Optional[Union[int, float]] = None
    unit: Optional[str] = None
    currency: Optional[str] = None
    qualifier: Optional[str] = None
    modifiers: list[str] = field(default_factory=list)
    period: Optional[str] = None
    equivalent: Optional[FoundSpan] = None

    def record(self) -> dict:
        return {**asdict(self), "frame": None}


class QuantityFinder:
    def __init__(self, max_noun_distance: int = 5, keep_bare_numbers: bool = True) -> None:
        self.max_noun_distance = max_noun_distance
        self.keep_bare_numbers = keep_bare_numbers
        #: The compiled tables (the package's, built once per process) and, when they came from a
        #: saved pipeline that differs from the package (from_disk), the text of each file.
        self.ctx = _ctx()
        self._table_texts: Optional[dict[str, str]] = None

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Save the tables the component is built from (TABLE_FILES, as the text they were read
        from): a pipeline saved with `nlp.to_disk` carries its own, and may have them edited."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in TABLE_FILES:
            text = self._table_texts[name] if self._table_texts is not None else read_text(name)
            (path / name).write_text(text, encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()) -> "QuantityFinder":
        """Build the tables from those saved with the pipeline (a table missing there, as in a
        pipeline saved before the tables were, is the package's own)."""
        path = Path(path)
        texts = {name: (path / name).read_text(encoding="utf-8") if (path / name).is_file() else read_text(name)
                 for name in TABLE_FILES}
        if all(texts[name] == read_text(name) for name in TABLE_FILES):
            self.ctx, self._table_texts = _ctx(), None
        else:
            self.ctx, self._table_texts = _Ctx(lambda name: parse_json(texts[name])), texts
        return self

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc)  # errors propagate: the runner reports them per document
        found = [q.record() for q in found]  # plain data on the Doc (see extensions.py)
        doc._.set(QUANTITIES, found)
        set_span_group(doc, QUANTITIES, found, "QUANTITY")
        return doc

    # ------------------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Found]:
        text = doc_text(doc)  # Doc.text re-joins every token: read it once
        exprs = find_expressions(text)
        spans = [doc.char_span(e.num_start, e.num_end, alignment_mode="expand") for e in exprs]
        ident = [sp is not None and len(sp) > 0 and self._is_identifier(doc, e, sp[0], sp[-1], text)
                 for e, sp in zip(exprs, spans)]
        out: list[Found] = []
        limit = len(text)
        limits = [0] * len(exprs)
        for i in range(len(exprs) - 1, -1, -1):
            # a model number ("42 Boeing 737 jets") does not end the reach of the count before it
            limits[i] = limit
            if not ident[i]:
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
        _link_equivalents(text, out, self.ctx)
        return out

    def _build(self, doc: Doc, text: str, e: Expression, limit: int,
               span: Optional[SpacySpan] = None, force_bare: bool = False) -> Optional[Found]:
        c = self.ctx
        if span is None:
            span = doc.char_span(e.num_start, e.num_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        first, last = span[0], span[-1]
        value = e.value
        start, end = e.start, e.end
        unit = e.unit
        currency = e.currency
        modifiers: list[str] = []
        counted = False  # unit comes from a counted noun or a measure
        measured = False  # unit comes from the units table (not from the parse)

        if text[e.end:e.end + 1] in (".", ")") and _line_start(text, e.start) and not (currency or unit):
            return None  # a list marker "1." / "2)"

        qualifier = e.qualifier
        if unit is None and currency is None:
            # "a magnitude 7.8 earthquake"
            if first.i > 0 and doc[first.i - 1].lower_ in c.unit_before and doc[first.i - 1].idx + len(doc[first.i - 1]) <= e.start:
                prev = doc[first.i - 1]
                unit, start, counted = c.unit_before[prev.lower_], min(start, prev.idx), True
                measured = True
            # "a 3,000-strong force", "30-odd countries", "100-plus protesters"
            sm = c.hyphen_suffix_re.match(text[e.end:e.end + 12])
            if sm is not None and unit is None:
                end = e.end + sm.end()
                qualifier = qualifier or c.hyphen_suffixes.get(sm.group("s").lower())
                noun = _noun_after(doc, end, limit)
                if noun is not None:
                    unit, end, modifiers = noun
                    counted = True
        if unit is None and currency is None:
            found = self._measure(text, e.end, limit)
            of_a = _OF_A.match(text, e.end) if e.words and value is not None and 0 < value < 1 else None
            if found is None and of_a is not None:
                found = self._measure(text, of_a.end(), limit)  # "three quarters of an hour"
            if found is not None:
                unit, end = found
                counted = measured = True
            elif e.needs_unit:
                return None  # "half a", "nearly an": a number only before a measure unit
            else:
                noun = self._counted_noun(doc, e, last, limit)
                if noun is None and value is not None and value > 1 and not e.is_range:
                    noun = _partitive(last, limit)  # "three of the victims"
                if noun is not None:
                    unit, end, modifiers = noun
                    counted = True

        # a money-only scale letter read as a unit ("5m people") -> million
        if e.bare_letter in ("m", "M") and unit == "metre" and end == e.end + 1:
            nxt = _next_token(doc, end)
            if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in c.unit_names:
                value = _scale(value, 1_000_000)
                noun_end = nxt.idx + len(nxt)
                if noun_end <= limit:
                    unit, end = _lemma(nxt), noun_end
                else:
                    unit = None

        # dates, times, years
        is_duration = unit in c.durations
        if not is_duration and not measured and not currency and unit != "percent":
            if _dated(span) and not (
                    e.is_range and counted and unit and e.low is not None and e.high is not None
                    and not (1000 <= e.low <= 2100 or 1000 <= e.high <= 2100)):
                # a range of counted things ("between 20 and 30 people") is often tagged DATE
                return None
        if e.plain and value is not None and _year_like(e, text) and (not counted or unit in c.durations
                                                                     or any(t.ent_type_ == "DATE" for t in span)):
            return None
        if e.is_range and _YEAR_RANGE.match(text[e.start:e.end]) and not counted and not currency:
            return None
        after = text[end:end + 20]
        m_after = re.match(r"^\s+([A-Za-z]+)", after)
        if m_after and m_after.group(1).lower() in c.date_after and is_duration:
            return None  # "three years ago": a date reference

        # a bare "one"/"a" is a pronoun or article more often than a count; after a qualifier
        # that is not also a preposition it counts ("at least one district", "nearly one in")
        if e.words and value == 1 and not currency and unit not in c.unit_values:
            if not (counted and qualifier and not _PREP_QUALIFIER.match(e.text)):
                return None
        if not counted and not currency and unit is None:
            if not force_bare and (not self.keep_bare_numbers or not self._bare_ok(doc, e, span)):
                return None

        # rate period: "€100 billion annually", "500,000 barrels a day"
        period = None
        pm = c.period_re.match(text[end:min(len(text), end + 30)])
        if pm is not None and end + pm.end() <= limit:
            period = c.periods.get(re.sub(r"\s+", " ", pm.group("p").lower()))
            if period and period != unit:
                end = end + pm.end()
            else:
                period = None
        if end > len(text) or start >= end:
            return None
        return Found(
            start=start, end=end, text=text[start:end], value=value,
            low=e.low, high=e.high, unit=unit, currency=currency, qualifier=qualifier,
            modifiers=modifiers, period=period,
        )

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
        if p in c.identifier_before:
            return True
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
            if nxt is not None and nxt.tag_ not in ("NNS", "NNPS") and head.tag_ not in ("NNS", "NNPS"):
                return True  # "FTSE 100 index": a name, where a count would take a plural
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
                unit = _singular_word(word.split("-")[0].split()[0])
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
                if head.i > last.i and head.i - last.i <= self.max_noun_distance and head.pos_ in ("NOUN", "PROPN"):
                    cand = head
                    break
            if cand is None and nxt is not None and nxt.pos_ == "NOUN" and nxt.head.i >= nxt.i:
                cand = nxt
        if cand is None or not cand.is_alpha:
            return None
        between = doc[last.i + 1:cand.i]
        for t in between:
            if t.is_punct and t.text not in ("-", "‑"):
                return None
            if not t.is_punct and t.pos_ not in _BETWEEN_POS:
                return None
            if t.is_sent_start:
                return None
            if t.like_num and t.i > 0 and doc[t.i - 1].i > last.i and doc[t.i - 1].pos_ == "PROPN" \
                    and doc[t.i - 1].text[:1].isupper():
                continue  # "42 Boeing 737 jets": the model number belongs to the name
            if t.like_num or t.ent_type_ in ("DATE", "TIME"):
                return None
        if cand.lower_ in c.not_counted or cand.lower_ in c.street or cand.is_sent_start:
            return None
        if cand.ent_type_ in ("DATE", "TIME") and _lemma(cand) not in c.durations:
            return None
        if cand.text[:1].isupper() and cand.pos_ == "PROPN" and cand.tag_ not in ("NNPS",) and not _titlecase_line(doc, cand):
            return None  # a name ("5 Downing"), not a counted noun
        end = cand.idx + len(cand)
        if end > limit:
            return None
        mods = [t.text for t in between if not t.is_punct]
        unit = c.unit_names.get(cand.lower_) or _lemma(cand)
        return unit, end, mods

    def _bare_ok(self, doc: Doc, e: Expression, span: SpacySpan) -> bool:
        """A number with no unit: keep it when it reads as a figure, not a label."""
        if e.is_range:
            return True
        if _stands_as_argument(span):
            return True  # "nine abstained", "the total is 42": the number is the noun phrase
        if e.words and not e.scaled:
            return False
        if e.plain and e.value is not None and (len(str(e.value)) <= 1):
            return False
        return any(t.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") for t in span) or e.scaled


#: Clause roles in which a number is a noun phrase of its own, its counted noun left to the
#: context ("Police detained 12", "nine abstained", "the total was 42").
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "conj", "oprd"})


def _stands_as_argument(span: SpacySpan) -> bool:
    """Whether the number is itself an argument of a verb (subject, object, complement, object
    of a preposition or a conjunct of one), not a modifier: a figure with its noun elided. A
    number heading no clause ("192." alone on a line) stays a label."""
    last = span[-1]
    if last.pos_ != "NUM" or last.dep_ not in _ARGUMENT_DEPS:
        return False
    if last.lower_ in ("zero", "nil", "nought", "naught"):
        return False  # "rebuilding from zero", "cut to nil": a figure of speech more than a count
    if any(c.dep_ == "nummod" or c.pos_ in ("NOUN", "PROPN") for c in last.children):
        return False
    root = last.sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    head = last.head
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "arrested 12 and released four": the conjunct's own clause
    return head.pos_ in ("VERB", "AUX", "ADP") or last.dep_ == "conj"


_CLOCK = re.compile(r"\d[:.]\d\d\b|\b[ap]\.?m\b|o'clock", re.I)


@lru_cache(maxsize=1)
def _time_words() -> frozenset:
    from ..parsers.lexicon import MONTHS, WEEKDAYS

    ctx = load_json("quantity_context.json")
    return frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(ctx["time_words"]) | frozenset(
        u + "s" for u in ctx["duration_units"]) | frozenset(ctx["duration_units"])


def _dated(span: SpacySpan) -> bool:
    """Whether the number sits in a DATE or TIME entity that names a time: a calendar or clock
    word, a time unit, a year-like number or a clock time. The small model also tags plain
    figures as DATE ("the total is 42", "five and a half million fish"): those stay numbers."""
    doc = span.doc
    words = _time_words()
    for t in span:
        if t.ent_type_ not in ("DATE", "TIME"):
            continue
        i, j = t.i, t.i + 1
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        ent = doc[i:j]
        if t.ent_type_ == "TIME" and _CLOCK.search(ent.text):
            return True
        for w in ent:
            low = w.lower_
            if low in words or (w.like_num and len(low) == 4 and low.isdigit() and 1000 <= int(low) <= 2100):
                return True
            if re.fullmatch(r"'?\d{2,4}s", low):  # "the 1990s", "'80s"
                return True
    return False


def _partitive(num: Token, limit: int):
    """'three of the victims', '600 of its 900 staff': a number heading an "of" phrase counts
    the plural noun of that phrase: (lemma, end offset, modifiers) or None."""
    for prep in num.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != num.i + 1:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.tag_ == "NNS" and obj.is_alpha:
                end = obj.idx + len(obj)
                if end > limit or any(t.like_num for t in obj.doc[prep.i + 1:obj.i]):
                    return None  # "two of the 40 delegates": the inner figure is the count
                mods = [t.text for t in obj.lefts if t.dep_ in ("amod", "compound")]
                return _lemma(obj), end, mods
    return None


#: Two figures joined so that the first may share the second's unit: "45 and 50 cases", "2 or 3
#: days", "10, 20 and 30 metres", "from 5 to 7 percent".
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to)\s+)", re.I)


def _share_coordinated_units(text: str, qs: list[Found], elided: list[Found]) -> list[Found]:
    """Right-node raising: in "45 and 50 cases" or "from 5 to 7 percent" the unit written once
    belongs to both figures. A bare number kept only for this (`elided`) takes the unit of the
    figure it is joined to, or is dropped; money and ranges lend nothing."""
    pending = {id(q) for q in elided}
    out: list[Found] = []
    for i in range(len(qs) - 1, -1, -1):  # from the right: "10, 20 and 30 metres"
        q = qs[i]
        if q.unit is not None or q.currency is not None or q.value is None:
            out.append(q)
            continue
        nxt = out[-1] if out else None
        if (nxt is not None and nxt.unit is not None and nxt.currency is None and nxt.value is not None
                and _JOINED.fullmatch(text, q.end, nxt.start)):
            q.unit = nxt.unit
            out.append(q)
        elif id(q) not in pending:
            out.append(q)
    out.reverse()
    return out


_TALLY_SEP = re.compile(r"\s+to\s+$", re.I)


def _share_tally_nouns(doc: Doc, text: str, qs: list[Found], c: _Ctx) -> None:
    """'by 38 votes to 21', 'from 20 to 16 ministries', 'voted 38 to 24': two whole counts joined by
    "to" count one thing, so a bare one takes the other's counted noun; two bare counts in a
    sentence about a vote are votes."""
    for a, b in zip(qs, qs[1:]):
        if not _TALLY_SEP.match(text, a.end, b.start) or a.currency or b.currency:
            continue
        if not all(isinstance(q.value, int) and q.value >= 0 and q.qualifier is None for q in (a, b)):
            continue
        if (a.unit is None) == (b.unit is None):
            if a.unit is None and _about_a_vote(doc, a.start):
                a.unit = b.unit = "vote"
            continue
        bare, full = (a, b) if a.unit is None else (b, a)
        if full.unit != "percent" and full.unit not in c.unit_values:
            bare.unit = full.unit


def _about_a_vote(doc: Doc, offset: int) -> bool:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and any(t.lemma_.lower() == "vote" for t in span[0].sent)


def _noun_after(doc: Doc, offset: int, limit: int):
    """The first noun after `offset` with only adjectives before it: (lemma, end, modifiers) or None."""
    tok = _next_token(doc, offset)
    mods: list[str] = []
    while tok is not None and len(mods) <= 3:
        if tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha:
            end = tok.idx + len(tok)
            return (_lemma(tok), end, mods) if end <= limit else None
        if tok.pos_ not in ("ADJ", "VERB") or not tok.is_alpha:
            return None
        mods.append(tok.text)
        tok = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return None


def _first_token(doc: Doc, e: Expression) -> Optional[Token]:
    sp = doc.char_span(e.num_start, e.num_end, alignment_mode="expand")
    return sp[0] if sp is not None and len(sp) else None


def _next_token(doc: Doc, offset: int) -> Optional[Token]:
    """The token starting at or after `offset` (skipping one space), or None."""
    for probe in (offset, offset + 1):
        tok_span = doc.char_span(probe, probe + 1, alignment_mode="expand")
        if tok_span is not None and len(tok_span) and tok_span[0].idx >= offset and not tok_span[0].is_space:
            return tok_span[0]
    return None


def _scale(value, factor):
    if value is None:
        return None
    v = value * factor
    return int(v) if float(v).is_integer() else v


def _line_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _titlecase_line(doc: Doc, tok: Token) -> bool:
    sent = tok.sent
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


_LINE_WORD = re.compile(r"[^\W\d_]{4,}")


def _titlecase_text_line(text: str, pos: int) -> bool:
    """Whether the line around `pos` is a title-case headline ("Leader Unites 26 Nations ...")."""
    lo = text.rfind("\n", max(0, pos - 300), pos) + 1
    hi = text.find("\n", pos, pos + 300)
    line = text[lo:hi if hi >= 0 else pos + 300]
    words = _LINE_WORD.findall(line)
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _year_like(e: Expression, text: str) -> bool:
    digits = text[e.num_start:e.num_end]
    return len(digits) == 4 and isinstance(e.value, int) and 1000 <= e.value <= 2100


_IRREGULAR: dict[str, str] = load_json("units.json")["irregular_plurals"]


def _singular_word(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(?:ches|shes|sses|xes|zes)$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not re.search(r"(?:ss|us|is)$", w):
        return w[:-1]
    return w


def _lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "PROPN" or not lem or lem == low or lem.endswith("s") and not low.endswith("s"):
        return _singular_word(low)
    return lem


def _drop_overlaps(qs: list[Found]) -> list[Found]:
    qs = sorted(qs, key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Found] = []
    for q in qs:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


_UNIT_RANGE_SEP = re.compile(r"^\s*(?:[-–—]|to|and)\s*$", re.I)
_BETWEEN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<p>between|from)\s+$", re.I)


def _merge_unit_ranges(text: str, qs: list[Found]) -> list[Found]:
    """'between 44 mg and 50 mg', '$350 per kg to $680 per kg': two amounts of one unit as a range."""
    out: list[Found] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if (b is not None and a.value is not None and b.value is not None and a.qualifier is None
                and (a.unit or a.currency) and a.unit == b.unit and a.currency == b.currency
                and a.period in (None, b.period) and (a.value < b.value or a.value > b.value and b.value < a.value < 0)):
            sep = _UNIT_RANGE_SEP.match(text[a.end:b.start])
            pre = _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start)
            is_and = bool(sep) and sep.group(0).strip().lower() == "and"
            if sep and (not is_and or (pre and pre.group("p").lower() == "between")):
                hyphen = sep.group(0).strip()[:1] in "-–—"
                if hyphen or is_and or not _changed(text, pre.start("p") if pre else a.start):
                    start = pre.start("p") if pre else a.start
                    out.append(Found(start=start, end=b.end, text=text[start:b.end], value=None,
                                     low=min(a.value, b.value), high=max(a.value, b.value),
                                     unit=a.unit, currency=a.currency,
                                     modifiers=b.modifiers, period=b.period))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _changed(text: str, pos: int) -> bool:
    from ..parsers.numbers import _change_before

    return _change_before(text, pos)


def _link_equivalents(text: str, qs: list[Found], c: _Ctx) -> None:
    for a, b in zip(qs, qs[1:]):
        between = text[a.end:b.start]
        if len(between) > 20 or not c.equiv_between.match(between):
            continue
        if not re.match(r"^\s*[)\]]", text[b.end:b.end + 3]):
            continue
        if bool(a.currency) != bool(b.currency):
            continue
        if not a.currency and (a.unit is None or b.unit is None):
            continue
        a.equivalent = FoundSpan(start=b.start, end=b.end, text=b.text)
        b.equivalent = FoundSpan(start=a.start, end=a.end, text=a.text)
