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
    current = getattr(nlp.tokenizer, "infix_finditer", None)
    pattern = getattr(current, "__self__", None)
    if pattern is None or not all(i in pattern.pattern for i in INFIXES) or KEEP_RE_PREFIX not in pattern.pattern:
        # spaCy re-tokenizes every special case (1,300 in English) each time the rules or an
        # affix pattern are set: with no rules while the infixes change, they are loaded once,
        # below, not twice (0.05 s of CPU a process)
        if drop:
            nlp.tokenizer.rules = {}
        infixes = [_keep_prefix(i) for i in nlp.Defaults.infixes or ()]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes + list(INFIXES)).finditer
    if drop:
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in BRACKET_COLON}
    return nlp


def _keep_prefix(infix: str) -> str:
    """spaCy's hyphen-between-letters infix, not splitting after a word-initial "re"; any other
    infix as it is."""
    return KEEP_RE_PREFIX + infix if HYPHEN_INFIX_MARK in infix and infix.startswith("(?<=[") else infix


#: The hyphen alternatives of spaCy's letter-hyphen-letter infix (spacy.lang.char_classes.HYPHENS).
HYPHEN_INFIX_MARK = "(?:-|"
