"""Quantities component: numbers that count or measure something, normalised.

`claimtrack.parsers.numbers.find_expressions` finds number expressions in the text (values, ranges, currencies,
qualifiers). This component then uses the parse to keep only quantities and say what they count:
- drops years, dates and times (spaCy DATE/TIME entities unless a duration unit follows),
  ordinals, identifiers ("Article 5", "Boeing 737"), list markers and a bare "one"
  (`quantity_filters`);
- finds the unit: percent/currency from the expression, a measure from data/units.json
  ("2 min", "10 km"), a hyphen compound ("30-day", "26-nation"), or the counted noun the
  number modifies ("more than 30 European military chiefs" -> chief, modifiers kept)
  (`quantity_units`);
- adds a rate period ("annually" -> year) and links parenthetical equivalents
  ("€800 billion ($843 billion)").
Results: doc._.ct_quantities, plain dicts with the fields of claimtrack.models.Quantity, sorted by
start, and doc.spans["ct_quantities"]. The plain-data results (`Found`, `_Draft`) and the helpers that read
the parse and the text are in `quantity_parts`, the compiled data tables (`_Ctx`) in `quantity_tables`.
"""

from __future__ import annotations

import logging
import re
from functools import partial
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from ..tables import parse_json
from .date_header import header_date_spans
from .extensions import COUNTRY, QUANTITIES, doc_text, set_span_group
from .saved_tables import SavedTables
from ..parsers.numbers import Expression, find_expressions
from .quantity_tables import TABLE_FILES, _Ctx, _ctx
from .quantity_parts import (
    Found,
    _Draft,
    _JOINED,
    _drop_overlaps,
    _join_compound_measures,
    _line_start,
    _link_equivalents,
    _merge_unit_ranges,
    _share_coordinated_units,
    _share_tally_nouns,
)
from .quantity_changes import change_froms, up_to_of_a_change
from .quantity_elided import lend_counted_noun, lend_currency_forward
from .quantity_filters import is_identifier, no_figure
from .quantity_units import measure, scale_letter, unit_after, unit_around, whole_count

log = logging.getLogger(__name__)


#: A hyphen and a word after a number: a compound modifier ("five-day", "two-storey")
_COMPOUND_AFTER = re.compile(r"[-‑][^\W\d_]")


@Language.factory(
    "claimtrack_quantities",
    requires=["doc.ents", "token.pos", "token.tag", "token.dep", "token.lemma", f"doc._.{COUNTRY}"],
    assigns=[f"doc._.{QUANTITIES}", "doc.spans"],
    default_config={"max_noun_distance": 5, "keep_bare_numbers": True},
)
def make_quantities(nlp: Language, name: str, max_noun_distance: int, keep_bare_numbers: bool):
    return QuantityFinder(max_noun_distance=max_noun_distance, keep_bare_numbers=keep_bare_numbers)


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
        # the actor component's story country; the "from"s the parse attaches to a verb of change
        changes = change_froms(doc, text)
        exprs = find_expressions(text, doc._.get(COUNTRY), changes)
        header = header_date_spans(text, doc._.get(COUNTRY))  # "Jeudi 12 février 2026": no figure
        exprs = [e for e in exprs if not any(s <= e.start and e.end <= t for s, t in header)]
        spans = [doc.char_span(e.num_start, e.num_end, alignment_mode="expand") for e in exprs]
        ident = [sp is not None and len(sp) > 0 and is_identifier(self.ctx, doc, e, sp[0], sp[-1], text)
                 for e, sp in zip(exprs, spans)]
        out: list[Found] = []
        limit = len(text)
        limits = [0] * len(exprs)
        for i in range(len(exprs) - 1, -1, -1):
            # a model number ("42 Boeing 737 jets") does not end the reach of the count before it
            limits[i] = limit
            if not ident[i] and not _COMPOUND_AFTER.match(text, exprs[i].end) \
                    and exprs[i].text.lower() not in self.ctx.periods:
                # (nor does a number in a hyphenated modifier: "12,500 three-day tickets", nor
                # the words of a rate's period, "€1.5 million a quarter": the amount's, dropped as
                # an overlap)
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
        out = _merge_unit_ranges(text, out, changes)
        out = _join_compound_measures(text, out, partial(measure, self.ctx))
        _link_equivalents(text, out, self.ctx)
        lend_currency_forward(doc, text, out)  # "sold for 2.3 billion pesos, above the 1.4 billion asked"
        lend_counted_noun(doc, text, out)  # "230 of the village's 410 houses", "hired 250 so far"
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
        if f.qualifier == "at_most" and (begins := up_to_of_a_change(doc, text, f.start)) >= 0:
            f.start, f.qualifier = begins, None  # "fares went up to $3 from $2.50": the new level
        if f.unit is None and f.currency is None:
            unit_around(self.ctx, doc, text, e, first, limit, f)
        if f.unit is None and f.currency is None and not unit_after(self.ctx, doc, text, e, last, limit, f,
                                                                       self.max_noun_distance):
            return None
        scale_letter(self.ctx, doc, e, limit, f)
        per = whole_count(text, e, f)  # "between 15.000 and 20.000 fans": thousands
        if no_figure(self.ctx, doc, text, e, span, f, force_bare, self.keep_bare_numbers):
            return None
        self._rate_period(text, limit, f)
        if f.period is None:  # "11 weekly flights": 11 flights a week
            f.period = next((self.ctx.periods[m.lower()] for m in f.modifiers if m.lower() in self.ctx.periods), None)
        if f.end > len(text) or f.start >= f.end:
            return None
        return Found(
            start=f.start, end=f.end, text=text[f.start:f.end], value=f.value,
            low=e.low if e.low is None or per == 1 else round(e.low * per),
            high=e.high if e.high is None or per == 1 else round(e.high * per),
            unit=f.unit, currency=f.currency, qualifier=f.qualifier,
            modifiers=f.modifiers, period=f.period,
        )

    def _rate_period(self, text: str, limit: int, f: _Draft) -> None:
        """A rate's period: "€100 billion annually", "500,000 barrels a day"."""
        c = self.ctx
        pm = c.period_re.match(text[f.end:min(len(text), f.end + 30)])
        if pm is not None and f.end + pm.end() <= limit:
            period = c.periods.get(re.sub(r"[\s\-‑]+", " ", pm.group("p").lower()))
            if period and period != f.unit:
                f.end = f.end + pm.end()
                f.period = period

