"""Coreference and actor records: mentions merged into one canonical Actor per document."""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Optional

from spacy.tokens import Doc

from ...actorids.first_names import is_first_name
from ...actorids.gazetteer import Entry, Tables
from ...actorids.iso import subdivision_countries
from ...actorids.towns import geonames_towns
from ...actorids.names import LEADING_THE, cached_actor_id, cached_name_key, initials, surname_before_given_name
from .state import Cand, DocState
from ...actorids.words import LOWER_HEAD, ORG_HEADS_SET
from ...wordnet_nouns import noun_lexfiles


#: Mentions a region (a continent, sea or area that is no polity: type LOC) needs to be an actor.
#: Measured on the team sets (session 13): every region their annotators list as an actor is
#: named five times or more in its story; every one named one to three times is not listed.
REGION_MENTIONS = 4

#: WordNet's lexicographer files of nouns for made things (noun.artifact: "plant", "hospital")
#: and places (noun.location: "district", "town").
_ARTIFACT_FILE, _LOCATION_FILE = 6, 15


#: What actor_cues.json's org_only_nouns lists that a person may own as well, read after "of"
#: ("the shares of X", "the headquarters of X": a shareholder, a politician's campaign).
_HELD_BY_PEOPLE_TOO = frozenset({"shares", "shareholders", "share price", "stock", "headquarters", "annual report"})


class Merge:
    """Merge candidate mentions into actors."""

    tables: Tables
    st: DocState

    def _merge(self, doc: Doc, cands: list[Cand]) -> tuple[list[dict], dict[tuple[int, int], str]]:
        text = self.st.text
        self._relabel_by_name(doc, cands)
        self._relabel_by_majority(cands)
        self._short_org_names(cands)
        self._of_tail_names(cands)
        self._inner_org_names(cands)  # (inner_names.py)
        self._initials_of_names(cands)
        # persons: full names first, then surname/partial mentions join a full name
        full = _full_names(text, [c for c in cands if c.label == "PERSON" and c.entry is None])

        by_id: dict[str, dict] = {}
        spans: dict[tuple[int, int], str] = {}
        locations: dict[str, bool] = {}  # every mention is a place or a modifier
        modifiers: dict[str, bool] = {}  # every mention is a modifier ("Boeing 737", "the X volcano")
        place_like: dict[str, bool] = {}
        placed: dict[str, bool] = {}  # a mistagged PERSON/ORG with place evidence ...
        acting: dict[str, bool] = {}  # ... and no mention that acts
        in_place: dict[str, bool] = {}  # every mention is a location or follows "in", "near" ...
        things: dict[str, bool] = {}  # a mention names a plan, law or event ("the X plan") ...
        located: dict[str, bool] = {}  # every mention is where something is ("hotels on X")
        for c in cands:
            surface = text[c.start:c.end]
            same = c.same_as  # a body described by its kind, named elsewhere in the document
            name, typ = self._name_and_type(c, surface, full) if same is None \
                else self._name_and_type(same, text[same.start:same.end], full)
            aid = cached_actor_id(name)
            actor = by_id.get(aid)
            if actor is None:
                actor = by_id[aid] = {"id": aid, "name": name, "type": typ, "aliases": [], "titles": [],
                                      "mentions": []}
                locations[aid] = modifiers[aid] = True
                place_like[aid] = False
            if c.role not in ("location", "modifier"):
                locations[aid] = False
            if c.role != "modifier" and not c.classifier:  # (or qualifies a thing: "the X volcano")
                modifiers[aid] = False
            if c.entry is not None and c.entry.kind == "group":
                place_like[aid] = True
            # an unknown name the model also tagged as a place where something happens
            in_place[aid] = in_place.get(aid, True) and (c.role == "location" or self._after_place_prep(doc, c))
            placed[aid] = placed.get(aid, False) or c.place or (
                c.entry is None and c.label in ("GPE", "LOC") and c.role == "location")
            acting[aid] = acting.get(aid, False) or c.acts or c.entry is not None
            things[aid] = things.get(aid, False) or c.thing
            located[aid] = located.get(aid, True) and c.entry is None and self._located_here(doc, c)
            self._add_aliases(actor["aliases"], c, surface)
            for title in c.titles:
                if title not in actor["titles"]:
                    actor["titles"].append(title)
            if (c.start, c.end) not in spans:
                actor["mentions"].append({"start": c.start, "end": c.end, "text": surface})
                spans[(c.start, c.end)] = aid
        # "the province will close the beach": a description that acts makes its actor act
        for aid in self._link_definites(doc, cands, by_id, spans, acting):
            locations[aid] = modifiers[aid] = False
            acting[aid] = True
        # a name the model calls a person's that is only ever where something is, and never acts
        # nor holds a title ("guest houses on Pelora"), is a place's: English locates nothing in
        # a person. A name of two words or more stays a person's (a given name and a surname:
        # the parse may join a person's name to a town's list)
        for aid, actor in by_id.items():
            if actor["type"] == "PERSON" and located.get(aid) and not actor["titles"] and " " not in actor["name"].strip():
                placed[aid] = True
        return self._kept_actors(by_id, spans, locations, modifiers, place_like, placed, acting, in_place, things)

    def _initials_of_names(self, cands: list[Cand]) -> None:
        """An acronym the document writes without defining it (a wire's "(NPW)" in the dateline,
        "the UVT" in a headline) that spells the initials (`names.initials`: three letters or
        more, small words and name particles skipped) of exactly one body's name the same
        document writes in full ("Nordic Press Wire") is that body, as "(NPW)" after the name
        would say."""
        text = self.st.text
        full: dict[str, set[str]] = {}
        for c in cands:
            if c.label != "ORG" and (c.entry is None or c.entry.type != "ORG"):
                continue
            letters = initials(text[c.start:c.end])
            if letters is not None:
                name, _ = self._name_and_type(c, text[c.start:c.end], [])
                full.setdefault(letters, set()).add(name)
        for c in cands:
            surface = text[c.start:c.end]
            names = full.get(surface)
            own = c.entry is None or c.entry.name.upper() == surface  # no table's reading of the letters
            if own and 3 <= len(surface) <= 6 and surface.isalpha() and surface.isupper() \
                    and names is not None and len(names) == 1:
                c.entry, c.label = Entry(next(iter(names)), "ORG", "org"), "ORG"  # the body's own name

    def _relabel_by_name(self, doc: Doc, cands: list[Cand]) -> None:
        """Labels corrected (in place) from how the same name stands elsewhere in the document: a
        party's name, an organisation introduced by its kind, a person's surname."""
        text = self.st.text
        self._kinds_from_neighbours(doc, cands)  # "the mine's operator, X"; "X Hydro and Y"
        # "the X party" elsewhere: a one-word PERSON X ("X deputy Jane Doe") is the party
        parties = {cached_name_key(text[c.start:c.end]) for c in cands if c.party}
        for c in cands:
            if c.label == "PERSON" and c.entry is None and c.tok_end - c.tok_start == 1 \
                    and cached_name_key(text[c.start:c.end]) in parties:
                c.label = "ORG"
        # a name the text introduces by an organisation's kind ("the drugmaker X"), or that owns
        # what only an organisation has ("X chief executive Jane Doe", "X shares fell"), is that
        # organisation wherever the model called it a person ("X said")
        kinds = {cached_name_key(text[c.start:c.end]) for c in cands if c.kind_before or self._owner_after_of(doc, c)} \
            | self._org_owners(cands)
        for c in cands:
            key = cached_name_key(text[c.start:c.end])
            if (c.label == "PERSON" and not c.titles or self._unknown_place(c, key)) and c.entry is None and key in kinds:
                c.label = "ORG"  # ... and a place or a people no gazetteer knows ("X's managing director")
                if c.role == "location":
                    c.role = "actor"
        self._first_word_orgs(cands)  # "Tolvane Resources" ... "Tolvane said" (ORG)
        # a surname the model tagged ORG/GPE in one place and PERSON in another is the person
        person_words = {
            w for c in cands if c.label == "PERSON" and c.entry is None
            for w in cached_name_key(text[c.start:c.end]).split()
        }
        # ... and so is one written word the tokenizer splits ("Mensah-Boateng" for "Kofi
        # Mensah-Boateng"): the surname that ends a person's name
        person_tails = {
            " ".join(words[k:]) for c in cands if c.label == "PERSON" and c.entry is None
            for words in [cached_name_key(text[c.start:c.end]).split()] for k in range(1, len(words))
        }
        # ... and so are the first two words or more of a person's name of three or more ("Ratu
        # Josefa" after "Ratu Josefa Naivalu"): where a title or a given name leads, as Fijian,
        # Samoan or Indonesian usage does, a later mention keeps the first words, not the last
        person_tails |= {
            " ".join(words[:k]) for c in cands if c.label == "PERSON" and c.entry is None
            for words in [cached_name_key(text[c.start:c.end]).split()] for k in range(2, len(words))
            if not any(map(self._english_word, words[k:]))  # "Marta Quist" of "Marta Quist Holdings": a firm
        }
        # ... and so are the last two or three words of a person's name ("Ondo Mba" after "Jean-Marc
        # Ondo Mba"): a double surname, written alone as a single one is
        for c in cands:
            if c.entry is None and c.label != "PERSON":
                key = cached_name_key(text[c.start:c.end])
                one_word = c.tok_end - c.tok_start == 1 or " " not in text[c.start:c.end] and c.tok_end - c.tok_start <= 3
                if one_word and key in person_words or (one_word or 2 <= len(key.split()) <= 3) and key in person_tails:
                    if self._acts_here(doc, c):
                        c.acts = True  # "according to X"
                    elif c.label in ("GPE", "LOC") and c.role == "location":
                        c.place = True  # "the island of X" is a place whatever else the model says
                    c.label = "PERSON"
                    c.role = "actor"

    def _first_word_orgs(self, cands: list[Cand]) -> None:
        """A name of two words or more, with no title, that the model calls a person is an
        organisation (in place) where the text writes its first word alone as one, in most of
        that word's own mentions ("Tolvane Resources has agreed ... Tolvane said", the model
        tagging "Tolvane" ORG, or ORG by what only an organisation has: "Tolvane chief
        executive"), and never writes its last word alone as a person: news takes a person up
        by the surname, an organisation by the first word of its name."""
        text = self.st.text
        votes: dict[str, Counter] = {}
        for c in cands:
            if c.entry is None and c.tok_end - c.tok_start == 1 and c.label in ("PERSON", "ORG"):
                votes.setdefault(cached_name_key(text[c.start:c.end]), Counter())[c.label] += 1
        if not votes:
            return
        for c in cands:
            if c.label != "PERSON" or c.entry is not None or c.titles or c.tok_end - c.tok_start < 2:
                continue
            words = cached_name_key(text[c.start:c.end]).split()
            if len(words) < 2:
                continue
            first, last = votes.get(words[0]), votes.get(words[-1])
            if first and first["ORG"] > first["PERSON"] and not (last and last["PERSON"]):
                c.label = "ORG"

    def _relabel_by_majority(self, cands: list[Cand]) -> None:
        """One name of two words or more that the model calls an organisation in most places and a
        person in the others is an organisation everywhere ("Kestrel Mobility" ORG twice, PERSON
        once): one name is one entity of one type. A name that opens with a given name keeps its
        person mentions."""
        text = self.st.text
        votes: dict[str, Counter] = {}
        for c in cands:
            if c.entry is None and c.label in ("PERSON", "ORG") and c.tok_end - c.tok_start >= 2 and not c.titles:
                votes.setdefault(cached_name_key(text[c.start:c.end]), Counter())[c.label] += 1
        for c in cands:
            key = cached_name_key(text[c.start:c.end])
            v = votes.get(key)
            if c.label == "PERSON" and v is not None and v["ORG"] > v["PERSON"] and not c.titles \
                    and not is_first_name(key.split()[0]):
                c.label = "ORG"

    def _org_owners(self, cands: list[Cand]) -> set[str]:
        """Name keys of the untitled PERSON candidates (and of GPE/NORP ones no gazetteer knows as a
        place, `_unknown_place`) whose name stands, somewhere in the text,
        right before what only an organisation has (actor_cues.json 'org_only_nouns': "X chief
        executive", "X's board", "X shares")."""
        text = self.st.text
        after = self._org_only_after()
        if after is None:
            return set()
        out: set[str] = set()
        for surface in {text[c.start:c.end] for c in cands if c.label == "PERSON" and c.entry is None and not c.titles
                        or self._unknown_place(c, cached_name_key(text[c.start:c.end]))}:
            if _followed_somewhere(text, surface, after):
                out.add(cached_name_key(surface))
        return out

    def _owner_after_of(self, doc: Doc, c: Cand) -> bool:
        """An untitled name the model calls a person that is the object of "of" or "at" after what
        only an organisation has (actor_cues.json 'org_only_nouns'): "the chief executive of X",
        "the board of X", "the headquarters of the carrier X" (the parse: X, or the noun X stands
        in apposition to, is the `pobj` of that preposition). The form of `_org_owners`' "X chief
        executive" written the other way round: no person has a chief executive or a board."""
        if c.label != "PERSON" or c.entry is not None or c.titles:
            return False
        tok = self._root(doc, c)
        described = [tok.head] if tok.dep_ == "appos" else []
        described += [ch for ch in tok.children if ch.dep_ == "appos"]
        if any(d.pos_ == "NOUN" and noun_lexfiles(d.lemma_.lower(), 1)[:1] == (18,) for d in described):
            return False  # "the shares of X, the mill's former owner": said of a person (WordNet noun.person)
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.is_lower:
            tok = tok.head  # "of the operator X"
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "at"):
            return False
        owned = tok.head.head
        words = [owned.lower_]
        for left in reversed(list(owned.lefts)):
            if left.dep_ not in ("amod", "compound") or left.i != owned.i - len(words):
                break
            words.insert(0, left.lower_)  # "chief executive", "managing director"
        # only the offices and parts of a body: a person has shares and a headquarters too
        nouns = self.tables.cue("org_only_nouns") - _HELD_BY_PEOPLE_TOO
        return any(" ".join(words[k:]) in nouns for k in range(len(words)))

    def _org_only_after(self) -> Optional[re.Pattern]:
        """What follows a name in "X chief executive", "X's board": the table's nouns, compiled
        once per table (None: no such nouns)."""
        nouns = self.tables.cue("org_only_nouns")
        if getattr(self, "_org_only_for", None) is not nouns:
            self._org_only_for = nouns
            self._org_only_re = None if not nouns else re.compile(
                r"(?:['’]s)?\s+(?:" + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + r")\b",
                re.IGNORECASE)
        return self._org_only_re

    def _english_word(self, low: str) -> bool:
        """A lower-case word of English (the model's word list, or a plural of one: "holdings")."""
        return low in self.vocab or self._plural_noun(low)

    def _name_and_type(self, c: Cand, surface: str, full: list[tuple[list[str], str]]) -> tuple[str, str]:
        """The name and type of the actor a candidate stands for: its table entry's, a person's full
        name (`full`, from _full_names), else its surface without a leading "the" or generic word."""
        if c.entry is not None:
            return c.entry.name, c.entry.type
        if c.label == "PERSON":
            return _person_name(self.st.text, c, full, self._english_word), "PERSON"
        name, typ = LEADING_THE.sub("", surface) if c.label != "PERSON" else surface, c.label
        return self._without_generic(name), typ

    def _add_aliases(self, aliases: list[str], c: Cand, surface: str) -> None:
        """A candidate's ways of writing its actor, each once: acronym, surface, the name with the
        "The" the text writes, the title it goes by."""
        if c.acronym and c.acronym not in aliases:
            aliases.append(c.acronym)
        if surface not in aliases:
            aliases.append(surface)
        written = self._written_the(c)
        if written and written not in aliases:
            aliases.append(written)  # "The Associated Press" as the text writes it
        if c.title_text and c.title_text not in aliases:
            aliases.append(c.title_text)
        placed = self._with_place_phrase(c, surface)
        if placed and placed not in aliases:
            aliases.append(placed)  # "the growers' association of X", "the union at the X plant"

    def _with_place_phrase(self, c: Cand, surface: str) -> Optional[str]:
        """The mention of a body or a group with the "of", "in" or "at" phrase after it that says
        which one it is, where that phrase names a place or a body ("the teachers' union in
        Drammen", "the porters' committee at the Ossby paper mill"): how the article names it
        (the parse's prep link from the mention's head; up to six words). The phrase's head is
        a proper noun, or a noun for a made thing or a place with a name before it ("at the
        Vell paper mill"); not a time or an occasion ("at Monday's meeting"). None for a person,
        who is named by a name, and for any other phrase."""
        toks = self.st.tokens
        e = c.tok_end
        if c.label not in ("ORG", "NORP") or e + 1 >= len(toks):
            return None
        prep = toks[e]
        if prep.lower_ not in ("of", "in", "at") or prep.dep_ != "prep" or not c.tok_start <= prep.head.i < e:
            return None
        objs = [ch for ch in prep.children if ch.dep_ == "pobj"]
        if len(objs) != 1:
            return None
        obj = objs[0]
        words = list(obj.subtree)
        if words[0].i != e + 1 or len(words) > 6 or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words) \
                or any(t.ent_type_ in ("DATE", "TIME", "EVENT") for t in words):
            return None
        named_thing = obj.pos_ == "NOUN" and noun_lexfiles(obj.lemma_.lower(), 1)[:1] in ((_ARTIFACT_FILE,), (_LOCATION_FILE,)) \
            and any(t.pos_ == "PROPN" and t.is_title and t.head.i == obj.i for t in words)
        if not (obj.pos_ == "PROPN" and obj.is_title or named_thing):
            return None
        last = words[-1]
        return surface + self.st.text[c.end:last.idx + len(last.text)]

    def _kept_actors(self, by_id: dict, spans: dict, locations: dict, modifiers: dict, place_like: dict,
                     placed: dict, acting: dict, in_place: dict, things: dict) -> tuple[list[dict], dict]:
        """The actors kept, with their types settled, and the mention spans of those kept."""
        # places that only ever appear as locations are not actors
        actors = []
        for aid, actor in by_id.items():
            typ = actor["type"]
            if locations.get(aid) and (typ in ("GPE", "LOC") or place_like.get(aid)) or modifiers.get(aid) \
                    or placed.get(aid) and not acting.get(aid) and (
                        typ in ("PERSON", "ORG") or typ in ("GPE", "LOC") and in_place.get(aid)) \
                    or things.get(aid) and not acting.get(aid):
                # ... and no mention of it acts ("the X plan" and "under X": the plan, not a body)
                for m in actor["mentions"]:
                    spans.pop((m["start"], m["end"]), None)
                continue
            if typ == "LOC" and len(actor["mentions"]) < REGION_MENTIONS:
                # a continent, sea or region (no polity: the model's LOC, a region of the table)
                # named in passing is where something happens or goes, even as a subject
                # ("cargo bound for northern Europe", "as Asia seeks more gas"): an actor only
                # in a story about it, which names it again and again
                for m in actor["mentions"]:
                    spans.pop((m["start"], m["end"]), None)
                continue
            if typ == "LOC" or typ in ("PERSON", "ORG") and (
                    self._a_town_acting(actor) or placed.get(aid) and self._a_province(actor)):
                # a region kept as an actor acts in the text ("Europe must rearm", "Asia's
                # buyers balked"): a place that acts is a polity or its people, a GPE; so is a
                # one-word name the model called a person or a company that is a town of GeoNames
                # ("hospitals in X ... X has asked for help"), and a province's name of several
                # words that the text also shows as a place ("floods in Quang Nam ... Quang Nam
                # has evacuated")
                actor["type"] = "GPE"
            actors.append(actor)
        return actors, spans

    def _a_town_acting(self, actor: dict) -> bool:
        """A one-word name with no title that is a town of GeoNames (`_known_town`: no English
        word, given name or organisation head) or a first-level subdivision of ISO 3166-2
        (pycountry: a province, state or county), and no surname of a person the document names."""
        name = actor["name"]
        if actor["titles"] or " " in name.strip() or not (
                self._known_town(name) or cached_name_key(name) in subdivision_countries()):
            return False
        key = cached_name_key(name)
        return not any(e.label_ == "PERSON" and len(e) > 1 and cached_name_key(e.text).endswith(" " + key) for e in self.st.ents)

    @staticmethod
    def _a_province(actor: dict) -> bool:
        """A name of two words or more, with no title, that is a province, state or county of
        ISO 3166-2 (pycountry) or a town of GeoNames ("San Lorenzo Alto")."""
        name = actor["name"]
        key = cached_name_key(name)
        return not actor["titles"] and " " in name.strip() and (key in subdivision_countries() or key in geonames_towns())

    def _short_org_names(self, cands: list[Cand]) -> None:
        """'Tolvane Ceramics' ... 'Tolvane said': an organisation is named short by the first word of
        its name. A one-word name no table knows, whatever the model's label, joins the one
        multi-word organisation of the document that starts with that word (none when two do,
        or when a person's name starts or ends with it: news takes a person up by the surname, so
        "Dorin said" beside "Dorin Tech" and "Ana Dorin" may be either; nor when the word is an
        organisation's head noun)."""
        text = self.st.text
        starts: dict[str, set[str]] = {}
        person_first: set[str] = set()
        for c in cands:
            if c.tok_end - c.tok_start < 2 or c.thing:
                continue  # (a product's name, "X Glide 3", is no name of the maker)
            words = cached_name_key(text[c.start:c.end]).split()
            if not words:
                continue
            if c.label == "PERSON" and c.entry is None:
                person_first.update((words[0], words[-1]))
            elif c.label == "ORG" and (c.entry is None or c.entry.kind == "org"):
                name = c.entry.name if c.entry is not None else self._without_generic(LEADING_THE.sub("", text[c.start:c.end]))
                if cached_name_key(name).split()[:1] == words[:1]:
                    starts.setdefault(words[0], set()).add(name)
        if not starts:
            return
        self._prefix_org_names(cands, starts)
        for c in cands:
            if c.entry is not None or c.tok_end - c.tok_start != 1 or c.label not in ("PERSON", "ORG", "GPE"):
                continue
            key = cached_name_key(text[c.start:c.end])
            names = self._fullest(starts.get(key))
            # an organisation's head noun ("the Bank", "the Institute") refers by description, not
            # by a short name: left alone (joining it raised false conflicts in pair comparison)
            # a place the model tagged as one ("Tasmania" beside the "Tasmania Ports Board") is
            # the place an organisation is named after, not a short name of the organisation
            if names and len(names) == 1 and key not in person_first and key not in ORG_HEADS_SET \
                    and not self._named_place(key, c.label):
                c.label = "ORG"
                c.entry = Entry(next(iter(names)), "ORG", "org")
                c.role = "actor"

    def _of_tail_names(self, cands: list[Cand]) -> None:
        """'the Ministry of Fisheries' ... 'Fisheries officials said': a body named "<head> of
        <field>" is named short by its field, written alone and capitalised ("Treasury
        officials", "Fisheries said"). A one-word organisation no table knows joins the one
        organisation of the document whose name ends in "of <that word>" (none when two do)."""
        text = self.st.text
        tails: dict[str, set[str]] = {}
        for c in cands:
            if c.label != "ORG" or c.tok_end - c.tok_start < 3 or c.entry is not None and c.entry.kind != "org":
                continue
            name = c.entry.name if c.entry is not None else self._without_generic(LEADING_THE.sub("", text[c.start:c.end]))
            words = cached_name_key(name).split()
            if len(words) >= 3 and words[-2] == "of" and words[-1] not in ORG_HEADS_SET:
                tails.setdefault(words[-1], set()).add(name)
        if not tails:
            return
        for c in cands:
            if c.entry is not None or c.tok_end - c.tok_start != 1 or c.label != "ORG":
                continue
            names = tails.get(cached_name_key(text[c.start:c.end]))
            if names and len(names) == 1:
                c.entry = Entry(next(iter(names)), "ORG", "org")
                c.role = "actor"

    def _prefix_org_names(self, cands: list[Cand], starts: dict[str, set[str]]) -> None:
        """'Tolvane Heavy' (a headline's) and 'Tolvane Heavy Industries': an organisation's name
        of two or more words that begins the document's one longer organisation name is that
        organisation, named short (the fullest name wins). So is such a name the model calls a
        person ("Pelican Slipway" after "Pelican Slipway Company"), unless a given name or a
        title says it is one ("Anna Berg" beside the "Anna Berg Foundation")."""
        text = self.st.text
        for c in cands:
            if c.entry is not None or c.tok_end - c.tok_start < 2:
                continue
            if c.label != "ORG" and not (c.label == "PERSON" and not c.titles
                                         and not is_first_name(text[c.start:c.end].split()[0])):
                continue
            words = cached_name_key(LEADING_THE.sub("", text[c.start:c.end])).split()
            names = self._fullest(starts.get(words[0])) if words else None
            if not names or len(names) != 1:
                continue
            full = next(iter(names))
            full_words = cached_name_key(full).split()
            if len(full_words) > len(words) and full_words[:len(words)] == words:
                c.entry = Entry(full, "ORG", "org")

    @staticmethod
    def _fullest(names: Optional[set]) -> Optional[set]:
        """{'Tolvane Heavy', 'Tolvane Heavy Industries'} -> {'Tolvane Heavy Industries'}: names of
        which every one begins the longest are one name, written short (a headline's) and in full."""
        if not names or len(names) == 1:
            return names
        longest = max(names, key=len)
        full = cached_name_key(longest).split()
        if all(full[:len(cached_name_key(n).split())] == cached_name_key(n).split() for n in names):
            return {longest}
        return names

    def _named_place(self, key: str, label: str) -> bool:
        """A first-level subdivision of ISO 3166-2 (pycountry), or a town of GeoNames the model
        also tagged as a place."""
        return key in subdivision_countries() or label == "GPE" and self._known_town(key.title())

    def _written_the(self, c: Cand) -> Optional[str]:
        """'The X' when the text writes a capitalised 'The' before the name mid-sentence."""
        s = c.start
        if c.label == "PERSON" or s < 5 or self.st.text[s - 4:s] != "The ":
            return None
        before = self.st.text[max(0, s - 6):s - 4]
        if not before.strip() or before.rstrip()[-1:] in ".!?\"“”:":
            return None  # a sentence or line start: 'The' is ordinary capitalisation
        return self.st.text[s - 4:c.end]

    def _without_generic(self, name: str) -> str:
        """'United Auto Workers union' -> 'United Auto Workers': a trailing lower-case generic word."""
        m = LOWER_HEAD.search(name)
        if m and m.start() > 0 and m.group(1) in self.tables.cue("generic_name_tails"):
            return name[:m.start()].rstrip() or name
        return name


def _short_form(words: list[str], fw: list[str]) -> bool:
    """A short way of writing the full name `fw` (key words): its last words (the surname,
    "Okafor Brandt" of "Lena Okafor-Brandt"), its first words, or its first and last word alone
    (a middle name or the first part of a double surname left out: "Lena Brandt", "Ana Ruiz" of
    "Ana Maria Ruiz"), or the first of two surnames alone (`_first_surname`)."""
    return words == fw[-len(words):] or words == fw[: len(words)] or (
        len(words) == 2 and len(fw) >= 3 and words == [fw[0], fw[-1]]) or _first_surname(words, fw)


def _first_surname(words: list[str], fw: list[str]) -> bool:
    """One word, the last but one of a name of three words or more: the first of two surnames
    ("Herrera" of "Lucia Herrera Condo"). Where a person carries two surnames, the father's then
    the mother's (the Spanish-speaking countries' naming), a later mention gives the first one
    alone; where the order is the other way round (Portuguese), the last one, which `_short_form`
    reads already. A given name is no such word ("Maria" of "Rosa Maria Quent" is her second given
    name, and may be another Maria's): the first-name dictionary (`is_first_name`) says which."""
    return len(words) == 1 and len(fw) >= 3 and words[0] == fw[-2] and not is_first_name(words[0])


def _full_names(text: str, persons: list[Cand]) -> list[tuple[list[str], str]]:
    """(key words, display name) of each person named in full: the longest names first; a name
    that is a short form of one already listed (`_short_form`) is a partial mention of it."""
    full: list[tuple[list[str], str]] = []
    for c in sorted(persons, key=lambda c: -len(cached_name_key(text[c.start:c.end]).split())):
        words = cached_name_key(text[c.start:c.end]).split()
        if not words:
            continue
        if any(_short_form(words, fw) for fw, _ in full):
            continue
        full.append((words, text[c.start:c.end]))
    return full


def _person_name(text: str, c: Cand, full: list[tuple[list[str], str]],
                 english: Callable[[str], bool] = lambda w: True) -> str:
    """The longest full name a person's mention ends (a surname), or is the first word of, or
    gives the first and last word of ("Lena Brandt" of "Lena Okafor-Brandt"), or the first of the
    two surnames of (`_first_surname`), or is the first
    words of where the words left are no English word (`english`: "Ratu Josefa" of "Ratu Josefa
    Naivalu", not "Marta Quist" of "Marta Quist Holdings"); else the mention as written."""
    words = cached_name_key(text[c.start:c.end]).split()
    best = None
    for fw, disp in full:
        if words == fw[-len(words):] or (len(words) == 1 and words == fw[:1] and len(fw) > 1) \
                or len(words) < len(fw) and words == fw[:len(words)] and not any(map(english, fw[len(words):])) \
                or len(words) == 2 and len(fw) >= 3 and words == [fw[0], fw[-1]] \
                or _first_surname(words, fw) \
                or len(words) == 1 and words[0] == surname_before_given_name(disp):
            if best is None or len(fw) > len(best[0]):
                best = (fw, disp)
    return best[1] if best else text[c.start:c.end]


def _followed_somewhere(text: str, surface: str, after: re.Pattern) -> bool:
    """Whether `surface`, at the start of a word (no word character before it), is followed by
    `after` somewhere in `text`: the matches of `re.finditer(r"(?<!\\w)" + re.escape(surface), text)`
    tried in order, found with str.find (a regex opening with a look-behind tries every position
    of the text)."""
    pos = 0
    while True:
        i = text.find(surface, pos)
        if i < 0:
            return False
        if i and _WORD_CHAR.match(text, i - 1):
            pos = i + 1  # the look-behind fails here: the scan moves on one character
            continue
        if after.match(text, i + len(surface)):
            return True
        pos = i + len(surface) or i + 1  # finditer resumes after a match (never at an empty one)


_WORD_CHAR = re.compile(r"\w")
