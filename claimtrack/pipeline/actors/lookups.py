"""Per-document look-ups over the token columns: sentence starts, char-to-token, roots, word sets."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc

from ...actorids.gazetteer import ACTOR_LABELS, Tables
from .repair import speaking_verbs
from .tree import first_conjunct
from .state import Cand, DocState
from ...actorids.words import POSSESSIVE_TOKENS



#: Marks that open a quotation, glued to its first word.
OPENING_QUOTES = frozenset('"“‘\'')

class Lookups:
    """Look-ups over `self.st`, the document read once."""

    tables: Tables
    st: DocState

    def _ss(self, tok) -> bool:
        return tok.i in self.st.sent_starts

    def _token_at(self, doc: Doc, char: int) -> Optional[int]:
        span = self._char_tokens(doc, char, char + 1)
        return span[0] if span is not None and span[1] > span[0] else None

    def _char_tokens(self, doc: Doc, start: int, end: int) -> Optional[tuple[int, int]]:
        """(start, end) of doc.char_span(start, end, alignment_mode="expand"), None where it is None,
        found as spaCy does (the token holding a character, its trailing space included) by
        bisecting the token starts instead of building a Span and its Tokens."""
        starts = self.st.starts
        if starts is None:
            span = doc.char_span(start, end, alignment_mode="expand")
            return None if span is None else (span.start, span.end)
        n, size = len(starts), len(self.st.text)
        if not (0 <= start < size and 0 <= end - 1 < size):
            return None
        a = bisect.bisect_right(starts, start) - 1
        b = bisect.bisect_right(starts, end - 1) - 1
        if a < 0 or b < 0 or a >= n:
            return None
        if start == starts[a] + len(self.st.words[a]):  # in the space after a token: the next one
            a += 1
        return a, b + 1

    def _root(self, doc: Doc, c: Cand):
        """The syntactic root of the candidate's tokens (Span.root), once per token range."""
        key = (c.tok_start, c.tok_end)
        root = self.st.roots.get(key)
        if root is None:
            root = self.st.roots[key] = self.st.tokens[doc[c.tok_start:c.tok_end].root.i]
        return root

    def _confirmed(self, doc: Doc) -> set:
        """Capitalised words used as names elsewhere: mid-sentence, or inside a multi-word name."""
        if self.st.confirmed_words is None:
            words = set()
            for ent in self.st.ents:
                if len(ent) > 1 and ent.label_ in ACTOR_LABELS:
                    words.update(self.st.words[ent.start:ent.end])
            # over the columns: is_title, is_space and text of each token and the one before it
            title, space, texts = self.st.title_col, self.st.space_col, self.st.words
            toks = self.st.tokens
            for i in range(1, len(texts)):
                if title[i] and i not in self.st.sent_starts and not space[i - 1] and "\n" not in texts[i - 1] \
                        and not (texts[i - 1] in OPENING_QUOTES and not toks[i - 1].whitespace_):
                    words.add(texts[i])  # (a quotation opens with a capital, as a sentence does)
            self.st.confirmed_words = words
        return self.st.confirmed_words

    def _lower_words(self, doc: Doc) -> set:
        """The words the document writes in lower case."""
        if self.st.lower_set is None:
            self.st.lower_set = {w for w, low in zip(self.st.words, self.st.lower_col) if low}
        return self.st.lower_set

    def _country_nearby(self, countries: list[Cand], tok: int) -> Optional[str]:
        """The one country (a `countries` candidate's table name) named in the sentence of token
        `tok` or in the sentence before it; None when none or several are."""
        starts = self.st.sorted_sent_starts
        if starts is None:
            starts = self.st.sorted_sent_starts = sorted(self.st.sent_starts)
        here = bisect.bisect_right(starts, tok)
        names = {c.entry.name for c in countries if here - 1 <= bisect.bisect_right(starts, c.tok_start) <= here}
        return next(iter(names)) if len(names) == 1 else None

    def _in_dateline(self, c: Cand) -> bool:
        return any(a <= c.start < b for a, b in self.st.datelines)

    @staticmethod
    def _speaks(tok) -> bool:
        """The noun phrase headed by `tok` (its first conjunct) says something: the subject of a
        verb of saying (data/speech_verbs.txt, as `repair` reads them) or the source after
        "according to"."""
        tok = first_conjunct(tok)
        if tok.dep_ == "nsubj":
            return tok.head.lemma_.lower() in speaking_verbs()
        return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"

    def _possessor(self, doc: Doc, c: Cand) -> bool:
        toks = self.st.tokens
        return c.tok_end < len(doc) and toks[c.tok_end].text in POSSESSIVE_TOKENS

    def _mk(self, doc: Doc, s: int, e: int, label: str, layout_kind: str) -> list[Cand]:
        span = self._char_tokens(doc, s, e)
        if span is None or span[1] <= span[0]:
            return []
        return [Cand(s, e, label, span[0], span[1], layout=layout_kind)]
