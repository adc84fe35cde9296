"""Name resolution: organisations by kind, titled people, authors, owners and affiliations."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from ...parsers.lexicon import ARTICLES_DEMONSTRATIVES
from .coref import noun_gender
from .helpers import last_word
from .persons import describes_role, person_nouns
from .words import PRONOUNS_PERSON, SUBJECT_DEPS, WORD_RE, TextSpan


class References:
    """Resolve descriptions ('the utility', 'the marshal', 'his party') to names."""

    def kind_org(self, tok: Token):
        """"the utility said": the organisation of that kind the article named last (a name
        with a cue of the kind: Power, Energy, Electric), else, for kinds whose names rarely
        say what they are (companies, clubs), the organisation that was last the subject of a
        main clause in this or the two paragraphs before."""
        lemma = tok.lemma_.lower()
        cues = self.finder.kinds.get(lemma) or self.finder.kinds.get(tok.lower_)
        if cues is None:
            return None
        cues = cues | {c.lower_ for c in tok.children if c.dep_ == "compound" and c.is_lower}
        types = {"ORG", "GPE"} if "@place" in cues else {"ORG"}
        limit = tok.idx
        par = self.paragraph_of(limit)
        by_subject = None
        k = bisect.bisect_left(self.mention_starts, limit)
        for j in range(k - 1, -1, -1):
            s, e, aid = self.mentions[j]
            if s < limit - 4000:
                break
            actor = self.actors[aid]
            if e > limit or self.in_quote(s) or actor.type not in types:
                continue
            if actor.type == "ORG" and self.actor_words.get(aid, frozenset()) & cues:
                return actor.name, aid, self.phrase_span(tok)[2]
            if by_subject is None and "@subject" in cues and self.paragraph_of(s) >= par - 2:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span) and self.role_of(span.root) == 2:
                    by_subject = aid
        if by_subject is not None:
            return self.actors[by_subject].name, by_subject, self.phrase_span(tok)[2]
        return None

    def title_person(self, tok: Token):
        """"the marshal said", "the defence minister said": the person last named with that
        title (every title word of the phrase: "prime minister" is not "defence minister")."""
        if tok.lower_ not in self.finder.title_heads:
            return None
        need = {tok.lower_} | {
            c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in self.finder.title_words
        }
        limit = tok.idx
        best = None  # (start, name, aid)
        k = bisect.bisect_left(self.mention_starts, limit)
        for j in range(k - 1, -1, -1):
            s, e, aid = self.mentions[j]
            if e <= limit and need <= self.person_titles.get(aid, frozenset()) and not self.in_quote(s):
                best = (s, self.actors[aid].name, aid)
                break
        for s, e, name, words in self.titled_people:
            if need <= words and e <= limit and (best is None or s > best[0]):
                best = (s, name, None)
        if best is None:
            return None
        return best[1], best[2], self.phrase_span(tok)[2]

    def role_holder(self, tok: Token):
        """"the prime minister said", "the French leader said", "the Commission president said":
        the person the article last named with that role, where the title also carries the
        description's capitalised modifiers (a country's demonym, an organisation's name). A
        generic role noun ("leader", data/role_nouns.json) stands for the titles it covers; a
        role the article itself gave a person ("X, the trainer,") counts as a title of hers."""
        low = tok.lower_
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.dep_ in ("poss", "appos") for c in kids):
            return None
        generic = self.finder.generic_roles.get(low)
        stated = self.stated_heads()
        if generic is None and low not in self.finder.title_heads and low not in stated:
            return None
        need: set[str] = set() if generic else {low}
        mods: set[str] = set()
        for c in tok.lefts:
            if c.dep_ not in ("amod", "compound"):
                continue
            for w in c.subtree:
                if w.i >= tok.i or w.is_punct:
                    continue
                if w.lower_ in self.finder.title_words and not w.text[:1].isupper():
                    need.add(w.lower_)  # "prime", "defence"
                elif w.text[:1].isupper() and w.is_alpha:
                    mods.add(w.lower_)  # "French", "European", "Commission"
        roles = generic or (frozenset(need),)
        k = bisect.bisect_left(self.mention_starts, tok.idx)
        for j in range(k - 1, -1, -1):
            s, e, aid = self.mentions[j]
            actor = self.actors[aid]
            if actor.type != "PERSON" or e > tok.idx or self.in_quote(s):
                continue
            for title in [*(getattr(actor, "titles", None) or []), *actor.aliases]:
                words = {w.lower() for w in WORD_RE.findall(title)}
                if need <= words | roles[0] and mods <= words and any(r <= words for r in roles):
                    return actor.name, aid, self.phrase_span(tok)[2]
            # a role the article put beside the name ("Jane Roe, the trainer,": quotes.persons)
            for head, words in self.stated_roles().get(aid, ()):
                if head == low and need <= words and mods <= words:
                    return actor.name, aid, self.phrase_span(tok)[2]
        return None

    def phrase_span(self, tok: Token):
        """(text, coordinated?, span) of the noun phrase: left modifiers + head (+ conjuncts),
        on the head's line."""
        left = tok.left_edge.i
        right = tok.i
        conj = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i]
        if conj:
            right = max(right, conj[-1].i)
        toks = [t for t in self.doc[left : right + 1] if not t.is_punct or t.text in "-&'."]
        toks = [t for t in toks if self.same_line(t, tok) and not t.is_space]
        while toks and (toks[0].lower_ in ARTICLES_DEMONSTRATIVES or toks[0].dep_ == "poss" and toks[0].pos_ == "PRON"
                        or toks[0].pos_ in ("ADV", "CCONJ") and toks[0].dep_ in ("advmod", "cc", "preconj")):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            toks = [tok]
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
        name = self.text[s:e]
        return name, bool(conj), TextSpan(start=s, end=e, text=name)

    def proper_name(self, tok: Token):
        """A proper name the actor table lacks: the head with its proper-noun compounds."""
        left = tok.i
        while left - 1 >= 0 and self.doc[left - 1].pos_ == "PROPN" and self.doc[left - 1].head.i == tok.i and self.same_line(self.doc[left - 1], tok):
            left -= 1
        s, e = self.doc[left].idx, tok.idx + len(tok)
        name = self.text[s:e]
        span = TextSpan(start=s, end=e, text=name)
        aid = self.match_last_name(name)
        if aid is not None:
            return self.actors[aid].name, aid, span
        if e - s > len(tok) or tok.ent_type_ == "PERSON":
            self.extra_people.append((s, e, name, 2))
        return name, None, span

    def author_of(self, tok: Token) -> Optional[Token]:
        """The author of a document or statement: "a statement from X", "X's report"."""
        lemma = tok.lemma_.lower()
        if lemma not in self.finder.documents and lemma not in self.finder.nouns:
            return None
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                return c
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of"):
                for o in c.children:
                    if o.dep_ == "pobj" and (o.pos_ == "PROPN" or self.mention_of(o) is not None):
                        return o
        return None

    def owner_of(self, tok: Token):
        """The organisation an unnamed spokesperson speaks for: "a spokesperson for X",
        "X's spokesman", "a ministry official" (a compound naming an actor), "a company spokesman"
        (a kind of organisation: the one of that kind the article is about, `kind_org`)."""
        orgs = {"ORG", "GPE", "NORP"}
        for c in tok.children:
            if c.dep_ in ("poss", "compound") and c.i < tok.i:
                m = self.mention_of(c, orgs)
                if m is not None:
                    return m
                kind = self.kind_org(c) if c.dep_ == "compound" and c.is_lower else None
                if kind is not None:  # "a company spokesman": the company the article is about
                    return kind[2].start, kind[2].end, kind[1]
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from", "with"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        m = self.mention_of(o, orgs)
                        if m is not None:
                            return m
                        aid = self.org_refs().get(o.i)
                        if aid is not None:  # "a spokeswoman for the utility": the one it takes up
                            return o.idx, o.idx + len(o), aid
        return None

    def affiliation_of(self, tok: Token):
        """"his party", "her government": the organisation the text ties to the person the
        possessive stands for ("the Y of X", "X, leader of the Y", "X's Y")."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.pos_ == "PRON":
            if poss.lower_ not in PRONOUNS_PERSON:
                return None
            _, pid = self.resolve_pronoun(poss)
        else:
            pm = self.mention_of(poss, {"PERSON"})
            pid = pm[2] if pm is not None else None
        if pid is None:
            return None
        orgs = {"ORG"}
        for s, e, aid in self.mentions:
            if aid != pid or s >= tok.idx:
                continue
            root = self.doc[self.token_at(e - 1)]
            # "the Y of X": X hangs from "of" under the organisation's name
            if root.dep_ == "pobj" and root.head.lower_ == "of":
                m = self.mention_of(root.head.head, orgs)
                if m is not None:
                    return m
            # "X's Y"
            if root.dep_ == "poss":
                m = self.mention_of(root.head, orgs)
                if m is not None:
                    return m
            # "X, leader of the Y" / "X of the Y"
            for c in [root, *(a for a in root.children if a.dep_ == "appos")]:
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in ("of", "for", "from"):
                        for o in p.children:
                            if o.dep_ == "pobj":
                                m = self.mention_of(o, orgs)
                                if m is not None:
                                    return m
        return None

    def match_last_name(self, name: str) -> Optional[str]:
        last = last_word(name)
        if not last:
            return None
        best = None
        for actor in self.actors.values():
            names = [actor.name, *actor.aliases]
            if any(last_word(n) == last for n in names):
                if best is None or (actor.type == "PERSON" and self.actors[best].type != "PERSON"):
                    best = actor.id
        return best

    def described_person(self, tok: Token):
        """"Ana Roe walked through her orchard. '...,' the Berkane farmer said": a definite
        description headed by a person noun (WordNet: data/person_nouns.json), with no
        possessor, apposition, clause or prepositional phrase of its own, is the person the
        paragraph named just before it, when that person is the subject of the sentence before
        (or of the same sentence) and no other person is named between; not a person the
        article titles otherwise ("Minister X" is not "the farmer"; a wider word for the title
        is no other role: "the lawyer" for "counsel X", `describes_role`) nor one of the other
        sex. News names a person once and then describes her. None otherwise."""
        singular = (tok.pos_ == "NOUN" and tok.tag_ == "NN") or (tok.pos_ == "PROPN" and tok.is_lower)
        if not singular or tok.lower_ not in person_nouns():
            return None  # (the small model tags a lower-case "baker" a proper noun at times)
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
                c.dep_ in ("poss", "appos", "conj", "relcl", "acl", "prep") for c in kids):
            return None
        k = bisect.bisect_left(self.mention_starts, tok.idx)
        for j in range(k - 1, -1, -1):
            s, e, aid = self.mentions[j]
            if e > tok.idx or self.in_quote(s):
                continue
            if self.actors[aid].type != "PERSON":
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span) or self.paragraph_of(s) != self.paragraph_of(tok.idx):
                return None
            if self._sentences_between(span.sent.end, tok.sent.start) > 0:
                return None  # a sentence outside quotation marks between the name and the description
            if self.role_of(span.root) != 2:
                return None
            titles = self.person_titles.get(aid) or frozenset()
            stated = {head for head, _ in self.stated_roles().get(aid, ())}
            if (titles or stated) and not any(describes_role(tok.lower_, r) for r in titles | stated):
                return None
            gender = noun_gender(tok)
            if gender is not None and self.gender_of(self.actors[aid].name, aid) not in (None, gender):
                return None
            return self.actors[aid].name, aid, self.phrase_span(tok)[2]
        return None

    def _sentences_between(self, a: int, b: int) -> int:
        """How many sentences outside quotation marks start in tokens [a, b)."""
        return sum(1 for i in range(a, b) if self.doc[i].is_sent_start and not self.in_quote(self.doc[i].idx))

    def role_of(self, root: Token) -> int:
        """2 for the subject of a main clause (or of a speech verb), 1 for another subject,
        0 otherwise; a name in apposition takes the role of the noun it stands beside."""
        name = root
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ in SUBJECT_DEPS:
            head = root.head
            if head.dep_ == "ROOT" or self.cue_token(head) in ("strong", "weak"):
                return 2
            return 1
        return 2 if self._before_subjectless_cue(name) else 0

    def _before_subjectless_cue(self, name: Token) -> bool:
        """'..., its chairman, Jane Roe, said.': a name followed (after a comma) by a speech verb
        the parse gave no subject is that verb's subject, whatever the parse attached it to."""
        doc = name.doc
        j = name.right_edge.i + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j >= len(doc):
            return False
        verb = doc[j]
        return self.cue_token(verb) in ("strong", "weak") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
