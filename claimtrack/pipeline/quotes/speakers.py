"""Speakers: the subject of a cue mapped onto an actor, a titled person or a proper name."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from .cues import words_of
from .helpers import last_word
from .marks import start_of_line
from .persons import person_nouns
from .tables import names_a_place
from .words import (
    ADDRESSEE_VERBS,
    CLIMB_DEPS,
    FIRST_PERSON,
    INVERTED_DEPS,
    PRONOUNS_GROUP,
    PRONOUNS_ORG,
    PRONOUNS_PERSON,
    SUBJECT_DEPS,
    TextSpan,
    Cue,
)

#: Determiners of one unnamed member of a group: "a ministry official", "one official".
_INDEFINITE = frozenset({"a", "an", "one", "another"})


#: Nouns for one whose office is to speak for a body (WordNet 3.0 spokesperson.n.01, spokesman.n.01,
#: spokeswoman.n.01): unlike "an official", never a person speaking for herself.
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
#: Modifiers of one who held an office and holds it no more ("a former spokesman", "ex-").
_FORMER = frozenset({"former", "ex", "onetime", "erstwhile"})


class Speakers:
    """Choose the speaker of a cue."""

    # ---- speakers -------------------------------------------------------------------------
    def speaker_token(self, cue: Cue, qi: int, qj: int) -> Optional[Token]:
        """The token heading the speaker phrase of a cue, for a quotation over tokens qi..qj."""
        t = cue.token
        if cue.subject is not None:
            return cue.subject
        if cue.kind in ("according", "reporting", "noun"):
            return self._by_cue_kind(cue, qi, qj)
        v = self.outer_speech_verb(t)
        agent = self.passive_agent(v, qi, qj)
        if agent is not None:
            return agent
        found = self._clause_subject(v, t, qi, qj)
        if found is None and t.i > qi:
            found = self._inverted_speaker(t, qi, qj)
        return found if found is not None else self._named_before(t)

    def _by_cue_kind(self, cue: Cue, qi: int, qj: int) -> Optional[Token]:
        """"according to X"; the name (or pronoun) right before a reporting verb; the possessor
        of a speech noun."""
        t = cue.token
        if cue.kind == "according":
            to = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if to is None:
                return None
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return self.author_of(objs[0]) or objs[0]
            k = t.i + 2
            return self.doc[k] if k < len(self.doc) and self.doc[k].pos_ in ("PROPN", "NOUN") else None
        if cue.kind == "reporting":
            return self.doc[t.i - 1]  # the name (or pronoun) right before the reporting verb
        for c in t.children:
            if c.dep_ == "poss" and not (qi <= c.i < qj):
                return c
        of = words_of(t)  # "in the words of X"
        return of if of is not None and not (qi <= of.i < qj) else None

    def _clause_subject(self, v: Token, t: Token, qi: int, qj: int) -> Optional[Token]:
        """The subject of the speech verb `v` on the cue's line, climbing to the verb governing it."""
        participle = None
        for _ in range(5):
            subjects = [
                c for c in v.children
                if c.dep_ in SUBJECT_DEPS and not (qi <= c.i < qj) and not self.in_quote(c.idx) and self.same_line(c, t)
            ]
            subjects = [x for x in (self._fronted_topic(c) for c in subjects) if x is not None]
            inverted = [c for c in subjects if c.i > v.i]
            if inverted and v.i >= qj and any(c.i < qi for c in subjects):
                # '“...,” said a resident': after the quotation the speech verb comes before its
                # subject (quotative inversion), and a clause has one subject; a name before the
                # quotation that the parser also made the verb's subject is a dateline or a
                # fronted place ("Puerto Viejo, 12 May — “...,” said a resident")
                subjects = inverted
            if not subjects and v.tag_ in ("VBD", "VBZ"):
                # '“...,” Roe notes.': a name right before a finite verb that the parser made the
                # verb's compound (as if "Roe notes" were a noun phrase) is its subject
                subjects = [c for c in v.children if c.dep_ == "compound" and c.i == v.i - 1 and not self.in_quote(c.idx)
                            and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.is_title and not c.is_sent_start)]
            if subjects:
                # "the credit agency Moody's said": two subjects side by side; the name speaks
                named = [c for c in subjects if c.pos_ == "PROPN" or self.mention_of(c) is not None]
                found = (named or subjects)[0]
                if participle is not None and not self._may_speak(found):
                    return self._speaker_before(v, participle) or found
                return found
            if v.dep_ in CLIMB_DEPS and v.head.i != v.i:
                participle = v if v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > v.head.i else None
                v = v.head
                if participle is not None and v.dep_ == "ccomp" and v.head.pos_ in ("VERB", "AUX") and v.head.i < v.i \
                        and not self.in_quote(v.head.idx):
                    # "X said the state would not pay, adding that ...": a participle after a
                    # reported clause goes on with the one reporting it, not that clause's subject
                    v = v.head
                elif participle is not None and self._content_clause_of_object(v):
                    # "X denied claims that the board had met, saying ...": so does one after a
                    # noun's content clause ("claims that ...", "the news that ..."): it goes with
                    # the verb that has the noun as object, or, when that verb's clause is itself
                    # reported ("X said the board ignored warnings that ..., adding"), the reporter
                    v = v.head.head
                    if v.dep_ == "ccomp" and v.head.pos_ in ("VERB", "AUX") and v.head.i < v.i \
                            and not self.in_quote(v.head.idx):
                        v = v.head
                elif v.dep_ == "prep" and v.head.pos_ in ("VERB", "AUX"):
                    v = v.head  # "..., she interrupted upon saying": a participle takes the main subject
                elif v.pos_ not in ("VERB", "AUX"):
                    break
            elif v.dep_ == "parataxis" and v.head.tag_ in ("VBG", "VBN") and not (qi <= v.head.i < qj):
                v = v.head  # "Roe, noting the cost, said": the participle misread as the root
            else:
                break
        return None

    def _content_clause_of_object(self, v: Token) -> bool:
        """`v` heads a "that" clause of a noun that is the object of a verb before it, outside
        quotations: "rejected reports that the mayor had resigned", "welcomed news that the
        strike was over" (a content clause: the noun's content, not a relative clause)."""
        noun = v.head
        return v.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) \
            and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i \
            and not self.in_quote(noun.head.idx)

    def _may_speak(self, tok: Token) -> bool:
        """A name, an actor, a pronoun or a noun WordNet files as a person (or a body's proxy)."""
        return tok.pos_ in ("PROPN", "PRON") or self.mention_of(tok) is not None \
            or tok.lemma_.lower() in person_nouns() or tok.lemma_.lower() in self.finder.proxies

    def _speaker_before(self, v: Token, participle: Token) -> Optional[Token]:
        """'The first clash came at a rally, when farmers interrupted the minister, shouting
        “...”': the parser hung the speech participle from the main clause, whose subject (a
        clash) cannot speak; the participle's subject is that of the nearest clause before it
        whose subject can (Quirk et al. 1985, 15.59: the implied subject of a participle clause
        is a subject of the clause it goes with)."""
        for w in reversed(self.doc[v.i + 1 : participle.i]):
            if w.pos_ in ("VERB", "AUX"):
                subj = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < w.i), None)
                if subj is not None and self._may_speak(subj) and not self.in_quote(subj.idx):
                    return subj
        return None

    @staticmethod
    def _fronted_topic(subj: Token) -> Optional[Token]:
        """A preposition is never a subject: "Of the plan, Roe said ..." (a fronted topic phrase,
        "as for the plan") that the parser made the subject, hanging the real one from the
        phrase's object as an apposition. The last such apposition after the object speaks;
        with none, the phrase names no speaker (None). Any other subject is itself, and so is
        a preposition with no object (a surname such as "From" the tagger read as one)."""
        objs = [o for o in subj.children if o.dep_ == "pobj"] if subj.pos_ == "ADP" else []
        if not objs:
            return subj  # no phrase: a name the tagger read as a preposition ("From said")
        after = [a for a in objs[0].children if a.dep_ == "appos" and a.i > objs[0].i and a.pos_ in ("PROPN", "NOUN")]
        return after[-1] if after else None

    def _inverted_speaker(self, t: Token, qi: int, qj: int) -> Optional[Token]:
        """Inverted attribution ("“...,” said Burton", "reply Burton and Nick"); the one told
        ("told Reuters", "told the court") is not the speaker."""
        told = t.lemma_.lower() in ADDRESSEE_VERBS
        for c in t.rights:
            if c.dep_ in INVERTED_DEPS and c.pos_ in ("PROPN", "PRON", "NOUN") and c.i - t.i <= 4:
                if told and c.dep_ in ("dobj", "dative"):
                    continue
                if c.pos_ == "PRON" and c.lower_ not in PRONOUNS_PERSON | PRONOUNS_ORG | PRONOUNS_GROUP:
                    continue
                return c
        # a name right before or after the cue, tagged by the model or found by the actor
        # component (a given name the model left out: '“...,” said Per Olsen')
        for k in (t.i - 1, t.i + 1):
            if 0 <= k < len(self.doc) and not (qi <= k < qj):
                if told and k > t.i:
                    continue
                tk = self.doc[k]
                if tk.ent_type_ in ("PERSON", "ORG") or tk.lower_ in PRONOUNS_PERSON \
                        or tk.is_title and self.mention_of(tk, {"PERSON", "ORG"}) is not None:
                    return tk
        return None if told else self._after_bare_role(t)

    def _after_bare_role(self, t: Token) -> Optional[Token]:
        """'“...,” said surveyor Lev Roe, 41': after the inverted speech verb, a bare noun for a
        person (lower case, no determiner: a role or trade used as a title, data/person_nouns.json,
        at most three words with its modifiers) and then the person's name: the name speaks,
        however the parser read the role (often as a verb taking the name as its object)."""
        doc = self.doc
        k = t.i + 1
        while k < min(len(doc), t.i + 4) and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ != "DET":
            k += 1
        if k == t.i + 1 or k >= len(doc) or doc[k - 1].lemma_.lower() not in person_nouns():
            return None
        m = self.mention_of(doc[k], {"PERSON"})
        return self.doc[self.token_at(m[1] - 1)] if m is not None and m[0] == doc[k].idx else None

    def _named_before(self, t: Token) -> Optional[Token]:
        """The parse gave no subject on this line (a headline run into the sentence, say): the
        last person or organisation named earlier in the clause, before the cue."""
        line_start = start_of_line(self.newlines, t.idx)
        k = bisect.bisect_left(self.mention_starts, t.idx)
        for j in range(k - 1, max(-1, k - 6), -1):
            s, e, aid = self.mentions[j]
            if s < line_start:
                break
            if e <= t.idx and self.actors[aid].type in ("PERSON", "ORG") and not self.in_quote(s):
                return self.doc[self.token_at(e - 1)]
        return None

    def passive_agent(self, v: Token, qi: int, qj: int) -> Optional[Token]:
        """'X was asked by the host: “...”', '“...,” the mayor was told by engineers': a speech
        verb in the passive is spoken by its agent (the 'by' phrase); its subject is the one
        spoken to. A named agent in apposition wins ('by the host, Tom Berg')."""
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            return None
        for c in v.children:
            if c.dep_ == "agent" and not (qi <= c.i < qj):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if not objs:
                    return None
                obj = objs[0]
                k = obj.i + 2
                if obj.pos_ != "PROPN" and k < len(self.doc) and self.doc[k - 1].text == ",":
                    while k + 1 < len(self.doc) and self.doc[k + 1].pos_ == "PROPN" and self.doc[k].pos_ == "PROPN":
                        k += 1
                    if self.doc[k].pos_ == "PROPN" and not (qi <= k < qj):
                        return self.doc[k]  # the named one in apposition
                return obj
        return None

    def same_line(self, x: Token, y: Token) -> bool:
        lo, hi = sorted((x.idx, y.idx))
        return "\n" not in self.text[lo:hi]

    def speaker_of(self, cue: Cue, qi: int, qj: int):
        """(speaker name, actor id, speaker span) for a cue."""
        tok = self.speaker_token(cue, qi, qj)
        if tok is None:
            return None, None, None
        return self.name_of(tok)

    def tok_span(self, tok: Token) -> TextSpan:
        return TextSpan(start=tok.idx, end=tok.idx + len(tok), text=tok.text)

    def actor_result(self, m):
        s, e, aid = m
        return self.actors[aid].name, aid, TextSpan(start=s, end=e, text=self.text[s:e])

    def mention_of(self, tok: Token, types: Optional[set] = None):
        m = self.mention_for(tok.idx, tok.idx + len(tok), head=tok.idx)
        if m is not None and (types is None or self.actors[m[2]].type in types):
            return m
        return None

    def name_of(self, tok: Token):
        """(name, actor id, span) for the token heading a speaker phrase."""
        low = tok.lower_
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
            # "Jane Roe, the mayor, who called it ...": a relative pronoun is the noun its clause
            # modifies, and a role in apposition stands for the name beside it
            ante = tok.head.head
            if ante.dep_ == "appos" and ante.head.i < ante.i:
                ante = ante.head
            return self.name_of(ante)
        if tok.pos_ == "PRON" or low in PRONOUNS_PERSON:
            if low in FIRST_PERSON:
                return None, None, self.tok_span(tok)
            name, aid, unnamed = self.pronoun_antecedent(tok)
            if unnamed is not None:
                # "A spokeswoman for X denied it. '...,' she said": she is X's voice, when no
                # sentence outside quotation marks stands between (one may bring in another
                # person the pronoun resolver does not see: "His brother, a miner, was less sure.")
                body = self.spoken_for(unnamed) if self._sentences_between(unnamed.sent.end, tok.i) == 0 else None
                if body is not None:
                    return self.actors[body[2]].name, body[2], self.tok_span(tok)
                # "A fisher disagreed. '...,' he said": no name, the words that say who are kept
                return None, None, self.phrase_span(unnamed)[2]
            return name, aid, self.tok_span(tok)
        found = self._named_actor(tok) or self._by_common_noun(tok, low) or self._role_of_named(tok)
        if found is not None:
            return found
        titled = self.titled_name(tok) or self.role_holder(tok) or self.owned_role(tok)
        if titled is not None:
            return titled
        if self.definite(tok):
            found = self.kind_org(tok) or self.title_person(tok)
            if found is not None:
                return found
        described = self.described_person(tok)
        if described is not None:
            return described
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            return self.proper_name(tok)
        ahead = self.named_after(tok)
        if ahead is not None:
            return ahead
        name, conj, span = self.phrase_span(tok)
        possessed = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        aid = None if conj or possessed else self.match_last_name(name)
        if aid is not None:
            return self.actors[aid].name, aid, span
        return name, None, span

    def _named_actor(self, tok: Token):
        """The actor the token names, or a person in apposition to it: a person named in
        apposition to a role ("Its chair, Jane Doe, said", "Jane Doe, Acme's chief executive,
        said") is the speaker, not the organisation. None when it names none."""
        m = self.mention_of(tok)
        if m is not None and self.actors[m[2]].type == "PERSON":
            return self.actor_result(m)
        place = m is not None and (self.actors[m[2]].type in ("GPE", "LOC", "FAC") or names_a_place(self.actors[m[2]].name))
        if place and m[1] - m[0] == len(tok) and tok.text[:1].isupper():
            person = self._person_surnamed(tok.text)
            if person is not None:
                # "Joana Lima ... said Lima": a one-word place name that is the surname of a
                # person the article names (Lima, Jordan, Florence) speaks as that person; so
                # does a surname a place is named after ("Ruth Banda ... in Banda Town")
                return self.actors[person].name, person, self.tok_span(tok)
            if names_a_place(self.actors[m[2]].name):
                return self.proper_name(tok)  # a town or a port never speaks: the word alone, a surname
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i:
                cm = self.mention_of(c, {"PERSON"})
                if cm is not None:
                    return self.actor_result(cm)
                if c.pos_ == "PROPN" and c.text[:1].isupper() and tok.pos_ != "PROPN" and m is None:
                    return self.proper_name(c)
        if m is not None:
            return self.actor_result(m)
        for c in tok.children:
            if c.dep_ == "appos":
                cm = self.mention_of(c)
                if cm is not None:
                    return self.actor_result(cm)
        return None

    def _by_common_noun(self, tok: Token, low: str):
        """A common noun standing for someone: a proxy for its organisation ("a spokesperson"),
        a document for its author ("the report"), an affiliation for its body. None otherwise."""
        if tok.pos_ != "NOUN":
            return None
        lemma = tok.lemma_.lower()
        if lemma in self.finder.proxies or low in self.finder.proxies:
            named = self._proxy_named(tok)
            if named is not None:
                return named
            if (lemma in self.finder.unnamed or low in self.finder.unnamed) and tok.tag_ == "NN" \
                    and any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in tok.children):
                # "a ministry official said": one unnamed person, not the ministry's voice (as a
                # spokesperson is); the article names no speaker, and the words are kept
                return None, None, self.phrase_span(tok)[2]
            org = self.owner_of(tok) or (self.spoken_for(tok) if lemma in _SPOKESPEOPLE else None)
            if org is not None:
                return self.actor_result(org)
        if lemma in self.finder.documents or low in self.finder.documents:
            author = self.author_of(tok)
            if author is not None and author.i != tok.i:
                return self.name_of(author)
            return None, None, self.phrase_span(tok)[2]
        if lemma in self.finder.affiliations or low in self.finder.affiliations:
            org = self.affiliation_of(tok)
            if org is not None:
                return self.actor_result(org)
        return None

    def spoken_for(self, tok: Token):
        """(start, end, actor id) of the organisation a spokesperson speaks for, or None: the one
        the phrase names ("a spokeswoman for X", "X's spokesman": `owner_of`), else, for an
        indefinite one, the body the sentence before has as subject (`body_before`), and for a
        definite one with no owner ("the spokesman said"), the body of the nearest earlier
        indefinite spokesperson in this or the paragraph before (an earlier "the spokesman" is
        passed over, its own antecedent being further back; the first indefinite one met decides,
        None if it names no body): a definite noun phrase takes up the one its noun introduced
        ("A bank spokeswoman said ... '...,' the spokeswoman added"). A former spokesperson ("a
        former spokesman for X", "an ex-spokeswoman") speaks for no body."""
        if tok.lemma_.lower() not in _SPOKESPEOPLE or any(
                c.lower_ in _FORMER for c in tok.children if c.dep_ in ("amod", "compound", "advmod")):
            return None
        found = self.owner_of(tok) or self.body_before(tok)
        if found is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return found
        # the start of the paragraph before this one (a blank line between counts as no paragraph)
        par = bisect.bisect_right(self.par_starts, tok.idx) - 1
        while par > 0 and self._text_paragraphs(self.par_starts[par - 1], tok.idx) <= 1:
            par -= 1
        since = self.par_starts[par]
        for t in reversed(self.doc[max(0, tok.i - 300) : tok.i]):
            if t.idx < since:
                break
            if t.pos_ == "NOUN" and t.lemma_.lower() in _SPOKESPEOPLE and not self.in_quote(t.idx):
                if any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                    continue  # another "the spokesman": its own antecedent is further back
                return self.spoken_for(t)
        return None

    def body_before(self, tok: Token):
        """The organisation a spokesperson whose phrase names no owner speaks for: the one the
        sentence before the quotation's has as its subject, by name, as "the company" or as "it" (a
        spokesperson speaks for a body, and news names the body first: 'Kestrel Mining declined
        to give figures. "...," a spokeswoman said.'). Only an indefinite one: "the spokeswoman"
        takes up one met before, "his spokesman" speaks for a person. (start, end, actor id), or
        None."""
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) or tok.sent.start == 0:
            return None  # "the official said" takes up one named before; "his spokesman" a person's
        start = tok.sent.start_char
        k = bisect.bisect_right(self.quote_starts, tok.idx) - 1
        if k >= 0 and self.quote_spans[k][1] <= tok.idx:
            start = min(start, self.quote_spans[k][0])  # the quotation the phrase reports
        opening = self.doc[self.token_at(start)]
        if opening.sent.start == 0:
            return None
        before = self.doc[opening.sent.start - 1].sent
        found = [(s, e, aid) for s, e, aid in [*self.mentions, *self.definite_refs]
                 if before.start_char <= s < before.end_char and self.actors[aid].type == "ORG" and not self.in_quote(s)]
        for s, e, aid in sorted(found):
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span) and self.role_of(span.root) == 2:
                return s, e, aid
        for t in before:
            # 'Kestrel Mining will refund the fees. It denied a breach. "...," a spokesman said':
            # the subject may be the pronoun that takes the body up, when it says or denies
            # something (a speech verb), as a body does and a thing ("It sank in June") does not
            if t.lower_ == "it" and t.dep_ == "nsubj" and self.cue_token(t.head) in ("strong", "weak") \
                    and not self.in_quote(t.idx):
                _, aid = self.resolve_pronoun(t)
                if aid is not None and self.actors[aid].type == "ORG":
                    return t.idx, t.idx + len(t), aid
        return None

    def _person_surnamed(self, word: str) -> Optional[str]:
        """The one PERSON actor whose name of two words or more ends in `word`, else None."""
        found = {a.id for a in self.actors.values() if a.type == "PERSON"
                 and any(len(n.split()) > 1 and last_word(n) == last_word(word) for n in (a.name, *a.aliases) if n)}
        return next(iter(found)) if len(found) == 1 else None

    def _role_of_named(self, tok: Token):
        """"the mayor of X, Ana Roe, said": a person's role or title whose of/for phrase is
        followed by a name in apposition (the parser hangs it from the place or body): the name
        is the role's holder, since a person's name does not rename a place or a body."""
        if tok.pos_ != "NOUN" or not (tok.lower_ in self.finder.title_heads or tok.lemma_.lower() in person_nouns()):
            return None
        return self._proxy_named(tok)

    def _proxy_named(self, tok: Token):
        """"a spokeswoman for X, Ana Roe, said": the name in apposition after the proxy's
        of/for phrase, which the parser hangs from the organisation, names the proxy (a person's
        name does not rename an organisation). A person the actor table knows, or a proper name
        of two or more words that names no other actor; None otherwise."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("for", "of", "at", "from", "with"):
                continue
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                for a in o.children:
                    if a.dep_ != "appos" or a.i < o.i or self.in_quote(a.idx):
                        continue
                    m = self.mention_of(a)
                    if m is not None:
                        return self.actor_result(m) if self.actors[m[2]].type == "PERSON" else None
                    if a.pos_ == "PROPN" and a.text[:1].isupper() and any(
                            k.dep_ == "compound" and k.pos_ == "PROPN" and k.i == a.i - 1 for k in a.children):
                        return self.proper_name(a)
        return None

    # ---- second references: "the utility", "the marshal", "Speaker of the House X" ---------
    def definite(self, tok: Token) -> bool:
        """"the club", "the French club": a definite common noun phrase with no possessor,
        no name beside it and no of-phrase of its own."""
        if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isalpha():
            return False
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return False
        return not any(
            c.dep_ in ("poss", "appos", "conj") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at"))
            or (c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper())
            for c in kids
        )

    def titled_name(self, tok: Token):
        """"Speaker of the House Mike Johnson said", "President of the Senate Ana Ruiz said": a
        title whose of-phrase ends in a person's name; the name is the speaker."""
        if tok.lower_ not in self.finder.title_heads or not tok.text[:1].isupper():
            return None
        o = None
        node = tok
        for _ in range(4):
            prep = next((c for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
            if prep is None:
                break
            nxt = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if nxt is None or not self.same_line(nxt, tok):
                break
            o = node = nxt
        if o is None or o.pos_ != "PROPN":
            return None
        left = o.i
        while left - 1 > tok.i and self.doc[left - 1].pos_ == "PROPN" and self.doc[left - 1].dep_ == "compound" and self.doc[left - 1].head.i == o.i:
            left -= 1
        m = self.mention_of(o, {"PERSON"})
        if m is not None:
            return self.actor_result(m)
        for aid in self.people_named(o.lower_):
            return self.actors[aid].name, aid, self.tok_span(o)
        chain = self.doc[left : o.i + 1]
        if len(chain) < 3 or not all(t.is_title and t.lower_ not in self.finder.org_words for t in chain[-2:]):
            return None  # "Head of the Rift Valley Institute": an organisation, no name
        s, e = chain[-2].idx, o.idx + len(o)
        name = self.text[s:e]
        self.extra_people.append((s, e, name, self.role_of(tok)))
        words = {t.lower_ for t in self.doc[tok.left_edge.i : tok.i + 1]} & self.finder.title_words
        self.titled_people.append((s, e, name, frozenset(words | {tok.lower_})))
        return name, None, TextSpan(start=s, end=e, text=name)

    def people_named(self, last: str) -> list[str]:
        """Ids of the people whose name or alias ends in `last`."""
        return [
            aid for aid, a in self.actors.items()
            if a.type == "PERSON" and any(last_word(n) == last for n in [a.name, *a.aliases])
        ]
