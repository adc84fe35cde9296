"""Exchange rates: "18.4 to the dollar", "10.9 per dollar" are priced in the currency the
sentence names before them, not in the one after "to"/"per" (moved from parsers/amounts.py)."""

from __future__ import annotations

import re
from typing import Callable, Optional

from .number_tables import _tables

#: "18.4 to the dollar", "10.9 per dollar": an exchange rate, the price of one unit of another
#: currency in the currency the sentence names ("against the dollar" is left: "the euro at 1.09
#: against the dollar" gives dollars).
RATE_AFTER = re.compile(r"\s+(?:to|per)\s+(?:the\s+|one\s+|a\s+|each\s+)?(?:(?:US|U\.S\.)\s+)?"
                         r"(?P<base>dollar|euro|pound|yen|yuan)\b", re.I)
_NAME_WORD = re.compile(r"[^\W\d_]+")


def rate_currency(text: str, start: int, national_code: Callable[[str], Optional[str]]) -> Optional[str]:
    """The currency an exchange rate's figure is in: the nearest currency its sentence names
    before it ("The rand traded at about 18.4 to the dollar": the story's rand) other than the
    one it is priced in; None when the sentence names none. `national_code`: the document's
    reading of a currency noun several countries use (amounts._DocCtx.national_code)."""
    t = _tables()
    rate = RATE_AFTER.search(text, start)
    base = t.names.get(rate.group("base").lower()) if rate is not None else None
    lo = max(0, start - 160)
    for ch in ".!?\n":
        lo = max(lo, text.rfind(ch, lo, start) + 1)
    words = [(w.start(), w.group(0).lower()) for w in _NAME_WORD.finditer(text, lo, start)]
    for i in range(len(words) - 1, -1, -1):
        code = None
        for key in ([f"{words[i - 1][1]} {words[i][1]}"] if i else []) + [words[i][1]]:
            noun = t.noun_of_form.get(key)
            code = (national_code(noun) if noun in t.by_document else None) or t.names.get(key)
            if code:
                break
        if code and code != base:  # "the cedi, steady against the dollar, at 15.2 per dollar"
            return code
    return None
