"""Word lists and patterns the actor steps share."""

from __future__ import annotations

import re

_SMALL_WORDS = frozenset(
    "a an the of for to in on at and or but nor with by from as vs via is are be its it into over "
    "than what how why who when where after before about against amid".split()
)
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
#: "the" before a lower-case word, or before one capitalised word that no other capitalised word
#: follows ("the Government said": British and Irish style capitalises the state's bodies).
_BARE_BODY = re.compile(r"(?<![\w'’])[Tt]he\s+(?=[a-z]|[A-Z][a-z]+\b(?![ \t]+[A-Z(]|[-–]))")
_BORDER_WORDS = frozenset("border crossing frontier boundary".split())
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
_OTHER_NAME_LABELS = frozenset({"LAW", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# "of (the) X" after an organisation word: "Water Supply Authority of Ghana"
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?")
_THE_WORD = re.compile(r"(?i)the\s+")
_JOINER = re.compile(r"[-–/]")
_JOINED_PART = re.compile(r"[^-–/]+")
_HYPHENATED_PART = re.compile(r"[^-–]+")
_CONTENT_POS = {"ADV", "VERB", "ADJ", "ADP", "PRON", "DET", "AUX", "SCONJ", "CCONJ", "PART", "INTJ", "NUM"}

#: Adjectives that make a government the country's own ("the federal government"), unlike
#: "provincial", "regional" or "local".
_NATIONAL = frozenset("federal national central".split())


#: Common nouns that head a country's name ("the United Kingdom", "the Czech Republic"): English
#: writes "the" before such a name, as in "the Government of the United Kingdom".
_ARTICLE_HEADS = frozenset("republic kingdom states islands emirates federation union".split())


def government_name(place: str) -> str:
    """'Kenya' -> 'Government of Kenya'; 'United Kingdom' -> 'Government of the United Kingdom'."""
    words = place.split()
    article = "the " if words and words[-1].lower() in _ARTICLE_HEADS and words[0].lower() != "the" else ""
    return f"Government of {article}{place}"
