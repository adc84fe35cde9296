"""Number words to values: "twenty-six", "one hundred and six", "two and a half million",
"half a million", "a dozen" (the longest valid prefix of a run of number words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from .number_tables import _tables


#: What one number word did to the reading (`_step`): a tuple instead is the whole number, read.
_NEXT = "next"  # a word waiting for the next one ("a", "and", "half a"): its position already passed
_READ = "read"  # a number word read: the number so far is a candidate, unless something waits
_STOP = "stop"  # no number word here, or none that can follow: the best reading stands


@dataclass
class _Reading:
    """The state of reading a run of number words left to right."""
    text: str
    toks: list  # (word as written, its end)
    total: Decimal = Decimal(0)
    current: Decimal = Decimal(0)
    best: Optional[tuple[Decimal, int]] = None
    last: Optional[str] = None  # kind of the last number word: unit, teen, ten, hundred, scale, mult, frac
    pending_a: bool = False  # "a"/"an" waiting for hundred/scale/dozen
    pending_frac: Optional[Decimal] = None  # "half a" waiting for a scale
    seen_number: bool = False
    scale_of_last: Decimal = Decimal(1)  # the last scale word read ("million"): "and a half" is half of it
    and_base: Optional[Decimal] = None  # the number so far where "and" was read: "and two dozen" is 24 more
    i: int = 0
    #: the first end of a range ("between forty and sixty thousandths"): "and" and a number after
    #: it begin the other end, never a fractional part ("and a half" still is one)
    range_start: bool = False


def _parse_words(text: str, range_start: bool = False) -> Optional[tuple[Decimal, int]]:
    """Value of the longest valid number-word prefix of `text`, and its length in characters;
    `range_start`: the words follow "between" or "from" (see `_Reading.range_start`)."""
    t = _tables()
    r = _Reading(text, [(m.group(0), m.end()) for m in t.word_token.finditer(text)], range_start=range_start)
    while r.i < len(r.toks):
        raw, end = r.toks[r.i]
        step = _step(r, t, re.sub(r"\s+", " ", raw.lower()), raw, end)
        if step == _STOP:
            break
        if isinstance(step, tuple):
            return step
        if step == _READ:
            if not r.pending_a and r.pending_frac is None:
                r.best = (r.total + r.current, end)
            r.i += 1
    return r.best


def _step(r: _Reading, t, w: str, raw: str, end: int):
    """Read the word `w` (lower case, one space) ending at `end`."""
    if w in ("a", "an"):
        if r.last in (None,) and not r.pending_a and not r.seen_number:
            r.pending_a = True
            r.i += 1
            return _NEXT
        return _STOP
    if w == "and":
        tail = _fraction_tail(r.text, end - len(raw), r.last, r.total + r.current, r.scale_of_last)
        if tail is not None and r.range_start and not re.match(r"(?i)and\s+an?\b", r.text[end - len(raw):]):
            tail = None  # "between forty and sixty thousandths": the range's other end
        if tail is not None:
            return tail
        if r.last in ("hundred", "scale", "unit", "ten", "teen") and r.i + 1 < len(r.toks):
            r.and_base = r.current
            r.i += 1
            return _NEXT
        return _STOP
    if w.startswith("a ") or w in t.fractions:
        return _fraction_word(r, t, w, end)
    if w in t.units or w in t.tens:
        return _unit_or_ten(r, t, w)
    if w in t.hundred:
        return _hundred(r)
    if w in t.multipliers:
        return _multiplier(r, t, w, end)
    if w == "point":
        return _point(r, t, end)
    if w in t.scale_words:
        return _scale(r, t, w)
    return _STOP


def _fraction_word(r: _Reading, t, w: str, end: int) -> str:
    """"two and a half"; "half a million", "a quarter of a million" (the fraction waits for its scale)."""
    f = Decimal(str(t.fractions[w.split()[-1]]))
    if w.startswith("a ") and r.last in ("unit", "teen", "ten"):  # "two and a half"
        r.current += f
        r.last = "frac"
        r.best = (r.total + r.current, end)
        r.i += 1
        return _NEXT
    if r.last is None and not r.seen_number:  # "half a million", "a quarter of a million"
        r.pending_frac = f
        r.pending_a = False
        r.i += 1
        # swallow "a"/"an"/"of a"
        while r.i < len(r.toks) and r.toks[r.i][0].lower() in ("a", "an"):
            r.i += 1
        return _NEXT
    return _STOP


def _unit_or_ten(r: _Reading, t, w: str) -> str:
    val = t.units.get(w, t.tens.get(w))
    kind = "ten" if w in t.tens else ("teen" if val >= 10 else "unit")
    if r.pending_a or r.pending_frac is not None:
        return _STOP
    if r.last in ("unit", "teen", "ten") and not (r.last == "ten" and kind == "unit"):
        return _STOP
    if r.last == "frac":
        return _STOP
    r.current += Decimal(val)
    r.last = kind
    r.seen_number = True
    return _READ


def _hundred(r: _Reading) -> str:
    if r.last not in (None, "unit", "teen", "ten") or r.pending_frac is not None:
        return _STOP
    if r.last is None and not r.pending_a:
        return _STOP  # a bare "hundred" is not a number
    if r.current >= 100:
        return _STOP
    r.current = (r.current or Decimal(1)) * 100
    r.last = "hundred"
    r.pending_a = False
    r.seen_number = True
    return _READ


def _multiplier(r: _Reading, t, w: str, end: int) -> str:
    """"a dozen", "three dozen", "two hundred dozen": nothing follows it in a number. After "and"
    it multiplies only what "and" adds ("three hundred and two dozen" is 300 and 24)."""
    if r.last is None and not r.pending_a and r.pending_frac is None:
        return _STOP
    if r.last not in (None, "unit", "teen", "ten", "hundred"):
        return _STOP
    base = r.pending_frac if r.pending_frac is not None else (r.current or Decimal(1))
    if r.and_base is not None and r.pending_frac is None:
        r.current = r.and_base + (r.current - r.and_base) * t.multipliers[w]
    else:
        r.current = base * t.multipliers[w]
    r.pending_a = False
    r.pending_frac = None
    r.last = "mult"
    r.seen_number = True
    r.best = (r.total + r.current, end)
    r.i += 1
    return _STOP


def _point(r: _Reading, t, end: int) -> str:
    """Spoken decimals: "two point five", "one point seven five million", "nought point nought
    four"; after the point a teen or a ten is read as its digits, as it is said ("point eleven"
    .11, "point seventy-five" .75)."""
    if r.last not in ("unit", "teen", "ten", "hundred") or r.total or r.pending_a or r.pending_frac is not None:
        return _STOP
    toks = r.toks
    digits, j, stop = "", r.i + 1, end
    while j < len(toks) and t.units.get(toks[j][0].lower(), 10) <= 9:
        digits += str(t.units[toks[j][0].lower()])
        stop = toks[j][1]
        j += 1
    if not digits and j < len(toks):
        digits, stop, j = _two_digits_after_point(r, t, j, stop)
    if digits:
        value = r.current + Decimal("0." + digits)
        if j < len(toks) and toks[j][0].lower() in t.scale_words:
            value *= Decimal(t.scale_words[toks[j][0].lower()])
            stop = toks[j][1]
        r.best = (value, stop)
    return _STOP


def _two_digits_after_point(r: _Reading, t, j: int, stop: int) -> tuple[str, int, int]:
    """The digits of a teen ("eleven") or a ten with its unit ("seventy-one", "seventy one") at
    token `j` after "point", their end and the next token; ("", stop, j) when none is there."""
    w = r.toks[j][0].lower()
    value = t.tens.get(w, t.units.get(w, 0))
    if not 10 <= value <= 99:
        return "", stop, j
    stop, j = r.toks[j][1], j + 1
    if w in t.tens and j < len(r.toks) and re.fullmatch(r"[\s-]", r.text[stop:stop + 1] or "x") \
            and 1 <= t.units.get(r.toks[j][0].lower(), 0) <= 9 and r.toks[j][1] - len(r.toks[j][0]) == stop + 1:
        value += t.units[r.toks[j][0].lower()]
        stop, j = r.toks[j][1], j + 1
    return str(value), stop, j


def _scale(r: _Reading, t, w: str) -> str:
    scale = Decimal(t.scale_words[w])
    if r.last is None and not r.pending_a and r.pending_frac is None:
        return _STOP
    if r.last == "scale":
        if r.total and r.total < scale and scale > r.scale_of_last:
            # "three lakh crore", "two thousand million": a scale of a scaled figure multiplies it
            r.total *= scale
            r.scale_of_last = scale
            return _READ
        return _STOP
    base = r.pending_frac if r.pending_frac is not None else (r.current or Decimal(1))
    if r.total and r.total <= base * scale:
        return _STOP
    r.total += base * scale
    r.scale_of_last = scale
    r.current = Decimal(0)
    r.pending_a = False
    r.pending_frac = None
    r.last = "scale"
    r.seen_number = True
    return _READ


def _fraction_tail(text: str, pos: int, last: Optional[str], value: Decimal,
                   scale: Decimal) -> Optional[tuple[Decimal, int]]:
    """'and a half', 'and three fifths' at `pos`, after a whole number: the number with its
    fractional part and its end, or None. After a scale word the fraction is of that scale
    ("a million and a half" 1,500,000; "five billion and three quarters" 5,750,000,000); after
    units, tens or hundreds it is added ("twenty and three fifths" 20.6)."""
    if last not in ("unit", "teen", "ten", "hundred", "scale"):
        return None
    found = add_fraction_tail(text, pos, value, scale if last == "scale" else Decimal(1))
    if found is None or last == "scale":
        return found
    # "one and a half million", "two and three quarters billion": the scale applies to it all
    m = _SCALE_AFTER.match(text, found[1])
    if m is not None and m.group(1).lower() in _tables().scale_words:
        return found[0] * Decimal(_tables().scale_words[m.group(1).lower()]), m.end()
    return found


_SCALE_AFTER = re.compile(r"[\s-]+([A-Za-z]+)\b")


def add_fraction_tail(text: str, pos: int, value: Decimal, scale: Decimal) -> Optional[tuple[Decimal, int]]:
    """`value` plus the fraction (of `scale`) written at `pos` ("and a quarter"), and its end."""
    t = _tables()
    m = t.fraction_tail.match(text, pos)
    if m is None:
        return None
    num = m.group("num").lower()
    # "a", "three", "fifty-four": the words of the numerator added up
    n = Decimal(1) if num in ("a", "an") else Decimal(sum(t.units.get(w, t.tens.get(w, 0)) for w in re.split(r"[\s-]+", num)))
    den = Decimal(t.denominators[m.group("den").lower()])
    if n >= den:
        return None  # "and three halves": not a fractional part
    return value + n / den * scale, m.end()

