"""Number words to values: "twenty-six", "one hundred and six", "two and a half million",
"half a million", "a dozen" (the longest valid prefix of a run of number words).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from .number_tables import _tables


def _parse_words(text: str) -> Optional[tuple[Decimal, int]]:  # noqa: C901 (complexity debt, see pyproject.toml)
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
    scale_of_last = Decimal(1)  # the last scale word read ("million"): "and a half" is half of it
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
            tail = _fraction_tail(text, end - len(raw), last, total + current, scale_of_last)
            if tail is not None:
                return tail
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
        elif w == "point":
            # spoken decimals: "two point five", "one point seven five million"
            if last not in ("unit", "teen", "ten", "hundred") or total or pending_a or pending_frac is not None:
                break
            digits, j, stop = "", i + 1, end
            while j < len(toks) and t.units.get(toks[j][0].lower(), 10) <= 9:
                digits += str(t.units[toks[j][0].lower()])
                stop = toks[j][1]
                j += 1
            if digits:
                value = current + Decimal("0." + digits)
                if j < len(toks) and toks[j][0].lower() in t.scale_words:
                    value *= Decimal(t.scale_words[toks[j][0].lower()])
                    stop = toks[j][1]
                best = (value, stop)
            break
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
            scale_of_last = scale
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
    n = Decimal(1) if num in ("a", "an") else Decimal(t.units[num])
    den = Decimal(t.denominators[m.group("den").lower()])
    if n >= den:
        return None  # "and three halves": not a fractional part
    return value + n / den * scale, m.end()

