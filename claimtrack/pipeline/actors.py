"""Actors component: the people, organisations, countries and groups a document names.

The model's named entities (PERSON, ORG, GPE, NORP, LOC) are cleaned, corrected from data tables
and merged into one canonical `Actor` per document:

* spans are trimmed: a leading "the", a trailing possessive ("Macron’s" -> "Macron"), stray
  punctuation; titles before a name ("French President", "Gov.") go to `Actor.titles`;
* countries, organisations and groups resolve through `data/countries.json` and
  `data/organisations.json` ("U.S.", "America", "the White House" -> United States; "EU" ->
  European Union); a capital city is the country's government when the text makes it act
  ("Moscow said", "for Kyiv") and a mere place when it is where something happens ("in Paris");
* non-actors are dropped: demonym adjectives ("French troops"), lowercase or numeric spans,
  places that only ever appear as locations, fragments of Title-Case headlines that nothing in
  the body text confirms, photo credits and bylines;
* a surname-only mention joins the full name in the same document ("Macron" -> Emmanuel Macron).
  Across documents only the canonical name links actors: a person named by surname alone in a
  document gets the surname's id there (best effort, no people table).

Writes `doc._.ct_actors` (list of models.Actor) and `doc._.ct_actor_spans`
({(start_char, end_char): actor id} for every mention; `text[start:end] == mention.text`).
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Optional

from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_LOWER, IS_SPACE, IS_TITLE, LOWER, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc

from .. import tables
from ..models import Actor, Span
from .extensions import ACTOR_SPANS, ACTORS, doc_text

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}

# ----------------------------------------------------------------------------- ids and keys

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_KEY_DROP = re.compile(r"[^\w\s&+]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<=\w)['’`´]s?$", re.IGNORECASE)


def _fold(text: str) -> str:
    """Accents removed: 'Zoë Müller' -> 'Zoe Muller'."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def actor_id(name: str) -> str:
    """A stable id from a canonical name: 'Emmanuel Macron' -> 'emmanuel-macron' (accents folded)."""
    slug = _NON_WORD.sub("-", _fold(name).lower()).strip("-")
    return slug or "actor"


def name_key(text: str) -> str:
    """The comparison key of a name: case, accents, punctuation, possessive and leading 'the' dropped."""
    text = _fold(text).strip()
    text = _POSSESSIVE.sub("", text)
    text = text.replace("-", " ").replace("–", " ").replace("/", " ")
    text = _KEY_DROP.sub("", text.lower())
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


# name_key and actor_id memoised for the component, which asks for the keys and ids of the same
# few names many times per document (pure functions of a string: a cache cannot change a result).
# ActorFinder empties them per document: bounded, and no per-entry objects for the GC to scan.
_name_key = lru_cache(maxsize=None)(name_key)
_actor_id = lru_cache(maxsize=None)(actor_id)


# ----------------------------------------------------------------------------- tables


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
    non_actor_names: set[str] = field(default_factory=set)
    non_actor_last: set[str] = field(default_factory=set)
    non_actor_pattern: Optional[re.Pattern] = None
    unless_acting: set[str] = field(default_factory=set)  # platforms, leagues: actors only when acting
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
        return label != "PERSON" and len(words) > 1 and (
            words[-1] in self.non_actor_last or " ".join(words[-2:]) in self.non_actor_last
        )

    def add(self, alias: str, entry: Entry, *, pattern: bool = True) -> None:
        key = name_key(alias)
        if not key:
            return
        # The first (most specific) entry for a key wins: a country name over a demonym.
        self.aliases.setdefault(key, entry)
        if pattern:
            surface = _LEADING_THE.sub("", alias.strip())
            if len(surface) > 1:
                self.patterns.add(surface)


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    t = Tables()
    countries = tables.load_json("countries.json")
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
    for o in tables.load_json("organisations.json").get("organisations", []):
        entry = Entry(o["name"], o.get("type", "ORG"), "org")
        for alias in [o["name"], *o.get("aliases", [])]:
            t.add(alias, entry)
    non = tables.load_json("non_actors.json")
    t.non_actor_names = {name_key(n) for n in non.get("names", [])}
    t.non_actor_last = {w.lower() for w in non.get("last_words", [])}
    t.unless_acting = {name_key(n) for n in non.get("unless_acting", [])}
    if non.get("patterns"):
        t.non_actor_pattern = re.compile("|".join(f"(?:{p})" for p in non["patterns"]))
    for key, words in tables.load_json("actor_cues.json").items():
        t.cues[key] = frozenset(w.lower() for w in words)
    for title in tables.load_lines("titles.txt"):
        t.titles.add(title.lower().rstrip("."))
        for word in re.split(r"[\s-]+", title.lower()):
            word = word.rstrip(".")
            if word:
                t.title_words.add(word)
    return t


def canonical_actor(name: str, label: str) -> tuple[str, str, str]:
    """(id, canonical name, type) for a name seen with an entity label, via the data tables.

    Pure and context-free (for comparing documents): 'U.S.' -> ('united-states', 'United States',
    'GPE'); 'the Kremlin' -> Russia; 'Prime Minister X Y' -> X Y; unknown names are cleaned of a
    leading 'the', a possessive and leading titles. A capital stays a city here (no context).
    """
    t = load_tables()
    label = label if label in ACTOR_LABELS else "ORG"
    text = _POSSESSIVE.sub("", (name or "").strip()).strip(" \t\r\n\"'“”‘’«»()[]:;,.")
    if name_key(text) == "" and name:
        text = name.strip()
    entry = t.aliases.get(name_key(text))
    if entry is not None and entry.kind != "demonym" and not (
        label == "PERSON" and name_key(text) in t.ambiguous_person
    ):
        if entry.kind == "capital":
            canon = _LEADING_THE.sub("", text)
            return actor_id(canon), canon, "GPE"
        return actor_id(entry.name), entry.name, entry.type
    if label == "PERSON":
        words = text.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in t.title_words:
            words.pop(0)
        text = " ".join(words)
    else:
        text = _LEADING_THE.sub("", text)
    text = text or (name or "").strip()
    return actor_id(text), text, label


# ----------------------------------------------------------------------------- text layout

_LINE = re.compile(r"[^\n]+")
_SMALL_WORDS = frozenset(
    "a an the of for to in on at and or but nor with by from as vs via is are be its it into over "
    "than what how why who when where after before about against amid".split()
)
_HEADLINE_END = re.compile(r"[.!?][\"”’')]*\s*$")
_CREDIT = re.compile(
    r"\b(?:Shutterstock|Getty Images|Getty|AP Photo|AFP via|Photo(?:graph)?:|Image:|Credit:|Pool/|/AFP|/Reuters|/AP\b|iStock|Alamy)",
    re.IGNORECASE,
)
# Lower-case words one of which every _CREDIT match contains (keep the two in step): a text with
# none of them has no credit line, and _CREDIT need not scan it.
_CREDIT_WORDS = ("shutterstock", "getty", "photo", "afp", "image:", "credit:", "pool/", "/reuters", "/ap", "istock", "alamy")
_BYLINE = re.compile(r"^\s*(?:By|Written by|Reporting by|Author:?)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*", re.UNICODE)


def _absent_ignorecase(text: str, words) -> bool:
    """True when no word can match in `text` under re.IGNORECASE: lets a slow case-insensitive
    regex that needs one of the words skip the text.

    Under re.IGNORECASE an ASCII letter matches itself in either case and three other characters
    ('İ', 'ı', 'ſ'; the Kelvin sign is 'k' once lower-cased). Without those in the text, a match is
    the lower-cased word inside text.lower(). Words that are not ASCII are never ruled out.
    """
    if not all(w.isascii() for w in words) or any(c in text for c in "\u0130\u0131\u017f"):
        return False
    low = text.lower()
    return not any(w.lower() in low for w in words)


class Layout:
    """Which characters lie on headline-like (Title Case) lines, credit lines and short lines."""

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.kinds: list[str] = []
        credits = not _absent_ignorecase(text, _CREDIT_WORDS)
        for m in _LINE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.kinds.append(self._kind(m.group(), credits))

    @staticmethod
    def _kind(line: str, credits: bool = True) -> str:
        """The line's kind; `credits` False when the text has no credit line."""
        if credits and _CREDIT.search(line):
            return "credit"
        if _HEADLINE_END.search(line):
            # A line ending a sentence with more than six words, or four to six and no byline
            # opener, is body text (the rules below): count at most seven words, not a paragraph.
            n = sum(1 for _ in islice(_WORD.finditer(line), 7))
            if n > 6 or n > 3 and not _BYLINE.match(line):
                return "body"
        words = _WORD.findall(line)
        if _BYLINE.match(line) and len(words) <= 6:
            return "byline"
        if not words or _HEADLINE_END.search(line) and len(words) > 3:
            return "body"
        content = [w for w in words if w.lower() not in _SMALL_WORDS]
        if len(content) < 2:
            return "short"
        capital = sum(1 for w in content if w[0].isupper())
        if capital / len(content) >= 0.75:
            return "headline" if len(words) > 3 or not line.rstrip().endswith(".") else "short"
        return "body"

    def line(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.ends[i] else -1

    def kind(self, pos: int) -> str:
        i = self.line(pos)
        return self.kinds[i] if i >= 0 else "body"


# ----------------------------------------------------------------------------- the component

_STRIP_CHARS = " \t\r\n\"'“”‘’«»()[]{}:;,.!?*|–—-_/\\"
_KEEP_END_DOT = re.compile(r"(?:\b[A-Z]\.)+$")  # "U.S." keeps its final dot
_PARTICLES = frozenset(
    "von van der den de du da di del della la le bin ibn al el dos das ter ten zu".split()
)
# Prepositions after which a place is where something happens, not who acts.
_LOC_PREPS = frozenset(
    "in at near around inside outside across throughout within into onto via along beyond off "
    "towards toward outside upon".split()
)
# For cities and regions (never for countries) a place after these is also a location.
_PLACE_PREPS = _LOC_PREPS | {"from", "to", "through", "over", "between", "of"}
# Head nouns of organisation names the model may miss ("the Union of Concerned Scientists").
_ORG_HEADS = [
    "coalition", "alliance", "council", "committee", "commission", "union", "party", "front",
    "movement", "organization", "organisation", "agency", "ministry", "department", "institute",
    "association", "federation", "league", "court", "bank", "fund", "forum", "parliament",
    "assembly", "foundation", "university", "corporation", "authority", "bureau", "board",
]
_ORG_PATTERNS = [
    [{"IS_TITLE": True, "LOWER": {"IN": _ORG_HEADS}}, {"LOWER": {"IN": ["of", "for", "on"]}},
     {"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "IS_ALPHA": True, "OP": "+"}],
    [{"IS_TITLE": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": ["the", "a", "an", "this", "that"]}, "OP": "+"},
     {"IS_TITLE": True, "LOWER": {"IN": _ORG_HEADS}}],
]
_TRAILING_NUMBER = re.compile(r"(?:\s+(?:\(?\d{1,3}\s*[-–:]\s*\d{1,3}\)?|(?:19|20)\d\d))+")
_OWNER = re.compile(r"([^\W\d_][\w.\-]*(?:\s[^\W\d_][\w.\-]*){0,2})['’]s\s+(?=[^\W\d_])")
# letters glued to digits: "COP31", "COVID-19", "A220" (table names such as "G20" win)
_GLUED_DIGITS = re.compile(r"(?<!\w)[^\W\d_]+[-‐]?\d+[^\W\d_]*(?!\w)")
_MODEL_NUMBER = re.compile(r"(?!(?:19|20)\d\d\b)(?:[A-Z]{0,3}-?\d{3,4}[A-Za-z]{0,4}|[A-Z]{1,3}-?\d{1,2}[A-Za-z]{0,4})$")
_COUNTRY_POSSESSIVE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:country|nation|state)['’]s(?=\s)")
# Prepositions that take places, not organisations ("at"/"in" take both: "analysts at X").
_AROUND_PREPS = frozenset("around near outside inside across throughout towards toward along beyond".split())
_PAREN_TAIL = re.compile(r"\s*\(\s*([A-Za-z][\w.&\-]{1,14})\)?$")
_PAREN_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z.&\-]{1,11})\s*\)")
_LOWER_HEAD = re.compile(r"\s+([a-z]+)$")
_JOIN_GAP = re.compile(r"\s+(?:for|of|on)(?:\s+the)?\s+")
_JOIN_HEADS = frozenset(
    "office agency department ministry commission council committee authority bureau board institute "
    "organisation organization fund programme program centre center directorate secretariat".split()
)
_ORG_HEADS_SET = frozenset(_ORG_HEADS) | _JOIN_HEADS
_BARE_BODY = re.compile(r"(?<![\w'’])[Tt]he\s+(?=[a-z])")
_BORDER_WORDS = frozenset("border crossing frontier boundary".split())
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
_OTHER_NAME_LABELS = frozenset({"LAW", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# A name glued to a hyphenated acronym tail the model cut off: "EPIC" + "-MRA".
_HYPHEN_TAIL = re.compile(r"(?:[-–][A-Z][A-Z0-9&]*)+(?![\w-])")
# "of (the) X" after an organisation word: "National Grid Corporation of the Philippines"
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?")
_THE_WORD = re.compile(r"(?i)the\s+")
_JOINER = re.compile(r"[-–/]")
_JOINED_PART = re.compile(r"[^-–/]+")
_HYPHENATED_PART = re.compile(r"[^-–]+")
_CONTENT_POS = {"ADV", "VERB", "ADJ", "ADP", "PRON", "DET", "AUX", "SCONJ", "CCONJ", "PART", "INTJ", "NUM"}


# A dateline: "LONDON, May 7 (Reuters) -", "KYIV (AP) —", "ANTALYA, Turkey —": the city where the
# story was filed (and its country) are places, not actors.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,[ \t]*[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2})?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[-–—]|:)"
)


def _title_case(text: str) -> str:
    """'lower house of parliament' -> 'Lower House of Parliament'."""
    words = text.split()
    return " ".join(w if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _acronym_fits(acronym: str, name: str) -> bool:
    """'OCHA' for 'U.N. Office for the Coordination of Humanitarian Affairs', 'IGAD' for
    'Intergovernmental Authority on Development': an all-capitals (or capitalised) short form whose
    first letter begins one of the name's capitalised words and whose letters are not the name."""
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 2 or not letters[0].isupper() or len(letters) > 12:
        return False
    if sum(1 for c in letters if c.isupper()) < 2 and not acronym.isupper():
        return False
    initials = [w[0] for w in re.findall(r"[^\W\d_][\w'’\-]*", name) if w[0].isupper()]
    return len(initials) >= 2 and letters[0].upper() in initials and _name_key(acronym) != _name_key(name)


def _lemma_vocabulary(nlp: Optional[Language]) -> frozenset:
    """Lower-case English words the model's lemmatizer lists (its noun/verb/adjective index):
    used only to tell a capitalised common word ("Turnout") from a name nothing else confirms."""
    words: set[str] = set()
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
        for pos in ("noun", "verb", "adj"):
            words.update(w for w in table.get(pos, ()) if "_" not in w)
    except Exception as err:  # another model's lemmatizer: fall back to the text itself, but say so
        logging.getLogger(__name__).warning(
            "could not read the lemmatizer's word index (%s: %s); capitalised common words may be "
            "taken for names", type(err).__name__, err)
        return frozenset()
    if not words:
        logging.getLogger(__name__).warning(
            "the lemmatizer has no word index (lemma_index); capitalised common words may be taken "
            "for names")
    return frozenset(words)


@dataclass
class Cand:
    start: int  # char offsets, exact
    end: int
    label: str
    tok_start: int
    tok_end: int
    layout: str = "body"
    titles: list[str] = field(default_factory=list)
    title_text: Optional[str] = None
    entry: Optional[Entry] = None
    role: str = "actor"  # actor | location | modifier
    acronym: Optional[str] = None  # "(IGAD)" written after the name
    place: bool = False  # a mistagged PERSON/ORG with place evidence ("the town of X", "X camp")
    acts: bool = False  # subject of a verb, an agent, a source, or titled
    party: bool = False  # "the X party": a party or group named by X alone


@Language.factory(
    "claimtrack_actors",
    assigns=[f"doc._.{ACTORS}", f"doc._.{ACTOR_SPANS}"],
    default_config={"use_tables": True},
)
def make_actors(nlp: Language, name: str, use_tables: bool = True):
    return ActorFinder(nlp, use_tables=use_tables)


class ActorFinder:
    def __init__(self, nlp: Optional[Language] = None, use_tables: bool = True):
        self.tables = load_tables()
        self._sent_starts: set[int] = {0}
        self._text = ""
        self.matcher: Optional[PhraseMatcher] = None
        if use_tables and nlp is not None:
            self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            pats = sorted(self.tables.patterns)
            self.matcher.add("ACTOR_TABLE", list(nlp.tokenizer.pipe(pats)))
        self._datelines: list[tuple[int, int]] = []
        self._storms: set[str] = set()
        self._acronyms: dict[str, Entry] = {}
        self._confirmed_words: Optional[set] = None
        self._facilities: Optional[set] = None
        self.vocab: frozenset = _lemma_vocabulary(nlp)
        self.org_matcher: Optional[Matcher] = None
        self.context_matcher: Optional[Matcher] = None
        if nlp is not None:
            self.org_matcher = Matcher(nlp.vocab)
            self.org_matcher.add("ORG_NAME", _ORG_PATTERNS, greedy="LONGEST")
            cues = self.tables.cues
            self.context_matcher = Matcher(nlp.vocab)
            # "according to LSEG data": the source of figures is an organisation
            self.context_matcher.add("SOURCE_ORG", [[
                {"LOWER": "according"}, {"LOWER": "to"},
                {"POS": "PROPN", "IS_ALPHA": True, "OP": "+"},
                {"LOWER": {"IN": sorted(cues.get("source_nouns", ()))}},
            ]])
            # "Its chair, Jane Doe of X, said": a name in apposition to a title
            self.context_matcher.add("TITLED_PERSON", [[
                {"LOWER": {"IN": sorted(self.tables.title_words)}}, {"ORTH": ","},
                {"IS_TITLE": True, "POS": "PROPN", "IS_ALPHA": True},
                {"IS_TITLE": True, "POS": "PROPN", "IS_ALPHA": True, "OP": "+"},
            ]], greedy="LONGEST")
            # Hash ids of the words the two Matchers' patterns are anchored on, to find the few
            # token windows where a match can occur (see _org_matches, _context_matches).
            strings = nlp.vocab.strings
            self._source_org_id = strings["SOURCE_ORG"]
            self._org_head_ids = frozenset(strings[w] for w in _ORG_HEADS)
            self._org_link_ids = frozenset(strings[w] for w in ("of", "for", "on", "the"))
            self._title_word_ids = frozenset(strings[w] for w in self.tables.title_words)
            self._according_id, self._to_id, self._comma_id = strings["according"], strings["to"], strings[","]

    def __call__(self, doc: Doc) -> Doc:
        try:
            actors, spans = self._find(doc)
        except Exception:  # never lose a document to this component
            logging.getLogger(__name__).warning("actor extraction failed", exc_info=True)
            actors, spans = [], {}
        finally:
            self._tokens, self._ents, self._roots = [], (), {}  # per-document state: let the Doc go
        doc._.set(ACTORS, actors)
        doc._.set(ACTOR_SPANS, spans)
        return doc

    # -- steps -----------------------------------------------------------------------------

    def _prepare(self, doc: Doc) -> None:
        """Per-document state read once: the text, the Token objects, the entities and token columns."""
        # Token attributes as plain lists (doc.to_array): reading a column costs nothing, while each
        # Token built by iterating or indexing a Doc, or by a Matcher's predicates, costs ~1 us.
        attrs = [ORTH, LOWER, IS_TITLE, IS_ALPHA, IS_LOWER, IS_SPACE, POS, ENT_TYPE, SENT_START]
        cols = doc.to_array(attrs).T.tolist()  # one list per attribute (none for an empty Doc)
        (self._orth_ids, self._lower_ids, self._title_col, self._alpha_col, self._lower_col,
         self._space_col, self._pos_col, self._ent_col, sent_col) = cols
        _name_key.cache_clear()
        _actor_id.cache_clear()
        strings = doc.vocab.strings
        text_of = {orth: strings[orth] for orth in set(self._orth_ids)}
        self._words = [text_of[orth] for orth in self._orth_ids]  # Token.text
        self._text = doc_text(doc)
        # Iterating a Doc builds a new Token object per token each time: build them once
        self._tokens = list(doc)
        # token start offsets, for Doc.char_span's token look-up without a Span (see _char_tokens);
        # tokens tile the text, but an empty token (never made by a tokenizer) would break that
        self._starts = [t.idx for t in self._tokens] if "" not in text_of.values() else None
        self._ents = doc.ents  # Doc.ents builds a new Span per entity on every call
        self._roots: dict[tuple[int, int], object] = {}
        self._lower_set: Optional[set] = None
        self._org_word_set: Optional[set] = None
        # sentence starts once: Token.is_sent_start re-checks the whole Doc's annotation per call.
        # Doc.sents starts a sentence at 0 and at every later token whose SENT_START is 1.
        n = len(doc)
        if n and "sents" not in doc.user_hooks and doc.has_annotation("SENT_START"):
            self._sent_starts = {0, *(i for i in range(1, n) if sent_col[i] == 1)}
        elif doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            self._sent_starts = {sent.start for sent in doc.sents}
        else:
            self._sent_starts = {0}

    def _find(self, doc: Doc) -> tuple[list[Actor], dict[tuple[int, int], str]]:
        self._prepare(doc)
        text = self._text
        layout = Layout(text)
        self._datelines = [(m.start(), m.end()) for m in _DATELINE.finditer(text, 0, 3000)]
        self._confirmed_words = None
        self._facilities = None
        self._storms = self._storm_names(text)
        cands: list[Cand] = []
        for ent in self._ents:
            if ent.label_ in ACTOR_LABELS:
                cands.extend(self._clean(doc, ent.start, ent.end, ent.label_, layout))
        cands = self._first_names(doc, cands)
        cands = self._join_fragments(doc, cands)
        cands = self._split_title_of(doc, cands)
        cands = self._add_org_names(doc, cands, layout)
        cands = self._add_context_names(doc, cands, layout)
        cands = self._extend_particles(doc, cands)
        self._acronyms = self._acronym_map(cands)
        title_zones = self._titles(doc, cands)
        cands = [c for c in cands if not self._inside_title(doc, c, title_zones)]
        cands = self._add_table_matches(doc, cands, layout)
        kept: list[Cand] = []
        for c in cands:
            if self._resolve(doc, c):
                kept.append(c)
        kept = self._headlines(doc, kept)
        kept = self._add_institutions(doc, kept, layout)
        kept = self._titled_offices(doc, kept, layout)
        kept = self._untagged(doc, kept, layout)
        return self._merge(doc, kept)

    def _storm_patterns(self) -> tuple:
        """The two storm-name patterns, compiled once from the table's storm words."""
        if getattr(self, "_storm_res", None) is None:
            words = self.tables.cue("storm_words")
            alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            self._storm_res = () if not words else (
                re.compile(rf"\b(?i:{alt})\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"),
                re.compile(rf"\b(?i:{alt})\b[^.\n]{{0,40}}?\bknown (?:locally |internationally |in \w+ )?as ([A-Z][a-z]+)"),
            )
        return self._storm_res

    def _storm_names(self, text: str) -> set[str]:
        """Keys of named storms: 'Typhoon X', 'Hurricane X', 'the storm, known locally as X'. X then
        names weather, not a person or an organisation, wherever it appears."""
        patterns = self._storm_patterns()
        if patterns and _absent_ignorecase(text, self.tables.cue("storm_words")):
            return set()
        out = set()
        for pattern in patterns:
            for m in pattern.finditer(text):
                out.add(_name_key(m.group(1)))
        return out

    def _first_names(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """'said Maria Lopez,' with only 'Lopez' tagged ORG/GPE: the model lost the first name. A
        one-word name after an untagged capitalised word the document never writes in lower case, where the two
        are the speaker of a speech verb, is one person."""
        toks = self._tokens
        verbs = self._speech_verbs()
        for c in cands:
            s = c.tok_start
            if c.label not in ("ORG", "GPE") or c.tok_end - s != 1 or s < 2:
                continue
            first, last = toks[s - 1], toks[s]
            if not (first.is_title and first.is_alpha and last.is_title and first.pos_ == "PROPN") \
                    or first.ent_type_ or self._ss(first) or first.lower_ in self._lower_words(doc) \
                    or first.lower_ in self.tables.title_words or _name_key(first.text) in self.tables.aliases \
                    or _name_key(last.text) in self.tables.aliases:
                continue
            before = toks[s - 2]
            head = last.head if last.dep_ in ("nsubj", "dobj", "attr", "appos", "npadvmod") else None
            if before.lemma_.lower() in verbs or (head is not None and head.lemma_.lower() in verbs):
                c.start, c.tok_start, c.label = first.idx, s - 1, "PERSON"
        return cands

    @staticmethod
    def _speech_verbs() -> frozenset:
        return tables.speech_verbs()[0]

    def _join_fragments(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """'U.N. Office' + 'for the' + 'Coordination of Humanitarian Affairs': one organisation the
        model split at a preposition, when the first part ends in an organisation noun."""
        toks = self._tokens
        out: list[Cand] = []
        for c in cands:
            prev = out[-1] if out else None
            if prev is not None and prev.label == "ORG" and c.label == "ORG" and prev.layout == c.layout \
                    and _JOIN_GAP.fullmatch(self._text, prev.end, c.start) \
                    and toks[prev.tok_end - 1].lower_ in _JOIN_HEADS and self._text[c.start:c.start + 1].isupper():
                prev.end, prev.tok_end = c.end, c.tok_end
                prev.acronym = c.acronym or prev.acronym
                continue
            out.append(c)
        return out

    def _split_title_of(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """'Marshal of the Sejm Jan Kowalski', 'Speaker of the Knesset Amir Ohana': the model joins the
        institution and the person; split the last two or three capitalised words off as the person
        (the institution is part of the title, an actor only where it acts elsewhere)."""
        toks = self._tokens
        words = self.tables.title_words
        out: list[Cand] = []
        for c in cands:
            s, e = c.tok_start, c.tok_end
            k = s - 1
            if k >= 0 and toks[k].lower_ == "the":
                k -= 1
            if c.label not in ("ORG", "PERSON") or c.entry is not None or e - s < 3 or k < 1 \
                    or toks[k].lower_ != "of" or toks[k - 1].lower_.rstrip(".") not in words:
                out.append(c)
                continue
            n = 2
            if e - s >= 4 and toks[e - 2].lower_ in _PARTICLES:
                n = 3
            if n > 2 and toks[e - 3].lower_ in _PARTICLES:
                n = 4
            ps = e - n
            person = doc[ps:e]
            ok = ps > s and all(t.is_alpha and (t.is_title or t.lower_ in _PARTICLES) for t in person) \
                and toks[e - 1].lower_ not in _ORG_HEADS_SET and _name_key(person.text) not in self.tables.aliases \
                and toks[ps - 1].lower_ not in _SMALL_WORDS and not all(t.lower_ in self.vocab for t in person)
            if not ok:
                out.append(c)
                continue
            inst_end = toks[ps - 1].idx + len(toks[ps - 1].text)
            inst = Cand(c.start, inst_end, "ORG", s, ps, layout=c.layout, role="modifier")
            pc = Cand(toks[ps].idx, c.end, "PERSON", ps, e, layout=c.layout)
            pc.titles.append(self._text[toks[k - 1].idx:inst_end])
            pc.title_text = self._text[toks[k - 1].idx:c.end]
            pc.acts = True
            out.extend([inst, pc])
        return out

    def _acronym_map(self, cands: list[Cand]) -> dict[str, Entry]:
        """Acronyms the document defines ('Rapid Support Forces (RSF)'): they name that body here,
        whatever a table says the letters usually stand for."""
        out: dict[str, Entry] = {}
        for c in cands:
            if not c.acronym:
                continue
            full = self._text[c.start:c.end]
            entry = self._table_entry(_name_key(full))
            name = entry.name if entry is not None and entry.kind == "org" else _LEADING_THE.sub("", full)
            out.setdefault(_name_key(c.acronym), Entry(name, "ORG", "org"))
        # 'Rapid Support Forces' named in full: its initials 'RSF' mean it here, not another body
        for c in cands:
            if c.label != "ORG" or c.acronym:
                continue
            full = self._text[c.start:c.end]
            words = [w for w in full.split() if w.lower() not in _SMALL_WORDS]
            if len(words) < 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
                continue
            key = "".join(w[0] for w in words).lower()
            if key not in out and self.tables.aliases.get(key, Entry("", "", "org")).kind == "org":
                entry = self._table_entry(_name_key(full))
                out[key] = entry if entry is not None and entry.kind == "org" else Entry(full, "ORG", "org")
        return out

    def _table_entry(self, key: str) -> Optional[Entry]:
        """A table entry for a name, also under an owner's prefix: 'U.N. Office for the Coordination
        of Humanitarian Affairs' -> the office, 'EU's X' style names the tables list without it."""
        t = self.tables
        entry = t.aliases.get(key)
        if entry is not None:
            return entry
        words = key.split()
        for k in (1, 2):
            if len(words) - k < 2:
                break
            owner = t.aliases.get(" ".join(words[:k]))
            if owner is not None and owner.kind in ("org", "country"):
                rest = t.aliases.get(" ".join(words[k:]))
                if rest is not None and rest.kind == "org":
                    return rest
        return None

    def _untagged(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """Mentions the model left untagged: a known person's surname elsewhere ("Ancelotti was
        calm"), and table names joined in one token ("U.S.-China")."""
        toks = self._tokens
        text = self._text
        surnames = {}
        for c in cands:
            if c.label == "PERSON" and c.entry is None and c.tok_end - c.tok_start >= 2:
                last = toks[c.tok_end - 1]
                if last.is_alpha and last.is_title and last.lower_ not in _PARTICLES:
                    surnames.setdefault(last.text, c)
        covered = set()
        for c in cands:
            covered.update(range(c.tok_start, c.tok_end))
        extra = []
        # Over the text column: only the few tokens that can be a mention become Token objects
        # (the conditions are pure, so the credit-line test may come after them).
        words, alpha, ent_type, acronyms = self._words, self._alpha_col, self._ent_col, self._acronyms
        maybe = [
            i for i, word in enumerate(words)
            if word in surnames
            or acronyms and alpha[i] and word[:1].isupper() and word == word.upper()
            or ("-" in word or "–" in word) and word[:1].isupper() and not ent_type[i]
        ]
        for i in maybe:
            if i in covered:
                continue
            tok = toks[i]
            if layout.kind(tok.idx) == "credit":
                continue
            if tok.text in surnames:
                extra.append(Cand(tok.idx, tok.idx + len(tok.text), "PERSON", tok.i, tok.i + 1,
                                  layout=layout.kind(tok.idx)))
            elif self._acronyms and tok.is_alpha and tok.text[:1].isupper() and tok.lower_ in self._acronyms \
                    and tok.text == tok.text.upper():
                entry = self._acronyms[tok.lower_]
                extra.append(Cand(tok.idx, tok.idx + len(tok.text), "ORG", tok.i, tok.i + 1,
                                  layout=layout.kind(tok.idx), entry=entry))
            elif ("-" in tok.text or "–" in tok.text) and tok.text[:1].isupper() and not tok.ent_type_:
                parts = [(m.start(), m.end()) for m in _HYPHENATED_PART.finditer(tok.text)]
                entries = [self.tables.aliases.get(_name_key(tok.text[a:b])) for a, b in parts]
                if len(parts) > 1 and all(
                    e is not None and e.kind in ("country", "org", "metonym") for e in entries
                ):
                    for (a, b), e in zip(parts, entries):
                        extra.append(Cand(tok.idx + a, tok.idx + b, e.type, tok.i, tok.i + 1,
                                          layout=layout.kind(tok.idx), entry=e))
        if not extra:
            return cands
        return sorted(cands + extra, key=lambda c: c.start)

    def _clean(self, doc: Doc, ts: int, te: int, label: str, layout: Layout) -> list[Cand]:
        toks = self._tokens
        text = self._text
        s, e = toks[ts].idx, toks[te - 1].idx + len(toks[te - 1].text)
        kind = layout.kind(s)
        if kind == "credit":
            return []
        m = _HYPHEN_TAIL.match(text, e)
        if m and label == "ORG" and text[s:e].isupper():
            e = m.end()  # "EPIC-MRA": a hyphenated acronym name stays whole
        e = self._of_place_tail(doc, te, e, label)
        if label == "ORG" and te < len(doc) and toks[te].idx == e + 1 and toks[te].is_title and not toks[te].ent_type_ \
                and toks[te].lower_ in self.tables.cue("of_place_heads") and toks[te - 1].idx + len(toks[te - 1].text) == e:
            e = toks[te].idx + len(toks[te].text)  # "OPEC" + "Secretariat": the body's own office
        # trim: leading "the", quotes and punctuation; trailing possessive and punctuation
        while True:
            before = (s, e)
            m = _THE_WORD.match(text[s:e])
            if m and e - s > m.end() and not self._keeps_the(text[s:e]):
                s += m.end()
            while s < e and text[s] in _STRIP_CHARS:
                s += 1
            m = _POSSESSIVE.search(text[s:e])
            if m:
                e = s + m.start()
            while e > s and text[e - 1] in _STRIP_CHARS:
                if text[e - 1] == "." and _KEEP_END_DOT.search(text[s:e]):
                    break
                e -= 1
            if (s, e) == before:
                break
        if e <= s:
            return []
        # a score or a year glued to a name: "Borussia Dortmund 2-0", "Champions League 2024"
        m = _TRAILING_NUMBER.search(text, s, e)
        if m and m.start() > s and m.end() == e:
            e = m.start()
        # "Intergovernmental Authority on Development (IGAD": an acronym in brackets is an alias
        acronym = None
        m = _PAREN_TAIL.search(text, s, e)
        if m and m.start() > s and m.end() == e:
            acronym, e = m.group(1), m.start()
            while e > s and text[e - 1] in _STRIP_CHARS and not (text[e - 1] == "." and _KEEP_END_DOT.search(text[s:e])):
                e -= 1
        else:
            m = _PAREN_AFTER.match(text, e)
            if m:
                acronym = m.group(1)
        if acronym and not _acronym_fits(acronym, text[s:e]):
            acronym = None
        # "the left-wing X party": the party is X ("party" is not part of its name)
        party = False
        m = _LOWER_HEAD.search(text, s, e)
        if m and m.start() > s and m.group(1) in self.tables.cue("party_heads") and label in ("ORG", "NORP", "PERSON") \
                and _name_key(text[s:e]) not in self.tables.aliases:
            last = text[s:m.start()].split()[-1].lower()
            if last not in self.vocab and last not in self.tables.aliases:  # "the Green party" keeps its word
                e, party = m.start(), True
        out = self._clean_split(doc, s, e, label, kind)
        if out and (acronym or party):
            out[-1].acronym = acronym
            out[-1].party = party
        return out

    def _of_place_tail(self, doc: Doc, te: int, e: int, label: str) -> int:
        """'National Grid Corporation' + 'of the Philippines': an organisation ending in an
        organisation word runs on over 'of (the) <country or place>' the model cut off."""
        toks = self._tokens
        if label != "ORG" or te >= len(doc) or toks[te - 1].lower_ not in self.tables.cue("of_place_heads"):
            return e
        m = _OF_TAIL.match(self._text, e)
        if not m:
            return e
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None or not len(span):
            return e
        tok = span[0]
        if tok.ent_type_ not in ("GPE", "LOC") or tok.ent_iob_ != "B" or not tok.text[:1].isupper():
            return e
        j = tok.i + 1
        while j < len(doc) and toks[j].ent_iob_ == "I":
            j += 1
        return toks[j - 1].idx + len(toks[j - 1].text)

    def _clean_split(self, doc: Doc, s: int, e: int, label: str, kind: str) -> list[Cand]:
        text = self._text
        surface = text[s:e]
        if not self._plausible(surface):
            return []
        # an owner before the name: "Nepal's National Seismic Centre" -> Nepal + the centre
        m = _OWNER.match(surface)
        if m and m.end() < len(surface):
            owner = self.tables.aliases.get(_name_key(m.group(1)))
            if owner is not None and owner.kind != "demonym":
                rest = s + m.end()
                return self._mk(doc, s, s + len(m.group(1)), owner.type, kind) + self._mk(
                    doc, rest, e, label, kind
                )
        # split "U.S.-Russia", "EU-NATO" into the names the tables know
        if _name_key(surface) not in self.tables.aliases and _JOINER.search(surface):
            parts = [(m.start() + s, m.end() + s) for m in _JOINED_PART.finditer(surface)]
            entries = [self.tables.aliases.get(_name_key(text[a:b])) for a, b in parts]
            if len(parts) > 1 and all(x is not None and x.kind != "demonym" for x in entries):
                out = []
                for a, b in parts:
                    out.extend(self._mk(doc, a, b, label, kind))
                return out
        return self._mk(doc, s, e, label, kind)

    def _ss(self, tok) -> bool:
        return tok.i in self._sent_starts

    def _add_org_names(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """Title-Case names ending in (or headed by) an organisation noun that the model missed."""
        if self.org_matcher is None:
            return cands
        out = list(cands)
        for _, s, e in self._org_matches(doc):
            span = doc[s:e]
            cs, ce = span.start_char, span.end_char
            if layout.kind(cs) != "body" or any(c.start < ce and cs < c.end for c in out):
                continue
            if any(t.ent_type_ for t in span) or (self._ss(span[0]) and len(span) < 3):
                continue
            out.append(Cand(cs, ce, "ORG", s, e, layout="body"))
        out.sort(key=lambda c: c.start)
        return out

    def _org_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """`self.org_matcher(doc)`, run only over the windows where a match can occur.

        Every token of an ORG_NAME match is Title Case or one of "of", "for", "on", "the", and a
        match contains a Title-Case organisation head ("Council"): the windows are the maximal runs
        of such tokens around a head. Matches never cross a window, so the Matcher's LONGEST
        filter within each window keeps the same matches as over the whole Doc; they come back
        in the Matcher's own order for a greedy key (longest first, then by start).
        """
        lower, title, n = self._lower_ids, self._title_col, len(doc)
        heads, links = self._org_head_ids, self._org_link_ids
        matches = []
        done = 0  # end of the last window: a head inside it was matched with it
        for i in [i for i, low in enumerate(lower) if low in heads]:
            if i < done or not title[i]:
                continue
            a, b = i, i + 1
            while a > 0 and (title[a - 1] or lower[a - 1] in links):
                a -= 1
            while b < n and (title[b] or lower[b] in links):
                b += 1
            matches.extend((key, s + a, e + a) for key, s, e in self.org_matcher(doc[a:b]))
            done = b
        matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        return matches

    def _context_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """`self.context_matcher(doc)`, run only over the windows where a match can occur.

        SOURCE_ORG starts at "according to" and runs over proper nouns plus one word; TITLED_PERSON
        starts at a title word and a comma and runs over Title-Case proper nouns. Overlapping
        windows are merged, so each match lies in exactly one window and the LONGEST filter of
        TITLED_PERSON keeps the same matches. Order as the Matcher's: SOURCE_ORG matches in text
        order, then TITLED_PERSON longest first, then by start.
        """
        lower, orth, title, alpha, pos = self._lower_ids, self._orth_ids, self._title_col, self._alpha_col, self._pos_col
        n = len(doc)
        windows = []
        according, titles = self._according_id, self._title_word_ids
        anchors = [i for i, low in enumerate(lower[:max(n - 3, 0)]) if low == according or low in titles]
        for i in anchors:  # both patterns need at least four tokens
            if lower[i] == self._according_id and lower[i + 1] == self._to_id:
                b = i + 2
                while b < n and pos[b] == PROPN and alpha[b]:
                    b += 1
                windows.append((i, min(b + 1, n)))  # the source noun: in the run or right after it
            if lower[i] in self._title_word_ids and orth[i + 1] == self._comma_id:
                b = i + 2
                while b < n and title[b] and pos[b] == PROPN and alpha[b]:
                    b += 1
                windows.append((i, b))
        merged: list[list[int]] = []
        for a, b in windows:  # in order of start
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        source, titled = [], []
        for a, b in merged:
            if b - a < 4:
                continue
            for key, s, e in self.context_matcher(doc[a:b]):
                (source if key == self._source_org_id else titled).append((key, s + a, e + a))
        titled.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        return source + titled

    def _add_context_names(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """Names the model mislabelled or missed that their context shows to be actors: a venue or
        product name that people work at or that a descriptor introduces ('analysts at X',
        'information service X'), the source of figures ('according to X data') and a name in
        apposition to a title ('its chair, Jane Doe, said')."""
        toks = self._tokens
        cues = self.tables.cues
        extra: list[Cand] = []
        for ent in self._ents:
            if ent.label_ not in ("FAC", "PRODUCT", "WORK_OF_ART") or len(ent) > 5 or layout.kind(ent.start_char) != "body":
                continue
            if not ent[0].text[:1].isupper():
                continue
            root = ent.root
            before = toks[ent.start - 1] if ent.start > 0 else None
            org = before is not None and before.is_lower and before.pos_ == "NOUN" \
                and before.lower_ in cues.get("org_descriptors", ())
            if not org and root.dep_ == "pobj" and root.head.lower_ in ("at", "from", "with", "for"):
                org = root.head.head.lemma_.lower() in cues.get("people_at_nouns", ())
            if org:
                extra.extend(self._mk(doc, ent.start_char, ent.end_char, "ORG", "body"))
        if self.context_matcher is not None:
            for match_id, s, e in self._context_matches(doc):
                rule = doc.vocab.strings[match_id]
                if rule == "SOURCE_ORG":
                    a, b = s + 2, e - 1
                    if all(t.is_title or t.is_upper for t in toks[a:b]):
                        extra.append(Cand(toks[a].idx, toks[b - 1].idx + len(toks[b - 1].text), "ORG", a, b,
                                          layout=layout.kind(toks[a].idx)))
                elif rule == "TITLED_PERSON" and e - s - 2 <= 4:
                    a, b = s + 2, e
                    span = doc[a:b]
                    if _name_key(span.text) in self.tables.aliases or any(t.ent_type_ for t in span):
                        continue
                    extra.append(Cand(span.start_char, span.end_char, "PERSON", a, b,
                                      layout=layout.kind(span.start_char)))
        if not extra:
            return cands
        out = list(cands)
        for c in extra:
            if layout.kind(c.start) == "credit" or any(o.start < c.end and c.start < o.end for o in out):
                continue
            out.append(c)
        out.sort(key=lambda c: c.start)
        return out

    def _add_institutions(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """State bodies named by lower-case nouns, when they act: after a country's or an
        organisation's possessive ("India's foreign ministry", "the country's army", "the UN's
        humanitarian office" -> ORG "Foreign Ministry (India)"), and with no owner at all ("the finance
        ministry said", "the president's office said") when the document is about one country."""
        toks = self._tokens
        cues = self.tables.cues
        heads = cues.get("institution_heads", frozenset())
        generic = cues.get("generic_institution_heads", frozenset())
        if not heads and not generic:
            return cands
        text = self._text
        # (token index after the possessive, owner name, owner kind, char start of the owner phrase)
        owners: list[tuple[int, str, str, int]] = []
        countries = [c for c in cands if c.entry is not None and c.entry.kind in ("country", "capital", "metonym")]
        for c in cands:
            if c.entry is not None and c.entry.kind in ("country", "capital", "metonym", "org") \
                    and c.tok_end < len(doc) and toks[c.tok_end].text in _POSSESSIVE_TOKENS:
                owners.append((c.tok_end + 1, c.entry.name, c.entry.kind, c.start))
        for m in _COUNTRY_POSSESSIVE.finditer(text):
            prior = [c for c in countries if c.end <= m.start()]
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if prior and span is not None:
                owners.append((span.end, prior[-1].entry.name, "country", m.start()))
        home = self._home_country(countries)
        if home is not None:
            for m in _BARE_BODY.finditer(text):
                tok = self._token_at(doc, m.end())
                if tok is not None:
                    owners.append((tok, home, "home", -1))
        if not owners:
            return cands
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        extra = []
        for k, owner, kind, phrase_start in owners:
            if k < len(doc) and toks[k].lower_ == "own":
                k += 1
            office = self._office(doc, k) if kind in ("home", "country") else None
            if office is not None:  # "the president's office"
                k2, title = office
                last = toks[k2 - 1]
                if k2 - 1 not in taken and self._acts(last):
                    cs, ce = toks[k].idx, last.idx + len(last.text)
                    name = f"Office of the {_title_case(title)} ({owner})"
                    cand = Cand(cs, ce, "ORG", k, k2, layout=layout.kind(cs), entry=Entry(name, "ORG", "org"))
                    cand.acts = True
                    extra.append(cand)
                continue
            j = k
            while j < len(doc) and j - k < 4 and toks[j].is_lower and toks[j].is_alpha:
                j += 1
            for end in range(j, k, -1):
                last = toks[end - 1]
                if last.dep_ == "compound" or any(i in taken for i in range(k, end)):
                    continue  # "the army chief" is a person, not the army
                words = [t.lower_ for t in toks[k:end]]
                head2 = " ".join(words[-2:])
                ok = words[-1] in heads or (len(words) > 1 and head2 in heads)
                if kind == "home" and not ok:
                    continue  # no owner named: only the specific state bodies
                if not ok and words[-1] in generic and len(words) > 1:
                    ok = toks[end - 2].pos_ in ("NOUN", "VERB", "PROPN") or (kind == "org" and toks[end - 2].pos_ == "ADJ")
                if not ok:
                    continue
                root = doc[k:end].root
                if not self._acts(root):
                    break  # "support Ukraine's military": named, but not acting here
                cs, ce = toks[k].idx, last.idx + len(last.text)
                name = f"{_title_case(text[cs:ce])} ({owner})"
                cand = Cand(cs, ce, "ORG", k, end, layout=layout.kind(cs), entry=Entry(name, "ORG", "org"))
                cand.acts = True
                if phrase_start >= 0 and kind != "home":
                    cand.title_text = text[phrase_start:ce]  # "Estonia's parliament" is how it is named
                extra.append(cand)
                break
        if not extra:
            return cands
        return sorted(cands + extra, key=lambda c: c.start)

    def _titled_offices(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """An office named by its holder's title, when it acts: 'the Ohio Secretary of State's office
        said' -> ORG 'Ohio Secretary of State'; 'the chief prosecutor's office in Soma said' -> ORG
        "Soma Chief Prosecutor's Office" (mention: the words as written)."""
        toks = self._tokens
        text = self._text
        extra: list[Cand] = []
        office = doc.vocab.strings["office"]
        for i, lower in enumerate(self._lower_ids):  # the LOWER column: no Token per token
            if lower != office or i < 2 or self._words[i - 1] not in _POSSESSIVE_TOKENS:
                continue
            tok = toks[i]
            end = tok.i - 1
            start = self._title_start(doc, max(0, end - 5), end)
            if start >= end or not self._acts(tok):
                continue
            while start > 0 and toks[start - 1].is_lower and toks[start - 1].lower_ in self.tables.title_words \
                    and toks[start - 1].lower_ not in _SMALL_WORDS:
                start -= 1  # "chief" + "prosecutor"
            title = doc[start:end]
            if start > 0 and toks[start - 1].ent_type_ == "GPE" and all(t.is_title or t.is_lower and t.lower_ in _SMALL_WORDS for t in title):
                a = start - 1
                while a > 0 and toks[a - 1].ent_iob_ == "I" and toks[a].ent_iob_ == "I":
                    a -= 1
                while a > 0 and toks[a].ent_iob_ == "I":
                    a -= 1
                cs, ce = toks[a].idx, title.end_char
                cand = Cand(cs, ce, "ORG", a, end, layout=layout.kind(cs), entry=Entry(text[cs:ce], "ORG", "org"))
            elif all(t.is_lower for t in title) and tok.i + 2 < len(doc) and toks[tok.i + 1].lower_ == "in" \
                    and toks[tok.i + 2].is_title and toks[tok.i + 2].ent_type_ in ("GPE", "LOC", "ORG", "PERSON"):
                place = toks[tok.i + 2]
                cs, ce = title.start_char, tok.idx + len(tok.text)
                name = f"{place.text} {_title_case(title.text)}'s Office"
                cand = Cand(cs, ce, "ORG", start, tok.i + 1, layout=layout.kind(cs), entry=Entry(name, "ORG", "org"))
            else:
                continue
            cand.acts = True
            extra.append(cand)
        if not extra:
            return cands
        out = [c for c in cands if not any(x.start <= c.start and c.end <= x.end for x in extra)]
        return sorted(out + extra, key=lambda c: c.start)

    def _home_country(self, countries: list[Cand]) -> Optional[str]:
        """The country a document is about: named at least twice and more than twice as often as any other."""
        counts: dict[str, int] = {}
        for c in countries:
            counts[c.entry.name] = counts.get(c.entry.name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]

    def _token_at(self, doc: Doc, char: int) -> Optional[int]:
        span = self._char_tokens(doc, char, char + 1)
        return span[0] if span is not None and span[1] > span[0] else None

    def _char_tokens(self, doc: Doc, start: int, end: int) -> Optional[tuple[int, int]]:
        """(start, end) of doc.char_span(start, end, alignment_mode="expand"), None where it is None,
        found as spaCy does (the token holding a character, its trailing space included) by
        bisecting the token starts instead of building a Span and its Tokens."""
        starts = self._starts
        if starts is None:
            span = doc.char_span(start, end, alignment_mode="expand")
            return None if span is None else (span.start, span.end)
        n, size = len(starts), len(self._text)
        if not (0 <= start < size and 0 <= end - 1 < size):
            return None
        a = bisect.bisect_right(starts, start) - 1
        b = bisect.bisect_right(starts, end - 1) - 1
        if a < 0 or b < 0 or a >= n:
            return None
        if start == starts[a] + len(self._words[a]):  # in the space after a token: the next one
            a += 1
        return a, b + 1

    def _office(self, doc: Doc, k: int) -> Optional[tuple[int, str]]:
        """'president's office' at token k: (end token, title) for a head of state's or government's office."""
        toks = self._tokens
        titles = self.tables.cue("office_titles")
        for n in (2, 1):
            if k + n + 1 < len(doc) and all(t.is_lower for t in toks[k:k + n]) \
                    and " ".join(t.lower_ for t in toks[k:k + n]) in titles \
                    and toks[k + n].text in _POSSESSIVE_TOKENS and toks[k + n + 1].lower_ == "office":
                return k + n + 2, " ".join(t.text for t in toks[k:k + n])
        return None

    @staticmethod
    def _acts(tok) -> bool:
        """The head of a noun phrase is an agent or a source: 'X said', 'according to X', 'by X'."""
        for _ in range(3):  # "the army and the police said": the first conjunct
            if tok.dep_ == "conj" and tok.head is not tok:
                tok = tok.head
            else:
                break
        if tok.dep_ == "nsubj":
            return True
        if tok.dep_ == "pobj":
            prep = tok.head
            return prep.lower_ == "to" and prep.head.lower_ == "according" or prep.dep_ == "agent"
        return False

    def _keeps_the(self, surface: str) -> bool:
        entry = self.tables.aliases.get(_name_key(surface))
        return entry is not None and entry.name.lower().startswith("the ")

    @staticmethod
    def _plausible(surface: str) -> bool:
        letters = sum(map(str.isalpha, surface))  # map over str methods: no Python-level loop
        if letters < 2 and not (len(surface) >= 2 and surface.isupper()):
            return False
        if not surface[0].isupper() and not surface[0].isdigit():
            return False  # "non-NATO", all-lowercase spans
        if not any(map(str.isupper, surface)):
            return False
        if surface.lower().startswith(("non-", "anti-", "pro-", "ex-", "post-", "pre-")):
            return False
        return True

    def _mk(self, doc: Doc, s: int, e: int, label: str, layout_kind: str) -> list[Cand]:
        span = self._char_tokens(doc, s, e)
        if span is None or span[1] <= span[0]:
            return []
        return [Cand(s, e, label, span[0], span[1], layout=layout_kind)]

    def _extend_particles(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """'Ursula von' + 'Leyen' -> 'Ursula von der Leyen': a person name runs on through particles."""
        toks = self._tokens
        out: list[Cand] = []
        swallowed_until = -1
        for c in cands:
            if c.tok_start < swallowed_until:
                continue
            if c.label == "PERSON":
                i = c.tok_end
                j = i
                while j < len(doc) and toks[j].lower_ in _PARTICLES:
                    j += 1
                last_is_particle = toks[i - 1].lower_ in _PARTICLES
                if (j > i or last_is_particle) and j < len(doc):
                    k = j
                    while (
                        k < len(doc)
                        and toks[k].is_alpha
                        and toks[k].text[:1].isupper()
                        and not (k > j and self._ss(toks[k]))
                    ):
                        k += 1
                    if k > j:
                        c.tok_end = k
                        c.end = toks[k - 1].idx + len(toks[k - 1].text)
                        swallowed_until = k
            out.append(c)
        return out

    def _titles(self, doc: Doc, cands: list[Cand]) -> list[tuple[int, int]]:
        """Move titles before a person's name into `titles`; returns the char zones titles cover."""
        toks = self._tokens
        zones = []
        words = self.tables.title_words
        for c in cands:
            inner = self._inner_title(doc, c) if c.label in ("PERSON", "ORG") and c.entry is None else None
            if c.label == "ORG" and inner is not None and c.tok_end - inner >= 2 \
                    and all(t.is_title and t.is_alpha for t in toks[inner:c.tok_end]):
                c.label = "PERSON"  # "Sejm Marshal Jan Kowalski" tagged as one organisation
            if c.label != "PERSON":
                continue
            # titles inside the entity ("President Emmanuel Macron")
            i = c.tok_start
            while i < c.tok_end - 1 and (toks[i].lower_.rstrip(".") in words or toks[i].text == "-"):
                i += 1
            i = self._title_end(doc, c.tok_start, i)
            if i == c.tok_start and inner is not None:
                i = inner  # "Senate Majority Leader John Thune": the institution is part of the title
            # titles just before it ("British Defence Secretary" + "John Healey")
            j = c.tok_start
            while j > 0:
                tok = toks[j - 1]
                if tok.lower_.rstrip(".") in words or (tok.text == "-" and j > 1):
                    j -= 1
                    continue
                break
            j = self._title_start(doc, j, c.tok_start)
            has_title = j < c.tok_start or i > c.tok_start
            if not has_title:
                continue
            # modifiers of the title: a country, demonym, organisation or department word
            k = j
            while j < c.tok_start and k > 0:
                tok = toks[k - 1]
                if tok.text[:1].isupper() and tok.is_alpha or tok.text in {"U.S.", "U.K.", "E.U.", "U.N."}:
                    if self._ss(tok) or tok.pos_ in {"PROPN", "ADJ", "NOUN"}:
                        k -= 1
                        if self._ss(tok):
                            break
                        continue
                break
            title_start = toks[k].idx if k < c.tok_start else toks[c.tok_start].idx
            if i > c.tok_start:
                c.start = toks[i].idx
                c.tok_start = i
            title_end = toks[c.tok_start - 1].idx + len(toks[c.tok_start - 1].text)
            title = self._text[title_start:title_end].strip()
            if title:
                c.titles.append(title)
                c.title_text = self._text[title_start:c.end]
                zones.append((title_start, title_end))
        return zones

    def _inner_title(self, doc: Doc, c: Cand) -> Optional[int]:
        """The end of a known title that follows one or two capitalised institution words at the start
        of an entity and leaves a name after it ('Bundestag President X Y' -> after 'President')."""
        toks = self._tokens
        words = self.tables.title_words
        s, e = c.tok_start, c.tok_end
        if e - s < 3:
            return None
        for a in (s + 1, s + 2):
            if a >= e - 1 or not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in words for t in toks[s:a]):
                continue
            i = a
            while i < e - 1 and toks[i].lower_.rstrip(".") in words:
                i += 1
            b = self._title_end(doc, a, i)
            if b > a and e - b >= 2 and all(t.is_alpha and (t.is_title or t.lower_ in _PARTICLES) for t in toks[b:e]):
                return b
        return None

    def _is_title(self, doc: Doc, a: int, b: int) -> bool:
        toks = self._tokens
        phrase = " ".join(t.lower_.rstrip(".") for t in toks[a:b] if t.text != "-")
        return phrase in self.tables.titles or phrase.replace(" ", "-") in self.tables.titles

    def _title_start(self, doc: Doc, j: int, end: int) -> int:
        """The first token of the longest known title in doc[j:end] that ends at `end`, else `end`."""
        for a in range(j, end):
            if self._is_title(doc, a, end):
                return a
        return end

    def _title_end(self, doc: Doc, start: int, i: int) -> int:
        """The end of the longest known title in doc[start:i] that starts at `start`, else `start`."""
        for b in range(i, start, -1):
            if self._is_title(doc, start, b):
                return b
        return start

    def _inside_title(self, doc: Doc, c: Cand, zones: list[tuple[int, int]]) -> bool:
        """An organisation or group word that is part of a person's title ("Defense" Minister)."""
        if c.label not in ("ORG", "NORP"):
            return False
        for a, b in zones:
            if a <= c.start and c.end <= b:
                key = _name_key(self._text[c.start:c.end])
                entry = self.tables.aliases.get(key)
                if entry is not None:
                    return entry.kind == "demonym"
                return all(w in self.tables.title_words for w in key.split())  # "Defense"
        return False

    def _add_table_matches(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        if self.matcher is None:
            return cands
        matches = []
        for _, s, e in self.matcher(doc):
            matches.append((s, e))
        if not matches:
            return cands
        # longest first, no overlaps among table matches
        matches.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: list[tuple[int, int]] = []
        used: set[int] = set()  # tokens already in a taken match (matches are short: linear overall)
        for s, e in matches:
            if any(i in used for i in range(s, e)):
                continue
            taken.append((s, e))
            used.update(range(s, e))
        taken.sort()
        owner: dict[int, Cand] = {}  # token index -> candidate covering it
        for c in cands:
            for i in range(c.tok_start, c.tok_end):
                owner[i] = c
        removed: set[int] = set()
        added: list[Cand] = []
        toks = self._tokens
        for s, e in taken:
            # the Span's start_char, end_char and text, from the Token list (no Span built)
            cs, ce = toks[s].idx, toks[e - 1].idx + len(toks[e - 1].text)
            if layout.kind(cs) == "credit":
                continue
            touching = {id(owner[i]): owner[i] for i in range(s, e) if i in owner}.values()
            touching = [c for c in touching if id(c) not in removed]
            if any(not (cs <= c.start and c.end <= ce) for c in touching):
                continue  # overlaps a model entity that runs past the table name
            if touching and all(c.start == cs and c.end == ce for c in touching):
                continue
            removed.update(id(c) for c in touching)
            entry = self.tables.aliases.get(_name_key(self._text[cs:ce]))
            label = entry.type if entry else "ORG"
            added.append(Cand(cs, ce, label, s, e, layout=layout.kind(cs)))
        out = [c for c in cands if id(c) not in removed] + added
        out.sort(key=lambda c: c.start)
        return out

    def _root(self, doc: Doc, c: Cand):
        """The syntactic root of the candidate's tokens (Span.root), once per token range."""
        key = (c.tok_start, c.tok_end)
        root = self._roots.get(key)
        if root is None:
            root = self._roots[key] = self._tokens[doc[c.tok_start:c.tok_end].root.i]
        return root

    def _role(self, doc: Doc, c: Cand, preps: frozenset) -> str:
        """'location' when the span is where something happens, else 'actor'."""
        toks = self._tokens
        root = self._root(doc, c)
        tok = root
        for _ in range(5):  # "France, Germany and Italy": look at the first conjunct
            if tok.dep_ == "conj" and tok.head is not tok:
                tok = tok.head
            else:
                break
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            return "location"
        if tok.dep_ in ("compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and not tok.head.ent_type_ \
                and preps is _PLACE_PREPS:
            return "location"
        if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in preps:
            return "location"
        cues = self.tables.cues
        if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "to") and (
            tok.head.head.lower_ in cues.get("motion_words", ())
            or tok.head.head.ent_type_ == "QUANTITY"
        ):
            return "location"  # "travelled from Spain", "miles from the border"
        # the parse can run across a headline's line break: trust a preposition right before
        before = toks[c.tok_start - 1] if c.tok_start > 0 else None
        if before is not None and before.lower_ == "the" and c.tok_start > 1:
            before = toks[c.tok_start - 2]
        after = toks[c.tok_end] if c.tok_end < len(doc) else None
        if before is not None and before.lower_ in preps and (after is None or after.text not in _POSSESSIVE_TOKENS):
            return "location"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "into", "across") \
                and tok.head.head.lemma_.lower() in _BORDER_WORDS:
            return "location"  # "the border crossing with X": a neighbour on the map, not an actor
        return "actor"

    def _modifier(self, doc: Doc, c: Cand) -> bool:
        """A name used only to qualify something else: 'Tokyo-based', 'US dollar', 'UK economist',
        'Boeing 737 jets'."""
        toks = self._tokens
        n = len(doc)
        e = c.tok_end
        if e + 1 < n and toks[e].text in ("-", "–") and toks[e + 1].lower_ in ("based", "born", "listed", "registered", "headquartered"):
            return True
        if e < n and toks[e].lower_ in ("based",) and toks[e].idx == c.end:
            return True
        if e < n and c.entry is None and c.label != "PERSON" and toks[e].idx == c.end + 1 \
                and _MODEL_NUMBER.match(toks[e].text):
            return True  # "Boeing 737 jets", "Airbus A220 aircraft": a maker's name before a model
        if e < n and c.entry is None and c.label != "PERSON" and toks[e].idx == c.end + 1 and toks[e].is_digit \
                and len(toks[e].text) <= 2 and c.tok_end - c.tok_start >= 2 and toks[c.tok_start].text in self._org_words(doc):
            return True  # "the Acme Phone 9": a product line of a company the document names
        if e < n and toks[e].is_lower and toks[e].pos_ == "NOUN":
            cues = self.tables.cues
            low = toks[e].lower_
            if c.label in ("GPE", "LOC") and (low in cues.get("currency_nouns", ()) or low in cues.get("beat_nouns", ())):
                return True
        return False

    def _in_longer_name(self, doc: Doc, c: Cand) -> bool:
        toks = self._tokens
        before = toks[c.tok_start - 1] if c.tok_start > 0 else None
        after = toks[c.tok_end] if c.tok_end < len(doc) else None
        if before is not None and before.is_title and before.is_alpha and before.pos_ == "PROPN" \
                and before.lower_ not in _SMALL_WORDS and not before.ent_type_:
            return True
        return after is not None and after.is_title and after.is_alpha and after.pos_ == "PROPN" \
            and after.ent_iob_ == "I"

    def _resolve(self, doc: Doc, c: Cand) -> bool:
        """Attach the table entry, correct the label, and decide whether the span is an actor."""
        toks = self._tokens
        t = self.tables
        surface = self._text[c.start:c.end]
        key = _name_key(surface)
        entry = self._acronyms.get(key) or self._table_entry(key)
        if entry is not None and c.label == "PERSON" and key in t.ambiguous_person:
            entry = None
        if entry is not None:
            if entry.kind == "demonym":
                return self._demonym_group(doc, c)
            if entry.kind in ("capital", "city", "region") and self._inside_other_name(doc, c):
                return False  # "the Paris Agreement", "Wembley Stadium": part of a treaty's or a venue's name
            if entry.kind == "capital":
                if self._in_longer_name(doc, c):  # "Real Madrid", "Paris Saint-Germain"
                    self._widen(doc, c)
                    c.label = "ORG" if c.label == "GPE" else c.label
                    if self._text[c.start:c.end] != surface:
                        c.entry = None
                    return True
                if self._role(doc, c, _LOC_PREPS) == "location" or self._role(doc, c, _PLACE_PREPS) == "location" \
                        or self._in_dateline(c) or self._modifier(doc, c):
                    c.entry = Entry(_LEADING_THE.sub("", surface), "GPE", "city")
                    c.role = "location"
                else:
                    c.entry = entry
                c.label = "GPE"
                return True
            c.entry = entry
            c.label = entry.type
            if entry.kind == "country":
                c.role = self._role(doc, c, _LOC_PREPS)
            elif entry.kind in ("city", "region"):
                c.role = self._role(doc, c, _PLACE_PREPS)
                if entry.kind == "region" and self._possessor(doc, c):
                    c.role = "location"  # "Europe's airlines": the airlines in Europe
            elif entry.kind == "group":
                c.role = self._role(doc, c, _LOC_PREPS)  # "across the Baltic states"
            if entry.kind in ("country", "capital", "city", "region", "group", "metonym") and (
                self._in_dateline(c) or self._modifier(doc, c)
            ):
                c.role = "location"
            return True
        if key in self._storms or (" " in key and key.split()[0] in t.cue("storm_words")):
            return False  # "Typhoon X", then "X": a storm, not a person or an organisation
        if c.label == "ORG" and self._in_title_of(doc, c):
            return False  # "Secretary of State": the office's last word, not an organisation
        if t.non_actor(key, c.label) or _GLUED_DIGITS.search(surface):
            return False  # "COVID-19", "Champions League", "COP31", "FTSE 100", "Bank Rate"
        if key in t.unless_acting:  # a platform or a league: "posted on X", "Ligue 1 appearances"
            return self._acts_here(doc, c) or self._possessor(doc, c)
        tokens = doc[c.tok_start:c.tok_end]
        if c.label != "PERSON" and len(tokens) > 1 and _AGE_AFTER.match(self._text, c.end) \
                and all(tok.is_title for tok in tokens):
            c.label = "PERSON"  # "Jane Doe, 34, said": a name with an age apposition
            return True
        if self._dropped_lone_word(doc, c, tokens):
            return False
        if len(tokens) == 1 and tokens[0].text in self._facility_words(doc):
            c.label, c.role = "LOC", "location"  # "outside Wembley" beside "Wembley Stadium"
            return True
        if c.label == "NORP":
            root = tokens.root
            if root.dep_ == "amod":
                return False
            # a group named by a plural noun ("Democrats", "Kurds", "the Greens"), not an adjective
            return root.tag_ in ("NNPS", "NNS") or (root.tag_ == "NNP" and root.text.endswith("s"))
        if c.label in ("GPE", "LOC"):
            c.role = self._role(doc, c, _PLACE_PREPS)
            if self._in_dateline(c) or self._modifier(doc, c):
                c.role = "location"
            return True
        if self._modifier(doc, c):
            c.role = "modifier"
        if c.label == "ORG" and len(tokens) == 1 and c.tok_start > 0 and toks[c.tok_start - 1].lower_ in _AROUND_PREPS:
            c.label, c.role = "LOC", "location"  # "defenders around X": a place the model called ORG
        if c.label in ("PERSON", "ORG") and len(tokens) <= 3:
            c.place = self._place_evidence(doc, c)
            c.acts = c.acts or bool(c.titles) or self._acts_here(doc, c)
        return True

    def _in_title_of(self, doc: Doc, c: Cand) -> bool:
        """A one-word name that ends a known 'X of Y' title ('Secretary of State')."""
        toks = self._tokens
        s = c.tok_start
        if c.tok_end - s != 1 or s < 2 or toks[s - 1].lower_ != "of":
            return False
        return self._is_title(doc, s - 2, s + 1)

    def _demonym_group(self, doc: Doc, c: Cand) -> bool:
        """'Ukrainians prepare', 'aid for Syrians': a plural demonym used as a noun names the people
        (a NORP actor under the word as written); 'French troops', 'Syrian refugees' stay out."""
        toks = self._tokens
        tokens = doc[c.tok_start:c.tok_end]
        root = tokens.root
        if root.tag_ not in ("NNPS", "NNS") or root.dep_ in ("amod", "compound", "nmod"):
            return False
        if not self._text[c.start:c.end].endswith("s"):
            return False
        nxt = toks[c.tok_end] if c.tok_end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct:
            return False
        c.entry, c.label, c.role = None, "NORP", "actor"
        return True

    def _acts_here(self, doc: Doc, c: Cand) -> bool:
        """The mention acts: the subject of a verb that is not merely descriptive ('X remains under
        siege' describes a place), an agent ('by X') or a source ('according to X')."""
        tok = self._root(doc, c)
        for _ in range(3):
            if tok.dep_ == "conj" and tok.head is not tok:
                tok = tok.head
            else:
                break
        if tok.dep_ == "nsubj":
            return tok.head.lemma_.lower() not in self.tables.cue("stative_verbs")
        return self._acts(tok)

    def _place_evidence(self, doc: Doc, c: Cand) -> bool:
        """A name the model tagged PERSON/ORG that the text shows to be a place: 'the town of X',
        'the X camp', 'X border crossing', 'near X', 'X, the capital of ...', and 'in X' for a person."""
        toks = self._tokens
        places = self.tables.cue("place_nouns")
        s, e, n = c.tok_start, c.tok_end, len(doc)
        if s >= 2 and toks[s - 1].lower_ == "of" and toks[s - 2].lower_ in places:
            return True
        if e < n and toks[e].is_lower and toks[e].lower_ in places and toks[e].pos_ in ("NOUN", "PROPN"):
            return True
        root = self._root(doc, c)
        if any(ch.dep_ == "appos" and ch.lower_ in places for ch in root.children):
            return True
        tok = root
        for _ in range(3):
            if tok.dep_ == "conj" and tok.head is not tok:
                tok = tok.head
            else:
                break
        if tok.dep_ == "pobj":
            prep = tok.head.lower_
            if prep in _AROUND_PREPS or (c.label == "PERSON" and prep == "in" and e - s == 1):
                return True
        return False

    def _dropped_lone_word(self, doc: Doc, c: Cand, tokens) -> bool:
        """A one-word PERSON/ORG/NORP that is a common word capitalised at a sentence start or in a
        headline ("Turnout was 68%", "Seismologists say"), unless the document confirms it as a name."""
        if len(tokens) != 1:
            return False
        tok = tokens[0]
        if c.label in ("ORG", "PERSON") and tok.pos_ in _CONTENT_POS:
            return True  # "Strategically", "Invest"
        line_start = tok.idx == 0 or self._text[tok.idx - 1] == "\n"
        if not (self._ss(tok) or line_start or c.layout != "body"):
            return False
        if c.label == "NORP" and tok.tag_ != "NNS":
            return False  # "Democrats" (NNPS) is a group; "Seismologists" (NNS) is a common noun
        low = tok.lower_
        if low in self._lower_words(doc):
            return True
        if low in self.vocab or tok.lemma_.lower() in self.vocab:
            return tok.text not in self._confirmed(doc)
        return False

    def _confirmed(self, doc: Doc) -> set:
        """Capitalised words used as names elsewhere: mid-sentence, or inside a multi-word name."""
        if self._confirmed_words is None:
            words = set()
            for ent in self._ents:
                if len(ent) > 1 and ent.label_ in ACTOR_LABELS:
                    words.update(self._words[ent.start:ent.end])
            # over the columns: is_title, is_space and text of each token and the one before it
            title, space, texts = self._title_col, self._space_col, self._words
            for i in range(1, len(texts)):
                if title[i] and i not in self._sent_starts and not space[i - 1] and "\n" not in texts[i - 1]:
                    words.add(texts[i])
            self._confirmed_words = words
        return self._confirmed_words

    def _facility_words(self, doc: Doc) -> set:
        """First words of venue names ("Wembley" of "Wembley Stadium")."""
        if self._facilities is None:
            self._facilities = {
                ent[1].text if ent[0].lower_ == "the" and len(ent) > 2 else ent[0].text
                for ent in self._ents if ent.label_ == "FAC" and len(ent) > 1
            }
        return self._facilities

    def _org_words(self, doc: Doc) -> set:
        if self._org_word_set is None:
            self._org_word_set = {e.text for e in self._ents if e.label_ == "ORG" and len(e) == 1}
        return self._org_word_set

    def _inside_other_name(self, doc: Doc, c: Cand) -> bool:
        """The span lies inside a longer non-actor entity: a law, venue, event, work or product."""
        toks = self._tokens
        first = toks[c.tok_start]
        if first.ent_type_ not in _OTHER_NAME_LABELS:
            return False
        return first.ent_iob_ == "I" or (c.tok_end < len(doc) and toks[c.tok_end].ent_iob_ == "I")

    def _possessor(self, doc: Doc, c: Cand) -> bool:
        toks = self._tokens
        return c.tok_end < len(doc) and toks[c.tok_end].text in _POSSESSIVE_TOKENS

    def _in_dateline(self, c: Cand) -> bool:
        return any(a <= c.start < b for a, b in self._datelines)

    def _widen(self, doc: Doc, c: Cand) -> None:
        """Grow a span over the capitalised words of the longer name it sits in ("Real" + "Madrid")."""
        toks = self._tokens
        i = c.tok_start
        while i > 0:
            tok = toks[i - 1]
            if tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and tok.lower_ not in _SMALL_WORDS \
                    and not tok.ent_type_:
                i -= 1
                if self._ss(tok):
                    break
                continue
            break
        j = c.tok_end
        while j < len(doc) and toks[j].ent_iob_ == "I" and (toks[j].is_title or toks[j].text in ("-", "–")):
            j += 1
        if j > c.tok_end and toks[j - 1].text in ("-", "–"):
            j -= 1
        c.tok_start, c.tok_end = i, j
        c.start, c.end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1].text)

    def _lower_words(self, doc: Doc) -> set:
        """The words the document writes in lower case."""
        if self._lower_set is None:
            self._lower_set = {w for w, low in zip(self._words, self._lower_col) if low}
        return self._lower_set

    def _headlines(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """Headline fragments: keep table names and names the body confirms, cut the rest."""
        body_keys: dict[str, Cand] = {}
        surnames: set[str] = set()
        for c in cands:
            if c.layout == "body":
                key = _name_key(self._text[c.start:c.end])
                body_keys.setdefault(key, c)
                if c.label == "PERSON":
                    for w in key.split():
                        surnames.add(w)
        out = []
        for c in cands:
            if c.layout in ("byline",) and c.label == "PERSON":
                continue
            if c.layout == "body" or c.entry is not None:
                out.append(c)
                continue
            key = _name_key(self._text[c.start:c.end])
            if key in body_keys:
                out.append(c)
                continue
            # the longest prefix of tokens that the body names ("Macron Confirms" -> "Macron")
            for k in range(c.tok_end - 1, c.tok_start, -1):
                sub = doc[c.tok_start:k]
                sk = _name_key(sub.text)
                if sk in body_keys or (k - c.tok_start == 1 and sk in surnames):
                    end = sub.end_char
                    while end > c.start and self._text[end - 1] in _STRIP_CHARS:
                        end -= 1
                    if end > c.start:
                        label = body_keys[sk].label if sk in body_keys else "PERSON"
                        src = body_keys.get(sk)
                        out.append(Cand(c.start, end, label, c.tok_start, k, layout=c.layout,
                                        entry=src.entry if src else None,
                                        role=src.role if src else "actor"))
                    break
        return out

    def _after_place_prep(self, doc: Doc, c: Cand) -> bool:
        root = self._root(doc, c)
        return root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS

    def _written_the(self, c: Cand) -> Optional[str]:
        """'The X' when the text writes a capitalised 'The' before the name mid-sentence."""
        s = c.start
        if c.label == "PERSON" or s < 5 or self._text[s - 4:s] != "The ":
            return None
        before = self._text[max(0, s - 6):s - 4]
        if not before.strip() or before.rstrip()[-1:] in ".!?\"“”:":
            return None  # a sentence or line start: 'The' is ordinary capitalisation
        return self._text[s - 4:c.end]

    def _without_generic(self, name: str) -> str:
        """'United Auto Workers union' -> 'United Auto Workers': a trailing lower-case generic word."""
        m = _LOWER_HEAD.search(name)
        if m and m.start() > 0 and m.group(1) in self.tables.cue("generic_name_tails"):
            return name[:m.start()].rstrip() or name
        return name

    def _merge(self, doc: Doc, cands: list[Cand]) -> tuple[list[Actor], dict[tuple[int, int], str]]:
        text = self._text
        # "the X party" elsewhere: a one-word PERSON X ("X deputy Jane Doe") is the party
        parties = {_name_key(text[c.start:c.end]) for c in cands if c.party}
        for c in cands:
            if c.label == "PERSON" and c.entry is None and c.tok_end - c.tok_start == 1 \
                    and _name_key(text[c.start:c.end]) in parties:
                c.label = "ORG"
        # a surname the model tagged ORG/GPE in one place and PERSON in another is the person
        person_words = {
            w for c in cands if c.label == "PERSON" and c.entry is None
            for w in _name_key(text[c.start:c.end]).split()
        }
        for c in cands:
            if c.entry is None and c.label != "PERSON" and c.tok_end - c.tok_start == 1:
                if _name_key(text[c.start:c.end]) in person_words:
                    if self._acts_here(doc, c):
                        c.acts = True  # "according to X"
                    elif c.label in ("GPE", "LOC") and c.role == "location":
                        c.place = True  # "the island of X" is a place whatever else the model says
                    c.label = "PERSON"
                    c.role = "actor"
        # persons: full names first, then surname/partial mentions join a full name
        persons = [c for c in cands if c.label == "PERSON" and c.entry is None]
        full: list[tuple[list[str], str]] = []  # (key words, display name)
        for c in sorted(persons, key=lambda c: -len(_name_key(text[c.start:c.end]).split())):
            words = _name_key(text[c.start:c.end]).split()
            if not words:
                continue
            if any(words == fw[-len(words):] or words == fw[: len(words)] for fw, _ in full):
                continue
            full.append((words, text[c.start:c.end]))

        def person_name(c: Cand) -> str:
            words = _name_key(text[c.start:c.end]).split()
            best = None
            for fw, disp in full:
                if words == fw[-len(words):] or (len(words) == 1 and words == fw[:1] and len(fw) > 1):
                    if best is None or len(fw) > len(best[0]):
                        best = (fw, disp)
            return best[1] if best else text[c.start:c.end]

        by_id: dict[str, Actor] = {}
        spans: dict[tuple[int, int], str] = {}
        locations: dict[str, bool] = {}  # every mention is a place or a modifier
        modifiers: dict[str, bool] = {}  # every mention is a modifier ("Boeing 737")
        place_like: dict[str, bool] = {}
        placed: dict[str, bool] = {}  # a mistagged PERSON/ORG with place evidence ...
        acting: dict[str, bool] = {}  # ... and no mention that acts
        in_place: dict[str, bool] = {}  # every mention is a location or follows "in", "near" ...
        for c in cands:
            surface = text[c.start:c.end]
            if c.entry is not None:
                name, typ = c.entry.name, c.entry.type
            elif c.label == "PERSON":
                name, typ = person_name(c), "PERSON"
            else:
                name, typ = _LEADING_THE.sub("", surface) if c.label != "PERSON" else surface, c.label
                name = self._without_generic(name)
            aid = _actor_id(name)
            actor = by_id.get(aid)
            if actor is None:
                actor = by_id[aid] = Actor(id=aid, name=name, type=typ)
                locations[aid] = modifiers[aid] = True
                place_like[aid] = False
            if c.role not in ("location", "modifier"):
                locations[aid] = False
            if c.role != "modifier":
                modifiers[aid] = False
            if c.entry is not None and c.entry.kind == "group":
                place_like[aid] = True
            # an unknown name the model also tagged as a place where something happens
            in_place[aid] = in_place.get(aid, True) and (c.role == "location" or self._after_place_prep(doc, c))
            placed[aid] = placed.get(aid, False) or c.place or (
                c.entry is None and c.label in ("GPE", "LOC") and c.role == "location")
            acting[aid] = acting.get(aid, False) or c.acts or c.entry is not None
            if c.acronym and c.acronym not in actor.aliases:
                actor.aliases.append(c.acronym)
            if surface not in actor.aliases:
                actor.aliases.append(surface)
            written = self._written_the(c)
            if written and written not in actor.aliases:
                actor.aliases.append(written)  # "The Associated Press" as the text writes it
            if c.title_text and c.title_text not in actor.aliases:
                actor.aliases.append(c.title_text)
            for title in c.titles:
                if title not in actor.titles:
                    actor.titles.append(title)
            if (c.start, c.end) not in spans:
                actor.mentions.append(Span(start=c.start, end=c.end, text=surface))
                spans[(c.start, c.end)] = aid
        # places that only ever appear as locations are not actors
        actors = []
        for aid, actor in by_id.items():
            if locations.get(aid) and (actor.type in ("GPE", "LOC") or place_like.get(aid)) or modifiers.get(aid) \
                    or placed.get(aid) and not acting.get(aid) and (
                        actor.type in ("PERSON", "ORG") or actor.type in ("GPE", "LOC") and in_place.get(aid)):
                for m in actor.mentions:
                    spans.pop((m.start, m.end), None)
                continue
            actors.append(actor)
        return actors, spans
