#!/usr/bin/env python3
"""Build claimtrack/data/cldr_subdivisions.json: the English names of provinces, states and regions
(ISO 3166-2 subdivisions) as the Unicode CLDR writes them, where they differ from the name
pycountry gives.

ISO 3166-2, as pycountry ships it, names a subdivision in its country's own language ("Sicilia",
"Bayern", "Região Autónoma da Madeira", "Kríti", "Tirol"); English news writes "Sicily",
"Bavaria", "Madeira", "Crete", "Tyrol". CLDR keeps each subdivision's English display name
(common/subdivisions/en.xml), published as JSON in the npm package `cldr-subdivisions-full`.
Each entry is CLDR's subdivision code (the country's ISO 3166-1 alpha-2 code in lower case and
the subdivision's own part: "it82", "deby", "gbsct") and its English name, kept when the country
is one pycountry knows, the name's key (claimtrack.actorids.names.name_key) is not already the
key of that subdivision's pycountry name, and the name is no English word and no description:
a lemma Princeton WordNet 3.0 writes in lower case ("Down", "Peter", "Southwest", "Java": a
sentence writes them as words, and "the Southwest" of a US story is no Cameroonian region) is
left out, and so is a lower-case word of SCOWL's largest American and British lists ("Drama")
unless SCOWL also lists it capitalised, as a name ("Madeira", "Wales"); a name all of whose words
are compass points or kinds of division ("North Central", "Capital Region", "Southern District")
describes a part of any country and is left out too.
`claimtrack.actorids.iso.subdivision_countries` reads them after pycountry's names: a key ISO
already has stays as ISO gives it, and a name two countries share names neither.

    npm pack cldr-subdivisions-full@48.2.0 && tar xzf cldr-subdivisions-full-48.2.0.tgz
    python data/tools/cldr_subdivisions.py package/subdivisions/en/en.json claimtrack/data/cldr_subdivisions.json [WNDB]

(WNDB: the WordNet 3.0 database folder, /usr/share/wordnet by default: Debian's wordnet-base;
SCOWL from Debian's wamerican-huge and wbritish-huge.)

Run once; the output is committed, so claimtrack needs neither npm nor the package at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimtrack.actorids.names import name_key  # noqa: E402
from english_words import SCOWL_LICENSE, english_forms, lower_case_words  # noqa: E402

#: Compass points, kinds of division and the kinds of land a part of a country is named by for where it
#: lies ("the Coast", "the Gulf", "the Midlands", "the Centre"): a name made of these alone describes a
#: part of any country. (Also read by iso_subdivision_words.py; "bay" is no such word, "Bay Islands", and
#: "highland" neither: Scotland's "Highland" council area is named so.)
DESCRIPTIVE = frozenset(
    "north south east west northern southern eastern western central middle upper lower northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern capital federal region regional "
    "province provincial district county state territory area division department zone coast coastal island "
    "islands peninsula centre center interior gulf delta lake lakes plateau plateaux lowland lowlands midland "
    "midlands littoral valley".split())

#: The superscript digits CLDR adds to the name of a retired code that a current code repeats.
_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹")

SOURCE = ("Unicode CLDR 48.2 subdivision display names, English (npm package cldr-subdivisions-full "
          "48.2.0, subdivisions/en/en.json; Unicode License v3, Copyright 2004-2026 Unicode, Inc.): "
          "each subdivision's English name where its key differs from the ISO 3166-2 name pycountry gives, "
          "less English words (lemmas Princeton WordNet 3.0 writes in lower case, WordNet 3.0 Copyright 2006 by "
          "Princeton University; SCOWL's lower-case words that SCOWL does not also list capitalised) and names "
          "made only of compass points and kinds of division. " + SCOWL_LICENSE)


def _word(name: str, lower: set, written: set, wordnet_lower: set) -> bool:
    """The name is an English word or a description, not a name (the module's doc)."""
    low = name.lower()
    if low in wordnet_lower or low in lower and name not in written:
        return True
    return is_descriptive(name)


def is_descriptive(name: str) -> bool:
    """Every word of `name` is a compass point, a kind of division or a kind of land (DESCRIPTIVE)."""
    return all(w in DESCRIPTIVE for w in name.lower().replace("-", " ").split())


def build(cldr_en: dict, wndb: Path) -> dict:
    import pycountry

    lower, written = english_forms(wndb)
    wordnet_lower = lower_case_words(wndb)
    names = cldr_en["subdivisions"]["localeDisplayNames"]["subdivisions"]
    out = {}
    for code, name in sorted(names.items()):
        country = pycountry.countries.get(alpha_2=code[:2].upper())
        if country is None or not name_key(name) or any(c in _MARKS for c in name) or _word(name, lower, written, wordnet_lower):
            continue  # CLDR marks a retired code's name that a current one repeats ("Vallée du Bandama²")
        iso = pycountry.subdivisions.get(code=f"{code[:2].upper()}-{code[2:].upper()}")
        if iso is not None and name_key(iso.name) == name_key(name):
            continue
        out[code] = name
    return {"_source": SOURCE, "_built_by": "data/tools/cldr_subdivisions.py", "names": out}


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    wndb = Path(argv[3]) if len(argv) > 3 else Path("/usr/share/wordnet")
    table = build(json.loads(Path(argv[1]).read_text(encoding="utf-8")), wndb)
    Path(argv[2]).write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(table['names'])} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
