"""Pronoun coreference: 'he said' goes to the subject of the nearest paragraph naming a candidate."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from ...actorids.first_names import honorific_gender, name_gender, pronoun_gender
from ...tables import country_codes
from ...wordnet_nouns import PERSON_FILE, noun_lexfiles
from ..extensions import COUNTRY
from .marks import AGE_RE
from .persons import person_nouns
from .words import PRONOUNS_GROUP, PRONOUNS_ORG, PRONOUNS_PERSON, WORD_RE

#: Relative pronouns that take up a person ("X, who runs the stall"); "which" takes up a thing.
_WHO = frozenset({"who", "whom", "whose"})

#: Prepositions whose object is where someone or something is ("a bakery in X", "the farms near
#: X"), and not a person a "he" or "she" takes up, when they hang from a noun of what is there
#: (`_places`)...
_WHERE = frozenset({"in", "near"})
#: ...that is not a noun of a mind's or a holder's relation to its object, which a person can be
#: ("their trust in X", "confidence in X", "a stake in X"): WordNet 3.0's lexicographer files of
#: the noun's commonest sense noun.attribute (07), noun.cognition (09), noun.feeling (12),
#: noun.possession (21), noun.state (26).
_TOWARD = frozenset((f,) for f in (7, 9, 12, 21, 26))


def _places(prep: Token) -> bool:
    """Whether "in"/"near" places its object: it hangs from a noun of what is there ("a clinic in
    X", "a grower in X") that is neither of `_TOWARD` ("confidence in X") nor a person noun a verb
    has as object ("found a champion in X", "saw a successor in X": the role X fills; WordNet's
    noun.person, 18). The parser may hang the phrase from the verb whose object the noun is
    ("toured a pit in X"): that object is read. A phrase of a verb with no object is not read:
    "believe in X", "invest in X" take a person or a body as often as "live in X" a place."""
    owner = prep.head
    if owner.pos_ in ("VERB", "AUX"):
        objects = [c for c in owner.children if c.dep_ == "dobj" and c.i < prep.i]
        owner = objects[-1] if objects else owner
    if owner.pos_ != "NOUN":
        return False
    first = noun_lexfiles(owner.lemma_.lower(), 1)[:1]
    return first not in _TOWARD and not (first == (PERSON_FILE,) and owner.dep_ in ("dobj", "attr", "oprd"))


def person_shown(span) -> bool:
    """Whether the sentence shows the name at `span` to be a person's: a person noun in
    apposition on either side ("a cloth seller, X," / "X, a nurse,") or right before it as a bare
    title ("nurse X"), or a relative clause opened by "who"/"whom"/"whose" ("X, who runs the
    archive"). Person nouns: those whose commonest WordNet sense is a kind of person
    (data/person_nouns.json)."""
    root = span.root
    people = person_nouns()
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in people:
        return True
    for ch in root.children:
        if ch.dep_ == "appos" and ch.pos_ == "NOUN" and ch.lower_ in people:
            return True
        if ch.dep_ == "compound" and ch.i < span.start and ch.pos_ == "NOUN" and ch.is_lower and ch.lower_ in people:
            return True
        if ch.dep_ == "relcl" and ch.i > root.i and any(
                g.lower_ in _WHO and g.i < ch.i and g.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") for g in ch.subtree):
            return True
    return False


def _withholds_name(noun: Token) -> bool:
    """Whether a relative clause of the person noun says the person is not named: "who asked not
    to be named", "who declined to be identified", "who spoke on condition of anonymity" (the
    news formula for an anonymous source, AP Stylebook "anonymous sources")."""
    for ch in noun.children:
        if ch.dep_ != "relcl":
            continue
        lemmas = {w.lemma_.lower() for w in ch.subtree}
        if "anonymity" in lemmas or lemmas & {"name", "identify"} and (
                lemmas & {"decline", "refuse"} or any(w.dep_ == "neg" for w in ch.subtree)):
            return True
    return False


_FEMALE_NOUNS = frozenset({"woman", "mother", "girl", "wife", "daughter", "sister", "grandmother", "widow", "aunt"})
_MALE_NOUNS = frozenset({"man", "father", "boy", "husband", "son", "brother", "grandfather", "widower", "uncle"})


def noun_gender(t: Token) -> Optional[str]:
    """'F' or 'M' when a person noun says the sex ("a woman", "a fisherman"), else None."""
    lemma = t.lemma_.lower()
    if lemma in _FEMALE_NOUNS or lemma.endswith("woman"):
        return "F"
    if lemma in _MALE_NOUNS or (lemma.endswith("man") and len(lemma) > 3):
        return "M"
    return None


class Coref:
    """Resolve pronoun speakers."""

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.par_starts, char) - 1

    def gender_of(self, name: Optional[str], aid: Optional[str]) -> Optional[str]:
        """'M' or 'F' when the person's name says it (an honorific, else its given name, read as
        the story's country gives it: `name_gender`), or an alias opens with an honorific ("Mrs
        Roe"); an alias with a title ("Judge Ana Roe") is not read for a given name."""
        country = country_codes().get((self.doc._.get(COUNTRY) or "").lower())
        if aid is None:
            return name_gender(name or "", country)
        actor = self.actors[aid]
        for alias in actor.aliases:
            found = honorific_gender(alias or "")
            if found is not None:
                return found
        return name_gender(actor.name or "", country)

    def surely_person(self, cand: tuple) -> bool:
        """Whether a candidate (start, role, name, actor id) is a person by more than the entity
        recogniser's word: no word of its name makes up organisation names ("United", "Holdings",
        "FC"), and an age stands in apposition, the article gives it a title, a given name or
        honorific settles a sex, or its sentence shows a person (`person_shown`). The model also
        calls clubs and firms persons ("Harbour United"): such a name in passing is no
        antecedent to prefer over a subject."""
        s, _, name, aid = cand
        if {w.lower() for w in WORD_RE.findall(name or "")} & self.finder.org_words:
            return False
        if aid is None or self.person_titles.get(aid) or self.gender_of(name, aid) is not None:
            return True
        span = self.mention_span(s)
        return span is not None and (person_shown(span) or AGE_RE.match(self.text, span.end_char) is not None)

    def shown_no_person(self, aid: str) -> bool:
        """Whether the text shows the actor, whatever type the entity recogniser gave it, to be no
        person: one of its mentions is the object of "in" or "near" ("a bakery in Vila Nova",
        "the vineyards near Santa Rita"; also through a conjunct: "in Roe and Vila Nova"), and
        none of its other mentions shows a person (`person_shown`, an age in apposition, the
        subject of a speech verb), nor does the article give it a title. A given name in it is no evidence of a person: towns are named after
        saints and founders ("São Tomé", "Puerto Montt"). Read once per actor."""
        known = self._no_person.get(aid)
        if known is not None:
            return known
        said = self.finder.strong | self.finder.weak
        placed = False
        for s, e, other in self.mentions:
            if other != aid:
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = first = span.root
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ in _WHERE and _places(first.head):
                # the mention's own place decides it: a "who" clause after it may take up the
                # noun before the preposition ("a grower in Vila Nova, who would not be identified")
                placed = True
            elif person_shown(span) or AGE_RE.match(self.text, span.end_char) is not None or (
                    root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in said):
                self._no_person[aid] = False
                return False
        found = placed and not self.person_titles.get(aid)
        self._no_person[aid] = found
        return found

    def mention_span(self, start: int):
        """The token span of the actor mention starting at `start`, or None."""
        k = bisect.bisect_left(self.mention_starts, start)
        if k < len(self.mentions) and self.mentions[k][0] == start:
            span = self.doc.char_span(start, self.mentions[k][1], alignment_mode="expand")
            return span if span is not None and len(span) else None
        return None

    def resolve_pronoun(self, tok: Token) -> tuple[Optional[str], Optional[str]]:
        """(name, actor id) of the one a third-person pronoun stands for, or (None, None)
        (`pronoun_antecedent` without the unnamed person)."""
        name, aid, _ = self.pronoun_antecedent(tok)
        return name, aid

    def unnamed_person_before(self, tok: Token, after: int) -> Optional[Token]:
        """The nearest unnamed person who speaks or is described as the subject of a clause
        between char `after` and the pronoun `tok` ("A fisher was less impressed.", "one trader
        said", "one of them said"), or the subject of a main clause whose noun states the
        pronoun's sex ("A woman held up a sign."), outside quotations, whose sex does not
        contradict the pronoun's; None if there is none. A singular "he"/"she" takes up the last person the
        reader met, and an unnamed one is still a person: the pronoun is not the named person
        met before him."""
        gender = pronoun_gender(tok.lower_)
        said = self.finder.strong | self.finder.weak | {"be"}
        for i in range(tok.i - 1, max(-1, tok.i - 300), -1):
            t = self.doc[i]
            if t.idx < after:
                break
            subj = t
            if t.dep_ == "appos" and t.head.dep_ == "nsubj" and _withholds_name(t):
                # "..., a trader who asked not to be named, said": whatever name the parse put
                # beside it, the one who speaks is the unnamed trader
                subj = t.head
            elif t.dep_ != "nsubj":
                continue
            if self.in_quote(t.idx) or not self._unnamed_person(t):
                continue
            sex = noun_gender(t)
            if gender is not None and sex not in (None, gender):
                continue
            if subj.head.lemma_.lower() in said or (gender is not None and sex == gender and subj.head.dep_ == "ROOT"):
                # one who speaks or is described; or the subject of a main clause whose noun
                # states the pronoun's sex ("A woman held a photograph. '...,' she said"; not
                # "the chief said a man opened fire")
                return t
        return None

    def _unnamed_person(self, t: Token) -> bool:
        """An indefinite singular person noun ("a fisher", "one trader", "another resident") or
        "one of them"/"one of the traders", naming no one the actor table knows."""
        kids = list(t.children)
        if t.lower_ in ("one", "another"):
            return any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and (o.lower_ in ("them", "us") or o.lemma_.lower() in person_nouns())
                for o in c.children) for c in kids)
        if t.pos_ != "NOUN" or t.tag_ != "NN" or t.lemma_.lower() not in person_nouns():
            return False
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in kids):
            return False
        if any(c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in kids):
            return False  # "a fisher, Ana Roe," names her
        return self.mention_for(t.idx, t.idx + len(t), head=t.idx) is None

    def _described_subjects(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """Candidates (start, role, name, actor id) for the subjects between chars `start` and
        `end` that are definite role phrases standing for a named person ("The harbour master
        denied the claim."): after "Jane Roe, the harbour master, ..." news goes on with the role
        and then a pronoun ("'...,' she said"), and the pronoun takes up the role phrase's holder,
        the one the reader met last, not an earlier name nor an unnamed person met before the
        role phrase. The phrase is resolved as a role reference is (`PersonRefs._role_ref`)."""
        out = []
        first, last = self.token_at(start), self.token_at(end)
        for t in self.doc[first:last]:
            if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass") or t.idx < start or self.in_quote(t.idx):
                continue
            found = self._role_ref(t)
            if found is not None:
                out.append((found[0], self.role_of(t), self.actors[found[2]].name, found[2]))
        return out

    def pronoun_antecedent(self, tok: Token) -> tuple[Optional[str], Optional[str], Optional[Token]]:
        """(name, actor id, None) of the one a third-person pronoun stands for, (None, None,
        the noun) when it takes up an unnamed person (`unnamed_person_before`), or (None, None,
        None).

        The nearest paragraph (this one, then earlier ones) that names a candidate decides;
        within it a subject beats other mentions, then the nearest wins; a paragraph that
        names someone only in passing yields to the subject of the one before. Gender is not
        guessed from a name the dictionary does not settle, but "she" never takes a man's given name
        or honorific, nor "he" a woman's (`name_gender`). Names inside quotations are skipped (the
        quoted speaker talks about them)."""
        low = tok.lower_
        if low in PRONOUNS_PERSON:
            types, reach = {"PERSON"}, 3000
        elif low in PRONOUNS_ORG:
            types, reach = {"ORG", "GPE"}, 600
        elif low in PRONOUNS_GROUP:
            types, reach = {"ORG", "NORP", "GPE"}, 600
        else:
            return None, None, None
        limit = tok.idx
        cands: list[tuple[int, int, Optional[str], Optional[str]]] = []  # (start, role, name, aid)
        k = bisect.bisect_left(self.mention_starts, limit)
        for j in range(k - 1, -1, -1):
            s, e, aid = self.mentions[j]
            if s < limit - reach:
                break
            if e > limit or self.actors[aid].type not in types or self.in_quote(s):
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            role = self.role_of(span.root) if span is not None and len(span) else 0
            cands.append((s, role, self.actors[aid].name, aid))
        if "PERSON" in types:
            for s, e, name, role in self.extra_people:
                if limit - reach <= s and e <= limit and not self.in_quote(s):
                    cands.append((s, role, name, None))
            cands.extend(self._described_subjects(limit - reach, limit))
        if types != {"PERSON"}:
            cands = [c for c in cands if c[1] > 0]  # "it", "they": only a subject
        else:
            # "he", "she": never a name the text shows to be a place ("a clinic in X")
            cands = [c for c in cands if c[3] is None or not self.shown_no_person(c[3])]
        gender = pronoun_gender(low)
        if gender is not None:
            # "he"/"she" is a person: never a name holding a word that makes up organisation
            # names ("Harbour Mining", "Delta Holdings"), whatever type the model gave it
            cands = [c for c in cands if self.gender_of(c[2], c[3]) in (None, gender)
                     and not {w.lower() for w in WORD_RE.findall(c[2] or "")} & self.finder.org_words]
        if not cands:
            unnamed = self.unnamed_person_before(tok, max(0, limit - reach)) if types == {"PERSON"} else None
            return None, None, unnamed
        by_par: dict[int, list] = {}
        for c in cands:
            by_par.setdefault(self.paragraph_of(c[0]), []).append(c)
        pars = sorted(by_par, reverse=True)
        best = max(by_par[pars[0]], key=lambda c: (c[1], c[0]))
        if best[1] == 0 and len(pars) > 1 and (best[0] >= tok.sent.start_char or not self.surely_person(best)):
            # only a name in passing in the pronoun's own sentence ("after the meeting with X,
            # she said"): the subject of the paragraph before, if it has one, is the likelier
            # antecedent. A person's name in an earlier sentence of the paragraph is the last one
            # the reader met ("... a promise of Premier X. She said ..."): it stays the antecedent
            before = max(by_par[pars[1]], key=lambda c: (c[1], c[0]))
            if before[1] == 2:
                best = before
        if types == {"PERSON"}:
            unnamed = self.unnamed_person_before(tok, best[0] + 1)
            if unnamed is not None:
                return None, None, unnamed
        name, aid = best[2], best[3]
        if aid is None:
            found = self.match_last_name(name)
            if found is not None:
                return self.actors[found].name, found, None
        return name, aid, None
