"""The places a story is about: its country, its province or state, its city, and the places
the page itself names (a wire dateline's town, a masthead's town).

`Institutions` reads them to say whose body a description names ("the health ministry said": the
story's country's; "the city council": its city's); the story's country is also written on the
Doc (`ct_country`) for the date and quantity components (the country's order of an all-number
date, its dollar for a bare "$").
Moved out of `institutions.py` unchanged.
"""

from __future__ import annotations

import re
from typing import Optional

from ...actorids.gazetteer import Tables
from ...actorids.iso import subdivision_countries
from ...actorids.money_places import country_names, money_countries
from ...actorids.towns import town_countries
from ...actorids.names import cached_name_key
from .layout import place_lines
from .state import Cand, DocState


#: The place a dateline opens with: "LARNACA, Aug 19 (Agency) -" -> "LARNACA".
_DATELINE_PLACE = re.compile(r"[ \t]*([^,(\n]*?)[ \t]*(?:,|\(|[ \t][-–—]|[-–—][ \t]|:|$)")


#: What a country named by a wire's dateline counts for, in mentions of the text: the dateline
#: says where the story is filed from, and a wire files a story about one country from it, while
#: the story itself often names another country twice in passing (a buyer, a lender, a neighbour).
_DATELINE = 4


def _place_run(words: list[str]) -> str:
    """The longest run of `words` (up to three) that is a town of GeoNames or a province, else ''."""
    towns, subdivisions = town_countries(), subdivision_countries()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            run = " ".join(words[i:i + n])
            if run in towns or run in subdivisions:
                return run
    return ""


class Home:
    """Find the country, region and city a story is about (`Institutions` reads them)."""

    tables: Tables
    st: DocState

    def _home_city(self, cands: list[Cand]) -> Optional[str]:
        """The city a document is about, for its local bodies ('the city council'): the one
        place named as a city (a capital or city of the tables, or a GPE the tables do not list as
        a country or region; its other mentions count too, whatever the model calls them) at least
        twice and more often than any other."""
        counts: dict[str, int] = {}
        text = self.st.text

        def as_city(c: Cand) -> bool:
            return c.entry is not None and c.entry.kind in ("capital", "city") or c.entry is None and c.label == "GPE"

        # the small model reads one town as a place in one sentence and as a person or a company
        # in the next ("commuters in Porto" GPE, "Porto rents" PERSON): a name it reads as a place
        # once is that place in its other mentions too
        towns = {text[c.start:c.end] for c in cands if c.entry is None and c.label == "GPE"}
        for c in cands:
            if as_city(c) or c.entry is None and text[c.start:c.end] in towns:
                name = text[c.start:c.end]
                if name.isupper():
                    name = name.title()  # a dateline's 'OSLO'
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
            return None
        return ranked[0][0]

    def _home_region(self, cands: list[Cand], home: Optional[str]) -> Optional[str]:
        """The province or state of the story's country the document names most often (ISO 3166-2
        through pycountry: "Kedah", "Sindh"), when one is named more often than any other; its
        "state government" or "provincial government" is that region's ("Government of Kedah")."""
        if home is None:
            return None
        country = self.tables.aliases.get(cached_name_key(home))
        subdivisions = subdivision_countries()
        text = self.st.text
        counts: dict[str, int] = {}
        for c in cands:
            if c.label not in ("GPE", "LOC") or c.entry is not None and c.entry.kind not in ("region", "city"):
                continue
            code = subdivisions.get(cached_name_key(text[c.start:c.end]))
            found = self.tables.aliases.get(code.lower()) if code else None
            if found is not None and country is not None and found.name == country.name:
                name = text[c.start:c.end]
                name = name.title() if name.isupper() else name
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] <= ranked[1][1]:
            return None
        return ranked[0][0]

    def _page_places(self, cands: list[Cand]) -> list[tuple[str, int]]:
        """(name key, weight) of the places the page itself names: the town of a wire dateline
        ("LARNACA, Aug 19 (Agency) -": where the story is filed from, which is not always where
        it happens, so it weighs as a town named twice in the text, less than a country the
        dateline names) when no table knows it and the dateline names no country (those are
        counted with the candidates); a capital that opens a dateline ("HANOI, Oct 8 (Wire) -"),
        which weighs as the dateline's country would (`_DATELINE`): a wire files from a capital
        about the country it is the capital of, and the candidates do not count a capital that
        only says where (`linking` makes it a place); and a town or region in the outlet's
        masthead name ("The Nairobi Herald": a local paper writes about its own country), a
        capital there ("THE QUITO HERALD") weighing as a dateline's capital, any other town
        as a town named once (a masthead's one word may be a town's name and a word: "Norte");
        and the town (else the province) of the place line under a masthead ("Villa Norte, Tasman |
        4 March 2026": `layout.place_lines`), where the paper is, weighing as a dateline's."""
        text = self.st.text
        aliases = self.tables.aliases
        outlet_words = self.tables.cue("outlet_words")
        named = [c.start for c in cands if c.entry is not None and c.entry.kind in ("country", "capital")]
        # a dateline that names its country ("JEDDAH, Saudi Arabia -") is counted through it
        names = [cached_name_key(_DATELINE_PLACE.match(text, a, b).group(1)) for a, b in self.st.datelines
                 if not any(a <= at < b for at in named)]
        names += [cached_name_key(c.entry.name) for c in cands if c.outlet and c.entry is not None and not self._in_dateline(c)]
        out: list[tuple[str, int]] = []
        for key in names:
            if not key or key in aliases and aliases[key].kind != "capital":
                continue
            if key in aliases:  # a dateline's capital
                out.append((key, _DATELINE))
                continue
            words = key.split()
            outlet = [w for w in words if w not in outlet_words]
            if outlet != words:  # a masthead ("THE NAIROBI HERALD — Friday ..." reads as a dateline too)
                place = _place_run(outlet)
                if place:
                    out.append((place, _DATELINE if place in aliases and aliases[place].kind == "capital" else 1))
            elif key in town_countries() or key in subdivision_countries():
                out.append((key, 2))
        for place, region in place_lines(text):  # "Villa Norte, Tasman | 4 March 2026"
            for key in (cached_name_key(place), cached_name_key(region)):
                entry = aliases.get(key)
                if entry is not None and entry.kind == "capital":
                    out.append((key, _DATELINE))
                elif entry is None and len({town_countries().get(key), subdivision_countries().get(key)} - {None}) == 1:
                    out.append((key, 2))  # (a town of one country that is no province of another: "Cuenca")
                else:
                    continue  # a country is counted with the candidates; an unknown word, not at all
                break
        return out

    def _home_country(self, countries: list[Cand], regions: list[Cand] = (),
                      page: list[tuple[str, int]] = (), modifiers: list[Cand] = ()) -> Optional[str]:
        """The country a document is about: named at least twice and more than twice as often as
        any other. A province, state or county of one country (ISO 3166-2, pycountry) counts for
        that country ("Bali" for Indonesia), and so does a town whose name GeoNames gives one
        country ("Larnaca" for Cyprus), and the towns of the page's dateline and masthead
        (`_page_places`); a country's adjective counts as naming it ("Chilean prosecutors", "the Danish
        museum": news names a story's country by its demonym at least as often as by its name),
        but not one inside a country's name ("French" of "French Guiana"),
        and the country of a wire dateline ("CITY, Country, May 3 -") counts as `_DATELINE`
        mentions: it is where the story is filed from. An amount in a country's own currency ("₩10,640", "3,000
        tenge": actorids.money_places) counts as naming it once more when it is named most. A story that names one country
        and no other (no town of another either) is about it, even when it names it once."""
        counts: dict[str, int] = {}
        for c in countries:
            counts[c.entry.name] = counts.get(c.entry.name, 0) + (_DATELINE if self._in_dateline(c) else 1)
        # the countries the text names by name, by a capital that is no venue ("talks in Paris")
        # and, below, by the page's own town or by adjective
        # (a name that only qualifies a word, "Panama-flagged", "UK-listed", names no story's country)
        named = {c.entry.name for c in countries if (c.entry.kind == "country" or c.role != "location"
                                                     or c.layout in ("byline", "credit"))  # "By X, Oslo"
                 and not any(m is c for m in modifiers)}
        aliases = self.tables.aliases
        subdivisions = subdivision_countries()
        text = self.st.text
        towns = town_countries()
        seen: set[str] = set()
        for c in regions:  # "Bali", "Galway": a province, state or county of one country;
            key = cached_name_key(text[c.start:c.end])  # "Larnaca": a town of one country (GeoNames),
            code = subdivisions.get(key)
            if code is None and key not in seen:  # each town once: a venue named again and
                seen.add(key)  # again ("talks in Jeddah") is not the story's country
                code = towns.get(key)
            country = aliases.get(code.lower()) if code else None
            if country is not None and country.kind == "country":
                counts[country.name] = counts.get(country.name, 0) + 1
        for key, weight in page:  # the dateline's town, the masthead's town
            if key in seen:
                continue
            capital = aliases.get(key)
            code = subdivisions.get(key) or towns.get(key)
            country = aliases.get(cached_name_key(capital.name)) if capital is not None and capital.kind == "capital" \
                else aliases.get(code.lower()) if code else None
            if country is not None and country.kind == "country":
                counts[country.name] = counts.get(country.name, 0) + weight
                named.add(country.name)
        in_names = {i for c in countries for i in range(c.tok_start, c.tok_end)}
        for ent in self.st.ents:
            if ent.label_ != "NORP" or ent.start in in_names:
                continue  # ("French" of "French Guiana": a word of the country's own name)
            entry = aliases.get(cached_name_key(ent.text))
            if entry is not None and entry.kind == "demonym":
                country = aliases.get(cached_name_key(entry.name))
                if country is not None and country.kind == "country":
                    counts[entry.name] = counts.get(entry.name, 0) + 1
                    named.add(entry.name)
        # "₩10,640", "3,000 tenge": the country's own money confirms the country named most (or
        # one of those named most), or names it when nothing else does; it never raises a country
        # the story names less (a donor's "£1m" in a story about Nepal)
        top = max(counts.values(), default=0)
        names = country_names()
        for code in money_countries(text):
            name = names.get(code)
            if name is not None and counts.get(name, 0) == top:
                counts[name] = top + 1
                named.add(name)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        if ranked[0][1] < 2 and not (len(ranked) == 1 and ranked[0][0] in named):
            return None  # one town, named once, is a place the story mentions, not yet its country
        return ranked[0][0]
