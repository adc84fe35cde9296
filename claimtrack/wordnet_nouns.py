"""One WordNet noun table (data/noun_wordnet.json, Princeton WordNet 3.0) read for its two uses.

The table holds, for the single-word nouns that can meet another noun, their most frequent senses
in frequency order (four for a noun SemCor tags, the first for one it never tags), the direct
hypernyms between kept senses, and each sense's lexicographer file (senses are numbered in
lexicographer-file order, so the file is found from the number). Two views are derived from it:

- `noun_senses()`: each noun's three most frequent senses that can make two nouns meet, and their
  direct hypernyms (compare/statements.py: "queue" is a kind of "line");
- `noun_kinds()`: synonyms and kinds of the nouns SemCor tags (compare/units.py: "85 lawyers" /
  "85 attorneys", "ferry" / "boat"), the kinds read in the wide form (`derive_kinds(wide=True)`:
  "posts" / "jobs", "commuters" / "passengers"), and the synonyms of the nouns SemCor never tags
  ("dinghy" / "rowboat", "storey" / "floor"). Which nouns and senses the table keeps is set by
  the narrow form; the wide one reads no sense the table does not keep (the tool checks it).

A third part, `classes`, is read as written (`made_under`): for the nouns of things made and of
bodies (noun.artifact, noun.group), every sense SemCor tags and the nearest such senses above each
("ferry" / "vessel", "airline" / "carrier").

Built by data/tools/noun_wordnet.py; `derive_*` are also used by that tool, so the table and its
views cannot drift apart.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import chain

#: WordNet's lexicographer files of the nouns the classes view keeps: things made, noun.artifact (6),
#: and the bodies that run them, noun.group (14; an airline is a line, a kind of common carrier).
CLASS_FILES = (6, 14)

#: Senses read per tagged noun by each view (WordNet orders a lemma's senses by frequency).
SENSES_VIEW = 3
KINDS_SYNONYM = 4
KINDS_HYPERNYM = 2
#: Senses read per tagged noun for its kinds in the wide form (`derive_kinds`).
KINDS_HYPERNYM_WIDE = 3


def derive_senses(tagged: dict, rare: dict, hypernyms: dict) -> dict[str, list[int]]:
    """Noun -> its kept senses that a sense of another noun shares or that a hypernym link
    touches (the others make a noun meet only itself)."""
    top = [(w, offs[:SENSES_VIEW]) for w, offs in tagged.items()]
    top += [(w, [o]) for w, o in rare.items()]
    owners = Counter(chain.from_iterable(offs for _w, offs in top))
    linked = {o for o, n in owners.items() if n > 1}
    linked.update(hypernyms, chain.from_iterable(hypernyms.values()))
    out = {}
    for w, offs in top:
        kept = [o for o in offs if o in linked]
        if kept:
            out[w] = kept
    return out


def derive_kinds(tagged: dict, hypernyms: dict, lexfile, wide: bool = False,
                 rare: dict | None = None) -> tuple[dict, dict]:
    """(same, kinds) over the tagged nouns. `same`: two nouns are synonyms when the most frequent
    sense of one is among the four most frequent of the other and both nouns' most frequent
    senses lie in one lexicographer file. `kinds`: a noun and the nouns whose most frequent sense
    is the direct hypernym of one of its two most frequent senses, within one lexicographer file.

    `rare` (noun -> its one sense read, for the nouns SemCor never tags): such a noun is a synonym
    of the other rare nouns of that sense and of each tagged noun that has it among its three most
    frequent senses (the senses view's), in the file of that noun's first sense. A writer who
    avoids repeating a word reaches for the rarer one of a synset: "slaughterhouse" / "abattoir"
    (both untagged, one sense), "floor" / "storey" (the second sense of "floor").

    `wide`: one of its three most frequent senses, the hypernym in the lexicographer file of the
    noun's most frequent sense or of that sense. WordNet orders senses by their frequency in
    general text (SemCor), and a noun a report counts is often used in a sense that is not its
    first: "post" is first a place (noun.location), third a job, a kind of "job" (noun.act);
    "commuter" is first a train, second a kind of "passenger" (noun.person)."""
    words = sorted(tagged)
    first = {w: tagged[w][0] for w in words}
    by_first: dict[int, list[str]] = {}
    for w in words:
        by_first.setdefault(first[w], []).append(w)
    synonyms: dict[str, set] = {w: set() for w in words}
    for x in words:
        lx = lexfile(first[x])
        for s in tagged[x][:KINDS_SYNONYM]:
            for y in by_first.get(s, ()):
                if y != x and lexfile(s) == lx:
                    synonyms[x].add(y)
                    synonyms[y].add(x)
    kinds: dict[str, set] = {}
    read = KINDS_HYPERNYM_WIDE if wide else KINDS_HYPERNYM
    for x in words:
        lx = lexfile(first[x])
        for s in tagged[x][:read]:
            for h in hypernyms.get(s, ()):
                for y in by_first.get(h, ()):
                    if y != x and (lexfile(h) == lx or wide and lexfile(h) == lexfile(s)) and y not in synonyms[x]:
                        kinds.setdefault(x, set()).add(y)
    if rare:
        _rare_synonyms(synonyms, tagged, rare, lexfile)
    same = {w: sorted(ys) for w, ys in synonyms.items() if ys}
    return same, {k: sorted(v) for k, v in sorted(kinds.items())}


def _rare_synonyms(synonyms: dict, tagged: dict, rare: dict, lexfile) -> None:
    """Adds to `synonyms` the synonyms of the rare nouns (see `derive_kinds`)."""
    by_sense: dict[int, list[str]] = {}
    for w in sorted(rare):
        by_sense.setdefault(rare[w], []).append(w)
    for y in sorted(tagged):
        ly = lexfile(tagged[y][0])
        for s in tagged[y][:SENSES_VIEW]:
            if lexfile(s) == ly:
                for x in by_sense.get(s, ()):
                    synonyms.setdefault(x, set()).add(y)
                    synonyms[y].add(x)
    for ws in by_sense.values():
        for x in ws:
            for z in ws:
                if z != x:
                    synonyms.setdefault(x, set()).add(z)


def lexfile_of(starts: list[int]):
    """The lexicographer file of a sense number, from the first number of each file."""
    return lambda s: bisect_right(starts, s) - 1


@lru_cache(maxsize=1)
def wordnet_table() -> tuple[dict, dict, dict, list]:
    """(tagged, rare, hypernyms, lexfile_starts) of the table; read from the table cache
    (`claimtrack.table_cache`) when parsed before from the same file (a third of the JSON's time)."""
    from .table_cache import derived_table
    from .tables import table_path

    return derived_table("noun_table", _parse_table, files=(table_path("noun_wordnet.json"),), kind=tuple)


def _parse_table() -> tuple[dict, dict, dict, list]:
    from .tables import load_json

    raw = load_json("noun_wordnet.json")
    # by sense number: null for none, a number for one, a list for several
    hypernyms = {i: [h] if isinstance(h, int) else h for i, h in enumerate(raw["hypernyms"]) if h is not None}
    return raw["tagged"], raw["rare"], hypernyms, raw["lexfile_starts"]


@lru_cache(maxsize=1)
def noun_senses() -> tuple[dict, dict]:
    """(noun -> kept senses, sense -> frozenset of its direct hypernyms); read from the table cache
    (`claimtrack.table_cache`) when derived before from the same table (diff's ~70 ms)."""
    from .table_cache import derived_table
    from .tables import table_path

    def build() -> tuple[dict, dict]:
        tagged, rare, hypernyms, _starts = wordnet_table()
        return derive_senses(tagged, rare, hypernyms), {k: frozenset(v) for k, v in hypernyms.items()}

    return derived_table("noun_senses", build, files=(table_path("noun_wordnet.json"),), kind=tuple)


@lru_cache(maxsize=1)
def noun_kinds() -> tuple[dict, dict]:
    """(noun -> its synonyms, noun -> the nouns naming its kind, in the wide form), each list sorted;
    read from the table cache (`claimtrack.table_cache`) when derived before from the same table."""
    from .table_cache import derived_table
    from .tables import table_path

    def build() -> tuple[dict, dict]:
        tagged, rare, hypernyms, starts = wordnet_table()
        return derive_kinds(tagged, hypernyms, lexfile_of(starts), wide=True, rare=rare)

    return derived_table("noun_kinds", build, files=(table_path("noun_wordnet.json"),), kind=tuple)


def noun_sense_ids(noun: str) -> tuple[int, ...]:
    """The sense numbers the table keeps for the noun, most frequent first (empty if none)."""
    tagged, rare, _hypernyms, _starts = wordnet_table()
    return tuple(tagged.get(noun) or ([rare[noun]] if noun in rare else []))


def sense_lexfile(sense: int) -> int:
    """The lexicographer file of a sense number."""
    return lexfile_of(wordnet_table()[3])(sense)


#: WordNet's lexicographer files of nouns that name something that happens: noun.act (4) and
#: noun.event (11).
HAPPENING_FILES = frozenset({4, 11})


def noun_lexfiles(noun: str, senses: int) -> tuple[int, ...]:
    """The lexicographer files of the noun's `senses` most frequent WordNet senses, most
    frequent first (empty for a noun the table does not hold)."""
    tagged, rare, _hypernyms, starts = wordnet_table()
    offs = tagged.get(noun) or ([rare[noun]] if noun in rare else [])
    lexfile = lexfile_of(starts)
    return tuple(lexfile(o) for o in offs[:senses] if o is not None)


@lru_cache(maxsize=4096)
def names_happening(noun: str, senses: int = 2) -> bool:
    """Whether one of the noun's `senses` most frequent WordNet senses is an act or an event
    ("match", "vote", "strike", "race"; not "gate", "price", "academy")."""
    return any(f in HAPPENING_FILES for f in noun_lexfiles(noun, senses))


#: WordNet 3.0's noun lexicographer files of abstract matters (lexnames): noun.act (04),
#: noun.communication (10), noun.event (11), noun.possession (21), noun.quantity (23).
MATTER_FILES = frozenset({4, 10, 11, 21, 23})


#: WordNet's lexicographer file of nouns denoting people: noun.person (18).
PERSON_FILE = 18
#: WordNet's lexicographer file of groupings of people and the bodies they form: noun.group (14;
#: "company", "council", "union", "ministry").
GROUP_FILE = 14


#: WordNet's lexicographer files of places (noun.location, 15: "site", "port", "area") and of
#: natural objects (noun.object, 17: "coast", "island", "shore").
PLACE_FILES = frozenset({15, 17})


@lru_cache(maxsize=4096)
def names_place(noun: str) -> bool:
    """Whether the noun's one most frequent WordNet sense is a place or a natural object
    (`PLACE_FILES`: "site", "harbour", "coast"; not "record", "peak", "target")."""
    return bool(set(noun_lexfiles(noun, 1)) & PLACE_FILES)


@lru_cache(maxsize=4096)
def names_group(noun: str) -> bool:
    """Whether the noun's one most frequent WordNet sense is a grouping of people (noun.group:
    "federation", "council", "company"; not "airline", "museum", whose first senses are things)."""
    return noun_lexfiles(noun, 1) == (GROUP_FILE,)


@lru_cache(maxsize=8192)
def classes_of(noun: str) -> frozenset:
    """The senses the noun's most frequent WordNet sense lies under, through any number of
    hypernym links between the table's kept senses ("wildebeest": antelope, bovid, ruminant, ...,
    mammal, animal, organism), empty for a noun the table does not hold."""
    tagged, rare, _hypernyms, _starts = wordnet_table()
    offs = tagged.get(noun) or ([rare[noun]] if noun in rare else [])
    if not offs:
        return frozenset()
    _senses, hypernyms = noun_senses()
    seen: set = set()
    todo = list(hypernyms.get(offs[0], ()))
    while todo:
        s = todo.pop()
        if s not in seen:
            seen.add(s)
            todo.extend(hypernyms.get(s, ()))
    return frozenset(seen)


def first_sense(noun: str):
    """The noun's most frequent WordNet sense in the table, or None."""
    tagged, rare, _hypernyms, _starts = wordnet_table()
    offs = tagged.get(noun) or ([rare[noun]] if noun in rare else [])
    return offs[0] if offs else None


@lru_cache(maxsize=1)
def _classes_view() -> tuple[dict, list]:
    """(noun -> its senses in CLASS_FILES, by sense: the nearest such senses above it), the table's
    `classes` (data/tools/noun_wordnet.py)."""
    from .tables import load_json

    raw = load_json("noun_wordnet.json")["classes"]
    above = [() if h is None else (h,) if isinstance(h, int) else tuple(h) for h in raw["above"]]
    return raw["senses"], above


@lru_cache(maxsize=8192)
def made_classes(noun: str) -> frozenset:
    """The senses above any of the noun's senses in CLASS_FILES (those SemCor tags; all, for a noun it
    never tags), through any number of hypernym links: for "ferry", boat, vessel (watercraft),
    craft, vehicle, conveyance ...; empty for a noun with no such sense."""
    senses, above = _classes_view()
    seen: set = set()
    todo = [h for s in senses.get(noun, ()) for h in above[s]]
    while todo:
        s = todo.pop()
        if s not in seen:
            seen.add(s)
            todo.extend(above[s])
    return frozenset(seen)


@lru_cache(maxsize=1 << 16)
def made_under(x: str, y: str) -> bool:
    """One of `y`'s senses in CLASS_FILES lies above one of `x`'s: `x` names a kind of thing made (or
    of body) that `y` names a class of ("ferry" / "vessel", "lorry" / "vehicle", "airline" /
    "carrier"), whichever of their tagged senses the link runs between. Kept per pair of nouns:
    diff asks it of the same counted nouns in every pair of figures it weighs."""
    senses, _above = _classes_view()
    return x != y and bool(set(senses.get(y, ())) & made_classes(x))
