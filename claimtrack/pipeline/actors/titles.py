"""Titles: a person's titles moved out of the name, and words that are part of a title."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...actorids.gazetteer import Tables
from ...actorids.names import cached_name_key
from ...titles import FUNCTION_WORDS, PERSON_HONORIFICS
from .kinds import HEAD_FIRST, given_or_unlisted, name_words
from .state import Cand, DocState
from ...actorids.first_names import first_names
from ...actorids.words import ORG_HEADS_SET, PARTICLES
from ..quotes.persons import person_nouns
from ...wordnet_nouns import noun_lexfiles


#: WordNet's lexicographer files of nouns that name a made thing (noun.artifact: "hall", "airport")
#: and a place (noun.location: "island", "district").
_ARTIFACT_FILE, _LOCATION_FILE = 6, 15

#: The hyphens spaCy splits off between the parts of a double-barrelled name.
_HYPHENS = frozenset({"-", "‑"})


class Titles:
    """Find titles before and inside person names."""

    tables: Tables
    st: DocState
    vocab: frozenset

    def _titles(self, doc: Doc, cands: list[Cand]) -> list[tuple[int, int]]:
        """Move titles before a person's name into `titles`; returns the char zones titles cover."""
        toks = self.st.tokens
        zones = []
        words = self.tables.title_words
        for c in cands:
            of_title = self._of_title_name(c) if c.label in ("PERSON", "ORG") and c.entry is None else None
            if of_title is not None:
                # "Speaker of the Assembly Jonas Petrauskas" tagged "Assembly Jonas Petrauskas"
                title_start, name_start = of_title
                a, b = toks[title_start].idx, toks[name_start - 1].idx + len(toks[name_start - 1].text)
                c.tok_start, c.start, c.label = name_start, toks[name_start].idx, "PERSON"
                c.titles.append(self.st.text[a:b])
                c.title_text = self.st.text[a:c.end]
                zones.append((a, b))
                continue
            inner = self._inner_title(doc, c) if c.label in ("PERSON", "ORG") and c.entry is None else None
            if self._person_despite_label(c, inner):
                c.label = "PERSON"
            role_noun = self._role_first(c)
            if c.label != "PERSON":
                continue
            # titles inside the entity ("President Emmanuel Macron")
            i = c.tok_start + role_noun
            while i < c.tok_end - 1 and (toks[i].lower_.rstrip(".") in words or toks[i].text == "-"):
                i += 1
            i = max(self._title_end(doc, c.tok_start, i), c.tok_start + role_noun)
            if i == c.tok_start and inner is not None:
                i = inner  # "Senate Majority Leader John Thune": the institution is part of the title
            # titles just before it ("British Defence Secretary" + "John Healey")
            # (no further back than the longest title reaches: a run of title words costs no more)
            j = c.tok_start
            walked = 0
            while j > 0 and walked <= self.tables.title_max_words:
                tok = toks[j - 1]
                if tok.lower_.rstrip(".") in words or (tok.text == "-" and j > 1):
                    j -= 1
                    walked += tok.text != "-"
                    continue
                break
            j = self._title_start(doc, j, c.tok_start)
            if j == c.tok_start > 0 and toks[j].lower_ in first_names() and self._role_word(toks[j - 1]):
                j -= 1  # "as Pastor Elias Monroe arrived": a role noun right before a given name
            has_title = j < c.tok_start or i > c.tok_start
            if not has_title:
                continue
            # modifiers of the title: a country, demonym, organisation or department word
            k = j
            while j < c.tok_start and k > 0:
                tok = toks[k - 1]
                if tok.text[:1].isupper() and tok.is_alpha or tok.text in {"U.S.", "U.K.", "E.U.", "U.N."}:
                    if self._ss(tok) or tok.pos_ in {"PROPN", "ADJ", "NOUN"}:
                        k -= 1
                        if self._ss(tok):
                            break
                        continue
                break
            title_start = toks[k].idx if k < c.tok_start else toks[c.tok_start].idx
            if i > c.tok_start:
                c.start = toks[i].idx
                c.tok_start = i
            title_end = toks[c.tok_start - 1].idx + len(toks[c.tok_start - 1].text)
            title = self.st.text[title_start:title_end].strip()
            if title:
                c.titles.append(title)
                c.title_text = self.st.text[title_start:c.end]
                zones.append((title_start, title_end))
        return zones

    def _office_names(self, doc: Doc, cands: list[Cand], layout) -> tuple[list[Cand], list[tuple[int, int]]]:
        """'Minister of Forestry Kwame Adjei Boateng said', 'Deputy Minister of Ports and Shipping
        Ana Roe': an office named as "<title> of|for <portfolio> <name>" writes the person's name
        right after the portfolio's capitalised words, and the model cuts the name short
        ("Boateng"), takes a portfolio word in ("Transport Jane Roe"), tags a portfolio word as a
        body ("Labour") or tags nothing. The name starts at the first word after the office that
        is a given name (the first-name dictionary) or no English word, and neither a place of the
        tables nor a word of the title table; it runs through the last of the capitalised words (two to
        four, name particles inside). The candidates are set to that person with that title;
        returns them and the char zones of the titles (what lies there is no actor)."""
        toks = self.st.tokens
        n = len(doc)
        heads = self._title_heads()
        zones: list[tuple[int, int]] = []
        made: list[Cand] = []
        for i in range(n - 3):
            office = toks[i]
            if not (office.is_title and office.lower_ in heads and toks[i + 1].lower_ in ("of", "for")):
                continue
            run = self._office_run(i + 2)
            split = self._name_start(run)
            if split is None or layout.kind(office.idx) != "body":
                continue
            name_s, name_e = run[split], run[-1] + 1
            start = self._title_words_before(i)  # "Deputy Minister of ..."
            zone = (toks[start].idx, toks[name_s - 1].idx + len(toks[name_s - 1].text))
            title = self.st.text[zone[0]:zone[1]]
            a, b = toks[name_s].idx, toks[name_e - 1].idx + len(toks[name_e - 1].text)
            person = Cand(a, b, "PERSON", name_s, name_e, titles=[title], title_text=self.st.text[zone[0]:b])
            zones.append(zone)
            made.append(person)
        if not made:
            return cands, zones
        spans = [(p.start, p.end) for p in made]
        # the model's pieces of those names and of their portfolios give way to the names
        kept = [c for c in cands if not any(c.start < z[1] and z[0] < c.end for z in zones + spans)]
        return sorted(kept + made, key=lambda c: c.start), zones

    def _office_run(self, j: int) -> list[int]:
        """The token indices of the capitalised words (and the "and", "of", "for", "the" between
        them, and a name's particles) from `j` through the last of the sentence's run of them."""
        toks = self.st.tokens
        run: list[int] = []
        while j < len(toks) and j not in self.st.sent_starts:
            tok = toks[j]
            if tok.is_title and tok.text.replace("-", "").isalpha():
                run.append(j)
            elif (tok.lower_ in FUNCTION_WORDS or tok.lower_ in PARTICLES) and j + 1 < len(toks) and toks[j + 1].is_title:
                run.append(j)
            elif tok.text in _HYPHENS and run and run[-1] == j - 1 and not toks[j - 1].whitespace_ \
                    and not tok.whitespace_ and j + 1 < len(toks) and toks[j + 1].is_title:
                run.append(j)  # "Berg-Halvorsen": the hyphen of a double-barrelled name, glued to both words
            else:
                break
            j += 1
        return run

    def _name_start(self, run: list[int]) -> Optional[int]:
        """The position in `run` where the person's name starts (see `_office_names`), or None:
        after one portfolio word at least, a name of two to four words whose first is a given
        name or no English word, and whose last is no body's word ("Health Services Board")."""
        toks = self.st.tokens
        aliases = self.tables.aliases
        for k in range(1, len(run)):
            tok = toks[run[k]]
            low = tok.lower_
            if tok.text in _HYPHENS or toks[run[k - 1]].text in _HYPHENS:
                continue  # no name starts at a hyphen, nor after one ("Agri-Food", "Berg-Halvorsen")
            if low in FUNCTION_WORDS or low in PARTICLES or toks[run[k - 1]].lower_ in FUNCTION_WORDS \
                    or all(toks[r].lower_ in FUNCTION_WORDS for r in run[:k]):
                continue
            if cached_name_key(tok.text) in aliases or low in self.tables.title_words:
                continue  # "President of Kenya ...": a place of the tables is the office's, not the name
            if not given_or_unlisted(self.vocab, low) or low not in first_names() and self._plural_noun(low):
                continue  # a portfolio's English word: "Forestry", "Trade", "Resources" (the word list holds singulars)
            rest = run[k:]
            words = [r for r in rest if toks[r].text not in _HYPHENS]
            if not 2 <= len(words) <= 4 or any(toks[r].lower_ in FUNCTION_WORDS for r in rest) \
                    or rest != list(range(rest[0], rest[-1] + 1)) or self._body_word(toks[rest[-1]].lower_):
                return None
            return k
        return None

    def _of_title_name(self, c: Cand) -> Optional[tuple[int, int]]:
        """'Speaker of the Assembly Jonas Petrauskas', 'Chairman of the Board Viktor Halme': an
        office named as "<title> of (the) <body>" right before a person's name, which the model
        tags together with the body's words as one organisation. Where the entity follows such
        an "of" and ends in a name of two or three Title-Case words that starts with a given name
        (the first-name dictionary), returns (first token of the title, first token of the
        name); else None. The body's words are part of the title, not an actor of their own."""
        toks = self.st.tokens
        s, e = c.tok_start, c.tok_end
        k = s - 1
        if k >= 0 and toks[k].lower_ == "the":
            k -= 1
        if k < 1 or toks[k].lower_ != "of" or not self._role_word(toks[k - 1]):
            return None
        for n in range(s + 1, e - 1):
            if toks[n].lower_ in first_names() and 2 <= e - n <= 3 \
                    and all(t.is_title and t.is_alpha for t in toks[n:e]) and toks[e - 1].lower_ not in ORG_HEADS_SET:
                return self._title_words_before(k - 1), n  # "Deputy Speaker of the Assembly"
        return None

    def _title_words_before(self, i: int) -> int:
        """The first token of the capitalised title words right before token `i` and in its
        sentence ("Deputy" of "Deputy Minister of ..."; not a small word of a title, "of"), or `i`."""
        toks = self.st.tokens
        start = i
        while start > 0 and toks[start - 1].is_title and toks[start - 1].lower_.rstrip(".") in self.tables.title_words \
                and toks[start - 1].lower_ not in FUNCTION_WORDS and start not in self.st.sent_starts:
            start -= 1
        return start

    def _role_word(self, tok) -> bool:
        """A capitalised word that names a person's office or role: a word of a title
        (the last word of a title of data/titles.txt: "Coach", "Governor") or a noun for a
        kind of person (`_person_noun`: "Pastor", "Headteacher")."""
        low = tok.lower_.rstrip(".")
        return tok.is_title and tok.is_alpha and (low in self._title_heads() or self._person_noun(low))

    def _title_heads(self) -> frozenset:
        """The last word of each title of the table, the office itself ("minister", "coach"; not
        "health" of "Health Minister"), once per table."""
        titles = self.tables.titles
        if getattr(self, "_heads_for", None) is not titles:
            self._heads_for = titles
            self._heads = frozenset(p.replace("-", " ").split()[-1] for p in titles if p.strip())
        return self._heads

    def _person_noun(self, low: str, kinds: bool = False) -> bool:
        """A noun whose commonest WordNet sense is a kind of person (data/person_nouns.json), or a
        closed compound that ends in one after an English word: English writes many occupations
        as one word that WordNet does not list ("headteacher": head + teacher, "brewmaster":
        brew + master). The first part has three letters at least and the person noun four
        ("Freeman", "Goodman" are surnames, not a free man). A compound that ends in a kind of
        organisation ("drugmaker", "chipmaker": actor_cues.json 'org_descriptors', as
        linking._org_kind_before reads them) names a company, not a person (`kinds` True: either)."""
        if low in person_nouns():
            return True
        org = self.tables.cue("org_descriptors")
        if any(len(k) >= 5 and low.endswith(k) and len(low) > len(k) + 2 for k in org):
            return kinds  # True only when asked for a kind of company too (`kinds`)
        return any(low[k:] in person_nouns() and low[:k] in self.vocab for k in range(3, len(low) - 3))

    def _role_noun_first(self, c: Cand) -> bool:
        """'Farmer Ikaika Kahale', 'Brewmaster Karel Novak said': a capitalised noun for a kind of
        person (WordNet, data/person_nouns.json; no given name, no title word) opening the entity
        before a name of two or three capitalised words that starts with a given name or holds no
        English word is the person's role, as a title is (news writes occupations before names)."""
        toks = self.st.tokens
        s, e = c.tok_start, c.tok_end
        words = [t for t in toks[s + 1:e] if t.text != "-"]
        first = toks[s]
        low = first.lower_
        if not 2 <= len(words) <= 3 or not first.is_title or not self._person_noun(low) \
                or low in self.tables.title_words:
            return False
        if low in first_names() and len(words) != 2:
            return False  # "Pastor" is a given name too: a role only before a whole name of two words
        if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() or t.is_lower and t.idx == toks[t.i - 1].idx + len(toks[t.i - 1].text)
                   for t in words):
            return False  # capitalised words, or the lower-case part of a hyphenated given name ("Min-ji")
        if self._body_word(words[-1].lower_):
            return False  # "Drugmaker Ansel Pharmaceuticals": what a company makes ends the name
        return given_or_unlisted(self.vocab, *(t.lower_ for t in words))

    def _role_first(self, c: Cand) -> bool:
        """Whether the entity opens with a person's role ("Farmer Jane Doe": then a person); a
        kind word before a body's name ("Organiser Islandia Events", "Drugmaker X
        Pharmaceuticals") says what the body is and is cut off the name."""
        if c.label not in ("PERSON", "ORG") or c.entry is not None:
            return False
        if self._role_noun_first(c):
            c.label = "PERSON"
            return True
        if self._kind_before_body(c):
            c.tok_start += 1
            c.start = self.st.tokens[c.tok_start].idx
        return False

    def _kind_before_body(self, c: Cand) -> bool:
        """A capitalised agent noun for a kind of person or company ("Organiser", "Drugmaker": an
        English agent suffix, -er, -or, -ist; not "National", a person noun too) opening an entity
        of two or three more capitalised words that ends in a body's word ("Events",
        "Pharmaceuticals", "Union"), where a capital letter says nothing: at the start of a
        sentence or after a dateline's dash. Inside a sentence English writes such a kind word in
        lower case ("the drugmaker X"), so a capitalised one is a word of the name ("a complaint
        by the Renter Protection League")."""
        toks = self.st.tokens
        s, e = c.tok_start, c.tok_end
        if not (s == 0 or s in self.st.sent_starts or toks[s - 1].is_punct):
            return False
        words = [t for t in toks[s + 1:e] if t.text != "-"]
        first = toks[s]
        return 2 <= len(words) <= 3 and first.is_title and first.is_alpha and first.lower_.endswith(("er", "or", "ist")) \
            and self._person_noun(first.lower_, kinds=True) \
            and first.lower_ not in self.tables.title_words and all(t.text[:1].isupper() for t in words) \
            and self._body_word(words[-1].lower_)

    def _body_word(self, low: str) -> bool:
        """A last word that ends the names of bodies and venues, never a person's: an organisation's
        head ("Union", "Bank"), a venue's ("Hospital", "Hotel": kinds.HEAD_FIRST) or a plural of
        what a company makes or runs ("Pharmaceuticals", "Metals": Kinds._plural_noun)."""
        return low in ORG_HEADS_SET or low in HEAD_FIRST or self._plural_noun(low)

    def _honorific_name(self, c: Cand) -> bool:
        """'Dr Ama Roe', 'Mrs Roe said', 'Prof. Ama Roe': a capitalised honorific that English writes
        only before a person's name (`titles.PERSON_HONORIFICS`), right before the entity or as
        its first word, and after it one to three capitalised words, the last no organisation
        head ("Dr Roe Clinic" is a body)."""
        toks = self.st.tokens
        s, e = c.tok_start, c.tok_end
        if toks[s].lower_.rstrip(".") in PERSON_HONORIFICS and toks[s].is_title:
            s += 1
            if s < e and toks[s].text == ".":
                s += 1
        else:
            k = s - 1
            if k >= 1 and toks[k].text == "." and not toks[k - 1].whitespace_:
                k -= 1  # "Prof." written as two tokens
            if k < 0 or toks[k].lower_.rstrip(".") not in PERSON_HONORIFICS or not toks[k].is_title:
                return False
        words = [t for t in toks[s:e] if t.text not in ("-", "‑")]
        return 1 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
            and toks[e - 1].lower_ not in ORG_HEADS_SET

    def _person_despite_label(self, c: Cand, inner) -> bool:
        """The candidate, tagged a body or a place by the model, is a person by the title or the given
        name it opens with (each case below, tried in order)."""
        toks = self.st.tokens
        if c.label == "ORG" and inner is not None and c.tok_end - inner >= 2 \
                and all(t.is_title and t.is_alpha for t in toks[inner:c.tok_end]):
            return True  # "Sejm Marshal Jan Kowalski" tagged as one organisation
        if c.label == "ORG" and c.entry is None and self._titled_given_name(c):
            return True  # "the agency's chief executive Jane Doe" tagged as an organisation
        if c.label in ("ORG", "GPE", "LOC") and c.entry is None and self._honorific_name(c):
            return True  # "Dr Ama Roe", "Mrs Roe" tagged as a body or a place
        if c.label == "ORG" and c.entry is None and self._title_opens_name(c):
            return True  # "Spokeswoman Ama Roe", "Cllr Ama Roe" tagged as a body
        if c.label == "ORG" and c.entry is None and c.tok_end - c.tok_start <= 3 and c.tok_start > 0 \
                and toks[c.tok_start].lower_ in first_names() and toks[c.tok_start - 1].is_title \
                and toks[c.tok_start - 1].lower_ in self._title_heads() \
                and all(t.is_title and t.is_alpha for t in toks[c.tok_start:c.tok_end]) \
                and not self._body_word(toks[c.tok_end - 1].lower_):
            return True  # "Queen Ingrida", "Bishop Ana Roe": a title's last word before a given name
        return False

    def _title_opens_name(self, c: Cand) -> bool:
        """'Spokeswoman Ama Roe', 'Coach Ama Roe', 'Cllr Ama Roe' tagged as one organisation: the
        entity opens with capitalised title words that end in a title's head (data/titles.txt),
        and the two or three capitalised words after them open with a given name (or hold no
        English word: `given_or_unlisted`) and end in no word of a body, a venue or a place, nor
        in a noun whose commonest WordNet sense is a made thing or a place ("Prince Edward
        Island", "Lady Margaret Hall", "Queen Alia Airport" stay what they are)."""
        toks = self.st.tokens
        s, e = c.tok_start, c.tok_end
        words = self.tables.title_words
        i = s
        while i < e and toks[i].is_title and toks[i].lower_.rstrip(".") in words and toks[i].lower_ not in FUNCTION_WORDS:
            i += 1
        if i == s or toks[i - 1].lower_.rstrip(".") not in self._title_heads():
            return False
        if i < e and toks[i].text == ".":
            i += 1  # "Cllr." written as two tokens
        name = [t for t in toks[i:e] if t.text not in ("-", "‑")]
        last = toks[e - 1].lower_
        places = self.tables.cue("place_nouns")
        return 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name) \
            and given_or_unlisted(self.vocab, *(t.lower_ for t in name)) \
            and not self._body_word(last) and last not in places \
            and noun_lexfiles(last, 1)[:1] not in ((_ARTIFACT_FILE,), (_LOCATION_FILE,))

    def _titled_given_name(self, c: Cand) -> bool:
        """A lower-case title word, or a noun for a kind of person (`_person_noun`: "shopkeeper",
        "fabric seller"; not a kind of company, "supplier"), right before a two- or three-word name
        that starts with a given name (not an English word), or has no English word, and ends in
        no organisation head: 'chief executive Jane Doe', 'commission chair Aroha Ngata',
        'shopkeeper Aroha Ngata said' (news writes occupations before names, as titles)."""
        toks = self.st.tokens
        words = name_words(toks[c.tok_start].doc[c.tok_start:c.tok_end]) if c.tok_end > c.tok_start else []
        if c.tok_start == 0 or not 2 <= len(words) <= 3:
            return False
        before, first, last = toks[c.tok_start - 1], toks[c.tok_start], toks[c.tok_end - 1]
        # a given name of the dictionary, or a name of no English words at all after a title noun
        # ("chair Aroha Ngata": the dictionary does not hold every language's given names; the
        # title words also hold the small words of titles, "the" of "Secretary of the Treasury")
        # (the tagger reads some occupations before a name as adjectives: "shopkeeper X said")
        occupation = before.pos_ in ("NOUN", "ADJ") and self._person_noun(before.lower_) \
            and before.lemma_.lower() not in self.tables.cue("org_descriptors")
        # (the first word is no English word either: see the return)
        given = given_or_unlisted(self.vocab, first.lower_, last.lower_) if before.pos_ == "NOUN" or occupation \
            else first.lower_ in first_names()
        # (the small words of titles do not make one: "control of Isla Cove Company")
        title = before.lower_ in self.tables.title_words and before.lower_ not in FUNCTION_WORDS
        return before.is_lower and (title or occupation) \
            and given and first.lower_ not in self.vocab \
            and last.lower_ not in ORG_HEADS_SET and all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
                                                          for w in words)

    def _inner_title(self, doc: Doc, c: Cand) -> Optional[int]:
        """The end of a known title that follows one or two capitalised institution words at the start
        of an entity and leaves a name after it ('Bundestag President X Y' -> after 'President')."""
        toks = self.st.tokens
        words = self.tables.title_words
        s, e = c.tok_start, c.tok_end
        if e - s < 3:
            return None
        for a in (s + 1, s + 2):
            if a >= e - 1 or not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in words for t in toks[s:a]):
                continue
            i = a
            while i < e - 1 and toks[i].lower_.rstrip(".") in words:
                i += 1
            b = self._title_end(doc, a, i)
            if b > a and e - b >= 2 and all(t.is_alpha and (t.is_title or t.lower_ in PARTICLES) for t in toks[b:e]):
                return b
        return None

    def _is_title(self, doc: Doc, a: int, b: int) -> bool:
        toks = self.st.tokens
        phrase = " ".join(t.lower_.rstrip(".") for t in toks[a:b] if t.text != "-")
        return phrase in self.tables.titles or phrase.replace(" ", "-") in self.tables.titles

    def _title_reach(self, lo: int, hi: int, step: int) -> int:
        """From `hi` (step -1) or `lo` (step +1), the farthest token boundary within [lo, hi] such
        that the tokens passed hold at most `title_max_words` words ('-' tokens are not words, as
        in `_is_title`): no known title reaches beyond it. Costs at most that many words."""
        toks = self.st.tokens
        most = self.tables.title_max_words
        pos, seen = (hi, 0) if step < 0 else (lo, 0)
        while lo < pos if step < 0 else pos < hi:
            tok = toks[pos - 1] if step < 0 else toks[pos]
            if tok.text != "-":
                if seen == most:
                    break
                seen += 1
            pos += step
        return pos

    def _title_start(self, doc: Doc, j: int, end: int) -> int:
        """The first token of the longest known title in doc[j:end] that ends at `end`, else `end`."""
        for a in range(self._title_reach(j, end, -1), end):
            if self._is_title(doc, a, end):
                return a
        return end

    def _title_end(self, doc: Doc, start: int, i: int) -> int:
        """The end of the longest known title in doc[start:i] that starts at `start`, else `start`."""
        for b in range(self._title_reach(start, i, +1), start, -1):
            if self._is_title(doc, start, b):
                return b
        return start

    def _inside_title(self, doc: Doc, c: Cand, zones: list[tuple[int, int]]) -> bool:
        """An organisation or group word that is part of a person's title ("Defense" Minister)."""
        if c.label not in ("ORG", "NORP"):
            return False
        for a, b in zones:
            if a <= c.start and c.end <= b:
                key = cached_name_key(self.st.text[c.start:c.end])
                entry = self.tables.aliases.get(key)
                if entry is not None:
                    return entry.kind == "demonym"
                return all(w in self.tables.title_words for w in key.split())  # "Defense"
        return False

    def _in_title_of(self, doc: Doc, c: Cand) -> bool:
        """A one-word name that ends a known 'X of Y' title ('Secretary of State')."""
        toks = self.st.tokens
        s = c.tok_start
        if c.tok_end - s != 1 or s < 2 or toks[s - 1].lower_ != "of":
            return False
        return self._is_title(doc, s - 2, s + 1)
