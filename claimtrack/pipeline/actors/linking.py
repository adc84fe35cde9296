"""Entity linking: a candidate tied to its table entry, its label corrected, kept or dropped."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ...actorids.first_names import first_names
from ...actorids.gazetteer import Entry, Tables
from ...tables import load_json
from ...parsers.number_tables import currency_codes
from .candidates import MONEY
from .layout import absent_ignorecase
from ...actorids.names import LEADING_THE, cached_name_key
from ...actorids.iso import subdivision_countries
from ...actorids.money_places import currency_full_names
from ...actorids.towns import city_name, geonames_towns
from ...wordnet_nouns import noun_lexfiles
from .lookups import OPENING_QUOTES
from .state import Cand, DocState
from ...actorids.words import (
    AGE_AFTER,
    AROUND_PREPS,
    CONTENT_POS,
    GLUED_DIGITS,
    LOC_PREPS,
    OTHER_NAME_LABELS,
    PLACE_PREPS,
    POSSESSIVE_TOKENS,
)


@lru_cache(maxsize=1)
def _calendar_tables() -> tuple[frozenset, frozenset]:
    """(weekday names, month names) of every language in CLDR, lower-case (data/cldr_month_words.json,
    built from Babel's CLDR by data/tools/cldr_months.py; English ones included)."""
    table = load_json("cldr_month_words.json")
    months = set(table["words"]) | set(table["homographs"])
    return frozenset(table["weekdays"]), frozenset(months)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset:
    """ISO 4217 codes (the number grammar's: currencies.json and CLDR's current codes), the
    currency signs of two or more letters news writes beside a figure (CLDR's local and world
    symbols in data/cldr_currencies.json, currencies.json's symbols and local signs: "FCFA",
    "Le", "Fr.", "TL"; a closing period dropped) and unit symbols of two or more letters
    (units.json: "MW", "GW", "kWh"): what a figure is counted in, never an actor."""
    units = [u for u in load_json("units.json")["symbols"] if len(u) >= 2 and u.isalpha()]
    cldr, written = load_json("cldr_currencies.json"), load_json("currencies.json")
    signs = {sign.rstrip(".") for table in (cldr["symbols"], cldr["world_symbols"], written["symbols"],
                                            written["local_signs"])
             for sign in table if sum(ch.isalpha() for ch in sign) >= 2}
    return currency_codes() | frozenset(units) | frozenset(signs)


#: Organisation descriptors that also describe people ('his rival X', 'investor X'): no evidence.
#: WordNet lexicographer files of nouns that name a field of work or policy ("education": an
#: act, "labour": a group, "health": a state, "energy": a phenomenon, "defence": a process,
#: "justice": an attribute): noun.act, noun.attribute, noun.group, noun.phenomenon,
#: noun.process, noun.state.
_FIELD_FILES = frozenset({4, 7, 14, 19, 22, 26})

#: WordNet's lexicographer files (first sense) of nouns for things nobody makes and places, which a
#: name qualifying them names (`Linking._classifies_a_thing`): noun.animal (5), noun.body (8),
#: noun.food (13), noun.location (15), noun.object (17), noun.plant (20), noun.substance (27). Not
#: noun.artifact (6): a made thing has an owner or a maker, which English names the same way ("the
#: X plant", "an X freighter": X's plant, X's aircraft), so the name may be a body's.
_UNMADE_LEXFILES = frozenset({(5,), (8,), (13,), (15,), (17,), (20,), (27,)})

#: The title that follows a government portfolio's name: "Transport Minister X".
_MINISTER = frozenset({"minister", "ministers"})

_PEOPLE_TOO = frozenset("rival owner investor consultant developer operator broker publisher giant supplier".split())


#: A clock time ending right before a position: "10:30 ", "6:20 p.m. ", "07:15 ".
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s+$", re.IGNORECASE)


#: The most tokens of a name the model tagged PERSON/ORG that may be a place's ("Valmorra del
#: Pi", "Serra d'Oltar": four tokens); longer ones are bodies' names. Names of four tokens are
#: places only by the gazetteers (`_gazetteer_place_after_prep`), as many bodies' are that long.
_PLACE_NAME_TOKENS = 4


class Linking:
    """Resolve candidates against the gazetteer and decide which are actors."""

    tables: Tables
    st: DocState

    def _resolve(self, doc: Doc, c: Cand) -> bool:
        """Attach the table entry, correct the label, and decide whether the span is an actor."""
        t = self.tables
        surface = self.st.text[c.start:c.end]
        key = cached_name_key(surface)
        # the document's own paper, named short ("the Times"), over a table's paper of that name;
        # the page's own outlet (a masthead, a dateline's agency) is an organisation whatever its
        # words name elsewhere ("Cape Lantern": a cape's name opens it, not a feature)
        entry = c.entry if c.paper_short or c.outlet else self.st.acronyms.get(key) or self._table_entry(key)
        if entry is not None and c.label == "PERSON" and key in t.ambiguous_person:
            entry = None
        if self._time_zone(c, surface):
            return False  # "at 6 p.m. MYT", "9:15 EST": a time zone, not Mayotte or Estonia
        if MONEY.search(surface):
            return False  # "fined the firm NZ$40,000": a sum of money, whichever step found the span
        if self._calendar_words(surface):
            return False  # "Mercredi 7", "Onsdag" in a masthead: a weekday in another language
        if entry is not None and entry.kind == "country" and self._field_before(doc, c):
            c.tok_start, c.start, c.label, c.entry = c.tok_start - 1, self.st.tokens[c.tok_start - 1].idx, "ORG", None
            surface = self.st.text[c.start:c.end]
            return self._resolve_unlisted(doc, c, surface, cached_name_key(surface))
        if entry is not None:
            if entry.kind == "demonym":
                return self._demonym_group(doc, c)
            if entry.kind in ("capital", "city", "region") and self._inside_other_name(doc, c):
                return False  # "the Paris Agreement", "Wembley Stadium": part of a treaty's or a venue's name
            if entry.kind == "capital":
                if self._in_longer_name(doc, c):  # "Real Oslo", "Oslo Saint-Olav": a club or firm named after a city
                    self._widen(doc, c)
                    c.label = "ORG" if c.label == "GPE" else c.label
                    if self.st.text[c.start:c.end] != surface:
                        c.entry = None
                    return True
                if self._role(doc, c, LOC_PREPS) == "location" or self._role(doc, c, PLACE_PREPS) == "location" \
                        or self._in_dateline(c) or self._modifier(doc, c):
                    c.entry = Entry(LEADING_THE.sub("", surface), "GPE", "city")
                    c.role = "location"
                elif c.layout in ("byline", "credit") or self._city_described(doc, c):
                    c.entry, c.role = entry, "location"  # "By Jane Roe, Oslo": where the writer is; "Oslo
                    # has been here before": the city described. Either names the story's country as
                    # the capital does (institutions), acting nowhere
                else:
                    c.entry = t.seats.get(key, entry)  # "Brussels has asked ...": the EU, not Belgium
                c.label = c.entry.type
                return True
            c.entry = entry
            c.label = entry.type
            if entry.kind == "country":
                c.role = self._role(doc, c, LOC_PREPS)
            elif entry.kind in ("city", "region"):
                c.role = self._role(doc, c, PLACE_PREPS)
                if entry.kind == "region" and self._possessor(doc, c):
                    c.role = "location"  # "Europe's airlines": the airlines in Europe
            elif entry.kind == "group":
                c.role = self._role(doc, c, LOC_PREPS)  # "across the Baltic states"
            if entry.kind in ("country", "capital", "city", "region", "group", "metonym") and (
                self._in_dateline(c) or self._modifier(doc, c)
            ):
                c.role = "location"
            return True
        return self._resolve_unlisted(doc, c, surface, key)

    def _calendar_words(self, surface: str) -> bool:
        """A weekday's name in any language CLDR lists (data/cldr_month_words.json `weekdays`:
        "Mercredi", "Onsdag", "Luni", "Понедельник"), alone or before a day number and a month
        ("Mercredi 7", "Mercredi 7 janvier"): a date in a masthead or a dateline, never an actor.
        A word that is also English or a name of the gazetteer is left to them (Shona's "China",
        Spanish "Domingo", the English weekdays the model tags as dates itself)."""
        words = surface.split()
        weekdays, months = _calendar_tables()
        first = words[0].lower().rstrip(".,") if words else ""
        if first not in weekdays or first in self.vocab or cached_name_key(words[0]) in self.tables.aliases:
            return False
        rest = [w.lower().rstrip(".,") for w in words[1:]]
        if not rest:
            return True
        return rest[0].isdigit() and all(w.isdigit() or w in months for w in rest)

    def _time_zone(self, c: Cand, surface: str) -> bool:
        """An all-capital code of three or four letters right after a clock time ("6:20 p.m.
        KST", "7:05 MYT") names the time zone the time is given in, whatever else the letters
        spell (ISO 3166 alpha-3 "MYT" is Mayotte, "EST" Estonia)."""
        if not (surface.isupper() and surface.isalpha() and 3 <= len(surface) <= 4):
            return False
        return bool(_CLOCK_BEFORE.search(self.st.text, max(0, c.start - 16), c.start))

    def _resolve_unlisted(self, doc: Doc, c: Cand, surface: str, key: str) -> bool:
        """`_resolve` for a candidate no table lists (`key`: its name key): whether it is an actor,
        from what it names (a storm, an office, a feature, a currency, a thing) and how it is used."""
        t = self.tables
        if key in self.st.storms or (" " in key and key.split()[0] in t.cue("storm_words")):
            return False  # "Typhoon X", then "X": a storm, not a person or an organisation
        if c.label == "ORG" and self._in_title_of(doc, c):
            return False  # "Secretary of State": the office's last word, not an organisation
        if t.non_actor(key, c.label) or GLUED_DIGITS.search(surface):
            return False  # "COVID-19", "Champions League", "COP31", "FTSE 100", "Bank Rate"
        proper = t.feature(key)
        if proper and not self._org_kind_before(c):
            self.st.features.add(proper)
            return False  # "Mount X erupted", "the X Bridge reopened": a place or a structure, not a body
        if key in self.st.features and c.tok_end - c.tok_start == 1:
            return False  # "X" after "Mount X": the same mountain
        if self._currency_code(doc, c):
            return False  # "CZK 200", "500 NOK": an ISO 4217 code beside a number is money
        if key in currency_full_names():
            return False  # "the Chinese yuan", "Swiss francs": a currency's name (CLDR)
        c.thing = self._names_a_thing(doc, c) or self._model_number(c)
        if c.thing:
            c.acts = c.acts or self._acts_here(doc, c)  # "Channel 9 said": one that acts is a body
        if " " in key and key.rsplit(" ", 1)[1] in t.last_unless_acting:
            # "the Rural Water Fund", "the Smart Farms Programme": money or a scheme, an actor only
            # where a mention of it acts ("the X Fund said"; merge drops a thing that never acts)
            c.thing = True
            c.acts = c.acts or self._acts_here(doc, c)
        if " " in key and key.rsplit(" ", 1)[1] in t.last_unless_speaking:
            # "the Harbour Jazz Festival said": an event speaks for those who run it; named only as
            # an event ("films withdrawn from the X Festival") it is none (merge drops a thing
            # that never acts; "the festival said" makes it act: definites)
            c.thing = True
            c.acts = c.acts or self._speaks(self._root(doc, c))
        if key in t.unless_acting:  # a platform or a league: "posted on X", "Ligue 1 appearances"
            return self._acts_here(doc, c) or self._possessor(doc, c)
        tokens = doc[c.tok_start:c.tok_end]
        if c.label != "PERSON" and len(tokens) > 1 and AGE_AFTER.match(self.st.text, c.end) \
                and all(tok.is_title for tok in tokens):
            c.label = "PERSON"  # "Jane Doe, 34, said": a name with an age apposition
            return True
        if self._dropped_lone_word(doc, c, tokens) or self._portfolio_word(c, tokens):
            return False
        described = self.st.described.get(key)
        if described == "thing":
            return False  # "the tanker X", "X, a bronze sculpture": a thing, which does not act
        self._kind_from_name(doc, c, tokens)
        if described == "org" and c.label in ("PERSON", "GPE", "NORP") and not self._personal_title(c) \
                or described == "not a person" and c.label == "PERSON":
            c.label = "ORG"  # "the exporters' association X", "X, a shipping firm", "X, which runs ..."
        if (c.label == "PERSON" or self._unknown_place(c, key)) and len(tokens) <= 4 and not c.titles \
                and self._org_kind_before(c):
            c.label, c.kind_before = "ORG", True  # "the drugmaker X": an organisation named after its kind
            # (a person's title before the name is none: "lawmaker X" is no "drugmaker X")
        return self._resolve_by_label(doc, c, tokens, key)

    def _personal_title(self, c: Cand) -> bool:
        """'Dr. X', 'Commissioner X': a person's title of the title table written right before the
        name (`Cand.titles`), which no organisation bears. An organisation noun the parse hangs
        the name from through a comma ("The school board and its chair, Dr. X, met ...": the
        apposition read as the board's) does not overrule it."""
        return c.label == "PERSON" and any(t.split()[-1].lower().rstrip(".") in self.tables.title_words for t in c.titles)

    @staticmethod
    def _unknown_place(c: Cand, key: str) -> bool:
        """A name the model calls a place or a people (GPE, NORP) that no table, GeoNames town or
        ISO 3166-2 province knows: the evidence that makes an organisation of a name the model
        calls a person makes one of it too ("Spanish telecoms operator X", "X's managing
        director"); a known place keeps its label ("Newcastle", a club named after its city)."""
        return c.label in ("GPE", "NORP") and c.entry is None and key not in geonames_towns() \
            and key not in subdivision_countries()

    def _resolve_by_label(self, doc: Doc, c: Cand, tokens: Span, key: str) -> bool:
        """The end of `_resolve_unlisted`, by the label the candidate has now (`tokens`: its span,
        `key`: its name key): a group (NORP) only as a plural noun, a place's role, the place
        evidence and acts of an organisation or a person."""
        toks = self.st.tokens
        t = self.tables
        if c.label == "NORP":
            root = tokens.root
            if root.dep_ == "amod":
                return False
            # a group named by a plural noun ("Democrats", "Kurds", "the Greens"), not an adjective
            plural = root.tag_ in ("NNPS", "NNS") or (root.tag_ == "NNP" and root.text.endswith("s"))
            if plural and root.lower_.endswith("s") and root.lower_[:-1] in t.cue("party_families"):
                c.label = "ORG"  # "the Greens", "Christian Democrats": a party, an organisation
                i = c.tok_start
                prev = toks[i - 1] if i > 0 else None
                if prev is not None and prev.is_title and prev.is_alpha and prev.whitespace_ \
                        and (prev.ent_type_ == "NORP" or not prev.ent_type_ and i - 1 not in self.st.sent_starts) \
                        and cached_name_key(prev.text) not in t.aliases:
                    c.tok_start, c.start = i - 1, prev.idx  # "Christian" + "Democrats", tagged apart: one name
            return plural
        self._city_label(c, key)
        if c.label in ("GPE", "LOC"):
            c.role = self._role(doc, c, PLACE_PREPS)
            if self._in_dateline(c) or self._modifier(doc, c):
                c.role = "location"
            return True
        if self._modifier(doc, c):
            c.role = "modifier"
        c.classifier = self._classifies_a_thing(doc, c)
        if c.label == "ORG" and len(tokens) == 1 and c.tok_start > 0 and toks[c.tok_start - 1].lower_ in AROUND_PREPS:
            c.label, c.role = "LOC", "location"  # "defenders around X": a place the model called ORG
        if c.label in ("PERSON", "ORG") and 3 < len(tokens) <= _PLACE_NAME_TOKENS:
            c.place = self._gazetteer_place_after_prep(doc, c)  # "a detour via Valmorra del Pi"
        if c.label in ("PERSON", "ORG") and len(tokens) <= 3:
            c.place = self._place_evidence(doc, c)
            c.acts = c.acts or bool(c.titles) or self._acts_here(doc, c)
        return True

    @staticmethod
    def _city_label(c: Cand, key: str) -> None:
        """'Cebu City', which the model may read as a person's name: a GeoNames town named
        "X City" is a place (actorids.towns.city_name)."""
        if c.label in ("PERSON", "ORG") and city_name(key.split()):
            c.label = "GPE"

    def _currency_code(self, doc: Doc, c: Cand) -> bool:
        """An ISO 4217 code, a currency's sign or a unit symbol (`_currency_codes`) written right
        before or after a number ("NOK 2.4bn", "Fr. 3.20", "12 million FCFA", "700 MW"), or
        tagged together with it ("CHF 4.80" as one name): an amount, not an actor."""
        toks = self.st.tokens
        figure = lambda t: t is not None and (t.like_num or t.text[:1].isdigit())  # noqa: E731
        s, e = c.tok_start, c.tok_end
        inner = e
        while inner > s + 1 and figure(toks[inner - 1]):
            inner -= 1  # "CHF 4.80": the figure tagged with the sign
        if inner - s != 1 or toks[s].text.rstrip(".") not in _currency_codes():
            return False
        if inner < e:
            return True
        after = toks[e] if e < len(doc) else None
        if after is not None and after.text == "." and not toks[s].whitespace_ and e + 1 < len(doc):
            after = toks[e + 1]  # "Fr. 3.20": the sign's period is a token of its own
        return figure(toks[s - 1] if s > 0 else None) or figure(after)

    def _org_kind_before(self, c: Cand) -> bool:
        """'research firm X', 'the Swiss drugmaker X', 'the tanker-tracking firm X': a noun naming
        a kind of organisation (actor_cues.json 'org_descriptors', or an English compound ending
        in one: 'drugmaker', 'chipmaker') right before the name, in the same noun phrase."""
        toks = self.st.tokens
        if c.tok_start == 0:
            return False
        before = toks[c.tok_start - 1]
        # (capitalised where a sentence or a dateline's story starts: "... (Wire) - Drugmaker X")
        opens = before.i in self.st.sent_starts or before.i == 0 or toks[before.i - 1].is_punct
        if before.pos_ not in ("NOUN", "PROPN") or before.pos_ == "PROPN" and not opens or not before.is_alpha \
                or not (before.is_lower or opens):
            return False
        # a person may be an operator or an owner; a name the model reads as a place or a people
        # may not, so for it every organisation noun counts
        kinds = self.tables.cue("org_descriptors") - (_PEOPLE_TOO if c.label == "PERSON" else frozenset())
        low = before.lower_
        return low in kinds or any(len(k) >= 5 and low.endswith(k) and len(low) > len(k) + 2 for k in kinds)

    def _model_number(self, c: Cand) -> bool:
        """'the Alvora Sprint 4', 'a Corvane Glide 3': Title-Case words and a number as the last word
        name a model of a made thing (a product, a vehicle, a series); an actor only where a
        mention of it acts (merge drops a thing that never acts). So is anything the model calls
        a person's name that has a figure among its words ("the Tarsa Gold 2 variety", a date
        line "Lunes 3 de marzo de"): no one is named with a number."""
        toks = self.st.tokens
        s, e = c.tok_start, c.tok_end
        if c.label == "PERSON" and c.entry is None and not c.titles:
            return any(ch.isdigit() for t in toks[s:e] for ch in t.text)
        if toks[s].lower_ == "the":
            s += 1
        return c.label == "ORG" and c.entry is None and e - s >= 3 and toks[e - 1].is_digit \
            and all(t.is_title and t.is_alpha for t in toks[s:e - 1])

    def _names_a_thing(self, doc: Doc, c: Cand) -> bool:
        """'the Northwind Compact treaty', 'the ReArm Harbour plan': a name written before a
        lower-case noun of the kinds of named things that cannot act (non_actors.json's
        'last_words': plan, treaty, act, summit, war ...) names that thing in this document.
        The parse must agree: the name hangs from that noun. So does a name that ends in such a
        word itself ("the Harbour Levy Bill", "the Sandbar Treaty"), whatever the model's label,
        unless it opens with a given name ("Doris Day")."""
        toks = self.st.tokens
        e = c.tok_end
        if e - c.tok_start >= 2 and toks[e - 1].lower_ in self.tables.non_actor_last and toks[e - 1].is_title \
                and toks[c.tok_start].lower_ not in first_names() and c.entry is None:
            return True
        if e >= len(doc) or not toks[e].is_lower or toks[e].pos_ != "NOUN":
            return False
        if toks[e].lower_ not in self.tables.non_actor_last:
            return False
        root = self._root(doc, c)
        return root.head.i == e and root.dep_ in ("compound", "nmod", "amod")

    def _classifies_a_thing(self, doc: Doc, c: Cand) -> bool:
        """'the Kestrel volcano', 'the Tarvo valley', 'Norle rice': a name that qualifies a common
        noun of its own noun phrase (the parse hangs the name from that noun as a compound, with only
        lower-case words or figures between them) names what that noun names.
        Where the noun's first WordNet sense is a thing nobody makes or a place (`_UNMADE_LEXFILES`), the
        mention names no actor (`Cand.classifier`: merge drops a name whose every mention only
        qualifies, this way or as a modifier). Not a possessor ("the Tarvo Institute's campus": an
        owner), nor a noun for a person or a body ("a Tarvo engineer", "the Tarvo workers' union":
        whose member speaks), an act or a message ("a Tarvo grant", "a Tarvo report": the name may
        be the doer), a made thing ("the Tarvo plant": the name may be its owner's); nor a person's
        name that opens with a given name or holds a title."""
        toks = self.st.tokens
        s, e, n = c.tok_start, c.tok_end, len(doc)
        if e >= n or toks[e].text in POSSESSIVE_TOKENS or c.label not in ("ORG", "PERSON"):
            return False
        if c.label == "PERSON" and (c.titles or toks[s].lower_ in first_names()):
            return False
        root = self._root(doc, c)
        head = root.head
        if root.dep_ not in ("compound", "nmod") or not e <= head.i < n or head.pos_ != "NOUN" or not head.is_lower:
            return False
        if any(not (t.is_lower or t.like_num) for t in toks[e:head.i]):
            return False  # the noun must stand in the name's own noun phrase
        return noun_lexfiles(head.lemma_.lower(), 1)[:1] in _UNMADE_LEXFILES

    def _demonym_group(self, doc: Doc, c: Cand) -> bool:
        """'Ukrainians prepare', 'Ukrainians and Poles said': a plural demonym used as a noun, the
        subject of a clause, names a people that acts (a NORP actor under the word as written).
        'French troops', 'Syrian refugees' stay out, and so does a people only named: 'aid for
        Syrians', 'the crew, all Syrians', 'Syrians were evacuated' (data/gold/FORMAT.md: actors act
        or speak)."""
        toks = self.st.tokens
        tokens = doc[c.tok_start:c.tok_end]
        root = tokens.root
        if root.tag_ not in ("NNPS", "NNS") or root.dep_ in ("amod", "compound", "nmod"):
            return False
        if not (root.dep_ == "nsubj" or root.dep_ == "conj" and root.head.dep_ == "nsubj"):
            return False
        if not self.st.text[c.start:c.end].endswith("s"):
            return False
        nxt = toks[c.tok_end] if c.tok_end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct:
            return False
        c.entry, c.label, c.role = None, "NORP", "actor"
        return True

    def _field_before(self, doc: Doc, c: Cand) -> bool:
        """'Environment Canada', 'Tourism Fiji', 'Statistics Norway': a capitalised noun of a field
        of work or policy (`_FIELD_FILES`, or a field of knowledge, noun.cognition) joined to a
        country's name as its compound is a national body named by the two words, which the model
        tags as the country alone. Not an adjective or a participle ("Neighbouring Canada"), a
        place noun ("Mainland China") or a date ("Yesterday Canada said")."""
        toks = self.st.tokens
        i = c.tok_start
        if i == 0:
            return False
        prev = toks[i - 1]
        if not (prev.is_title and prev.is_alpha and prev.pos_ in ("PROPN", "NOUN") and prev.dep_ == "compound"
                and c.tok_start <= prev.head.i < c.tok_end and prev.ent_type_ in ("", "ORG") and prev.whitespace_):
            return False
        low = prev.lower_
        if low not in self.vocab or cached_name_key(prev.text) in self.tables.aliases:
            return False
        files = noun_lexfiles(low, 1)
        return bool(files) and (files[0] in _FIELD_FILES or files[0] == 9)

    def _portfolio_word(self, c: Cand, tokens) -> bool:
        """'Labour' in "Vice Labour Minister X", 'Education' in "Education
        Reporter": one capitalised common noun naming a field (WordNet: an act, an attribute, a
        group, a phenomenon, a process or a state; no state body's head such as 'army') right
        before a title or a beat word is the portfolio or the beat, not an organisation. Before
        "Minister" any run of capitalised English words is ("Harbours Minister X", "Rural Roads
        Minister X"): a minister holds a portfolio of a government, which no company, person or
        people before the word names (a country's name, a table's, is left to the tables)."""
        if not tokens or c.label not in ("ORG", "PERSON", "NORP") or c.tok_end >= len(self.st.tokens):
            return False
        if self.st.tokens[c.tok_end].lower_ in _MINISTER and all(
                t.is_title and t.is_alpha and t.lower_ in self.vocab for t in tokens) \
                and cached_name_key(self.st.text[c.start:c.end]) not in self.tables.aliases:
            return True
        if len(tokens) != 1:
            return False
        low = tokens[0].lower_
        if not tokens[0].is_title or low not in self.vocab or low in self.tables.cue("institution_heads"):
            return False
        files = noun_lexfiles(low, 1)
        if not files or files[0] not in _FIELD_FILES:
            return False
        # a title or a beat; not a role such as "leaders" or "members": a party has those too
        # ("Labour leaders" of a Labour party)
        after = self.st.tokens[c.tok_end]
        words = {after.lower_.rstrip("."), after.lemma_.lower()}  # "Reporters": the beat "reporter"
        return bool(words & (self.tables.title_words | self.tables.cue("beat_nouns")))

    def _dropped_lone_word(self, doc: Doc, c: Cand, tokens) -> bool:
        """A one-word PERSON/ORG/NORP that is a common word capitalised at a sentence start or in a
        headline ("Turnout was 68%", "Seismologists say"), unless the document confirms it as a name."""
        if len(tokens) != 1:
            return False
        tok = tokens[0]
        if c.label in ("ORG", "PERSON") and tok.pos_ in CONTENT_POS:
            return True  # "Strategically", "Invest"
        if c.label == "PERSON" and tok.tag_ == "NNS":
            return True  # "Shipbuilders warned": a plural common noun is a group, never one person
        line_start = tok.idx == 0 or self.st.text[tok.idx - 1] == "\n"
        # a quotation opens with a capital as a sentence does ('"Rice is ...," she said')
        quote_start = tok.i > 0 and self.st.words[tok.i - 1] in OPENING_QUOTES and not self.st.tokens[tok.i - 1].whitespace_
        if not (self._ss(tok) or line_start or quote_start or c.layout != "body"):
            return False
        if c.label == "NORP" and tok.tag_ != "NNS":
            return False  # "Democrats" (NNPS) is a group; "Seismologists" (NNS) is a common noun
        low = tok.lower_
        if low in self._lower_words(doc):
            return True
        # a plural of an English noun ("Farmers say", "Museums across Europe"; the model's word
        # list holds singulars) is as common, unless it names a party family ("Greens")
        plural = self._plural_noun(low) and not any(
            low[:n] in self.tables.cue("party_families") for n in (-1, -2) if len(low) > 3)
        if low in self.vocab or tok.lemma_.lower() in self.vocab or plural:
            return tok.text not in self._confirmed(doc)
        return False

    def _inside_other_name(self, doc: Doc, c: Cand) -> bool:
        """The span lies inside a longer non-actor entity: a law, venue, event, work or product."""
        toks = self.st.tokens
        first = toks[c.tok_start]
        if first.ent_type_ not in OTHER_NAME_LABELS:
            return False
        return first.ent_iob_ == "I" or (c.tok_end < len(doc) and toks[c.tok_end].ent_iob_ == "I")

    def _storm_patterns(self) -> tuple:
        """The storm-name pattern ("Typhoon X"), compiled once from the table's storm words."""
        if getattr(self, "_storm_res", None) is None:
            words = self.tables.cue("storm_words")
            alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            self._storm_res = () if not words else (
                re.compile(rf"\b(?i:{alt})\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"),
            )
        return self._storm_res

    def _storm_names(self, text: str) -> set[str]:
        """Keys of named storms: 'Typhoon X', 'Hurricane X'. X then
        names weather, not a person or an organisation, wherever it appears."""
        patterns = self._storm_patterns()
        if patterns and absent_ignorecase(text, self.tables.cue("storm_words")):
            return set()
        out = set()
        for pattern in patterns:
            for m in pattern.finditer(text):
                out.add(cached_name_key(m.group(1)))
        return out
