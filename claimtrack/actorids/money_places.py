"""The countries a text's money names: an amount in a currency one country issues (plain data).

News states money in the currency of the country it is about ("₩10,640", "NZ$610m", "3,000
tenge"), and foreign amounts in US dollars or euros. So an amount written with a symbol, an ISO
4217 code or a currency noun that stands for one currency, whose code begins with its issuer's
ISO 3166-1 alpha-2 code ("KRW": KR, "NZD": NZ, "ZAR": ZA), names that issuer. Not the US dollar
and the euro (the currencies foreign amounts are given in; "EU" is no country), nor codes of no
one country ("XOF", "XAU"), nor a noun of several currencies ("kroner": NOK or DKK; "won": KRW or
KPW), nor an amount in brackets (a conversion for the paper's readers: "500m rupees (£2.9m)").
Sources: data/currencies.json (symbols as news writes them), data/cldr_currencies.json
(CLDR's currency nouns and codes; see data/tools/cldr_money.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tables import country_names as _table_country_words
from ..tables import load_json

#: Currencies foreign amounts are given in, and codes of no one issuing country.
_INTERNATIONAL = frozenset({"USD", "EUR"})


def _issuer(code: str) -> str:
    return "" if code in _INTERNATIONAL or code.startswith("X") else code[:2]


@lru_cache(maxsize=1)
def _issuers() -> dict[str, str]:
    """Every written form (lower case) of a one-country currency -> its issuer's alpha-2 code."""
    issuer: dict[str, str] = {}
    hand = load_json("currencies.json")
    for sym, code in hand.get("symbols", {}).items():
        if sym != "$" and _issuer(code):
            issuer[sym.lower()] = _issuer(code)
    cldr = load_json("cldr_currencies.json")
    for code in cldr.get("codes", ()):
        if _issuer(code):
            issuer[code.lower()] = _issuer(code)
    for noun, by_territory in cldr.get("nouns", {}).items():
        codes = set(by_territory.values())
        if len(codes) == 1 and _issuer(next(iter(codes))):
            issuer[noun.lower()] = _issuer(next(iter(codes)))
    return issuer


#: A figure, its scale word, and the word after it ("3,000 tenge", "20 million cedis").
_FIGURE = re.compile(r"\d[\d,.]*(?:\s?(?:million|billion|trillion|m|bn)\b)?(?:\s(?P<after>[^\W\d_]+))?", re.IGNORECASE)


def money_countries(text: str) -> set[str]:
    """ISO 3166-1 alpha-2 codes of the countries whose own currency the text's amounts are in:
    the form written right before a figure ("₩10,640", "NZ$610m", "KZT 3,000") or the word
    right after it ("3,000 tenge")."""
    issuer = _issuers()
    out: set[str] = set()
    for m in _FIGURE.finditer(text):
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in ".,"):
            continue  # inside a longer figure or word
        before = text[max(0, s - 5):s].rstrip(" ")
        if "(" in before:
            continue  # "500m rupees (£2.9m)": a conversion for the paper's readers, not the story's money
        for n in range(len(before), 0, -1):  # the longest form that ends right before the figure
            form = before[-n:].lower()
            if form in issuer and (n == len(before) or not before[-n - 1].isalpha()):
                out.add(issuer[form])
                break
        after = (m.group("after") or "").lower()
        if after in issuer:
            out.add(issuer[after])
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> the country's name, from the one reading of data/countries.json
    (`tables.country_names`)."""
    return {iso2: word for word, kind, iso2 in _table_country_words() if kind == "name"}


@lru_cache(maxsize=1)
def currency_full_names() -> frozenset:
    """Name keys of CLDR's English display names of currencies, singular and plural ("chinese
    yuan", "south african rand", "swiss francs": data/cldr_currencies.json `full_names`): a
    currency, never a person, a body or a place. The bare nouns ("rand", "mark") are left out:
    they are given names and surnames too."""
    from .names import name_key

    return frozenset(name_key(n) for n in load_json("cldr_currencies.json").get("full_names", {}))
