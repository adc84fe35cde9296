"""NER repair: names the model missed or mislabelled, found by Matchers, the tables and the text."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from ...actorids.gazetteer import Tables
from ...tables import load_json, speech_verbs
from .layout import Layout
from .kinds import given_or_unlisted
from ...actorids.names import acronym_fits, cached_name_key
from .state import Cand, DocState
from ...actorids.first_names import first_names
from ...actorids.words import HYPHENATED_PART, PAREN_AFTER, PARTICLES
from ...wordnet_nouns import noun_lexfiles


#: The model's labels a name that speaks may carry when the model misreads it (none, a people, a
#: building, an event, a product, a work): never a person, a body or a place, which are read as such.
_UNTAGGED_NAME_LABELS = frozenset({"", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})
#: Verbs of saying whose subject may be a data source rather than a speaker ("the survey found",
#: "figures indicate"): left out of `speaking_verbs`.
_NOT_SPEAKER_VERBS = frozenset("continue find read indicate signal highlight point estimate cite quote beam boom "
                               "bark laugh chuckle marvel muse wonder".split())


@lru_cache(maxsize=1)
def speaking_verbs() -> frozenset:
    """Lemmas of the verbs of saying (data/speech_verbs.txt, strong and weak) whose subject speaks."""
    strong, weak = speech_verbs()
    return (strong | weak) - _NOT_SPEAKER_VERBS


@lru_cache(maxsize=1)
def business_nouns() -> frozenset:
    """Nouns of a person in business, by which news names firms too (WordNet: data/person_nouns.json
    'business', built by data/tools/person_nouns.py)."""
    return frozenset(load_json("person_nouns.json")["business"])


#: Articles, which open a noun phrase and no name.
_ARTICLES = frozenset({"the", "a", "an"})

#: WordNet's lexicographer file of nouns that name a person (noun.person: "economist", "guardian").
_PERSON_FILE = 18
#: Entity labels the model gives to words of a body's name read in part or as another kind of name.
_NAME_PART_LABELS = frozenset({"NORP", "ORG", "EVENT", "FAC", "LAW", "PRODUCT", "WORK_OF_ART"})
#: Parts of speech of a capitalised word that opens a sentence and no name ("Under", "After").
_NOT_NAME_POS = frozenset({"ADP", "DET", "ADV", "SCONJ", "CCONJ", "PRON", "AUX", "VERB", "PART", "NUM"})


class Repair:
    """Add the mentions the model missed."""

    tables: Tables
    st: DocState

    def _add_org_names(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """Title-Case names ending in (or headed by) an organisation noun that the model missed."""
        if self.org_matcher is None:
            return cands
        out = list(cands)
        for _, s, e in self._org_matches(doc) + self._marked_heads():
            s, e = self._widen_org_name(s, e)
            while s < e and self.st.tokens[s].pos_ in _NOT_NAME_POS:
                s += 1  # "Under European Union rules": a capitalised preposition opens no name
            if e - s < 2:
                continue
            span = doc[s:e]
            cs, ce = span.start_char, span.end_char
            if layout.kind(cs) != "body" or (self._ss(span[0]) and len(span) < 3):
                continue
            inside = [c for c in out if c.start < ce and cs < c.end]
            if any(not (cs <= c.start and c.end <= ce) for c in inside) or not self._parts_of_name(doc, s, e):
                continue
            if inside and all(c.start == cs and c.end == ce for c in inside):
                continue
            # a place or a people the model tagged inside a body's name is a word of that name
            # ("the Nordic Rail Safety Review Board": "Nordic" is no actor here)
            out = [c for c in out if not (cs <= c.start and c.end <= ce)]
            m = PAREN_AFTER.match(self.st.text, ce)  # "... Authority (TTK)": the acronym is an alias
            out.append(Cand(cs, ce, "ORG", s, e, layout="body",
                            acronym=m.group(1) if m and acronym_fits(m.group(1), span.text) else None))
        out.sort(key=lambda c: c.start)
        return out

    def _parts_of_name(self, doc: Doc, s: int, e: int) -> bool:
        """Whether the model's entities over tokens s..e leave them one body's name: none, or only
        entities that lie inside it (a leading "the" aside) and are names, neither of a person nor
        of a place (`_NAME_PART_LABELS`). spaCy's small models tag the nationality that opens a
        long name ("Hellenic" NORP) or read the name as an event or a law. A PERSON inside is more
        often a person followed by a capitalised word than a body named after someone, and a date
        is no word of a name ("the Committee on Monday said"). A place the model tags inside
        ("Bank of Ghana": "Ghana" GPE) is left as the model reads it: it says which country the
        story is about, which "the country" and the bare bodies are read from."""
        toks = self.st.tokens
        for i in range(s, e):
            tok = toks[i]
            if not tok.ent_type_:
                continue
            if tok.ent_type_ not in _NAME_PART_LABELS:
                return False
            if tok.ent_iob_ == "B" or i > s:
                continue
            # the first token continues an entity that starts before the span: only "the" may
            j = i - 1
            while j >= 0 and toks[j].ent_iob_ == "I":
                j -= 1
            if j < 0 or i - j != 1 or toks[j].lower_ != "the":
                return False
        return e >= len(doc) or toks[e].ent_iob_ != "I"

    def _widen_org_name(self, s: int, e: int) -> tuple[int, int]:
        """Tokens s..e of an organisation's name, widened to the left over the words of the same
        name that the Matcher's Title-Case tokens cannot take: a plural possessive ("Principals'
        Association", "the Tea Growers' Union") and hyphenated words ("Ride-Hailing Drivers'
        Association"), then the Title-Case words before them."""
        toks = self.st.tokens
        while s >= 2:
            mark, word = toks[s - 1], toks[s - 2]
            if word.whitespace_ or not (word.is_title and word.is_alpha):
                break
            if mark.text in ("'", "’") and mark.whitespace_ and word.lower_.endswith("s"):
                s -= 2
            elif mark.text in ("-", "–") and not mark.whitespace_ and toks[s].is_title:
                s -= 2
            else:
                break
            while s > 0 and toks[s - 1].is_title and toks[s - 1].is_alpha and toks[s - 1].lower_ not in _ARTICLES \
                    and toks[s].i not in self.st.sent_starts:
                s -= 1
        return s, e

    def _marked_heads(self) -> list[tuple[int, int, int]]:
        """(0, h, h + 1) for each Title-Case organisation head right after a plural possessive or a
        hyphenated word ("Drivers' Association"): names the ORG_NAME patterns cannot start."""
        toks, lower, title = self.st.tokens, self.st.lower_ids, self.st.title_col
        out = []
        for h, low in enumerate(lower):
            if h >= 2 and low in self._org_head_ids and title[h] and toks[h - 1].text in ("'", "\u2019", "-", "\u2013"):
                out.append((0, h, h + 1))
        return out

    def _org_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """`self.org_matcher(doc)`, run only over the windows where a match can occur.

        Every token of an ORG_NAME match is Title Case or one of "of", "for", "on", "the", and a
        match contains a Title-Case organisation head ("Council"): the windows are the maximal runs
        of such tokens around a head. Matches never cross a window, so the Matcher's LONGEST
        filter within each window keeps the same matches as over the whole Doc; they come back
        in the Matcher's own order for a greedy key (longest first, then by start).
        """
        lower, title, n = self.st.lower_ids, self.st.title_col, len(doc)
        heads, links = self._org_head_ids, self._org_link_ids
        matches = []
        done = 0  # end of the last window: a head inside it was matched with it
        for i in [i for i, low in enumerate(lower) if low in heads]:
            if i < done or not title[i]:
                continue
            a, b = i, i + 1
            while a > 0 and (title[a - 1] or lower[a - 1] in links):
                a -= 1
            while b < n and (title[b] or lower[b] in links):
                b += 1
            matches.extend((key, s + a, e + a) for key, s, e in self.org_matcher(doc[a:b]))
            done = b
        matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        return matches

    def _context_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """`self.context_matcher(doc)`, run only over the windows where a match can occur.

        SOURCE_ORG starts at "according to" and runs over proper nouns plus one word; TITLED_PERSON
        starts at a title word and a comma and runs over Title-Case proper nouns. Overlapping
        windows are merged, so each match lies in exactly one window and the LONGEST filter of
        TITLED_PERSON keeps the same matches. Order as the Matcher's: SOURCE_ORG matches in text
        order, then TITLED_PERSON longest first, then by start.
        """
        lower, orth, title, alpha, pos = self.st.lower_ids, self.st.orth_ids, self.st.title_col, self.st.alpha_col, self.st.pos_col
        n = len(doc)
        windows = []
        according, titles = self._according_id, self._title_word_ids
        anchors = [i for i, low in enumerate(lower[:max(n - 3, 0)]) if low == according or low in titles]
        for i in anchors:  # both patterns need at least four tokens
            if lower[i] == self._according_id and lower[i + 1] == self._to_id:
                b = i + 2
                while b < n and pos[b] == PROPN and alpha[b]:
                    b += 1
                windows.append((i, min(b + 1, n)))  # the source noun: in the run or right after it
            if lower[i] in self._title_word_ids and orth[i + 1] == self._comma_id:
                b = i + 2
                while b < n and title[b] and pos[b] == PROPN and alpha[b]:
                    b += 1
                windows.append((i, b))
        merged: list[list[int]] = []
        for a, b in windows:  # in order of start
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        source, titled = [], []
        for a, b in merged:
            if b - a < 4:
                continue
            for key, s, e in self.context_matcher(doc[a:b]):
                (source if key == self._source_org_id else titled).append((key, s + a, e + a))
        titled.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        return source + titled

    def _add_context_names(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """Names the model mislabelled or missed that their context shows to be actors: a venue or
        product name that people work at or that a descriptor introduces ('analysts at X',
        'information service X'), the source of figures ('according to X data') and a name in
        apposition to a title ('its chair, Jane Doe, said')."""
        toks = self.st.tokens
        cues = self.tables.cues
        extra: list[Cand] = []
        for ent in self.st.ents:
            if ent.label_ not in ("FAC", "PRODUCT", "WORK_OF_ART") or len(ent) > 5 or layout.kind(ent.start_char) != "body":
                continue
            if not ent[0].text[:1].isupper():
                continue
            root = ent.root
            before = toks[ent.start - 1] if ent.start > 0 else None
            org = before is not None and before.is_lower and before.pos_ == "NOUN" \
                and before.lower_ in cues.get("org_descriptors", ())
            if not org and root.dep_ == "pobj" and root.head.lower_ in ("at", "from", "with", "for"):
                org = root.head.head.lemma_.lower() in cues.get("people_at_nouns", ())
            if org:
                extra.extend(self._mk(doc, ent.start_char, ent.end_char, "ORG", "body"))
            elif (name := self._name_after_title(ent)) is not None:
                extra.extend(self._mk(doc, name.start_char, name.end_char, "PERSON", "body"))
        if self.context_matcher is not None:
            for match_id, s, e in self._context_matches(doc):
                rule = doc.vocab.strings[match_id]
                if rule == "SOURCE_ORG":
                    a, b = s + 2, e - 1
                    if all(t.is_title or t.is_upper for t in toks[a:b]):
                        extra.append(Cand(toks[a].idx, toks[b - 1].idx + len(toks[b - 1].text), "ORG", a, b,
                                          layout=layout.kind(toks[a].idx)))
                elif rule == "TITLED_PERSON" and e - s - 2 <= 4:
                    a, b = s + 2, e
                    span = doc[a:b]
                    if cached_name_key(span.text) in self.tables.aliases or any(t.ent_type_ for t in span):
                        continue
                    extra.append(Cand(span.start_char, span.end_char, "PERSON", a, b,
                                      layout=layout.kind(span.start_char)))
        if not extra:
            return cands
        out = list(cands)
        for c in extra:
            if layout.kind(c.start) == "credit" or any(o.start < c.end and c.start < o.end for o in out):
                continue
            out.append(c)
        out.sort(key=lambda c: c.start)
        return out

    def _add_speaking_names(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """Title-Case names the model left untagged (or read as a people, a building, an event, a
        product or a work) that are the subject of a verb of saying ("GoRide, the largest app,
        said", "Ostrava Fibreline, which is laying the pipe, confirmed"): what speaks in news
        is a person or a body. A person where a given name opens the name, a title stands before
        it or "who" takes it up; else an organisation. `_resolve` then reads it like a model's
        entity (tables, features, common words)."""
        toks = self.st.tokens
        verbs = speaking_verbs()
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        extra: list[Cand] = []
        for i, pos in enumerate(self.st.pos_col):
            if pos != PROPN or i in taken or not (self.st.title_col[i] or _camel_case(toks[i])):
                continue
            tok = toks[i]
            if tok.ent_type_ not in _UNTAGGED_NAME_LABELS:
                continue
            speaks = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in verbs
            shown = not speaks and self._shown_person(tok)
            if not (speaks or shown):
                continue
            s = i
            while s > 0 and toks[s - 1].head.i in range(s, i + 1) and toks[s - 1].dep_ in ("compound", "flat", "punct") \
                    and (toks[s - 1].pos == PROPN and (toks[s - 1].is_title or _camel_case(toks[s - 1]))
                         or toks[s - 1].text in ("-", "\u2013")
                         and not toks[s - 1].whitespace_):
                s -= 1
            if toks[s].text in ("-", "\u2013"):
                s += 1
            if any(k in taken or toks[k].ent_type_ not in _UNTAGGED_NAME_LABELS for k in range(s, i)):
                continue  # a word of the name is the model's person, body or place: read as that
            if s == i and (tok.lower_ in self.vocab or i in self.st.sent_starts and not _camel_case(tok) and not shown):
                continue  # "the Government said": one capitalised common word, no name
            t = self._title_end(doc, s, i + 1)  # "Detective Superintendent Jane Doe": the title is not the name
            if t > i or layout.kind(toks[t].idx) != "body" or any(w.is_digit for w in toks[t:i + 1]):
                continue
            if tok.lower_ in self.tables.title_words:
                continue  # "Tourism Minister X said" without X, "the Health Secretary said": a role
            # a person: a title before the name, "who" taking it up, or a given name first and a
            # last word that is no English word ("Karen Ashby"; "Amber Offshore" is a company)
            person = t > s or shown or any(ch.dep_ == "relcl" and any(g.lower_ == "who" for g in ch.children)
                                           for ch in tok.children) \
                or i > t and toks[t].lower_ in first_names() and tok.lower_ not in self.vocab
            extra.append(Cand(toks[t].idx, tok.idx + len(tok.text), "PERSON" if person else "ORG", t, i + 1,
                              layout="body"))
        if not extra:
            return cands
        return sorted(cands + extra, key=lambda c: c.start)

    def _shown_person(self, tok) -> bool:
        """Whether the sentence shows the untagged name headed by `tok` to be a person's, wherever
        it stands: "who" takes it up ("For Tavita Sefo, who mends nets, ..."; a body takes "which"
        or "that"), or a noun whose most frequent WordNet sense is a person (noun.person) stands
        in apposition on either side ("Lim, the family's lawyer,"; "a net mender, Tavita Sefo,")
        that is no kind of organisation (actor_cues.json 'org_descriptors': "a supplier, X"); a
        plural ("the 300 employees of X") names a group, not the person a name is.
        A definite noun of a person in business ("X, the region's largest brewer": WordNet's
        businessperson and maker, data/person_nouns.json 'business') names firms as often: no
        evidence; with "a" it introduces one individual ("a fish trader, X,")."""
        if any(ch.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in ch.children)
               for ch in tok.children):
            return True
        kinds = self.tables.cue("org_descriptors")
        nouns = [tok.head] if tok.dep_ == "appos" else []
        nouns += [ch for ch in tok.children if ch.dep_ == "appos"]
        for noun in nouns:
            low = noun.lemma_.lower()
            if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower or low in kinds or noun.lower_ in kinds \
                    or noun_lexfiles(low, 1)[:1] != (_PERSON_FILE,):
                continue
            if low not in business_nouns() or any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in noun.children):
                return True
        return False

    def _name_after_title(self, ent) -> Optional[Span]:
        """'Deputy Governor Efua Boateng' tagged as a work of art: title words ending in a title of
        titles.txt, then a
        given name (the first-name dictionary, or a word no English dictionary lists) and one or
        two more capitalised words; the name after the title, or None. News writes a person with
        her title; a title does not open the name of a work or a product."""
        words = self.tables.title_words
        i = 0
        while i < len(ent) and ent[i].lower_.rstrip(".") in words:
            i += 1
        rest = ent[i:]
        if i == 0 or self._title_start(ent.doc, ent.start, ent.start + i) == ent.start + i:
            return None  # no known title ends right before the name ("The Ridge Fire": "the" is no title)
        if 2 <= len(rest) <= 3 and given_or_unlisted(self.vocab, rest[0].lower_) \
                and all(t.is_title and (t.is_alpha or "-" in t.text) or t.text == "-" for t in rest):
            return rest
        return None

    def _add_table_matches(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        if self.matcher is None:
            return cands
        matches = []
        for _, s, e in self.matcher(doc):
            matches.append((s, e))
        if not matches:
            return cands
        # longest first, no overlaps among table matches
        matches.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: list[tuple[int, int]] = []
        used: set[int] = set()  # tokens already in a taken match (matches are short: linear overall)
        for s, e in matches:
            if any(i in used for i in range(s, e)):
                continue
            taken.append((s, e))
            used.update(range(s, e))
        taken.sort()
        owner: dict[int, Cand] = {}  # token index -> candidate covering it
        for c in cands:
            for i in range(c.tok_start, c.tok_end):
                owner[i] = c
        removed: set[int] = set()
        added: list[Cand] = []
        toks = self.st.tokens
        for s, e in taken:
            # the Span's start_char, end_char and text, from the Token list (no Span built)
            cs, ce = toks[s].idx, toks[e - 1].idx + len(toks[e - 1].text)
            if layout.kind(cs) == "credit":
                continue
            touching = {id(owner[i]): owner[i] for i in range(s, e) if i in owner}.values()
            touching = [c for c in touching if id(c) not in removed]
            if any(not (cs <= c.start and c.end <= ce) for c in touching):
                continue  # overlaps a model entity that runs past the table name
            if touching and all(c.start == cs and c.end == ce for c in touching):
                continue
            if not touching and self._role_before_person(s, e):
                continue  # "Economist Jane Doe said": the person's role, not the magazine
            removed.update(id(c) for c in touching)
            entry = self.tables.aliases.get(cached_name_key(self.st.text[cs:ce]))
            label = entry.type if entry else "ORG"
            added.append(Cand(cs, ce, label, s, e, layout=layout.kind(cs)))
        out = [c for c in cands if id(c) not in removed] + added
        out.sort(key=lambda c: c.start)
        return out

    def _role_before_person(self, s: int, e: int) -> bool:
        """A one-word table name that is an English noun for a person ("Economist", "Guardian",
        "Observer": WordNet's noun.person), written right before a name the model tags as a person
        ("Economist Jane Doe of the X Institute said"): the person's role, capitalised as a title
        is before a name, not the paper or the magazine of that word."""
        toks = self.st.tokens
        if e - s != 1 or e >= len(toks) or toks[e].ent_type_ != "PERSON" or toks[e].ent_iob_ != "B":
            return False
        files = noun_lexfiles(toks[s].lower_, 1)
        return bool(files) and files[0] == _PERSON_FILE

    def _untagged(self, doc: Doc, cands: list[Cand], layout: Layout) -> list[Cand]:
        """Mentions the model left untagged: a known person's surname elsewhere ("Ancelotti was
        calm"), and table names joined in one token ("U.S.-China")."""
        toks = self.st.tokens
        surnames = {}
        for c in cands:
            if c.label == "PERSON" and c.entry is None and c.tok_end - c.tok_start >= 2:
                last = toks[c.tok_end - 1]
                if last.is_alpha and last.is_title and last.lower_ not in PARTICLES:
                    surnames.setdefault(last.text, c)
        covered = set()
        for c in cands:
            covered.update(range(c.tok_start, c.tok_end))
        extra = []
        # Over the text column: only the few tokens that can be a mention become Token objects
        # (the conditions are pure, so the credit-line test may come after them).
        words, alpha, ent_type, acronyms = self.st.words, self.st.alpha_col, self.st.ent_col, self.st.acronyms
        maybe = [
            i for i, word in enumerate(words)
            if word in surnames
            or acronyms and alpha[i] and word[:1].isupper() and word == word.upper()
            or ("-" in word or "–" in word) and word[:1].isupper() and not ent_type[i]
        ]
        for i in maybe:
            if i in covered:
                continue
            tok = toks[i]
            if layout.kind(tok.idx) == "credit":
                continue
            if tok.text in surnames:
                extra.append(Cand(tok.idx, tok.idx + len(tok.text), "PERSON", tok.i, tok.i + 1,
                                  layout=layout.kind(tok.idx)))
            elif self.st.acronyms and tok.is_alpha and tok.text[:1].isupper() and tok.lower_ in self.st.acronyms \
                    and tok.text == tok.text.upper():
                entry = self.st.acronyms[tok.lower_]
                extra.append(Cand(tok.idx, tok.idx + len(tok.text), "ORG", tok.i, tok.i + 1,
                                  layout=layout.kind(tok.idx), entry=entry))
            elif ("-" in tok.text or "–" in tok.text) and tok.text[:1].isupper() and not tok.ent_type_:
                parts = [(m.start(), m.end()) for m in HYPHENATED_PART.finditer(tok.text)]
                entries = [self.tables.aliases.get(cached_name_key(tok.text[a:b])) for a, b in parts]
                if len(parts) > 1 and all(
                    e is not None and e.kind in ("country", "org", "metonym") for e in entries
                ):
                    for (a, b), e in zip(parts, entries):
                        extra.append(Cand(tok.idx + a, tok.idx + b, e.type, tok.i, tok.i + 1,
                                          layout=layout.kind(tok.idx), entry=e))
        if not extra:
            return cands
        return sorted(cands + extra, key=lambda c: c.start)


def _camel_case(tok) -> bool:
    """A brand written in camel case ("GoRide", "PayVault"): a capital first, a capital inside, not
    all capitals; a name as a Title-Case word is (Token.is_title is false for it)."""
    text = tok.text
    return len(text) > 3 and text.isalpha() and text[0].isupper() and not text.isupper() \
        and any(ch.isupper() for ch in text[1:]) and any(ch.islower() for ch in text)

