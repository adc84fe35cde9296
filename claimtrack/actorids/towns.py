"""Towns and cities of the world as GeoNames lists them (plain data, no spaCy)."""

from __future__ import annotations

from functools import lru_cache

from ..table_cache import derived_table
from ..tables import load_lines, table_path
from .iso import LATIN_LETTERS


@lru_cache(maxsize=1)
def geonames_towns() -> frozenset:
    """Name keys of the world's towns and cities of 15,000 people or more (GeoNames, CC BY 4.0;
    built by data/tools/geonames_cities.py)."""
    return frozenset(town_countries())


@lru_cache(maxsize=1)
def town_countries() -> dict[str, str]:
    """Town name key -> the ISO 3166-1 alpha-3 code of the country the name stands for ('larnaca'
    -> 'CYP', 'kingston' -> 'JAM': all its places are there, or the largest by far), '' when the
    name is shared ('valencia'). GeoNames, as geonames_towns; read from the table cache
    (`claimtrack.table_cache`) when built before from the same file."""
    return derived_table("town_countries", _town_countries, files=(table_path("geonames_cities.txt"),),
                         kind=dict)


def _town_countries() -> dict[str, str]:
    """`town_countries` built from data/geonames_cities.txt."""
    out: dict[str, str] = {}
    for line in load_lines("geonames_cities.txt"):
        key, _, country = line.partition("\t")
        out[key.strip()] = country.strip()
    # a letter accent folding keeps ("đong đa") is also the key of the name as English writes it
    # ("Dong Da"), as for ISO 3166-2 (actorids.iso); a spelling two countries share names neither
    for key in [k for k in out if not k.isascii()]:
        plain = key.translate(LATIN_LETTERS)
        if plain != key:
            country = out[key]
            out[plain] = country if out.get(plain, country) == country else ""
    return out


@lru_cache(maxsize=1)
def geonames_places() -> frozenset:
    """Name keys of the world's smaller populated places, of 1,000 to 15,000 people (GeoNames,
    CC BY 4.0; built by data/tools/geonames_places.py), with the accent-folded keys as for
    `town_countries`. Many are surnames or words too ("Hansen", "Post"): evidence of a place only
    where the text also writes the name as one (after "near", "in", "via" ...)."""
    keys = set(load_lines("geonames_places.txt"))
    keys |= {k.translate(LATIN_LETTERS) for k in keys if not k.isascii()}
    return frozenset(keys)


def city_name(words: list[str]) -> bool:
    """'Cebu City', 'Kuwait City': a name key's words (actorids.names.name_key) that
    GeoNames lists as a town and that end in "city", as English names many cities. Such a name
    is the city whatever its other words are (a person's, as in "Ho Chi Minh"); a club or a
    firm named after a city ("Manchester City") is no town of GeoNames."""
    return len(words) >= 2 and words[-1] == "city" and " ".join(words) in geonames_towns()
