"""The `claimtrack_quotes` component: quotation marks paired, then each pair analysed in its context."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ...tables import load_json, load_lines, speech_verbs
from ..extensions import ACTOR_SPANS, ACTORS, QUOTES, doc_text, set_span_group
from .context import _Context
from .marks import _paragraph_segments, pair_quote_marks
from .tables import _org_kinds, _ranks, _speech_nouns, _title_words



class QuoteFinder:
    def __init__(self, nlp: Language, max_short_words: int = 5, window_tokens: int = 40):
        self.max_short_words = max_short_words
        self.window_tokens = window_tokens
        self.strong, self.weak = speech_verbs()
        self.nouns, self.documents, self.proxies, self.affiliations = _speech_nouns()
        self.kinds = _org_kinds()
        #: words that end or make up organisation names, never a person's ("Institute", "Bank")
        self.org_words = frozenset(
            w for noun, cues in self.kinds.items() for w in (noun, *cues) if w.isalpha()
        )
        self.ranks, self.full_ranks = _ranks()
        self.title_heads, self.title_words = _title_words()
        self.generic_roles = {
            noun: tuple(frozenset(t.split()) for t in titles)
            for noun, titles in load_json("role_nouns.json")["roles"].items()
        }
        self.naming = tuple(sorted((w.lower() for w in load_lines("quote_naming_cues.txt")), key=len, reverse=True))
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("ACCORDING_TO", [[{"LOWER": "according"}, {"LOWER": "to"}]])

    # ---- component entry ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Errors propagate: the runner reports a failing extractor with the document's name and
        keeps the other extractors' results (claimtrack.runner)."""
        quotes = self.find(doc)
        doc._.set(QUOTES, quotes)
        set_span_group(doc, QUOTES, quotes, "QUOTE", kb_id="speaker_id")
        return doc

    # ---- main -----------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[dict]:
        text = doc_text(doc)
        pairs = pair_quote_marks(text)
        if not pairs or len(doc) == 0:
            return []
        ctx = _Context(doc, text, pairs, self)
        results: list[dict] = []
        for group, pair in enumerate(pairs):
            for seg in _paragraph_segments(text, pair):
                item = ctx.analyse(seg)
                if item is not None:
                    item["group"] = group
                    results.append(item)
        return ctx.finish(results)


@Language.factory(
    "claimtrack_quotes",
    assigns=[f"doc._.{QUOTES}", "doc.spans"],
    requires=[f"doc._.{ACTORS}", f"doc._.{ACTOR_SPANS}", "doc.sents", "token.pos", "token.dep", "token.lemma"],
    default_config={"max_short_words": 5, "window_tokens": 40},
)
def make_quotes(nlp: Language, name: str, max_short_words: int, window_tokens: int):
    return QuoteFinder(nlp, max_short_words=max_short_words, window_tokens=window_tokens)
