"""Entity clean-up: the model's entities trimmed, split and joined into candidate mentions."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from ...actorids.gazetteer import Entry, Tables
from ...actorids.first_names import first_names
from .layout import Layout
from ...actorids.iso import subdivision_countries
from ...actorids.names import LEADING_THE, POSSESSIVE, acronym_fits, cached_name_key, title_case, initials
from .state import Cand, DocState
from ...actorids.towns import geonames_towns
from ...wordnet_nouns import GROUP_FILE, PERSON_FILE, noun_lexfiles
from ...actorids.words import (
    JOIN_GAP,
    JOIN_HEADS,
    JOINED_PART,
    JOINER,
    KEEP_END_DOT,
    LOWER_HEAD,
    NATIONAL,
    OF_TAIL,
    ORG_HEADS_SET,
    OWNER,
    PAREN_AFTER,
    PAREN_TAIL,
    PARTICLES,
    SMALL_WORDS,
    STRIP_CHARS,
    THE_WORD,
    TRAILING_NUMBER,
    government_name,
)


#: Words for the level of a state written before "government" ("the federal government", "the
#: Kedah state government"): they do not change whose government it is.
_GOVERNMENT_LEVELS = NATIONAL | {"state", "provincial", "regional"}


#: Penn tags of a lower-case word after a hyphen that makes a modifier of the name before it
#: ("X-based", "X-led", "X-owned", "X-born", "X-bound").
_MODIFIER_TAGS = frozenset({"VBN", "VBD", "VBG", "JJ"})
#: A conjunction, preposition or article that ends a span: no name ends in one.
_FUNCTION_END = re.compile(r"\s+(?:and|&|of|at|in|for|on|the|to|from|with|by)$")
#: A currency sign (the common ones of Unicode category Sc: the dollar, cent, pound, yen, euro and
#: the Currency Symbols block) next to a digit: a sum of money, never part of a name.
MONEY = re.compile(r"[$¢£¥€\u20a0-\u20bf]\s?\d|\d\s?[$¢£¥€\u20a0-\u20bf]")

class Candidates:
    """Turn the model's entities into clean candidate mentions."""

    tables: Tables
    st: DocState

    def _clean(self, doc: Doc, ts: int, te: int, label: str, layout: Layout) -> list[Cand]:
        toks = self.st.tokens
        text = self.st.text
        s, e = toks[ts].idx, toks[te - 1].idx + len(toks[te - 1].text)
        kind = layout.kind(s)
        if kind == "credit":
            return []
        e = self._of_place_tail(doc, te, e, label)
        e = self._of_name_tail(doc, te, e, label)
        head = self._government_head(ts, s, e, label)
        e, label = self._government_tail(te, s, e, label)
        if label == "ORG" and te < len(doc) and toks[te].idx == e + 1 and toks[te].is_title and not toks[te].ent_type_ \
                and toks[te].lower_ in self.tables.cue("of_place_heads") and toks[te - 1].idx + len(toks[te - 1].text) == e:
            e = toks[te].idx + len(toks[te].text)  # "OPEC" + "Secretariat": the body's own office
        s, e = self._trimmed(s, e)
        if e <= s:
            return []
        # a score or a year glued to a name: "Borussia Dortmund 2-0", "Champions League 2024"
        m = TRAILING_NUMBER.search(text, s, e)
        if m and m.start() > s and m.end() == e:
            e = m.start()
        # "Regional Fisheries Council (RFC": an acronym in brackets is an alias
        acronym = None
        m = PAREN_TAIL.search(text, s, e)
        if m and m.start() > s and m.end() == e:
            acronym, e = m.group(1), m.start()
            while e > s and text[e - 1] in STRIP_CHARS and not (text[e - 1] == "." and KEEP_END_DOT.search(text[s:e])):
                e -= 1
        else:
            m = PAREN_AFTER.match(text, e)
            if m:
                acronym = m.group(1)
        if acronym and not acronym_fits(acronym, text[s:e]):
            acronym = None
        # "the left-wing X party": the party is X ("party" is not part of its name)
        party = False
        m = LOWER_HEAD.search(text, s, e)
        if m and m.start() > s and m.group(1) in self.tables.cue("party_heads") and label in ("ORG", "NORP", "PERSON") \
                and cached_name_key(text[s:e]) not in self.tables.aliases:
            last = text[s:m.start()].split()[-1].lower()
            if last not in self.vocab and last not in self.tables.aliases:  # "the Green party" keeps its word
                e, party = m.start(), True
        if head is not None:  # "Government of" + "Ruritania": the government, an organisation
            return self._mk(doc, toks[head].idx, e, "ORG", kind)
        out = self._clean_split(doc, s, e, label, kind)
        if out and (acronym or party):
            out[-1].acronym = acronym
            out[-1].party = party
        return out

    def _of_place_tail(self, doc: Doc, te: int, e: int, label: str) -> int:
        """'Water Supply Authority' + 'of Ghana': an organisation ending in an
        organisation word runs on over 'of (the) <country or place>' the model cut off."""
        toks = self.st.tokens
        if label != "ORG" or te >= len(doc) or toks[te - 1].lower_ not in self.tables.cue("of_place_heads"):
            return e
        m = OF_TAIL.match(self.st.text, e)
        if not m:
            return e
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None or not len(span):
            return e
        tok = span[0]
        if tok.ent_type_ not in ("GPE", "LOC") or tok.ent_iob_ != "B" or not tok.text[:1].isupper():
            return e
        j = tok.i + 1
        while j < len(doc) and toks[j].ent_iob_ == "I":
            j += 1
        return toks[j - 1].idx + len(toks[j - 1].text)

    def _government_head(self, ts: int, s: int, e: int, label: str) -> Optional[int]:
        """'the Government of (the)' + 'Ruritania': the model often tags only the place after
        "Government of" (and not always as a place). A country of the tables, or a place the model
        tags, after those words is the name of a government: one organisation, not the place. The
        token index of "Government", else None."""
        toks = self.st.tokens
        k = ts - 1 if ts > 0 and toks[ts - 1].lower_ == "the" else ts
        if k < 2 or toks[k - 1].lower_ != "of" or toks[k - 2].lower_ != "government":
            return None
        entry = self.tables.aliases.get(cached_name_key(self.st.text[s:e]))
        return k - 2 if label == "GPE" or entry is not None and entry.kind == "country" else None

    def _government_tail(self, te: int, s: int, e: int, label: str) -> tuple[int, str]:
        """'the Ontario' + 'government', 'the Kedah' + 'state government': a place the model tags
        (or a country of the tables) before a lower-case "government", with a level word
        between them or not, names that place's government, an organisation. (end, label) of
        the name: after "government" and ORG, else as they were."""
        toks = self.st.tokens
        n = len(toks)
        k = te + 1 if te < n and toks[te].lower_ in _GOVERNMENT_LEVELS and toks[te].is_lower else te
        if k >= n or toks[k].text != "government":
            return e, label
        entry = self.tables.aliases.get(cached_name_key(self.st.text[s:e]))
        if label == "GPE" or entry is not None and entry.kind == "country":
            return toks[k].idx + len(toks[k].text), "ORG"
        return e, label

    def _of_name_tail(self, doc: Doc, te: int, e: int, label: str) -> int:
        """'Ruritanian Committee' + 'on the Safe Uses of Deep Water': an organisation ending in an
        organisation noun runs on over the prepositional phrases of its name ('of', 'for', 'on',
        an optional 'the', then Title-Case words no other entity claims and no title: 'the X
        Alliance of Prime Minister Y' is the alliance of a person) that the model cut off."""
        toks = self.st.tokens
        n = len(doc)
        if label != "ORG" or te >= n:
            return e
        if toks[te - 1].lower_ not in ORG_HEADS_SET or toks[te].ent_type_:
            # the model stopped inside the list ('Department of Mines, Energy' + 'and the Environment')
            ts = te - 1
            while ts > 0 and toks[ts].ent_iob_ == "I":
                ts -= 1
            words = {t.lower_ for t in toks[ts:te]}
            if "," in words and "of" in words and "and" in (toks[te].lower_, toks[te - 1].lower_):
                and_at = te if toks[te].lower_ == "and" else te - 1
                j = self._listed_portfolios(and_at - 1, te, closing=True)
                return toks[j - 1].idx + len(toks[j - 1].text) if j > te else e
            return e
        j = te
        while j < n and toks[j].lower_ in ("of", "for", "on") and toks[j - 1].idx + len(toks[j - 1].text) < toks[j].idx:
            m = self._title_run(j + 1 + (j + 1 < n and toks[j + 1].lower_ == "the"))
            if m == j + 1 + (j + 1 < n and toks[j + 1].lower_ == "the"):
                break
            j = self._listed_portfolios(m, te)
        return toks[j - 1].idx + len(toks[j - 1].text) if j > te else e

    def _title_run(self, k: int, labels=("",), titles: bool = False) -> int:
        """The end of the Title-Case words from token k that no other entity claims (or one of
        `labels`) and that are no small word, no title word (unless `titles`) and start no sentence."""
        toks, n = self.st.tokens, len(self.st.tokens)
        m = k
        while m < n and toks[m].is_title and toks[m].is_alpha and toks[m].ent_type_ in labels \
                and toks[m].lower_ not in SMALL_WORDS and (titles or toks[m].lower_ not in self.tables.title_words) \
                and m not in self.st.sent_starts:
            m += 1
        return m

    def _listed_portfolios(self, j: int, te: int, closing: bool = False) -> int:
        """'Department of Mines, Energy and the Environment', 'Ministry of Youth, Sport and
        Culture': an office's name lists its fields with commas and closes the list with 'and'
        (an optional 'the'), all in Title Case; the name runs on to the list's end. A comma
        with no closing 'and' ('the Ministry of Health, Jane Roe said') ends the name."""
        toks, n = self.st.tokens, len(self.st.tokens)
        if closing:
            k = j + 1  # at the closing 'and' already
            start = k + 1 + (k + 1 < n and toks[k + 1].lower_ == "the")
            m = self._title_run(start)
            return m if m > start else te
        if j >= n or toks[j].text != "," or toks[j - 1].lower_ in ("of", "for", "on", "the"):
            return j
        k = j
        for _ in range(4):
            if k < n and toks[k].text == ",":
                m = self._title_run(k + 1)
                if m == k + 1:
                    return j
                k = m
                continue
            break
        if k < n and toks[k].text == ",":
            k += 1  # the serial comma: "Mines, Energy, and the Environment"
        if k >= n or toks[k].lower_ != "and":
            return j
        start = k + 1 + (k + 1 < n and toks[k + 1].lower_ == "the")
        m = self._title_run(start)
        return m if m > start else j

    def _clean_split(self, doc: Doc, s: int, e: int, label: str, kind: str) -> list[Cand]:
        text = self.st.text
        surface = text[s:e]
        if not self._plausible(surface):
            return []
        # an owner before the name: "Nepal's National Seismic Centre" -> Nepal + the centre
        m = OWNER.match(surface)
        if m and m.end() < len(surface):
            owner = self.tables.aliases.get(cached_name_key(m.group(1)))
            if owner is not None and owner.kind != "demonym":
                rest = s + m.end()
                return self._mk(doc, s, s + len(m.group(1)), owner.type, kind) + self._mk(
                    doc, rest, e, label, kind
                )
        # split "U.S.-Russia", "EU-NATO" into the names the tables know
        if cached_name_key(surface) not in self.tables.aliases and JOINER.search(surface):
            parts = [(m.start() + s, m.end() + s) for m in JOINED_PART.finditer(surface)]
            entries = [self.tables.aliases.get(cached_name_key(text[a:b])) for a, b in parts]
            if len(parts) > 1 and all(x is not None and x.kind != "demonym" for x in entries):
                out = []
                for a, b in parts:
                    out.extend(self._mk(doc, a, b, label, kind))
                return out
        return self._mk(doc, s, e, label, kind)

    @staticmethod
    def _plausible(surface: str) -> bool:
        letters = sum(map(str.isalpha, surface))  # map over str methods: no Python-level loop
        if letters < 2 and not (len(surface) >= 2 and surface.isupper()):
            return False
        if not surface[0].isupper() and not surface[0].isdigit():
            return False  # "non-NATO", all-lowercase spans
        if not any(map(str.isupper, surface)):
            return False
        if surface.lower().startswith(("non-", "anti-", "pro-", "ex-", "post-", "pre-")):
            return False
        if MONEY.search(surface):
            return False  # "B$310 million", "BZ$12": a sum of money the model tagged, no name
        return True

    def _keeps_the(self, surface: str) -> bool:
        entry = self.tables.aliases.get(cached_name_key(surface))
        return entry is not None and entry.name.lower().startswith("the ")

    def _trimmed(self, s: int, e: int) -> tuple[int, int]:
        """Trim leading "the", quotes and punctuation; a trailing possessive, punctuation and
        function word ("University of X at": no name ends in "at")."""
        text = self.st.text
        while True:
            before = (s, e)
            m = THE_WORD.match(text[s:e])
            if m and e - s > m.end() and not self._keeps_the(text[s:e]):
                s += m.end()
            while s < e and text[s] in STRIP_CHARS:
                s += 1
            m = POSSESSIVE.search(text[s:e])
            if m:
                e = s + m.start()
            while e > s and text[e - 1] in STRIP_CHARS:
                if text[e - 1] == "." and KEEP_END_DOT.search(text[s:e]):
                    break
                e -= 1
            m = _FUNCTION_END.search(text, s, e)
            if m and m.start() > s:
                e = m.start()
            if (s, e) == before:
                return s, e

    @staticmethod
    def _joined_ents(doc: Doc, ents) -> list:
        """The model's entities, with an organisation it ends at "and" run on into the organisation
        right after it: 'the Sandfly Research and' + 'Control Unit' is one name (a name does not
        end in a conjunction)."""
        out = []
        for ent in ents:
            prev = out[-1] if out else None
            if prev is not None and prev.label_ == "ORG" == ent.label_ and prev.end == ent.start \
                    and doc[prev.end - 1].lower_ in ("and", "&"):
                out[-1] = Span(doc, prev.start, ent.end, label="ORG")
                continue
            out.append(ent)
        return out

    def _join_fragments(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """'National Office' + 'for the' + 'Protection of Wetlands': one organisation the
        model split at a preposition, when the first part ends in an organisation noun."""
        toks = self.st.tokens
        out: list[Cand] = []
        for c in cands:
            prev = out[-1] if out else None
            if prev is not None and c.label == "ORG" and prev.layout == c.layout \
                    and (prev.label == "ORG" and JOIN_GAP.fullmatch(self.st.text, prev.end, c.start)
                         and toks[prev.tok_end - 1].lower_ in JOIN_HEADS and self.st.text[c.start:c.start + 1].isupper()
                         or prev.label in ("ORG", "PERSON", "NORP") and self._one_coordinated_name(prev, c)) \
                    or prev is not None and prev.layout == c.layout and self._coordinated_common_nouns(prev, c):
                # (the first part may be tagged as a person or a people: "the Quarry and Allied
                # Workers Union" gives "Quarry" PERSON)
                prev.end, prev.tok_end, prev.label = c.end, c.tok_end, "ORG"
                prev.acronym = c.acronym or prev.acronym
                continue
            if prev is not None and self._one_persons_name(prev, c):
                prev.end, prev.tok_end = c.end, c.tok_end  # "Marie-Claire" + "Essono Nguema": one name
                continue
            if c.label == "ORG" and (prev is None or prev.end < c.start):
                self._widen_coordinated(c)
                while out and out[-1].start >= c.start:
                    out.pop()  # "Harbour", tagged on its own, is part of the name
            out.append(c)
        return out

    def _one_persons_name(self, prev: Cand, c: Cand) -> bool:
        """Two names the model tags as persons with one space between them, in the body, the first
        a given name (the first-name dictionary, or two capitalised parts joined by a hyphen, as
        French and Gabonese given names are: "Marie-Claire Essono Nguema", which the model cuts at
        the space): one person. Two persons are never written side by side in running text. So
        are two names of several words where the parse makes the first a part of the second
        (its head a `compound` or `flat` word inside it: "Aminata Mint Ely" + "Vall Ahmed", a
        patronymic name the model cuts in two)."""
        if prev.label != "PERSON" or c.label != "PERSON" or prev.layout != "body" or c.layout != "body" \
                or self.st.text[prev.end:c.start] != " ":
            return False
        toks = self.st.tokens
        last = toks[prev.tok_end - 1]
        if prev.tok_end - prev.tok_start >= 2 and last.dep_ in ("compound", "flat") \
                and c.tok_start <= last.head.i < c.tok_end:
            return True
        first = self.st.text[prev.start:prev.end]
        if " " in first:
            return False
        parts = first.split("-")
        if len(parts) == 2:
            return all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts)
        return first.lower() in first_names()

    def _possessive_names(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """Names with a possessive inside, which the model cuts at the apostrophe:
        - a plural noun's possessive before an organisation noun: 'the Tea Growers' + 'Federation'
          (a body named after its members; an owner before a body is singular: "Acme's board");
        - a saint's name in a possessive before Title-Case words: 'St Oswin's Care', "St Agnes's
          Hospital" (hospitals, schools, churches and their companies are named after saints;
          the saint alone is no actor here)."""
        toks = self.st.tokens
        out: list[Cand] = []
        saints: dict[str, str] = {}  # "St Oswin" -> "St Oswin's Health"
        skip_to = -1
        for c in cands:
            if c.start < skip_to:
                continue
            end_tok = c.tok_end
            while end_tok < len(doc) and toks[end_tok].text in ("'s", "’s", "'", "’") and toks[end_tok].idx == toks[end_tok - 1].idx + len(toks[end_tok - 1].text):
                end_tok += 1
            if end_tok == c.tok_end or end_tok >= len(doc):
                out.append(c)
                continue
            first = toks[c.tok_start].lower_.rstrip(".")
            saint = first in ("st", "saint") and c.tok_end - c.tok_start >= 2
            plural = toks[end_tok - 1].text in ("'", "’") and toks[c.tok_end - 1].lower_.endswith("s")
            m = self._title_run(end_tok, ("", "ORG"), titles=True)
            if m == end_tok or not (saint or plural and toks[m - 1].lower_ in ORG_HEADS_SET):
                out.append(c)
                continue
            if saint:
                saints[self.st.text[c.start:c.end]] = self.st.text[c.start:toks[m - 1].idx + len(toks[m - 1].text)]
            c.end, c.tok_end, c.label = toks[m - 1].idx + len(toks[m - 1].text), m, "ORG"
            c.entry = None
            skip_to = c.end
            while out and out[-1].start >= c.start and out[-1] is not c:
                out.pop()
            out.append(c)
        # "St Oswin's said": the possessive alone is the short name of the saint's institution
        for c in out:
            full = saints.get(self.st.text[c.start:c.end])
            if full is not None and c.label != "ORG" and c.tok_end < len(doc) and toks[c.tok_end].text in ("'s", "’s"):
                c.label, c.entry = "ORG", Entry(full, "ORG", "org")
        return out

    def _widen_coordinated(self, c: Cand) -> None:
        """The same when the model tagged only the second part: 'the Harbour and' + 'Allied
        Trades Union' grows over the capitalised words back to 'the'."""
        toks = self.st.tokens
        i = c.tok_start
        if i < 3 or toks[i - 1].lower_ != "and" or not self._headed_by_body(c):
            return
        j = i - 1
        while j >= 1 and toks[j - 1].is_title and toks[j - 1].is_alpha and toks[j - 1].ent_type_ in ("", "ORG", "NORP") \
                and toks[j - 1].lower_ not in ORG_HEADS_SET and toks[j - 1].lower_ != "the" and i - j < 3:
            # (a sentence's "The" is capitalised too, and is where the name begins: "The X and Y Union said")
            j -= 1
        if j == i - 1 or j < 1 or toks[j - 1].lower_ != "the":
            return
        first = self.st.text[toks[j].idx:toks[i - 2].idx + len(toks[i - 2].text)]
        if self.tables.aliases.get(cached_name_key(first)) is None:
            c.tok_start, c.start = j, toks[j].idx

    def _headed_by_body(self, c: Cand) -> bool:
        """The name's head is an organisation noun ("Allied Trades Union"): English names a body
        head-last, or puts the head before an "of" and the place or field it serves ("Allied
        Trades Union of Tarvik")."""
        toks = self.st.tokens
        of = next((k for k in range(c.tok_start + 1, c.tok_end - 1) if toks[k].lower_ == "of"), c.tok_end)
        return toks[of - 1].lower_ in ORG_HEADS_SET

    def _coordinated_common_nouns(self, prev: Cand, c: Cand) -> bool:
        """'Tarvo Pelts' + 'Skins', 'Ministry of Roads' + 'Public Works': one body's name that joins
        two capitalised common nouns by "and" or "&" (what a firm deals in, the fields a ministry
        covers), which the model cuts at "and". English capitalises a common noun inside a name
        only, so where the first part is an organisation ending in an English word and the second,
        no name of its own (no table entry), ends in a capitalised English plural that names no
        person or group (WordNet's commonest sense: "Royal Marines" is a body of its own), one
        word, or two after a field the first part names after "of" (not a place a table or
        GeoNames knows: "Bank of England and United Airlines" stays two), the two are one name.
        The second part with an apposition of its own names its own body ("the Ministry of
        Fisheries and Ocean Fresh, the largest exporter"). "Acme Foods and Apple", "Acme Foods
        and American Airlines" stay two."""
        toks, text = self.st.tokens, self.st.text
        if prev.label != "ORG" or c.label not in ("ORG", "PERSON") or c.entry is not None or prev.entry is not None \
                or text[prev.end:c.start] not in (" and ", " & ") or not 1 <= c.tok_end - c.tok_start <= 2 \
                or self.tables.aliases.get(cached_name_key(text[c.start:c.end])) is not None:
            return False
        english = lambda t: t.is_title and t.is_alpha and (t.lower_ in self.vocab or self._plural_noun(t.lower_))  # noqa: E731
        if not english(toks[prev.tok_end - 1]) or not all(english(t) for t in toks[c.tok_start:c.tok_end]) \
                or not self._plural_noun(toks[c.tok_end - 1].lower_) \
                or noun_lexfiles(toks[c.tok_end - 1].lemma_.lower(), 1)[:1] in ((PERSON_FILE,), (GROUP_FILE,)):
            return False  # a field is what a body covers, no people or body: "and Royal Marines"
        if c.tok_end + 1 < len(toks) and toks[c.tok_end].text == "," and toks[c.tok_end + 1].pos_ == "DET":
            return False  # "..., a grain trader": the second part's own apposition
        last = toks[prev.tok_end - 1].lower_
        place = self.tables.aliases.get(last) is not None or last in geonames_towns() or last in subdivision_countries()
        of_field = not place and any(toks[k].lower_ == "of" for k in range(max(prev.tok_start, prev.tok_end - 3), prev.tok_end - 1))
        return of_field or c.tok_end - c.tok_start == 1

    def _one_coordinated_name(self, prev: Cand, c: Cand) -> bool:
        """'the Harbour and Allied Trades Union' cut at 'and': one body when 'the' stands before
        the first part, only the second ends in an organisation noun ('union'), and the first
        is no name of its own (no table entry). 'Acme and Zenith Holdings' (no 'the') stays two."""
        toks, text = self.st.tokens, self.st.text
        if text[prev.end:c.start] != " and " or prev.tok_start == 0 or toks[prev.tok_start - 1].lower_ != "the":
            return False
        if not self._headed_by_body(c):
            return False
        if any(t.lower_ in ORG_HEADS_SET for t in toks[prev.tok_start:prev.tok_end]):
            return False
        return self.tables.aliases.get(cached_name_key(text[prev.start:prev.end])) is None

    def _extend_particles(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """'Ursula von' + 'Leyen' -> 'Ursula von der Leyen': a person name runs on through particles.
        A word written with a hyphen is one word of the name: 'Daniel Lam Kwok' + '-hin' ->
        'Daniel Lam Kwok-hin' (a romanised Cantonese given name), as 'Anna Berg' + '-Lund'."""
        toks = self.st.tokens
        out: list[Cand] = []
        swallowed_until = -1
        for c in cands:
            if c.tok_start < swallowed_until:
                continue
            if c.label == "PERSON":
                k = c.tok_end
                while k + 1 < len(doc) and toks[k].text in "-‐" and not toks[k - 1].whitespace_ \
                        and not toks[k].whitespace_ and toks[k + 1].is_alpha \
                        and (toks[k + 1].is_title or toks[k + 1].is_lower and k - c.tok_start >= 2
                             and toks[k + 1].tag_ not in _MODIFIER_TAGS):
                    # the rest of a hyphenated word the model cut at the hyphen: a capitalised part
                    # ("-Lund"), or a lower-case syllable ("Kwok-hin") after a name of two words or
                    # more, not a participle or adjective ("Rotterdam-based", "state-owned")
                    k += 2
                if k > c.tok_end:
                    c.tok_end, c.end = k, toks[k - 1].idx + len(toks[k - 1].text)
                    swallowed_until = k
                i = c.tok_end
                j = i
                while j < len(doc) and toks[j].lower_ in PARTICLES:
                    j += 1
                    if j + 1 < len(doc) and toks[j].text in "-‐" and not toks[j - 1].whitespace_ \
                            and not toks[j].whitespace_ and toks[j + 1].is_title:
                        j += 1  # the particle joined to the surname by a hyphen: "el-Tayeb", "al-Amin"
                last_is_particle = toks[i - 1].lower_ in PARTICLES
                if (j > i or last_is_particle) and j < len(doc):
                    k = j
                    while (
                        k < len(doc)
                        and toks[k].is_alpha
                        and toks[k].text[:1].isupper()
                        and not (k > j and self._ss(toks[k]))
                    ):
                        k += 1
                    if k > j:
                        c.tok_end = k
                        c.end = toks[k - 1].idx + len(toks[k - 1].text)
                        swallowed_until = k
            out.append(c)
        return out

    def _acronym_map(self, cands: list[Cand]) -> dict[str, Entry]:
        """Acronyms the document defines ('Rapid Support Forces (RSF)'): they name that body here,
        whatever a table says the letters usually stand for."""
        out: dict[str, Entry] = {}
        for c in cands:
            if not c.acronym:
                continue
            full = self.st.text[c.start:c.end]
            entry = self._table_entry(cached_name_key(full))
            name = entry.name if entry is not None and entry.kind == "org" else LEADING_THE.sub("", full)
            out.setdefault(cached_name_key(c.acronym), Entry(name, "ORG", "org"))
        # 'Rapid Support Forces' named in full: its initials 'RSF' mean it here, not another body
        for c in cands:
            if c.label != "ORG" or c.acronym:
                continue
            full = self.st.text[c.start:c.end]
            key = (initials(full) or "").lower()
            if key and key not in out and self.tables.aliases.get(key, Entry("", "", "org")).kind == "org":
                entry = self._table_entry(cached_name_key(full))
                out[key] = entry if entry is not None and entry.kind == "org" else Entry(full, "ORG", "org")
        return out

    def _table_entry(self, key: str) -> Optional[Entry]:
        """A table entry for a name, also under an owner's prefix: 'U.N. Agency for the Study
        of Alpine Glaciers' -> the agency, 'EU's X' style names the tables list without it."""
        t = self.tables
        entry = t.aliases.get(key)
        if entry is not None:
            return entry
        words = key.split()
        for k in (1, 2):
            if len(words) - k < 2:
                break
            owner = t.aliases.get(" ".join(words[:k]))
            if owner is not None and owner.kind in ("org", "country"):
                rest = t.aliases.get(" ".join(words[k:]))
                if rest is not None and rest.kind == "org":
                    return rest
        return self._government_of(words)

    def _government_of(self, words: list[str]) -> Optional[Entry]:
        """'the Government of Ireland', 'the Irish Government', 'Ireland's federal government':
        a country's national government, one organisation named "Government of <country>"
        whichever of these forms the text uses (docs/actors-gold-proposals.md, proposal 2)."""
        if len(words) < 2:
            return None
        if words[0] == "government" and words[1] == "of":
            place = words[3:] if words[2:3] == ["the"] else words[2:]
        elif words[-1] == "government":
            place = [w for w in words[:-1] if w not in _GOVERNMENT_LEVELS]
        else:
            return None
        entry = self.tables.aliases.get(" ".join(place)) if place else None
        if entry is not None and entry.kind == "demonym":
            entry = self.tables.aliases.get(cached_name_key(entry.name))
        if entry is None or entry.kind != "country":
            if place and " ".join(place) in subdivision_countries():  # a province's or a state's
                return Entry(government_name(title_case(" ".join(place))), "ORG", "org")
            return None
        return Entry(government_name(entry.name), "ORG", "org")
