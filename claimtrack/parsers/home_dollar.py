"""Which dollar a bare "$" or a bare "dollars" means in one story (plain data and regexes).

A paper writes its own country's dollar with the plain sign and the plain noun: "$4.2m" and "two
million dollars" in a Wellington paper are NZD, "$1,200" in a Winnipeg paper CAD. Where the page
names its paper (a masthead "THE OTTAWA LEDGER", "The Toronto Ledger | Published ..." whose town
GeoNames gives one country), that country's dollar is the plain one whatever the story is about,
even after the paper once wrote it marked ("C$10 million", then "$45 million"), unless the story
marks the US dollar too ("J$350 million", "US$2.2 million": both marked, the plain sign is the
US one). With no masthead, the country is the story's (the actor component's; else a territory using
another country's dollar that the story names, "Tokelau": `dollar_territory`), and a story
that marks that country's dollar anywhere ("A$3.2 million", "Canadian dollars", "NZD 40") is
written for readers abroad and keeps the plain sign for the US dollar, as a wire report (a
dateline "CITY, May 4 (Agency) -") does, but for a sum paid inside the country: a wire that never
marks its country's dollar writes a fine, a fee, a fare or a wage there in it ("fined $400" in a
wire from Suva is FJD; `wire_dollar`). In brackets right after an
amount in the home dollar marked, "$" is another dollar: "A$3.2 million ($2.1 million)"
converts it (`converts_from_home`). With neither a masthead nor a story country, "$" and
"dollars" stay USD.

One amount can say which dollar it is whatever the paper (`settle_bare_dollars`): a figure the
story also writes as US dollars ("a US$60 million credit line ... the $60 million") is that
amount again; a price per barrel, troy ounce, bushel or million BTU is a world benchmark's,
quoted in US dollars in every market; a sum lent in a clause that names the IMF or a development
bank as the lender is in US dollars, the currency those lend in; and an "or" that restates an
amount marked with its dollar per head or per item ("NZ$3 million, or about $60 for each
resident") keeps that dollar.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..actorids.money_places import money_countries
from .currency_tables import form_key
from .number_tables import _tables
from .story_places import _UPPER, _alpha2

#: The written forms that may stand for the home dollar: the plain sign and the plain noun.
BARE_DOLLAR_SIGN = "$"
#: (as `number_tables` writes them in `currency_written`: a sign after no letter)
BARE_DOLLAR_PATTERNS = frozenset({r"(?<![^\W\d_])" + re.escape("$"), r"\bdollar\b", r"\bdollars\b"})
BARE_DOLLAR_NAMES = frozenset({"dollar", "dollars"})

#: The start of a page line up to a separator ("The Toronto Ledger | Published ...").
_MASTHEAD_START = re.compile(r"\s*([^|·—–,(:\n]*)")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")
#: The US dollar written marked: "US$", "U.S. $", "USD", "US dollars".
#: A wire service's dateline: "HALIFAX, March 3 (Northern Wire) -", "OTTAWA (AP) —".
_WIRE_DATELINE = re.compile(rf"^[{_UPPER}](?:[^\W\d_]|[ .'\-]){{1,40}}(?:,[^()\n]{{1,60}})?\s*\([A-Z][A-Za-z .&]{{1,30}}\)\s*[-–—]",
                            re.M)
_US_MARKED = re.compile(r"\b(?:US|U\.S\.)\s?\$|\bUSD\b|\b(?:US|U\.S\.|American) dollars?\b")
#: An amount with its sign, then an opening bracket, ending where a bracketed "$" begins:
#: "A$3.2 million (", "780.6 million Canadian dollars (".
_BEFORE_BRACKET = re.compile(
    r"(?:(?P<sign>[A-Z]{1,3}\$)\s?\d[\d.,]*(?:\s?[a-z]+)?|\d[\d.,]*(?:\s[a-z]+)?\s(?P<name>[A-Za-z]+ dollars?))\s*\(\s*$")


def paper_country(text: str) -> Optional[str]:
    """The ISO 3166-1 alpha-2 code of the country of the town the page's masthead names ("THE
    TORONTO LEDGER", "The Toronto Ledger | Published ..."): a name in the first lines that ends
    in a word news outlets are named by (actor_cues.json outlet_words) after one to three words
    GeoNames gives one country's town, or that name the country itself or its people ("THE FIJI
    TIMES", "The Bajan Recorder"); else None."""
    from ..actorids.towns import town_countries
    from ..tables import load_json

    outlet = frozenset(load_json("actor_cues.json").get("outlet_words", ()))
    towns = town_countries()
    for line in text[:800].splitlines()[:8]:
        words = _NAME_WORD.findall(_MASTHEAD_START.match(line).group(1))
        if words and words[0].lower() == "the":
            words = words[1:]
        # the masthead opens its line: a town (up to three words), maybe a word or two more
        # ("Daily", "Morning"), then the outlet word ("THE HANOI MORNING POST")
        for i, w in enumerate(words[:6]):
            if not w[:1].isupper() or w.lower() not in outlet:
                continue
            for n in (3, 2, 1):
                if n <= i and all(x[:1].isupper() for x in words[:i]):
                    name = " ".join(x.lower() for x in words[:n])
                    # the country itself, by name or by its people's word ("THE FIJI TIMES",
                    # "The Bajan Recorder": a paper named for its country; "Jamaica" is also a
                    # town of New York), else a town
                    iso2 = _country_words().get(name)
                    if iso2:
                        return iso2
                    alpha3 = towns.get(name)
                    if alpha3:
                        return _alpha2(alpha3)
            break
    return None


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """A country's name, alias or demonym, lower case -> its ISO 3166-1 alpha-2 code (a word two
    countries share is left out)."""
    from ..tables import country_names

    seen: dict[str, set[str]] = {}
    for word, kind, iso2 in country_names():
        if kind in ("name", "alias", "demonym"):
            seen.setdefault(word.lower(), set()).add(iso2)
    return {w: next(iter(c)) for w, c in seen.items() if len(c) == 1}


def home_dollar(text: str, home: Optional[str]) -> Optional[str]:
    """The ISO 4217 code of the dollar a bare "$" or "dollars" means in `text`, a story about the
    country `home` (ISO 3166-1 alpha-2), or in the paper its masthead names: that country's own
    dollar (CLDR's tender for "dollar" there), as the module says; else None (USD). A wire
    report's is the US dollar (see `wire_dollar` for its domestic sums)."""
    code = _plain_dollar(text, home)
    if code is not None and _WIRE_DATELINE.search(text, 0, 2000):
        return None
    return code


def wire_dollar(text: str, home: Optional[str]) -> Optional[str]:
    """For a wire report (a dateline "CITY, May 4 (Agency) -") about a country with its own
    dollar that it never marks, that dollar: the one a domestic sum of its (`settle_bare_dollars`)
    is written in; else None."""
    if not _WIRE_DATELINE.search(text, 0, 2000):
        return None
    return _plain_dollar(text, home)


def _plain_dollar(text: str, home: Optional[str]) -> Optional[str]:
    paper = paper_country(text)
    home = paper or home or dollar_territory(text)
    if home is None:
        return None
    code = _tables().dollar_countries.get(home)
    if code is None:
        # a country whose own money is no dollar but is written "$" at home (CLDR: the peso of
        # Mexico, Chile, Colombia ...): the plain sign is that money, as a dollar country's is,
        # unless the story names it in words ("pesos"): then "$" is kept for the US dollar
        code = _tables().sign_countries.get(home)
        if code is None or _named_in_words(text, home, code):
            return None
    if code == "USD":
        return None
    marked = _marked(text, home, code)
    if marked and (paper is None or _US_MARKED.search(text)):
        return None  # "A$3.2 million" in a story with no local masthead: the plain "$" is the US one
    return code


def dollar_territory(text: str) -> Optional[str]:
    """The place a story names that issues no dollar of its own and uses another's (CLDR's
    tender; ISO 4217 gives the dollar the letters of another country, or of none: Tokelau, Niue
    and the Cook Islands use the New Zealand dollar, Christmas Island and Norfolk Island the
    Australian, the East Caribbean states the "XC" dollar of their common bank), for a story the
    actor component places in no country (its country table leaves such territories out): the
    dollar places the story names (`_dollar_place_words`) all use that one dollar, and the place
    is named at least as often as the country issuing it ("Tokelau" four times, "New Zealand"
    twice). Else None: a story naming a country with a dollar of its own and no such place keeps
    the US dollar for a plain "$" when nothing else places it (a wire's "Singapore's banks lent
    $80 million")."""
    dollars = _tables().dollar_countries
    counts: dict[str, int] = {}
    for m in _dollar_place_pattern().finditer(text):
        iso2 = _dollar_place_words()[m.group(0)]
        counts[iso2] = counts.get(iso2, 0) + 1
    codes = {dollars[iso2] for iso2 in counts}
    if len(codes) != 1:
        return None
    code = codes.pop()
    # ISO 4217: a currency's code begins with its issuer's ISO 3166-1 code ("NZD": New Zealand)
    territories = [iso2 for iso2 in counts if iso2 != code[:2]]
    if code == "USD" or not territories:
        return None
    best = max(territories, key=lambda iso2: counts[iso2])
    return best if counts[best] >= counts.get(code[:2], 0) else None


@lru_cache(maxsize=1)
def _dollar_place_words() -> dict[str, str]:
    """Every way the country table writes a country whose money is a dollar (CLDR's tender,
    `dollar_countries`; `tables.country_names`: its name, aliases, demonyms and capitals), and
    pycountry's name of each such territory the table leaves out ("Tokelau", "Christmas Island";
    the words before a bracket or a comma: "Cocos Islands" of "Cocos (Keeling) Islands"), as
    written -> its ISO 3166-1 alpha-2 code."""
    import pycountry

    from ..tables import country_names

    dollars = _tables().dollar_countries
    words: dict[str, str] = {}
    for word, _kind, iso2 in country_names():
        words.setdefault(word, iso2)
    for iso2 in dollars:
        country = pycountry.countries.get(alpha_2=iso2)
        for name in {country.name, getattr(country, "common_name", country.name)} if country else ():
            name = re.sub(r"\s*\(.*?\)", "", name).split(",")[0].strip()
            if len(name) > 3:
                words.setdefault(name, iso2)
    return {w: iso2 for w, iso2 in words.items() if iso2 in dollars}


@lru_cache(maxsize=1)
def _dollar_place_pattern() -> re.Pattern:
    words = sorted(_dollar_place_words(), key=len, reverse=True)
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    # not a country's letters marking its money ("US$45 million")
    return re.compile(rf"\b(?=[{firsts}])(?:{'|'.join(re.escape(w) for w in words)})\b(?!\s?\$)")


#: A price per unit of a good traded against a world benchmark quoted in US dollars: crude oil per
#: barrel (Brent, WTI), gold and silver per troy ounce (LBMA), grains per bushel (CBOT), natural
#: gas per million British thermal units (Henry Hub).
_WORLD_PRICE_AFTER = re.compile(
    r"\s*(?:a|an|per|/)\s*(?:troy\s+)?(?:barrel|bbl|ounce|oz|bushel|mmbtu|million\s+british\s+thermal\s+units?)\b",
    re.I)
#: Between a marked amount and its restatement: ", or", maybe a hedge ("or roughly", "or just over").
_RESTATING = re.compile(r"\s*,?\s+or\s+(?:[a-z]+\s+){0,2}", re.I)
#: After the restatement: what the amount is divided by ("for every ballot", "per head", "a year"
#: is no division of a sum, so a counted head or item is required: "each", "every", "per").
_PER_ITEM_AFTER = re.compile(r"\s+(?:for\s+)?(?:each|every|per)\s+[^\W\d_]", re.I)


def settle_bare_dollars(text: str, raws: list, local: Optional[str], wire: Optional[str] = None) -> None:
    """Give each amount written with a bare "$" or "dollars" (`raws`, in text order, each with
    `.bare_dollar`, `.currency`, `.value`, `.start`, `.end`) the dollar its own words show, as
    the module says: the US dollar for a figure the story also writes in US dollars or for a
    world benchmark's price, where `local` (the story's plain dollar) would have it; the dollar
    of a marked amount it restates per item; in a wire report whose country's dollar is `wire`,
    that dollar for a domestic sum (a fine, a fee, a fare, a wage). In place."""
    us_values = {r.value for r in raws if r.currency == "USD" and not r.bare_dollar}
    prev = None
    for r in raws:
        if r.bare_dollar:
            named = _dollar_named_after(text, r.end)
            if named is not None:
                r.currency = named  # "$7.5 million in Fijian dollars": the amount says its dollar
            elif (prev is not None and not prev.bare_dollar and prev.currency and prev.currency in dollar_codes()
                    and _RESTATING.fullmatch(text, prev.end, r.start) and _PER_ITEM_AFTER.match(text, r.end)):
                r.currency = prev.currency  # "A$72,000, or about $3.10 for every resident"
            elif local is not None and r.currency == local and (
                    r.value in us_values or _WORLD_PRICE_AFTER.match(text, r.end) or _lent_by_a_bank(text, r.start, r.end)):
                r.currency = "USD"
            elif wire is not None and r.currency == "USD" and _domestic_sum(text, r.start, r.end):
                r.currency = wire  # "fined $400" in a wire report from a dollar country
        prev = r


#: "in" and up to four words after an amount: "$5bn in Canadian dollars", "in US dollar terms".
_IN_WORDS = re.compile(r"\s+in\s+((?:[^\W\d_][\w.'’]*\s+){0,3}[^\W\d_]+)")


def _dollar_named_after(text: str, end: int) -> Optional[str]:
    """The code of the dollar (or of another currency written "$") that "in" and its name right
    after an amount name ("$7.5 million in Fijian dollars", "in Australian dollar terms"), else
    None."""
    m = _IN_WORDS.match(text, end)
    if m is None:
        return None
    t = _tables()
    words = m.group(1).split()
    for n in range(len(words), 1, -1):  # a name with its country: "Canadian dollars", "US dollars"
        code = t.names.get(form_key(" ".join(words[:n])))  # (the tables write "u.s. dollars" too)
        if code is not None:
            return code if code in dollar_codes() or code in t.sign_countries.values() else None
    return None


def _domestic_sum(text: str, start: int, end: int) -> bool:
    """Whether a word of a sum paid inside one country (currencies.json `domestic_sums`: a fine,
    a fee, a fare, a toll, a tax, a wage, a pension) stands next to the amount in its clause
    ("fined $400", "a fee of $25", "a $12 fare", "$18 an hour in wages")."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
    m_end = _CLAUSE_END.search(text, end, end + 30)
    right = m_end.start() if m_end else min(len(text), end + 30)
    return bool(_domestic_words().search(text, left, right))


@lru_cache(maxsize=1)
def _domestic_words() -> re.Pattern:
    from ..tables import load_json

    words = sorted(load_json("currencies.json")["domestic_sums"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.I)


#: Where a clause ends: a full stop, semicolon, question or exclamation mark before a space, or a line end.
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)|\n")


def _lent_by_a_bank(text: str, start: int, end: int) -> bool:
    """Whether the clause around `start`..`end` says a lender that lends in US dollars lends it
    (currencies.json `us_dollar_lenders`, `us_dollar_lending_words`), the lender not named as the
    receiver ("to the World Bank")."""
    lenders, lending = _lender_patterns()
    left = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    m_end = _CLAUSE_END.search(text, end, end + 300)
    right = m_end.start() if m_end else min(len(text), end + 300)
    if not lending.search(text, left, right):
        return False
    return any(not re.search(r"\b(?:to|into)\s+(?:the\s+)?$", text[max(left, m.start() - 10):m.start()], re.I)
               for m in lenders.finditer(text, left, right))


@lru_cache(maxsize=1)
def _lender_patterns() -> tuple[re.Pattern, re.Pattern]:
    from ..tables import load_json

    table = load_json("currencies.json")
    lenders = sorted(table["us_dollar_lenders"], key=len, reverse=True)
    words = sorted(table["us_dollar_lending_words"], key=len, reverse=True)
    return (re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in lenders)})\b"),
            re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.I))


@lru_cache(maxsize=1)
def dollar_codes() -> frozenset[str]:
    """The codes of the currencies English calls a dollar (CLDR's tender for the noun), and USD."""
    return frozenset(_tables().dollar_countries.values()) | {"USD"}


def converts_from_home(text: str, pos: int, code: str) -> bool:
    """Whether the bare "$" at `pos` opens a bracket after an amount in the dollar `code` written
    marked ("A$3.2 million ($2.1 million)"): a conversion into another dollar."""
    m = _BEFORE_BRACKET.search(text, max(0, pos - 60), pos)
    if m is None:
        return False
    t = _tables()
    if m.group("sign"):
        return t.symbols.get(m.group("sign")) == code or m.group("sign")[:2] == code[:2]
    return t.names.get(m.group("name").lower()) == code


#: A quotation on one line: straight or curly double quotes around words ("... 'we paid 500 pesos' ...").
#: Cruder than pipeline/quotes/marks.py's pairing, which parsers may not import: it leaves out
#: quotations across lines, « » and single quotes (their words count as the paper's own here).
_QUOTED = re.compile(r"[\"“”„][^\"“”„\n]*[\"“”]")


def _named_in_words(text: str, home: str, code: str) -> bool:
    """Whether `text` names the currency `code` of the country `home` by a noun of its own
    (currencies.json and CLDR's national nouns: "pesos", "Chilean pesos") in the paper's own
    words: a speaker quoted saying "pesos" says nothing of how the paper writes money."""
    pattern = _national_nouns(home, code)
    return pattern is not None and any(pattern.search(part) for part in _QUOTED.split(text))


@lru_cache(maxsize=None)
def _national_nouns(home: str, code: str) -> Optional[re.Pattern]:
    """The national nouns of the currency `code` of the country `home` (not the bare "dollar"),
    each with its plural, as one pattern compiled once per currency; None when there are none.
    (Not money_context's `_currency_written` patterns: those hold the tables' written names
    without a plural of their own, and no pattern of a noun scanned as no name: "real", "lev".)"""
    nouns = [noun for noun, by_country in _tables().national.items()
             if by_country.get(home) == code and noun not in BARE_DOLLAR_NAMES]
    if not nouns:
        return None
    return re.compile(rf"\b(?:{'|'.join(re.escape(noun) for noun in nouns)})(?:e?s)?\b", re.I)


def _marked(text: str, home: str, code: str) -> bool:
    """Whether `text` writes the dollar `code` of the country `home` marked: a sign before a
    figure ("A$3.2m", "J$900 million", "NZ$", actorids.money_places and the national dollar
    signs), its ISO code beside a figure ("NZD 40", "1,200 FJD") or its name with the country
    ("Canadian dollars")."""
    if home in money_countries(text):
        return True
    if re.search(rf"\b{code}\s?\d|\d\s?{code}\b", text):
        return True
    t = _tables()
    if any(c == code and sign != BARE_DOLLAR_SIGN and re.search(rf"(?<![A-Za-z]){re.escape(sign)}\s?\d", text)
           for sign, c in t.symbols.items()):
        return True
    # a sign several countries' dollars share ("B$"), the home country's among them
    if any(sign in t.shared_dollars and by_country.get(home) == code
           and re.search(rf"(?<![A-Za-z]){re.escape(sign)}\s?\d", text) for sign, by_country in t.local_symbols.items()):
        return True
    low = text.lower()
    return any(code == c and name in low and name not in BARE_DOLLAR_NAMES and "dollar" in name
               for name, c in t.names.items())
