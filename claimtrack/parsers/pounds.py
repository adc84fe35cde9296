"""Whether "pounds" after a number is money (GBP) or weight: read from what follows and the
sentence's cue words (data/currencies.json `pound_rule`)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Optional

from .number_tables import _tables

_WORD = re.compile(r"[A-Za-z]+")
_OF_NOUN = re.compile(r"\s+of\s+(?:\w+\s+){0,2}?(?P<n>[A-Za-z]+)")
_PER_NOUN = re.compile(r"\s+(?:a|an|per|each|every)\s+(?P<n>[A-Za-z]+)\b", re.I)


def _per_act(text: str, end: int) -> bool:
    """'pounds a ride', 'pounds per visit': the amount is paid for each act or event (the noun's
    most frequent WordNet sense is one, wordnet_nouns.names_happening), a price."""
    m = _PER_NOUN.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    from ..wordnet_nouns import names_happening
    from .lexicon import singular

    return names_happening(singular(m.group("n").lower()), 1)


def pounds_are_money(text: str, start: int, end: int, value: Decimal, pound_doc: Callable[[], bool]) -> bool:
    """'pounds' after a number with no scale word: money (GBP) or weight? (data/currencies.json
    pound_rule) 'pounds of <noun>' is weight unless the noun is money ('pounds of taxpayers' money');
    'pounds a ride' (an act or event after a/per) is a price; else the nearest cue word in the
    sentence decides; else a document that writes £/sterling/GBP
    (`pound_doc()`) means money; else money from 1,000 up."""
    t = _tables()
    of = _OF_NOUN.match(text, end, min(len(text), end + 60))
    if of is not None:
        return of.group("n").lower() in t.pound_money
    if _per_act(text, end):
        return True  # "1.50 pounds a ride", "two pounds per visit": a price for each use
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
    if pound_doc():
        return True
    return value >= t.pound_money_from
