"""The gazetteer: countries, capitals, regions, organisations and non-actor names from the data tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Optional

from .. import tables
from ..titles import parse_titles, title_table
from .names import LEADING_THE, POSSESSIVE, actor_id, name_key
from .words import PARTICLES

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
#: Words that join the parts of an organisation's name ("Society for the Protection of Rare Birds").
_CONNECTIVE_WORDS = frozenset("of for and the on at".split())


@dataclass(frozen=True)
class Entry:
    """A table entry: canonical name, actor type, and what kind of name matched."""

    name: str
    type: str
    kind: str  # country | metonym | capital | region | group | org | city | demonym


@dataclass
class Tables:
    aliases: dict[str, Entry] = field(default_factory=dict)
    patterns: set[str] = field(default_factory=set)  # surface forms for the PhraseMatcher
    ambiguous_person: set[str] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    #: The most words (split at spaces and hyphens) of any title: no longer phrase is a title.
    title_max_words: int = 0
    non_actor_names: set[str] = field(default_factory=set)
    non_actor_last: set[str] = field(default_factory=set)
    non_actor_pattern: Optional[re.Pattern] = None
    feature_last: set[str] = field(default_factory=set)  # "X Strait", "X Bridge": a feature's generic word
    feature_first: set[str] = field(default_factory=set)  # "Mount X", "Lake X"
    unless_acting: set[str] = field(default_factory=set)  # platforms, leagues: actors only when acting
    last_unless_acting: set[str] = field(default_factory=set)  # "X Fund", "X Programme": the same
    last_unless_speaking: set[str] = field(default_factory=set)  # "X Festival": an actor only when it speaks
    seats: dict[str, Entry] = field(default_factory=dict)  # "brussels" -> the EU where Brussels acts
    cues: dict[str, frozenset] = field(default_factory=dict)

    def cue(self, name: str) -> frozenset:
        return self.cues.get(name, frozenset())

    def non_actor(self, key: str, label: str) -> bool:
        """Diseases, competitions, summits, indices, rates, treaties: named, but never actors."""
        if not key or key in self.aliases:
            return False
        if key in self.non_actor_names:
            return True
        if self.non_actor_pattern is not None and self.non_actor_pattern.search(key):
            return True
        words = key.split()
        if words[-1] in self.last_unless_speaking:
            return False  # "the X Festival said": decided where it is used (linking)
        return label != "PERSON" and len(words) > 1 and (
            words[-1] in self.non_actor_last or " ".join(words[-2:]) in self.non_actor_last
        )

    def feature(self, key: str) -> str:
        """The proper part of a natural feature's or a structure's name ('mount agung' -> 'agung',
        'tallholm bridge' -> 'tallholm'), '' for any other name: a name of two words or more that
        starts or ends with a feature word (non_actors.json) and is no table entry and no body's
        name ('... of the Sea'). A feature word right after a surname particle is a surname
        ('Marieke van Dam', 'Hans von Berg': Dutch and German surnames, never a feature's name)."""
        words = key.split()
        if len(words) < 2 or key in self.aliases or _CONNECTIVE_WORDS.intersection(words):
            return ""
        if len(words) > 2 and " ".join(words[-2:]) in self.feature_last:
            return " ".join(words[:-2])  # "X National Park"
        if words[-1] in self.feature_last and words[-2] not in PARTICLES:
            return " ".join(words[:-1])
        if words[0] in self.feature_first:
            return " ".join(words[1:])
        return ""

    def add(self, alias: str, entry: Entry, *, pattern: bool = True) -> None:
        key = name_key(alias)
        if not key:
            return
        # The first (most specific) entry for a key wins: a country name over a demonym.
        self.aliases.setdefault(key, entry)
        if pattern:
            surface = LEADING_THE.sub("", alias.strip())
            if len(surface) > 1:
                self.patterns.add(surface)


#: The table files the gazetteer is built from: a saved pipeline keeps a copy of each
#: (ActorFinder.to_disk) and a loaded one is built from that copy (ActorFinder.from_disk).
TABLE_FILES = ("countries.json", "organisations.json", "non_actors.json", "actor_cues.json", "titles.txt")


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    """The gazetteer of the tables shipped with the package (built once)."""
    return build_tables(tables.load_json, tables.load_lines)


def build_tables(load_json: Callable[[str], Any], load_lines: Callable[[str], tuple]) -> Tables:
    """The gazetteer of the tables `load_json`/`load_lines` read (by file name, TABLE_FILES)."""
    t = Tables()
    countries = load_json("countries.json")
    for c in countries.get("countries", []):
        country = Entry(c["name"], "GPE", "country")
        for alias in [c["name"], *c.get("aliases", [])]:
            t.add(alias, country)
        for code in (c.get("iso3"),):  # alpha-3 codes are rarely ordinary words
            if code and code.isupper() and len(code) == 3:
                t.add(code, country, pattern=False)
        for metonym in c.get("metonyms", []):
            t.add(metonym, Entry(c["name"], "GPE", "metonym"))
        for capital in c.get("capitals", []):
            t.add(capital, Entry(c["name"], "GPE", "capital"))
    for r in countries.get("regions", []):
        entry = Entry(r["name"], r.get("type", "LOC"), "group" if r.get("type") == "NORP" else "region")
        for alias in [r["name"], *r.get("aliases", [])]:
            t.add(alias, entry)
    for city in countries.get("cities", []):
        t.add(city, Entry(city, "GPE", "city"))
    for c in countries.get("countries", []):
        for dem in c.get("demonyms", []):
            t.add(dem, Entry(c["name"], "NORP", "demonym"), pattern=False)
    for r in countries.get("regions", []):
        for dem in r.get("demonyms", []):
            t.add(dem, Entry(r["name"], "NORP", "demonym"), pattern=False)
    t.ambiguous_person = {name_key(n) for n in countries.get("ambiguous_person_names", [])}
    for o in load_json("organisations.json").get("organisations", []):
        entry = Entry(o["name"], o.get("type", "ORG"), "org")
        for alias in [o["name"], *o.get("aliases", [])]:
            t.add(alias, entry)
    for seat in countries.get("seats", []):  # "Brussels has asked ...": the body seated there
        body = t.aliases.get(name_key(seat["body"]))
        if body is not None:
            t.seats[name_key(seat["capital"])] = body
    non = load_json("non_actors.json")
    t.non_actor_names = {name_key(n) for n in non.get("names", [])}
    t.non_actor_last = {w.lower() for w in non.get("last_words", [])}
    t.unless_acting = {name_key(n) for n in non.get("unless_acting", [])}
    t.last_unless_acting = {w.lower() for w in non.get("last_words_unless_acting", [])}
    t.last_unless_speaking = {w.lower() for w in non.get("last_words_unless_speaking", [])}
    t.feature_last = {w.lower() for w in non.get("feature_last", [])}
    t.feature_first = {w.lower() for w in non.get("feature_first", [])}
    if non.get("patterns"):
        t.non_actor_pattern = re.compile("|".join(f"(?:{p})" for p in non["patterns"]))
    for key, words in load_json("actor_cues.json").items():
        t.cues[key] = frozenset(w.lower() for w in words)
    _add_iso_countries(t, {c.get("iso3"): c["name"] for c in countries.get("countries", [])})
    titles = parse_titles(load_lines("titles.txt"))  # the saved copy's table when loaded from disk
    t.titles, t.title_words, t.title_max_words = set(titles.phrases), set(titles.words), titles.max_words
    return t


def _add_iso_countries(t: Tables, hand: dict[str, str]) -> None:
    """ISO 3166-1 names (pycountry) after every hand-written entry, so the table's own names win:
    formal names join the hand entry of the same alpha-3 code ('Russian Federation' -> Russia),
    and a country the hand list lacks is added under its common name. A name of one word is
    looked up when the model tags it, never searched for as a phrase ("Jersey", "Congo" are other
    things too); a name of two words or more is a PhraseMatcher pattern as well, so that a name the
    model cuts at "and" or tags in part ("Heard Island and McDonald Islands": "Heard" as a verb) is
    one country's name."""
    from .iso import iso_countries

    for c in iso_countries():
        name = hand.get(c.alpha_3, c.name)
        entry = Entry(name, "GPE", "country")
        for alias in (c.name, *c.aliases):
            t.add(alias, entry, pattern=" " in alias.strip())
        if c.alpha_3 not in hand:
            t.add(c.alpha_3, entry, pattern=False)


def canonical_actor(name: str, label: str) -> tuple[str, str, str]:
    """(id, canonical name, type) for a name seen with an entity label, via the data tables.

    Pure and context-free (for comparing documents): 'U.S.' -> ('united-states', 'United States',
    'GPE'); 'the Kremlin' -> Russia; 'Prime Minister X Y' -> X Y; unknown names are cleaned of a
    leading 'the', a possessive and leading titles. A capital stays a city here (no context).
    """
    t = load_tables()
    label = label if label in ACTOR_LABELS else "ORG"
    text = POSSESSIVE.sub("", (name or "").strip()).strip(" \t\r\n\"'“”‘’«»()[]:;,.")
    if name_key(text) == "" and name:
        text = name.strip()
    entry = t.aliases.get(name_key(text))
    if entry is not None and entry.kind != "demonym" and not (
        label == "PERSON" and name_key(text) in t.ambiguous_person
    ):
        if entry.kind == "capital":
            canon = LEADING_THE.sub("", text)
            return actor_id(canon), canon, "GPE"
        return actor_id(entry.name), entry.name, entry.type
    if label == "PERSON":
        text = title_table().strip(text)
    else:
        text = LEADING_THE.sub("", text)
    text = text or (name or "").strip()
    return actor_id(text), text, label
