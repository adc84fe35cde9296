"""Towns and cities of the world as GeoNames lists them (plain data, no spaCy)."""

from __future__ import annotations

from functools import lru_cache

from ..tables import load_lines


@lru_cache(maxsize=1)
def geonames_towns() -> frozenset:
    """Name keys of the world's towns and cities of 15,000 people or more (GeoNames, CC BY 4.0;
    built by data/tools/geonames_cities.py)."""
    return frozenset(load_lines("geonames_cities.txt"))
