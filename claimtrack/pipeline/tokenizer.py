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


#: Emoticon exceptions that news punctuation writes as a closing bracket and a colon.
BRACKET_COLON = ("):",)


def add_quote_infixes(nlp: Language) -> Language:
    """Add the two infixes to the pipeline's tokenizer, and drop the bracket-colon emoticon
    exception (idempotent)."""
    rules = nlp.tokenizer.rules or {}
    if any(k in rules for k in BRACKET_COLON):
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in BRACKET_COLON}
    infixes = list(nlp.Defaults.infixes or ())
    current = getattr(nlp.tokenizer, "infix_finditer", None)
    pattern = getattr(current, "__self__", None)
    if pattern is not None and all(i in pattern.pattern for i in INFIXES):
        return nlp
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes + list(INFIXES)).finditer
    return nlp
