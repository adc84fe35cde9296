"""The `claimtrack_quotes` component: quotation marks paired, then each pair analysed in its context."""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ...tables import load_json, load_lines, parse_json, parse_lines, parse_speech_verbs, speech_verbs
from ...titles import parse_titles, title_table
from ..extensions import ACTOR_REFS, ACTOR_SPANS, ACTORS, QUOTES, doc_text, set_span_group
from ..saved_tables import SavedTables
from .context import QuoteContext
from .marks import paragraph_segments, pair_quote_marks
from .unnamed import unnamed_speakers
from ..actors.member_bodies import member_bodies
from .tables import org_kinds, rank_words, speech_nouns, title_word_sets, parse_speech_table, speech_table

#: The table files the component is built from, saved with a pipeline (`to_disk`).
TABLE_FILES = ("speech_verbs.txt", "speech_nouns.txt", "role_nouns.json", "quote_naming_cues.txt", "titles.txt")



class QuoteFinder(SavedTables):
    TABLE_FILES = TABLE_FILES

    def __init__(self, nlp: Language, max_short_words: int = 5, window_tokens: int = 40):
        self.max_short_words = max_short_words
        self.window_tokens = window_tokens
        self._use_tables(None)  # the package's own; a saved pipeline's with from_disk (SavedTables)
        # a PhraseMatcher on the LOWER column: a token Matcher builds a Token per token it reads
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("ACCORDING_TO", [Doc(nlp.vocab, words=["according", "to"])])

    def _set_tables(self, verbs, speech, roles: dict, naming, titles) -> None:
        """Use these tables: (strong, weak) speech verbs, the SpeechTable, role_nouns.json's data,
        the naming cues and the TitleTable."""
        self.strong, self.weak = verbs
        self.nouns, self.documents, self.proxies, self.affiliations = speech_nouns(speech)
        #: proxies that are one unnamed person when indefinite ("a ministry official")
        self.unnamed = speech.tags.get("unnamed", frozenset())
        self.kinds = org_kinds(speech)
        #: words that end or make up organisation names, never a person's ("Institute", "Bank")
        self.org_words = frozenset(
            w for noun, cues in self.kinds.items() for w in (noun, *cues) if w.isalpha()
        )
        self.ranks, self.full_ranks = rank_words(speech)
        self.title_heads, self.title_words = title_word_sets(titles)
        self.generic_roles = {
            noun: tuple(frozenset(t.split()) for t in titles)
            for noun, titles in roles["roles"].items()
        }
        self.naming = tuple(sorted((w.lower() for w in naming), key=len, reverse=True))

    def _use_tables(self, texts: Optional[dict[str, str]]) -> None:
        """The package's tables (texts None), or those parsed from a saved pipeline's texts."""
        if texts is None:
            self._set_tables(speech_verbs(), speech_table(), load_json("role_nouns.json"),
                             load_lines("quote_naming_cues.txt"), title_table())
        else:
            self._set_tables(parse_speech_verbs(parse_lines(texts["speech_verbs.txt"])),
                             parse_speech_table(parse_lines(texts["speech_nouns.txt"])),
                             parse_json(texts["role_nouns.json"]), parse_lines(texts["quote_naming_cues.txt"]),
                             parse_titles(parse_lines(texts["titles.txt"])))

    # ---- component entry ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Errors propagate: the runner reports a failing extractor with the document's name and
        keeps the other extractors' results (claimtrack.runner)."""
        quotes, ctx = self._find(doc)
        doc._.set(QUOTES, quotes)
        set_span_group(doc, QUOTES, quotes, "QUOTE", kb_id="speaker_id")
        actors = list(doc._.get(ACTORS) or [])
        unnamed = unnamed_speakers(doc, quotes, self.proxies - self.unnamed, {a["id"] for a in actors})
        # bodies named by their members ("the miners' union said"): actors with no mentions, added
        # after the speakers are found, as the unnamed people are, so quotes and claims do not move
        bodies = member_bodies(doc, actors + unnamed)
        if unnamed or bodies:  # people who speak unnamed ("a dock worker said"): actors, with no mentions
            doc._.set(ACTORS, actors + unnamed + bodies)
        if ctx is not None:
            self._add_person_refs(doc, ctx)
        return doc

    @staticmethod
    def _add_person_refs(doc: Doc, ctx: QuoteContext) -> None:
        """Pronoun subjects and role phrases that refer to a named actor (quotes.persons), after
        the actor component's definite descriptions in `doc._.ct_actor_refs` and its span group."""
        found = ctx.person_refs()
        if not found:
            return
        refs = sorted({*ctx.definite_refs, *found})
        doc._.set(ACTOR_REFS, [[s, e, aid] for s, e, aid in refs])
        set_span_group(doc, ACTOR_REFS, ({"start": s, "end": e, "id": aid, "type": ctx.actors[aid].type}
                                         for s, e, aid in refs), "type", kb_id="id")

    # ---- main -----------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[dict]:
        return self._find(doc)[0]

    def _find(self, doc: Doc) -> tuple[list[dict], Optional[QuoteContext]]:
        """The quotes, and the per-document context they were read with (None for an empty Doc)."""
        text = doc_text(doc)
        if len(doc) == 0:
            return [], None
        pairs = pair_quote_marks(text)
        ctx = QuoteContext(doc, text, pairs, self)
        if not pairs:
            return [], ctx
        results: list[dict] = []
        for group, pair in enumerate(pairs):
            for seg in paragraph_segments(text, pair):
                item = ctx.analyse(seg)
                if item is not None:
                    item["group"] = group
                    results.append(item)
        return ctx.finish(results), ctx


@Language.factory(
    "claimtrack_quotes",
    assigns=[f"doc._.{QUOTES}", f"doc._.{ACTOR_REFS}", f"doc._.{ACTORS}", "doc.spans"],
    requires=[f"doc._.{ACTORS}", f"doc._.{ACTOR_SPANS}", f"doc._.{ACTOR_REFS}", "doc.sents", "token.pos", "token.dep", "token.lemma"],
    default_config={"max_short_words": 5, "window_tokens": 40},
)
def make_quotes(nlp: Language, name: str, max_short_words: int, window_tokens: int):
    return QuoteFinder(nlp, max_short_words=max_short_words, window_tokens=window_tokens)
