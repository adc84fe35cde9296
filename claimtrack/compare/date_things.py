"""What a date's clause is about, a second sign that two dates date one event (issue 13 item 1:
"date: the event or predicate it dates"). Two reports of one story that date one happening often
choose two verbs for it ("the reserves will run out by 2034" / "the reserve would be exhausted in
2035"; "must file any objection by 9 July" / "objections must be in by 23 July"), but they name the
thing it happens to, or the happening itself, by one noun or by WordNet synonyms or kinds
("hailstorm" is a kind of "storm"). compare.date_align ranks such a pair above a pair that shares
nothing, and compare.dates holds two such dates against each other when each is the other's best
partner (compare.select), close at one precision (`near_at_grain`).

The nouns are the heads of the clause frame's subject and object (pipeline/frames). A subject or
object that is an agent is left out: a person, a group of people or an organisation ("the
operators", "the ministry"), or a name, does many things in one story, on many days; what one
act is about is named by the thing it befalls."""

from __future__ import annotations

import re

from ..parsers.lexicon import POSSESSIVE_DETERMINERS
from ..text import pattern
from ..wordnet_nouns import PERSON_FILE as _PERSON_FILE, names_group, names_place, noun_lexfiles
from .context import clause_frame_at
from .date_events import _WHEN_WORDS, head_noun
from .date_one_event import PRONOUNS
from .mention import per_mention
from .mentions import Mention
from .periods import iso_date
from .units import singular



def _agent(noun: str) -> bool:
    """The noun's commonest WordNet sense names a person or a group of people (data/person_nouns.json,
    noun.person, noun.group), or its second names a person ("operator", first a mathematical
    function, then one who operates): a doer of many acts, not what one act is about."""
    from .figure_kinds import _names_people

    one = singular(noun)
    return (_names_people(noun) or _names_people(one) or names_group(one)
            or _PERSON_FILE in noun_lexfiles(one, 2))


def _known_noun(noun: str) -> bool:
    """WordNet lists the noun (or its singular): a common noun, not a name it does not know."""
    from ..wordnet_nouns import noun_senses
    from .statements.lexicon import noun_lemma_in

    return noun_lemma_in(noun, noun_senses()[0]) is not None


def _written_as_name(text: str, noun: str) -> bool:
    """The noun is written with a capital inside the phrase (not as its first word): a name
    ("Frigate Bay", "the Harbour Board"), whatever WordNet lists for the word."""
    for found in pattern(rf"\b({re.escape(noun[:max(3, len(noun) - 1)])}\w*)", re.IGNORECASE).finditer(text):
        if found.start() > 0 and found.group(1)[0].isupper():
            return True
    return False


@per_mention
def participants(m: Mention) -> frozenset:
    """The common nouns the date's clause is about: the head of its subject (unless an agent, a
    pronoun or a name) and the head of its object (the frame's lemma), less calendar and
    scheduling words ("deadline", "date" say when, not what)."""
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is None:
        return frozenset()
    heads = []
    if cf.subject_text and cf.subject is None:
        head = head_noun(cf.subject_text)
        if head and not _written_as_name(cf.subject_text, head):
            heads.append(head)
    if cf.object:
        head = cf.object.split()[-1]
        lo, hi = max(0, cf.start - m.claim.start), max(0, cf.end - m.claim.start)
        if not _written_as_name(m.claim.text[lo:hi], head):
            heads.append(head)
    return frozenset(singular(h) for h in heads
                     if h and h.isalpha() and h not in PRONOUNS and h not in _WHEN_WORDS and singular(h) not in _WHEN_WORDS
                     and _known_noun(h) and not _agent(h))


def one_participant(a: Mention, b: Mention) -> bool:
    """The two dates' clauses are about one thing: a noun of each (`participants`) is one lemma,
    or the two share a WordNet sense or one is a kind of the other (statements.nouns_meet:
    "reserve" / "reserves", "blaze" / "fire", "hailstorm" / "storm"), and both or neither of
    them tell a change of its level (`_changes_level`)."""
    from .statements import nouns_meet

    if _changes_level(a) != _changes_level(b):
        return False
    pa, pb = participants(a), participants(b)
    return any(x == y or nouns_meet(x, y) for x in pa for y in pb)


def _changes_level(m: Mention) -> bool:
    """The date's clause verb is one of rising, falling or reaching a level (data/figure_standing.json
    level_verbs: "rise", "fall", "double", "reach"): its subject names where a value is held ("fares
    will climb from June": the fares' price climbs), not a thing an act befalls. A change of a
    thing's level and an act done to the thing ("the fare cards will be posted in July") are two
    events, whatever noun the two clauses share (Levin 1993, 45.6, verbs of calibratable change of
    state, say how far a value moves, not what happens to its holder). A verb of reaching tells an
    arrival, not a level, when its object is a place (`_reaches_a_place`)."""
    from .standing_cues import cues

    if m.frame is None or m.frame.event not in cues().level_verbs:
        return False
    cf = clause_frame_at(m.claim, m.start, m.end)
    return not (cf is not None and _reaches_a_place(m, cf))


def _reaches_a_place(m: Mention, cf) -> bool:
    """The clause's object is a place arrived at: a name ("the tug will reach Cape Delgado"), or a
    noun whose commonest WordNet sense is a place or a natural object (`names_place`: "the ship
    reached the site", "supplies reached the besieged town", "hit the coast"), unless its words
    make it a position on a scale (`_a_position`): English names a position on a scale with the
    words for a landscape (a peak, a plateau, a zone, a trough, territory)."""
    head = cf.object.split()[-1] if cf.object else None
    if not head or not head.isalpha():
        return False
    lo, hi = max(0, cf.start - m.claim.start), max(0, cf.end - m.claim.start)
    clause = m.claim.text[lo:hi]
    if _written_as_name(clause, head):
        return True
    return names_place(singular(head)) and not _a_position(clause, head, m.frame.event, cf)


#: Lexicographer files of what goes somewhere on purpose and so has a destination of its own:
#: noun.animal (05), noun.artifact (06: a ship, a convoy's lorries), noun.group (14), noun.person (18).
_GOERS = frozenset({5, 6, 14, 18})
#: Words before a noun that pick out particular places, or count them ("all 16 regions").
_PARTICULAR = frozenset({"the", "this", "that", "these", "those", "all", "every", "each", "both"})
#: A figure or a sign of one: a percentage, an amount ("the 4% zone", "the $100 mark").
_FIGURE = re.compile(r"\d\s*(?:%|per\s*cent|percent)|[$€£¥]\s*\d", re.IGNORECASE)


def _a_position(clause: str, head: str, verb: str, cf) -> bool:
    """The words before the place noun make it a position on a scale, not a particular place: a
    figure ("the 4% zone"); or, when the subject does not go anywhere on purpose (a river, a
    price, unemployment: not a ship, a convoy, people, which reach "an island", "a port" and
    their own destination), an indefinite article ("a trough", "a plateau"), a modifier with no
    determiner ("negative territory"; a bare noun after the verb is a place: "reached port"), or
    the subject's own ("its crest", "the top of its band")."""
    stem = re.escape(head[:-1]) + "(?:y|ies)" if head.endswith("y") else re.escape(head) + "(?:s|es)?"
    found = re.search(rf"((?:\S+\s+){{0,3}}){stem}\b(?P<of>\s+of\s+(?:its|their)\b)?", clause, re.IGNORECASE)
    if found is None:
        return False
    words = found.group(1).lower().split()
    own = cf.subject is None and not _goes_on_purpose(cf.subject_text)
    if _FIGURE.search(found.group(1)) or found.group("of") and own:
        return True
    if not words or _PARTICULAR & set(words):
        return False
    if not own:
        return False  # people and vessels reach "an island", "a port in southern Spain": places
    last = words[-1].strip(",")
    if last in ("a", "an") or last in POSSESSIVE_DETERMINERS:
        return True
    # a modifier right after the verb ("hit negative territory"), not the verb itself ("reached port")
    return len(words) >= 2 and not last.startswith(verb[:3]) and words[-2].startswith(verb[:3])


def _goes_on_purpose(subject_text) -> bool:
    """The subject's head is a noun whose commonest WordNet sense is in `_GOERS` or an agent, or
    a word WordNet does not list (a name, a pronoun: nothing says it does not)."""
    head = head_noun(subject_text)
    if not head or not head.isalpha():
        return True
    files = noun_lexfiles(head, 1) or noun_lexfiles(singular(head), 1)
    return not files or files[0] in _GOERS or _agent(head)


def near_at_grain(a: Mention, b: Mention) -> bool:
    """Two dates of one precision within the next coarser period of each other: days at most a
    month apart (31 days), months within a year (12), years within a decade (10). A report that
    misdates an event slips by days, a month or a year; one thing's dates further apart are two
    events of it ("the theatre opened in 1798" / "the theatre burned in 2014"), not one event
    misdated."""
    da, db = iso_date(a.payload.iso), iso_date(b.payload.iso)
    if da is None or db is None:
        return False
    ga, gb = len(a.payload.iso or ""), len(b.payload.iso or "")
    if ga != gb:
        return abs(da.year - db.year) <= 1  # a day or month against a year: the year must be about right
    if ga == 10:
        return abs((da - db).days) <= 31
    if ga == 7:
        return abs((da.year * 12 + da.month) - (db.year * 12 + db.month)) <= 12
    return abs(da.year - db.year) <= 10
