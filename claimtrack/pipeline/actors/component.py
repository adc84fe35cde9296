"""The `claimtrack_actors` component: the steps of the actor finder, in order, over one Doc.

Each step lives in the module named after its job (candidates, repair, titles, linking, roles,
headlines, institutions, home, merge); `ActorFinder` composes them and holds what lasts across
documents (the tables, the Matchers, the model's word list). What is read once per document is
one `DocState` (`self.st`), replaced for every Doc.
"""

from __future__ import annotations

import logging
from typing import Optional

from spacy.attrs import (
    ENT_TYPE,
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_SPACE,
    IS_TITLE,
    LOWER,
    ORTH,
    POS,
    SENT_START,
)
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from ...tables import parse_json, parse_lines
from ..extensions import ACTOR_REFS, ACTOR_SPANS, ACTORS, COUNTRY, doc_text, set_span_group
from ..saved_tables import SavedTables
from .candidates import Candidates
from .definites import Definites
from .descriptors import Descriptors
from .foreign import Foreign
from ...actorids.gazetteer import ACTOR_LABELS, TABLE_FILES, Tables, build_tables, load_tables
from .groups import Groups
from .headlines import Headlines
from .home import Home
from .inner_names import InnerNames
from .institutions import Institutions
from .kinds import Kinds
from .layout import DATELINE, Layout
from .linking import Linking
from .lookups import Lookups
from .merge import Merge
from .named_bodies import NamedBodies
from .outlets import Outlets
from ...actorids.names import cached_actor_id, cached_name_key
from .repair import Repair
from .roles import Roles
from .state import Cand, DocState
from .titles import Titles
from ...actorids.words import ORG_HEADS, ORG_PATTERNS, OTHER_NAME_LABELS


def _lemma_vocabulary(nlp: Optional[Language]) -> frozenset:
    """Lower-case English words the model's lemmatizer lists (its noun/verb/adjective index):
    used only to tell a capitalised common word ("Turnout") from a name nothing else confirms."""
    return _index_words(_lemmatizer_of(nlp))


def _lemmatizer_of(nlp: Optional[Language]):
    return nlp.get_pipe("lemmatizer") if nlp is not None and "lemmatizer" in nlp.pipe_names else None


def _index_words(lemmatizer, parts=("noun", "verb", "adj")) -> frozenset:
    """The words of a lemmatizer component's index (see `_lemma_vocabulary`); None: none."""
    words: set[str] = set()
    if lemmatizer is None:
        return frozenset()
    try:
        table = lemmatizer.lookups.get_table("lemma_index", {})
        for pos in parts:
            words.update(w for w in table.get(pos, ()) if "_" not in w)
    except Exception as err:  # another model's lemmatizer: fall back to the text itself, but say so
        logging.getLogger(__name__).warning(
            "could not read the lemmatizer's word index (%s: %s); capitalised common words may be "
            "taken for names", type(err).__name__, err)
        return frozenset()
    if not words:
        logging.getLogger(__name__).warning(
            "the lemmatizer has no word index (lemma_index); capitalised common words may be taken "
            "for names")
    return frozenset(words)


@Language.factory(
    "claimtrack_actors",
    requires=["doc.ents", "doc.sents", "token.pos", "token.tag", "token.dep", "token.lemma"],
    assigns=[f"doc._.{ACTORS}", f"doc._.{ACTOR_SPANS}", f"doc._.{ACTOR_REFS}", f"doc._.{COUNTRY}", "doc.spans"],
    default_config={"use_tables": True},
)
def make_actors(nlp: Language, name: str, use_tables: bool = True):
    return ActorFinder(nlp, use_tables=use_tables)


class ActorFinder(SavedTables, Lookups, Candidates, Repair, Titles, Linking, Roles, Headlines, Institutions, Home,
                  Outlets, Kinds, Descriptors, Definites, Foreign, Groups, InnerNames, NamedBodies, Merge):
    TABLE_FILES = TABLE_FILES  # the gazetteer's

    def __init__(self, nlp: Optional[Language] = None, use_tables: bool = True):
        self.st = DocState()
        # What _set_tables needs of the pipeline (not the pipeline itself: the component is
        # pickled for worker processes).
        self._vocab = nlp.vocab if nlp is not None else None
        self._tokenizer = nlp.tokenizer if nlp is not None else None
        self.use_tables = use_tables
        self._set_tables(load_tables())  # a saved pipeline's with from_disk (SavedTables)
        #: The pipeline's lemmatizer, read for its word index on first use (`vocab`): when
        #: spacy.load builds a saved pipeline, its tables arrive (from_disk) after this is built.
        self._lemmatizer = _lemmatizer_of(nlp)
        self._vocab_words: Optional[frozenset] = None
        self._common_words: frozenset = frozenset()

    @property
    def vocab(self) -> frozenset:
        """The lemmatizer's word index (`_lemma_vocabulary`), read once, on first use."""
        words = self._vocab_words
        if words is None:
            words = self._vocab_words = _index_words(self._lemmatizer)
            # verbs, adjectives and adverbs only: the noun index also lists proper names
            # (WordNet's instances: towns, people), so it cannot tell a common word from a name
            self._common_words = _index_words(self._lemmatizer, ("verb", "adj", "adv")) if self._lemmatizer else frozenset()
            self._lemmatizer = None  # read: the component need not keep it
        return words

    @property
    def common_words(self) -> frozenset:
        """Verbs, adjectives and adverbs of the lemmatizer's index ('post', 'mobile', 'police')."""
        self.vocab
        return self._common_words

    def _set_tables(self, tables: Tables) -> None:
        """Use a gazetteer: the tables and the Matchers built from them."""
        vocab = self._vocab
        self.tables = tables
        self.matcher: Optional[PhraseMatcher] = None
        if self.use_tables and vocab is not None:
            self.matcher = PhraseMatcher(vocab, attr="ORTH")
            pats = sorted(self.tables.patterns)
            self.matcher.add("ACTOR_TABLE", list(self._tokenizer.pipe(pats)))
        self.org_matcher: Optional[Matcher] = None
        self.context_matcher: Optional[Matcher] = None
        if vocab is not None:
            self.org_matcher = Matcher(vocab)
            self.org_matcher.add("ORG_NAME", ORG_PATTERNS, greedy="LONGEST")
            cues = self.tables.cues
            self.context_matcher = Matcher(vocab)
            # "according to LSEG data": the source of figures is an organisation
            self.context_matcher.add("SOURCE_ORG", [[
                {"LOWER": "according"}, {"LOWER": "to"},
                {"POS": "PROPN", "IS_ALPHA": True, "OP": "+"},
                {"LOWER": {"IN": sorted(cues.get("source_nouns", ()))}},
            ]])
            # "Its chair, Jane Doe of X, said": a name in apposition to a title
            self.context_matcher.add("TITLED_PERSON", [[
                {"LOWER": {"IN": sorted(self.tables.title_words)}}, {"ORTH": ","},
                {"IS_TITLE": True, "POS": "PROPN", "IS_ALPHA": True},
                {"IS_TITLE": True, "POS": "PROPN", "IS_ALPHA": True, "OP": "+"},
            ]], greedy="LONGEST")
            # Hash ids of the words the two Matchers' patterns are anchored on, to find the few
            # token windows where a match can occur (see _org_matches, _context_matches).
            strings = vocab.strings
            self._source_org_id = strings["SOURCE_ORG"]
            self._org_head_ids = frozenset(strings[w] for w in ORG_HEADS)
            self._org_link_ids = frozenset(strings[w] for w in ("of", "for", "on", "the"))
            self._title_word_ids = frozenset(strings[w] for w in self.tables.title_words)
            self._according_id, self._to_id, self._comma_id = strings["according"], strings["to"], strings[","]
            self._police_id = strings["police"]
            self._parliament_id = strings["parliament"]

    def _use_tables(self, texts: Optional[dict[str, str]]) -> None:
        """The gazetteer: the package's own (built once per process), or one built from the
        table texts of a saved pipeline (SavedTables.from_disk)."""
        if texts is None:
            self._set_tables(load_tables())
        else:
            self._set_tables(build_tables(lambda name: parse_json(texts[name]), lambda name: parse_lines(texts[name])))

    def __call__(self, doc: Doc) -> Doc:
        """Errors propagate: the runner reports a failing extractor with the document's name and
        keeps the other extractors' results (claimtrack.runner)."""
        try:
            actors, spans = self._find(doc)
            country = self.st.country
            kept = {a["id"]: a["type"] for a in actors}
            refs = [{"start": s, "end": e, "id": aid, "type": kept[aid]} for s, e, aid in self.st.refs if aid in kept]
        finally:
            self.st = DocState()  # per-document state: let the Doc go
        doc._.set(COUNTRY, country)
        doc._.set(ACTORS, actors)
        doc._.set(ACTOR_SPANS, [[s, e, aid] for (s, e), aid in spans.items()])
        set_span_group(doc, ACTORS, ({**m, "type": a["type"], "id": a["id"]} for a in actors for m in a["mentions"]),
                       "type", kb_id="id")
        doc._.set(ACTOR_REFS, [[r["start"], r["end"], r["id"]] for r in refs])
        set_span_group(doc, ACTOR_REFS, refs, "type", kb_id="id")
        return doc

    def _prepare(self, doc: Doc) -> None:
        """Per-document state read once: the text, the Token objects, the entities and token columns."""
        # Token attributes as plain lists (doc.to_array): reading a column costs nothing, while each
        # Token built by iterating or indexing a Doc, or by a Matcher's predicates, costs ~1 us.
        self.st = DocState()
        attrs = [ORTH, LOWER, IS_TITLE, IS_ALPHA, IS_LOWER, IS_SPACE, POS, ENT_TYPE, SENT_START, IDX]
        cols = doc.to_array(attrs).T.tolist()  # one list per attribute (none for an empty Doc)
        (self.st.orth_ids, self.st.lower_ids, self.st.title_col, self.st.alpha_col, self.st.lower_col,
         self.st.space_col, self.st.pos_col, self.st.ent_col, sent_col, idx_col) = cols
        cached_name_key.cache_clear()
        cached_actor_id.cache_clear()
        strings = doc.vocab.strings
        text_of = {orth: strings[orth] for orth in set(self.st.orth_ids)}
        self.st.words = [text_of[orth] for orth in self.st.orth_ids]  # Token.text
        self.st.text = doc_text(doc)
        # Iterating a Doc builds a new Token object per token each time: build them once
        self.st.tokens = list(doc)
        # token start offsets, for Doc.char_span's token look-up without a Span (see _char_tokens);
        # tokens tile the text, but an empty token (never made by a tokenizer) would break that
        self.st.starts = idx_col if "" not in text_of.values() else None
        self.st.ents = doc.ents  # Doc.ents builds a new Span per entity on every call
        # sentence starts once: Token.is_sent_start re-checks the whole Doc's annotation per call.
        # Doc.sents starts a sentence at 0 and at every later token whose SENT_START is 1.
        n = len(doc)
        if n and "sents" not in doc.user_hooks and doc.has_annotation("SENT_START"):
            self.st.sent_starts = {0, *(i for i in range(1, n) if sent_col[i] == 1)}
        elif doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            self.st.sent_starts = {sent.start for sent in doc.sents}
        else:
            self.st.sent_starts = {0}

    def _find(self, doc: Doc) -> tuple[list[dict], dict[tuple[int, int], str]]:
        self._prepare(doc)
        text = self.st.text
        layout = Layout(text)
        self.st.datelines = [(m.start(), m.end()) for m in DATELINE.finditer(text, 0, 3000)]
        self.st.confirmed_words = None
        self.st.storms = self._storm_names(text)
        cands: list[Cand] = []
        speaking_events = self.tables.last_unless_speaking
        for ent in self._joined_ents(doc, self.st.ents):
            if ent.label_ in ACTOR_LABELS:
                cands.extend(self._clean(doc, ent.start, ent.end, ent.label_, layout))
            elif ent.label_ in OTHER_NAME_LABELS and len(ent) > 1 and ent[-1].lower_ in speaking_events:
                # "the Harbour Jazz Festival" (EVENT, LAW): an actor where it or "the festival" speaks
                cands.extend(self._clean(doc, ent.start, ent.end, "ORG", layout))
        cands = self._join_fragments(doc, cands)
        cands = self._possessive_names(doc, cands)
        cands = self._add_org_names(doc, cands, layout)
        cands = self._add_romance_names(doc, cands, layout)
        cands = self._add_context_names(doc, cands, layout)
        cands = self._add_speaking_names(doc, cands, layout)
        cands = self._add_given_names(doc, cands, layout)
        cands = self._extend_particles(doc, cands)
        cands = self._name_heads_after(doc, cands)
        cands = self._given_name_edges(doc, cands)
        self.st.acronyms = self._acronym_map(cands)
        cands, office_zones = self._office_names(doc, cands, layout)
        title_zones = self._titles(doc, cands) + office_zones
        cands = [c for c in cands if not self._inside_title(doc, c, title_zones)]
        cands = self._add_table_matches(doc, cands, layout)
        cands = self._add_outlets(doc, cands, layout)
        self.st.described = self._described_names(doc, cands)
        kept: list[Cand] = []
        for c in cands:
            if self._resolve(doc, c):
                kept.append(c)
        kept = self._headlines(doc, kept)
        kept = self._add_institutions(doc, kept, layout)
        kept = self._untagged(doc, kept, layout)
        kept = self._add_groups(doc, kept, layout)
        kept = self._join_described_bodies(doc, kept)
        return self._merge(doc, kept)
