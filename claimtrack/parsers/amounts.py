"""One number as written, with what it carries: digits or words, a scale ("2.5bn", "4 million"),
a currency (a sign, a code, a name, "79 cents"), a percent, a sign; masks for what only looks
like a number (dates, clock times, phone numbers, addresses). `_amounts(text)` lists them in
text order, before ranges and qualifiers are joined (`numbers.find_expressions`). What the
document says once about money is `money_context._DocCtx`; where the patterns can begin,
`amount_starts._Starts`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Optional, Union

from .amount_starts import _Starts
from .currency_tables import form_key, minor_per
from .digit_groups import dot_grouped_value, reads_as_thousands
from .local_scales import local_scale
from .lexicon import ORDINAL_DENOMINATORS, ORDINAL_WORDS, TENS
from .home_dollar import (BARE_DOLLAR_NAMES, BARE_DOLLAR_SIGN, converts_from_home, dollar_codes, settle_bare_dollars,
                          wire_dollar)
from .money_context import _DocCtx
from .number_tables import VULGAR, _tables, month_words_any_language
from .number_words import _parse_words, add_fraction_tail
from .pounds import pounds_are_money
from .rates import RATE_AFTER, rate_currency
from .scan import finditer_at

#: Longest written number read as an amount (digits and separators): far beyond any figure in
#: the news (a trillion is 13 digits), and well inside what floats and JSON integers carry.
MAX_NUMBER_CHARS = 60


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
    #: Written in a minor unit ("50 cents"), the value already in the major one (0.5).
    minor: bool = False
    #: How many of that minor unit make the major one (100 cents a dollar); 1 when not minor.
    per: Decimal = Decimal(1)
    #: Written with the plain sign or noun ("$4.2m", "500 dollars"), its dollar read from the story.
    bare_dollar: bool = False


def _overlaps(masked: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(ends, start)
    return i < len(masked) and masked[i][0] < end


def _amounts(text: str, starts: Optional[_Starts] = None, home: Optional[str] = None) -> list[_Raw]:
    t = _tables()
    ctx = _DocCtx(text, home)
    starts = starts or _Starts(text)
    # sorted, non-overlapping
    masked = [(m.start(), m.end()) for m in finditer_at(t.masks, text, starts.masks())]
    mask_ends = [e for _, e in masked]
    out: list[_Raw] = []
    positions = starts.amount()
    matches = list(finditer_at(t.amount, text, positions))
    k = 0
    while k < len(matches):
        m = matches[k]
        k += 1
        try:
            raw = _amount(text, m, ctx)
        except (InvalidOperation, ValueError, ArithmeticError, KeyError, IndexError):
            raw = None  # one odd match (e.g. a Unicode case-folding surprise) never costs the rest
        if raw is not None and m.group("w") and raw.num_end < m.end("w"):
            # the words ran on past the number they read ("six and nine weeks": "six", then
            # "and nine", which no number continues): the rest is read again, as a number of its own
            matches[k:k] = _rest_of_words(text, t, positions, raw.num_end, m.end())
        if raw is None:
            continue
        if _overlaps(masked, mask_ends, raw.num_start, raw.num_end):
            continue
        if t.tolerance_before.search(text, max(0, raw.start - 4), raw.start):
            continue  # "5.2 ± 0.3 kg": the tolerance of the figure before
        if out and raw.start < out[-1].end:
            continue  # read already as the end of the amount before ("two thirds of a million")
        if raw.plain and raw.value <= 31 and _day_of_a_dated_month(text, raw.end):
            continue  # "20 maja 2026", "26 Ağustos 2026", "4 de marzo de 2026": a day of a date
        if raw.currency is not None and ((m.group("pc") in t.million_codes and raw.start == m.start("pc"))
                                         or (m.group("sc") in t.million_codes and raw.end == m.end("sc"))):
            raw.value, raw.scale = raw.value * 1_000_000, raw.scale * 1_000_000  # "MSEK 120": millions
        raw.bare_dollar = raw.currency is not None and (
            (m.group("ps") == BARE_DOLLAR_SIGN and raw.start == m.start())
            or (bool(m.group("sn")) and m.group("sn").lower() in BARE_DOLLAR_NAMES and raw.end == m.end("sn")))
        out.append(raw)
    if any(r.bare_dollar for r in out):
        settle_bare_dollars(text, out, ctx.local_dollar(), wire_dollar(text, ctx.home))
    return out


#: After a day number: a word, then a year ("maja 2026", "de marzo de 2026", "février 2026")
_MONTH_YEAR_AFTER = re.compile(r"\.?\s+(?:de\s+)?([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(?:1[89]|20)\d{2}(?!\d)")


def _day_of_a_dated_month(text: str, end: int) -> bool:
    """Whether the number ending at `end` is followed by a month's name in any language CLDR
    writes (data/cldr_month_words.json) and a year: the day of a date in the masthead or text
    of a page in another language ("Środa, 20 maja 2026"), no figure. English month names are
    masked before ("4 September 2025")."""
    m = _MONTH_YEAR_AFTER.match(text, end)
    return m is not None and m.group(1).lower() in month_words_any_language()


def _rest_of_words(text: str, t, positions: Optional[list[int]], start: int, end: int) -> list:
    """The amount pattern's matches that begin in text[start:end] (the part of a run of number
    words after the number read from it), at the positions where one can begin."""
    if positions is None:
        found = []
        for m in t.amount.finditer(text, start):
            if m.start() >= end:
                break
            found.append(m)
        return found
    lo, hi = bisect.bisect_left(positions, start), bisect.bisect_left(positions, end)
    return list(finditer_at(t.amount, text, positions[lo:hi]))


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_ONE_DOT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # never "0.015": no group of thousands starts with 0
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_LETTERS = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?")
_HYPHEN_SCALE = re.compile(r"-([MBT])(?![^\W\d_])")
#: Words that only an amount follows: a qualifier of a figure, a verb of price or payment
#: ("about P60", "costs E15", "up from E10"), not a preposition a road or a name may follow
_PRICE_BEFORE = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|than|up\s+to|at\s+least|at\s+most"
    r"|(?:up|down|rising|falling|rose|fell)\s+from|costs?|costing|paid|pays?|paying|charges?|charged"
    r"|fined|worth|earns?|earning|earned)\s+$", re.I)
_SCALED_BEFORE = re.compile(r"\d(?:k|K|bn|mn|m|M|tn|b|B)[-‑]$")


def _sign_before(m, ctx: Optional[_DocCtx]) -> tuple[Optional[str], bool]:
    """The currency of a sign or code before the figure, and whether the sign is a local symbol
    ("Rp", "RM") read from the story (None when the story is about no country using it)."""
    t = _tables()
    if m.group("ps"):
        code = t.symbols.get(m.group("ps"))
        if code is not None:
            noun = t.symbol_nouns.get(m.group("ps"))
            if noun is not None and ctx is not None:
                code = ctx.national_code(noun) or code  # "Rs2.5bn" in a story about Pakistan
            elif m.group("ps") == BARE_DOLLAR_SIGN and ctx is not None:
                local = ctx.local_dollar()  # "$4.2m" in a Wellington paper; not the "($2.1m)" of "A$3.2m"
                code = local if local and not converts_from_home(ctx.text, m.start(), local) else code
            elif m.group("ps") in t.home_signs and ctx is not None:
                code = ctx.home_code(t.home_signs[m.group("ps")]) or code  # "C$" in a Managua story
            return code, False
        return (ctx.code_in_story(t.local_symbols[m.group("ps")]) if ctx is not None else None), True
    if m.group("pc"):
        return t.codes[m.group("pc")], False
    return None, False


#: A range's separator ("to", "and", "or", a dash), as parsers.numbers reads ranges.
_RANGE_SEP = r"\s*(?:[-\u2013\u2014]|\s(?:to|and|or)\s)\s*"


def _signed_range(text: str, m) -> bool:
    """Whether the figure `m` reads, glued to a sign ("RM60"), is one end of a range whose other
    end is glued to the same sign: "RM60 to RM75", "between RM60 and RM75", "RM60-RM75". A sign
    of one letter is never enough: one capital glued to digits names roads, models and classes in
    ranges too ("the R21 to R25 roads", "M4-M6")."""
    if len(m.group("ps").rstrip(".")) < 2:
        return False
    sign = re.escape(m.group("ps"))
    after = re.compile(rf"{_RANGE_SEP}{sign}\d")
    before = re.compile(rf"(?<![^\W\d_]){sign}\d[\d.,]*{_RANGE_SEP}$")
    return after.match(text, m.end("d")) is not None or before.search(text, max(0, m.start() - 24), m.start()) is not None


def _sign_after(sym: str, ctx: Optional[_DocCtx]) -> Optional[str]:
    """The currency of a sign after the figure: the table's ("15€"), or a local symbol of the
    country the story is about ("250 kr" in a story about Sweden), else None."""
    t = _tables()
    code = t.suffix_symbols.get(sym)
    if code is not None and sym in t.home_signs and ctx is not None:
        code = ctx.home_code(t.home_signs[sym]) or code  # "4,500 ¥" in a story about China
    if code is None and ctx is not None:
        code = ctx.code_in_story(t.local_symbols[sym])
    return code


@dataclass
class _Num:
    """The number a match reads, before what may follow it (a fraction word, a currency, a unit)."""
    value: Decimal
    scale: Decimal
    num_start: int
    num_end: int
    currency: Optional[str]
    words: bool
    plain: bool
    bare_letter: Optional[str] = None


def _amount(text: str, m, ctx: Optional[_DocCtx] = None) -> Optional[_Raw]:
    """The amount one match of the amount pattern reads, or None: the number (digits, or words),
    then a fraction word after it ("two thirds"), else the currency or unit after it."""
    currency, local = _sign_before(m, ctx)
    read = _digits_read(text, m, ctx, currency, local) if m.group("dn") else _words_read(text, m, currency, local)
    if not isinstance(read, _Num):
        return read  # no amount, or one complete as read (number words running on past it)
    if _compound_ordinal(text, read):
        return None
    fraction = _fraction_after(text, read)
    if fraction is not None:
        return fraction
    return _with_suffix(text, m, ctx, read, local)


def _glued_to_a_name(text: str, m, num_start: int) -> bool:
    """Digits that are part of a name: after a letter and a hyphen ('COVID-19', 'F-16', 'Su-35';
    '5k-20k' is a range), or glued to a word ("M4", "A320") with no currency sign before them."""
    if num_start >= 2 and text[num_start - 1] in "-‑" and text[num_start - 2].isalpha():
        if not _SCALED_BEFORE.search(text, max(0, num_start - 8), num_start):
            return True
    return bool(num_start and text[num_start - 1].isalpha() and not (m.group("ps") or m.group("pc")))


def _digit_value(m, d: str) -> Optional[Decimal]:
    """The value of the digits `d` with the fraction written after them ("3 1/2", "3½"); None for
    an improper written fraction ("5/4")."""
    if d in VULGAR:
        value = VULGAR[d]
    elif "/" in d:  # '1/2 mile', '3/4 cup'
        num, den = d.split("/")
        if int(num) >= int(den):
            return None
        value = Decimal(num) / Decimal(den)
    elif _DECIMAL_COMMA.fullmatch(d):
        value = Decimal(d.replace(",", "."))
    elif d.count(".") > 1:  # "1.250.000": thousands grouped by dots
        value = Decimal(dot_grouped_value(d))
    else:
        value = Decimal(re.sub(r"[,\s'’]", "", d))
    if m.group("fn"):
        value += Decimal(m.group("fn")) / Decimal(m.group("fd"))
    if m.group("vf") and d not in VULGAR:
        value += VULGAR[m.group("vf")]
    return value


def _written_scale(m, num_end: int, currency: Optional[str]) -> tuple[Decimal, int, Optional[str]]:
    """The scale written after digits (a power of ten, "bn", "k", "million"), where the number
    then ends, and a letter after the digits that is no scale here ("5G", "3D")."""
    t = _tables()
    scale = Decimal(1)
    bare_letter = None
    if m.group("exp"):  # scientific notation: the power of ten scales the mantissa
        raw_exp = m.group("e1") or m.group("e2") or m.group("e3") or m.group("e4")
        power = int(raw_exp.translate(_SUPERSCRIPT).replace("−", "-"))
        scale = Decimal(10) ** power
        num_end = m.end("exp")
    ab = m.group("ab")
    sw = m.group("sw")
    has_suffix_currency = bool(m.group("ss") or m.group("sn") or m.group("sc") or m.group("sp"))
    if ab:
        if ab in t.scale_abbrevs or ab in t.local_abbrevs:
            scale = Decimal(t.scale_abbrevs.get(ab) or t.local_abbrevs[ab])
            num_end = m.end("ab")
        elif (currency or has_suffix_currency) and ab in t.money_abbrevs:
            scale = Decimal(t.money_abbrevs[ab])
            num_end = m.end("ab")
        elif ab in t.glued_abbrevs and m.start("ab") == num_end:
            # "10M subscribers", "1.2B downloads": no unit is written so (numbers.json)
            scale = Decimal(t.glued_abbrevs[ab])
            num_end = m.end("ab")
        else:
            bare_letter = ab
    elif sw:
        whole = " ".join(sw.lower().split())
        if whole in t.foreign_scales:
            scale = Decimal(t.foreign_scales[whole])  # "mil millones": one scale in two words
        else:
            for part in sw.replace("-", " ").split():
                p = part.lower()
                scale *= Decimal(t.scale_words.get(p) or t.hundred.get(p) or t.multipliers.get(p)
                                 or t.foreign_scales.get(p) or 1)
        num_end = m.end("sw")
    return scale, num_end, bare_letter


def _glued_letters_are_no_unit(text: str, m, ctx: Optional[_DocCtx], num_end: int) -> bool:
    """Letters glued to the digits must be a unit ('10km', '46.9C'), not '21st', '1990s', '5G', '3D'."""
    t = _tables()
    tail = _LETTERS.match(text, num_end)
    ss = m.group("ss") and _sign_after(m.group("ss").strip(), ctx)  # "5G": no suffix
    if tail and not (m.group("mi") or ss or m.group("sc") or m.group("pct") or m.group("sn")):
        word = tail.group(0)
        return word not in t.attached_units and word.lower() not in t.attached_units_lower
    return False


def _digits_read(text: str, m, ctx: Optional[_DocCtx], currency: Optional[str], local: bool) -> Optional[_Num]:
    """A number written in digits, with its scale and the currency sign before it kept or dropped."""
    num_start = m.start("d")
    if _glued_to_a_name(text, m, num_start):
        return None
    d = m.group("d")
    if len(d) > MAX_NUMBER_CHARS or len(m.group("fn") or "") + len(m.group("fd") or "") > MAX_NUMBER_CHARS:
        return None  # a run of hundreds of digits is a code or noise, and no float holds it
    if len(d) > 1 and d[0] == "0" and d[1].isdigit():
        return None  # '020', '007': codes and phone numbers, not amounts
    value = _digit_value(m, d)
    if value is None:
        return None
    if ctx is not None and d.count(".") == 1 and _ONE_DOT_GROUP.fullmatch(d) and ctx.dot_thousands() and (
            currency or ctx.dot_thousands_in_text()
            or reads_as_thousands(text, num_start, m.end("d"), _tables().approximators)):
        # "3.400" in a text that groups thousands with dots; where only the story's country says
        # so, written as a count or an amount ("3.400 cubic metres", "$76.000"), not as a rate
        # ("the lira weakened to 38.125 against the dollar")
        value = Decimal(dot_grouped_value(d))
    num_end = m.end("fd") if m.group("fn") else (m.end("vf") if m.group("vf") else m.end("d"))
    digits_end = num_end
    scale, num_end, bare_letter = _written_scale(m, digits_end, currency)
    power = local_scale(text, m, ctx)  # "250 mil" in a story about Brazil, "40 tis. Kč"; not "2 bio yoghurts"
    if power is not None:
        scale, num_end, bare_letter = Decimal(power), m.end("ab"), None
    if local and currency is None and ctx is not None:
        # a figure written as money ("R46 billion", "R2.37bn", "R1,250.50") after a local sign
        # that stands for one currency wherever it is used: that currency, though the story
        # names no country ("Johannesburg", "Cape Town" are no country names)
        sole = ctx.only_currency_of(_tables().cldr_local.get(m.group("ps"), {}))
        read = _written_scale(m, digits_end, sole) if sole is not None else None
        if read is not None and (read[0] > 1 or re.search(r"[.,]\d", d)):
            currency, (scale, num_end, bare_letter) = sole, read
    ab = m.group("ab")
    sw = m.group("sw")
    if currency and scale == 1 and not ab and not sw and (hy := _HYPHEN_SCALE.match(text, num_end)):
        # "P10.4-B", "$3-M": a money figure's scale letter after a hyphen (Philippine papers' style)
        scale, num_end = Decimal(_tables().money_abbrevs[hy.group(1)]), hy.end()
    if m.group("pc") and m.end("pc") == num_start and scale == 1 and not re.search(r"[.,]", d) \
            and not (len(d) >= 3 and ctx is not None and ctx.glued_code_is_money(m.group("pc"), currency)):
        return None  # a code glued to a whole number is a name ("COP31"); "USD115m", "EUR2.5" are money
    if currency and local and m.group("ps") in _tables().money_only_signs and scale == 1 and not re.search(r"[.,]\d", d):
        currency = None  # "SF 2", "NK 3": two capitals before a small whole number are a label
    if (currency and m.group("ps") and m.group("ps").isalpha() and m.end("ps") == num_start and scale == 1
            and not re.search(r"[.,]", d)
            and not (local and (len(d) >= 3 or len(m.group("ps")) > 1) and ctx is not None
                     and ctx.writes_as_money(m.group("ps")))
            and not (local and _PRICE_BEFORE.search(text, max(0, m.start() - 24), m.start()))
            and not (local and ctx is not None and _signed_range(text, m) and ctx.writes_as_money(m.group("ps")))):
        # letters glued to a whole number are a name ("R21", "K9"); "R12m", "Rp4,500" are money,
        # and so is "K850" in a story that writes "K1,200" (the story's sign, three digits or more;
        # any whole number after a sign of two letters: "LD30" where "LD12 million" is written),
        # the story's sign after a word only an amount follows ("costs E15", "about P60"), and
        # the story's sign on both ends of a range ("RM60 to RM75" where "RM1.2 billion" is written)
        currency = None
    if m.group("ps") and (local or m.group("ps").isalpha()) and currency is None and m.end("ps") == num_start \
            and m.group("ps") not in _tables().shared_dollars:
        return None  # letters glued to digits that are no money here: a code or a name
    # (a dollar sign several countries share, "B$60" in a story about none of them: a figure of
    # an unknown dollar, read without its sign)
    value *= scale
    if sw:  # "3 million and a half"
        tail = add_fraction_tail(text, num_end + 1, value, scale) if text[num_end:num_end + 1] == " " else None
        if tail is not None:
            value, num_end = tail
    if not sw and (not ab or bare_letter) and _glued_letters_are_no_unit(text, m, ctx, num_end):
        if scale == 1 and not currency and _fahrenheit_beside_celsius(text, num_start, num_end):
            return _Raw(start=num_start, end=num_end + 1, num_start=num_start, num_end=num_end, value=value,
                        currency=None, unit="degree fahrenheit", words=False, plain=False, scale=scale)
        return None
    plain = d.isdigit() and not m.group("fn") and not m.group("vf") and scale == 1 and not ab
    return _Num(value=value, scale=scale, num_start=num_start, num_end=num_end, currency=currency, words=False,
                plain=plain, bare_letter=bare_letter)


#: A temperature in Celsius and the bracket that opens its conversion: "41.5C (", "40°C ("
_CELSIUS_BEFORE = re.compile(r"\d(?:[.,]\d+)?\s?°?C\s*[(\[]\s*-?$")
#: A bracketed conversion into Celsius right after: " (40C)", " (-4°C)"
_CELSIUS_AFTER = re.compile(r"\s*[(\[]\s*[-−]?\d+(?:[.,]\d+)?\s?°?C\b")


def _fahrenheit_beside_celsius(text: str, num_start: int, num_end: int) -> bool:
    """"106.7F" in "41.5C (106.7F)" or "104F (40C)": a Fahrenheit figure written with a bare F
    beside its Celsius conversion (British and Australian papers' style). Alone, a glued F is
    no unit ("13F filings", "a Boeing 777F")."""
    if text[num_end:num_end + 1] != "F" or _LETTERS.match(text, num_end + 1) or text[num_end + 1:num_end + 2].isdigit():
        return False
    return bool(_CELSIUS_BEFORE.search(text, max(0, num_start - 24), num_start)
                or _CELSIUS_AFTER.match(text, num_end + 1))


#: The word that opens a range before its first end: "between forty and sixty", "from five to six"
_RANGE_OPENS = re.compile(r"\b(?i:between|from)\s+$")


def _words_read(text: str, m, currency: Optional[str], local: bool) -> Union[None, _Raw, _Num]:
    """A number written in words ("two hundred", "a dozen"); an amount complete as read when the
    words run on past the number (no suffix belongs to it then)."""
    t = _tables()
    w = m.group("w")
    range_start = _RANGE_OPENS.search(text, max(0, m.start("w") - 12), m.start("w")) is not None
    parsed = _parse_words(w, range_start)
    offset = 0
    if parsed is None:
        lead = re.match(r"(?i)(?:a|an)\s+", w)  # "a two-year contract": the article is not part of it
        if lead:
            offset = lead.end()
            parsed = _parse_words(w[offset:], range_start)
    if parsed is None:
        return None
    value, length = parsed
    if local and m.group("ps").isalpha():
        currency = None  # "R five": letters before a number word are no currency sign
    num_start = m.start("w") + offset
    num_end = num_start + length
    # trim trailing spaces/hyphens the word parser kept
    while num_end > num_start and text[num_end - 1] in " -\t\n":
        num_end -= 1
    scale = Decimal(1)
    if num_end != m.end("w"):
        # the words ran on past the number: no suffix belongs to it, but a compound ordinal may
        # (the number words "three twenty" were read as far as "three twenty-fifths" is a number)
        fraction = _fraction_after(text, _Num(value=value, scale=Decimal(1), num_start=num_start,
                                              num_end=num_end, currency=None, words=True, plain=False))
        if fraction is not None and not currency:
            return fraction
        return _Raw(
            start=m.start() if currency else num_start, end=num_end, num_start=num_start,
            num_end=num_end, value=value, currency=currency, unit=None, words=True, plain=False,
            scale=scale,
        )
    for pattern, mult in t.scale_word_patterns:
        if pattern.search(w):
            scale = Decimal(mult)
    return _Num(value=value, scale=scale, num_start=num_start, num_end=num_end, currency=currency, words=True,
                plain=False)


_HYPHEN_WORD = re.compile(r"[-‑](?P<w>[^\W\d_]+)\b")


def _compound_ordinal(text: str, n: _Num) -> bool:
    """A ten joined by a hyphen to the ordinal of a unit is one ordinal word, no number ("the
    sixty-third congress", "its forty-first season")."""
    if not n.words:
        return False
    after = _HYPHEN_WORD.match(text, n.num_end)
    words = re.findall(r"[^\W\d_]+", text[n.num_start:n.num_end])
    return bool(after and words and words[-1].lower() in TENS
                and ORDINAL_WORDS.get(after.group("w").lower(), 10) < 10)


def _fraction_after(text: str, n: _Num) -> Optional[_Raw]:
    """"two thirds", "three-quarters", "eleven fifths": a fraction, not a count of thirds ("two
    millionth" is an ordinal); "two thirds of a million" scales it. None when no fraction word
    follows. A fraction of one or more is read only with an ordinal ("seven fifths" 1.4): "five
    quarters" and "both halves" are the periods of a year or a match."""
    t = _tables()
    value, scale = n.value, n.scale
    den = t.denominator_after.match(text[n.num_end:n.num_end + 30])
    word = den.group("den").lower() if den else ""
    if not (den and scale == 1 and 0 < value
            and (value < t.denominators[word]
                 or (word in ORDINAL_DENOMINATORS and value == value.to_integral_value()))
            and (value == 1 or word[-1:] == "s")):
        return None
    value = value / Decimal(t.denominators[den.group("den").lower()])
    num_end = end = n.num_end + den.end()
    sc = t.of_a_scale.match(text, num_end)
    if sc is not None:  # "two thirds of a million"
        value *= Decimal(t.scale_words[sc.group("s").lower()])
        num_end = end = sc.end()
        scale = Decimal(t.scale_words[sc.group("s").lower()])
    return _Raw(start=n.num_start, end=end, num_start=n.num_start, num_end=num_end, value=value,
                currency=n.currency, unit=None, words=n.words, plain=False, scale=scale)


#: A currency's name joined to the figure by a preposition ("millions d'euros", "millones de
#: pesos"): read only after a scale word ("40 of the pesos" is no sum).
_JOINED = re.compile(r"\s+(?:(?:of|de)\s|d['’])", re.IGNORECASE)


def _with_suffix(text: str, m, ctx: Optional[_DocCtx], n: _Num, local: bool) -> _Raw:
    """The amount with what follows the number: a percent sign, a currency sign, name or code, or
    a minor unit ("79 cents" is USD 0.79, or the cents of the euro amounts the document gives)."""
    t = _tables()
    value, scale, currency, num_end = n.value, n.scale, n.currency, n.num_end
    end = num_end
    unit = None
    is_minor = False
    per = Decimal(1)
    # "$180m tala", "$500 pesos": the currency named after the figure says which of the currencies
    # written "$" it is (the sign's default, else)
    sign_default = currency if currency and m.group("sn") and m.group("ps") == BARE_DOLLAR_SIGN and (
        form_key(m.group("sn")) not in BARE_DOLLAR_NAMES) else None
    currency = None if sign_default else currency
    if m.group("pct"):
        unit = "percent"
        end = m.end("pct")
    elif m.group("ss") and not currency:
        sym = m.group("ss").strip()
        currency = _sign_after(sym, ctx)
        if currency:
            end = m.end("ss")
            if sym.endswith(".") and sym[:-1] in t.local_symbols:
                end -= 1  # "kr." and "kr" are one sign: the full stop is the sentence's
    elif m.group("sn") and not currency and (scale > 1 or not _JOINED.match(text, num_end)):
        key = form_key(m.group("sn"))
        code = t.names.get(key)
        noun = t.noun_of_form.get(key)
        weight = key in ("pound", "pounds") and scale == 1 and not (
            ctx is not None and pounds_are_money(text, m.start(), m.end("sn"), value, lambda: (
                # a story about a country whose pound is its money (Egypt, Lebanon, Sudan: metric
                # countries) writes a bare "pounds" of money, as a British one that writes "£" does
                ctx.pound_doc() or (ctx.national_code(noun) or "GBP") != "GBP")))
        if weight:
            code = None  # "the parcel weighed 8 pounds", in a story about Egypt too
        elif noun in t.by_document and ctx is not None:
            # "2bn rupees" in an article about Sri Lanka; "850 pounds" in one about Egypt;
            # "escudos", the one escudo in use, anywhere
            code = ctx.national_code(noun) or (
                None if noun in t.story_nouns else ctx.only_currency_of(t.national[noun])) or code
        elif key in BARE_DOLLAR_NAMES and ctx is not None:
            local = ctx.local_dollar()  # "500 dollars" in a Honiara paper; a Mexican one's are US dollars
            code = local if local in dollar_codes() else code
        if not code and not weight and (scale > 1 or key in ("pound", "pounds")):
            code = t.scale_names.get(key)  # "2 billion won" is money in any story; pounds of money GBP
        if code:
            currency = code
            end = m.end("sn")
    elif m.group("sp") and not currency and scale > 1:
        currency = t.scale_names[m.group("sp").lower()]
        end = m.end("sp")
    elif (m.group("sp") and not currency and m.group("sp").lower() in ("pound", "pounds")
          and ctx is not None and pounds_are_money(text, m.start(), m.end("sp"), value, ctx.pound_doc)):
        currency = t.scale_names[m.group("sp").lower()]
        end = m.end("sp")
    elif m.group("sc") and not currency:
        currency = t.codes[m.group("sc")]
        end = m.end("sc")
    elif m.group("mn") and not currency:
        # "9 U.S. cents": the minor unit of the currency of the country named before it
        currency, units = t.minor_names[form_key(m.group("mn"))]
        end = m.end("mn")
        per = Decimal(units)
        value = value / per
        is_minor = True
    elif m.group("mi") and not currency:
        unit = t.minor[m.group("mi").lower()]
        if m.group("mi").lower() == "p" and text[num_end:num_end + 1] == " ":
            unit = None  # "20 p" is too ambiguous
        else:
            end = m.end("mi")
            minor = t.minor_of.get(unit)
            currency = None if minor is None else \
                ctx.currency_near(m.start(), minor) if ctx is not None else minor["default"]
            if currency is not None:
                # "79 cents" is USD 0.79 (or the cents of the euro amounts the document gives);
                # a unit of no default currency with none near ("10 centimes") stays a counted unit
                per = Decimal(minor_per(minor, currency))
                value = value / per
                unit = None
                is_minor = True
    currency = currency or sign_default
    if currency is None and unit is None and ctx is not None and RATE_AFTER.match(text, end):
        currency = rate_currency(text, n.num_start, ctx.national_code)  # "the cedi ... at 10.9 per dollar"
    start = m.start() if ((m.group("ps") and not (local and currency is None)) or m.group("pc")) else n.num_start
    plain = n.plain and not currency and not unit
    return _Raw(
        start=start, end=end, num_start=n.num_start, num_end=num_end, value=value,
        currency=currency, unit=unit, words=n.words, plain=plain, scale=scale, bare_letter=n.bare_letter,
        minor=is_minor, per=per,
    )


def _apply_signs(text: str, raws: list[_Raw]) -> None:
    """'-5', 'minus 5', '-15€': a sign before the number, unless the dash joins a range ('5 - 10')
    or the minus is half of a margin ('plus or minus 3 points')."""
    t = _tables()
    prev_end = -1
    for r in raws:
        if r.start == r.num_start and not t.margin_before.search(text, max(0, r.start - 20), r.start):
            neg = t.neg_before.search(text, max(0, r.start - 10), r.start)
            if neg is not None:
                sign = neg.group("sign") is not None
                joins = sign and prev_end >= 0 and not text[prev_end:neg.start()].strip()
                if not joins:
                    r.value = -r.value
                    r.start = neg.start()
                    r.plain = False
        prev_end = r.end
