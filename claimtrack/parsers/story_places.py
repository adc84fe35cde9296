"""Where a story is, when it names no country by name: its dateline's town, and the towns it
names (GeoNames, actorids.towns; plain data and regexes, no spaCy).

The currency readers ask this only when a bare currency noun or local sign ("200 crowns",
"1.8 billion kroner") belongs to several countries and the story's country words name none of
them, or name two as often. A wire dateline's town is where the story is filed from ("PRAGUE,
May 28 (Agency) -": a Prague story that also mentions Stockholm's toll means the koruna), and a
story that names no country at all is where its towns are ("Trondheim", "Andenes": Norway).
"""

from __future__ import annotations

import re
from typing import Optional

#: The capital letters of the Latin alphabets ("A", "Á", "Ł", "Ş"): GeoNames' towns as the
#: text writes them, accents and all ("MEDELLÍN", "Łódź").
_UPPER = re.escape("".join(ch for ch in map(chr, range(0x250)) if ch.isupper()))
#: A dateline: a town in capitals opening a line, then a comma or a bracket ("PRAGUE, May 28",
#: "ROTORUA, New Zealand, May 3", "OTTAWA (Agency) -").
_DATELINE = re.compile(rf"^\s*(?P<town>[{_UPPER}][{_UPPER}'’.\- ]{{2,40}}?)\s*(?:,|\()", re.M)
#: A run of one to three capitalised words (a town's name as the text writes it).
_CAPITALISED = re.compile(rf"(?<![\w.])(?:[{_UPPER}][^\W\d_]+(?:[-’'][^\W\d_]+)?)(?:\s+[{_UPPER}][^\W\d_]+){{0,2}}")


#: What opens a byline, in any case: one alternation for this reader, pipeline/actors/layout.py
#: and outlets.py (parsers may not import the pipeline).
BYLINE_OPENER = r"by|written by|reporting by"
#: A name word on a byline: capitalised, as names are; and the lower-case particles between two
#: of them ("Ana de la Cruz", "Rui da Silva").
_NAME_WORD = rf"[{_UPPER}][^\s,]*"
_PARTICLE = r"(?:d[aeiou]s?|del|van|von|der|den|la|le|bin|al|el)"
#: A byline: "By" or "Reporting by" (in any case), the writer's name in capitalised words, maybe
#: a comma or "in" and where they write from, the line to itself ("By Ana Lima", "By Ana Lima,
#: Harbour reporter", "By Ana Lima in Lagos"); "By then Santiago had run dry." is prose.
_BYLINE = re.compile(rf"[^\S\n]*(?i:{BYLINE_OPENER})[^\S\n]+"
                     rf"(?P<name>{_NAME_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+){{0,2}}{_NAME_WORD}){{0,4}}?)"
                     r"[^\S\n]*(?:(?i:,|[^\S\n]in[^\S\n]|[^\S\n]and[^\S\n])[^\n]{0,60})?$", re.M)


def on_a_byline(text: str, pos: int) -> bool:
    """Whether `pos` lies in the writer's name on a byline: a capital city is also a surname ("By
    Rosa Santiago Vega"), no place the story is about; the place after a comma or "in" ("By Ana
    Lima in Lagos", "By Ana Lima, Lagos correspondent") is where it is filed from and counts."""
    start = text.rfind("\n", 0, pos) + 1
    m = _BYLINE.match(text, start, start + 120)
    return m is not None and m.start("name") <= pos < m.end("name")


def _alpha2(alpha3: str) -> Optional[str]:
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country is not None else None


def dateline_country(text: str) -> Optional[str]:
    """The ISO 3166-1 alpha-2 code of the country of the town a dateline in the story's first
    lines names, where GeoNames gives that name one country; else None."""
    from ..actorids.names import name_key
    from ..actorids.towns import town_countries

    m = _DATELINE.search(text, 0, 1500)
    if m is None:
        return None
    alpha3 = town_countries().get(name_key(m.group("town")))
    return _alpha2(alpha3) if alpha3 else None


def town_counts(text: str) -> dict[str, int]:
    """Country (alpha-2) -> how many different towns of it the text names (a capitalised name
    GeoNames gives one country; a name opening a sentence is left out: "Nice", "Reading")."""
    from ..actorids.names import name_key
    from ..actorids.towns import town_countries

    towns = town_countries()
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        if not before.strip() or before.rstrip()[-1:] in ".!?\"“":
            continue  # a sentence's or a line's first word
        if on_a_byline(text, m.start()):
            continue  # "By Ana Lima Santiago": the writer's name
        words = m.group(0).split()
        for n in range(len(words), 0, -1):  # the longest run that is a town
            key = name_key(" ".join(words[:n]))
            alpha3 = towns.get(key)
            if alpha3:
                if key not in seen:
                    seen.add(key)
                    code = _alpha2(alpha3)
                    if code:
                        counts[code] = counts.get(code, 0) + 1
                break
    return counts
