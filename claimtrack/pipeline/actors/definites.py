"""Definite descriptions that take up a named actor: "the company", "the ministry", "the state".

Once a news story has named a body ("Norvik Freight, a haulage firm, said ..."), it refers to it
again by the kind of body it is, with the definite article: "the company", "the firm", "the
union", "the ministry", "the province". This step links such a description to the actor named
earlier in the document whose kind fits, and to no other:

* the description is a singular common noun with "the" and no owner of its own ("the company",
  "the state-owned company"; not "the companies", "its board", "the other company", "the health
  ministry" unless "health" is a word of the actor's name);
* an organisation's kind: a noun whose most frequent WordNet sense is an organisation
  (data/name_descriptors.json) or a state body of actor_cues.json. It fits an organisation whose
  name or introducing noun ("X, a cooperative", "the shipbuilder X") has that word ("the union"
  for the "Harbour Workers' Union"), else an organisation whose name has no kind word at all
  ("Norvik said ... the company"), or whose kind word is a business too when the description is
  one ("Tolvane Industries" is "the company": both are under WordNet's enterprise or company);
* a place's kind: "the country"/"the nation" fits a country, "the state"/"the province"/"the
  region" a first-level subdivision (ISO 3166-2, pycountry), "the city"/"the town" a city;
* a body of another country than the story's ("Peru's farm ministry" in a story about Chile) is
  not what a bare "the ministry" takes up: that is the story's own;
* a name that says no kind is taken up only when a mention of it acts and it does not begin with
  a given name (a person the model called an organisation), and, written only once, only within
  two sentences;
* of several that fit, the one with the strongest evidence wins, then the one the text has named
  most often so far, then the nearest.

A description that acts ("the province will close the beach", "according to the ministry"; not
the subject of a stative verb, nor "the town") makes the place or body it refers to an actor,
even where its name only appeared as a location.

Results: the description as written joins the actor's `aliases`, and `DocState.refs` keeps
(start_char, end_char, actor id) for the component to write as `doc._.ct_actor_refs`.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from spacy.strings import hash_string
from spacy.tokens import Doc

from ...actorids.gazetteer import Tables
from ...actorids.first_names import is_first_name
from ...actorids.iso import subdivision_countries
from ...actorids.names import cached_name_key
from ...tables import load_json
from ...parsers.lexicon import singular as _lemma  # 'industries' -> 'industry' (units.json irregulars)
from .state import Cand, DocState

#: Kinds of place a definite description names, by its head noun (English: "the country" is
#: the nation; "the state", "the province" a first-level subdivision; "the city" a town).
PLACE_KINDS = {
    "country": "country", "nation": "country",
    "state": "subdivision", "province": "subdivision", "region": "subdivision", "territory": "subdivision",
    "county": "subdivision", "prefecture": "subdivision", "governorate": "subdivision", "canton": "subdivision",
    "city": "town", "town": "town", "municipality": "town",
}

#: How many sentences back a name written once, with no kind of its own, is still taken up by
#: "the company" (the preceding sentence or the one before it).
_NEAR = 2

#: Adjectives that set the described body apart from the one named before ("the other company",
#: "a rival firm", "the former ministry"): the description names another body.
_CONTRAST = frozenset("other another rival former new second third next previous last different separate".split())


@lru_cache(maxsize=1)
def businesses() -> frozenset:
    """Organisation nouns under WordNet's enterprise or company (data/name_descriptors.json)."""
    return frozenset(load_json("name_descriptors.json")["businesses"])


@lru_cache(maxsize=1)
def _name_heads() -> frozenset:
    return frozenset(load_json("name_descriptors.json")["heads"])


@lru_cache(maxsize=1)
def org_nouns() -> frozenset:
    return frozenset(load_json("name_descriptors.json")["organisations"])


class Definites:
    """Link definite descriptions to the actor they take up (see the module docstring)."""

    tables: Tables
    st: DocState

    def _org_kind_words(self) -> frozenset:
        """WordNet's organisation nouns and the tables' state-body heads, built once per gazetteer."""
        t = self.tables
        cached = getattr(self, "_org_words", None)
        if cached is None or cached[0] is not t:
            words = org_nouns() | t.cue("institution_heads") | t.cue("generic_institution_heads") | t.cue("org_descriptors")
            cached = self._org_words = (t, words, frozenset(hash_string(w) for w in words | PLACE_KINDS.keys()))
        return cached[1]

    def _kind_word_ids(self) -> frozenset:
        """Hashes of the kind words (organisation and place nouns)."""
        self._org_kind_words()
        return self._org_words[2]

    def _actor_kinds(self, doc: Doc, cands: list[Cand], spans: dict) -> dict[str, dict]:
        """Actor id -> {'kinds': kind words of its name and introducing nouns, 'place': kind of
        place or None, 'starts': char starts of the mentions that can be taken up, 'sents': their
        sentence numbers, 'not': never an antecedent}, from its mentions."""
        org_words = self._org_kind_words()
        subdivisions = subdivision_countries()
        outlet_words = self.tables.cue("outlet_words")
        text = self.st.text
        out: dict[str, dict] = {}
        for c in cands:
            aid = spans.get((c.start, c.end))
            if aid is None:
                continue
            info = out.setdefault(aid, {"kinds": set(), "words": set(), "place": None, "starts": [], "sents": [],
                                        "not": False})
            owner = c.entry.name.partition(" (")[2].rstrip(")") if c.entry is not None else ""
            # "Peru's farm ministry" in a story about Chile: a bare "the ministry" is Chile's
            info["not"] = info["not"] or bool(owner and self.st.country and owner != self.st.country)
            # a name written as a place ("the Tarvik mine", "near Tarvik") or a thing names no body
            # "the company" takes up; a place kind ("the state") takes up a place so written
            gpe = c.label == "GPE" or c.entry is not None and c.entry.type == "GPE"
            name = c.entry.name.split(" (")[0] if c.entry is not None else text[c.start:c.end]
            event = self._event_head(c, name)
            if event:
                info["event"] = event  # "the X Festival" ... "the festival": taken up by its last word
            if c.layout == "body" and (gpe or c.role == "actor" and not c.place and (not c.thing or event)):
                info["starts"].append(c.start)
                info["sents"].append(self._sentence_number(c.tok_start))
            # the publication itself ("told the Harbour Post") and a town the model called a
            # company are not what "the company" takes up
            info["not"] = info["not"] or c.outlet or _lemma(name.split()[-1]) in outlet_words or (
                c.label != "GPE" and (c.entry is not None and c.entry.kind in ("capital", "city")
                                      or c.entry is None and " " not in name and self._known_town(name)))
            words = {_lemma(w) for w in cached_name_key(name).split()} | {_lemma(w) for w in cached_name_key(text[c.start:c.end]).split()}
            info["words"] |= words
            # "Jane Roe" typed ORG by the model: a given name first says it is a person's name
            info["personal"] = info.get("personal", False) or len(name.split()) >= 2 and is_first_name(name.split()[0])
            info["kinds"] |= words & org_words
            head = self._name_head(name) or event
            if head:
                info["kinds"].add(head)
            info["kinds"] |= {n for n in self._introducing_nouns(doc, c) if n in org_words}
            if gpe:
                kind = c.entry.kind if c.entry is not None else None
                key = cached_name_key(text[c.start:c.end])
                if kind == "country":
                    info["place"] = "country"
                elif kind in ("capital", "city"):
                    info["place"] = "town"
                elif key in subdivisions:
                    info["place"] = "subdivision"
                elif info["place"] is None:
                    info["place"] = "place"
        return out

    def _event_head(self, c: Cand, name: str) -> str:
        """'festival' for "the Harbour Jazz Festival": the last word of an event's name that speaks
        for those who run it (non_actors.json 'last_words_unless_speaking'), else ''."""
        words = name.lower().split()
        return words[-1] if c.thing and len(words) > 1 and words[-1] in self.tables.last_unless_speaking else ""

    def _name_head(self, name: str) -> Optional[str]:
        """'Tarvik Bay Hospital' -> 'hospital': the last word of a name of two or more words with
        no 'of' ('Ministry of X' has its head first), when it names a kind of body or building
        (name_descriptors.json 'heads', WordNet): English names a body head-last, by its kind.
        A business named by its goods ("Norvik Freight") has no such head."""
        words = name.split()
        if len(words) < 2 or any(w.lower() in ("of", "for") for w in words):
            return None
        head = _lemma(words[-1])
        return head if head in _name_heads() else None

    def _introducing_nouns(self, doc: Doc, c: Cand) -> set[str]:
        """Lemmas of the common nouns that introduce a name: "the shipbuilder X", "X, a cooperative,"."""
        toks = self.st.tokens
        inside = range(c.tok_start, c.tok_end)
        root = doc[c.tok_start:c.tok_end].root
        nouns = [ch for ch in root.children if ch.dep_ == "appos" and ch.i not in inside]
        if c.tok_start > 0:
            before = toks[c.tok_start - 1]
            if before.head.i in inside or root.head.i == before.i and root.dep_ in ("appos", "compound", "nmod"):
                nouns.append(before)
        if root.dep_ == "appos":
            nouns.append(root.head)
        return {t.lemma_.lower() for t in nouns if t.pos_ == "NOUN" and t.is_lower}

    def _descriptions(self, doc: Doc, taken: set[int], events: frozenset = frozenset()):
        """(head token, first token) of each singular "the ..." noun phrase whose head names a kind
        of organisation or place, or repeats the last word of an event's name the document gives
        (`events`: "the festival"), with no owner, no contrast and no name of its own."""
        org_words = self._org_kind_words() | events
        kind_ids = self._kind_word_ids() | {hash_string(w) for w in events}
        toks = self.st.tokens
        # the token columns first (no Token object is built for the other words of the text)
        for i in [i for i, low in enumerate(self.st.lower_ids) if low in kind_ids and self.st.lower_col[i]]:
            tok = toks[i]
            if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in taken:
                continue
            lemma = tok.lemma_.lower()
            if lemma not in org_words and lemma not in PLACE_KINDS:
                continue
            kids = list(tok.children)
            dets = [k for k in kids if k.dep_ == "det"]
            if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i > tok.i:
                continue
            if any(k.dep_ in ("poss", "nummod") or k.lower_ in _CONTRAST or k.pos_ == "PROPN" or k.i in taken
                   or k.ent_type_ for k in kids):
                continue  # "its board", "the other firm", "the Argentine navy": not (only) the one named
            nxt = self.st.tokens[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN":
                continue  # "the company Norvik": the name follows, its own mention
            yield tok, dets[0]

    def _link_definites(self, doc: Doc, cands: list[Cand], by_id: dict, spans: dict, acting: dict) -> set[str]:
        """Link the descriptions (module docstring); return the ids of actors a description makes
        act. `acting`: actor id -> whether a mention of its name acts."""
        self.st.refs = []
        if not by_id:
            return set()
        info = self._actor_kinds(doc, cands, spans)
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        promoted: set[str] = set()
        events = frozenset(i["event"] for i in info.values() if i.get("event"))
        for tok, det in self._descriptions(doc, taken, events):
            aid = self._antecedent(tok, by_id, info, acting)
            if aid is None:
                continue
            if info[aid].get("event") and not self._speaks(tok):
                continue  # "the festival starts next Thursday": the event, not those who run it
            start, end = det.idx, tok.idx + len(tok.text)
            written = self.st.text[start:end]
            if written not in by_id[aid]["aliases"]:
                by_id[aid]["aliases"].append(written)
            self.st.refs.append((start, end, aid))
            # "the province will pay", not "the town was flooded": a place that acts is its polity
            if self._acts(tok) and not self._described(tok) and PLACE_KINDS.get(tok.lemma_.lower()) != "town":
                promoted.add(aid)
        return promoted

    def _antecedent(self, tok, by_id: dict, info: dict, acting: dict) -> Optional[str]:
        """The actor named before `tok` that the description fits best (module docstring)."""
        lemma = tok.lemma_.lower()
        mods = {_lemma(k.lower_) for k in tok.children if k.dep_ in ("compound", "nmod") and k.is_alpha}
        mods |= {_lemma(k.lower_) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                 for k in p.children if k.dep_ == "pobj"}
        place = PLACE_KINDS.get(lemma)
        ranked = []
        here = self._sentence_number(tok.i)
        for aid, actor_info in info.items():
            before = [s for s in actor_info["starts"] if s < tok.idx]
            if not before or actor_info["not"] or not mods <= actor_info["words"]:
                continue
            strength = self._fit(lemma, place, by_id[aid]["type"], actor_info)
            if strength == 1 and (not acting.get(aid) or actor_info.get("personal") or len(before) < 2 and here - actor_info["sents"][len(before) - 1] > _NEAR):
                continue  # a kindless name that never acts, or written once sentences back, is too little to go on
            if strength:
                ranked.append((strength, len(before), max(before), aid))
        if not ranked:
            return None
        ranked.sort(reverse=True)
        return ranked[0][3]

    def _sentence_number(self, i: int) -> int:
        """How many sentences start at or before token i."""
        if self.st.sorted_sent_starts is None:
            self.st.sorted_sent_starts = sorted(self.st.sent_starts)
        return bisect_right(self.st.sorted_sent_starts, i)

    @staticmethod
    def _fit(lemma: str, place: Optional[str], typ: str, actor_info: dict) -> int:
        """How well a description with head `lemma` fits an actor: 3 its name or introducing noun
        has the word; 2 a business description ("the firm") for a name with a business word
        ("Tolvane Industries"); 1 a business description for an organisation whose name says no
        kind ("Norvik"), or "the city" for a place of unknown kind; 0 not at all. A place kind
        ("the state") fits only a place of that kind."""
        if place is not None:
            if typ != "GPE":
                return 0
            return 2 if actor_info["place"] == place else 1 if place == "town" and actor_info["place"] == "place" else 0
        if typ != "ORG":
            return 0
        kinds = actor_info["kinds"]
        if lemma in kinds:
            return 3
        if lemma not in businesses():
            return 0  # "the union", "the ministry": a public body's name says what it is
        return 2 if kinds and kinds <= businesses() else 1 if not kinds else 0
