"""One subject named two ways by two sources, resolved through each document's own actors.

Two reports of one stance often name its subject differently: one names the body ("Brightwell will
not refund the tickets") and the other describes it ("the retailer will not refund them"),
or names the state ("Norway would not call a state of emergency") where the other names its organ
("the cabinet may call one"), or names the body where the other names the person
speaking for it ("Corvel Music would contest the fine" / "Corvel Music chief Ana Reis
said she would fight it"). Each side's subject is read against its own document's actors
(`DocumentInfo.actors`), never against a list of names:

* a definite description whose head noun is a word of that actor's names ("the bank" for
  Shannon Bank) or names a kind of firm ("the company", "the grocery retailer": WordNet's nouns
  under enterprise or company, data/name_descriptors.json) stands for the named actor of the
  other side when that actor is the organisation its own document names most often, its main one
  (a news story refers to the body it is about by the kind of body it is; the actor component
  links such descriptions within a document, and this reads the ones it left unlinked), unless a
  word of the description is a word of another organisation's name in that document ("the
  union" there names the union); a part of a body ("the branch") is not the body;
* a state's organ written without its country ("the government", "the cabinet", "the
  ministry"; a subject id made only of such words) stands for the country the other side names,
  or that country's own government or ministry ("Government of Jamaica"), when that is the
  country its own document names most often (the story's country; the same metonymy as
  `phrases.organ_of`), or when its document names no country at all (a local paper's "the
  Cabinet" is its own country's); the whole executive ("the government", "the cabinet") and one
  of its ministries, both written without a country, are one state's voice when the two stories
  are in one country (two ministries are two departments);
* the party a court report is about written without a name ("the accused", "the defendant", a
  lawyer's "his client") stands for the one person its document says was charged, convicted,
  sentenced or jailed (a passive's subject: "Tomas Belmonte was convicted"; data/
  verb_paraphrases.json 'recourse' 'party_verbs');
* a person stands for an organisation when one of the person's titles in either document holds
  the organisation's distinctive name ("Corvel Music chief", "Tarnside chief executive"),
  or when the clause's own sentence sets an office of the organisation beside the person's name
  ("Ana Reis, chief executive of Corvel Music,", "Its chairman, Ana Reis," in a document about
  Corvel Music): a body's executive or spokesperson states the body's stance;
* a description of a body an office heads ("the city", "the municipality") stands for the
  person the other side names whose title is that office alone ("Mayor"; data/office_bodies.json,
  from WordNet's gloss of the office): the holder of the office states the body's stance;
* a name the frames left unresolved ("Corvane" where its document names Corvane Shipping) stands
  for the actor its document's actors name by it (`written_actor`); a description the other
  report's actor component links to the named actor, for that actor (described.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from ...models import DocumentResult
from ...parsers.lexicon import singular
from ...text import pattern
from ...wordnet_nouns import GROUP_FILE, names_group, noun_lexfiles
from ..context import WORD
from ..mention import Mention
from .described import indefinite_words, linked_elsewhere
from .phrases import POSTMODIFIERS, STATE_ORGANS, country_actor_ids, organ_of, one_actor

#: Senses of a noun read (WordNet orders them by frequency; noun_wordnet.json keeps four).
_GROUP_SENSES = 4


@dataclass(frozen=True)
class DocActors:
    """What a document's actors say about who its subjects may be: each actor's type, its names
    (name and aliases) and their words (lower case), its titles, and the document's main
    organisation and country (the one it names most often; None on a tie)."""

    types: dict
    names: dict
    words: dict
    titles: dict
    main_org: Optional[str]
    main_country: Optional[str]
    countries: frozenset = frozenset()
    #: each name and alias, lower case without a leading "the" -> the ids of the actors it names
    by_name: dict = None
    #: the one person the document says was charged, convicted, sentenced or jailed (None if none
    #: or several: `_court_party`)
    party: Optional[str] = None
    #: (offset, word) of the parties it introduces without a name (`described.indefinite_words`)
    indefinites: tuple = ()


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def _most_named(counts: dict) -> Optional[str]:
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def doc_actors(result: DocumentResult) -> DocActors:
    """A document's actors as `stands_for` reads them."""
    types, names, words, titles = {}, {}, {}, {}
    orgs, countries = {}, {}
    country_ids = country_actor_ids()
    for a in result.document.actors:
        types[a.id] = a.type
        names[a.id] = (a.name, *a.aliases)
        words[a.id] = frozenset(w for text in names[a.id] for w in _words(text))
        titles[a.id] = tuple(a.titles)
        if a.type == "ORG":
            orgs[a.id] = len(a.mentions)
        elif a.type == "GPE" and a.id in country_ids:
            countries[a.id] = len(a.mentions)
    by_name: dict = {}
    for aid, written in names.items():
        for text in written:
            key = bare_name(text)
            if key:
                by_name.setdefault(key, set()).add(aid)
    return DocActors(types, names, words, titles, _most_named(orgs), _most_named(countries), frozenset(countries),
                     {k: frozenset(v) for k, v in by_name.items()}, _court_party(result, types),
                     indefinite_words(result.claims))


@lru_cache(maxsize=1)
def _party_verbs() -> frozenset:
    from ...tables import load_json

    return frozenset(load_json("verb_paraphrases.json")["recourse"]["party_verbs"])


def _court_party(result: DocumentResult, types: dict) -> Optional[str]:
    """The one person the document's clauses say an act of the criminal process was done to, as a
    passive's subject ("Tomas Belmonte was convicted", "was jailed for six years": data/
    verb_paraphrases.json 'recourse' 'party_verbs'), else None: no such person, or several."""
    from .voice import passive_text

    verbs, found = _party_verbs(), set()
    for claim in result.claims:
        for c in getattr(claim.frame, "clauses", None) or ():
            text = claim.text[c.start - claim.start:c.end - claim.start]
            # "was found guilty" (or not guilty): convict.v.01 'find or declare guilty'
            judged = c.predicate == "find" and _GUILTY.search(text) is not None
            if c.subject and types.get(c.subject) == "PERSON" and (c.predicate in verbs or judged) \
                    and passive_text(c.predicate, text):
                # "Tomas Belmonte and Rui Alves were jailed": two parties, whichever id the frames kept
                found.add(c.subject if not _COORDINATED.search(c.subject_text or "") else None)
    return found.pop() if len(found) == 1 else None


_GUILTY = re.compile(r"\bguilty\b", re.IGNORECASE)
#: A coordinated subject ("X and Y", "X, Y and Z"; not an apposition, "X, 52, of Y,").
_COORDINATED = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)


def bare_name(text: str) -> str:
    """A name as compared: its words in lower case, without a leading "the"."""
    words = _words(text)
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def written_actor(text: Optional[str], doc: Optional[DocActors]) -> Optional[str]:
    """The one actor of the document that the words `text` end on, by its name or an alias the
    actor component gave it ("Hanbit", "the company" for Hanbit Heavy Industries; "Water
    resources minister Thomas Varghese"): the longest name that the last words of `text` are,
    when it names one actor only; else None. For a subject or a denier the frames left
    unresolved where the document's actors name it all the same."""
    if not text or doc is None or not doc.by_name:
        return None
    words = bare_name(text).split()
    for k in range(min(len(words), 6), 0, -1):
        ids = doc.by_name.get(" ".join(words[-k:]))
        if ids:
            # a name after a preposition is a postmodifier's, not the head's ("shareholders of
            # Highveld Bank", "a spokesman for Hanbit")
            after_of = len(words) > k and words[-k - 1] in POSTMODIFIERS
            return next(iter(ids)) if len(ids) == 1 and not after_of else None
    written = text.split()
    if not written:
        return None
    last = written[-1].strip(",;:")
    if len(written) >= 2 and written[-2].lower() == "the" and last.islower():
        return _titled(last, doc)
    return _first_word_of(last, doc) if last[:1].isupper() else None


def _titled(noun: str, doc: DocActors) -> Optional[str]:
    """The one person of the document whose title ends on `noun` ("the mayor" for the person
    titled "Mayor", "the minister" for the "water resources minister"): news names a person in
    full with their title once, then by the title alone (Quirk et al. 1985, 5.31, the definite
    article of a role the context makes unique)."""
    found = {aid for aid, titles in doc.titles.items() if doc.types.get(aid) == "PERSON"
             and any(_words(t)[-1:] == [noun] for t in titles)}
    return next(iter(found)) if len(found) == 1 else None


def _first_word_of(word: str, doc: DocActors) -> Optional[str]:
    """The one organisation of the document whose name of several words starts with `word`
    ("Corvane" for Corvane Shipping; `phrases.one_actor`: news names a body in full once and then
    by its first, distinctive word), when `word` is no common noun or place."""
    from .phrases import short_name

    low = word.lower()
    found = {aid for aid, names in doc.names.items() if doc.types.get(aid) == "ORG"
             and any(len(_words(n)) > 1 and _words(n)[0] == low for n in names)}
    return next(iter(found)) if len(found) == 1 and short_name(low) else None


@lru_cache(maxsize=1 << 12)
def _names_a_body(noun: str) -> bool:
    """The noun has a sense among WordNet's groupings of people (noun.group) in its most
    frequent ones: "company", "chain", "ministry", "union", "club" (not "airline", "museum")."""
    return GROUP_FILE in noun_lexfiles(noun, _GROUP_SENSES)


def _description(text: Optional[str]) -> Optional[list[str]]:
    """The words of a definite description up to its head ("the grocery retailer" ->
    ["grocery", "retailer"]), else None: no "the", a proper name in it ("the Sziget festival"
    names one), or a plural head. A state organ written alone as a name, with no article
    ("Cabinet is set to announce ...", "Government will not ..."; news in the British usage
    writes the institution so, Quirk et al. 1985, 5.34), is that organ's description."""
    raw = (text or "").replace("’", "'").split()
    if len(raw) == 1 and raw[0][:1].isupper() and raw[0].lower() in STATE_ORGANS:
        return [raw[0].lower()]
    if len(raw) < 2 or raw[0].lower() != "the":
        return None
    out = []
    for w in raw[1:]:
        if w.lower() in POSTMODIFIERS or not w.isalpha():
            break
        out.append(w)
    if not out or any(w[:1].isupper() for w in out[:-1]) or (out[-1][:1].isupper() and out[-1].lower() not in STATE_ORGANS):
        return None
    if out[-1].lower().endswith("s") and not out[-1].lower().endswith("ss"):
        return None
    return [w.lower() for w in out]


def _organ_id(aid: str) -> bool:
    """An actor id of a state organ that names no country ("cabinet", "government",
    "finance-ministry"; not "government-of-peru", which `phrases.organ_of` reads)."""
    parts = aid.split("-")
    return len(parts) <= 3 and bool(STATE_ORGANS & set(parts)) and not set(parts) & country_actor_ids()


#: A sector, all the firms of a trade (WordNet industry.n.01 'the people or companies engaged in
#: a particular kind of commercial enterprise'), is no one firm, though WordNet files it under
#: enterprise.
_SECTORS = frozenset({"industry"})
#: Compounds naming a kind of firm by their head noun ("retail chain", "law firm") that make that
#: head a kind of firm by itself.
_BUSINESS_COMPOUNDS = 3


@lru_cache(maxsize=1)
def _business_heads() -> frozenset:
    """Nouns naming a kind of firm: WordNet's nouns under enterprise or company
    (data/name_descriptors.json 'businesses') written as one word, and the head nouns of
    `_BUSINESS_COMPOUNDS` or more of its compounds whose own first sense is among WordNet's
    groupings of people ("chain" for "retail chain", "restaurant chain", ...); not a sector."""
    from collections import Counter

    from ...tables import load_json

    businesses = load_json("name_descriptors.json")["businesses"]
    heads = Counter(b.split()[-1] for b in businesses if " " in b)
    own = {b for b in businesses if " " not in b}
    made = {h for h, n in heads.items() if n >= _BUSINESS_COMPOUNDS and names_group(h)}
    return frozenset((own | made) - _SECTORS)


def _state_of(aid: str) -> Optional[str]:
    """The country an actor id is, or whose government or ministry it names
    ("government-of-peru", "agriculture-ministry-brazil"), else None."""
    countries = country_actor_ids()
    if aid in countries:
        return aid
    parts = aid.split("-")
    for k in range(1, min(4, len(parts))):
        tail = "-".join(parts[-k:])
        if tail in countries and organ_of(tail, aid):
            return tail
    return None


#: The organs that speak for a state's whole executive, not for one of its departments.
_WHOLE_EXECUTIVE = frozenset({"government", "cabinet", "presidency"})
#: "The state" written alone, no name beside it ("the state will cover the fares"): the state
#: itself, a metonymy for its executive as "the government" is, and read as that word is (the
#: country its own document names most often, or one state's voice with an organ of no country).
#: A named state ("the state of Kerala", "Kerala state") is a name, left to the actors.
_STATE = "state"


def _one_state(words: list[str], named: str, doc: DocActors, other_doc: Optional[DocActors]) -> bool:
    """Two organs written without their country, one of them the whole executive ("the
    government" / "the agriculture ministry", "the cabinet" / "finance-ministry"): one state's
    voice (a ministry acts for its government), when the two documents' stories are in one
    country, or either names none (each side's bare "the government" is its story's country's,
    as `_body_stands_for` reads it). Two ministries are two departments: only the same one."""
    if not _organ_id(named):
        return False
    mine, theirs = set(words), set(named.split("-"))
    if not (mine & (_WHOLE_EXECUTIVE | {_STATE}) or theirs & _WHOLE_EXECUTIVE):
        return mine == theirs
    here, there = doc.main_country, other_doc.main_country if other_doc else None
    return here is None or there is None or here == there


def _body_stands_for(words: list[str], named: str, doc: DocActors, other_doc: Optional[DocActors] = None) -> bool:
    """A description (its words) or an organ's words in `doc` stand for the actor `named`: a
    state organ for the document's main country, or for another organ of no country
    (`_one_state`); a description whose head is a word of the
    actor's names ("the bank" for Shannon Bank) or a kind of firm, for its main organisation,
    unless a word of it names another organisation of the document ("the union")."""
    head = singular(words[-1])
    if head in STATE_ORGANS or words == [_STATE]:
        if _one_state(words, named, doc, other_doc):
            return True
        # the country, or the country's own government or ministry ("government-of-peru"); in a
        # document that names no country at all (a local paper's "the Cabinet"), the country
        # the other side names
        country = doc.main_country if doc.countries else _state_of(named)
        return country is not None and (named == country or organ_of(country, named))
    if named != doc.main_org:
        return False
    own = doc.words.get(named, frozenset())
    if head in own or words[-1] in own:
        return True
    others = set().union(*(w for aid, w in doc.words.items() if aid != named and doc.types.get(aid) == "ORG"))
    return head in _business_heads() and not set(words) & others


def _distinctive(name_words: frozenset) -> frozenset:
    return frozenset(w for w in name_words if not _names_a_body(singular(w)) and len(w) > 2)


def _speaks_for(person: str, org: str, docs: tuple) -> bool:
    """One of the person's titles in either document holds the organisation's distinctive name
    words (all of them, from its name or an alias)."""
    titles = [set(_words(t)) for d in docs for t in d.titles.get(person, ())]
    names = [_distinctive(frozenset(_words(n))) for d in docs for n in d.names.get(org, ())]
    return any(n and n <= t for t in titles for n in names)


#: The descriptions of the party a court story is about: WordNet 3.0 defendant.n.01 'a person or
#: institution against whom an action is brought in a court of law' and its kind accused.n.01,
#: after "the"; client.n.01 'a person who seeks the advice of a lawyer' (the noun's most frequent
#: sense), after a possessive pronoun, which takes up the lawyer who speaks ("his client would
#: appeal", said by the defence lawyer).
_PARTY_HEADS = frozenset({"accused", "defendant"})
_CLIENT_OWNERS = frozenset({"his", "her", "their"})


def _party_description(text: Optional[str]) -> bool:
    """The subject is written as the party in court without a name: "the accused", "the
    defendant", "his client". Such a description stands for the one person its document says
    was charged, convicted, sentenced or jailed (`DocActors.party`)."""
    words = [w.lower() for w in (text or "").replace("’", "'").split()]
    return len(words) == 2 and ((words[0] == "the" and words[1] in _PARTY_HEADS)
                                or (words[0] in _CLIENT_OWNERS and words[1] == "client"))


def _is_party(named: str, party: Optional[str]) -> bool:
    """The other side's subject is the party: one actor (`phrases.one_actor`), or one word of the
    party's name written alone ("Haziq" for "Awang Haziq bin Mahmud", a name whose parts are not
    first and family names in the English order)."""
    if party is None:
        return False
    return named == party or one_actor(named, party) or ("-" not in named and named in party.split("-"))


def stands_for(m: Mention, named: str, other_doc: Optional[DocActors]) -> bool:
    """The subject of clause mention `m` (unnamed, an organ's id, or a person) stands for the
    actor `named` that the other side's clause names (see the module docstring)."""
    f, doc = m.frame, m.doc_actors
    if doc is None:
        return False
    if f.subject is None:
        if _party_description(f.subject_text):
            return _is_party(named, doc.party)
        words = _description(f.subject_text)
        if words is None:
            # a name the frames left unresolved ("Corvane" for Corvane Shipping): the actor its
            # document's actors name by it (`written_actor`)
            return bool(f.subject_text) and f.subject_text[:1].isupper() and written_actor(f.subject_text, doc) == named
        return (_body_stands_for(words, named, doc, other_doc)
                or _executive_of_minister(words, named, doc, other_doc)
                or _headed_by(" ".join(words), named, tuple(d for d in (other_doc, doc) if d is not None))
                or linked_elsewhere(words, named, doc, other_doc, before=m.start))
    if f.subject == named:
        return False
    if _organ_id(f.subject) or f.subject == _STATE:
        return _body_stands_for(f.subject.split("-"), named, doc, other_doc) \
            or linked_elsewhere(f.subject.split("-"), named, doc, other_doc, own=f.subject, before=m.start)
    kinds = (doc.types.get(f.subject), (other_doc.types.get(named) if other_doc else None) or doc.types.get(named))
    docs = tuple(d for d in (doc, other_doc) if d is not None)
    if kinds == ("PERSON", "ORG") and (_speaks_for(f.subject, named, docs) or _office_beside(m, f.subject, named, docs)):
        return True
    return kinds[0] == "PERSON" and _minister_of(f.subject, named, doc, docs)


@lru_cache(maxsize=1)
def _office_bodies() -> dict:
    """office (its words) -> the nouns of the bodies it heads (data/office_bodies.json)."""
    from ...tables import load_json

    return {tuple(office.split()): frozenset(bodies) for office, bodies in load_json("office_bodies.json")["offices"].items()}


def _headed_by(body: str, person: str, docs: tuple) -> bool:
    """The body, written as a description's words ("city", "municipality", "town hall"), is one
    the person heads by a title in either document that is an office's words alone ("Mayor"
    heads "the city": data/office_bodies.json, from WordNet's gloss of the office). The description's last words are read ("the old town hall"): the body's own
    noun ends it."""
    words = body.split()
    for d in docs:
        if d.types.get(person) != "PERSON":
            continue
        for title in d.titles.get(person, ()):
            bodies = _office_bodies().get(tuple(w for w in _words(title) if w != "the"))
            if bodies and any(" ".join(words[-k:]) in bodies for k in (1, 2, 3) if k <= len(words)):
                return True
    return False


#: An office written in apposition to a name, up to the preposition before the body: "chief
#: executive", "head of research" (a few words; the body's name follows "of", "at" or "for").
_OFFICE = r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+"


@lru_cache(maxsize=1)
def _office_words() -> frozenset:
    """The last words of the titles that precede a name in news (data/titles.txt): the head nouns
    of offices ("executive", "chairman", "director", "spokesman", "minister")."""
    from ...tables import load_lines

    return frozenset(line.split()[-1].lower().rstrip(".") for line in load_lines("titles.txt") if line.split())


def _office_beside(m: Mention, person: str, org: str, docs: tuple) -> bool:
    """The clause's own sentence sets the person in apposition with an office of the body: "Owen
    Pryce, chief executive of Harlow Mills, said ...", "Harlow Mills' chairman, Owen Pryce, ...",
    or "Its chairman, Owen Pryce," where the body is the one its document names most: an
    appositive noun phrase identifies its anchor (Quirk et al. 1985, 17.65-17.72), and an office
    held in a body speaks for it as a title before the name does (`_speaks_for`). The office's
    head noun must be one of the titles news writes before a name (data/titles.txt)."""
    text = m.claim.text
    persons = [n for d in docs for n in d.names.get(person, ())]
    bodies = [n for d in docs for n in d.names.get(org, ()) if _distinctive(frozenset(_words(n)))]
    if not persons or not bodies:
        return False
    # Only the names the sentence holds can match in it: the patterns are built from those alone
    # (the same matches), and not at all when it holds none (a pattern of names is compiled anew
    # for nearly every pair of documents, most of them for a sentence naming neither).
    persons = {p for p in persons if p in text}
    bodies = {b for b in bodies if b in text}
    main = m.doc_actors is not None and m.doc_actors.main_org == org
    if not persons or not (bodies or main):
        return False
    offices = _office_words()
    name = "|".join(re.escape(p) for p in sorted(persons, key=len, reverse=True))
    body = "|".join(re.escape(b) for b in sorted(bodies, key=len, reverse=True))
    after = pattern(rf"(?:{name}),\s+(?:the\s+)?({_OFFICE})\s+(?:of|at|for)\s+(?:the\s+)?(?:{body})\b").finditer(text) if bodies else ()
    before = pattern(rf"(?:{body})(?:'s|’s|'|’)\s+({_OFFICE}),\s+(?:{name})\b").finditer(text) if bodies else ()
    its = pattern(rf"\b(?:[Ii]ts|[Tt]heir)\s+({_OFFICE}),\s+(?:{name})\b").finditer(text) if main else ()
    return any(found.group(1).split()[-1].lower() in offices for it in (after, before, its) for found in it)


#: Title words of a member of a government: a minister speaks for the government that he or she
#: belongs to (cabinet responsibility: a minister's stated policy is the government's).
_MINISTER_TITLES = frozenset({"minister", "premier"})


def _minister_of(person: str, named: str, doc: DocActors, docs: tuple) -> bool:
    """The person is titled minister in either document ("Economy Minister", "the Prime
    Minister") and `named` is the state of the person's own story, its whole executive
    ("government-of-finland", "finland") or the ministry the title names ("Health Minister" /
    "health-ministry-india"): a minister states the government's policy (cabinet collective
    responsibility), and the department's. The story's state is the country the person's
    document names most often."""
    titles = [_words(t) for d in docs for t in d.titles.get(person, ())]
    titles = [t for t in titles if _MINISTER_TITLES & set(t)]
    country = _state_of(named)
    if not titles or country is None or country != doc.main_country:
        return False
    rest = set(named[:-len(country)].split("-")) - {"", "of"} if named != country else set()
    if not rest or rest & _WHOLE_EXECUTIVE:
        return True
    # a ministry: the title names its department ("health" of "health-ministry-india")
    return any(rest - STATE_ORGANS <= set(t) for t in titles) and bool(rest - STATE_ORGANS)


def speaks_for_body(person: str, body: str, docs: tuple, m: Optional[Mention] = None) -> bool:
    """The person speaks for the body, read in these documents (the first is the person's):
    a title that holds the body's distinctive name (`_speaks_for`), or a minister and the
    government or ministry of the person's story (`_minister_of`), an office of the body written
    beside the person's name in the sentence of `m`, the person's clause (`_office_beside`), or a
    minister whose title's words of department are all in the ministry's name ("Water Minister"
    and "Ministry of Water Resources": a ministry's minister speaks for it, as `_minister_of`
    reads a ministry of a named country)."""
    types = {**docs[-1].types, **docs[0].types}
    if types.get(person) != "PERSON" or types.get(body) not in ("ORG", "GPE", None):
        return False
    if _speaks_for(person, body, docs) or _minister_of(person, body, docs[0], docs) or (
            m is not None and _office_beside(m, person, body, docs)) or _officer_of_main(person, body, docs[0]):
        return True
    parts = set(body.split("-"))
    if "ministry" not in parts:
        return False
    titles = [set(_words(t)) for d in docs for t in d.titles.get(person, ())]
    return any(_MINISTER_TITLES & t and (t - _MINISTER_TITLES - {"the", "of"}) and t - _MINISTER_TITLES - {"the", "of"} <= parts
               for t in titles)


#: The offices of a firm or body's management and voice, as heads of a title (WordNet 3.0
#: executive.n.01 'a person responsible for the administration of a business', director.n.01 'a
#: member of a board of directors', chairman.n.01, spokesperson.n.01, manager.n.01), and the words
#: that only rank or qualify them ("managing director", "chief executive", "acting chair").
_FIRM_OFFICES = frozenset({"director", "executive", "chairman", "chairwoman", "chairperson", "chair", "spokesman",
                           "spokeswoman", "spokesperson", "ceo", "manager", "officer"})
_OFFICE_RANKS = frozenset({"managing", "chief", "deputy", "vice", "general", "senior", "acting", "executive",
                           "operating", "financial", "interim", "joint", "co", "non"})


def _officer_of_main(person: str, body: str, doc: DocActors) -> bool:
    """The person holds, in their own document, a title that is a firm's office and names no body
    ("Managing director Stephen Roe", "the chief executive"), and the body is the organisation
    that document names most often: a report names the officer of the body it is about without
    repeating the body's name (the definite article of a role the context makes unique, Quirk et
    al. 1985, 5.31)."""
    if body != doc.main_org or doc.types.get(body) != "ORG":
        return False
    for title in doc.titles.get(person, ()):
        words = set(_words(title)) - {"the"}
        if words & _FIRM_OFFICES and words <= _FIRM_OFFICES | _OFFICE_RANKS:
            return True
    return False


def _executive_of_minister(words: list[str], named: str, doc: DocActors, other_doc: Optional[DocActors]) -> bool:
    """A state's whole executive written without its country ("the government", "the cabinet")
    stands for a person the other side names who is titled minister there, when the two stories
    are in one country (or either names none): a minister states the government's policy
    (cabinet collective responsibility, as `_minister_of` reads it the other way round)."""
    if other_doc is None or words[-1] not in _WHOLE_EXECUTIVE or other_doc.types.get(named) != "PERSON":
        return False
    if not any(_MINISTER_TITLES & set(_words(t)) for t in other_doc.titles.get(named, ())):
        return False
    here, there = doc.main_country, other_doc.main_country
    return here is None or there is None or here == there


def resolved(a: Mention, b: Mention) -> tuple[Mention, Mention]:
    """The two clause mentions, with the subject of one written as the actor the other names
    when it stands for that actor in its own document (`stands_for`); else unchanged."""
    fa, fb = a.frame, b.frame
    if fa.subject and fa.subject != fb.subject and stands_for(b, fa.subject, a.doc_actors):
        return a, replace(b, frame=fb.model_copy(update={"subject": fa.subject}))
    if fb.subject and fb.subject != fa.subject and stands_for(a, fb.subject, b.doc_actors):
        return replace(a, frame=fa.model_copy(update={"subject": fb.subject})), b
    # a person on one side who speaks for the body the document is about, against a description
    # of that body on the other ("Its chief executive, Ana Reis, ..." / "the company would not
    # ..."): the person's clause is the body's, read as the body's name would be
    for x, y in ((a, b), (b, a)):
        body = _spoken_for(x, y)
        if body is not None and stands_for(y, body, x.doc_actors):
            xs = replace(x, frame=x.frame.model_copy(update={"subject": body}))
            ys = replace(y, frame=y.frame.model_copy(update={"subject": body}))
            return (xs, ys) if x is a else (ys, xs)
    return a, b


def _spoken_for(x: Mention, y: Mention) -> Optional[str]:
    """The organisation the document of `x` names most often, when the subject of `x` is a person
    who speaks for it (`speaks_for_body`) and the subject of `y` is written without a name (a
    description, "the company"); else None."""
    doc = x.doc_actors
    person = x.frame.subject
    if doc is None or not person or y.frame.subject or doc.types.get(person) != "PERSON" or doc.main_org is None:
        return None
    docs = tuple(d for d in (doc, y.doc_actors) if d is not None)
    return doc.main_org if speaks_for_body(person, doc.main_org, docs, x) else None
