"""What one document says once about money, looked up lazily for the amount reader
(`amounts._amounts`): the countries it names, the currency a local sign or a shared currency noun
stands for in this story ("Rs", "rupees", "kr"), the dollar a bare "$" means, whether it writes
"£", and which currency a minor unit ("cents") near a position belongs to. Moved out of
parsers/amounts.py (reading one number is that module's job).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Union

from .digit_groups import dot_groups_thousands, groups_by_dot
from .home_dollar import BARE_DOLLAR_PATTERNS, home_dollar
from .number_tables import _tables
from .story_places import dateline_country, on_a_byline, town_counts


def _dominant(counts: dict[str, int], by_country: dict[str, str]) -> Optional[str]:
    """The code of the country of `by_country` named most in `counts`, at least twice as often
    as the others together, or None."""
    named = sorted(((n, iso) for iso, n in counts.items() if iso in by_country), reverse=True)
    if not named:
        return None
    top, iso = named[0]
    rest = sum(n for n, _ in named[1:])
    return by_country[iso] if rest == 0 or top >= 2 * rest else None


@lru_cache(maxsize=1)
def _currency_written() -> list[tuple[re.Pattern, Optional[str]]]:
    """(pattern, code) of every way the tables write a currency (`_Tables.currency_written`: sign,
    code, name), compiled on first use: only a story with a minor unit ("50 cents") asks for them,
    and the thousand patterns cost about 17 ms of CPU to compile, a sixth of the tables' time."""
    return [(re.compile(pattern, flags), code) for pattern, flags, code in _tables().currency_written]


class _DocCtx:
    """What a document says once, looked up lazily: the countries it names, whether it writes £."""

    def __init__(self, text: str, home: Optional[str] = None) -> None:
        self.text = text
        #: the ISO 3166-1 code of the country the story is about, where the caller knows it (the
        #: actor component's, `extensions.COUNTRY`)
        self.home = home
        self._counts: Optional[dict[str, int]] = None
        self._pound_doc: Optional[bool] = None
        self._money_signs: Optional[dict[str, bool]] = None
        self._home_dollar: Union[None, bool, str] = False  # False: not looked up yet
        self._places: Optional[tuple[Optional[str], dict[str, int]]] = None
        self._dot_thousands: Optional[bool] = None
        self._dot_thousands_in_text = False

    def dot_thousands(self) -> bool:
        """Whether the document groups thousands with the dot ("3.400" is 3400: digit_groups)."""
        if self._dot_thousands is None:
            # the story's country (the actor component's, else its dateline's) may write "3.400" so
            if self._places is None:
                self._places = (dateline_country(self.text), town_counts(self.text))
            country = self.home or self._places[0]
            self._dot_thousands = dot_groups_thousands(self.text, country is not None and groups_by_dot(country))
            self._dot_thousands_in_text = self._dot_thousands and dot_groups_thousands(self.text, by_comma=False)
        return self._dot_thousands

    def dot_thousands_in_text(self) -> bool:
        """Whether the text's dot groups themselves, without its country or a decimal comma, group
        thousands with the dot."""
        return self.dot_thousands() and self._dot_thousands_in_text

    def counts(self) -> dict[str, int]:
        if self._counts is None:
            t = _tables()
            counts: dict[str, int] = {}
            if t.country_re is not None:
                for m in t.country_re.finditer(self.text):
                    if on_a_byline(self.text, m.start()):
                        continue  # "By Ana Lima Santiago": the writer's name, no place
                    iso = t.country_of_word.get(m.group(0))
                    if iso:
                        counts[iso] = counts.get(iso, 0) + 1
            self._counts = counts
        return self._counts

    def national_code(self, noun: str) -> Optional[str]:
        """The code of the one country using `noun` that the document is about, or None."""
        return self.code_in_story(_tables().national.get(noun, {}))

    def code_in_story(self, by_country: dict[str, str]) -> Optional[str]:
        """Of the countries in `by_country` (territory -> currency code), the code of the one the
        document names most (at least twice as often as the others together); else that of the
        dateline's town, of the story country, or of the towns it names; or None."""
        found = _dominant(self.counts(), by_country)
        if found is not None:
            return found
        # no country word decides: the dateline's town, the actor component's story country,
        # the towns the story names (parsers.story_places)
        if self._places is None:
            self._places = (dateline_country(self.text), town_counts(self.text))
        for iso in (self._places[0], self.home):
            if iso in by_country:
                return by_country[iso]
        if any(iso in by_country for iso in self.counts()):
            return None  # two of them named as often: towns do not decide
        return _dominant(self._places[1], by_country)

    def home_code(self, by_country: dict[str, str]) -> Optional[str]:
        """The code `by_country` (territory -> currency code) gives the story's own country: the
        actor component's, else its dateline town's; None when neither is one of them."""
        if self._places is None:
            self._places = (dateline_country(self.text), town_counts(self.text))
        for iso in (self.home, self._places[0]):
            if iso is not None:
                return by_country.get(iso)
        return None

    def only_currency_of(self, by_country: dict[str, str]) -> Optional[str]:
        """The one currency every territory in `by_country` uses ("R": South Africa, Namibia and
        Lesotho all take the rand), when the story names none of the other countries whose
        currencies the tables read from a story (a Philippine story's "P" is no Botswana pula),
        else None."""
        codes = set(by_country.values())
        if len(codes) != 1 or any(iso not in by_country for iso in self.counts()):
            return None
        return codes.pop()

    def currency_near(self, pos: int, minor: dict) -> str:
        """The currency a minor unit at `pos` belongs to: that of the nearest amount before it
        that divides into this unit, else the first after it, else the one of them the story's
        country issues, else the unit's default. In a story
        whose bare "$" is its country's dollar (`local_dollar`), a bare "cents" are that dollar's
        too: the unmarked minor unit goes with the unmarked sign ("$3.50 ... 50 cents" in a Suva
        paper are FJD, even after a "US$2 million")."""
        allowed = set(minor["currencies"])
        local = self.local_dollar()
        if local is not None and local in allowed:
            return local
        before: tuple[int, str] = (-1, "")
        after: tuple[int, str] = (len(self.text) + 1, "")
        for pattern, code in _currency_written():
            if pattern.pattern in BARE_DOLLAR_PATTERNS:
                code = self.local_dollar() or code  # the cents of a Wellington paper's "$4.2m"
            elif _tables().written_noun.get(pattern.pattern) in _tables().by_document:
                code = self.national_code(_tables().written_noun[pattern.pattern]) or code  # Moroccan "dirhams"
            if code not in allowed:
                continue
            for m in pattern.finditer(self.text):
                if m.start() < pos and m.start() > before[0]:
                    before = (m.start(), code)
                elif m.start() > pos and m.start() < after[0]:
                    after = (m.start(), code)
                    break
        if before[1] or after[1]:
            return before[1] or after[1]
        # no amount names one of them: the currency of the story's country among them ("35 fils"
        # in a story about Jordan; a national currency's ISO 4217 code begins with its issuer's
        # ISO 3166 code; a union's, EUR, XOF, XCD, names no country, so "cents" keep their default)
        return self.code_in_story({code[:2]: code for code in sorted(allowed)}) or minor["default"]

    def local_dollar(self) -> Optional[str]:
        """The dollar a bare "$" or "dollars" means here (`home_dollar`), else None (USD)."""
        if self._home_dollar is False:
            self._home_dollar = home_dollar(self.text, self.home)
        return self._home_dollar

    def glued_code_is_money(self, written: str, code: Optional[str]) -> bool:
        """A currency code glued to three digits or more ("SBD500") is money in a story about
        the country that issues it (ISO 4217 codes begin with its ISO 3166 code) or in one
        that writes the code before a figure only money takes ("SBD1,200")."""
        return bool(code and self.home and code[:2] == self.home) or self.writes_as_money(written)

    def writes_as_money(self, sign: str) -> bool:
        """Whether the document writes `sign` before a figure that only money takes: thousands
        ("K1,200"), decimals ("K2.50") or a scale ("K4 million", "K3bn")."""
        if self._money_signs is None:
            self._money_signs = {}
        seen = self._money_signs.get(sign)
        if seen is None:
            seen = self._money_signs[sign] = bool(
                re.search(rf"(?<![^\W\d_]){re.escape(sign)}\s?\d{{1,3}}(?:,\d{{3}}|\.\d|(?:\.\d+)?\s?"
                          rf"(?:{_tables().scale_alt})\b)", self.text))
        return seen

    def pound_doc(self) -> bool:
        if self._pound_doc is None:
            self._pound_doc = any(w in self.text for w in _tables().pound_doc)
        return self._pound_doc
