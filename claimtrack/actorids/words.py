"""Word lists and patterns the actor steps share."""

from __future__ import annotations

import re

SMALL_WORDS = frozenset(
    "a an the of for to in on at and or but nor with by from as vs via is are be its it into over "
    "than what how why who when where after before about against amid".split()
)
STRIP_CHARS = " \t\r\n\"'“”‘’«»()[]{}:;,.!?*|–—-_/\\"
KEEP_END_DOT = re.compile(r"(?:\b[A-Z]\.)+$")  # "U.S." keeps its final dot
PARTICLES = frozenset(
    "von van der den de du da di del della la le bin ibn al el dos das ter ten zu".split()
)
# Prepositions after which a place is where something happens, not who acts.
LOC_PREPS = frozenset(
    "in at near around inside outside across throughout within into onto via along beyond off "
    "towards toward outside upon".split()
)
# For cities and regions (never for countries) a place after these is also a location.
PLACE_PREPS = LOC_PREPS | {"from", "to", "through", "over", "between", "of"}
# Head nouns of organisation names the model may miss ("the Union of Concerned Scientists").
ORG_HEADS = [
    "coalition", "alliance", "council", "committee", "commission", "union", "party", "front",
    "movement", "organization", "organisation", "agency", "ministry", "department", "institute",
    "association", "federation", "league", "court", "bank", "fund", "forum", "parliament",
    "assembly", "foundation", "university", "corporation", "authority", "bureau", "board",
]
ORG_PATTERNS = [
    [{"IS_TITLE": True, "LOWER": {"IN": ORG_HEADS}}, {"LOWER": {"IN": ["of", "for", "on"]}},
     {"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "IS_ALPHA": True, "OP": "+"}],
    [{"IS_TITLE": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": ["the", "a", "an", "this", "that"]}, "OP": "+"},
     {"IS_TITLE": True, "LOWER": {"IN": ORG_HEADS}}],
]
TRAILING_NUMBER = re.compile(r"(?:\s+(?:\(?\d{1,3}\s*[-–:]\s*\d{1,3}\)?|(?:19|20)\d\d))+")
OWNER = re.compile(r"([^\W\d_][\w.\-]*(?:\s[^\W\d_][\w.\-]*){0,2})['’]s\s+(?=[^\W\d_])")
# letters glued to digits: "COP31", "COVID-19", "A220" (table names such as "G20" win)
GLUED_DIGITS = re.compile(r"(?<!\w)[^\W\d_]+[-‐]?\d+[^\W\d_]*(?!\w)")
COUNTRY_POSSESSIVE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:country|nation|state)['’]s(?=\s)")
# Prepositions that take places, not organisations ("at"/"in" take both: "analysts at X").
AROUND_PREPS = frozenset("around near outside inside across throughout towards toward along beyond".split())
PAREN_TAIL = re.compile(r"\s*\(\s*([A-Za-z][\w.&\-]{1,14})\)?$")
PAREN_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z.&\-]{1,11})\s*\)")
LOWER_HEAD = re.compile(r"\s+([a-z]+)$")
JOIN_GAP = re.compile(r"\s+(?:for|of|on)(?:\s+the)?\s+")
JOIN_HEADS = frozenset(
    "office agency department ministry commission council committee authority bureau board institute "
    "organisation organization fund programme program centre center directorate secretariat".split()
)
ORG_HEADS_SET = frozenset(ORG_HEADS) | JOIN_HEADS
#: "the" before a lower-case word, or before one capitalised word that no other capitalised word
#: follows ("the Government said": British and Irish style capitalises the state's bodies).
BARE_BODY = re.compile(r"(?<![\w'’])[Tt]he\s+(?=[a-z]|[A-Z][a-z]+\b(?![ \t]+[A-Z(]|[-–]))")
BORDER_WORDS = frozenset("border crossing frontier boundary".split())
AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
OTHER_NAME_LABELS = frozenset({"LAW", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# "of (the) X" after an organisation word: "Water Supply Authority of Ghana"
OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?")
THE_WORD = re.compile(r"(?i)the\s+")
JOINER = re.compile(r"[-–/]")
JOINED_PART = re.compile(r"[^-–/]+")
HYPHENATED_PART = re.compile(r"[^-–]+")
CONTENT_POS = {"ADV", "VERB", "ADJ", "ADP", "PRON", "DET", "AUX", "SCONJ", "CCONJ", "PART", "INTJ", "NUM"}

#: Adjectives that make a government the country's own ("the federal government"), unlike
#: "provincial", "regional" or "local".
NATIONAL = frozenset("federal national central".split())


#: Common nouns that head a country's name ("the United Kingdom", "the Czech Republic"): English
#: writes "the" before such a name, as in "the Government of the United Kingdom".
_ARTICLE_HEADS = frozenset("republic kingdom states islands emirates federation union".split())


def government_name(place: str) -> str:
    """'Kenya' -> 'Government of Kenya'; 'United Kingdom' -> 'Government of the United Kingdom'."""
    words = place.split()
    article = "the " if words and words[-1].lower() in _ARTICLE_HEADS and words[0].lower() != "the" else ""
    return f"Government of {article}{place}"
