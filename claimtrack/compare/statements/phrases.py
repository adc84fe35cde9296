"""The parts of a clause frame as compared: its terms folded over spelling and inflection, the
subject's and the object's head nouns and words, and whether two subjects may be or are
shown to be one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...parsers.lexicon import ADDITIVE_POSTDETERMINERS, ARTICLES_DEMONSTRATIVES, ORDINAL_WORDS
from ...text import pattern
from ..candidates import actor_name
from ..context import fold, key_terms, same_actor, stem
from ..mention import per_mention


#: The postdeterminers that count a noun's instances, each one more beside one there is: the
#: ordinals from "second" to "tenth" ("a second kiln") and the additive postdeterminers
#: (parsers.lexicon, data/quantifiers.json: "further sailings", "an extra ferry", "another",
#: "other"; Quirk et al. 1985, 5.19-5.22; WordNet 3.0 other.a.01 'not the same one or ones
#: already mentioned or implied'). Read by foreclosed._ANOTHER and measures._COUNTING, each with
#: the words of its own rule.
POSTDETERMINERS = frozenset([w for w, n in ORDINAL_WORDS.items() if 2 <= n <= 10]) | ADDITIVE_POSTDETERMINERS

_BRITISH = ((re.compile(r"isation$"), "ization"), (re.compile(r"(?<=\w{3})ise$"), "ize"),
            (re.compile(r"(?<=\w{3})our$"), "or"))


@lru_cache(maxsize=1 << 14)
def term_of(word: str) -> str:
    """A term folded over accents, inflection and British/American spelling ("demilitarisation"
    and "demilitarization", "labour" and "labor" meet). A word WordNet knows is first taken to its
    lemma, so that every inflection of one word meets: "prices", "pricing" and "price" (a
    suffix-stripper alone makes "pric" of the first two and leaves the third), "hired" and "hire"."""
    w = _lemma(fold(word))
    for pat, repl in _BRITISH:
        w = pat.sub(repl, w)
    return stem(w)


def _lemma(w: str) -> str:
    """The WordNet lemma of a word as written, lower case: a form in -ing or -ed as a verb first
    ("pricing": "price"), any other as a noun first, its singular before itself ("rates":
    "rate"), by the regular inflections and WordNet's irregular forms (lexicon.verb_lemma,
    noun_lemma_in); the word itself when WordNet knows neither."""
    from ...wordnet_nouns import noun_senses
    from .lexicon import noun_lemma_in as noun_of, verb_lemma

    nouns = noun_senses()[0]
    if w.endswith(("ing", "ed")):
        return verb_lemma(w) or noun_of(w, nouns) or w
    if w.endswith("s") and not w.endswith("ss") and w[:-1] in nouns:
        return w[:-1]  # "rates": "rate", though WordNet also lists "rates" (local taxes) as a noun
    return noun_of(w, nouns) or verb_lemma(w) or w


def clause_terms(frame) -> frozenset:
    return _folded_terms(tuple(frame.terms))


@lru_cache(maxsize=1 << 14)
def _folded_terms(terms: tuple) -> frozenset:
    """The terms folded by `term_of`, remembered: diff reads each clause's terms against every
    clause of the other document (performance only)."""
    return frozenset(term_of(t) for t in terms)


def subject_terms(frame) -> frozenset:
    """Content words of the subject as written (none for a pronoun or a missing subject)."""
    return text_terms(frame.subject_text or "")


@lru_cache(maxsize=1 << 14)
def text_terms(text: str) -> frozenset:
    """The content words of a text folded by `term_of` from the words as written: `key_terms`
    strips suffixes ("rates" -> "rat"), which the lemma would then read as another word."""
    surface: dict = {}
    return frozenset(term_of(surface[t]) for t in key_terms(text, surface))


#: Words that join the parts of a body's or a place's name ("port-of-kessel", "friends-of-the-earth"),
#: never of a person's: a name with one of them does not end on a surname.
_NAME_LINKS = frozenset({"of", "for", "and", "the"})


def one_actor(x: str, y: str) -> bool:
    """Two actor ids of one actor: `context.same_actor`, or a name of one word that is the first
    word of the other ("hanbit" and "hanbit-heavy-industries"): news names a company or body in
    full once and then by its first, distinctive word; or the last word of the other ("okafor" and
    "ngozi-okafor"): news names a person in full once and then by the surname alone (not after
    "of": "port-of-kessel" is no person). Not a common noun ("bank" and "bank-of-england",
    "national" and "national-grid"), nor a place, whose name bodies take
    ("kerala" and "kerala-state-electricity-board"): the gazetteer's countries, cities and
    organisations, ISO 3166-2 subdivisions (pycountry), GeoNames towns."""
    if same_actor(x, y):
        return True
    short, full = (x, y) if len(x) < len(y) else (y, x)
    if "-" not in short and short_name(short) and (
            full.startswith(short + "-") or (full.endswith("-" + short) and not _NAME_LINKS & set(full.split("-")))):
        return True
    return organ_of(short, full) or _one_executive(x, y)


#: The executive organs through which a state acts. News names a country for its government
#: ("Brazil will not restrict exports" / "the agriculture ministry may limit exports": the
#: place-for-institution metonymy, Lakoff & Johnson 1980, Metaphors We Live By, ch. 8), so a
#: country and its own government or ministry take one stance; a state-owned company, a board
#: or a court is not the state's voice.
STATE_ORGANS = frozenset({"government", "ministry", "cabinet", "presidency", "treasury"})


def organ_of(country: str, body: str) -> bool:
    """`body` is the government or a ministry of `country` ("government-of-peru",
    "agriculture-ministry-brazil") and `country` a country of the gazetteer."""
    named = body.endswith("-" + country) or body.startswith("government-of-" + country)
    return named and bool(STATE_ORGANS & set(body.split("-"))) and country in country_actor_ids()


#: The organs that speak for a state's whole executive, not for one of its departments.
WHOLE_EXECUTIVE = frozenset({"government", "cabinet", "presidency"})


def organ_country(aid: str) -> Optional[str]:
    """The country whose government or ministry an actor id names ("government-of-peru",
    "agriculture-ministry-brazil", "ministry-south-korea": "peru", "brazil", "south-korea"),
    else None."""
    parts = aid.split("-")
    for k in range(1, min(4, len(parts))):
        tail = "-".join(parts[-k:])
        if organ_of(tail, aid):
            return tail
    return None


def _one_executive(x: str, y: str) -> bool:
    """A country's whole executive and one of its ministries ("government-of-chile" /
    "health-ministry-chile"): one state's voice, as a ministry acts for the government it is a
    department of (the same reading `subjects._one_state` gives the two written without their
    country). Two ministries are two departments."""
    cx, cy = organ_country(x), organ_country(y)
    if cx is None or cx != cy:
        return False
    return bool(WHOLE_EXECUTIVE & set(x[:-len(cx)].split("-")) or WHOLE_EXECUTIVE & set(y[:-len(cy)].split("-")))


@lru_cache(maxsize=1)
def country_actor_ids() -> frozenset:
    from ...actorids.gazetteer import load_tables
    from ...actorids.names import actor_id

    return frozenset(actor_id(e.name) for e in load_tables().aliases.values() if e.kind == "country")


@lru_cache(maxsize=1 << 12)
def short_name(word: str) -> bool:
    from ...actorids.gazetteer import load_tables
    from ...actorids.iso import subdivision_countries
    from ...actorids.towns import geonames_towns
    from ...wordnet_nouns import noun_senses

    if word in noun_senses()[0] or word in load_tables().aliases or word in subdivision_countries():
        return False
    return word not in geonames_towns()


def subjects_meet(fa, fb) -> bool:
    """Two subjects that may be one: the same actor; or words in common ("the storm" and "the
    storm, known locally as X"; "Bank of England" and "the Bank"); or a pronoun or no subject on
    one side, which says nothing either way. Two different nouns ("the Bank" and "lenders") are
    two subjects."""
    if fa.subject and fb.subject:
        return one_actor(fa.subject, fb.subject)
    sa, sb = subject_terms(fa), subject_terms(fb)
    if not sa or not sb:
        return True
    return bool(sa & sb)


#: Pronoun objects ("would not recommend it"): they name nothing by themselves, so the clause
#: is compared as one whose object is not written.
_PRONOUN_OBJECTS = frozenset("it them this that these those him her us me you one".split())


def object_head(frame) -> Optional[str]:
    if not frame.object or frame.object in _PRONOUN_OBJECTS:
        return None
    return term_of(frame.object.split()[-1])


def object_words(frame) -> frozenset:
    if not frame.object or frame.object in _PRONOUN_OBJECTS:
        return frozenset()
    return text_terms(frame.object)


#: Words after which an English noun phrase's head has been written: its postmodifiers start
#: with a preposition or a relative word ("residents OF the zone", "the board THAT met"), and
#: premodifiers come before the head (Quirk et al. 1985, 17.2-17.6).
POSTMODIFIERS = frozenset({"of", "in", "at", "on", "from", "for", "with", "by", "to", "that", "which", "who",
                           "whose", "under", "near", "across", "around", "among", "between", "over"})


def subject_head(frame) -> Optional[str]:
    """The head noun of the subject as written ("resident" for "residents of the zone", "executive"
    for "the union's executive"): the last content word before a postmodifier. None for a
    pronoun or no subject."""
    return _head_of(frame.subject_text or "")


@lru_cache(maxsize=1 << 14)
def _head_of(text: str) -> Optional[str]:
    words = []
    for w in text.replace("\u2019", "'").split():
        if w.lower() in POSTMODIFIERS:
            break
        words.append(w)
    surface: dict = {}
    terms = key_terms(" ".join(words), surface)
    if not terms:
        return None
    # the head as a noun's lemma, as an object's head is ("prices" -> "price", not the stem
    # "pric" that would miss the object "price" of the clause told from the doer's side)
    lemma = noun_lemma(surface.get(terms[-1], ""))
    return term_of(lemma) if lemma else term_of(terms[-1])


def noun_lemma(word: str) -> Optional[str]:
    """The WordNet noun a written word stands for, by the regular plural endings ("fares" ->
    "fare", "buses" -> "bus"; lexicon.noun_lemma_in), else None."""
    from ...wordnet_nouns import noun_senses
    from .lexicon import noun_lemma_in as lemma_of

    return lemma_of(word, noun_senses()[0]) if word else None


def subject_words(frame) -> frozenset:
    """The content words of the subject's noun phrase up to its head (no postmodifier)."""
    words = []
    for w in (frame.subject_text or "").split():
        if w.lower() in POSTMODIFIERS:
            break
        words.append(w)
    return text_terms(" ".join(words))


def _conjunct_heads(frame) -> frozenset:
    """The head nouns of a subject's conjuncts: what is said of "hotels and hospitals" is said of
    each (coordination with "and" distributes the predicate; Quirk et al. 1985, 13.5)."""
    text = frame.subject_text or ""
    out = set()
    for part in re.split(r",|\band\b", text):
        head = subject_head(type("F", (), {"subject_text": part})())
        if head is not None:
            out.add(head)
    return frozenset(out)


def same_subject(fa, fb) -> bool:
    """Two subjects shown to be one: the same named actor, or the same head noun written on both
    sides ("the board" and "the university's board", "residents" and "residents of the zone";
    "hospitals" and one conjunct of "hotels and hospitals"). A pronoun or a missing subject shows
    nothing, and two different names are two subjects."""
    if fa.subject and fb.subject:
        return one_actor(fa.subject, fb.subject)
    if re.search(r"\b(?:or|nor)\b", f"{fa.subject_text or ''} {fb.subject_text or ''}", re.IGNORECASE):
        return False  # "or" does not distribute: either may be meant
    if _one_voice(fa, fb) or _one_voice(fb, fa):
        return True
    if _names_another(fa, fb) or _names_another(fb, fa):
        return False
    ha, hb = subject_head(fa), subject_head(fb)
    if ha is not None and ha == hb:
        return True
    return bool(_conjunct_heads(fa) & _conjunct_heads(fb))


_DETERMINERS = ARTICLES_DEMONSTRATIVES


#: Pronouns of the third person that take up a body, a group or a thing, not a person.
_TAKEN_UP = frozenset({"it", "they"})


def _one_voice(fa, fb) -> bool:
    """The subject of `fa` is an "it" or "they" that the frames left unresolved (its antecedent
    is not the subject before it: "X denied the rumours about the firm. She said it would not
    move the kilns"), and both clauses are reported from one named party (`said_by`, an actor on
    both sides). A party's reported words speak of what that party speaks for: the pronoun it
    uses, of the same act done to the same thing (the caller's alignment), takes up the subject
    the same party gives in the other report ("X said the firm was weighing a move of the
    kilns"). Two parties' pronouns may take up two different bodies, and are no evidence; nor is
    a pronoun on both sides, where neither report gives the subject."""
    if fa.subject or (fa.subject_text or "").strip().lower() not in _TAKEN_UP:
        return False
    if not fb.subject and subject_head(fb) is None:
        return False
    sa, sb = getattr(fa, "said_by", None), getattr(fb, "said_by", None)
    return bool(sa and sb and sa.actor and sa.actor == sb.actor)


def _names_another(fa, fb) -> bool:
    """A proper name restricts which one of its kind a noun phrase means ("the airport in
    Lombok", "the Sziget festival"): a bare definite of the same noun on the other side ("the
    airport") is not shown to be that one, and may be the story's own."""
    words = (fa.subject_text or "").split()
    names = [w for w in words[1:] if w[:1].isupper()]
    other = (fb.subject_text or "").lower()
    if not names or any(n.lower() in other for n in names):
        return False
    content = [w for w in other.split() if w not in _DETERMINERS]
    return len(content) <= 1


def who_label(fa, fb) -> str:
    """'Chile: ' for a named subject, else the subject as written ('The storm: '), else ''."""
    for f in (fa, fb):
        if f.subject:
            return f"{actor_name(f.subject)}: "
    for f in (fa, fb):
        if subject_terms(f):
            return f"{f.subject_text}: "
    return ""


@per_mention
def written_object_head(m) -> Optional[str]:
    """The head of the clause's object as the text writes it ("talks" for the lemma "talk"):
    WordNet lists some plurals as nouns of their own, with their own senses. Read once per
    mention: its pattern is the head's own, and the judge asks it in every pair of clauses."""
    head = (m.frame.object or "").split()[-1:] or [None]
    if not head[0]:
        return None
    found = pattern(rf"\b{re.escape(head[0])}\w*", re.IGNORECASE).search(m.text)
    return found.group(0).lower() if found else head[0]


#: Prepositions whose object may be a whole clause ("a probe into whether the levy was lawful",
#: "talks on how the fund is spent"; Quirk et al. 1985, 9.3, a wh-clause as prepositional complement).
_CLAUSE_PREPOSITIONS = frozenset({"into", "of", "on", "about", "over"})


def prepositional_clause_terms(m) -> frozenset:
    """The terms of the clause a clause's last word, a preposition, takes for its object ("has
    opened a probe into | whether the ferry fare rise is legal": rise, fare): the frames end the
    clause at the preposition and make its object a clause of its own, which starts right after
    it, after its wh-word if the clause leaves that out. Empty when the clause does not end on
    such a preposition."""
    words = m.text.split()
    if not words or words[-1].lower() not in _CLAUSE_PREPOSITIONS:
        return frozenset()
    claim = m.claim
    for c in getattr(claim.frame, "clauses", None) or ():
        gap = claim.text[m.end - claim.start:c.start - claim.start].strip().lower()
        if c.start >= m.end and (not gap or gap in _WH_WORDS):
            return clause_terms(c)
    return frozenset()


#: The words that open a clause that is a preposition's object (Quirk et al. 1985, 15.5-15.6).
_WH_WORDS = frozenset({"whether", "if", "how", "why", "what", "who", "when", "where", "which"})
