"""Pure number, range and currency parsing: no spaCy, only text and data tables.

`parse_number("two million")` -> 2000000; `find_expressions(text)` scans a text for number
expressions (digits, number words, scale words, currencies, percentages, ranges and the
qualifier before them) and returns `Expression`s with exact character offsets. Which of them
are quantities (not years, dates or identifiers) and what they count is decided by the spaCy
component in `quantities.py`, which has the parse.

Tables: data/numbers.json (number and scale words), data/currencies.json, data/qualifiers.json.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Optional, Union

from ..scan import RunStarts, ascii_lower, finditer_at, first_words
from ..tables import load_json

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
    #: unit follows ("a quarter of a percentage point", "nearly an hour"); the component checks.
    needs_unit: bool = False

    @property
    def is_range(self) -> bool:
        return self.value is None and self.low is not None and self.high is not None


#: Longest written number read as an amount (digits and separators): far beyond any figure in
#: the news (a trillion is 13 digits), and well inside what floats and JSON integers carry.
MAX_NUMBER_CHARS = 60


def to_number(d: Decimal) -> Number:
    """An int when integral, else a float."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)


# --------------------------------------------------------------------------------- tables


def _alt(words, flags_i: bool = True) -> str:
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
    return f"(?i:{body})" if flags_i else f"(?:{body})"


class _Tables:
    def __init__(self) -> None:
        nums = load_json("numbers.json")
        cur = load_json("currencies.json")
        qual = load_json("qualifiers.json")
        self.units = {k.lower(): v for k, v in nums["units"].items()}
        self.tens = {k.lower(): v for k, v in nums["tens"].items()}
        self.hundred = {k.lower(): v for k, v in nums["hundred"].items()}
        self.multipliers = {k.lower(): v for k, v in nums["multipliers"].items()}
        self.scale_words = {k.lower(): v for k, v in nums["scale_words"].items()}
        #: each scale word as a whole-word pattern, in table order (the last one found wins)
        self.scale_word_patterns = [(re.compile(rf"\b{re.escape(k)}\b", re.I), v) for k, v in self.scale_words.items()]
        self.scale_abbrevs = dict(nums["scale_abbrevs"])
        self.money_abbrevs = dict(nums["scale_abbrevs_money_only"])
        self.fractions = {k.lower(): v for k, v in nums["fractions"].items()}
        self.negative_words = [w.lower() for w in nums["negative_words"]]
        self.denominators = {k.lower(): v for k, v in nums.get("denominators", {}).items()}
        self.denominator_after = re.compile(rf"^[\s-]+(?P<den>{_alt(self.denominators)})\b")
        self.symbols = dict(cur["symbols"])
        self.suffix_symbols = dict(cur["suffix_symbols"])
        aliases = cur.get("code_aliases", {})
        self.codes = {c: aliases.get(c, c) for c in cur["codes"]}
        self.names = {k.lower(): v for k, v in cur["names"].items()}
        self.scale_names = {k.lower(): v for k, v in cur["names_after_scale_only"].items()}
        self.minor = {k.lower(): v for k, v in cur["minor_units"].items()}
        self.minor_of = {k: dict(v) for k, v in cur.get("minor_of", {}).items()}
        # every way a currency is written (sign, code, name) -> code, to find a document's currency
        written = {**{re.escape(k): v for k, v in self.symbols.items()},
                   **{rf"\b{re.escape(k)}\b": v for k, v in self.codes.items()},
                   **{rf"\b{re.escape(k)}\b": v for k, v in self.names.items()}}
        self.currency_written = [(re.compile(k, re.I if k.startswith("\\b") else 0), v) for k, v in written.items()]
        self._national(cur)
        units = load_json("units.json")
        self.attached_units = frozenset(units["symbols"]) | frozenset(
            k for k in units["symbols"] if "/" not in k) | frozenset(self.money_abbrevs)
        self.attached_units_lower = frozenset(k.lower() for k in units["names"]) | frozenset(
            k.lower() for k in self.minor)
        self.qualifiers = {re.sub(r"\s+", " ", k.lower()): v for k, v in qual["qualifiers"].items()}
        self.change_words = frozenset(w.lower() for w in qual["change_words"])
        months = nums["months"]
        months_lower = nums["months_lower_safe"]

        number_words = (
            list(self.units) + list(self.tens) + list(self.hundred) + list(self.multipliers)
            + list(self.scale_words)
        )
        word = _alt(number_words)
        frac = _alt(self.fractions)
        # "a dozen", "half a million", "twenty-six", "one hundred and six", "two and a half million"
        w_lead = rf"(?:(?i:a|an)\s+|{frac}\s+(?:(?i:a|an)\s+)?|(?i:a)\s+{frac}\s+(?i:of\s+a)\s+)?"
        w_tail = rf"(?:(?:\s+(?i:and)\s+|\s*-\s*|\s+)(?:{word}|(?i:a\s+){frac})\b)*"
        self.wordnum = rf"(?P<w>\b{w_lead}{word}\b{w_tail})"

        vulgar = "".join(VULGAR)
        digits = (
            # a decimal comma where the digits after it cannot be a thousands group, before a percent
            # sign or a scale word ("20,8%", "4,3 per cent", "1,5 million"); "1,2 and 3" stays a list
            r"(?P<d>\d{1,3},\d{1,2}(?![\d,])(?=\s?(?:%|(?i:per\s?cent|percent|pct|thousand|million|billion|trillion|mln|bn|tn)\b))|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
            rf"|(?<![\w/])[1-7]/[2348](?![\d/])(?=\s+[^\W\d_])|[{vulgar}])"
        )
        mixed = rf"(?:\s(?P<fn>[1-9])/(?P<fd>[2-9]|1[0-6])(?![\d/])|(?P<vf>[{vulgar}]))?"
        abbrevs = _alt(list(self.scale_abbrevs) + list(self.money_abbrevs), flags_i=False)
        scale_w = _alt(list(self.scale_words) + list(self.hundred))
        scale = (
            rf"(?:\s?(?P<ab>{abbrevs})(?![^\W\d_])(?!\d)"
            rf"|(?P<sw>(?:\s+{scale_w}\b)+))?"
        )
        digitnum = rf"(?P<dn>(?<![\w.,:/#@±]){digits}(?![\d])(?!,\d)(?!\.\d)(?!:\d)(?!/\d){mixed}{scale})"

        prefix_syms = _alt(self.symbols, flags_i=False)
        codes = _alt(self.codes, flags_i=False)
        prefix = rf"(?:(?P<ps>(?<![^\W\d_]){prefix_syms})\s?|(?P<pc>\b{codes})\s?)?"

        names = _alt(self.names)
        scale_names = _alt(self.scale_names)
        suffix_syms = _alt(self.suffix_symbols, flags_i=False)
        minor = _alt(self.minor)
        suffix = (
            rf"(?:(?P<ss>\s?{suffix_syms})"
            rf"|\s+(?P<sn>{names})\b(?!-)"
            rf"|\s+(?P<sp>{scale_names})\b"
            rf"|\s?(?P<sc>{codes})\b"
            rf"|\s?(?P<mi>{minor})\b"
            rf"|(?P<pct>\s?%|\s?(?i:per\s?cent|percent|pct)\b))?"
        )
        self.amount = re.compile(rf"{prefix}(?:{digitnum}|{self.wordnum}){suffix}")
        self.word_token = re.compile(rf"\b(?i:a\s+{frac}|{frac}|an|and|a|{word})\b")

        quals = sorted(self.qualifiers, key=len, reverse=True)
        qual_alt = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in quals)
        self.qualifier_before = re.compile(rf"(?:^|(?<=[\s(\[\"'“‘]))(?P<q>(?i:{qual_alt}))\s*$")
        self.neg_before = re.compile(
            rf"(?:(?:^|(?<=[\s(\[]))(?P<sign>[-−])|(?P<nw>\b{_alt(self.negative_words)})\s+)$"
        )
        self.range_sep = re.compile(
            r"^(?:\s*[-–—]\s*(?:to\s+)?|\s+(?:to|through|thru)\s+|\s*[-–—]?\s*to\s+|\s+and\s+|\s+or\s+)$", re.I)
        # "a quarter of a", "three quarters of an", "half a", "half an": a fraction of one measure
        # unit ("a quarter of a percentage point", "half an hour"); and a bare "a"/"an" after a
        # qualifier ("nearly an hour", "more than a mile"). Kept only when a measure unit follows.
        self.frac_article = re.compile(
            rf"\b(?P<f>(?i:(?:a|one)\s+(?P<f1>{frac})\s+of|(?P<f2>{_alt(['two', 'three'])})\s+(?P<f3>{frac})\s+of"
            rf"|(?P<f4>half)))\s+(?i:an?)(?=\s+[^\W\d_])")
        self.article = re.compile(r"\b(?i:an?)(?=\s+[^\W\d_])")
        # "a quarter-point cut", "a half-percentage-point rise": a fraction of one point
        self.frac_point = re.compile(
            rf"\b(?i:a|one)\s+(?P<f>{frac})[\s-](?P<pp>(?i:percentage)[\s-])?(?i:point)\b(?![-‑]?\w*s\b)")
        self.range_pre = re.compile(r"(?:^|(?<=[\s(\[]))(?P<p>between|from)\s+$", re.I)

        month_alt = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
        month_lo = "|".join(re.escape(m) for m in months_lower)
        mon = rf"(?:(?:{month_alt})\b\.?|(?:{month_lo})\b)"
        self.masks = re.compile(
            "|".join(
                [
                    r"\b(?:https?://|www\.)\S+",
                    # an e-mail address starts where its run of address characters does: tried
                    # at every character of a long run, it would cost time quadratic in the run
                    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+",
                    r"\b\d{1,4}([/.-])\d{1,2}\1\d{1,4}\b",  # 2025-09-04, 5/17/2018, 04.09.2025, 3.8.0
                    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?i:[ap]\.?m\b\.?))?",  # 10:30, 10:30 pm
                    r"\b\d{1,2}\s?(?i:a\.m\.|p\.m\.|am\b|pm\b)",  # 5pm, 5 a.m.
                    r"\+\d[\d ().-]{7,}\d",  # +44 20 7946 0958
                    r"\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b",  # (555) 123-4567
                    r"\b0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}\b",  # 020 7946 0958
                    rf"{mon}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|[-–]\d|\.\d|,\d{{3}}))",  # September 4
                    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}",  # 4 September
                ]
            )
        )
        # Where each scanning pattern can begin (see `_Starts`): the first words of its
        # alternatives, the characters (currency signs, vulgar fractions) and month names.
        word_led = [s for s in self.symbols if _LETTER.match(s)]
        char_led = [s for s in self.symbols if not _LETTER.match(s)]
        self.amount_words = first_words(["a", "an"], self.fractions, number_words, self.codes, word_led)
        if any(re.match(r"[\d_]", s) for s in char_led):
            self.amount_words = None  # a sign starting with a digit: scan everywhere
        self.amount_chars = re.compile("[" + re.escape("".join({s[0] for s in char_led} | set(VULGAR))) + "]")
        self.frac_article_words = first_words(["a", "one", "two", "three", "half"])
        self.article_words = first_words(["a", "an"])
        self.mask_words = first_words(["http", "https", "www"])
        self.mask_months = tuple(months) + tuple(months_lower)
        self.begin_words = frozenset().union(*(w or () for w in (
            self.amount_words, self.frac_article_words, self.article_words, self.mask_words)))


    def _national(self, cur: dict) -> None:
        """'Pakistani rupees' -> PKR: a country's name/alias/demonym + a national currency noun;
        and what a bare 'rupees' needs to take its code from the country a document is about."""
        countries = load_json("countries.json").get("countries", [])
        words: dict[str, set[str]] = {}  # iso2 -> words naming the country
        for c in countries:
            iso2 = c.get("iso2")
            if not iso2:
                continue
            ws = words.setdefault(iso2, set())
            for key in ("name", "aliases", "demonyms"):
                v = c.get(key) or []
                ws.update([v] if isinstance(v, str) else v)
        for w, iso2 in cur.get("place_words", {}).items():
            words.setdefault(iso2, set()).add(w)
        self.noun_of_form: dict[str, str] = {}
        self.national = {}
        for noun, entry in cur.get("national", {}).items():
            self.national[noun] = dict(entry["by_country"])
            for form in entry["forms"]:
                self.noun_of_form[form.lower()] = noun
                for iso2, code in entry["by_country"].items():
                    for w in words.get(iso2, ()):
                        key = re.sub(r"\s+", " ", f"{w} {form}".lower())
                        self.names.setdefault(key, code)
        self.by_document = frozenset(cur.get("by_document", []))
        # bare forms of by-document nouns are scanned as names; unresolved ones stay counted nouns
        self.doc_only_names = frozenset(
            f.lower() for n in self.by_document for f in cur["national"][n]["forms"] if f.lower() not in self.names)
        for f in self.doc_only_names:
            self.names[f] = None
        doc_isos = {iso for n in self.by_document for iso in self.national[n]}
        self.country_of_word: dict[str, str] = {}
        for c in countries:
            if c.get("iso2") in doc_isos:
                for key in ("name", "aliases", "demonyms", "capitals"):
                    v = c.get(key) or []
                    for w in ([v] if isinstance(v, str) else v):
                        if len(w) > 2:
                            self.country_of_word[w] = c["iso2"]
        alt = "|".join(re.escape(w) for w in sorted(self.country_of_word, key=len, reverse=True))
        self.country_re = re.compile(rf"\b(?:{alt})\b") if alt else None
        rule = cur.get("pound_rule", {})
        self.pound_money_from = Decimal(str(rule.get("money_from", 1000)))
        self.pound_weight = frozenset(w.lower() for w in rule.get("weight_cues", []))
        self.pound_money = frozenset(w.lower() for w in rule.get("money_cues", []))
        self.pound_doc = tuple(rule.get("money_in_document", []))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


# --------------------------------------------------------------------------------- words


def _parse_words(text: str) -> Optional[tuple[Decimal, int]]:
    """Value of the longest valid number-word prefix of `text`, and its length in characters."""
    t = _tables()
    toks = [(m.group(0), m.end()) for m in t.word_token.finditer(text)]
    total = Decimal(0)
    current = Decimal(0)
    best: Optional[tuple[Decimal, int]] = None
    last = None  # kind of the last number word: unit, teen, ten, hundred, scale, mult, frac
    pending_a = False  # "a"/"an" waiting for hundred/scale/dozen
    pending_frac: Optional[Decimal] = None  # "half a" waiting for a scale
    seen_number = False
    i = 0
    while i < len(toks):
        raw, end = toks[i]
        w = re.sub(r"\s+", " ", raw.lower())
        if w in ("a", "an"):
            if last in (None,) and not pending_a and not seen_number:
                pending_a = True
                i += 1
                continue
            break
        if w == "and":
            if last in ("hundred", "scale", "unit", "ten", "teen") and i + 1 < len(toks):
                i += 1
                continue
            break
        if w.startswith("a ") or w in _tables().fractions:
            name = w.split()[-1]
            f = Decimal(str(t.fractions[name]))
            if w.startswith("a ") and last in ("unit", "teen", "ten"):  # "two and a half"
                current += f
                last = "frac"
                best = (total + current, end)
                i += 1
                continue
            if last is None and not seen_number:  # "half a million", "a quarter of a million"
                pending_frac = f
                pending_a = False
                i += 1
                # swallow "a"/"an"/"of a"
                while i < len(toks) and toks[i][0].lower() in ("a", "an"):
                    i += 1
                continue
            break
        if w in t.units or w in t.tens:
            val = t.units.get(w, t.tens.get(w))
            kind = "ten" if w in t.tens else ("teen" if val >= 10 else "unit")
            if pending_a or pending_frac is not None:
                break
            if last in ("unit", "teen", "ten") and not (last == "ten" and kind == "unit"):
                break
            if last == "frac":
                break
            current += Decimal(val)
            last = kind
            seen_number = True
        elif w in t.hundred:
            if last not in (None, "unit", "teen", "ten") or pending_frac is not None:
                break
            if last is None and not pending_a:
                break  # a bare "hundred" is not a number
            if current >= 100:
                break
            current = (current or Decimal(1)) * 100
            last = "hundred"
            pending_a = False
            seen_number = True
        elif w in t.multipliers:
            if last is None and not pending_a and pending_frac is None:
                break
            if last not in (None, "unit", "teen", "ten"):
                break
            base = pending_frac if pending_frac is not None else (current or Decimal(1))
            current = base * t.multipliers[w]
            pending_a = False
            pending_frac = None
            last = "mult"
            seen_number = True
            best = (total + current, end)
            i += 1
            break  # nothing follows "a dozen" in a number
        elif w in t.scale_words:
            scale = Decimal(t.scale_words[w])
            if last is None and not pending_a and pending_frac is None:
                break
            if last == "scale":
                break
            base = pending_frac if pending_frac is not None else (current or Decimal(1))
            if total and total <= base * scale:
                break
            total += base * scale
            current = Decimal(0)
            pending_a = False
            pending_frac = None
            last = "scale"
            seen_number = True
        else:
            break
        if not pending_a and pending_frac is None:
            best = (total + current, end)
        i += 1
    return best


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


# --------------------------------------------------------------------------------- scanning


@dataclass
class _Raw:
    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    currency: Optional[str]
    unit: Optional[str]
    words: bool
    plain: bool
    scale: Decimal
    bare_letter: Optional[str] = None


def _overlaps(masked: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(ends, start)
    return i < len(masked) and masked[i][0] < end


class _DocCtx:
    """What a document says once, looked up lazily: the countries it names, whether it writes £."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: Optional[dict[str, int]] = None
        self._pound_doc: Optional[bool] = None

    def counts(self) -> dict[str, int]:
        if self._counts is None:
            t = _tables()
            counts: dict[str, int] = {}
            if t.country_re is not None:
                for m in t.country_re.finditer(self.text):
                    iso = t.country_of_word.get(m.group(0))
                    if iso:
                        counts[iso] = counts.get(iso, 0) + 1
            self._counts = counts
        return self._counts

    def national_code(self, noun: str) -> Optional[str]:
        """The code of the one country using `noun` that the document is about, or None."""
        by_country = _tables().national.get(noun, {})
        named = sorted(((n, iso) for iso, n in self.counts().items() if iso in by_country), reverse=True)
        if not named:
            return None
        top, iso = named[0]
        rest = sum(n for n, _ in named[1:])
        return by_country[iso] if rest == 0 or top >= 2 * rest else None

    def currency_near(self, pos: int, minor: dict) -> str:
        """The currency a minor unit at `pos` belongs to: that of the nearest amount before it
        that divides into this unit, else the first after it, else the unit's default."""
        allowed = set(minor["currencies"])
        before: tuple[int, str] = (-1, "")
        after: tuple[int, str] = (len(self.text) + 1, "")
        for pattern, code in _tables().currency_written:
            if code not in allowed:
                continue
            for m in pattern.finditer(self.text):
                if m.start() < pos and m.start() > before[0]:
                    before = (m.start(), code)
                elif m.start() > pos and m.start() < after[0]:
                    after = (m.start(), code)
                    break
        return before[1] or after[1] or minor["default"]

    def pound_doc(self) -> bool:
        if self._pound_doc is None:
            self._pound_doc = any(w in self.text for w in _tables().pound_doc)
        return self._pound_doc


_WORD = re.compile(r"[A-Za-z]+")
_OF_NOUN = re.compile(r"\s+of\s+(?:\w+\s+){0,2}?(?P<n>[A-Za-z]+)")


def _pounds_are_money(text: str, start: int, end: int, value: Decimal, ctx: _DocCtx) -> bool:
    """'pounds' after a number with no scale word: money (GBP) or weight? (data/currencies.json
    pound_rule) 'pounds of <noun>' is weight unless the noun is money ('pounds of taxpayers' money');
    else the nearest cue word in the sentence decides; else a document that writes £/sterling/GBP
    means money; else money from 1,000 up."""
    t = _tables()
    of = _OF_NOUN.match(text, end, min(len(text), end + 60))
    if of is not None:
        return of.group("n").lower() in t.pound_money
    lo = max(0, start - 150)
    before = re.split(r"[.!?;\n]", text[lo:start])[-1]
    after = re.split(r"[.!?;\n]", text[end:end + 100])[0]
    best: Optional[tuple[int, bool]] = None
    for m in _WORD.finditer(before):
        w = m.group(0).lower()
        if w in t.pound_weight or w in t.pound_money:
            dist = len(before) - m.start()
            if best is None or dist <= best[0]:
                best = (dist, w in t.pound_money)
    for m in _WORD.finditer(after):
        w = m.group(0).lower()
        if w in t.pound_weight or w in t.pound_money:
            if best is None or m.start() < best[0]:
                best = (m.start(), w in t.pound_money)
            break
    if best is not None:
        return best[1]
    if ctx.pound_doc():
        return True
    return value >= t.pound_money_from


_LETTER = re.compile(r"[^\W\d_]")
_MASK_CHARS = re.compile(r"[+(]")


class _Starts:
    """Where the scanning patterns can begin in one text, for `scan.finditer_at`: each
    pattern is tried at a few hundred positions instead of at every character (same matches).

    Digit runs, runs of letters reading one of the pattern's first words (or holding a non-ASCII
    letter, which a case-insensitive pattern may match), and the characters a match can start
    with: currency signs and vulgar fractions; for the masks, '+', '(', the start of the run of
    address characters before an '@', and month names (whose alternative has no \\b before it).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.runs = RunStarts(ascii_lower(text), _tables().begin_words)

    def digits(self) -> list[int]:
        return self.runs.digits

    def words(self, words: Optional[frozenset[str]]) -> Optional[list[int]]:
        return self.runs.of(words)

    def amount(self) -> Optional[list[int]]:
        t = _tables()
        text = self.text
        dots = [d - 1 for d in self.runs.digits if d and text[d - 1] == "."]  # ".5"
        signs = [m.start() for m in t.amount_chars.finditer(text)]
        return self.runs.of(t.amount_words, digits=True, more=dots + signs)

    def masks(self) -> Optional[list[int]]:
        t = _tables()
        text = self.text
        more = [m.start() for m in _MASK_CHARS.finditer(text)]
        at = text.find("@")
        while at >= 0:  # an e-mail address: the start of the run of [\w.+-] before the '@'
            j = at
            while j > 0 and _EMAIL_CHAR.match(text, j - 1):
                j -= 1
            if j < at:
                more.append(j)
            at = text.find("@", at + 1)
        for name in t.mask_months:
            i = text.find(name)
            while i >= 0:
                more.append(i)
                i = text.find(name, i + 1)
        return self.runs.of(t.mask_words, digits=True, more=more)


_EMAIL_CHAR = re.compile(r"[\w.+-]")


def _amounts(text: str, starts: Optional[_Starts] = None) -> list[_Raw]:
    t = _tables()
    ctx = _DocCtx(text)
    starts = starts or _Starts(text)
    # sorted, non-overlapping
    masked = [(m.start(), m.end()) for m in finditer_at(t.masks, text, starts.masks())]
    mask_ends = [e for _, e in masked]
    out: list[_Raw] = []
    matches = list(finditer_at(t.amount, text, starts.amount()))
    for m in matches:
        try:
            raw = _amount(text, m, ctx)
        except (InvalidOperation, ValueError, ArithmeticError, KeyError, IndexError):
            raw = None  # one odd match (e.g. a Unicode case-folding surprise) never costs the rest
        if raw is None:
            continue
        if _overlaps(masked, mask_ends, raw.num_start, raw.num_end):
            continue
        out.append(raw)
    return out


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_TIME_AFTER = re.compile(r"\s*(?:second|minute|min|hour|day|week|month|year|decade|game|match|race|start)s?\b", re.I)
#: Unicode vulgar fractions ('2½ hours', '½ teaspoon').
VULGAR = {"½": Decimal(1) / 2, "¼": Decimal(1) / 4, "¾": Decimal(3) / 4, "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3,
          "⅛": Decimal(1) / 8, "⅜": Decimal(3) / 8, "⅝": Decimal(5) / 8, "⅞": Decimal(7) / 8}
_RATIO_SEP = re.compile(r"\s+(?:in|out\s+of)\s+$", re.I)
_LETTERS = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?")
_SCALED_BEFORE = re.compile(r"\d(?:k|K|bn|mn|m|M|tn|b|B)[-‑]$")


def _amount(text: str, m, ctx: Optional[_DocCtx] = None) -> Optional[_Raw]:
    t = _tables()
    currency = None
    if m.group("ps"):
        currency = t.symbols[m.group("ps")]
    elif m.group("pc"):
        currency = t.codes[m.group("pc")]
    bare_letter = None
    scale = Decimal(1)
    if m.group("dn"):
        num_start = m.start("d")
        if num_start >= 2 and text[num_start - 1] in "-‑" and text[num_start - 2].isalpha():
            # 'COVID-19', 'F-16', 'Su-35' are names; '5k-20k' is a range
            if not _SCALED_BEFORE.search(text, max(0, num_start - 8), num_start):
                return None
        d = m.group("d")
        if len(d) > MAX_NUMBER_CHARS or len(m.group("fn") or "") + len(m.group("fd") or "") > MAX_NUMBER_CHARS:
            return None  # a run of hundreds of digits is a code or noise, and no float holds it
        if len(d) > 1 and d[0] == "0" and d[1].isdigit():
            return None  # '020', '007': codes and phone numbers, not amounts
        if d in VULGAR:
            value = VULGAR[d]
        elif "/" in d:  # '1/2 mile', '3/4 cup'
            num, den = d.split("/")
            if int(num) >= int(den):
                return None
            value = Decimal(num) / Decimal(den)
        elif _DECIMAL_COMMA.fullmatch(d):
            value = Decimal(d.replace(",", "."))
        else:
            value = Decimal(d.replace(",", ""))
        if m.group("fn"):
            value += Decimal(m.group("fn")) / Decimal(m.group("fd"))
        if m.group("vf") and d not in VULGAR:
            value += VULGAR[m.group("vf")]
        num_end = m.end("fd") if m.group("fn") else (m.end("vf") if m.group("vf") else m.end("d"))
        words = False
        ab = m.group("ab")
        sw = m.group("sw")
        has_suffix_currency = bool(m.group("ss") or m.group("sn") or m.group("sc") or m.group("sp"))
        if ab:
            if ab in t.scale_abbrevs:
                scale = Decimal(t.scale_abbrevs[ab])
                num_end = m.end("ab")
            elif currency or has_suffix_currency:
                scale = Decimal(t.money_abbrevs[ab])
                num_end = m.end("ab")
            else:
                bare_letter = ab
        elif sw:
            for part in sw.split():
                scale *= Decimal(t.scale_words.get(part.lower(), t.hundred.get(part.lower(), 1)))
            num_end = m.end("sw")
        value *= scale
        # letters glued to the digits must be a unit ('10km', '46.9C'), not '21st', '1990s', '5G', '3D'
        if not sw and (not ab or bare_letter):
            tail = _LETTERS.match(text, num_end)
            if tail and not (m.group("mi") or m.group("ss") or m.group("sc") or m.group("pct") or m.group("sn")):
                word = tail.group(0)
                if word not in t.attached_units and word.lower() not in t.attached_units_lower:
                    return None
        plain = (
            d.isdigit() and not m.group("fn") and not m.group("vf") and scale == 1 and not ab
        )
    else:
        w = m.group("w")
        parsed = _parse_words(w)
        offset = 0
        if parsed is None:
            lead = re.match(r"(?i)(?:a|an)\s+", w)  # "a two-year contract": the article is not part of it
            if lead:
                offset = lead.end()
                parsed = _parse_words(w[offset:])
        if parsed is None:
            return None
        value, length = parsed
        num_start = m.start("w") + offset
        num_end = num_start + length
        # trim trailing spaces/hyphens the word parser kept
        while num_end > num_start and text[num_end - 1] in " -\t\n":
            num_end -= 1
        words = True
        plain = False
        if num_end != m.end("w"):
            # the words ran on past the number: no suffix belongs to it
            return _Raw(
                start=m.start() if currency else num_start, end=num_end, num_start=num_start,
                num_end=num_end, value=value, currency=currency, unit=None, words=True, plain=False,
                scale=scale,
            )
        for pattern, mult in t.scale_word_patterns:
            if pattern.search(w):
                scale = Decimal(mult)
    end = num_end
    unit = None
    den = t.denominator_after.match(text[num_end:num_end + 20])
    if den and scale == 1 and 0 < value < t.denominators[den.group("den").lower()]:
        # "two thirds", "three-quarters": a fraction, not a count of thirds
        value = value / Decimal(t.denominators[den.group("den").lower()])
        num_end = end = num_end + den.end()
        return _Raw(start=num_start, end=end, num_start=num_start, num_end=num_end, value=value,
                    currency=currency, unit=None, words=words, plain=False, scale=scale)
    if m.group("pct"):
        unit = "percent"
        end = m.end("pct")
    elif m.group("ss") and not currency:
        currency = t.suffix_symbols[m.group("ss").strip()]
        end = m.end("ss")
    elif m.group("sn") and not currency:
        key = re.sub(r"\s+", " ", m.group("sn").lower())
        code = t.names.get(key)
        noun = t.noun_of_form.get(key)
        if noun in t.by_document and ctx is not None:
            code = ctx.national_code(noun) or code  # "2bn rupees" in an article about Sri Lanka
        if code:
            currency = code
            end = m.end("sn")
    elif m.group("sp") and not currency and scale > 1:
        currency = t.scale_names[m.group("sp").lower()]
        end = m.end("sp")
    elif (m.group("sp") and not currency and m.group("sp").lower() in ("pound", "pounds")
          and ctx is not None and _pounds_are_money(text, m.start(), m.end("sp"), value, ctx)):
        currency = t.scale_names[m.group("sp").lower()]
        end = m.end("sp")
    elif m.group("sc") and not currency:
        currency = t.codes[m.group("sc")]
        end = m.end("sc")
    elif m.group("mi") and not currency:
        unit = t.minor[m.group("mi").lower()]
        if m.group("mi").lower() == "p" and text[num_end:num_end + 1] == " ":
            unit = None  # "20 p" is too ambiguous
        else:
            end = m.end("mi")
            minor = t.minor_of.get(unit)
            if minor is not None:
                # "79 cents" is USD 0.79 (or the cents of the euro amounts the document gives)
                currency = ctx.currency_near(m.start(), minor) if ctx is not None else minor["default"]
                value = value / Decimal(minor["per"])
                unit = None
    start = m.start() if (m.group("ps") or m.group("pc")) else num_start
    if currency:
        plain = False
    if unit:
        plain = False
    return _Raw(
        start=start, end=end, num_start=num_start, num_end=num_end, value=value,
        currency=currency, unit=unit, words=words, plain=plain, scale=scale, bare_letter=bare_letter,
    )


def _apply_signs(text: str, raws: list[_Raw]) -> None:
    """'-5', 'minus 5', '-15€': a sign before the number, unless the dash joins a range ('5 - 10')."""
    t = _tables()
    prev_end = -1
    for r in raws:
        if r.start == r.num_start:
            neg = t.neg_before.search(text, max(0, r.start - 10), r.start)
            if neg is not None:
                sign = neg.group("sign") is not None
                joins = sign and prev_end >= 0 and not text[prev_end:neg.start()].strip()
                if not joins:
                    r.value = -r.value
                    r.start = neg.start()
                    r.plain = False
        prev_end = r.end


def _change_before(text: str, pos: int) -> bool:
    window = text[max(0, pos - 60):pos]
    window = re.split(r"[.;:!?\n]", window)[-1]
    words = re.findall(r"[A-Za-z]+", window.lower())
    return any(w in _tables().change_words for w in words[-6:])


def find_expressions(text: str) -> list[Expression]:
    """Every number expression in `text`, ranges combined, qualifiers attached. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find(text)
    except (RecursionError, ValueError, ArithmeticError, IndexError, KeyError):
        return []


def _find(text: str) -> list[Expression]:
    t = _tables()
    starts = _Starts(text)
    raws = _amounts(text, starts)
    _apply_signs(text, raws)
    out: list[Expression] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        start = a.start
        if b is not None and _RATIO_SEP.match(text, a.end, b.start) and not a.currency and not b.currency \
                and not a.unit and not b.unit and a.scale == 1 and b.scale == 1 and 0 < a.value < b.value <= 100 \
                and not _TIME_AFTER.match(text, b.end):
            # "1 in 5 children", "three out of four voters": a proportion
            out.append(_expr(text, start, b.end, a.value / b.value, None, None, None, None, a.num_start,
                             b.num_end, a.words and b.words, False, False, None))
            i += 2
            continue
        if b is not None:
            sep = text[a.end:b.start]
            sm = t.range_sep.match(sep) if len(sep) <= 10 else None
            if sm:
                pre = t.range_pre.search(text, max(0, a.start - 12), a.start)
                pre_word = pre.group("p").lower() if pre else None
                is_and = sep.strip().lower() == "and"
                is_or = sep.strip().lower() == "or"
                hyphen = sep.strip()[:1] in "-–—" if sep.strip() else False
                ok = True
                if is_or and (pre_word or a.words != b.words):
                    ok = False  # "ten or fifteen deaths", "2 or 3 percent"; not "between 5 or 6"
                if is_and and pre_word != "between":
                    ok = False
                if pre_word == "between" and not is_and:
                    ok = False
                if ok and not hyphen and not is_or and _change_before(text, (pre.start() if pre else a.start)):
                    ok = False
                if ok and (a.currency and b.currency and a.currency != b.currency):
                    ok = False
                if ok and (a.unit != b.unit and a.unit and b.unit):
                    ok = False
                if ok and (a.currency or b.currency) and (a.unit or b.unit):
                    ok = False
                if ok:
                    lo, hi = a.value, b.value
                    if a.scale == 1 and b.scale > 1 and lo * b.scale <= hi:
                        lo = lo * b.scale
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
        value = a.value
        out.append(
            _expr(text, start, a.end, value, None, None, a.currency, a.unit, a.num_start, a.num_end,
                  a.words, a.plain, a.scale > 1, a.bare_letter)
        )
        i += 1
    out = _bounded_ranges(text, [_qualify(text, e) for e in out])
    extra = _unit_fractions(text, out, starts)
    if extra:
        out = sorted(out + extra, key=lambda e: e.start)
    return out


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
    for m in finditer_at(t.article, text, scan.words(t.article_words)):
        if not free(m.start(), m.end()) or not untaken(m.start(), m.end()) or not no_point(m.start(), m.end()):
            continue
        q = t.qualifier_before.search(text, max(0, m.start() - 24), m.start())
        if q is None or t.qualifiers.get(re.sub(r"\s+", " ", q.group("q").lower())) is None:
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
    m = t.qualifier_before.search(text, max(0, e.start - 24), e.start)
    if not m:
        return e
    q = t.qualifiers.get(re.sub(r"\s+", " ", m.group("q").lower()))
    if q is None:
        return e
    start = m.start("q")
    return replace(e, start=start, text=text[start:e.end], qualifier=q)
