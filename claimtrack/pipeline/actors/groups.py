"""Groups that press a demand or speak as a body: a plural noun for people or a group, with no
article, as the subject of a verb of requesting ("farmers demanded", "opposition deputies called
for", "dealers asked the ministry", "unions urged") is a group actor, NORP (data/gold/FORMAT.md:
actors are "the people, organisations, countries and groups that act or speak", a group typed
NORP); so is one that speaks (a verb of data/speech_verbs.txt whose subject speaks,
`repair.speaking_verbs`) when the words name a body of its own: a "group" ("environmental groups
said", "farmers' groups warned") or a people's trade, a demonym of the tables before a noun of
people in business ("Kenyan exporters said", "Thai importers warned": data/person_nouns.json
`business`, WordNet's hyponyms of businessperson and maker). A nationality before experts and
commentators says where they are from, not that they form a body ("Chinese analysts said").

A group of people that only comments ("analysts said", "residents said") is how news quotes
opinion, and annotators list such groups rarely (read sets fc36-fc80: of the plural subjects of
verbs of saying, about one in six). The head is "group" or a noun one of whose two most frequent
WordNet senses names a person (noun.person: "farmer", "lawmaker", "operator") or a group
(noun.group: "union"), not an unnamed official or people in general, and not a country
("developing countries asked": countries are GPE actors by their names). Written with no
determiner, number, quantifier or owner ("two analysts", "its members", "the farmers" are a part
of a group or a group named before). The name is the noun phrase as written ("opposition
deputies", "Kenyan dairy farmers"), its first letter lower-cased at a sentence start.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...actorids.gazetteer import Entry, Tables
from ...actorids.names import cached_name_key
from ...wordnet_nouns import GROUP_FILE, PERSON_FILE, noun_lexfiles
from .layout import Layout
from .repair import business_nouns, speaking_verbs
from .state import Cand, DocState

#: WordNet's lexicographer files of nouns that name a person (noun.person) or a group (noun.group).
_GROUP_FILES = frozenset({GROUP_FILE, PERSON_FILE})

#: Verbs of requesting (WordNet 3.0 request.v.01/02 and its troponyms as news uses them):
#: the act by which a group presses its case.
_REQUEST_VERBS = frozenset("demand ask urge appeal petition plead press".split())

#: "call" requests only with "for" or "on" ("called for an inquiry", "called on the government").
_CALL_PREPS = frozenset({"for", "on", "upon"})

#: Heads that are no group of their own: unnamed officials and people in general, whose
#: convention differs, and polities, which are actors by their names.
_NOT_GROUPS = frozenset("official people person source witness observer country nation state government "
                        "city town authority".split())


class Groups:
    """Add the groups that press a demand or speak as a body."""

    tables: Tables
    st: DocState

    def _add_groups(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        toks = self.st.tokens
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        extra: list[Cand] = []
        for t in toks:
            if t.tag_ != "NNS" or t.dep_ != "nsubj" or t.i in taken or t.ent_type_:
                continue
            requests = _requests(t.head)
            if not requests and not _speaks(t.head):
                continue
            lemma = t.lemma_.lower()
            if lemma in _NOT_GROUPS or lemma != "group" and not _GROUP_FILES.intersection(noun_lexfiles(lemma, 2)):
                continue
            if any(ch.dep_ in ("det", "nummod", "quantmod", "poss", "predet") for ch in t.children):
                continue
            mods = [ch for ch in t.children if ch.dep_ in ("compound", "amod", "nmod") and ch.i < t.i]
            start = min([m.left_edge.i for m in mods] + [t.i])
            if any(i in taken or toks[i].ent_type_ not in ("", "NORP") or not toks[i].is_alpha for i in range(start, t.i)):
                continue
            if not requests and lemma != "group" and not (lemma in business_nouns() and self._demonym_among(start, t.i)):
                continue  # a group of people that only comments
            cs, ce = toks[start].idx, t.idx + len(t.text)
            name = self.st.text[cs:ce]
            if start in self.st.sent_starts and toks[start].is_title and not toks[start].ent_type_:
                name = name[0].lower() + name[1:]
            cand = Cand(cs, ce, "NORP", start, t.i + 1, layout=layout.kind(cs), entry=Entry(name, "NORP", "crowd"))
            cand.acts = True
            extra.append(cand)
        return sorted(cands + extra, key=lambda c: c.start) if extra else cands

    def _demonym_among(self, start: int, end: int) -> bool:
        """A people's name of the tables (a demonym: "Fijian", "Kenyan") among the tokens start..end."""
        for tok in self.st.tokens[start:end]:
            entry = self.tables.aliases.get(cached_name_key(tok.text))
            if entry is not None and entry.kind == "demonym":
                return True
        return False


def _requests(verb) -> bool:
    """A verb of requesting (`_REQUEST_VERBS`; "call" with "for" or "on")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(ch.dep_ == "prep" and ch.lower_ in _CALL_PREPS for ch in verb.children)
    return lemma in _REQUEST_VERBS


def _speaks(verb) -> bool:
    """A verb of saying whose subject speaks (`repair.speaking_verbs`: not "find", "estimate")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in speaking_verbs()
