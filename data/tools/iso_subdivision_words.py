#!/usr/bin/env python3
"""Build claimtrack/data/iso_subdivision_words.json: the ISO 3166-2 subdivision names (as the
`pycountry` package ships them) that are English words or descriptions rather than names, so that
`claimtrack.actorids.iso.subdivision_countries` keys no country by them.

ISO names some subdivisions by where they lie or by a common noun: Cameroon's "North", "South",
"East" and "West", Tanzania's "Coast", Papua New Guinea's "Gulf", Zimbabwe's "Midlands", Chad's
"Lac", the Czech "Most" and Montenegro's "Bar". English news writes "the North", "the Coast" and
"the Midlands" of any country, and a body of a story that names them ("the energy ministry said")
must not become Cameroon's or Zimbabwe's. Left out, as for CLDR's English names
(cldr_subdivisions.py):

- a name all of whose words are compass points, kinds of division or kinds of land named for
  where they lie (`cldr_subdivisions.DESCRIPTIVE`: "North", "North-West", "Coast", "Gulf",
  "Midlands", "Centre", "Plateau");
- a name that is an English word and no name: a lemma Princeton WordNet 3.0 writes in lower case
  ("antique", "bloke", "grad", "zeta") that neither WordNet nor SCOWL's largest American and British
  lists also write capitalised, and that GeoNames does not list as a populated place
  (claimtrack/data/geonames_cities.txt, geonames_places.txt). Unlike CLDR's English names, ISO's
  are the places' own official names, so a word WordNet or SCOWL also writes as a name stays a key
  ("Cork", "Limerick", "Mayo", "Berlin", "Northland", "Highland": each a lower-case word of WordNet,
  and the name news uses for the place), and so does a word GeoNames gives a town or a city
  ("Saga", "Ruse", "Lira", "Most", "Faro").

    python data/tools/iso_subdivision_words.py claimtrack/data/iso_subdivision_words.json [WNDB]

(WNDB: the WordNet 3.0 database folder, /usr/share/wordnet by default: Debian's wordnet-base;
SCOWL from Debian's wamerican-huge and wbritish-huge.)

Run again when pycountry's ISO 3166-2 data changes; the output is committed, so claimtrack needs
neither WordNet nor SCOWL at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import wordnet  # noqa: E402
from claimtrack.actorids.names import name_key  # noqa: E402
from claimtrack.actorids.towns import geonames_places, town_countries  # noqa: E402
from cldr_subdivisions import is_descriptive  # noqa: E402
from english_words import SCOWL, SCOWL_LICENSE, lower_case_words  # noqa: E402


def capitalised_lemmas(wndb: Path) -> set[str]:
    """Every lemma WordNet writes with a capital, in a synset of any part of speech, spaces for '_'."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for synset in wordnet.synsets(wndb, pos).values():
            words.update(w.split("(")[0].replace("_", " ") for w in synset.words if not w.islower())
    return words


def is_word(name: str, wordnet_lower: set, names: set, places: set) -> bool:
    """The ISO name is a description or an English word and no name (the module's doc); `places`
    holds GeoNames' name keys."""
    if is_descriptive(name):
        return True
    return name.lower() in wordnet_lower and name not in names and name_key(name) not in places


def build(wndb: Path) -> dict:
    import pycountry

    wordnet_lower = lower_case_words(wndb)
    names = capitalised_lemmas(wndb) | {w for path in SCOWL for w in path.read_text(encoding="utf-8").split()}
    places = set(town_countries()) | set(geonames_places())
    words = sorted({sub.name for sub in pycountry.subdivisions if is_word(sub.name, wordnet_lower, names, places)})
    source = (f"ISO 3166-2 subdivision names as pycountry {pycountry.__version__} ships them, those made only of "
              "compass points, kinds of division and kinds of land named for where they lie (a closed list of "
              "English words, data/tools/cldr_subdivisions.py DESCRIPTIVE), and those that are lemmas Princeton "
              "WordNet 3.0 writes in lower case, neither WordNet nor SCOWL writes capitalised and GeoNames lists "
              "as no populated place (claimtrack/data/geonames_cities.txt, geonames_places.txt: geonames.org, CC BY "
              "4.0; WordNet 3.0 Copyright 2006 by Princeton University). " + SCOWL_LICENSE)
    return {"_source": source, "_built_by": "data/tools/iso_subdivision_words.py", "names": words}


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    wndb = Path(argv[2]) if len(argv) > 2 else Path("/usr/share/wordnet")
    table = build(wndb)
    Path(argv[1]).write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(table['names'])} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
