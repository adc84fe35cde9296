"""People referred to again: a pronoun subject, a role noun phrase -> the named person.

News names a person once ("Jane Roe, the harbour master, said ...") and then refers to her by a
pronoun ("She said ..."), by the role the article gave her ("The harbour master denied ...") or
by her surname. The surname is already a mention of her actor (the actor component joins "Roe"
to "Jane Roe"); this step links the other two, with the resolvers the quote component uses for
speakers (`Coref.resolve_pronoun`, `References.role_holder` / `title_person`), so a statement's
subject and a quote's speaker are resolved alike:

* a third-person pronoun that is the subject of a clause outside quotation marks: "he", "she"
  go to a person, "they" to a group (an organisation, nationality or polity that was a subject);
* a singular "the" + role noun phrase ("the mayor", "the finance minister", "the trainer"), or
  one whose owner is an organisation ("Norvik's chief executive", "the company's chief
  executive"), goes to the person last named with that role. A role is a title the actor
  component found ("Mayor Jane Roe") or a common noun the article itself put beside the name:
  in apposition ("Jane Roe, the trainer," / "the trainer, Jane Roe,"), as a lower-case title
  ("trainer Jane Roe"), among the titles the actor component moved out of the name ("Harbour
  Guild chair Jane Roe"), or as the complement of "be" ("Roe is the trainer"), when the noun's
  commonest WordNet sense is a kind of person (data/person_nouns.json) or a title. No list of
  roles is needed: "the trainer" is resolved only because the article called someone a trainer.

`stated_roles` (actor id -> the role phrases the article gave that person) also serves the
speaker resolver. Results: (start_char, end_char, actor id) for each reference, which the
component appends to `doc._.ct_actor_refs` and `doc.spans["ct_actor_refs"]` (the definite
descriptions of organisations and places already there come from the actor component).
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from spacy.attrs import DEP, LOWER, POS
from spacy.tokens import Token

from ...actorids.first_names import pronoun_gender
from ...tables import load_json
from ...wordnet_nouns import PERSON_FILE, noun_sense_ids, noun_senses, sense_lexfile
from .words import SUBJECT_DEPS, WORD_RE, TextSpan

#: Subject pronouns and the actor types they can stand for ("they" for a group).
_PRONOUN_TYPES = {"he": {"PERSON"}, "she": {"PERSON"}, "they": {"ORG", "NORP", "GPE"}}

#: Modifiers that set the described person apart from the one named before ("the other
#: minister", "a new coach"): the phrase is about someone else.
_CONTRAST = frozenset("other another rival new second third next different separate".split())

#: Verbs whose subject goes on with what it said just before ("Lena Brask added that ...").
_GOING_ON = frozenset({"add"})


@lru_cache(maxsize=1)
def person_nouns() -> frozenset:
    """Nouns whose commonest WordNet sense is a kind of person (data/person_nouns.json): a role
    noun beside a name ("Jane Roe, the trainer,"), not a thing said of her ("the only result").
    With the operators of machines WordNet files apart from person.n.01 ("a bus driver", "one
    motorist"): they are people who speak."""
    table = load_json("person_nouns.json")
    return frozenset(table["nouns"]) | frozenset(table["operators"])


#: Nouns that describe anyone, whatever office the person holds ("the woman", "the official"):
#: never read as another word for a role.
_ANYONE = frozenset("woman man person people individual official worker president".split())


def describes_role(noun: str, role: str) -> bool:
    """Whether a description headed by `noun` can stand for one the article gave the role `role`:
    the same noun, or, when the role has one person sense among the senses WordNet 3.0's table
    keeps (noun.person; "counsel" has one, "minister", "nurse", "captain" have two or more and are
    not widened), a noun of that sense (a synonym) or of its direct hypernym ("the lawyer" for a
    counsel). News names a role once and may describe its holder by a wider word after; a
    narrower word, a word of another sense, or a word for anyone ("the woman") is no such
    description."""
    if noun == role:
        return True
    if noun in _ANYONE:
        return False
    person = [s for s in noun_sense_ids(role) if sense_lexfile(s) == PERSON_FILE]
    if len(person) != 1:
        return False
    targets = {person[0], *noun_senses()[1].get(person[0], ())}
    return any(s in targets for s in noun_sense_ids(noun))


class PersonRefs:
    """Link pronoun subjects and role noun phrases to the named person (module docstring)."""

    def stated_roles(self) -> dict[str, list[tuple[str, frozenset]]]:
        """Actor id -> [(role head, words of the role phrase and its owner)] for each role noun the
        article puts beside a person's name: "Jane Roe, the harbour master," ("master", {harbour,
        master}), "Norvik's chief executive, Tom Berg" ("executive", {chief, executive, norvik}),
        "trainer Ana Ruiz", "Roe is the trainer". Built once per document."""
        cached = getattr(self, "_stated_roles", None)
        if cached is not None:
            return cached
        roles: dict[str, list[tuple[str, frozenset]]] = {}
        self._role_tokens: set[int] = set()  # the role nouns of those statements: not references
        people = person_nouns()
        for s, e, aid in self.mentions:
            if self.actors[aid].type != "PERSON":
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            for title in getattr(self.actors[aid], "titles", None) or []:
                words = frozenset(w.lower() for w in WORD_RE.findall(title))
                if words:  # "Harbour Guild chair" found by the actor component: head "chair"
                    roles.setdefault(aid, []).append((WORD_RE.findall(title)[-1].lower(), words))
            for noun in self._role_nouns(span.root, span.start, span.end):
                if noun.lower_ in people or noun.lower_ in self.finder.title_heads:
                    roles.setdefault(aid, []).append((noun.lower_, self._role_words(noun)))
                    self._role_tokens.add(noun.i)
        self._stated_roles = roles
        return roles

    def stated_heads(self) -> frozenset:
        """The role nouns of `stated_roles` ("trainer", "master")."""
        cached = getattr(self, "_stated_heads", None)
        if cached is None:
            cached = self._stated_heads = frozenset(head for rs in self.stated_roles().values() for head, _ in rs)
        return cached

    @staticmethod
    def _role_nouns(root: Token, start: int, end: int) -> list[Token]:
        """Common nouns the parse puts beside a person's name as its role."""
        found = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= end]
        # "trainer Ana Ruiz", or "Trainer Ana Ruiz" opening a sentence, where the capital says
        # nothing and the tagger may call the noun a proper one: a person noun all the same. The
        # parser hangs it from the name's head or from its first word
        found += [c for w in root.doc[start:end] for c in w.children if c.dep_ == "compound" and c.i < start and (
            c.pos_ == "NOUN" and (c.is_lower or c.is_sent_start)
            or c.pos_ == "PROPN" and c.is_sent_start and c.lower_ in person_nouns())]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            found.append(root.head)  # "the trainer, Ana Ruiz,"
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            found += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        return [t for t in found if (t.tag_ == "NN" or t.tag_ == "NNP" and t.is_sent_start) and t.is_alpha]

    def _role_words(self, noun: Token) -> frozenset:
        """Lower-case words of a role phrase's modifiers and head, with its owner's name words
        ("the chief executive of Norvik Freight": chief, executive, norvik, freight)."""
        words = {noun.lower_}
        for c in noun.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i:
                words |= {w.lower_ for w in c.subtree if w.is_alpha and w.i < noun.i}
            elif c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
                words |= {w.lower_ for w in c.subtree if w.is_alpha and w.i != c.i}
        return frozenset(words)

    # ---- the references ----------------------------------------------------------------------
    def person_refs(self) -> list[tuple[int, int, str]]:
        """(start_char, end_char, actor id) of each pronoun subject and role phrase that refers to
        a named actor (module docstring), in text order."""
        if not self.actors:
            return []
        roles = self.stated_roles()
        strings = self.doc.vocab.strings
        heads = {strings.add(w) for w in self.finder.title_heads} | {strings.add(w) for w in self.finder.generic_roles}
        heads |= {strings.add(head) for rs in roles.values() for head, _ in rs}
        pronouns = {strings.add(w) for w in _PRONOUN_TYPES}
        subjects = {strings.add(d) for d in SUBJECT_DEPS}
        noun, pron = strings.add("NOUN"), strings.add("PRON")
        out = []
        self._refs_by_token: dict[int, str] = {}
        # the token columns first: a Token is built only for a pronoun subject or a role word
        for i, (low, pos, dep) in enumerate(self.doc.to_array([LOWER, POS, DEP]).tolist()):
            if pos == pron and low in pronouns and dep in subjects:
                found = self._pronoun_ref(self.doc[i])
            elif pos == noun and low in heads:
                found = self._role_ref(self.doc[i])
            else:
                continue
            if found is not None:
                out.append(found)
                self._refs_by_token[i] = found[2]
        return out

    def _pronoun_ref(self, tok: Token) -> Optional[tuple[int, int, str]]:
        """A subject pronoun's actor. In a reported or conjoined clause ("Roe said she would ...",
        "the driver said he ...") it is the governing clause's subject, named or not (English
        subject continuity): a name gives its actor, anything else nothing. Opening its own
        clause, it is the speaker resolver's antecedent (nearest paragraph, subject first, never
        a name of the other sex), kept only when no other person it could stand for is named
        from that antecedent's sentence on ("X and Y met. He said": open); "they" only for a
        group named in this or the previous sentence with no plural noun subject since."""
        if self.in_quote(tok.idx):
            return None  # "he" inside a quotation is whoever the quoted speaker talks about
        types = _PRONOUN_TYPES[tok.lower_]
        governing = self._governing_subject(tok)
        if governing is not None:
            aid = self._refs_by_token.get(governing.i)
            if aid is None:
                m = self.mention_of(governing)
                aid = m[2] if m is not None else None
            if aid is None or self.actors[aid].type not in types:
                return None
            return tok.idx, tok.idx + len(tok), aid
        _, aid = self.resolve_pronoun(tok)
        if aid is None or self.actors[aid].type not in types:
            return None
        last = max((s for s, _, a in self.mentions if a == aid and s < tok.idx), default=None)
        if last is None:
            return None
        since = self.doc[self.token_at(last)].sent.start_char
        if tok.lower_ == "they":
            if self.doc[self.token_at(since)].sent.start != tok.sent.start and \
                    self.doc[tok.sent.start - 1].sent.start_char != since:
                return None
            root = self.doc.char_span(last, last + 1, alignment_mode="expand")
            named = root[0] if root is not None and len(root) else None
            while named is not None and named.dep_ == "compound":
                named = named.head
            if named is None or named.dep_ not in SUBJECT_DEPS:
                return None  # "they" takes up a group that was itself a subject
            between = self.doc[self.token_at(last):tok.i]
            if any(t.dep_ in SUBJECT_DEPS and t.tag_ == "NNS" for t in between):
                return None  # "the union called a strike; members said they ...": the members
            return tok.idx, tok.idx + len(tok), aid
        gender = pronoun_gender(tok.lower_)
        k = bisect.bisect_left(self.mention_starts, since)
        for s, _, other in self.mentions[k:]:
            if s >= tok.idx:
                break
            if other != aid and self.actors[other].type == "PERSON" and not self.in_quote(s) \
                    and self.gender_of(None, other) in (None, gender):
                return None  # two people the pronoun may stand for: left open
        return tok.idx, tok.idx + len(tok), aid

    @staticmethod
    def _governing_subject(tok: Token) -> Optional[Token]:
        """The subject, before the pronoun, of the clause that governs the pronoun's clause
        (through complement, conjoined, adverbial and open clauses), else None."""
        t = tok.head
        for _ in range(4):
            if t.dep_ not in ("ccomp", "conj", "advcl", "xcomp") or t.head.i == t.i:
                return None
            t = t.head
            while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
                t = t.head
            subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                return subj if subj.i < tok.i else None
        return None

    def owned_role(self, tok: Token):
        """(name, actor id, span) for a speaker written as an owned role ("the guild's chair
        added"), else None: `_role_ref` for a phrase with a possessor."""
        if not any(c.dep_ == "poss" for c in tok.children):
            return None
        found = self._role_ref(tok)
        if found is None:
            return None
        s, e, aid = found
        return self.actors[aid].name, aid, TextSpan(start=s, end=e, text=self.text[s:e])

    def _role_ref(self, tok: Token) -> Optional[tuple[int, int, str]]:
        """"the mayor", "the club's head coach" -> the person last named with that role."""
        self.stated_roles()
        if tok.tag_ != "NN" or tok.i in self._role_tokens or self.mention_of(tok) is not None:
            return None
        kids = list(tok.children)
        if any(c.lower_ in _CONTRAST or c.dep_ in ("appos", "nummod") or c.pos_ == "PROPN" and c.dep_ != "poss"
               for c in kids):
            return None  # "the other minister", "the mayor, Jane Roe,": not (only) a reference back
        if tok.dep_ == "appos" or any(c.dep_ == "appos" for c in tok.head.children if c.i == tok.i):
            return None
        poss = next((c for c in kids if c.dep_ == "poss"), None)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
        if poss is None and not the:
            return None
        if poss is not None and self._owner(poss) is None and not self._definite_body(poss):
            return None  # "his deputy", "Roe's lawyer": not a role the article's named owner fills
        found = None
        if poss is None:
            found = self.role_holder(tok) or self.title_person(tok)
        aid = found[1] if found is not None else self._stated_holder(tok, poss)
        if aid is None or self.actors[aid].type != "PERSON":
            return None
        start = (poss.left_edge if poss is not None else next(c for c in kids if c.dep_ == "det")).idx
        return start, tok.idx + len(tok), aid

    def _owner(self, poss: Token) -> Optional[str]:
        """The organisation a possessor names: "Norvik's", "the company's" (a definite the actor
        component linked)."""
        m = self.mention_of(poss, {"ORG", "GPE"})
        if m is not None:
            return m[2]
        return self.org_refs().get(poss.i)

    @staticmethod
    def _definite_body(poss: Token) -> bool:
        """"the company's", "the ministry's": a definite common noun as owner (its name unsaid)."""
        return poss.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children)

    def org_refs(self) -> dict[int, str]:
        """Head token -> actor id of the definite descriptions the actor component linked."""
        cached = getattr(self, "_org_refs", None)
        if cached is None:
            cached = {}
            for s, e, aid in self.definite_refs:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span):
                    cached[span.root.i] = aid
            self._org_refs = cached
        return cached

    def _stated_holder(self, tok: Token, poss: Optional[Token]) -> Optional[str]:
        """The person most recently named before `tok` whose stated role `tok`'s head describes
        (`describes_role`: the same noun, a synonym or a wider kind) and has every modifier word ("the harbour master" needs "harbour"); with an owner, the owner's name too."""
        need = {w.lower_ for c in tok.children if c.dep_ in ("amod", "compound")
                for w in c.subtree if w.is_alpha and w.i < tok.i}
        owner = self.actors.get(self._owner(poss) or "") if poss is not None else None
        best = None
        for aid, rs in self.stated_roles().items():
            for head, words in rs:
                if not describes_role(tok.lower_, head) or not need <= words | self.person_titles.get(aid, frozenset()):
                    continue
                if owner is not None and not words & self.actor_words.get(owner.id, frozenset()):
                    continue  # "Norvik's chief executive": the chief executive of Norvik
                last = max((s for s, _, a in self.mentions if a == aid and s < tok.idx), default=None)
                if last is not None and (best is None or last > best[0]):
                    best = (last, aid)
        return best[1] if best is not None else None

    # ---- a role named first, the person after ------------------------------------------------
    def _text_paragraphs(self, a: int, b: int) -> int:
        """How many paragraphs with words begin in text[a:b] (blank lines are not counted)."""
        lo, hi = bisect.bisect_right(self.par_starts, a), bisect.bisect_right(self.par_starts, b)
        return sum(1 for p in self.par_starts[lo:hi] if p < len(self.text) and not self.text[p].isspace())

    def named_after(self, tok: Token):
        """(name, actor id, span) of the person a role phrase no one was named with before stands
        for when news names that person only after it: '"...," the orchard's manager said. Lena
        Brask, who has managed the orchard for a decade, said ...'. The person must be newly named (no
        mention before the phrase), be the first person newly named within this and the next two
        paragraphs, be the subject of a main clause, carry no role of another kind ("Lena Brask, an
        economist,"), and be tied to the phrase: by words of its own apposition or relative
        clause (the role, its modifiers or its owner: "who has managed the orchard") or, in the next
        sentence of the paragraph, by going on speaking ("Lena Brask added that ..."). Else None."""
        low = tok.lower_
        if tok.tag_ != "NN" or self.in_quote(tok.idx) or (low not in person_nouns() and low not in self.finder.title_heads):
            return None
        kids = list(tok.children)
        poss = next((c for c in kids if c.dep_ == "poss"), None)
        if poss is None and not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None
        if poss is not None and poss.pos_ == "PRON" or any(
                c.lower_ in _CONTRAST or c.dep_ in ("appos", "nummod", "conj") for c in kids):
            return None  # "his lawyer", "the other minister", "the mayor, Jane Roe,"
        words = {tok.lemma_.lower()} | {
            w.lemma_.lower() for c in kids if c.dep_ in ("poss", "compound", "amod")
            for w in c.subtree if w.is_alpha and not w.is_stop}
        sent = tok.sent
        par = self.paragraph_of(tok.idx)
        k = bisect.bisect_left(self.mention_starts, sent.end_char)
        for s, e, aid in self.mentions[k:]:
            if self._text_paragraphs(tok.idx, s) > 2:
                return None
            if self.actors[aid].type != "PERSON" or self.in_quote(s):
                continue
            if min(ms for ms, _, a in self.mentions if a == aid) < tok.idx:
                continue  # named before: not the one introduced here
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                return None
            root = span.root
            heads = {head for head, _ in self.stated_roles().get(aid, ())}
            if self.role_of(root) != 2 or heads and low not in heads:
                return None
            told = {w.lemma_.lower() for c in root.children if c.dep_ in ("appos", "relcl", "acl")
                    for w in c.subtree if w.is_alpha}
            going_on = root.dep_ == "nsubj" and root.head.lemma_ in _GOING_ON \
                and root.sent.start == sent.end and self.paragraph_of(s) == par
            if told & words or going_on:
                return self.actors[aid].name, aid, self.phrase_span(tok)[2]
            return None
        return None
