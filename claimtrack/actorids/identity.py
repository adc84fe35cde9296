"""Actor identity across documents: one id per real-world entity in a run (or a ledger).

The component gives each document its own actors: a person written "Macron" throughout one
article gets the id `macron`, while another article's "Emmanuel Macron" gets `emmanuel-macron`.
This module joins such records over all the documents of a run, on plain data (no spaCy):

* a name that another document's in-document coreference listed as an alias of a fuller name
  ("Trump" among the aliases of Donald Trump) is that actor, when only one actor lists it;
* a person's surname alone, or a shorter tail of a full name ("Tayyip Erdogan" of "Recep Tayyip
  Erdogan"), or its first and last word ("Lena Brandt" of "Lena Okafor-Brandt"), is the one
  person of the run whose full name ends or is written that way; when two people share the
  surname ("Bill Clinton", "Hillary Clinton") the short name stays as it is;
* spellings of one name that differ only by a doubled letter or a final y/i, as transliterations
  do ("Zelensky", "Zelenskyy", "Zelenskiy"), are one name; "Johnson" and "Johnston" are not;
* the fullest name wins (most words, then the spelling with accents), and its id is the group's
  id; a name from the country and organisation tables keeps its table id and name;
* one type per entity: PERSON when a full personal name is in the group (typed PERSON by more
  mentions than any other type, and never taken up as "the company"), else the type of the most
  mentions, an all-capitals name counting as an organisation's acronym ("PAGASA").

`plan(actors)` returns old id -> `Identity`; `unify(results)` rewrites every id (actors, claims,
speakers, frames) of a list of DocumentResults.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from ..text import strip_accents
from .first_names import is_first_name
from .names import actor_id, name_key, surname_before_given_name

#: Generational suffixes that are not a surname ("Martin Luther King Jr").
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_DOUBLED = re.compile(r"(.)\1+")
_TYPE_ORDER = ("PERSON", "ORG", "GPE", "NORP", "LOC")
#: An alias that is a definite description of a kind ("the company", "The state"), as the
#: actor component's definites step adds them.
_DESCRIPTION = re.compile(r"[Tt]he [a-z]")


def _skeleton(word: str) -> str:
    """The spelling skeleton of a name word: accents folded, doubled letters single, y as i
    ('Zelenskyy', 'Zelensky', 'Zelenskiy' -> 'zelenski'; 'Johnston' stays apart from 'Johnson')."""
    w = strip_accents(word).lower()
    w = _DOUBLED.sub(r"\1", w.replace("y", "i"))
    return w[:-2] + "i" if w.endswith("ii") else w


def _words(name: str) -> tuple[str, ...]:
    words = name_key(name).split()
    while len(words) > 2 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(words)


@dataclass
class Identity:
    """What an actor id becomes: the entity's id, canonical name and type."""

    id: str
    name: str
    type: str


@dataclass
class _Seen:
    id: str
    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    aliases: set = field(default_factory=set)
    docs: int = 0
    described: bool = False  # taken up by a definite description ("the company"): no person

    @property
    def name(self) -> str:
        # the spelling most documents use;
        # on a tie the one with accents ("Sébastien") or capitals ("PAGASA" over "Pagasa")
        return max(self.names, key=lambda n: (self.names[n], n != strip_accents(n), sum(map(str.isupper, n)), n))

    @property
    def acronym(self) -> bool:
        return any(n.isupper() and sum(map(str.isalpha, n)) >= 3 for n in self.names)

    @property
    def description(self) -> bool:
        """Every name ends in a lower-case word: the words describe someone the article does not
        name ("crane driver", "Guardia Civil officer"; quotes.unnamed), which joins no one."""
        return all(n.split()[-1:] and n.split()[-1][:1].islower() for n in self.names)

    @property
    def person(self) -> bool:
        """Typed PERSON by more mentions than any other type (a tie only when the name begins
        with a given name), or a one-word name typed PERSON somewhere; never a name a document
        took up as "the company" or "the state" (English takes up a person by a pronoun or a
        title, not a kind of body)."""
        if self.described:
            return False
        persons = self.types.get("PERSON", 0)
        others = max((n for t, n in self.types.items() if t != "PERSON"), default=0)
        words = self.name.split()
        return persons > others or persons > 0 and (
            len(_words(self.name)) == 1 or persons == others and bool(words) and is_first_name(words[0]))


@lru_cache(maxsize=1)
def _table_ids() -> frozenset:
    """Ids the country and organisation tables give: canonical already, never renamed."""
    from .gazetteer import load_tables

    return frozenset(actor_id(e.name) for e in load_tables().aliases.values() if e.kind != "demonym")


class _Groups:
    def __init__(self, ids: Iterable[str]):
        self.parent = {i: i for i in ids}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def plan(actors: Iterable[dict]) -> dict[str, Identity]:
    """Old id -> Identity for actor records (dicts or models with id, name, type, aliases,
    mentions) from any number of documents. Ids that stay as they are map to themselves.

    One pass per rule, in order (each joins groups the next ones see): spellings of one full
    name, a shorter name that is the tail of one person's full name, a name another document
    listed as an alias. A person described, not named ("crane driver"), stays as it is."""
    return Sightings(actors).plan()


class Sightings:
    """What identity needs of a run's actors, gathered document by document: per old id its
    names, types (by mentions), aliases and number of documents, and nothing else (no mentions,
    no claims). It grows with the distinct actors of a run, not with its documents, so that a
    run can spool its results to disk and plan the ids from this alone (`claimtrack.spool`)."""

    def __init__(self, actors: Iterable = ()):
        self.seen: dict[str, _Seen] = {}
        self.add(actors)

    def add(self, actors: Iterable) -> None:
        """Add actor records (dicts or models) in the run's order: ids first seen first."""
        for a in actors:
            aid = _get(a, "id")
            s = self.seen.get(aid)
            if s is None:
                s = self.seen[aid] = _Seen(aid)
            aliases = _get(a, "aliases") or ()
            s.names[_get(a, "name")] += 1
            s.types[_get(a, "type")] += max(1, len(_get(a, "mentions") or ()))
            s.aliases.update(name_key(x) for x in aliases)
            s.described = s.described or any(_DESCRIPTION.match(x) for x in aliases)
            s.docs += 1

    def plan(self) -> dict[str, Identity]:
        """Old id -> Identity over every actor added (see `plan`)."""
        seen = self.seen
        if not seen:
            return {}
        kept = {i: Identity(i, s.name, "PERSON") for i, s in seen.items() if s.description and set(s.types) == {"PERSON"}}
        seen = {i: s for i, s in seen.items() if i not in kept}
        tables = _table_ids()
        groups = _Groups(seen)
        persons = {i: _words(s.name) for i, s in seen.items() if s.person and i not in tables}
        full = {i: w for i, w in persons.items() if len(w) >= 2}
        _join_spellings(full, groups)
        _join_tails(seen, persons, full, tables, groups)
        _join_aliases(seen, persons, tables, groups)
        return {**_identities(seen, groups, tables), **kept}

    def changes(self, mapping: dict[str, Identity]) -> bool:
        """Whether `mapping` changes any actor added: a new id, name or type (else the records
        are left exactly as they are, as `unify` leaves them)."""
        return any(
            ident.id != i or any(n != ident.name for n in self.seen[i].names) or any(t != ident.type for t in self.seen[i].types)
            for i, ident in mapping.items() if i in self.seen)


def _join_spellings(full: dict[str, tuple], groups: _Groups) -> None:
    """1. spellings of one full name: every word's skeleton equal ("Volodymyr Zelensky(y)")."""
    by_skeleton: dict[tuple, list[str]] = defaultdict(list)
    for i, w in full.items():
        by_skeleton[tuple(map(_skeleton, w))].append(i)
    for ids in by_skeleton.values():
        for other in ids[1:]:
            groups.join(ids[0], other)


def _join_tails(seen: dict[str, _Seen], persons: dict[str, tuple], full: dict[str, tuple],
                tables: frozenset, groups: _Groups) -> None:
    """2. a shorter name that is the tail of exactly one person's full name ("Erdogan", "Tayyip
    Erdogan" of "Recep Tayyip Erdogan"), or its first and last word (a middle name or the first
    part of a double surname left out: "Lena Brandt" of "Lena Okafor-Brandt"), or the surname
    before a hyphenated given name ("Lam" of "Daniel Lam Kwok-hin"), skeletons compared."""
    tails: dict[tuple, set[str]] = defaultdict(set)
    for i, w in full.items():
        sk = tuple(map(_skeleton, w))
        for k in range(1, len(sk)):
            tails[sk[k:]].add(groups.find(i))
        if len(sk) >= 3:
            tails[(sk[0], sk[-1])].add(groups.find(i))
        surname = surname_before_given_name(seen[i].name)
        if surname:  # "Lam" of "Daniel Lam Kwok-hin": the surname comes before a hyphenated given name
            tails[(_skeleton(surname),)].add(groups.find(i))
    for i, s in sorted(seen.items(), key=lambda kv: (-len(_words(kv[1].name)), kv[0])):  # longest first
        if i in tables:
            continue
        w = _words(s.name)
        if not w or (i not in persons and not (len(w) == 1 and s.types.keys() & {"ORG", "GPE", "NORP", "LOC"})):
            continue
        if i not in persons and s.name.isupper():
            continue  # an acronym ("EPIC") is not a surname
        owners = tails.get(tuple(map(_skeleton, w)), set())
        owners = {groups.find(o) for o in owners} - {groups.find(i)}
        if len(owners) == 1:
            groups.join(i, owners.pop())


def _join_aliases(seen: dict[str, _Seen], persons: dict[str, tuple], tables: frozenset, groups: _Groups) -> None:
    """3. a person's name or an acronym ("RSF") that another document listed as an alias of a
    fuller actor, when only one did (a generic "Home Ministry" may be another country's)."""
    by_alias: dict[str, set[str]] = defaultdict(set)
    for i, s in seen.items():
        for key in s.aliases:
            by_alias[key].add(i)
    for i, s in seen.items():
        if i in tables or not (i in persons or s.acronym):
            continue
        key = name_key(s.name)
        owners = {groups.find(o) for o in by_alias.get(key, ()) if o != i and len(_words(seen[o].name)) > len(_words(s.name))}
        owners.discard(groups.find(i))
        if len(owners) == 1:
            groups.join(i, owners.pop())


def _identities(seen: dict[str, _Seen], groups: _Groups, tables: frozenset) -> dict[str, Identity]:
    """Each group's Identity for every old id in it: a table entity's id and name, else the
    fullest name's (most words, most documents, accents kept)."""
    members: dict[str, list[str]] = defaultdict(list)
    for i in seen:
        members[groups.find(i)].append(i)
    out: dict[str, Identity] = {}
    for ids in members.values():
        table = sorted(i for i in ids if i in tables)
        if len(table) > 1:  # two table entities never become one: leave every member as it was
            for i in ids:
                out[i] = Identity(i, seen[i].name, _type([seen[i]]))
            continue
        group = [seen[i] for i in ids]
        if table:
            head = seen[table[0]]
        else:
            head = max(group, key=lambda s: (len(_words(s.name)), s.docs, s.name != strip_accents(s.name), s.name))
        name = head.name
        ident = Identity(head.id if table else actor_id(name), name, _type(group))
        for i in ids:
            out[i] = ident
    return out


def _type(group: list[_Seen]) -> str:
    """PERSON when a full personal name is in the group, unless it is the first words of a
    longer name another document typed ORG ("Isla Drydock" of "Isla Drydock Company": the
    company written short, as "Trump" is not the start of "Donald Trump"); else the type of the
    most mentions, an all-capitals name counting for ORG (an acronym, whatever the model said in
    one place)."""
    orgs = [_words(s.name) for s in group if "ORG" in s.types]
    short = {s.id for s in group if any(len(o) > len(_words(s.name)) and o[:len(_words(s.name))] == _words(s.name)
                                        for o in orgs)}
    if any(s.types.get("PERSON") and len(_words(s.name)) >= 2 and s.person and s.id not in short for s in group):
        return "PERSON"
    votes: Counter = Counter()
    for s in group:
        votes.update({"ORG": sum(s.types.values())} if s.id in short else s.types)
        if s.acronym:
            votes["ORG"] += sum(s.types.values())
    if any(s.described for s in group) and len(votes) > 1:
        votes.pop("PERSON", None)  # "the company", "the state": a body or a place
    # a tie is no evidence of a person: the other type wins it
    return max(votes, key=lambda t: (votes[t], t != "PERSON", -_TYPE_ORDER.index(t) if t in _TYPE_ORDER else -99))


def _get(a, key: str):
    return a.get(key) if isinstance(a, dict) else getattr(a, key)


class KnownActors:
    """Actors filed before (a ledger's), indexed by the spelling skeletons of their name and
    alias words, so that a new document is matched against the few that could be the same
    entity, not against the whole ledger."""

    def __init__(self, records: Iterable = ()):
        self.by_word: dict[str, list] = defaultdict(list)
        self.extend(records)

    @staticmethod
    def _keys(a) -> set:
        names = [_get(a, "name"), *(_get(a, "aliases") or ())]
        return {_skeleton(w) for n in names for w in name_key(n).split()}

    def extend(self, records: Iterable) -> None:
        for a in records:
            for k in self._keys(a):
                self.by_word[k].append(a)

    def relevant(self, actors: Iterable) -> list:
        out: dict[int, object] = {}
        for a in actors:
            for k in self._keys(a):
                for r in self.by_word.get(k, ()):
                    out[id(r)] = r
        return list(out.values())


def unify(results: list, known: Iterable = ()) -> list:
    """Rewrite the actor ids of DocumentResults so that one entity has one id over all of them
    (and over `known` actors, e.g. a ledger's). Returns the same list, changed in place.
    (`claimtrack.spool` does the same for a run it keeps on disk.)"""
    new = [a for r in results for a in r.document.actors]
    known = known.relevant(new) if isinstance(known, KnownActors) else list(known)
    mapping = plan([*known, *new])
    if all(k == v.id for k, v in mapping.items()) and not _retyped(results, mapping):
        return results
    for r in results:
        rewrite(r, mapping)
    return results


def _retyped(results: list, mapping: dict[str, Identity]) -> bool:
    return any(mapping[a.id].type != a.type or mapping[a.id].name != a.name
               for r in results for a in r.document.actors)


def rewrite(result, mapping: dict[str, Identity]) -> None:
    """Rewrite one DocumentResult's actor ids (actors, claims, speakers, frames) by `mapping`,
    in place: actors that become one entity are merged (aliases, titles, mentions)."""
    def new(aid: Optional[str]) -> Optional[str]:
        return mapping[aid].id if aid in mapping else aid

    merged: dict[str, object] = {}
    for actor in result.document.actors:
        ident = mapping.get(actor.id)
        if ident is None:
            merged.setdefault(actor.id, actor)
            continue
        old_name = actor.name
        into = merged.get(ident.id)
        if into is None:
            actor.id, actor.name, actor.type = ident.id, ident.name, ident.type
            if old_name != ident.name and old_name not in actor.aliases:
                actor.aliases.append(old_name)
            merged[ident.id] = actor
            continue
        for alias in [old_name, *actor.aliases]:
            if alias not in into.aliases and alias != into.name:
                into.aliases.append(alias)
        for title in actor.titles:
            if title not in into.titles:
                into.titles.append(title)
        spans = {(m.start, m.end) for m in into.mentions}
        into.mentions.extend(m for m in actor.mentions if (m.start, m.end) not in spans)
        into.mentions.sort(key=lambda m: (m.start, m.end))
    result.document.actors = list(merged.values())
    names = {a.id: a.name for a in result.document.actors}
    for claim in result.claims:
        claim.actors = list(dict.fromkeys(new(a) for a in claim.actors))
        if claim.frame is not None:
            claim.frame.subject = new(claim.frame.subject)
        q = claim.quote
        if q is not None:
            if q.speaker_id is not None:
                q.speaker_id = new(q.speaker_id)
                q.speaker = names.get(q.speaker_id, q.speaker)
            if q.frame is not None:
                q.frame.speaker = new(q.frame.speaker)
        for quantity in claim.quantities:
            if quantity.frame is not None:
                quantity.frame.holder = new(quantity.frame.holder)
