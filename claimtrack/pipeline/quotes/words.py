"""Word sets and the cue record the quote steps share."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from spacy.tokens import Token

PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers"}
PRONOUNS_ORG = {"it", "its"}
PRONOUNS_GROUP = {"they", "them", "their"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "you", "your"}
MINOR_WORDS = {
    "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from",
    "as", "but", "nor", "vs", "via", "per", "into", "onto", "is", "be", "are",
}
WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
TERMINAL = set(".!?…")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLIMB_DEPS = ("xcomp", "advcl", "conj", "pcomp")
INVERTED_DEPS = ("dobj", "attr", "npadvmod", "nsubj", "appos", "dative")
SENT_END = {".", "!", "?"}
#: Verbs whose object is the one spoken to, never the speaker.
ADDRESSEE_VERBS = {"tell", "inform", "brief", "ask", "assure", "remind", "warn", "urge"}


class TextSpan(NamedTuple):
    """Where the text names a speaker: `text` is text[start:end] (a pronoun, a name...)."""

    start: int
    end: int
    text: str


class Cue(NamedTuple):
    rank: tuple  # lower is better
    token: Token
    text: str  # as written
    kind: str  # "verb", "noun", "according"
    subject: Optional[Token] = None  # the speaker's head word, when the cue's clause fixed it
