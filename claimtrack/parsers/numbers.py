"""Pure number, range and currency parsing: no spaCy, only text and data tables.

`parse_number("two million")` -> 2000000; `find_expressions(text)` scans a text for number
expressions (digits, number words, scale words, currencies, percentages, ranges and the
qualifier before them) and returns `Expression`s with exact character offsets. Which of them
are quantities (not years, dates or identifiers) and what they count is decided by the spaCy
component in `claimtrack/pipeline/quantities.py`, which has the parse.

The work is shared out: `amounts` reads one number with its scale, currency or percent;
this module joins them into ranges, bounds and proportions and attaches qualifiers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Collection, Optional, Union

from .amounts import _amounts, _apply_signs, _Starts
from .number_tables import _tables
from .scan import finditer_at

Number = Union[int, float]

__all__ = ["Expression", "parse_number", "find_expressions", "to_number"]


@dataclass(frozen=True)
class Expression:
    """A number expression in a text. `text == source[start:end]` always."""

    start: int
    end: int
    text: str
    value: Optional[Number] = None
    low: Optional[Number] = None
    high: Optional[Number] = None
    currency: Optional[str] = None
    #: 'percent' or a minor currency unit ('cent', 'pence'): units the expression itself carries.
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    #: Where the first and the last number are (without qualifier, currency sign or suffix).
    num_start: int = 0
    num_end: int = 0
    #: Written in words only ("twenty-six", "a dozen").
    words: bool = False
    #: Digits only, no separator, decimals, scale, currency or percent: a year/identifier candidate.
    plain: bool = False
    scaled: bool = False
    #: A scale abbreviation that means million/billion only for money ("5m") was read as a unit letter.
    bare_letter: Optional[str] = None
    #: "a quarter of a", "half an", "(nearly) an", "(at least) one": a number only when a measure
    #: unit follows ("a tenth of a percentage point", "nearly an hour"); the component checks.
    needs_unit: bool = False

    @property
    def is_range(self) -> bool:
        return self.value is None and self.low is not None and self.high is not None



def to_number(d: Decimal) -> Number:
    """An int when integral, else a float."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)



def parse_number(text: str) -> Optional[Number]:
    """The value of a number expression ('1,200', '2.5bn', 'twenty-six', 'half a million'), or None."""
    if not isinstance(text, str):
        return None
    s = text.strip()
    if not s:
        return None
    for e in find_expressions(s):
        if e.start == 0 and e.end == len(s) and e.value is not None:
            return e.value
    return None


_TIME_AFTER = re.compile(r"\s*(?:second|minute|min|hour|day|week|month|year|decade|game|match|race|start)s?\b", re.I)
#: "1 in 5", "three out of four", "one in every 100": the words between a proportion's two numbers
_RATIO_SEP = re.compile(r"\s+(?:in|out\s+of)(?:\s+(?:every|each))?\s+$", re.I)
_MAJOR_MINOR = re.compile(r"\s*(?:and\s+)?$", re.I)


def _proportion_whole(text: str, a, b) -> bool:
    """Whether `b` can be the whole of a proportion whose part is `a` ("1 in 5", "one in 4,000",
    "two out of five hundred", "three out of every four"). A whole written as plain digits after a
    bare "in" is at most 100: past it, "sold 40 in 900 shops" is a count and where it was made,
    and "seven in 2000" a count and its year; "out of", "every"/"each", a grouping comma or words
    say a whole of any size. A whole hyphened to the next word modifies it ("a 1 in 500-year
    flood": no proportion of years)."""
    if not 0 < a.value < b.value or text[b.end:b.end + 1] in ("-", "‑"):
        return False
    if b.value <= 100:
        return True
    sep = text[a.end:b.start].lower()
    return "out" in sep or "every" in sep or "each" in sep or b.words or "," in text[b.num_start:b.num_end]


def _change_before(text: str, pos: int) -> bool:
    window = text[max(0, pos - 60):pos]
    window = re.split(r"[.;:!?\n]", window)[-1]
    words = re.findall(r"[A-Za-z]+", window.lower())
    return any(w in _tables().change_words for w in words[-6:])


def find_expressions(text: str, country: Optional[str] = None,
                     changes: Collection[int] = ()) -> list[Expression]:
    """Every number expression in `text`, ranges combined, qualifiers attached. `country`: the
    country the story is about, where the caller knows it (a name of data/countries.json or an
    ISO 3166-1 code): a bare "$" in a story about a dollar country that is no wire report is
    that country's dollar. `changes`: the offsets of the words "from" that the parse attaches
    to a verb of change however far before them ("will raise the rate of its pension fund from
    8.9% to 10.7%": two figures, the old and the new; without the parse, a verb of change in the
    six words before "from" says so). Never raises."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find(text, _tables().country_code(country), changes)
    except (RecursionError, ValueError, ArithmeticError, IndexError, KeyError):
        return []


def _find(text: str, home: Optional[str] = None, changes: Collection[int] = ()) -> list[Expression]:
    t = _tables()
    starts = _Starts(text)
    raws = _amounts(text, starts, home)
    _apply_signs(text, raws)
    out: list[Expression] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        start = a.start
        if b is not None and a.currency and b.currency == a.currency and b.minor and not a.minor \
                and a.value == a.value.to_integral_value() and 0 < b.value < 1 and _MAJOR_MINOR.match(text, a.end, b.start):
            # "3 dollars 50 cents", "thirteen dollars and forty-five cents", "$5 and 50 cents": one amount
            out.append(_expr(text, start, b.end, a.value + b.value, None, None, a.currency, None, a.num_start,
                             b.num_end, a.words and b.words, False, a.scale > 1, None))
            i += 2
            continue
        joined = _compound_numeral(text, raws, i)
        if joined > i:
            # "4 thousand 3 hundred and 21", "6 crore and two hundred": one number in parts
            last = raws[joined]
            total = sum((r.value for r in raws[i:joined + 1]), Decimal(0))
            out.append(_expr(text, start, last.end, total, None, None, None, None, a.num_start, last.num_end,
                             all(r.words for r in raws[i:joined + 1]), False, True, None))
            i = joined + 1
            continue
        if b is not None and _RATIO_SEP.match(text, a.end, b.start) and not a.currency and not b.currency \
                and not a.unit and not b.unit and a.scale == 1 and b.scale == 1 and _proportion_whole(text, a, b) \
                and not _TIME_AFTER.match(text, b.end):
            # "1 in 5 children", "three out of four voters", "one in every 1,000 births", "two out
            # of five hundred samples": a proportion
            out.append(_expr(text, start, b.end, a.value / b.value, None, None, None, None, a.num_start,
                             b.num_end, a.words and b.words, False, False, None))
            i += 2
            continue
        if b is not None:
            sep = text[a.end:b.start]
            sm = t.range_sep.match(sep) if len(sep) <= 10 else None
            if sm:
                pre = t.range_pre.search(text, max(0, a.start - 12), a.start)
                hyphen = sep.strip()[:1] in "-–—" if sep.strip() else False
                if _joins_as_range(text, a, b, sep, pre, hyphen, changes):
                    lo, hi = a.value, b.value
                    if a.scale == 1 and b.scale > 1 and lo * b.scale <= hi:
                        lo = lo * b.scale
                    if b.minor and not a.minor and not a.currency and not a.unit and a.scale == 1:
                        lo = lo / b.per  # "between 30 and 45 cents": both bounds are cents
                    if lo > hi and lo < 0 and hi < 0 and not hyphen:  # "from -18 to -34 degrees"
                        lo, hi = hi, lo
                    if lo < hi:
                        rng_start = pre.start() if pre else start
                        currency = a.currency or b.currency
                        unit = a.unit or b.unit
                        end = b.end
                        out.append(
                            _expr(text, rng_start, end, None, lo, hi, currency, unit, a.num_start, b.num_end,
                                  a.words and b.words, False, a.scale > 1 or b.scale > 1, b.bare_letter)
                        )
                        i += 2
                        continue
                    if hyphen and not a.words and not b.words and not a.currency and not a.unit:
                        # '3-1', '2-2': a score or an identifier, not two quantities
                        i += 2
                        continue
        lent = _lent_money(text, a, b)
        if lent is not None:
            value, currency, scale = lent
            out.append(_expr(text, start, a.end, value, None, None, currency, None, a.num_start, a.num_end,
                             a.words, False, scale > 1, None))
            i += 1
            continue
        value = a.value
        out.append(
            _expr(text, start, a.end, value, None, None, a.currency, a.unit, a.num_start, a.num_end,
                  a.words, a.plain, a.scale > 1, a.bare_letter)
        )
        i += 1
    out = _bounded_ranges(text, [_qualify(text, e) for e in out])
    extra = _unit_fractions(text, out, starts)
    if extra:
        # a fraction of a scale word ("a third of a million") holds the number it ends with
        out = [e for e in out if not any(x.start <= e.start and e.end <= x.end for x in extra)]
        out = sorted(out + extra, key=lambda e: e.start)
    return out


#: Between the parts of a compound numeral: a space, or "and" ("3 hundred and 21")
_PART_SEP = re.compile(r"[ \t]+(?:and[ \t]+)?")


def _compound_numeral(text: str, raws: list, i: int) -> int:
    """The index of the last part of a numeral written in parts from raws[i], each a whole number
    smaller than the scale word that ends the part before ("4 thousand 3 hundred and 21": 4000,
    300, 21; "2 million 400 thousand"), with no currency or unit on any part; `i` when raws[i]
    starts none."""
    j = i
    while j + 1 < len(raws):
        a, b = raws[j], raws[j + 1]
        if a.scale <= 1 or a.currency or a.unit or b.currency or b.unit or a.minor or b.minor:
            break
        if a.value != a.value.to_integral_value() or b.value != b.value.to_integral_value() or not 0 < b.value < a.scale:
            break
        if not _PART_SEP.fullmatch(text, a.end, b.start) or a.end != a.num_end or b.start != b.num_start:
            break
        j += 1
    return j


def _lent_money(text: str, a, b) -> Optional[tuple[Decimal, str, Decimal]]:
    """Right-node raising of money: in "cut from 240 to 150 rupees", "45 or 50 cents" (two figures,
    no range) the currency written once after the second number, with its scale word and minor
    unit, belongs to the bare number before it too ("240": 240 rupees; "from 30 to 45 cents":
    30 cents, USD 0.30). Returns the first number's value, currency and scale, or None. A sign
    before the second number ("from 240 to Rs 150", "to $150") is written before each figure it
    belongs to, so it lends nothing."""
    if b is None or not b.currency or b.start != b.num_start or a.currency or a.unit or a.minor:
        return None
    sep = text[a.end:b.start]
    if len(sep) > 10 or not _tables().range_sep.match(sep) or a.value < 0 or b.value <= 0:
        return None
    if a.plain and 1900 <= a.value <= 2100:
        return None  # "from 2024 to 150 rupees" is no figure of 2,024 rupees
    value, scale = a.value, a.scale
    if b.minor:
        value = value / b.per
    elif a.scale == 1 and b.scale > 1 and b.value / 1000 <= value * b.scale <= b.value * 1000:
        value, scale = value * b.scale, b.scale  # "from 5 to 3 million dollars": 5 million
    return value, b.currency, scale


_WORD_AFTER = re.compile(r"\s*(?P<w>[^\W\d_]+)")


def _size_of_change(text: str, a, b) -> bool:
    """Whether "X to Y" after a verb of change, with no "from" before X, reads as the range of the
    change's size: X bare and the unit of measure or currency written once, after Y ("waves rose
    4 to 5 feet", "fares fell by 10 to 12 per cent"). A change and the new level each carry their
    own unit ("rose 4% to 9.5 million", "fell by 0.5% to 3.2%") or none ("rose by 14 to 61")."""
    if a.unit or a.currency or a.minor or a.scale != 1:
        return False
    if b.unit or b.currency:
        return True
    m = _WORD_AFTER.match(text, b.end)
    return m is not None and (m.group("w") in _tables().attached_units or m.group("w").lower() in _tables().attached_units_lower)


def _joins_as_range(text: str, a, b, sep: str, pre, hyphen: bool, changes: Collection[int] = ()) -> bool:
    """Whether two numbers joined by a range separator (`sep`: "to", "-", "and", "or") are the
    bounds of one range, `pre` the word before the first ("between", "from") if any; `changes`
    as `find_expressions` says."""
    pre_word = pre.group("p").lower() if pre else None
    is_and = sep.strip().lower() == "and"
    is_or = sep.strip().lower() == "or"
    if is_or and (pre_word or a.words != b.words):
        return False  # "ten or fifteen deaths", "2 or 3 percent"; not "between 5 or 6"
    if is_and != (pre_word == "between"):
        return False  # "and" joins a range only after "between", and "between" only with "and"
    if pre_word == "from" and pre.start("p") in changes and not hyphen:
        return False  # the parse: "raise the rate of its fund from 8.9% to 10.7%"
    if not hyphen and not is_or and pre_word != "between" and _change_before(text, (pre.start() if pre else a.start)) \
            and (pre_word == "from" or not _size_of_change(text, a, b)):
        return False  # "rose from 5% to 8%": two figures; "rose to between 5% and 8%": a range
    if a.currency and b.currency and a.currency != b.currency:
        return False
    if a.unit != b.unit and a.unit and b.unit:
        return False
    if _a_year(text, a) and (b.scale > 1 or b.currency) and not (a.currency or a.scale > 1):
        return False  # "from $12 million in 2019 to $20 million": the year dates the first figure
    return not ((a.currency or b.currency) and (a.unit or b.unit))


#: A preposition that dates what follows it ("in 2019", "since 2021").
_DATING_BEFORE = re.compile(r"\b(?:in|since|until|till|during)\s+$", re.I)


def _a_year(text: str, a) -> bool:
    """Whether the plain four digits `a` are a year after a preposition that dates ("in 2023")."""
    return bool(a.plain and 1000 <= a.value <= 2100 and a.num_end - a.num_start == 4
                and _DATING_BEFORE.search(text, max(0, a.start - 8), a.start))


_LOWER_BOUND = frozenset({"more_than", "at_least"})
_BOUND_SEP = re.compile(r"\s*,?\s*(?:and|but|yet)\s+$", re.I)
#: "50 or more people", "10 or fewer", "500 and above": a bound written after the number
_POST_BOUND = re.compile(
    r"\s+(?:or\s+(?:(?P<lo>more|greater|higher|above|over|upwards)|(?P<hi>less|fewer|lower|below|under))\b"
    r"(?!\s+than\b)"
    # "aged 35 and over." ("and" only before the clause ends: not "35 and over the years")
    r"|and\s+(?:(?P<lo2>above|over|up|older)|(?P<hi2>below|under|younger))(?=\s*(?:[,.;:)!?]|$)))", re.I)


def _bounded_ranges(text: str, exprs: list[Expression]) -> list[Expression]:
    """'more than 10 but fewer than 20' -> a range; '50 or more' -> 50 with qualifier at_least."""
    out: list[Expression] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        if (b is not None and a.value is not None and b.value is not None and not a.currency == b.currency != None  # noqa: E711
                and {a.qualifier, b.qualifier} in ({"more_than", "less_than"}, {"more_than", "at_most"},
                                                    {"at_least", "less_than"}, {"at_least", "at_most"})
                and _BOUND_SEP.match(text, a.end, b.start) and not a.unit and not a.currency):
            lo, hi = (a, b) if a.qualifier in _LOWER_BOUND else (b, a)
            if lo.value < hi.value:
                out.append(replace(a, end=b.end, text=text[a.start:b.end], value=None, low=lo.value,
                                   high=hi.value, qualifier=None, num_end=b.num_end, unit=b.unit,
                                   currency=b.currency, plain=False))
                i += 2
                continue
        if a.qualifier is None and a.value is not None and not a.is_range:
            m = _POST_BOUND.match(text, a.end)
            if m is not None and (b is None or m.end() <= b.start):
                a = replace(a, end=m.end(), text=text[a.start:m.end()], num_end=m.end(), plain=False,
                            qualifier="at_least" if (m.group("lo") or m.group("lo2")) else "at_most")
        out.append(a)
        i += 1
    return out


def _unit_fractions(text: str, found: list[Expression], scan: Optional[_Starts] = None) -> list[Expression]:
    """'a quarter of a', 'half an', and 'a'/'an' right after a qualifier, where no number
    expression is: candidates with needs_unit=True (the component keeps them before a measure unit)."""
    t = _tables()
    scan = scan or _Starts(text)
    starts = [e.start for e in found]
    ends = [e.end for e in found]

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_left(starts, e)
        return not (i and ends[i - 1] > s)

    out: list[Expression] = []
    # the fraction matches, in text order and non-overlapping: their starts and ends both ascend
    taken_starts: list[int] = []
    taken_ends: list[int] = []

    def untaken(s: int, e: int) -> bool:
        i = bisect.bisect_left(taken_starts, e)  # the last fraction starting before e ...
        return not (i and taken_ends[i - 1] > s)  # ... is the only one that can overlap

    # "a quarter-point": a fraction of one point, a quantity with its unit (ascending too)
    point_starts: list[int] = []
    point_ends: list[int] = []

    def no_point(s: int, e: int) -> bool:
        i = bisect.bisect_left(point_starts, e)
        return not (i and point_ends[i - 1] > s)

    for m in finditer_at(t.frac_point, text, scan.words(t.article_words | t.frac_article_words)):
        if not free(m.start(), m.end()):
            continue
        value = Decimal(str(t.fractions[m.group("f").lower()]))
        unit = "percentage point" if m.group("pp") else "point"
        e = _expr(text, m.start(), m.end(), value, None, None, None, unit, m.start(), m.end(),
                  True, False, False, None)
        out.append(_qualify(text, e))
        point_starts.append(m.start())
        point_ends.append(m.end())
    for m in finditer_at(t.frac_article, text, scan.words(t.frac_article_words)):
        if not free(m.start(), m.end()) or not no_point(m.start(), m.end()):
            continue
        if m.group("f4"):
            value = Decimal(str(t.fractions["half"]))
        else:
            name = (m.group("f1") or m.group("f3")).lower()
            value = Decimal(str(t.fractions.get(name, 0)))
            if m.group("f2"):
                value *= t.units.get(m.group("f2").lower(), 0)
        if not 0 < value < 1:
            continue
        e = _expr(text, m.start(), m.end(), value, None, None, None, None, m.start(), m.end(),
                  True, False, False, None)
        out.append(_qualify(text, replace(e, needs_unit=True)))
        taken_starts.append(m.start())
        taken_ends.append(m.end())
    for m in finditer_at(t.article_fraction, text, scan.words(t.article_words)):
        if not free(m.start(), m.end()) or not untaken(m.start(), m.end()) or not no_point(m.start(), m.end()):
            continue
        value = Decimal(1) / Decimal(t.denominators[m.group("den").lower()])
        end = m.end()
        sc = t.of_a_scale.match(text, end)
        if sc is not None:  # "a third of a million"
            value, end = value * Decimal(t.scale_words[sc.group("s").lower()]), sc.end()
        e = _expr(text, m.start(), end, value, None, None, None, None, m.start(), end,
                  True, False, sc is not None, None)
        out.append(_qualify(text, e))
        taken_starts.append(m.start())
        taken_ends.append(end)
    for m in t.bare_half.finditer(text) if "alf" in text else ():
        if not free(m.start(), m.end()) or not untaken(m.start(), m.end()) or not no_point(m.start(), m.end()) \
                or t.not_before_half.search(text, max(0, m.start() - 10), m.start()):
            continue
        e = _expr(text, m.start(), m.end(), Decimal(1) / 2, None, None, None, None, m.start(), m.end(),
                  True, False, False, None)
        out.append(_qualify(text, e))
        taken_starts.append(m.start())
        taken_ends.append(m.end())
    for m in finditer_at(t.article, text, scan.words(t.article_words)):
        if not free(m.start(), m.end()) or not untaken(m.start(), m.end()) or not no_point(m.start(), m.end()):
            continue
        q = t.qualifier_before.search(text, max(0, m.start() - t.qualifier_reach), m.start())
        if (q is None or t.qualifiers.get(re.sub(r"\s+", " ", q.group("q").lower())) is None) and not (
                t.duration_article_before.search(text, max(0, m.start() - 10), m.start())
                and t.duration_article_after.match(text, m.end())) and not t.duration_and_a_half.match(text, m.end()) \
                and not t.duration_article_length.match(text, m.end()):
            continue
        e = _expr(text, m.start(), m.end(), Decimal(1), None, None, None, None, m.start(), m.end(),
                  True, False, False, None)
        out.append(_qualify(text, replace(e, needs_unit=True)))
    return out


def _expr(text, start, end, value, low, high, currency, unit, ns, ne, words, plain, scaled, bare):
    return Expression(
        start=start, end=end, text=text[start:end],
        value=to_number(value) if value is not None else None,
        low=to_number(low) if low is not None else None,
        high=to_number(high) if high is not None else None,
        currency=currency, unit=unit, num_start=ns, num_end=ne, words=words, plain=plain,
        scaled=scaled, bare_letter=bare,
    )


def _qualify(text: str, e: Expression) -> Expression:
    t = _tables()
    if e.is_range and text[e.start:e.start + 7].lower() == "between":
        return e
    m = t.qualifier_before.search(text, max(0, e.start - t.qualifier_reach), e.start)
    if not m:
        return e
    q = t.qualifiers.get(re.sub(r"\s+", " ", m.group("q").lower()))
    if q is None or _over_a_span(text, m.start("q"), m.group("q"), e) or _times_as(text, m.start("q"), m.group("q")):
        return e
    start = m.start("q")
    return replace(e, start=start, text=text[start:e.end], qualifier=q)


_SPAN_AFTER = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))\b"
                         r"(?!\s+(?:ago|old|later|earlier|before)\b)(?![-‑])", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


_TIMES_BEFORE = re.compile(r"\b(?:times|twice|thrice|half)\s*$", re.I)


def _times_as(text: str, q_start: int, q: str) -> bool:
    """"four times as many as a decade earlier", "twice as much as": "as ... as" after a multiplier
    compares two amounts; no bound ("as many as 300" is "up to 300")."""
    return q.lower().startswith("as ") and _TIMES_BEFORE.search(text, max(0, q_start - 12), q_start) is not None


def _over_a_span(text: str, q_start: int, q: str, e: Expression) -> bool:
    """"over" as the preposition of a span ("27,500 spectators over four days", "prices doubled
    over two decades"), no "more than" (qualifiers.json over_a_span)."""
    if q.lower() != "over" or e.value is None or not _SPAN_AFTER.match(text, e.end):
        return False
    before = _WORD_BEFORE.search(text, max(0, q_start - 20), q_start)
    return before is None or before.group(1).lower() not in _tables().over_more_than_after
