"""Person or organisation: evidence from the name itself and its apposition, over the model's label.

The small model often calls an unknown company a person ("Kaira Metals said") and a person an
organisation ("Its president, Helena Sarmento, said"). Three facts of English names and news
style decide instead, each only for a name no table knows:

* a title in apposition names a person: "its chief executive, Jane Doe," / "said Jane Doe, the
  union's spokeswoman" (the parse's `appos` link to a title word of data/titles.txt), unless a
  made thing holds the title ("the ship's manager, X": the company that runs the ship); so does
  a title of the title table before the name ("Transport Minister Jo Helms"), which no plural or
  coined-word evidence below overrules;
* a given name first (the first-name dictionary, `actorids.first_names`) and no organisation word
  after it: "Helena Sarmento", "Stelios Georgiou"; a given name that is also a place's name
  counts where no other word of the name is English and the whole is no province or town
  ("Georgia Papadakis", "Jordan Mbeki"; not "Nova Scotia", "Victoria Falls");
* a plural common noun last names what a company makes or runs, not a family: "Kaira Metals",
  "X Box Terminals", "X Events" (the model's own English word list), unless the name starts
  with a given name ("Tyra Banks", "Tiger Woods");
* so does a common noun after a coined first word that is neither a given name nor an English
  word ("Kestrel Dairy" is a brand; "Tim Cook", "Red Fox" are not turned).

Before that, a name grows over a given name the model left out ("said Per Lindqvist" tagged
"Lindqvist"; "Its chairman, Anders Berglöf,"; a person's two words, "Ana Lúcia Ximenes" tagged
"Lúcia Ximenes") and loses a capitalised role noun the model took in at a sentence start
("Organiser Jan de Vries said" -> "Jan de Vries"); and a given name and a surname the model did
not tag at all are a person's name wherever they stand (`_add_given_names`).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...actorids.first_names import first_names
from ...actorids.iso import subdivision_countries
from ...actorids.towns import geonames_places, geonames_towns
from ..quotes.persons import person_nouns
from ...wordnet_nouns import noun_lexfiles
from ...actorids.gazetteer import Tables
from ...actorids.names import cached_name_key
from ...actorids.words import LOC_PREPS, ORG_HEADS_SET, PARTICLES, SMALL_WORDS
from .layout import Layout
from .state import Cand, DocState


#: The model's labels of a span that may still be a person's name it misread (or none at all).
_UNTAGGED = frozenset({"", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})

#: Nouns that head the name of a body or a venue and may come first in it ("Zoo Antwerpen",
#: "Museum Folkwang", "Club Brugge", "Radio Nova"); no given name is among them.
HEAD_FIRST = frozenset("zoo museum club hotel hospital theatre theater radio clinic academy".split())


#: Prepositions of place or motion before a name: what follows is where something is or goes.
_PLACE_CUES = LOC_PREPS | {"from", "to", "through"}

#: "Saint" and its abbreviations opening a name written with a space ("St Helier", "Sainte Anne";
#: not the surname "Saint-Pierre"): places, churches and schools are named so, living people not.
_SAINT = frozenset({"st", "saint", "ste", "sainte"})

#: WordNet's lexicographer file of nouns that name a made thing (noun.artifact: "ship", "mine",
#: "stadium", "hotel").
_ARTIFACT_FILE = 6

#: WordNet's lexicographer file of nouns that name a person (noun.person: "nurse", "trader").
_PERSON_FILE = 18


def name_words(tokens) -> list[str]:
    """The words of a name, a hyphenated word as one ("Yaw Dapaah-Kwei" -> ["Yaw", "Dapaah-Kwei"]):
    the tokenizer splits a hyphen that joins two capitalised parts of a surname or a given name."""
    words: list[str] = []
    glue = False
    for t in tokens:
        if t.text in ("-", "‑") and words and not t.whitespace_ and t.i > tokens.start and not tokens.doc[t.i - 1].whitespace_:
            words[-1] += "-"
            glue = True
            continue
        if glue:
            words[-1] += t.text
        else:
            words.append(t.text)
        glue = False
    return words


def given_or_unlisted(vocab: frozenset, first: str, *others: str) -> bool:
    """Whether a name (its lower-case words) opens with a given name (the first-name dictionary)
    or has no English word (`vocab`) among `first` and `others`: the evidence of a person's name
    the dictionary of given names leaves (it does not hold every language's)."""
    return first in first_names() or not any(w in vocab for w in (first, *others))


def _a_things_role(title) -> bool:
    """'the ship's manager', 'the mine's operator': a title whose holder is a made thing's names
    the company that runs it as often as a person; no evidence of a person."""
    for ch in title.children:
        if ch.dep_ == "poss" and ch.pos_ == "NOUN":
            # either of the noun's first two senses: "vessel" is a container and a ship
            return _ARTIFACT_FILE in noun_lexfiles(ch.lemma_.lower(), 2)
    return False


def _inner_saint(word: str, k: int, words: list[str]) -> bool:
    """"St." or "Ste." inside a name, before its last word: part of a surname ("Mireille St.
    Laurent", "Ana Ste. Croix"), as French and English surnames are written."""
    return 0 < k < len(words) - 1 and word.lower() in ("st.", "ste.")


class Kinds:
    """Relabel PERSON/ORG candidates from the evidence of their names."""

    tables: Tables
    st: DocState
    vocab: frozenset

    def _name_heads_after(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """Grow a person's name the model cut short over the word its last word hangs from: English
        names a person head-last, so in "Energy Minister Abdi Warsame Guled said" the parse makes
        "Ducaale" the head of "Hodan Faarax" (compound) and the subject of "said", while the model
        tagged only "Hodan Faarax". The word taken in is a Title-Case proper noun of the same
        sentence that no entity claims and that is no English word or title ("Hodan Faarax
        Foundation", "Ana Roe Minister" stay as they are)."""
        toks = self.st.tokens
        n = len(doc)
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        for c in cands:
            if c.label != "PERSON" or c.entry is not None:
                continue
            e = c.tok_end
            while e < n and e not in taken and e not in self.st.sent_starts \
                    and toks[e - 1].dep_ in ("compound", "flat") and toks[e - 1].head.i == e \
                    and toks[e - 1].whitespace_ and toks[e].pos_ == "PROPN" and toks[e].is_title and toks[e].is_alpha \
                    and not toks[e].ent_type_ and toks[e].lower_ not in self.vocab \
                    and toks[e].lower_ not in self.tables.title_words:
                taken.add(e)
                e += 1
            if e > c.tok_end:
                c.tok_end, c.end = e, toks[e - 1].idx + len(toks[e - 1].text)
        return cands

    def _given_name_edges(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """Grow a one-word PERSON/ORG over the given name right before it; cut a capitalised
        common noun that opens a sentence before a given name."""
        toks = self.st.tokens
        names = first_names()
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        for c in cands:
            if c.entry is not None or c.label not in ("PERSON", "ORG"):
                continue
            i = c.tok_start
            # a one-word name, or a person's two ("Ana Lúcia Ximenes" tagged "Lúcia Ximenes": a
            # given name with an accent the model leaves out of a three-part name)
            if c.tok_end - i == 1 and self._role_word(toks[i]) and not c.titles:
                # "said Coach Ana Ruiz": the model tags the role noun alone and leaves the name
                # after it untagged; the entity grows over that name (the title step then takes
                # the role off as a title)
                end = self._name_after(i + 1, taken)
                if end is not None:
                    c.tok_end, c.end, c.label = end, toks[end - 1].idx + len(toks[end - 1].text), "PERSON"
                    taken.update(range(i + 1, end))
                continue
            j = i
            while j > 1 and toks[j - 1].lower_ in PARTICLES and toks[j - 1].is_lower and j - 1 not in taken:
                j -= 1  # "Ana dos Santos" tagged "Santos": the particles of a surname, then its given name
            if j < i and c.tok_end - i <= 2 and j - 1 not in taken and toks[j - 1].lower_ in names \
                    and toks[j - 1].is_title and not toks[j - 1].ent_type_:
                c.tok_start, c.start, c.label = j - 1, toks[j - 1].idx, "PERSON"
                taken.update(range(j - 1, i))
                continue
            if c.tok_end - i <= (2 if c.label == "PERSON" else 1) and i > 0 and i - 1 not in taken:
                prev = toks[i - 1]
                if c.tok_end - i == 2 and toks[i].lower_ in names and self._role_word(prev):
                    continue  # "Pastor Elias Monroe": a role before a whole name, not a given name
                if prev.is_title and prev.is_alpha and prev.lower_ in names and not prev.ent_type_ \
                        and prev.lower_ not in SMALL_WORDS \
                        and cached_name_key(toks[i].text) not in self.tables.aliases \
                        and prev.whitespace_ == " " and toks[i].is_title \
                        and (i - 1 not in self.st.sent_starts or prev.lower_ not in self.vocab and not prev.is_stop):
                    c.tok_start, c.start, c.label = i - 1, prev.idx, "PERSON"
                    taken.add(i - 1)
            elif c.tok_end - i >= 3 and c.label == "PERSON" and i in self.st.sent_starts:
                first, second = toks[i], toks[i + 1]
                if first.lower_ in self.vocab and first.lower_ not in names and second.lower_ in names:
                    c.tok_start, c.start = i + 1, second.idx
        return cands

    def _name_after(self, i: int, taken: set) -> Optional[int]:
        """The end of a person's name of two or three untagged Title-Case proper nouns that starts
        at token `i` with a given name of the first-name dictionary and ends in no organisation
        head ("Ana Ruiz" after "Coach"); None where there is none. (A given name that is also an
        English word, "Grace", is one here: the role before it says a person follows.)"""
        toks, n = self.st.tokens, len(self.st.tokens)
        if i >= n or toks[i].lower_ not in first_names():
            return None
        j = i
        while j < n and j - i < 3 and j not in taken and toks[j].is_title and toks[j].is_alpha \
                and toks[j].pos_ == "PROPN" and toks[j].ent_type_ in _UNTAGGED and (j == i or j not in self.st.sent_starts):
            j += 1
        if j - i < 2 or toks[j - 1].lower_ in ORG_HEADS_SET or j < n and toks[j].is_title and toks[j].pos_ == "PROPN":
            return None
        return j

    def _add_given_names(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """A person's name the model left untagged (or read as a product, a work, an event, a
        building or a people) wherever it stands in the body: two to four Title-Case proper nouns
        (name particles between them: "Mateus da Costa"), the first a given name of the
        first-name dictionary that is no English word, the last no English word either, and no
        other capitalised proper noun right before or after ("Dorcas Wanjiru blamed the strike",
        "approved by Ines Mbarga"), or one given name right after a title ("Queen Margarethe").
        `_add_speaking_names` finds such names only as the subject
        of a verb of saying; a given name and a surname are a person wherever they stand. A name
        in a byline or a photo credit is the writer's or the photographer's, not the story's."""
        toks, n = self.st.tokens, len(doc)
        names, vocab = first_names(), self.vocab
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}

        def proper(k: int) -> bool:
            t = toks[k]
            return t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.ent_type_ in _UNTAGGED and k not in taken

        extra: list[Cand] = []
        i = 0
        while i < n:
            tok = toks[i]
            # "Queen Margarethe", "King Harald": a title's last word before a given name (a monarch
            # or a cleric goes by the given name alone)
            titled = i > 0 and i - 1 not in taken and toks[i - 1].is_title and toks[i - 1].lower_ in self._title_heads()
            if not proper(i) or tok.lower_ not in names or tok.lower_ in vocab or tok.lower_ in PARTICLES \
                    or not titled and i > 0 and toks[i - 1].is_title and toks[i - 1].pos_ == "PROPN" \
                    and i - 1 not in self.st.sent_starts:
                i += 1
                continue
            j = i + 1
            while j < n and j - i < 4 and (proper(j) or toks[j].lower_ in PARTICLES and toks[j].ent_type_ in _UNTAGGED
                                            and j not in taken and j + 1 < n and proper(j + 1)):
                j += 1
            last = toks[j - 1]
            if (j - i >= 2 or titled) and last.lower_ not in vocab and not (j < n and toks[j].is_title and toks[j].pos_ == "PROPN") \
                    and layout.kind(tok.idx) == "body":
                extra.append(Cand(tok.idx, last.idx + len(last.text), "PERSON", i, j, layout="body"))
            i = max(j, i + 1)
        return sorted(cands + extra, key=lambda c: c.start) if extra else cands

    def _kind_from_name(self, doc: Doc, c: Cand, tokens) -> None:
        """Set `c.label` to PERSON or ORG where the name's own evidence says so (see the module)."""
        if c.label not in ("PERSON", "ORG", "GPE", "LOC") or c.entry is not None:
            return
        words = name_words(tokens)
        if len(words) >= 2 and words[-1].lower().rstrip(".") in self.tables.cue("legal_forms"):
            c.label = "ORG"  # "Talvera Shipping NV", "X Ltd": a company's legal form ends its name
            return
        if c.label == "PERSON" and not c.titles and self._determined(tokens):
            c.label = "ORG"  # "the Storting voted", "she told the Courier": English writes a person's
            # name with no article, the name of a body, a paper or a ship with "the"
            return
        if c.label == "PERSON" and not c.titles and self._a_places_name(words, tokens):
            c.label = "GPE"
            return
        if c.label == "PERSON" and self._romance_body_name(c, words):
            c.label = "ORG"  # "Transportes de la Sierra", "Diario do Vale": a body named in Spanish or Portuguese
            return
        if c.label == "ORG" and not c.titles and self._particle_name(
                words, lambda: self._titled_apposition(tokens) or self._who_clause(tokens)):
            c.label = "PERSON"  # "Luc de Vries", "Ana dos Santos": a given name, a surname's particles, the surname
            return
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() or _inner_saint(w, k, words)
                                               for k, w in enumerate(words)) \
                or any(w.isupper() for w in words):
            return  # "Bank of X", "ACME Ltd": not a bare two- to four-word name
        lows = [w.lower() for w in words]
        if any(w in SMALL_WORDS for w in lows):
            return
        # a given name that is also an English word or a name particle ("Will", "Le") is no evidence;
        # one that is also a place's name ("Georgia", "Jordan", "Lincoln") is where the other words
        # are no English word and the name no province or town ("Georgia Papadakis"; not "Nova
        # Scotia", "Murray Partners", "Victoria Falls")
        given = lows[0] in first_names() and lows[0] not in PARTICLES and (lows[0] not in self.vocab or (
            lows[0] not in self.common_words and not any(w in self.vocab or self._plural_noun(w) for w in lows[1:])
            and " ".join(lows) not in subdivision_countries() and " ".join(lows) not in geonames_towns()))
        if c.label in ("GPE", "LOC"):  # a place no table knows: a title in apposition makes it a person, and
            # so does a given name before a surname (no English noun, or a word the model calls a
            # person elsewhere in the text), unless GeoNames has the town
            if self._titled_apposition(tokens) or given and not self._known_town(" ".join(words)) \
                    and (not self._common_noun(lows[-1]) or self._tagged_person(lows[-1])):
                c.label = "PERSON"
            return
        if lows[-1] in ORG_HEADS_SET:
            if c.label == "PERSON" and not given:
                c.label = "ORG"  # "X Alliance", "Y Bank" (but "Margaret Court")
            return
        if c.label == "PERSON" and (lows[0] in ORG_HEADS_SET or lows[0] in HEAD_FIRST):
            c.label = "ORG"  # the head noun first, as many languages and brands write it: "Zoo X", "Club X"
            return
        if c.label != "PERSON":
            if self._titled_apposition(tokens) or self._title_before(c) or given and not self._common_noun(lows[-1]) \
                    or not any(self._common_noun(w) and not self._person_word(w) for w in lows) and (
                        self._person_noun_apposition(tokens) or self._who_clause(tokens)):
                # a word for a person in the name is no body's word: surnames are made of them
                # ("Baker", "Fisher", "Shepherd"), the names of firms and teams of things they make or do
                c.label = "PERSON"
            return
        if any(t.split()[-1].lower().rstrip(".") in self.tables.title_words for t in c.titles):
            return  # "Transport Minister Ricardo Helms": a title of the table before a name is a person's
            # (a role word is weaker evidence: "Drugmaker Kaira Pharmaceuticals" is a company)
        if self._said_of_a_person(tokens):
            return  # "For Ama Tetteh, who sells ...", "Ama Tetteh, a weaver,", "the port's manager,
            # Ama Tetteh,": said of a person, so no last word that is also an English noun or
            # looks like a plural ("Haji", "Dairy", "Morales": not morale's) makes a company of it
        if not given and self._plural_noun(lows[-1]):
            c.label = "ORG"
        elif len(lows) == 2 and not c.titles and not {*lows} & first_names() and self._common_noun(lows[-1]) \
                and lows[0] not in self.vocab and not self._titled_apposition(tokens):
            c.label = "ORG"  # "Kestrel Dairy", "Norvik Space": a coined word and what it makes or does

    def _particle_name(self, words: list[str], shown=lambda: False) -> bool:
        """'Luc de Vries', 'Ana dos Santos', 'Jan van der Berg': three to five words, a given name
        (the first-name dictionary) first, then lower-case particles of a surname
        (von, van, de, dos ...) and one or two capitalised words, the last no body's word. Names
        of bodies with such a joiner open with the body's word, not a given name ("Banco de X").
        `shown()`: whether the sentence shows a person (a title in apposition, "who"), which
        stands for a given name the dictionary lacks ("Their coach, Tiaan van Wyk,")."""
        lows = [w.lower() for w in words]
        if not 3 <= len(words) <= 5 or lows[-1] in ORG_HEADS_SET or not words[-1][:1].isupper() \
                or lows[0] in ORG_HEADS_SET or lows[0] in HEAD_FIRST:
            return False
        if lows[0] not in first_names() and not (words[0][:1].isupper() and words[0].isalpha() and shown()):
            return False
        k = 1
        while k < len(words) and words[k].islower() and lows[k] in PARTICLES:
            k += 1
        return k > 1 and 1 <= len(words) - k <= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[k:])

    def _a_places_name(self, words: list[str], tokens) -> bool:
        """A name the model calls a person's that is a place's: one a saint's word opens ("St
        Brelade", "Saint Kitts"; "St Oswin was a king": the saint), or a town GeoNames lists,
        which no given name opens ("Hanga Roa", "Krynica Morska"; `_geonames_place`), right
        after a preposition of place or motion, where the sentence does not say a person (a man
        may bear a town's name: "Shah Alam said ...")."""
        if len(words) >= 2 and words[0].lower().rstrip(".") in _SAINT:
            return not (self._person_noun_apposition(tokens) or self._who_clause(tokens) or self._is_a_person(tokens))
        s = tokens.start
        placed = s > 0 and tokens.doc[s - 1].lower_ in _PLACE_CUES  # "boats moored at Zymna Voda"
        return placed and self._geonames_place(words) and not self._said_of_a_person(tokens)

    def _said_of_a_person(self, tokens) -> bool:
        """The sentence says the name is a person's: "who" takes it up, a noun for a person or a
        title stands in apposition, or it is the subject of "be" with a person as complement."""
        return self._who_clause(tokens) or self._person_noun_apposition(tokens) or self._is_a_person(tokens) \
            or self._titled_apposition(tokens)

    @staticmethod
    def _geonames_place(words: list[str]) -> bool:
        """Two or three capitalised words that GeoNames lists as a populated place (a town of 1,000
        people or more: data/geonames_cities.txt, geonames_places.txt), the first no given name of
        the first-name dictionary: a place's name the model took for a person's. One word is not
        enough (towns are named "Mohan", "Shirley", "Brooke"), nor a name a given name opens
        ("Juan Diaz" is a town and a man)."""
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
                or words[0].lower() in first_names():
            return False
        key = cached_name_key(" ".join(words))
        return key in geonames_towns() or key in geonames_places()

    @staticmethod
    def _determined(tokens) -> bool:
        """The name heads a noun phrase whose determiner is the "the" right before it (the parse's
        `det` link: "the Storting", "told the Courier"). A name that only qualifies the noun after
        it ("the Ruiz report", "the Ortega family") leaves "the" to that noun; a word between them
        ("the late X", "the engineer X") is a description of a person, not an article of the name."""
        s = tokens.start
        if s == 0:
            return False
        before = tokens.doc[s - 1]
        root = tokens.root
        return before.lower_ == "the" and before.dep_ == "det" and before.head.i == root.i

    def _romance_body_name(self, c: Cand, words: list[str]) -> bool:
        """'Transportes de la Sierra', 'Diario do Vale', 'Ecos del Litoral': a name of one or two
        capitalised words, a Romance joiner ("de", "del", "da", "do": actor_cues.json
        'romance_name_joiners') and capitalised words after it, whose first word is no given name
        (the first-name dictionary) and no saint's word ("San", "Santa": a place), names a body:
        a person's name with a joiner starts with a given name ("Luis Ortega de la Peña"). Not a
        town of GeoNames, nor the surname of a person the document names in full ("Ortega de la
        Peña" after "Luis Ortega de la Peña")."""
        if c.titles or len(words) < 3:
            return False
        joiners = self.tables.cue("romance_name_joiners") - {"e", "et", "y"}
        lows = [w.lower() for w in words]
        k = next((i for i, w in enumerate(lows) if w in joiners), None)
        if k is None or not 1 <= k <= 2 or not words[-1][:1].isupper() \
                or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[:k]):
            return False
        first = lows[0]
        if first in first_names() or first in _SAINT or first in ("san", "santo", "são", "sao") \
                or " ".join(lows) in geonames_towns():
            return False
        key = cached_name_key(self.st.text[c.start:c.end])
        return not any(e.label_ == "PERSON" and len(e) > len(words) and cached_name_key(e.text).endswith(" " + key)
                       for e in self.st.ents)

    def _title_before(self, c: Cand) -> bool:
        """The last word of a title of the table, the office itself, whose commonest WordNet sense
        is a kind of person, right before the name ("commission chairwoman X", "Mayor X"; not
        "the" or "of" of a longer title, nor "state" of "Secretary of State"): what comes after
        it is a person's name, even one whose words are also English nouns."""
        if c.tok_start == 0:
            return False
        low = self.st.tokens[c.tok_start - 1].lower_
        return low in self._title_heads() and low in person_nouns()

    def _kinds_from_neighbours(self, doc: Doc, cands: list[Cand]) -> None:
        """An unknown name the model calls a person is an organisation (in place) where its
        neighbours in the sentence say so, and nothing in the name says person (no given name, no
        word of another person the document names in full, no title but a made thing's role):

        * it stands in apposition to a role a made thing holds ("the mine's operator, X", "X, the
          tanker's manager"): the company that runs the thing (`_a_things_role`);
        * it is coordinated with an organisation ("X, Y Hydro and Z Energi", "only X and Y Air"):
          a list names things of one kind."""
        text = self.st.text
        names = first_names()
        full_names = {
            key for c in cands if c.label == "PERSON" and c.entry is None
            for key in [cached_name_key(text[c.start:c.end])] if " " in key
        }
        by_root: dict[int, Cand] = {}
        for c in cands:
            by_root.setdefault(self._root(doc, c).i, c)
        for _ in range(3):  # a list's kind passes along it: "X Hydro, Y and Z"
            changed = False
            for c in cands:
                if c.label != "PERSON" or c.entry is not None:
                    continue
                key = cached_name_key(text[c.start:c.end])
                words = key.split()
                others = {w for name in full_names if name != key for w in name.split()}
                if not words or any(w in names or w in others for w in words):
                    continue
                root = self._root(doc, c)
                partners = [root.head] if root.dep_ == "conj" else []
                partners += [ch for ch in root.children if ch.dep_ == "conj"]
                org_partner = any(by_root.get(p.i) is not None and by_root[p.i].label == "ORG" for p in partners)
                roles = [root.head] if root.dep_ == "appos" else []
                roles += [ch for ch in root.children if ch.dep_ == "appos"]
                # a made thing's role that is a person's title too ("the ship's manager") needs a
                # WordNet noun in the name as well ("X Ship Management"), not a foreign surname
                things_role = any(r.pos_ == "NOUN" and _a_things_role(r) and (
                    r.lower_ not in self.tables.title_words or noun_lexfiles(words[-1], 1)) for r in roles)
                if org_partner and not c.titles or things_role:  # the made thing's role may be its title
                    c.label, changed = "ORG", True
            if not changed:
                break

    def _tagged_person(self, low: str) -> bool:
        """The model tags this one word a person somewhere in the document ('Vlad said')."""
        return any(e.label_ == "PERSON" and len(e) == 1 and e.text.lower() == low for e in self.st.ents)

    def _titled_apposition(self, tokens) -> bool:
        """'its chief executive, Jane Doe,' (the name hangs from the title) or 'Jane Doe, the
        union's spokeswoman' (the title hangs from the name)."""
        root = tokens.root
        titles = self.tables.title_words
        if root.dep_ == "appos" and root.head.lower_ in titles:
            return not _a_things_role(root.head)
        return any(ch.dep_ == "appos" and ch.lower_ in titles and not _a_things_role(ch) for ch in root.children)

    def _person_noun_apposition(self, tokens) -> bool:
        """'a fishmonger in Tema, Adjoa Quaye, said', 'Adjoa Quaye, a fishmonger, said': the name in
        apposition to a noun whose most frequent WordNet sense is a person (noun.person) with an
        indefinite article, an individual introduced by what she does. A kind of organisation
        (actor_cues.json 'org_descriptors': "a lender, X", "a supplier, X") is none."""
        root = tokens.root
        nouns = [root.head] if root.dep_ == "appos" else []
        if nouns and nouns[0].dep_ == "pobj" and nouns[0].head.dep_ == "prep":
            nouns.append(nouns[0].head.head)  # "a fishmonger in Tema, X": the parse hangs X from the place
        nouns += [ch for ch in root.children if ch.dep_ == "appos"]
        kinds = self.tables.cue("org_descriptors")
        for noun in nouns:
            low = noun.lemma_.lower()
            if noun.pos_ != "NOUN" or not noun.is_lower or low in kinds or noun.lower_ in kinds:
                continue
            if not any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in noun.children):
                continue
            files = noun_lexfiles(low, 1)
            if files and files[0] == _PERSON_FILE:
                return True
        return False

    @staticmethod
    def _is_a_person(tokens) -> bool:
        """'X was a king', 'X is the trainer': the subject of "be" whose complement is a noun whose
        most frequent WordNet sense is a person."""
        root = tokens.root
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_ != "be":
            return False
        return any(ch.dep_ == "attr" and (noun_lexfiles(ch.lemma_.lower(), 1) or (None,))[0] == _PERSON_FILE
                   for ch in root.head.children)

    @staticmethod
    def _who_clause(tokens) -> bool:
        """'For Nomvula Dube, who has run a salon for nine years, ...': a relative clause opened by
        "who" is said of a person (a body takes "which" or "that")."""
        root = tokens.root
        return any(ch.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in ch.children)
                   for ch in root.children)

    def _common_noun(self, low: str) -> bool:
        return low in self.vocab

    def _person_word(self, low: str) -> bool:
        """A singular noun whose most frequent WordNet sense is a person (noun.person: "baker",
        "fisher", "shepherd"), as many surnames are; a plural ("Traders") names a firm's trade."""
        return not self._plural_noun(low) and noun_lexfiles(low, 1)[:1] == (_PERSON_FILE,)

    def _plural_noun(self, low: str) -> bool:
        """An English plural whose singular is a common noun: 'metals', 'terminals', 'events',
        'keepers', 'lifts', 'industries'. The singular must be in the model's word list and a
        noun of WordNet: the word list also holds proper names ('elli', 'robert'), and a surname
        ending in s ('Ellis', 'Roberts') is no plural."""
        if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
            return False
        vocab = self.vocab
        singulars = (low[:-1], low[:-2] if low.endswith("es") else "", low[:-3] + "y" if low.endswith("ies") else "")
        return any(w and w in vocab and noun_lexfiles(w, 1) for w in singulars)
