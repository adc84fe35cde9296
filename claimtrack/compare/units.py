"""Units compared by meaning: which measure a quantity counts, from the synonyms table.

A quantity's *measure* is a class from `data/unit_synonyms.json` ("nation" for nations,
countries, member states), narrowed by its modifiers ("military leaders" -> military-chief).
Two measures are the same when the classes match and merely related when both classes sit in
one family. (A count made through a group, "chiefs from 30 nations", is read by
compare/quantities.py from the claim frame.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..models import Quantity
from ..parsers.lexicon import singular
from ..tables import load_json
from ..wordnet_nouns import classes_of, first_sense, made_under as _made_under, noun_kinds, noun_lexfiles

SAME, CLOSE, FAMILY = "same", "close", "family"
#: Not comparable by the table (a unit it does not know, or no unit at all): only close context
#: can align such figures, and they can agree but never conflict.
LOOSE = "loose"


@dataclass(frozen=True)
class Measure:
    """What a quantity counts. `cls` is a class of the table (or the raw unit when unknown)."""

    cls: Optional[str]
    currency: Optional[str] = None
    period: Optional[str] = None
    known: bool = True  # False when the unit is not in the table (compared by spelling only)

    def label(self) -> str:
        if self.currency:
            return f"amount in {self.currency}" + (f" per {self.period}" if self.period else "")
        name = plural(self.cls) if self.cls else "things"
        return name + (f" per {self.period}" if self.period else "")


#: Plurals no rule makes, and words whose plural is the same word: the irregular plurals of
#: data/units.json (the table the extractor singularises with), turned round, and two words the
#: labels use as they are.
_IRREGULAR_PLURALS = {**{one: many for many, one in load_json("units.json")["irregular_plurals"].items()},
                      "percent": "percent", "people": "people"}


def plural(cls: str) -> str:
    """The English plural of a unit lemma or class, for labels people read: 'military-chief' ->
    'military chiefs', 'fishing boat' -> 'fishing boats', 'country' -> 'countries'. The one
    implementation (the ledger's charts use it too); a word ending in a single 's' is taken as
    plural already ('species', 'news')."""
    name = cls.replace("-", " ")
    head, _, last = name.rpartition(" ")
    lower = last.lower()
    if lower in _IRREGULAR_PLURALS:
        word = _IRREGULAR_PLURALS[lower]
    elif lower.endswith("s") and not lower.endswith("ss") or not lower[-1:].isalpha():
        word = last
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        word = last[:-1] + "ies"
    elif lower.endswith(("ss", "ch", "sh", "x", "z")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


@dataclass(frozen=True)
class Table:
    lemma_to_class: dict
    families: dict  # class -> set of family names
    overrides: dict  # class or raw lemma -> {modifier: class}
    delegates: frozenset
    generic: frozenset
    approx_below: tuple
    approx_above: tuple
    max_words: int
    roles: dict  # stemmed word -> frozenset of roles
    role_phrases: tuple = ()  # (compiled phrase, role): multi-word cues ("driven from their homes")
    measuring_families: frozenset = frozenset()  # measures, not counts: duration, share, distance...
    measuring_classes: frozenset = frozenset()
    money_roles: frozenset = frozenset()  # roles an amount of money can have (pledged, sent)
    being_roles: frozenset = frozenset()  # roles only living beings can have (detained, injured)
    one_each: frozenset = frozenset()  # pairs of classes counting one thing two ways (household, home)


@lru_cache(maxsize=1)
def table() -> Table:
    raw = load_json("unit_synonyms.json")
    lemma_to_class: dict[str, str] = {}
    for cls, words in raw["classes"].items():
        lemma_to_class.setdefault(cls, cls)
        for w in words:
            lemma_to_class.setdefault(w.lower(), cls)
    families: dict[str, set] = {}
    for fam, classes in raw["families"].items():
        for c in classes:
            families.setdefault(c, set()).add(fam)
    return Table(
        lemma_to_class=lemma_to_class,
        families={k: frozenset(v) for k, v in families.items()},
        overrides={k.lower(): {m.lower(): c for m, c in v.items()} for k, v in raw["modifier_overrides"].items()},
        delegates=frozenset(raw["delegates"]),
        generic=frozenset(raw["generic_delegates"]),
        approx_below=tuple(sorted((w.lower() for w in raw["approx_below"]), key=len, reverse=True)),
        approx_above=tuple(sorted((w.lower() for w in raw["approx_above"]), key=len, reverse=True)),
        max_words=max(len(w.split()) for w in lemma_to_class),
        roles=_roles(raw.get("roles", {})),
        role_phrases=tuple(
            (re.compile(r"\b" + r"\s+".join(re.escape(w) for w in phrase.lower().split()) + r"\b", re.IGNORECASE), role)
            for role, phrases in raw.get("role_phrases", {}).items() for phrase in phrases),
        measuring_families=frozenset(raw.get("measuring_families", ())),
        measuring_classes=frozenset(raw.get("measuring_classes", ())),
        money_roles=frozenset(raw.get("money_roles", ())),
        being_roles=frozenset(raw.get("being_roles", ())),
        one_each=frozenset(frozenset(pair) for pair in raw.get("one_each", ())),
    )


def _roles(raw: dict) -> dict:
    from .context import fold, stem

    out: dict[str, set] = {}
    for role, words in raw.items():
        for w in words:
            out.setdefault(stem(fold(w)), set()).add(role)
    return {k: frozenset(v) for k, v in out.items()}


def roles_of(stems, text: str = "", money: bool = False, thing: Optional[str] = None) -> frozenset:
    """What happened to the counted things, from the (stemmed) words beside the count and the
    multi-word cues in `text`, the clause as written ("driven more than 80,000 from their homes").
    `money`: the figure is an amount of money, which can only be pledged or sent ("won a contract
    worth $2 billion" elects nobody, "lost $40 million" kills nobody): its other roles are dropped.
    `thing`: the counted noun; a thing that is no living being (`names_a_thing`) is never detained
    or injured ("37 wells held cyanide": data/unit_synonyms.json being_roles)."""
    if money:
        return roles_of(stems, text) & table().money_roles
    t = table()
    out: set = set()
    for w in stems:
        out |= t.roles.get(w, frozenset())
    if text:
        out.update(role for rx, role in t.role_phrases if role not in out and rx.search(text))
    if thing and out & t.being_roles and names_a_thing(thing):
        out -= t.being_roles
    return frozenset(out)


#: WordNet's lexicographer files of things that are no living beings: noun.act (4), noun.artifact
#: (6), noun.communication (10), noun.food (13), noun.object (17), noun.possession (21) and
#: noun.substance (27).
THING_FILES = frozenset({4, 6, 10, 13, 17, 21, 27})


def names_a_thing(noun: str) -> bool:
    """The noun's commonest WordNet sense is a thing made, an act, a message, a possession, food,
    an object or a substance ("well", "transfer", "account", "payment"), never a being; a noun
    WordNet does not know names nothing certain."""
    words = noun.lower().split()
    if not words:
        return False
    files = noun_lexfiles(singular(words[-1]), 1)
    return bool(files) and files[0] in THING_FILES


@lru_cache(maxsize=1)
def _person_table() -> frozenset:
    """Nouns whose commonest sense is a kind of person (WordNet 3.0, data/person_nouns.json)."""
    return frozenset(load_json("person_nouns.json")["nouns"])


@lru_cache(maxsize=4096)
def names_people(noun: str, senses: int = 1) -> bool:
    """Whether the noun's commonest WordNet sense is a kind of person (data/person_nouns.json) or
    one of its `senses` commonest senses lies in WordNet's file of nouns denoting people,
    noun.person ("driver" is first "the operator of a motor vehicle", which WordNet files with
    people but places under "causal agent", not "person"; "fan" is first a device, second a
    follower)."""
    from ..wordnet_nouns import PERSON_FILE

    return noun in _person_table() or PERSON_FILE in noun_lexfiles(noun, senses)


@lru_cache(maxsize=1)
def _people_groups() -> frozenset:
    """Nouns whose commonest sense is a grouping of people (WordNet 3.0, data/person_nouns.json
    "groups": hyponyms of social_group.n.01 or people.n.01)."""
    return frozenset(load_json("person_nouns.json")["groups"])


def names_people_group(noun: str) -> bool:
    """Whether the noun's commonest WordNet sense is a grouping of people ("staff", "crew",
    "police", "delegation", "union"; not "set" or "series", groupings of things)."""
    return noun in _people_groups()


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|%", re.UNICODE)


def lookup(unit: Optional[str]) -> Optional[str]:
    """The class of a unit lemma or phrase ('countries', 'service members'), or None."""
    if not unit:
        return None
    t = table()
    u = " ".join(unit.lower().replace("’", "'").split())
    for cand in (u, singular(u), " ".join(singular(w) for w in u.split())):
        if cand in t.lemma_to_class:
            return t.lemma_to_class[cand]
    words = u.split()
    # The head is usually last ("armoured vehicles"), or first before "of" ("heads of state").
    for cand in (words[-1:], words[:1]):
        if cand:
            w = singular(cand[0])
            if w in t.lemma_to_class:
                return t.lemma_to_class[w]
    return None


def _noun_kinds() -> tuple[dict, dict]:
    """(synonyms, kinds) of single-word nouns, from WordNet 3.0 (data/noun_wordnet.json, the
    kinds view of claimtrack/wordnet_nouns.py)."""
    return noun_kinds()


def same_noun(x: Optional[str], y: Optional[str]) -> bool:
    """Two nouns WordNet gives as synonyms ("lawyer" / "attorney", "pupil" / "student")."""
    if not x or not y or x == y:
        return False
    same, _kinds = _noun_kinds()
    return y in same.get(x, ()) or x in same.get(y, ())


def kind_of(x: Optional[str], y: Optional[str]) -> bool:
    """One noun names a kind of what the other names ("ferry" / "boat", "firm" / "business")."""
    if not x or not y or x == y:
        return False
    _same, kinds = _noun_kinds()
    return y in kinds.get(x, ()) or x in kinds.get(y, ())


def under(x: str, y: str) -> bool:
    """The most frequent WordNet sense of `y` is one of those the most frequent sense of `x` lies
    under, through any number of hypernym links ("wildebeest" under "animal" through antelope,
    bovid, ruminant ... mammal): English names a counted thing by its kind or by any class above
    it ("300 wildebeest" / "300 animals"). For things made and the bodies that run them, whose
    nouns news uses in senses other than their commonest, any sense SemCor tags (of a noun it
    never tags, any sense) on either side (`made_under`: "ferry" / "vessel", whose commonest sense
    is a blood vessel; "airline" / "carrier", a common carrier)."""
    sense = first_sense(y)
    return (sense is not None and sense in classes_of(x)) or made_under(x, y)


def made_under(x: Optional[str], y: Optional[str]) -> bool:
    """`x` names a kind of thing made (or of body) that `y` names a class of, by any sense SemCor tags
    of either (claimtrack.wordnet_nouns.made_under: "ferry" / "vessel", "airline" / "carrier")."""
    return bool(x and y) and _made_under(x, y)


def _synonym_class(word: str) -> Optional[str]:
    """The class of the units table one of a noun's WordNet synonyms belongs to ("pupil" ->
    student), so that a synonym meets the table's word wherever the table's classes are used."""
    same, _kinds = _noun_kinds()
    for other in same.get(word, ()):
        cls = table().lemma_to_class.get(other)
        if cls is not None:
            return cls
    return None


#: WordNet's lexicographer files a unit of measurement's commonest sense lies in: noun.quantity
#: (23; "metre", "gram"), noun.relation (24; "percent") and noun.time (28; "week", "second").
_UNIT_FILES = frozenset({23, 24, 28})


@lru_cache(maxsize=1)
def _cldr_measures() -> dict:
    """Spelling -> name of each unit of measurement the Unicode CLDR names (data/cldr_units.json,
    the table the extractor reads units with: "megawatts" -> megawatt, "cubic metres" -> cubic
    metre), less the names whose commonest WordNet sense, where WordNet's noun table holds them,
    is no quantity ("bar" is first a place to drink, "stone" a rock, "knot" a tie): a count of
    such things is as common in news as the unit."""
    from ..wordnet_nouns import wordnet_table, lexfile_of

    tagged, rare, _hypernyms, starts = wordnet_table()
    lexfile = lexfile_of(starts)

    def unit_first(name: str) -> bool:
        first = tagged[name][0] if name in tagged else rare.get(name)
        return first is None or lexfile(first) in _UNIT_FILES

    return {k.lower(): v for k, v in load_json("cldr_units.json")["names"].items() if unit_first(v)}


def _table_spelling(u: str) -> bool:
    """The units table holds this spelling itself, not just its last or first word."""
    t = table()
    return any(c in t.lemma_to_class for c in (u, singular(u), " ".join(singular(w) for w in u.split())))


def cldr_measure(unit: Optional[str]) -> Optional[str]:
    """The CLDR unit of measurement a unit lemma names ("megawatt", "kilometre per hour"), or None."""
    u = " ".join((unit or "").lower().replace("’", "'").split())
    if not u:
        return None
    names = _cldr_measures()
    return names.get(u) or names.get(singular(u))


def classify(unit: Optional[str], modifiers: tuple = ()) -> tuple[Optional[str], bool]:
    """(class, known) for a unit narrowed by its modifiers. A unit of measurement CLDR names that
    the units table does not spell out ("36 megawatts", "12 cubic metres", "80 km/h") is known as
    itself: a measure, never read from its last word ("cubic metre" is no metre, "kilometre per
    hour" no hour) nor counted like a thing."""
    t = table()
    raw = (unit or "").lower().strip()
    named = cldr_measure(raw)
    if named and not _table_spelling(" ".join(raw.replace("’", "'").split())):
        return named, True
    conv = conversion(raw) if " " in raw else None
    if conv is not None and not _table_spelling(" ".join(raw.split())):
        # a unit of several words that converts (data/unit_factors.json: "gigawatt hour") is a
        # measure of its dimension, never read from its last word (a gigawatt hour is no hour)
        return conv.base, True
    cls = lookup(unit)
    if cls is None and raw and " " not in raw:
        cls = _synonym_class(singular(raw)) or _synonym_class(raw)
    for key in (raw, singular(raw), cls):
        if key and key in t.overrides:
            for m in modifiers:
                new = t.overrides[key].get(m.lower())
                if new:
                    return new, True
    if cls is None:
        return (singular(raw) if raw else None), False
    return cls, True


def measure_of(q: Quantity) -> Measure:
    """The measure of a quantity: its unit's class (narrowed by its modifiers), or its currency."""
    if q.currency:
        return Measure(cls=None, currency=q.currency.upper(), period=q.period)
    cls, known = classify(q.unit, tuple(q.modifiers or ()))
    if not known and q.text:
        # A unit lemma the table does not know may be a lemmatiser's slip ("doses" -> "dos"):
        # the word of the mention it was cut from ("two doses") is tried too.
        words = [w for w in _WORD.findall(q.text) if q.unit and w.lower().startswith(q.unit.lower())]
        found = lookup(words[0]) if words else None
        if found is not None:
            cls, known = found, True
    return Measure(cls=cls, period=q.period, known=known)


def relate_measures(a: Measure, b: Measure) -> Optional[str]:
    """SAME (one measure), FAMILY (two classes of one family in the table), or None."""
    if a.currency or b.currency:
        if a.currency == b.currency and a.period == b.period:
            return SAME
        return None
    if a.period != b.period:
        return FAMILY if a.cls == b.cls and a.cls else None
    if a.cls is None or b.cls is None:
        return None
    if a.cls == b.cls or same_noun(a.cls, b.cls):
        return SAME
    t = table()
    if a.known and b.known and t.families.get(a.cls, frozenset()) & t.families.get(b.cls, frozenset()):
        return FAMILY
    return None


def approx_direction(text: str) -> int:
    """-1 when an approximate figure is just under its number ('nearly 30'), +1 just over, 0 around."""
    low = " ".join(text.lower().split())
    t = table()
    if any(low.startswith(w + " ") for w in t.approx_below):
        return -1
    if any(low.startswith(w + " ") for w in t.approx_above):
        return 1
    return 0


@dataclass(frozen=True)
class Conversion:
    """A unit of a dimension (data/unit_factors.json): its base unit and the factor to it."""

    dimension: str
    base: str
    factor: float
    #: The least and the most one unit is in the base unit where its length varies (a calendar
    #: month, 28 to 31 days: unit_factors.json "spans"), else the factor both.
    least: float = 0.0
    most: float = 0.0


@lru_cache(maxsize=1)
def _factors() -> tuple[dict, dict]:
    raw = load_json("unit_factors.json")
    units = {}
    for dim, spec in raw["dimensions"].items():
        spans = spec.get("spans", {})
        for unit, factor in spec["factors"].items():
            least, most = spans.get(unit, (factor, factor))
            units[unit] = Conversion(dim, spec["base"], float(factor), float(least), float(most))
    return units, {k.lower(): v for k, v in raw["spellings"].items()}


def conversion(unit: Optional[str]) -> Optional[Conversion]:
    """How a unit converts to its dimension's base unit ('48-hour' -> hours -> days/24), or None
    for a unit that is not a measure of duration, length or area (counts never convert)."""
    if not unit:
        return None
    units, spellings = _factors()
    u = " ".join(unit.lower().replace("-", " ").split())
    for cand in (u, singular(u), " ".join(singular(w) for w in u.split())):
        cand = spellings.get(cand, cand)
        if cand in units:
            return units[cand]
    return None


@lru_cache(maxsize=1)
def _cldr_measure_names() -> frozenset:
    """The names of `_cldr_measures` (a set: `counted` asks for every pair of figures compared)."""
    return frozenset(_cldr_measures().values())


def counted(m: Measure) -> bool:
    """A measure that counts things (people, trucks, corridors), not one that measures."""
    if m.cls and m.cls in _cldr_measure_names():
        return False  # a unit of measurement CLDR names: "36 megawatts" measures
    if not m.known:
        return True
    t = table()  # units that measure rather than count: data/unit_synonyms.json
    return m.cls not in t.measuring_classes and not (t.families.get(m.cls, frozenset()) & t.measuring_families)
