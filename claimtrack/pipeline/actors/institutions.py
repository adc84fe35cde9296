"""State bodies and offices named by lower-case nouns or by their holder's title."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from spacy.tokens import Doc

from ...actorids.gazetteer import Entry, Tables
from .layout import Layout
from .repair import speaking_verbs
from ...actorids.towns import town_countries
from ...wordnet_nouns import noun_lexfiles
from ...actorids.names import cached_name_key, title_case
from .tree import first_conjunct
from .state import Cand, DocState
from ...actorids.words import BARE_BODY, COUNTRY_POSSESSIVE, NATIONAL, POSSESSIVE_TOKENS, government_name


#: Penn tags of finite verbs and modals, which no name of a body contains.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: Words for a government below the country's ("the state government", "the provincial government").
_SUBNATIONAL = frozenset("state provincial regional".split())

#: Verbs of having or counting, which describe what a body is rather than what it does
#: ("the ministry, which has 300 staff", "which employs 900 people").
_HAVING_VERBS = frozenset("have own employ number".split())

#: "the city's" (or "the town's"): the possessive of the city a story is about.
_CITY_POSSESSIVE = re.compile(r"(?<![\w'’])[Tt]he (?:city|town)['’]s(?=\s)")

#: Verbs whose object is a body a person leads ("who heads the association") or speaks to
#: ("told the legislature"). A body only asked for something is not among them ("farmers asked
#: the dockers' association for help": the farmers act).
_LEADS_OR_ADDRESSES = frozenset("lead head chair run tell".split())

#: WordNet's lexicographer files of nouns that name an act or a message (noun.act: "approval",
#: "permission"; noun.communication: "request", "statement", "letter").
_ACT_FILES = frozenset({4, 10})

#: Heads that name a part of a body ("the sales division", "its research arm"): without an owner
#: they are not a body of their own.
_PARTS = frozenset("division arm unit branch wing".split())

def _of_body(words: list[str], heads: frozenset) -> bool:
    """'the provincial board of fisheries', 'the office of the ombudsman': a body's head noun, then
    "of" and what it is for, names the body (words: the phrase in lower case, up to four)."""
    if "of" not in words[1:-1]:
        return False
    at = words.index("of")
    return words[at - 1] in heads and words[-1] not in ("the", "a", "an")


#: The offices a country has one holder of at a time, head of state or of government
#: (`Institutions._unnamed_office_holders`).
_HEAD_OFFICES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir"})

#: Words before "Minister" that rank a minister rather than name a portfolio.
_RANKS = frozenset("prime deputy first chief junior senior former acting state cabinet vice interim "
                   "outgoing incoming".split())


def _portfolio(title: str) -> str:
    """'Agriculture Minister' -> 'Agriculture', 'Foreign Affairs Minister' -> 'Foreign Affairs';
    '' for a title that is no minister of a portfolio ('Prime Minister', 'Minister')."""
    words = title.split()
    if len(words) < 2 or words[-1].lower() != "minister" or not all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
        return ""
    if any(w.lower() in _RANKS for w in words[:-1]):
        return ""
    return " ".join(words[:-1])


class _BodyWords(NamedTuple):
    """The head nouns that name a body: institution heads, generic heads ("service", "authority"),
    local bodies' phrases ("city council") and the heads of the organisations the document names."""

    heads: frozenset
    generic: frozenset
    local: frozenset
    named_heads: set
    named_words: set


class Institutions:
    """Add institutions that act ('Chile's trade ministry said')."""

    tables: Tables
    st: DocState

    def _add_institutions(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """State bodies named by lower-case nouns, when they act: after a country's or an
        organisation's possessive ("Chile's trade ministry", "the country's navy", "the UN's
        humanitarian office" -> ORG "Trade Ministry (Chile)"), and with no owner at all ("the health
        ministry said", "the prime minister's office announced") when the document is about one country."""
        toks = self.st.tokens
        cues = self.tables.cues
        heads = cues.get("institution_heads", frozenset())
        generic = cues.get("generic_institution_heads", frozenset())
        if not heads and not generic:
            return cands
        text = self.st.text
        countries = [c for c in cands if c.entry is not None and c.entry.kind in ("country", "capital", "metonym")]
        owners = self._owners(doc, cands, countries)
        home = self._home_country(countries, [c for c in cands if c.entry is None and c.label in ("GPE", "LOC")],
                                  self._page_places(cands), [c for c in countries if self._modifier(doc, c)])
        self.st.country = home
        self.st.region = self._home_region(cands, home)
        city = self._home_city(cands)
        local = cues.get("local_body_heads", frozenset())
        # "the labour ministry said", "the fire service said": a state body described by its kind
        # is an actor when the document names its country, and when it names no other country
        # (owner None); with two or more countries and none the story's, it is the body of the one
        # country its sentence or the one before names ("X has built ... The government says"),
        # and with none or several there, whose body it is is unknown
        several = home is None and len({c.entry.name for c in countries}) >= 2
        for m in BARE_BODY.finditer(text):
            tok = self._token_at(doc, m.end())
            owner = self._country_nearby(countries, tok) if several and tok is not None else home
            if tok is not None and (owner is not None or not several or city is not None):
                owners.append((tok, owner, "home", -1))
        if city is not None:  # "the city's water board": the story's city's
            for m in _CITY_POSSESSIVE.finditer(text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    owners.append((span.end, city, "town", m.start()))
        police = self._bare_police(doc, cands, layout, home) + self._bare_parliament(doc, cands, layout, home) \
            + self._unnamed_office_holders(doc, cands, layout, home)
        if not owners:
            return sorted(cands + police, key=lambda c: c.start) if police else cands
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        # head nouns of the organisations the document names: a definite description with one of
        # them and no owner ("the bank", "the central bank") refers back to that organisation
        named_words = {w for c in cands if c.label == "ORG" for w in cached_name_key(text[c.start:c.end]).split()}
        named_heads = named_words & (heads | generic | {w.split()[-1] for w in heads})
        words_of = _BodyWords(heads, generic, local, named_heads, named_words)
        extra = []
        for k, owner, kind, phrase_start in owners:
            if k < len(doc) and toks[k].lower_ == "own":
                k += 1
            office = self._office(doc, k) if kind in ("home", "country") and owner is not None else None
            if office is not None:  # "the president's office"
                k2, title = office
                last = toks[k2 - 1]
                if k2 - 1 not in taken and self._acts(last):
                    cs, ce = toks[k].idx, last.idx + len(last.text)
                    name = f"Office of the {title_case(title)} ({owner})"
                    cand = Cand(cs, ce, "ORG", k, k2, layout=layout.kind(cs), entry=Entry(name, "ORG", "org"))
                    cand.acts = True
                    extra.append(cand)
                continue
            cand = self._body(doc, layout, (k, owner, kind, phrase_start), words_of, city, taken)
            if cand is not None:
                extra.append(cand)
        extra += police
        if not extra:
            return cands
        self._bare_heads_corefer(extra, cands)
        return sorted(cands + extra, key=lambda c: c.start)

    def _owners(self, doc: Doc, cands: list[Cand], countries: list[Cand]) -> list[tuple[int, str, str, int]]:
        """(token index after the possessive, owner name, owner kind, char start of the owner
        phrase) of every possessive that can own a body: a country's or an organisation's ("Chile's",
        "the UN's"), a town's ("Mbale's"), "the country's" after a country, and a country's adjective."""
        toks = self.st.tokens
        owners: list[tuple[int, str, str, int]] = []
        # the model may tag a town's possessive as a company ("Kisumu's" ORG): a name it tags as a
        # place elsewhere in the document, or a town of GeoNames, is a town all the same
        places = {cached_name_key(self.st.text[c.start:c.end]) for c in cands if c.entry is None and c.label == "GPE"} \
            | {cached_name_key(self.st.text[c.start:c.end]) for c in cands if c.entry is None and c.label == "ORG"} & town_countries().keys()
        for c in cands:
            if c.tok_end >= len(doc) or toks[c.tok_end].text not in POSSESSIVE_TOKENS:
                continue
            if c.entry is not None and c.entry.kind in ("country", "capital", "metonym", "org"):
                owners.append((c.tok_end + 1, c.entry.name, c.entry.kind, c.start))
            elif c.entry is None and (c.label == "GPE" or cached_name_key(self.st.text[c.start:c.end]) in places) \
                    or c.entry is not None and c.entry.kind == "city":
                town = self.st.text[c.start:c.end]  # "Mbale's chamber of commerce": a town's body
                owners.append((c.tok_end + 1, town.title() if town.isupper() else town, "town", c.start))
        for m in COUNTRY_POSSESSIVE.finditer(self.st.text):
            prior = [c for c in countries if c.end <= m.start()]
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if prior and span is not None:
                owners.append((span.end, prior[-1].entry.name, "country", m.start()))
        owners += self._demonym_owners()
        return owners

    def _body(self, doc: Doc, layout: Layout, owned: tuple[int, Optional[str], str, int], words_of: "_BodyWords",
              city: Optional[str], taken: set[int]) -> Optional[Cand]:
        """The body named by the lower-case nouns at token k of `owned` (k, owner, owner kind, char
        start of the owner phrase), longest first (up to four words), when it acts; else None."""
        toks = self.st.tokens
        text = self.st.text
        k, owner, kind, phrase_start = owned
        heads, generic, local, named_heads, named_words = words_of
        j = self._phrase_end(doc, k)
        for end in range(j, k, -1):
            last = toks[end - 1]
            if last.dep_ == "compound" or last.pos_ in ("VERB", "AUX") or any(i in taken for i in range(k, end)) \
                    or any(t.tag_ in _FINITE for t in toks[k:end - 1]):
                continue  # "the army chief" is a person, not the army; "the chamber of trade said" ends at "trade";
                # a finite verb ends a noun phrase: "until the cabinet took power" is the cabinet
            words = [t.lower_ for t in toks[k:end]]
            head2 = " ".join(words[-2:])
            ok = words[-1] in heads or (len(words) > 1 and head2 in heads) or _of_body(words, heads | generic)
            is_local = " ".join(words) in local
            town = kind == "home" and city is not None and is_local
            place = city
            if is_local and kind in ("town", "capital"):  # "Mbale's city council", "the city's town hall"
                town, place = True, owner if kind == "town" else text[phrase_start:toks[k - 1].idx].strip()
            named_town = self._of_town(end) if is_local else None
            if named_town is not None:  # "the municipality of Veere": the town named after it
                town, place = True, named_town[1]
            if kind == "home" and is_local and city is None and named_town is None:
                continue  # "the city council" of no city the document names
            if not ok and words[-1] in generic and len(words) > 1:
                # a generic head names a body by what it does: "the fire service", "the port authority"
                before = toks[end - 3] if toks[end - 2].text in POSSESSIVE_TOKENS and end - 3 >= k else toks[end - 2]
                ok = before.pos_ in ("NOUN", "VERB", "PROPN") or (kind == "org" and before.pos_ == "ADJ") \
                    or before.i > k and toks[before.i - 1].text == "-"  # "the anti-doping agency": a field
            if kind == "home" and not town and (not ok or owner is None and (len(words) < 2 or words[-1] in _PARTS)):
                continue  # no owner: a body described by its kind ("the port authority"), not "the ministry"
            national = words[-1] == "government" and len(words) > 1 and set(words[:-1]) <= NATIONAL
            # a noun before the head names the body's field: "the health department" is not the
            # "Meteorological Department" named before, "the central bank" is the "Bank of X"
            field = any(t.pos_ == "NOUN" and t.lower_ not in named_words for t in toks[k:end - 1])
            if kind == "home" and words[-1] in named_heads and not national and not field:
                return None  # "the central bank" after "the Bank of Ruritania": the body named before;
                # "the federal government" is the country's whatever province's government was named
            if not ok and not town:
                continue
            if end < len(doc) and toks[end].pos_ == "PROPN" and toks[end].is_title or self._name_in_apposition(end, taken):
                return None  # a description beside its name ("the ratings agency Fitch"): the name acts
            root = doc[k:end].root
            if not (self._acts(root) or self._takes_part(root)) or kind == "home" and self._described(root):
                return None  # "support Ukraine's military": named, but not acting here
            cs, ce = toks[k].idx, last.idx + len(last.text)
            where = owner or (city if kind == "home" else None)
            name = f"{title_case(text[cs:ce])} ({where})" if where else title_case(text[cs:ce])
            if named_town is not None:
                name = f"{title_case(text[cs:ce])} of {place}"
                end, ce = named_town[0], toks[named_town[0] - 1].idx + len(toks[named_town[0] - 1].text)
            elif town:
                # "the city council": the city's own; "Cluj county" + "county council": one "county"
                if place.split()[-1].lower() == words[0] and len(place.split()) > 1:
                    place = place.rsplit(None, 1)[0]
                name = f"{place} {title_case(text[cs:ce])}"
            elif words[-1] == "government" and set(words[:-1]) <= NATIONAL and owner is not None:
                # the body's usual name, an organisation of its own beside the country
                # (docs/actors-gold-proposals.md, proposal 2): "the government" -> "Government of Kenya"
                name = government_name(owner)
            elif words[-1] == "government" and len(words) == 2 and words[0] in _SUBNATIONAL and kind == "home" \
                    and self.st.region is not None:
                name = government_name(self.st.region)  # "the state government" of the story's state
            cand = Cand(cs, ce, "ORG", k, end, layout=layout.kind(cs), entry=Entry(name, "ORG", "org"))
            cand.acts = True
            if phrase_start >= 0 and kind != "home":
                cand.title_text = text[phrase_start:ce]  # "Estonia's parliament" is how it is named
            return cand
        return None

    def _name_in_apposition(self, end: int, taken: set[int]) -> bool:
        """A name the document names (a candidate's first token, in `taken`) stands right after the
        body's words at token `end`, or after a comma (and "the"): "the weather agency NWSX said",
        "the bar association, the Lexmoor Law Society, said". English puts a description and a
        name side by side for one thing (apposition); a list goes on with "and" or "or" ("the
        ministry, the IMF and the World Bank"), which is no apposition."""
        toks, n = self.st.tokens, len(self.st.tokens)
        j = end
        if j < n and toks[j].text == ",":
            j += 1
            if j < n and toks[j].lower_ == "the":
                j += 1
        if j >= n or j not in taken or j - 1 in taken:
            return False
        m = j
        while m < n and m in taken:
            m += 1
        return not (m < n and toks[m].lower_ in ("and", "or") or m + 1 < n and toks[m].text == "," and toks[m + 1].lower_ in ("and", "or"))

    def _of_town(self, end: int) -> Optional[tuple[int, str]]:
        """'the municipality of' + 'Veere': (end token, the town's name) when "of" and up to three
        Title-Case proper nouns follow a local body's words at token `end`, else None."""
        toks, n = self.st.tokens, len(self.st.tokens)
        if end + 1 >= n or toks[end].lower_ != "of" or not (toks[end + 1].is_title and toks[end + 1].pos_ == "PROPN"):
            return None
        m = end + 1
        while m < n and m - end <= 3 and toks[m].is_title and toks[m].is_alpha and toks[m].pos_ == "PROPN":
            m += 1
        return m, self.st.text[toks[end + 1].idx:toks[m - 1].idx + len(toks[m - 1].text)]

    def _phrase_end(self, doc: Doc, k: int) -> int:
        """The end of the lower-case words from token k (up to four) that may name a body; a
        plural's possessive mark between them belongs to the phrase ("the metalworkers' union")."""
        toks = self.st.tokens
        j = k
        if k < len(doc) and toks[k].is_title and toks[k].lower_ in self.tables.cue("institution_heads") \
                and (k + 1 >= len(doc) or not toks[k + 1].is_title):
            return k + 1  # "the Government said": one capitalised head noun, in some papers' style
        hyphens = 0
        while j < len(doc) and j - k - 2 * hyphens < 4 and (toks[j].is_lower and toks[j].is_alpha or (
                toks[j].text in ("'", "’") and j > k and toks[j - 1].lower_.endswith("s")
                and j + 1 < len(doc) and toks[j + 1].is_lower)):
            j += 1
            # a hyphenated modifier is one word: "the anti-doping agency", "the small-scale miners'"
            if j + 1 < len(doc) and toks[j].text == "-" and not toks[j - 1].whitespace_ and not toks[j].whitespace_ \
                    and toks[j + 1].is_lower and toks[j + 1].is_alpha:
                j += 1
                hyphens += 1
        return j

    def _demonym_owners(self) -> list[tuple[int, str, str, int]]:
        """'the Ruritanian navy', 'the Danish ministry': a country's adjective before a lower-case
        noun names that country's body as its possessive does ('Ruritania's navy'). (token after
        the adjective, the country's name, 'country', char start) for every demonym of the tables."""
        aliases = self.tables.aliases
        out = []
        for ent in self.st.ents:
            if ent.label_ != "NORP" or len(ent) != 1:
                continue
            entry = aliases.get(cached_name_key(ent.text))
            country = aliases.get(cached_name_key(entry.name)) if entry is not None and entry.kind == "demonym" else None
            if country is not None and country.kind == "country":
                out.append((ent.end, country.name, "country", ent.start_char))
        return out

    def _bare_police(self, doc: Doc, cands: list[Cand], layout: Layout, home: Optional[str]) -> list[Cand]:
        """'Police said', 'according to police': English names the police force of the place a
        story happens in by the bare mass noun, with no article. When it acts it is that force:
        'Police (<the document's country>)', or 'Police' when the country is not known. A
        determiner, a possessive or a name before it ('the police', 'Ruritania's police',
        'Tyrol police') is another step's business."""
        police_id = getattr(self, "_police_id", None)
        if police_id is None or police_id not in self.st.lower_ids:
            return []
        toks = self.st.tokens
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        out: list[Cand] = []
        for i, low in enumerate(self.st.lower_ids):
            if low != police_id or i in taken:
                continue
            tok = toks[i]
            if any(ch.dep_ in ("det", "poss", "compound", "amod", "nmod") for ch in tok.children) or not self._acts(tok):
                continue
            name = f"Police ({home})" if home else "Police"
            cand = Cand(tok.idx, tok.idx + len(tok.text), "ORG", i, i + 1, layout=layout.kind(tok.idx),
                        entry=Entry(name, "ORG", "org"))
            cand.acts = True
            out.append(cand)
        return out

    def _bare_parliament(self, doc: Doc, cands: list[Cand], layout: Layout, home: Optional[str]) -> list[Cand]:
        """'if parliament rejects the cabinet', 'the minister told parliament': English names a
        country's legislature by the bare noun, with no article, as it names the police. Where it
        acts, is addressed or takes part (`_acts`, `_takes_part`; not 'a vote in parliament') and
        the story's country is known, it is that country's parliament, 'Parliament (<country>)'."""
        parliament_id = getattr(self, "_parliament_id", None)
        if home is None or parliament_id is None or parliament_id not in self.st.lower_ids:
            return []
        toks = self.st.tokens
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        out: list[Cand] = []
        for i, low in enumerate(self.st.lower_ids):
            tok = toks[i]
            if low != parliament_id or i in taken or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ and not (
                    tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and (i + 1 == len(doc) or toks[i + 1].ent_iob_ != "I")):
                continue  # the model's own ORG of the one word ("Parliament voted") is the same body
            if any(ch.dep_ in ("det", "poss", "compound", "amod", "nmod") for ch in tok.children) \
                    or tok.dep_ in ("compound", "poss") or not (self._acts(tok) or self._takes_part(tok)):
                continue
            cand = Cand(tok.idx, tok.idx + len(tok.text), "ORG", i, i + 1, layout=layout.kind(tok.idx),
                        entry=Entry(f"Parliament ({home})", "ORG", "org"))
            cand.acts = True
            out.append(cand)
        return out

    def _unnamed_office_holders(self, doc: Doc, cands: list[Cand], layout: Layout, home: Optional[str]) -> list[Cand]:
        """'The president will name a new cabinet': a country has one head of state and
        one head of government, so 'the president' (or 'the prime minister', 'the chancellor', 'the
        king') of a story about one country, where it acts and the document names nobody with that
        title, is one person, named by the office: 'President of <country>'. Not 'the former
        president', 'the president of the club' (a word before or after it), nor an office some
        named person holds here ('President Ana Berg ... the president said': the quote component
        links that description to her). Not as the subject of a verb of saying: a quotation's
        speaker named by the office stays the words as written (the quote component's convention)."""
        if home is None:
            return []
        offices = _HEAD_OFFICES
        toks = self.st.tokens
        held = {w.lower() for c in cands if c.label == "PERSON" for t in c.titles for w in t.split()}
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        out: list[Cand] = []
        for i, tok in enumerate(toks):
            office = tok.lower_
            start = i
            if office == "minister" and i > 0 and toks[i - 1].lower_ == "prime":
                office, start = "prime minister", i - 1
            if office not in offices or office.split()[-1] in held or i in taken or not tok.is_lower:
                continue
            if start == 0 or toks[start - 1].lower_ != "the" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() in speaking_verbs() \
                    or any(ch.dep_ not in ("det", "amod") or ch.dep_ == "amod" and ch.i != i - 1 for ch in tok.children) \
                    or office == "minister" or (start == i and any(ch.dep_ == "amod" for ch in tok.children)):
                continue
            name = f"{title_case(office)} of {home}"
            cand = Cand(toks[start].idx, tok.idx + len(tok.text), "PERSON", start, i + 1,
                        layout=layout.kind(tok.idx), entry=Entry(name, "PERSON", "office"))
            cand.acts = True
            out.append(cand)
        return out

    def _bare_heads_corefer(self, extra: list[Cand], cands: list[Cand] = ()) -> None:
        """'the regional roads inspectorate said ... a spokesman for the roads inspectorate
        ... the inspectorate added': a body named by fewer of the same words, ending in the same
        head, is the body of the document with the same owner that the longest such description
        names, when there is one; of several, the one named last before it. A minister of the
        story's country with a portfolio names the portfolio's ministry where the person is named
        ("Fisheries Minister X ... the ministry said": the fisheries ministry)."""
        named: list[tuple[int, str, str]] = []  # (char start, description, owner)
        for c in extra:
            head, _, owner = c.entry.name.partition(" (")
            if owner:
                named.append((c.start, head, owner))
        if self.st.country is not None:
            for c in cands:
                for title in c.titles if c.label == "PERSON" else ():
                    portfolio = _portfolio(title)
                    if portfolio:
                        named.append((c.start, f"{portfolio} Ministry", f"{self.st.country})"))
        described: dict[str, list[str]] = {}  # owner -> the descriptions of its bodies
        for _, head, owner in named:
            described.setdefault(owner, []).append(head)
        for c in extra:
            head, _, owner = c.entry.name.partition(" (")
            if not owner:
                continue
            words = head.lower().split()
            longer = {h for h in described[owner] if len(h.split()) > len(words) and h.lower().split()[-len(words):] == words}
            longest = {h for h in longer if not any(o != h and o.lower().endswith(" " + h.lower()) for o in longer)}
            if len(longest) > 1:  # "the ministry" after two ministries: the one named last before it
                before = [(start, h) for start, h, o in named if o == owner and start < c.start and h in longest]
                longest = {max(before)[1]} if before else longest
            if len(longest) == 1:
                c.entry = Entry(f"{next(iter(longest))} ({owner}", "ORG", "org")

    def _office(self, doc: Doc, k: int) -> Optional[tuple[int, str]]:
        """'president's office' at token k: (end token, title) for a head of state's or government's office."""
        toks = self.st.tokens
        titles = self.tables.cue("office_titles")
        for n in (2, 1):
            if k + n + 1 < len(doc) and all(t.is_lower for t in toks[k:k + n]) \
                    and " ".join(t.lower_ for t in toks[k:k + n]) in titles \
                    and toks[k + n].text in POSSESSIVE_TOKENS and toks[k + n + 1].lower_ == "office":
                return k + n + 2, " ".join(t.text for t in toks[k:k + n])
        return None

    def _described(self, tok) -> bool:
        """The subject of a stative verb is described, not acting ('the health service was slow',
        'the services division includes ...')."""
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.tables.cue("stative_verbs")

    def _takes_part(self, tok) -> bool:
        """Four more ways than `_acts` in which a body described by its kind takes part in a
        story: a relative clause says what it does (`_acts_in_relative`), a person speaks for it or leads it ('the head of the dockers' union said', 'who
        chairs the growers' association'), it is the agent of an action noun ('a review by the
        fisheries ministry', 'a survey by the town council', 'approval from the transport
        ministry', 'a request from the labour ministry': a noun of an act or a message, WordNet
        noun.act or noun.communication), or it is spoken to ('told the legislature')."""
        tok = first_conjunct(tok)  # "the head of the union and the federation": the first conjunct
        head = tok.head
        if self._acts_in_relative(tok):
            return True
        if tok.dep_ == "pobj":
            if head.lower_ in ("of", "for") and head.head.lower_ in self.tables.title_words:
                return True
            if head.lower_ == "from" and head.head.pos_ == "NOUN" \
                    and _ACT_FILES.intersection(noun_lexfiles(head.head.lemma_.lower(), 1)):
                return True  # "an order from the fisheries agency", "a notice from the port board"
            return head.lower_ == "by" and head.dep_ == "prep" and head.head.pos_ == "NOUN"
        if tok.dep_ in ("dobj", "dative") and head.pos_ == "VERB":
            return head.lemma_.lower() in _LEADS_OR_ADDRESSES
        return False

    def _acts_in_relative(self, tok) -> bool:
        """The body is the subject of a relative clause that says what it does: "Norway's
        government, which must sign off the sale, ...", "the Danish government, which has not
        replied": the relative pronoun is the verb's subject and stands for the body (not a
        stative verb, nor one of having: "the ministry, which has 300 staff")."""
        stative = self.tables.cue("stative_verbs") | _HAVING_VERBS
        for ch in tok.children:
            if ch.dep_ == "relcl" and ch.pos_ == "VERB" and ch.lemma_.lower() not in stative and any(
                    g.dep_ == "nsubj" and g.lower_ in ("which", "who", "that") for g in ch.children):
                return True
        return False

    @staticmethod
    def _acts(tok) -> bool:
        """The head of a noun phrase is an agent or a source: 'X said', 'according to X', 'by X'."""
        tok = first_conjunct(tok)  # "the army and the police said": the first conjunct
        if tok.dep_ == "nsubj":
            return True
        if tok.dep_ == "pobj":
            prep = tok.head
            return prep.lower_ == "to" and prep.head.lower_ == "according" or prep.dep_ == "agent"
        return False
