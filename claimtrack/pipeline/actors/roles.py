"""Roles: whether a mention acts, is where something happens, or only qualifies another word."""

from __future__ import annotations

from spacy.tokens import Doc

from ...actorids.gazetteer import Tables
from ...actorids.first_names import first_names
from ...actorids.iso import subdivision_countries
from ...actorids.names import cached_name_key
from ...actorids.towns import geonames_places, geonames_towns
from ...wordnet_nouns import noun_lexfiles
from .descriptors import SEAT_PARTICIPLES
from .tree import first_conjunct
from .state import Cand, DocState
from ...actorids.words import (
    AROUND_PREPS,
    ORG_HEADS_SET,
    BORDER_WORDS,
    LOC_PREPS,
    PLACE_PREPS,
    POSSESSIVE_TOKENS,
    SMALL_WORDS,
)


#: Prepositions of place and motion: a one-word PERSON after one with no given name is a place.
_WHERE_PREPS = frozenset("in at near to from between via into towards toward".split())
#: Prepositions whose object, a name GeoNames lists as a village or small town, is that place:
#: those of `_WHERE_PREPS`, of nearness, of passing, and of height or offshore position ("the hills above X",
#: "a trawler off X").
_SMALL_PLACE_PREPS = _WHERE_PREPS | AROUND_PREPS | frozenset("off above below beneath through past".split())
#: The words for a saint that open the names of towns in English, Spanish, Italian, Portuguese and
#: French ("St Albans", "San Marcos", "Santa Ana", "São Bento", "Sainte-Foy").
_SAINT_WORDS = frozenset("st saint sainte ste san santa santo são sao".split())
#: Participles written after a place and a hyphen that make it a modifier: where a body sits or is
#: traded (descriptors.SEAT_PARTICIPLES), where a person was born, a ship's flag ("Tokyo-born",
#: "Panama-flagged").
_PLACE_PARTICIPLES = SEAT_PARTICIPLES | frozenset({"born", "flagged"})
#: Adjectives of nearness that qualify places, never people or bodies ("neighbouring X").
_NEAR_WORDS = frozenset("neighbouring neighboring nearby adjacent".split())


#: Verbs of going whose object is the place gone to, through or from ("left X", "visited X",
#: "reached X"; WordNet's travel.v.01 and leave.v.01 troponyms as news uses them).
_GOING_VERBS = frozenset("leave visit reach enter cross tour depart approach circle overfly".split())

#: WordNet's lexicographer files (first sense) of nouns whose "from X" is where they come from,
#: not who acts: people, food, plants and animals (noun.person "workers", noun.food "beans",
#: noun.plant, noun.animal); an act, a message or a possession from a country ("aid from X", "a
#: letter from X") is its doing, and made things from a country ("tanks from X") may be its sale.
_ORIGIN_OF = frozenset({(18,), (13,), (20,), (5,)})

#: WordNet's lexicographer files (first sense) of the nouns whose "of X" makes X a place: a part of a
#: place or of the land (noun.location: "port", "outskirts", "north"; noun.object: "lagoon", "coast").
_WHERE_OF = frozenset({(15,), (17,)})

#: WordNet's lexicographer files of nouns that name a made thing (noun.artifact: "dock",
#: "hospital") and a place (noun.location: "town", "region").
_ARTIFACT_FILE, _LOCATION_FILE = 6, 15


#: Prepositions whose object is a place and nothing else ("in" and "near" a town; not "into" an
#: inquiry's target, "towards" a person, "via" a route, "at" an employer).
_PLACE_ONLY = frozenset("in near around inside outside across throughout within along".split())


class Roles:
    """Decide a mention's role from the parse."""

    tables: Tables
    st: DocState

    def _role(self, doc: Doc, c: Cand, preps: frozenset) -> str:
        """'location' when the span is where something happens, else 'actor'."""
        toks = self.st.tokens
        root = self._root(doc, c)
        tok = root
        for _ in range(5):  # "France, Germany and Italy": look at the first conjunct
            if tok.dep_ == "conj" and tok.head.i != tok.i:
                tok = tok.head
            else:
                break
        if tok.dep_ == "pobj" and tok.head.lower_ in preps or self._example_of_places(tok):
            return "location"
        if tok.dep_ in ("compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and not tok.head.ent_type_ \
                and preps is PLACE_PREPS:
            return "location"
        if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in preps:
            return "location"
        cues = self.tables.cues
        motion = cues.get("motion_words", ())
        gov = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "to") and (
            gov.lower_ in motion or gov.lemma_.lower() in motion or gov.ent_type_ == "QUANTITY"
            or gov.dep_ == "dobj" and (gov.head.lower_ in motion or gov.head.lemma_.lower() in motion)
        ):
            return "location"  # "travelled from Spain", "miles from the border", "moved production to X"
        if tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and noun_lexfiles(tok.head.lemma_.lower(), 1)[:1] == (17,):
            return "location"  # "X's western coast" (noun.object: a part of the land; not "X's second city",
            # "X's La Guajira region", which the team sets' annotators count as naming the country)
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _GOING_VERBS:
            return "location"  # "the ship left X", "he would visit X": where someone goes or leaves
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.pos_ == "NOUN" \
                and noun_lexfiles(tok.head.head.lemma_.lower(), 1)[:1] in _ORIGIN_OF:
            return "location"  # "beans from X", "workers from X": where people or goods come from
        # the parse can run across a headline's line break: trust a preposition right before
        before = toks[c.tok_start - 1] if c.tok_start > 0 else None
        if before is not None and before.lower_ == "the" and c.tok_start > 1:
            before = toks[c.tok_start - 2]
        after = toks[c.tok_end] if c.tok_end < len(doc) else None
        if before is not None and before.lower_ in preps and (after is None or after.text not in POSSESSIVE_TOKENS):
            return "location"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "into", "across") \
                and tok.head.head.lemma_.lower() in BORDER_WORDS:
            return "location"  # "the border crossing with X": a neighbour on the map, not an actor
        return "actor"

    def _modifier(self, doc: Doc, c: Cand) -> bool:
        """A name used only to qualify something else: 'Tokyo-based', 'US dollar', 'UK economist',
        'Tokyo-born', 'Panama-flagged'."""
        toks = self.st.tokens
        n = len(doc)
        e = c.tok_end
        if e + 1 < n and toks[e].text in ("-", "–") and toks[e + 1].lower_ in _PLACE_PARTICIPLES:
            return True
        if e < n and toks[e].lower_ in ("based",) and toks[e].idx == c.end:
            return True
        if e < n and toks[e].is_lower and toks[e].pos_ == "NOUN":
            cues = self.tables.cues
            low = toks[e].lower_
            if c.label in ("GPE", "LOC") and (low in cues.get("currency_nouns", ()) or low in cues.get("beat_nouns", ())):
                return True
        return False

    def _in_longer_name(self, doc: Doc, c: Cand) -> bool:
        toks = self.st.tokens
        before = toks[c.tok_start - 1] if c.tok_start > 0 else None
        after = toks[c.tok_end] if c.tok_end < len(doc) else None
        if before is not None and before.is_title and before.is_alpha and before.pos_ == "PROPN" \
                and before.lower_ not in SMALL_WORDS and not before.ent_type_:
            return True
        return after is not None and after.is_title and after.is_alpha and after.pos_ == "PROPN" \
            and after.ent_iob_ == "I"

    def _acts_here(self, doc: Doc, c: Cand) -> bool:
        """The mention acts: the subject of a verb that is not merely descriptive ('X remains under
        siege' describes a place), an agent ('by X') or a source ('according to X')."""
        tok = self._root(doc, c)
        tok = first_conjunct(tok)
        if tok.dep_ == "nsubj":
            return tok.head.lemma_.lower() not in self.tables.cue("stative_verbs")
        return self._acts(tok)

    def _place_evidence(self, doc: Doc, c: Cand) -> bool:
        """A name the model tagged PERSON/ORG that the text shows to be a place: 'the town of X',
        'the X camp', 'X border crossing', 'near X', 'X, the capital of ...', 'districts such as X
        and Y', and 'in X' for a person."""
        toks = self.st.tokens
        places = self.tables.cue("place_nouns")
        s, e, n = c.tok_start, c.tok_end, len(doc)
        if s >= 2 and toks[s - 1].lower_ == "of" and (toks[s - 2].lower_ in places or toks[s - 2].is_lower and (
                noun_lexfiles(toks[s - 2].lemma_.lower(), 1)[:1] in _WHERE_OF)):
            return True  # "the town of X"; "the lagoon of X", "the outskirts of X": a place's own part
        if e < n and toks[e].is_lower and (toks[e].lower_ in places or toks[e].lemma_ in places) \
                and toks[e].pos_ in ("NOUN", "PROPN"):  # "X district", "X and Y districts"
            return True
        root = self._root(doc, c)
        if any(ch.dep_ == "appos" and ch.lower_ in places or ch.dep_ == "amod" and ch.lower_ in _NEAR_WORDS
               for ch in root.children):
            return True  # "X, a town ...", "neighbouring X"
        tok = root
        tok = first_conjunct(tok)
        if tok.dep_ == "pobj":
            prep = tok.head.lower_
            if prep in AROUND_PREPS or (c.label == "PERSON" and prep == "in" and e - s == 1):
                return True
            if self._example_of_places(tok):
                return True  # "neighbourhoods such as X, Y and Z", "districts including X": examples of places
            # "the ferry docks in X", "a hospital at X": where a building or a place stands is a place
            # (WordNet's first sense of the noun "in", "at" or "near" hangs from: noun.artifact or
            # noun.location); "a stake in X", "jobs at X" are no such noun
            owner = tok.head.head
            if prep in ("in", "at", "near") and owner.pos_ == "NOUN" and not c.titles \
                    and noun_lexfiles(owner.lemma_.lower(), 1)[:1] in ((_ARTIFACT_FILE,), (_LOCATION_FILE,)):
                return True
            # "ships diverted to X", "commuters from X", "stranded at X": a one-word name after a
            # preposition of place or motion that is no given name is where, not who
            if c.label == "PERSON" and e - s == 1 and prep in _WHERE_PREPS and toks[s].lower_ not in first_names() \
                    and not c.titles:
                return True
            if self._gazetteer_place_after_prep(doc, c):
                return True
        return self._coordinated_with_place(doc, c, tok) or (
            self._known_town(self.st.text[c.start:c.end]) and not self._a_persons_name(c)) or (
            self._town_of_words(c) and not self._a_persons_name(c))

    def _town_of_words(self, c: Cand) -> bool:
        """'San Lorenzo Alto', 'La Vereda', 'Puerto Nuevo': a name of two words or more, with no
        title, that GeoNames or ISO 3166-2 lists whole (`_gazetteer_place`), wherever it stands,
        unless it opens with a given name ("Juan Díaz" is a town and a man's name); a saint's word
        ("San", "Santa", "São") opens towns' names, not living people's. A name introduced by an
        organisation's kind ("the environmental group X") is that organisation's."""
        if c.titles or self._org_kind_before(c):
            return False
        surface = self.st.text[c.start:c.end]
        first = surface.split()[0].lower() if surface.split() else ""
        return self._gazetteer_place(surface) and (first not in first_names() or first in _SAINT_WORDS)

    def _city_described(self, doc: Doc, c: Cand) -> bool:
        """A capital the sentence describes as the city it is, not one that acts for its country:
        the subject of a verb of being or having ("X has been here before", "X will still have its
        carnival": actor_cues.json `stative_verbs`, and "have"), or the owner of a part of the city
        ("in X's old quarter", "X's northern suburbs": a place noun of actor_cues.json). A
        government acts through its capital with verbs of doing and saying ("X has warned")."""
        tok = first_conjunct(self._root(doc, c))
        if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
            lemma = verb.lemma_.lower()
            if any(ch.dep_ in ("acomp", "xcomp") for ch in verb.children):
                return False  # "X is ready to talk", "X remains opposed": a government's stance
            return lemma == "have" or lemma in self.tables.cue("stative_verbs")
        if tok.dep_ == "poss":
            owned = tok.head
            return owned.lemma_.lower() in self.tables.cue("place_nouns") or owned.lower_ in self.tables.cue("place_nouns")
        return False

    def _example_of_places(self, tok) -> bool:
        """`tok` (a first conjunct) is named as an example of places: 'neighbourhoods such as X, Y
        and Z', 'districts including X', 'towns like X' (a place noun of actor_cues.json)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("as", "including", "like"):
            return False
        prep = tok.head
        if prep.lower_ == "as" and not any(ch.lower_ == "such" for ch in prep.children):
            return False
        return prep.head.lemma_.lower() in self.tables.cue("place_nouns")

    def _a_persons_name(self, c: Cand) -> bool:
        """The document names a person of this name: 'Viktor Lund ... alongside Lund' (a town's
        name is a surname too)."""
        key = cached_name_key(self.st.text[c.start:c.end])
        return any(
            e.label_ == "PERSON" and len(e) > 1 and (e.start, e.end) != (c.tok_start, c.tok_end)
            and cached_name_key(e.text).endswith(" " + key)
            for e in self.st.ents
        )

    def _known_town(self, surface: str) -> bool:
        """'flights to Tarvik', 'hospitals in Tarvik and Lenz': the name (or one of the names it
        joins with 'and') is a town or city of GeoNames (data/geonames_cities.txt), and no
        English word, organisation head word or given name that a person or a body could bear
        ('Post', 'Alliance', 'Victoria')."""
        key = cached_name_key(surface)
        if not key:
            return False
        towns, common, given = geonames_towns(), self.common_words, first_names()
        return any(
            part in towns and part not in ORG_HEADS_SET and not given.intersection(words)
            and not common.intersection(words)
            for part in key.split(" and ") for words in [part.split()]
        )

    def _gazetteer_place(self, surface: str) -> bool:
        """A name of two words or more that is, whole, a town of GeoNames or a province, state or
        county of ISO 3166-2, with no organisation head word ("Quang Nam", "Long Bien"). The whole
        name must match: its words may be given names ("Long", "Thanh") as a town's often are."""
        key = cached_name_key(surface)
        words = key.split()
        return len(words) >= 2 and not ORG_HEADS_SET.intersection(words) and (
            key in geonames_towns() or key in subdivision_countries())

    def _gazetteer_place_after_prep(self, doc: Doc, c: Cand) -> bool:
        """A name with no title, after a preposition of place, that a gazetteer lists whole:
        "floods in Quang Nam", "villages near Nakhon Ratchasima", "buses to Gia Lam" (a province,
        state or county of ISO 3166-2, or a town of GeoNames, in two words or more, whatever its
        first word); "a detour via Valmorra del Pi", "a trawler off Kestaval" (a village or small
        town of GeoNames, `_small_place`)."""
        if c.titles:
            return False
        tok = first_conjunct(self._root(doc, c))
        if tok.dep_ != "pobj":
            return False
        prep = tok.head.lower_
        if c.tok_end - c.tok_start > 1 and prep in _WHERE_PREPS and self._gazetteer_place(self.st.text[c.start:c.end]):
            return True
        return prep in _SMALL_PLACE_PREPS and self._small_place(c)

    def _small_place(self, c: Cand) -> bool:
        """The candidate's whole name is a populated place of GeoNames' smaller ones
        (data/geonames_places.txt) with no organisation head word; a one-word name also no English
        word and no given name, and no surname of a person the document names."""
        key = cached_name_key(self.st.text[c.start:c.end])
        words = key.split()
        if not words or key not in geonames_places() or ORG_HEADS_SET.intersection(words):
            return False
        if len(words) > 1:
            return True
        return not (words[0] in self.vocab or self.common_words.intersection(words)
                    or first_names().intersection(words) or self._a_persons_name(c))

    def _conjunct_name(self, tok) -> str:
        """The name a conjunct token heads: the named entity holding it, else the token with the
        Title-Case proper nouns compounded before it ("Ba" + "Dinh")."""
        for ent in self.st.ents:
            if ent.start <= tok.i < ent.end:
                return ent.text
        start = tok.i
        kids = {t.i for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.is_title}
        while start - 1 in kids:
            start -= 1
        return tok.doc[start:tok.i + 1].text

    def _coordinated_with_place(self, doc: Doc, c: Cand, first) -> bool:
        """'between Carvo and Lindmark', 'in Lindmark and Oslo', 'the Ardel and Varna plains': names
        joined by 'and'/'or' are of one kind, so a name coordinated with a place (an entity the
        model tags GPE/LOC, or a country, city or region of the tables) is a place too where the
        phrase is a location (the first conjunct follows a place preposition); and names joined
        before a place noun name such places."""
        conjuncts = [first, *(t for t in first.children if t.dep_ == "conj")]
        conjuncts += [t for k in conjuncts[1:] for t in k.children if t.dep_ == "conj"]
        places = self.tables.cue("place_nouns")
        listed = len(conjuncts) > 1 or c.tok_end < len(doc) and doc[c.tok_end].text == ","
        if listed and first.dep_ in ("compound", "nmod") and (first.head.lower_ in places or first.head.lemma_ in places) \
                and first.head.is_lower and first.head.i > first.i:
            return True  # "the Ardel and Varna plains", "Ardel, Varna districts": a list of the plains' names
        if len(conjuncts) < 2:
            return False
        if any(ch.dep_ == "appos" and ch.is_lower and ch.lemma_ in places for ch in first.children):
            return True  # "Ardel, Varna and Lenz districts", parsed as an apposition to the first
        last = max(conjuncts, key=lambda t: t.i)
        after = last.i + 1
        while after < len(doc) and doc[after].ent_iob_ == "I":
            after += 1  # past the last conjunct's name
        if last.pos_ == "PROPN" and last.is_title and after < len(doc) and doc[after].is_lower \
                and doc[after].pos_ == "NOUN" and doc[after].lemma_ in places:
            return True  # "Ardel, Varna and Lenz districts": the place noun after the last name is every name's
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in places:
            return True  # "the islands of Ardel, Varna and Lenz": each of them one of those places
        if any(not c.tok_start <= t.i < c.tok_end and t.is_title and (
                self._known_town(name) or self._gazetteer_place(name))
               for t in conjuncts for name in [self._conjunct_name(t)]):
            return True  # "Tarvik, Lenz and Ardel", "Cau Giay and Long Bien": joined with a town of GeoNames, a town too
        if not (first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS):
            return False
        for t in conjuncts:
            if c.tok_start <= t.i < c.tok_end:
                continue
            if t.ent_type_ in ("GPE", "LOC"):
                return True
            entry = self.tables.aliases.get(cached_name_key(self._conjunct_name(t)))
            if entry is not None and entry.kind in ("country", "capital", "city", "region"):
                return True
            name = self._conjunct_name(t)
            if t.is_title and (self._known_town(name) or self._gazetteer_place(name)):
                return True
        return False

    def _after_place_prep(self, doc: Doc, c: Cand) -> bool:
        root = self._root(doc, c)
        return root.dep_ == "pobj" and root.head.lower_ in LOC_PREPS

    def _located_here(self, doc: Doc, c: Cand) -> bool:
        """The mention (or the first name of the list it is in) is where something is: the object
        of a preposition of place (`_PLACE_ONLY`: "clinics in Varna and Tolbo", "a villa near
        Escarra"), or of "on" after a noun whose commonest sense is a made thing, a location or a
        part of the land ("two hotels on Pelora", "farms on Oskay and Tern"). Not "at", which
        also names an employer or a venue ("an engineer at Tolvane Kessler"); not "into",
        "towards" or "on" after other nouns or a verb, which name the target of an act ("an
        inquiry into X", "pressure on X", "called on X"); not "in" after a noun for a person
        ("a champion in X", "a successor in X")."""
        tok = first_conjunct(self._root(doc, c))
        if tok.dep_ != "pobj":
            return False
        prep, head = tok.head.lower_, tok.head.head
        if prep == "on":
            return head.pos_ == "NOUN" and noun_lexfiles(head.lemma_.lower(), 1)[:1] in ((6,), (15,), (17,))
        return prep in _PLACE_ONLY and not (head.pos_ == "NOUN" and noun_lexfiles(head.lemma_.lower(), 1)[:1] == (18,))

    def _widen(self, doc: Doc, c: Cand) -> None:
        """Grow a span over the capitalised words of the longer name it sits in ("Real" + "Madrid")."""
        toks = self.st.tokens
        i = c.tok_start
        while i > 0:
            tok = toks[i - 1]
            if tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and tok.lower_ not in SMALL_WORDS \
                    and not tok.ent_type_:
                i -= 1
                if self._ss(tok):
                    break
                continue
            break
        j = c.tok_end
        while j < len(doc) and toks[j].ent_iob_ == "I" and (toks[j].is_title or toks[j].text in ("-", "–")):
            j += 1
        if j > c.tok_end and toks[j - 1].text in ("-", "–"):
            j -= 1
        c.tok_start, c.tok_end = i, j
        c.start, c.end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1].text)
