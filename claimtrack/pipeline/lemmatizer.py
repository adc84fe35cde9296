"""The model's rule lemmatizer, run over token columns instead of Token objects.

spaCy's `Lemmatizer.__call__` visits every token as a Python `Token` and assigns `lemma_`
through the string store, although its rule mode caches each lemma under
(orth, pos, morphology): after the first few documents nearly every token is a cache hit, and
building the Token objects is most of the component's cost; and base forms (a singular noun,
an infinitive) are never cached, so they are recomputed every time. `FastLemmatizer` reads
ORTH, POS, MORPH and LEMMA with `Doc.to_array`, asks the lemmatizer itself
(`lemmatize(token)`) once per (orth, pos, morphology), remembers the answer, and writes the
lemmas back with `Doc.from_array`. Same lemmatizer object, same tables, same results (but for
the spelling rules below); only the per-token Python work is gone. Lemmatizers in another mode (lookup) or with their own
lemmatize / is_base_form logic are left alone.

A word met for the first time is lemmatized by `rule_lemmas`: spaCy 3.8's `rule_lemmatize`
line for line, but for one thing. spaCy asks `form in index` of the table's word list for the
part of speech (57,528 nouns, 20,993 verbs in en_core_web_sm 3.8): a scan of the list for every
candidate form of every new word. `rule_lemmas` asks a set of the same words (built once per
part of speech and tables), which answers the same; a run over new text paid ~1 ms a new word
for those scans.

One correction, on by default (`spelling`, a factory setting): where the suffix rules leave
several indexed forms, a form English spelling rules out is dropped (`spelled`: "fined" is
"fine", not "fin"; "rates" is "rate", not "rat"). spaCy puts the last indexed form first, which
turns "hoped", "stared", "waged", "coded" and "rated" into other verbs and hides the event they
name. `spelling=False` gives spaCy's lemmas exactly.

The wrapped lemmatizer is part of the pipeline: `to_disk`/`from_disk` (and bytes) are its own,
and the factory builds one (spaCy's `lemmatizer` for the language, in the same mode), so
`nlp.to_disk()` and `spacy.load()` give the same lemmas.
"""

from __future__ import annotations

from typing import Optional

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

NAME = "lemmatizer"
#: The word index of a part of speech the tables do not list (spaCy reads a fresh `{}`); never changed.
_NO_WORDS: dict = {}
#: is_base_form implementations that read only the token's POS and morphology.
_PURE_BASE_FORM = (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)


class FastLemmatizer:
    """Wraps a rule-mode spaCy `Lemmatizer`; give it one with `wrap`."""

    def __init__(self, name: str = NAME, spelling: bool = True) -> None:
        self.name = name
        #: drop rule forms English spelling rules out (see `spelled`); False = spaCy's lemmas exactly
        self.spelling = spelling
        self.lemmatizer: Optional[Lemmatizer] = None
        self._memo: dict[tuple, int] = {}  # (orth, pos, morph) -> lemma hash
        self._tables: object = None  # the lemmatizer's cache object the memo was built against
        #: univ_pos -> (the table's word list for it, the same words as a set)
        self._index: dict[str, tuple] = {}

    def wrap(self, lemmatizer: Lemmatizer) -> "FastLemmatizer":
        self.lemmatizer = lemmatizer
        self._memo, self._tables, self._index = {}, None, {}
        return self

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer is None:
            return doc
        if not len(doc):
            return lemmatizer(doc)
        if self._tables is not lemmatizer.cache:
            # first call, or re-initialised with new tables: spaCy's own call, on an empty Doc,
            # validates the tables (and reports what is missing); the memo starts over
            lemmatizer(Doc(doc.vocab))
            self._memo, self._tables, self._index = {}, lemmatizer.cache, {}
        memo, strings, overwrite = self._memo, doc.vocab.strings, lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                if pos:
                    value = memo[key] = strings.add(self.rule_lemmas(doc[i])[0])
                else:  # no POS: spaCy warns on every such token, so ask it every time
                    value = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(value)
            changed = True
        if changed:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc

    def rule_lemmas(self, token) -> list[str]:
        """`Lemmatizer.rule_lemmatize(token)` of spaCy 3.8 without its cache (the memo is this
        component's), the word index read as a set (see the module docstring)."""
        lemmatizer = self.lemmatizer
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return lemmatizer.rule_lemmatize(token)  # spaCy's own answer (and its warning)
        if lemmatizer.is_base_form(token):
            return [string.lower()]
        lookups = lemmatizer.lookups
        index_table = lookups.get_table("lemma_index", {})
        exc_table = lookups.get_table("lemma_exc", {})
        rules_table = lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            if univ_pos == "propn":
                return [string]
            return [string.lower()]
        words = index_table.get(univ_pos, _NO_WORDS)
        known = self._index.get(univ_pos)
        if known is None or known[0] is not words:  # first use, or new tables (initialize)
            known = self._index[univ_pos] = (words, frozenset(words))
        index = known[1]
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        if self.spelling and len(forms) > 1:
            forms = [f for f in forms if spelled(string, f)] or forms
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def __getattr__(self, name: str):
        """Everything else is the wrapped lemmatizer's: `lookups`, `mode`, `cache`, ..."""
        wrapped = self.__dict__.get("lemmatizer")
        if wrapped is None:
            raise AttributeError(name)
        return getattr(wrapped, name)


_VOWELS = frozenset("aeiou")
#: Endings after which English writes -es rather than -s (pass/passes, fix/fixes, go/goes).
_ES_AFTER = ("s", "x", "z", "ch", "sh", "o")


def spelled(word: str, form: str) -> bool:
    """False when English spelling rules out `form` as the base of the inflected `word`.

    spaCy's rule lemmatizer keeps every candidate its suffix rules make that the word index
    lists, and puts the last one first, so "fined" becomes "fin", "hoped" "hop", "rates" "rat"
    (the index lists those verbs too). Two spelling rules of English decide:
    - a one-syllable base ending in one vowel and one consonant (not w, x or y) doubles that
      consonant before -ed and -ing (fin -> finned, hop -> hopping), so an undoubled "fined" or
      "hoping" is never its form;
    - -es (not -s) follows only s, x, z, ch, sh and o (passes, fixes, goes), so "rates" is never
      a form of "rat".
    """
    if word.endswith(("ed", "ing")) and word in (form + "ed", form + "ing"):
        groups = sum(1 for i, c in enumerate(form) if c in _VOWELS and (i == 0 or form[i - 1] not in _VOWELS))
        return not (groups == 1 and len(form) >= 2 and form[-1] not in _VOWELS and form[-1] not in "wxy"
                    and form[-2] in _VOWELS and (len(form) == 2 or form[-3] not in _VOWELS))
    if word == form + "es":
        return form.endswith(_ES_AFTER)
    return True


@Language.factory(
    "claimtrack_lemmatizer",
    requires=["token.pos"],
    assigns=["token.lemma"],
    default_config={"mode": "rule", "overwrite": False, "spelling": True},
)
def make_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool, spelling: bool) -> FastLemmatizer:
    """spaCy's lemmatizer for the language (tables come from `from_disk` or `initialize`), wrapped;
    `spelling` drops the rule forms English spelling rules out (`spelled`)."""
    inner = nlp.create_pipe("lemmatizer", name=name, config={"mode": mode, "overwrite": overwrite})
    return FastLemmatizer(name, spelling=spelling).wrap(inner)


def maybe_replace(nlp: Language, name: str = NAME) -> bool:
    """Wrap the pipeline's rule-mode spaCy Lemmatizer `name`; True when done, else untouched."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    # The memo is exact only for spaCy's own rule_lemmatize, whose answer depends on the token's
    # text, POS and morphology alone, and for an is_base_form that reads only POS and morphology.
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" \
            or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize \
            or getattr(lemmatizer.lemmatize, "__func__", None) is not Lemmatizer.rule_lemmatize \
            or type(lemmatizer).is_base_form not in _PURE_BASE_FORM:
        return False
    config = {"mode": lemmatizer.mode, "overwrite": lemmatizer.overwrite, "spelling": True}
    nlp.replace_pipe(name, "claimtrack_lemmatizer", config=config).wrap(lemmatizer)
    return True
