"""Countries from ISO 3166-1 as the `pycountry` package maintains it.

data/countries.json keeps what news writing needs and ISO does not give (the short name a
newsroom uses, "America", demonyms, capitals, metonyms such as "the Kremlin"); the list of
countries and their ISO names come from pycountry, so a country or territory the hand list
lacks ("Montserrat", "Réunion") and the formal names ("Russian Federation", "Republic of
Korea", "Türkiye", "Viet Nam") are known without being typed in by hand.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_PARENTHESIS = re.compile(r"\s*\([^)]*\)")

#: "Saint", "Sainte" as words of a name key, and how English abbreviates them ("St", "Ste").
_SAINT = re.compile(r"\b(saint|sainte)\b")
_SAINT_SHORT = {"saint": "st", "sainte": "ste"}

#: Letters that accent folding (Unicode decomposition) keeps, as English text spells them:
#: "Lâm Đồng" is written "Lam Dong", "Łódzkie" "Lodzkie", "Østfold" "Ostfold".
LATIN_LETTERS = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "þ": "th", "ð": "d"})


class IsoCountry(NamedTuple):
    alpha_3: str
    name: str  # the common short name ("Bolivia"), else ISO's name as written in a sentence
    aliases: tuple  # every other ISO name of it


def _plain(name: str) -> str | None:
    """An ISO list name as a sentence writes it: 'Korea, Republic of' -> 'Republic of Korea',
    'Falkland Islands (Malvinas)' -> 'Falkland Islands'; None when it cannot be turned
    ('Taiwan, Province of China', 'Virgin Islands, British')."""
    name = _PARENTHESIS.sub("", name).strip()
    if "," not in name:
        return name
    head, _, tail = name.partition(",")
    tail = tail.strip()
    if re.search(r"\bof(?: the)?$", tail, re.IGNORECASE):
        return f"{tail} {head.strip()}"
    return None


@lru_cache(maxsize=1)
def iso_countries() -> tuple[IsoCountry, ...]:
    """Every country of ISO 3166-1 (pycountry), with its names as news text writes them."""
    import pycountry

    out = []
    for c in pycountry.countries:
        names = []
        for raw in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)):
            plain = _plain(raw) if raw else None
            if plain:
                plain = re.sub(r"^the\s+", "", plain, flags=re.IGNORECASE)
                if plain not in names:
                    names.append(plain)
        if names:
            out.append(IsoCountry(c.alpha_3, names[0], tuple(names[1:])))
    return tuple(out)


@lru_cache(maxsize=1)
def subdivision_countries() -> dict[str, str]:
    """{name key of an ISO 3166-2 subdivision: alpha-3 code of its country} from pycountry, for the
    names that belong to one country only ('Bali' -> IDN, 'Galway' -> IRL; a name two countries
    use is left out; a name with a letter accent folding keeps, "lam đong", also as English
    spells it, "lam dong"; "saint kitts" also as "st kitts"). Tells which country a story about a province, state or county is about.
    ISO writes a subdivision in its country's language ("Sicilia", "Bayern"): the English names
    of the Unicode CLDR (data/cldr_subdivisions.json: "Sicily", "Bavaria", "Madeira") are keys
    too, under the same rules. An ISO name that is an English word or a description rather than a
    name (data/iso_subdivision_words.json: Cameroon's "North", Tanzania's "Coast", Zimbabwe's
    "Midlands": "the North" of a story is its own country's) is no key. Read from the table cache
    (`claimtrack.table_cache`) when built before with the same pycountry and the same tables."""
    from ..table_cache import derived_table
    from ..tables import table_path

    return derived_table("subdivision_countries", _subdivision_countries,
                         files=(table_path("cldr_subdivisions.json"), table_path("iso_subdivision_words.json")),
                         libraries=("pycountry",), kind=dict)


def _name_codes(names) -> dict[str, set]:
    """{name key: the alpha-2 codes of the countries with a subdivision of that name} of (name,
    alpha-2 code) pairs."""
    from .names import name_key

    found: dict[str, set] = {}
    for name, country_code in names:
        key = name_key(name)
        keys = {key, key.translate(LATIN_LETTERS)} - {""}
        # "Saint Kitts" is written "St Kitts" (or "St. Kitts"): English abbreviates the word in
        # place names, as ISO does not
        keys |= {_SAINT.sub(lambda m: _SAINT_SHORT[m.group(1)], k) for k in keys}
        for k in keys:
            found.setdefault(k, set()).add(country_code)
    return found


def _subdivision_countries() -> dict[str, str]:
    """`subdivision_countries` built from pycountry's ISO 3166-2 list and CLDR's English names."""
    import pycountry

    from ..tables import load_json

    words = frozenset(load_json("iso_subdivision_words.json")["names"])
    found = _name_codes((sub.name, sub.country_code) for sub in pycountry.subdivisions if sub.name not in words)
    # CLDR's English names ("it82": "Sicily" -> IT) name what ISO's names do not: a key ISO has
    # stays as ISO gives it ("Victoria", a state of one country in ISO's names, is no less so
    # because CLDR's English also names a district of another "Victoria")
    english = _name_codes((name, code[:2].upper()) for code, name in load_json("cldr_subdivisions.json")["names"].items())
    for key, codes in english.items():
        found.setdefault(key, codes)
    out = {}
    for key, codes in found.items():
        if len(codes) == 1:
            country = pycountry.countries.get(alpha_2=next(iter(codes)))
            if country is not None:
                out[key] = country.alpha_3
    return out
