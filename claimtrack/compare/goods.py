"""The good a price is of ("a litre of diesel", "the price of rice", "Maize sells for"): two
prices of different goods are two facts, whatever the unit and however alike the sentences
("Diesel costs $3.10 a litre" / "petrol costs $2.75 a litre"). Read from the clause's words and
its frame (data/figure_standing.json price_nouns and the verbs of costing), never the values.
compare.standing keeps the good on a figure's Standing; `two_goods` tells two apart."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from ..parsers.lexicon import (ARTICLES_DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIER_DETERMINERS,
                               singular)
from ..parsers.numbers import parse_number
from ..tables import load_json
from ..text import pattern
from .context import STOP_WORDS, stem
from .units import same_noun


class _Cues(NamedTuple):
    price_of: re.Pattern
    made: re.Pattern
    price_verbs: frozenset
    time_nouns: frozenset
    currencies: frozenset


#: Words before a noun that make it one thing, not a kind: articles, demonstratives, possessives
#: and quantifiers (Quirk et al. 5.10-5.25, determiners).
_DETERMINERS = ARTICLES_DEMONSTRATIVES | POSSESSIVE_DETERMINERS | QUANTIFIER_DETERMINERS


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    t = load_json("figure_standing.json")
    names = {w for n in load_json("currencies.json")["names"] for w in n.lower().split()}
    return _Cues(
        # "the price of a litre of diesel", "the fare for a bus ticket": a noun of price and what it is of
        price_of=re.compile(rf"\b(?:{'|'.join(map(re.escape, t['price_nouns']))})s?\s+(?:of|for)\s+"
                            r"(?:(?:the|a|an|one)\s+)?([^\W\d_][\w’'-]*)", re.IGNORECASE),
        # "costs growers 900 rupees a kilo to produce": "to" and a verb of making after the amount
        made=re.compile(rf"^[^.;:!?\"“”]{{0,50}}?\bto\s+(?:{'|'.join(map(re.escape, t['making_verbs']))})\b",
                        re.IGNORECASE),
        price_verbs=frozenset(t["unit_price_verbs"]) | frozenset(t["unit_price_intransitive_verbs"]),
        time_nouns=frozenset(t["time_nouns"]),
        # names of currencies ("yen", "pesos"): never a good ("cost 4.7 billion yen ($31 million)")
        currencies=frozenset(names | {w[:-1] for w in names if w.endswith("s")}),
    )


def good_priced(clause: str, frame, unit: Optional[str]) -> Optional[str]:
    """The good an amount of money is the price of: the noun after "of" on its unit ("$3 for a
    litre of diesel", "A kilo of rice sells for"), the noun after "of" or "for" on a noun of price
    ("the price of diesel rose to", "the price of a kilo of rice"), else the subject or object of
    a verb of costing or selling that the frame reads as what the amount sizes, when it is a
    generic noun with no determiner ("Diesel costs $3", Quirk et al. 5.26-5.28) or names its good
    after "of" ("A sack of maize sells for"); None when nothing names one. A definite thing that
    costs something ("The bridge cost $4bn", "the repairs will cost") is one object, which two
    reports may name in two words, never a good; nor is what "the cost of" names. The first word
    after "of" is read, as a short noun phrase's head is hard to tell from the verb after it
    without the parse ("the price of diesel rose"): `two_goods` compares them."""
    c = _cues()
    if unit and unit.isalpha():
        good = _of_after(clause, unit)
        if good:
            return good
    m = c.price_of.search(clause)
    if m:
        head = _first_noun(m.group(1))
        return (_of_after(clause, head) or head) if head and head != unit and head not in c.time_nouns else None
    measured = getattr(frame, "measured", None)
    if not (measured and measured.isalpha() and getattr(frame, "predicate", None) in c.price_verbs) \
            or measured in c.time_nouns or measured in c.currencies:
        return None
    good = _of_after(clause, measured) or (measured if _generic(clause, measured) else None)
    return good if good != unit else None


def two_goods(a, b) -> str:
    """Why two prices are of two goods ("Diesel costs $3.10 a litre", "petrol costs $2.75 a
    litre"): each figure's standing names its good and neither side's clause names the other's
    ("refined kerosene" and "kerosene" stay one good); "" otherwise. `a`, `b`: compare.mentions
    Mentions."""
    ga, gb = a.standing.good, b.standing.good
    if not ga or not gb or ga == gb or same_noun(ga, gb):
        return ""
    if stem(ga) in b.ctx.clause | b.ctx.near or stem(gb) in a.ctx.clause | a.ctx.near:
        return ""
    return f"A prices {ga}, B {gb}"


def _generic(clause: str, noun: str) -> bool:
    """The noun stands in the clause with no determiner, possessive or figure in the two words
    before it ("Diesel costs", "in Port Avel petrol sells"): a mass noun or a bare plural names a
    kind of thing; "the repairs", "its 650-kilogram satellite" name one."""
    m = pattern(rf"\b{re.escape(noun)}\w*\b", re.IGNORECASE).search(clause)
    if m is None:
        return False
    for w in clause[:m.start()].split()[-2:]:
        low = w.lower()
        if low in _DETERMINERS or low.endswith(("'s", "’s")) or parse_number(low) is not None \
                or any(ch.isdigit() for ch in low):
            return False
    return True


def _first_noun(word: str) -> Optional[str]:
    low = word.lower().strip("’'")
    return None if low in STOP_WORDS or not low.replace("-", "").isalpha() else singular(low)


def _of_after(clause: str, noun: str) -> Optional[str]:
    """The first word after "<noun> of" in the clause ("a litre of diesel": diesel)."""
    m = pattern(rf"\b{re.escape(noun)}(?:e?s)?\s+of\s+(?:(?:the|a|an)\s+)?([^\W\d_][\w’'-]*)", re.IGNORECASE).search(clause)
    return _first_noun(m.group(1)) if m else None


def _cost_of_making(m) -> bool:
    """An amount a verb of costing says making or running something takes ("it costs growers about
    900 rupees a kilo to produce", "costs $3 a litre to refine"): data/figure_standing.json
    making_verbs after "to"."""
    f = m.frame
    if not getattr(m.measure, "currency", None) or f is None or f.predicate not in _cues().price_verbs:
        return False
    return bool(_cues().made.match(m.claim.text[max(0, m.end - m.claim.start):]))


def _price(m) -> bool:
    """An amount a thing sells for: stated with a verb of selling ("sold at", "fetches"; not "cost",
    which also states what making a thing took: "the probe had cost the agency $48 million")
    or as the price of one unit."""
    f = m.frame
    verb = f.predicate if f is not None else None
    return verb != "cost" and (verb in _cues().price_verbs or m.standing.unit is not None)


def cost_and_price(a, b) -> str:
    """Why two amounts are two facts: one is what making a thing costs, the other what it sells for
    ("costs growers 900 rupees a kilo to produce" / "sold at 840 rupees a kilo"); "" otherwise.
    `a`, `b`: compare.mentions Mentions."""
    if _cost_of_making(a) and _price(b):
        return "A is what making it costs, B a price"
    if _cost_of_making(b) and _price(a):
        return "B is what making it costs, A a price"
    return ""
