"""Names: the comparison key and the stable id of a name, accents folded; title case; acronyms."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..text import strip_accents
from .words import PARTICLES, SMALL_WORDS

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_KEY_DROP = re.compile(r"[^\w\s&+]", re.UNICODE)
_SPACES = re.compile(r"\s+")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"(?<=\w)['’`´]s?$", re.IGNORECASE)


_fold = strip_accents  # 'Zoë Müller' -> 'Zoe Muller'


def actor_id(name: str) -> str:
    """A stable id from a canonical name: 'Emmanuel Macron' -> 'emmanuel-macron' (accents folded)."""
    slug = _NON_WORD.sub("-", _fold(name).lower()).strip("-")
    return slug or "actor"


def name_key(text: str) -> str:
    """The comparison key of a name: case, accents, punctuation, possessive and leading 'the' dropped."""
    text = _fold(text).strip()
    text = POSSESSIVE.sub("", text)
    text = text.replace("-", " ").replace("–", " ").replace("/", " ")
    text = _KEY_DROP.sub("", text.lower())
    text = _SPACES.sub(" ", text).strip()
    return LEADING_THE.sub("", text)


# name_key and actor_id memoised for the component, which asks for the keys and ids of the same
# few names many times per document (pure functions of a string: a cache cannot change a result).
# ActorFinder empties them per document: bounded, and no per-entry objects for the GC to scan.
cached_name_key = lru_cache(maxsize=None)(name_key)
cached_actor_id = lru_cache(maxsize=None)(actor_id)


def title_case(text: str) -> str:
    """'lower house of parliament' -> 'Lower House of Parliament'."""
    words = text.split()
    return " ".join(w if i and w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def acronym_fits(acronym: str, name: str) -> bool:
    """'NOPW' for 'National Office for the Protection of Wetlands', 'RFC' for
    'Regional Fisheries Council': an all-capitals (or capitalised) short form whose
    first letter begins one of the name's capitalised words and whose letters are not the name."""
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 2 or not letters[0].isupper() or len(letters) > 12:
        return False
    if sum(1 for c in letters if c.isupper()) < 2 and not acronym.isupper():
        return False
    initials = [w[0] for w in re.findall(r"[^\W\d_][\w'’\-]*", name) if w[0].isupper()]
    return len(initials) >= 2 and letters[0].upper() in initials and cached_name_key(acronym) != cached_name_key(name)


def initials(name: str) -> Optional[str]:
    """The initials of a body's name written in full, in capitals: one letter for each of its words
    but the small ones ("of", "for", "the") and the name particles ("de", "van"), when there are
    three or more and each is a capitalised word of letters, a plural's possessive apostrophe
    dropped ("Guild of Lantern Glass Makers" -> "GLGM", "Ferry Workers' Union" -> "FWU";
    "Office for Ferries", "Ferry-Boat Owners Guild" -> None).
    Two letters collide too often ("HP") to stand for one body. The one reading of a name's
    initials for the actor rooms (candidates' acronym map, merge's undefined acronyms)."""
    words = [w.rstrip("'’") for w in name.split() if w.lower() not in SMALL_WORDS and w.lower() not in PARTICLES]
    if len(words) < 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).upper()



#: A romanised Chinese or Korean given name of two syllables, written with a hyphen and the second
#: in lower case ("Kwok-hin", "Jae-in"): the word before it is the surname.
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def surname_before_given_name(name: str) -> Optional[str]:
    """'Raymond Lam Kwok-hin' -> 'lam', 'Moon Jae-in' -> 'moon': the name key of the word before a
    hyphenated given name that ends the name (surname first, then the given name, as Chinese and
    Korean names are written; an English given name may come before both). None otherwise."""
    words = name.split()
    if len(words) >= 2 and _HYPHENATED_GIVEN.match(words[-1]):
        return name_key(words[-2]) or None
    return None
