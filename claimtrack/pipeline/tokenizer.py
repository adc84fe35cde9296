"""Tokenizer set-up: quote marks glued to the words around them are tokens of their own.

spaCy's English tokenizer splits a quote mark off at the start or the end of a run of
non-space characters, but not in the middle, so a closing quote typed without the space after
it stays inside one token with the comma before it and the name after it ('paranoia,”Clinton
said' -> one token 'paranoia,”Clinton'), and the quote finder cannot see where the quotation
ends or who said it. Two infixes fix that, as English punctuation has it: a double quote mark
between two non-space characters is a token, and so is the comma, full stop, question or
exclamation mark, colon or semicolon glued to the word before such a quote mark. Single quote
marks are left alone: inside a word they are apostrophes ("don’t", "O’Malley").

spaCy's emoticon exceptions keep "):" as one token (a frowning face); in news it is the closing
bracket of a parenthetical and the colon after it ('Rep. Jane Roe (D-Ore.): “...”'), so that
exception is dropped and the two marks are tokens as elsewhere.

English writes the prefix re- with a hyphen before a vowel or to set a repetition apart
("re-open", "re-run", "re-elected"; Quirk et al. 1985, App. I.20; the Oxford and AP styles). The
prefix is no word of its own, but spaCy's infix splits every hyphen between letters, and the
parser then reads "re" as the verb ("may re - open the hall": "re" the root, "open" an adverbial
clause with no modal), so the clause loses its modality, subject and object. The hyphen after a
word-initial "re" is therefore kept inside the token; the other hyphens split as before.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.util import compile_infix_regex

#: A double quote mark between two non-space characters: '...,”Name', 'said“We'.
QUOTE_INFIX = r'(?<=[^\s"“”])["“”](?=[^\s"“”])'
#: Sentence punctuation glued between a word and such a quote mark: 'paranoia,”Name' (not after a
#: capital: the full stop of 'U.S.”' is part of the abbreviation).
PUNCT_BEFORE_QUOTE_INFIX = r'(?<=[^\W_A-Z])[,.!?;:](?=["“”][^\s"“”])'
INFIXES = (QUOTE_INFIX, PUNCT_BEFORE_QUOTE_INFIX)
#: Not after a word-initial "re" ("re-open" is one verb): put before spaCy's letter-hyphen-letter infix.
KEEP_RE_PREFIX = r"(?<!^[Rr][Ee])"


#: Emoticon exceptions that news punctuation writes as a closing bracket and a colon.
BRACKET_COLON = ("):",)


def add_quote_infixes(nlp: Language) -> Language:
    """Add the two infixes to the pipeline's tokenizer, and drop the bracket-colon emoticon
    exception (idempotent)."""
    rules = nlp.tokenizer.rules or {}
    drop = any(k in rules for k in BRACKET_COLON)
    current = getattr(getattr(nlp.tokenizer, "infix_finditer", None), "__self__", None)
    infix = _infix_pattern(nlp, current.pattern if current is not None else None)
    if infix is not None:
        # spaCy re-tokenizes every special case (1,300 in English) each time the rules or an
        # affix pattern are set: with no rules while the infixes change, they are loaded once,
        # below, not twice (0.05 s of CPU a process)
        if drop:
            nlp.tokenizer.rules = {}
        nlp.tokenizer.infix_finditer = re.compile(infix).finditer
    if drop:
        nlp.tokenizer.rules = _without_bracket_colon(rules)
    return nlp


def read_saved_tokenizer(nlp: Language, path: Optional[Path] = None) -> Language:
    """Read the tokenizer saved with the pipeline (`spacy.load(..., exclude=["tokenizer"])` leaves
    it unread) with the settings of `add_quote_infixes` already in its data, so that spaCy
    tokenizes its special cases once, when it reads them, instead of a second time when
    `add_quote_infixes` changes the infixes and the exceptions of the tokenizer it has read (about
    0.05 s of CPU in every process that loads the pipeline). The tokenizer is the one
    `spacy.load` and `add_quote_infixes` give: the same settings and special cases (a test
    compares the two). A tokenizer of another class than spaCy's is read as spaCy would read it.
    `path`: the saved tokenizer (default: the pipeline's own, `<nlp.path>/tokenizer`)."""
    import srsly
    from spacy.tokenizer import Tokenizer

    path = Path(path) if path is not None else Path(nlp.path) / "tokenizer"
    if type(nlp.tokenizer) is not Tokenizer:
        nlp.tokenizer.from_disk(path, exclude=["vocab"])  # as Language.from_disk does
        return nlp
    data = srsly.msgpack_loads(path.read_bytes())
    infix = _infix_pattern(nlp, data.get("infix_finditer"))
    if infix is not None:
        data["infix_finditer"] = infix
    if isinstance(data.get("exceptions"), dict):
        data["exceptions"] = _without_bracket_colon(data["exceptions"])
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    return nlp


def _infix_pattern(nlp: Language, current: Optional[str]) -> Optional[str]:
    """The infix pattern with the quote infixes and the kept "re-", or None when `current` (the
    pattern the tokenizer has) has them already."""
    if current is not None and all(i in current for i in INFIXES) and KEEP_RE_PREFIX in current:
        return None
    infixes = [_keep_prefix(i) for i in nlp.Defaults.infixes or ()]
    return compile_infix_regex(infixes + list(INFIXES)).pattern


def _without_bracket_colon(rules: dict) -> dict:
    return {k: v for k, v in rules.items() if k not in BRACKET_COLON}


def _keep_prefix(infix: str) -> str:
    """spaCy's hyphen-between-letters infix, not splitting after a word-initial "re"; any other
    infix as it is."""
    return KEEP_RE_PREFIX + infix if HYPHEN_INFIX_MARK in infix and infix.startswith("(?<=[") else infix


#: The hyphen alternatives of spaCy's letter-hyphen-letter infix (spacy.lang.char_classes.HYPHENS).
HYPHEN_INFIX_MARK = "(?:-|"
