"""What a common noun beside a name says it names: an organisation or a thing.

English introduces a name the reader may not know by its kind, written right before it in the
same noun phrase ("the exporters' association X", "the tanker X") or in apposition ("X, a shipping
firm,", "X, a bronze sculpture,"). The kind noun is looked up by its most frequent WordNet sense
(data/name_descriptors.json, built by data/tools/name_descriptors.py): an organisation noun makes
the name an organisation, a vehicle or a work of art makes it a thing, which neither acts nor
speaks (a ship "arrives", a painting "was stolen"). A relative clause that takes the name up
with "which" ("X, which runs the buses,") says it is no person, as English refers to people by
"who"; so does "it" or "its" taking up the subject of a clause in that clause or the one it
reports ("X denied that it had cut corners", "X said its plant would close"): a person is "he",
"she" or "they", never "it". The decision holds for every mention of the
name in the document, so "the Orla Star" later in the text is the same ship.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ...actorids.first_names import first_names
from ...actorids.names import cached_name_key
from ...tables import load_json
from ...wordnet_nouns import noun_lexfiles
from .state import Cand, DocState
from .tree import first_conjunct


@lru_cache(maxsize=1)
def name_descriptors() -> tuple[frozenset, frozenset]:
    """(organisation nouns, thing nouns) of data/name_descriptors.json (WordNet 3.0)."""
    table = load_json("name_descriptors.json")
    return frozenset(table["organisations"]), frozenset(table["things"])


#: Verbs that give a name ("a dog named X", "a ship called X", "a storm dubbed X").
_NAMING_VERBS = frozenset({"name", "call", "dub"})
#: Participles that say where a body sits or is traded, written after a place and a hyphen right
#: before its name: "a Cairo-based X", "the Oslo-listed X", "a Delaware-registered X".
SEAT_PARTICIPLES = frozenset({"based", "headquartered", "listed", "registered"})

#: Verbs whose subject "it" may stand for no one or for the situation rather than a thing the
#: sentence named: the copula and the verbs of extraposition and of weather ("it is clear that",
#: "it seems", "it takes a year", "it rained", "it makes sense", "it depends").
_EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "take", "remain", "look", "rain", "snow", "make", "matter",
                             "depend", "mean", "happen", "become", "get", "cost", "feel"})
#: Entity labels of the time and measure phrases that may stand between a subject and the
#: pronoun taking it up ("X told reporters it would ...").
_TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})

#: WordNet's lexicographer files of animals (noun.animal) and made things (noun.artifact).
_THING_FILES = frozenset({5, 6})
#: noun.person.
_PERSON_FILE = 18


class Descriptors:
    """Find the names a kind noun describes, once per document (`DocState.described`)."""

    st: DocState

    def _described_names(self, doc: Doc, cands: list[Cand]) -> dict[str, str]:
        """Name key -> 'org', 'thing' or 'not a person' for the names a kind noun introduces somewhere in the
        document (a name described both ways is left out)."""
        out: dict[str, str] = {}
        mixed: set[str] = set()
        for c in cands:
            if c.entry is not None or c.label not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            kind = self._descriptor(doc, c)
            if kind is None:
                continue
            key = cached_name_key(self.st.text[c.start:c.end])
            if {out.get(key, kind), kind} == {"org", "not a person"}:
                kind = "org"  # an organisation is no person: the two agree
            elif out.get(key, kind) != kind:
                mixed.add(key)
            out[key] = kind
        for key in mixed:
            del out[key]
        return out

    @staticmethod
    def _named_thing(c: Cand, root) -> bool:
        """'a female named X', 'the calves, named X and Y,', 'a ferry called X': a name given by
        "named", "called" or "dubbed" to a noun whose commonest WordNet sense is an animal or a
        made thing names that animal or thing. A noun that also names a person in its first two
        senses ("a male named ...") says so only of a one-word name."""
        tok = first_conjunct(root)
        verb = tok.head
        if tok.dep_ not in ("oprd", "dobj") or verb.dep_ != "acl" or verb.tag_ != "VBN" \
                or verb.lemma_.lower() not in _NAMING_VERBS:
            return False
        files = noun_lexfiles(verb.head.lemma_.lower(), 2)
        return bool(files) and files[0] in _THING_FILES and (_PERSON_FILE not in files or c.tok_end - c.tok_start == 1)

    def _seated(self, c: Cand) -> bool:
        """'Cairo-based X', 'the Oslo-listed X': a place joined by a hyphen to a participle of where
        a body sits or is traded (`SEAT_PARTICIPLES`) right before the name describes a company
        or a body. A person so described takes a noun between ("a Paris-based architect, X"), so a
        name that opens with a given name (the first-name dictionary) is left alone."""
        toks = self.st.tokens
        s = c.tok_start
        if s < 3 or toks[s - 1].lower_ not in SEAT_PARTICIPLES or toks[s - 2].text not in ("-", "\u2013") \
                or not toks[s - 3].text[:1].isupper():
            return False
        return toks[s].lower_ not in first_names()

    def _taken_up_by_it(self, doc: Doc, c: Cand, root) -> bool:
        """'X denied that it had overcharged', 'X told reporters it would appeal', 'X will build the
        boats at its yard': the name (or the noun it stands in apposition to: "The contractor, X,
        said it ...") is the subject of a verb, and "it" is the subject of a clause that verb
        reports (its `ccomp`, not a verb of `_EMPTY_IT_VERBS`), or "its" owns a noun of that verb's
        clause or of the reported one. No other singular noun stands in the subject or between
        the name and the pronoun (a date or a figure aside) that "it" could take up instead ("the
        company's manager, X, said it ...", "X said the plan ... its cost"), and the noun of the
        apposition is no title ("the manager, X": a person speaking for a body "it" may be). A
        name that opens with a given name is left alone: "it" there is more likely a body or a
        thing of an earlier sentence than the person."""
        if c.tok_start < len(doc) and doc[c.tok_start].lower_ in first_names():
            return False
        subj = root
        if subj.dep_ == "appos" and subj.head.i < c.tok_start:
            subj = subj.head  # "The main contractor, X, denied ..."
            if subj.pos_ != "NOUN" or subj.lower_ in self.tables.title_words:
                return False
        if subj.dep_ != "nsubj" or subj.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = subj.head
        if verb.i < c.tok_end:
            return False
        reported = [ch for ch in verb.children if ch.dep_ == "ccomp" and ch.i > verb.i]
        for tok in doc[c.tok_end:verb.right_edge.i + 1]:
            if tok.lower_ not in ("it", "its"):
                continue
            if tok.lower_ == "it":
                ok = tok.dep_ in ("nsubj", "nsubjpass") and tok.head in reported \
                    and tok.head.lemma_.lower() not in _EMPTY_IT_VERBS
            else:
                head = tok.head
                while head.dep_ in ("pobj", "prep", "dobj", "compound", "amod") and head.head.i != head.i:
                    head = head.head
                ok = tok.dep_ == "poss" and (head.i == verb.i or head in reported)
            if not ok:
                return False
            inside = range(c.tok_start, c.tok_end)
            return not any(t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and t.ent_type_ not in _TIME_LABELS
                           and t.i not in inside and t.i != subj.i for t in doc[subj.left_edge.i:tok.i])
        return False

    def _holders_body(self, c: Cand, noun) -> bool:
        """'according to the chairman of the tenants' committee, Ana Ruiz': the noun the parse
        hangs the name from is the body of an of- or for-phrase after a person's title or a noun
        for a person, which the name may name as well as the body ("a lawyer for the bus
        company, X,"); a name that
        opens with a given name (the first-name dictionary) and has a second word names the
        title's holder."""
        toks = self.st.tokens
        if c.tok_end - c.tok_start < 2 or toks[c.tok_start].lower_ not in first_names():
            return False
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for", "at") or prep.head.pos_ != "NOUN":
            return False
        holder = prep.head
        return holder.lower_ in self.tables.title_words or noun_lexfiles(holder.lemma_.lower(), 1)[:1] == (_PERSON_FILE,)

    def _descriptor(self, doc: Doc, c: Cand) -> Optional[str]:
        """'not a person' when a relative clause takes the name up with "which"; else 'org' or
        'thing' from the kind noun before the name or in apposition to it."""
        orgs, things = name_descriptors()
        toks = self.st.tokens
        inside = range(c.tok_start, c.tok_end)
        root = doc[c.tok_start:c.tok_end].root
        nouns = []
        if c.tok_start > 1 and toks[c.tok_start - 1].lower_ == "flagged" and toks[c.tok_start - 2].text in "-–":
            return "thing"  # "the Liberian-flagged X": a ship (or aircraft) flies a state's flag
        if self._seated(c):
            return "org"
        if c.tok_start > 0:
            before = toks[c.tok_start - 1]
            # same noun phrase: "the tanker X" (X hangs from the noun, or the noun from X)
            if before.head.i in inside or root.head.i == before.i and root.dep_ in ("appos", "compound", "nmod"):
                nouns.append(before)
        # "X, a ferry,"; but "X of the Y Institute, a think tank,": an apposition after an
        # organisation named in the name's own of-phrase describes that organisation, the nearer
        # noun phrase, whatever the parse hangs it from
        orgs_between = [p.i for p in root.children if p.dep_ == "prep" and p.i > root.i and any(
            o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in p.children)]
        nouns += [ch for ch in root.children if ch.dep_ == "appos" and ch.i not in inside
                  and not any(i < ch.i for i in orgs_between)]
        if root.dep_ == "appos" and not self._holders_body(c, root.head):
            nouns.append(root.head)  # "the ship, X,"
        if self._named_thing(c, root):
            return "thing"
        for rel in root.children:  # "X, which runs the buses,": English refers to a person by "who"
            if rel.dep_ == "relcl" and rel.i > root.i and any(
                    t.lower_ == "which" and t.dep_ in ("nsubj", "nsubjpass") for t in rel.children):
                return "not a person"
        if c.label == "PERSON" and not c.titles and self._taken_up_by_it(doc, c, root):
            return "not a person"  # "X said it would appeal": a person is never "it"
        for tok in nouns:
            # "the growers' cooperative X": a word that is both an adjective and a kind of
            # organisation, tagged as the adjective, still names the kind right before a name
            noun = tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.i == c.tok_start - 1 and tok.lemma_.lower() in orgs
            if not noun or not tok.is_lower:
                continue
            lemma = tok.lemma_.lower()
            before = [ch for ch in tok.lefts if ch.dep_ == "compound" and ch.is_lower]
            if before:  # "a think tank" is no tank: a compound WordNet lists decides
                compound = " ".join(t.lower_ for t in before) + " " + lemma
                lemma = compound if compound in things or compound in orgs else lemma
            if lemma in things:
                return "thing"
            if lemma in orgs:
                return "org"
        return None
