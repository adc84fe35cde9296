"""A negation whose focus is a final adjunct of manner, not the act: "the clinic will not treat
patients free of charge" denies that the treating is free, and says the clinic treats patients;
"the fee was not paid on time" says it was paid, late. English puts the focus of a negation on the
last item of its clause, and an adjunct there takes it (Quirk et al. 1985, 10.64-10.65, focus of
negation: "I didn't pay in full" presupposes the paying). So the act itself, reported by the
other side without that adjunct ("the clinic treated its first patients in May"), is not
contradicted. The adjuncts: data/polarity.json 'focus_adjuncts' (of price, completeness and
time-keeping), and an adverb of manner or time derived from an adjective that ends the clause
("the yard had not been sold cheaply": data/manner_adverbs.json, WordNet's pertainyms less the
disjuncts)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...text import pattern
from ..mention import Mention


@lru_cache(maxsize=1)
def _adjuncts() -> re.Pattern:
    from ...tables import load_json

    phrases = sorted(load_json("polarity.json")["focus_adjuncts"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b", re.IGNORECASE)


def _adjunct(text: str) -> Optional[str]:
    found = _adjuncts().search(text)
    return re.sub(r"\s+", " ", found.group(0).lower()) if found else None


@lru_cache(maxsize=1)
def _adverbs() -> dict:
    """Adverb -> the adjectives it is derived from (data/manner_adverbs.json)."""
    from ...tables import load_json

    return {a: tuple(bases) for a, bases in load_json("manner_adverbs.json")["adverbs"].items()}


def _final_adverb(text: str) -> Optional[str]:
    """The adverb of manner or time that ends the clause ("... sold cheaply"), else None."""
    words = re.findall(r"[A-Za-z]+", text)
    return words[-1].lower() if words and words[-1].lower() in _adverbs() else None


def adjunct_focus(a: Mention, b: Mention) -> Optional[str]:
    """Why a negative clause and a positive one of one act do not contradict each other: the
    negative one ends on an adjunct of manner the positive one does not say ("free of charge", "in
    full", "on time"), on which its negation bears. None otherwise (the same adjunct on both
    sides, "will not be paid in full" / "will be paid in full", leaves the conflict)."""
    neg, pos = (a, b) if a.frame.polarity == "negative" else (b, a)
    if neg.frame.polarity != "negative" or pos.frame.polarity == "negative":
        return None
    said = _adjunct(neg.text)
    if said is None:
        said = _final_adverb(neg.text)
        # the other side says it too, as the adverb or its adjective ("sell the rights separately"
        # / "sell them to a separate bidder"): the negation is of the same manner, still a conflict
        if said is None or any(pattern(rf"\b{re.escape(w)}\b", re.IGNORECASE).search(pos.text)
                               for w in (said, *_adverbs()[said])):
            return None
    elif _adjunct(pos.text) is not None:
        return None
    side = "A" if neg is a else "B"
    return f"the negation in {side} bears on its adjunct ('{said}'), which the other side does not say, not on the act"
