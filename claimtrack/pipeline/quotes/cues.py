"""Cues: the speech verb, speech noun, 'according to' or colon that attributes a quotation."""

from __future__ import annotations

import itertools
from typing import Optional

from spacy.tokens import Token

from .helpers import is_title_case
from .marks import MarkPair, end_of_line, start_of_line, paragraph_break
from .words import INVERTED_DEPS, PRONOUNS_PERSON, SENT_END, SUBJECT_DEPS, TERMINAL, WORD_RE, Cue


def words_of(t: Token) -> Optional[Token]:
    """"in the words of X": the one whose words they are (the object of "of" after "words"), a
    possessor written as a phrase; None for any other noun."""
    if t.lower_ != "words":
        return None
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


class Cues:
    """Find the cue of one quotation mark pair."""

    # ---- analysis of one pair -------------------------------------------------------------
    def analyse(self, pair: MarkPair) -> Optional[dict]:
        text = self.text
        a, b = pair.open + 1, pair.close
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        inner = text[a:b]
        if not any(ch.isalnum() for ch in inner):
            return None
        words = WORD_RE.findall(inner)
        n_words = len(inner.split())
        title_case = is_title_case(words)
        terminal = inner.rstrip("\"'”’)").endswith(tuple(TERMINAL))
        trailing_comma = inner.endswith(",")
        short = n_words <= self.finder.max_short_words
        before = text[max(0, pair.open - 40) : pair.open].lower().rstrip()
        named = any(before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum()) for cue in self.finder.naming)
        line_start = start_of_line(self.newlines, pair.open)
        line_end = end_of_line(self.newlines, pair.close, len(text))
        own_line = not text[line_start : pair.open].strip() and not text[pair.close + 1 : line_end].strip(" \t\r.:")

        cue = self.find_cue(pair, a, b)
        item = {
            "start": a, "end": b, "pair": pair, "cue": cue, "short": short, "title": title_case,
            "own_line": own_line, "terminal": terminal or trailing_comma, "named": named,
            "full_stop": terminal,
        }
        if named and (short or title_case):
            return None
        if short and not (terminal or trailing_comma) and self.premodifier(pair, a, b):
            return None  # a quoted term naming a kind of thing: the “user pays” principle
        # a capitalised word or two ending in a comma inside the marks and followed by its speech
        # verb ('“Never,” she said.') is a quotation, not a quoted title ('“Jaws,” “Alien”')
        spoken = trailing_comma and cue is not None and cue.kind in ("verb", "reporting") and cue.rank[0] <= 1
        if title_case and not terminal and not spoken:
            if own_line:
                item["headline"] = True  # kept only if another quotation contains its words
                return item
            return None
        if short and not (terminal or trailing_comma):
            if cue is None or not cue.rank[0] == 0 or cue.kind == "according":
                item["needs_company"] = True  # kept only beside a real quotation
        return item

    def premodifier(self, pair: MarkPair, a: int, b: int) -> bool:
        """The quotation is a term standing before the noun it names (“user pays”
        principle, “golden hour” rule): a noun follows the closing mark directly, a determiner
        or possessive stands before the opening mark, and the quoted words hold a noun or a
        verb (a quoted evaluative adjective, a “great” deal, stays a partial quote)."""
        doc = self.doc
        if pair.close + 1 >= len(self.text) or self.text[pair.close + 1] not in " \t":
            return False
        qi, qj = self.quote_tokens(a, b)
        k = qj
        while k < len(doc) and (doc[k].idx <= pair.close or doc[k].is_space):
            k += 1
        if k >= len(doc):
            return False
        nxt = doc[k]
        if nxt.pos_ != "NOUN" or not nxt.is_lower or nxt.ent_type_ in ("DATE", "TIME") or nxt.dep_ == "npadvmod":
            return False
        p = qi - 1
        while p >= 0 and (doc[p].idx >= pair.open or doc[p].is_space):
            p -= 1
        if p < 0 or not (doc[p].pos_ == "DET" or doc[p].tag_ in ("PRP$", "POS") or doc[p].dep_ == "poss"):
            return False
        return any(t.pos_ in ("NOUN", "PROPN", "VERB", "NUM") for t in doc[qi:qj] if pair.open < t.idx < pair.close)

    def reachable(self, t: Token, pair: MarkPair) -> bool:
        """A cue token outside the quotation belongs to its paragraph, or to the clause that
        introduces it with a colon on an earlier line."""
        text = self.text
        if t.idx > pair.close:
            return paragraph_break(text, pair.close, t.idx) is None
        if paragraph_break(text, t.idx, pair.open) is None:
            return True
        k = pair.open - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        return k >= 0 and text[k] == ":"

    # ---- cues -----------------------------------------------------------------------------
    def quote_tokens(self, a: int, b: int) -> tuple[int, int]:
        i = self.token_at(a)
        j = self.token_at(max(a, b - 1)) + 1
        return i, j

    def find_cue(self, pair: MarkPair, a: int, b: int) -> Optional[Cue]:
        doc = self.doc
        qi, qj = self.quote_tokens(a, b)
        cands: list[Cue] = []

        # 1. Linked: a speech verb (or a speech noun with a possessor) governing the quote.
        roots = [t for t in doc[qi:qj] if not (qi <= t.head.i < qj) or t.head.i == t.i]
        seen = set()
        for depth_root in roots[:3]:
            t = depth_root
            depth = 0
            while t.head.i != t.i and depth < 12:
                t = t.head
                depth += 1
                if t.i in seen or qi <= t.i < qj:
                    continue
                seen.add(t.i)
                if not self.reachable(t, pair):
                    continue
                c = self.cue_token(t) or (self._answering(t) if depth == 1 and depth_root.dep_ == "ccomp" else None)
                if c is not None:
                    strength = 0 if c == "strong" else 1
                    cands.append(Cue((0, strength, depth), t, t.text, "noun" if c == "noun" else "verb"))
        # A speech verb whose head lies inside the quote ("“...,” he said" parsed as parataxis).
        for t in self.window(qj, +1, pair):
            if qi <= t.head.i < qj:
                c = self.cue_token(t)
                if c in ("strong", "weak"):
                    cands.append(Cue((0, 0 if c == "strong" else 1, 1), t, t.text, "verb"))

        # 2. Nearby: in the clause after the closing mark, or before the opening mark
        #    (or before a colon that introduces the quote). A quotation that ends its sentence
        #    with a full stop inside the marks takes no attribution after it; one ending in
        #    "!" or "?" only an inverted or adjacent one ("“...!” insists Burton").
        inner_end = self.text[a:b].rstrip("\"'”’)")
        after_reach = 0 if inner_end.endswith(".") else 3 if inner_end.endswith(("!", "?", "…")) else self.finder.window_tokens
        for dist, t in enumerate(self.window(qj, +1, pair)):
            if dist >= after_reach:
                break
            c = self.cue_token(t)
            if c in ("strong", "weak"):
                cands.append(Cue((1, 0 if c == "strong" else 1, dist), t, t.text, "verb"))
        for dist, t in enumerate(self.window(qi - 1, -1, pair)):
            c = self.cue_token(t)
            if c in ("strong", "weak"):
                cands.append(Cue((1, 0 if c == "strong" else 1, dist + 0.5), t, t.text, "verb"))
            elif c == "noun":
                cands.append(Cue((1, 2, dist + 0.5), t, t.text, "noun"))
            if t.i in self.according:
                cands.append(Cue((2, 0, dist), t, "according to", "according"))
        cands.extend(self.according_after(pair, qj, after_reach))

        cands.extend(self.reporting_clause(pair, qj, inner_end))
        cands.extend(self.clause_after(pair, qj, inner_end))
        cands.extend(self.colon_clause(pair))
        cands.extend(self.speech_noun_object(pair))
        cands.extend(self.bare_reporting_sentence(pair))

        cands.sort(key=lambda c: c.rank)
        for cand in cands:
            if self.speaker_token(cand, qi, qj) is not None:
                return cand
        return None

    def according_after(self, pair: MarkPair, qj: int, reach: int) -> list[Cue]:
        """"according to X" after the closing mark, within the reach of a cue after it: none
        after a quotation that ended its sentence inside its marks ("“...” The mayor resigned,
        according to local reports": that sentence's source, not the quotation's)."""
        return [Cue((2, 0, dist), t, "according to", "according")
                for dist, t in enumerate(itertools.islice(self.window(qj, +1, pair), reach)) if t.i in self.according]

    def reporting_clause(self, pair: MarkPair, qj: int, inner_end: str) -> list[Cue]:
        """A reporting clause right after the closing mark, whatever its verb: '“Not now,” Jane
        Roe snapped.', '“Why?” he pressed.' A quotation ending in a comma, '?' or '!' inside its
        marks is not a sentence of its own, so a name (or a person's pronoun) and a past or
        present verb right after it report it; after a full stop inside the marks only a
        sentence that is nothing but a name and a speech verb does ('“We won.” Roe said.').
        Read from the words' tags, not the parse, which often misreads such clauses ('Roe'
        a compound of 'snapped'). The cue's kind is 'reporting'; its speaker ends before it."""
        doc = self.doc
        toks = list(itertools.islice(self.window(qj, +1, pair), 6))
        k = 0
        while k < len(toks) and toks[k].is_title and toks[k].is_alpha and toks[k].pos_ in ("PROPN", "NOUN"):
            k += 1  # a name: capitalised words ("Jane Roe", "Sen. Roe" ends at the verb)
        if k == 0 and toks and toks[0].lower_ in PRONOUNS_PERSON:
            k = 1
        if k == 0 or k >= len(toks) or k > 3:
            return []
        verb = toks[k]
        # "“...,” Roe notes.": a present-tense speech verb the tagger read as a plural noun
        misread = verb.tag_ == "NNS" and verb.lower_.endswith("s") and verb.lower_[:-1] in self.finder.strong \
            and verb.i + 1 < len(doc) and doc[verb.i + 1].text in (".", ",")
        if (verb.tag_ not in ("VBD", "VBN", "VBZ") and not misread) or verb.i != toks[k - 1].i + 1 or verb.idx < pair.close:
            return []
        if inner_end.endswith((",", "?", "!")) or (
                inner_end.endswith(".") and self.cue_token(verb) in ("strong", "weak")
                and verb.i + 1 < len(doc) and doc[verb.i + 1].text == "."):
            return [Cue((1, 2, 0), verb, verb.text, "reporting")]
        return []

    def colon_clause(self, pair: MarkPair) -> list[Cue]:
        """A colon right before the opening mark introduces the quotation, whatever its verb:
        'Roe: “...”' and '... - Jane Roe: “...”' (a name directly before the colon: the
        transcript and round-up convention), 'He leaned in and boomed: “...”' (a past or present
        verb directly before it: its subject speaks, found as for any speech verb)."""
        doc, text = self.doc, self.text
        i = self.token_at(pair.open) - 1
        while i >= 0 and (doc[i].is_space or doc[i].idx >= pair.open):
            i -= 1
        if i < 1 or doc[i].text != ":" or text[doc[i].idx + 1:pair.open].strip():
            return []
        t = doc[i - 1]
        if t.idx + len(t.text) != doc[i].idx:
            return []
        bracketed = False
        if t.text == ")":  # 'Rep. Jane Roe (D-Ore.): “...”': a party and state after the name
            k = t.i - 1
            while k > max(0, t.i - 8) and doc[k].text != "(":
                k -= 1
            if doc[k].text != "(" or k < 1 or "\n" in text[doc[k - 1].idx:doc[i].idx]:
                return []
            t, bracketed = doc[k - 1], True
        if t.text[:1].isupper() and t.is_alpha and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")) \
                and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") \
                and (t.dep_ not in ("pobj", "dobj", "dative", "poss") or self._set_apart(t)):
            # 'a message to Roe:' is for Roe; '... - Jane Roe: “...”' (a dash before the name, a
            # round-up's attribution) is hers, whatever the parser made of the name
            # a name set apart outranks any speech verb of the words before the dash
            rank = (0, -1, 0) if self._set_apart(t) else (1, 2, 0.5)
            return [Cue(rank, doc[i], ":", "reporting", t if bracketed else None)]
        if bracketed:
            return []
        if t.tag_ in ("VBD", "VBZ") and t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG") or c.lower_ in PRONOUNS_PERSON)
                for c in t.children):
            return [Cue((1, 2, 0.5), t, t.text, "verb")]
        return self.colon_main_clause(t, doc[i])

    def speech_noun_object(self, pair: MarkPair) -> list[Cue]:
        """'The club issued a statement: “...”', 'she sent a message, “...”': a speech noun
        (speech_nouns.txt) right before the opening mark, the object of a verb, is the
        quotation's wording, and the verb's subject is the one who made it, whatever the verb
        (issue, release, post, send). The least of the nearby cues."""
        doc, text = self.doc, self.text
        i = self.token_at(pair.open) - 1
        while i >= 0 and (doc[i].is_space or doc[i].idx >= pair.open):
            i -= 1
        if i >= 0 and doc[i].text in (",", ":"):
            i -= 1
        if i < 1 or "\n" in text[doc[i].idx:pair.open]:
            return []
        t = doc[i]
        if t.pos_ != "NOUN" or t.lemma_.lower() not in self.finder.nouns or t.dep_ != "dobj" \
                or t.head.pos_ != "VERB" or t.head.i > t.i:
            return []
        verb = t.head
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and self.same_line(c, t)
                and not self.in_quote(c.idx)]
        if not subj:
            return []
        return [Cue((1, 2, 1), verb, verb.text, "verb", subj[0])]

    def _set_apart(self, t: Token) -> bool:
        """Whether the proper name ending at `t` follows a dash (or opens its line): '... - Jane
        Roe: “...”', the round-up convention of a name set apart before its words."""
        k = t.i
        while k > 0 and self.doc[k - 1].pos_ == "PROPN" and self.doc[k - 1].text[:1].isupper():
            k -= 1
        if k == 0 or "\n" in self.text[self.doc[k - 1].idx:self.doc[k].idx]:
            return True
        return self.doc[k - 1].text in ("-", "–", "—", "--")

    def colon_main_clause(self, t: Token, colon: Token) -> list[Cue]:
        """The main clause before an introducing colon speaks through its named subject,
        whatever words end it: 'Roe answered sharply: “...”', 'Roe paused, then leaned in and
        growled: “...”', 'Acme has apologised for what happened: “...”', 'Roe gave a blunt
        message to the board: “...”'. The main clause is the top of the words before the colon
        in the parse; it outranks a speech verb of a clause subordinate to it ('When Smith
        suggested ..., Roe fired back: “...”' is Roe's)."""
        top = t
        near = t if t.pos_ == "VERB" else None  # the verb nearest the colon names the cue
        for _ in range(10):
            h = top.head
            if h.i == top.i or h.i >= colon.i or h.i < top.left_edge.i - 40:
                break
            top = h
            if near is None and top.pos_ == "VERB":
                near = top
        if top.pos_ not in ("VERB", "AUX") or top.tag_ not in ("VBD", "VBZ", "VBN", "VBP"):
            return []
        if top.tag_ == "VBN" and not any(c.dep_ == "aux" for c in top.children):
            return []  # a participle phrase, no clause of its own
        subj = [c for c in top.children if c.dep_ == "nsubj" and c.i < top.i and self.same_line(c, colon)
                and not self.in_quote(c.idx)]
        if not subj or not self.named_subject(subj[0]):
            return []
        near = near or top
        return [Cue((1, 0, 0.25), near, near.text, "verb", subj[0])]

    def named_subject(self, c: Token) -> bool:
        """A subject that names someone: a proper name, a person or organisation the model
        found, or a person's pronoun."""
        return c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG") or c.lower_ in PRONOUNS_PERSON

    def clause_after(self, pair: MarkPair, qj: int, inner_end: str) -> list[Cue]:
        """A reporting clause after a quotation that ends in ',', '?' or '!' inside its marks
        (no sentence of its own, whatever the sentence splitter says), read from the parse:
        - subject first, however long its apposition or relative clause: '“Stop!” Jane Roe,
          the union's chair, said of the vote.' The first verb after the closing mark (outside
          relative clauses) is a speech verb whose clause reports nothing else, and the words
          before it are one noun phrase: its head speaks.
        - verb first: '“Why?” wondered the old ferryman.' English inverts subject and verb after
          a quotation only with verbs that report it (quotative inversion), so any verb right
          after the closing mark with no subject before it reports the quotation, and the noun
          phrase after it speaks, whatever its parse label ('asked the boy': not the one asked)."""
        if not inner_end.endswith((",", "?", "!")):
            return []
        toks = list(itertools.islice(self.window(qj, +1, pair), 30))
        if not toks:
            return []
        first = toks[0]
        if first.pos_ == "VERB" and first.tag_ in ("VBD", "VBZ"):
            if any(c.dep_ in SUBJECT_DEPS and c.i < first.i for c in first.children):
                return []
            for c in first.rights:
                if c.pos_ in ("PROPN", "NOUN") and c.dep_ in INVERTED_DEPS and c.i - first.i <= 6:
                    return [Cue((1, 2, 0), first, first.text, "verb", c)]
            return []
        if first.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or first.idx <= pair.close:
            return []
        verb = next((t for t in toks[1:] if t.pos_ in ("VERB", "AUX") and not self.in_relative(t, first.i)), None)
        if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBN", "VBP"):
            return []
        if self.cue_token(verb) not in ("strong", "weak") or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return []
        span = self.doc[first.i : verb.i]
        heads = [t for t in span if not t.is_punct and (t.head.i == t.i or not span.start <= t.head.i < span.end)]
        if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN"):
            return []
        return [Cue((1, 2, 0), verb, verb.text, "verb", heads[0])]

    def in_relative(self, t: Token, floor: int) -> bool:
        """`t` lies in a relative clause of a word at or after `floor` ('who had lost his boat')."""
        x = t
        for _ in range(8):
            if x.dep_ == "relcl" and x.head.i >= floor:
                return True
            if x.head.i == x.i or x.head.i < floor:
                return False
            x = x.head
        return False

    def bare_reporting_sentence(self, pair: MarkPair) -> list[Cue]:
        """'Jane Roe agreed. “...”': a sentence that is nothing but a name and a speech verb (no
        object, no clause of its own), right before the opening mark on the same line, reports
        the quotation that follows it."""
        doc, text = self.doc, self.text
        i = self.token_at(pair.open) - 1
        while i >= 0 and (doc[i].is_space or doc[i].idx >= pair.open):
            i -= 1
        if i < 2 or doc[i].text != "." or "\n" in text[doc[i].idx:pair.open]:
            return []
        verb = doc[i - 1]
        if verb.tag_ not in ("VBD", "VBZ") or self.cue_token(verb) not in ("strong", "weak"):
            return self.reporting_sentence_before(doc[i])
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep", "dative", "advcl") for c in verb.children):
            return self.reporting_sentence_before(doc[i])
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1]
        if not subj or not (subj[0].pos_ == "PROPN" or subj[0].ent_type_ in ("PERSON", "ORG")
                            or subj[0].lower_ in PRONOUNS_PERSON):
            return []
        start = subj[0].left_edge.i
        if start > 0 and doc[start - 1].text not in (".", "!", "?", "”", "\"", "’") and not doc[start - 1].is_space:
            return []  # the name and the verb are the whole sentence
        return [Cue((1, 2, 1), verb, verb.text, "verb")]

    def reporting_sentence_before(self, stop: Token) -> list[Cue]:
        """'Jane Roe, the mayor, told reporters on Friday. “...”', 'Roe says the plan came
        too late. “...”': a quotation with no cue of its own, right after a sentence whose main
        verb is a speech verb with a named subject, on the same line, continues that report
        (the news convention of a paraphrase followed by the speaker's own words). The least
        of the cues: any cue of the quotation's own comes first."""
        doc = self.doc
        top = doc[stop.i - 1]
        for _ in range(12):
            h = top.head
            if h.i == top.i or h.i >= stop.i:
                break
            top = h
        if top.tag_ not in ("VBD", "VBZ") or self.cue_token(top) != "strong":
            return []
        subj = [c for c in top.children if c.dep_ == "nsubj" and c.i < top.i]
        if not subj or not self.named_subject(subj[0]):
            return []
        start = top.left_edge.i
        if "\n" in self.text[doc[start].idx:stop.idx] or any(self.in_quote(t.idx) for t in doc[start:stop.i]):
            return []  # a sentence holding a quotation: its speaker goes on as a continuation
        if start > 0 and doc[start - 1].text not in (".", "!", "?", "”", "\"", "’") and not doc[start - 1].is_space:
            return []  # the reporting clause is a sentence of its own
        return [Cue((3, 0, 0), top, top.text, "verb", subj[0])]

    def cue_token(self, t: Token) -> Optional[str]:
        lemma = t.lemma_.lower()
        low = t.lower_
        if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
            if lemma in self.finder.strong or low in self.finder.strong:
                return "strong"
            if lemma in self.finder.weak or low in self.finder.weak:
                return "weak"
            if lemma == "put" and self._puts_it(t):
                return "weak"
        if t.pos_ == "NOUN" and (lemma in self.finder.nouns or low in self.finder.nouns):
            if any(c.dep_ == "poss" for c in t.children) or words_of(t) is not None:
                return "noun"
        return None

    @staticmethod
    def _answering(t: Token) -> Optional[str]:
        """A verb with the particle "back" whose complement is the quotation answers with it:
        "back" is "in return, in reply" (OED, back adv. 3), so "Roe shot back, “...”", "fired
        back", "hit back" report the words whatever the verb's own sense ("came back and
        cheered, “...”" governs nothing quoted). A weak cue."""
        if t.pos_ != "VERB" or not t.tag_.startswith("VB"):
            return None
        return "weak" if any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") and c.i == t.i + 1
                             for c in t.children) else None

    @staticmethod
    def _dummy_subject(c: Token, verb: Token) -> bool:
        """An expletive subject: "there", or "it" before a form of "be" with a complement ("it
        was too early to say", "it is clear that"), which stands for the clause it anticipates."""
        if c.dep_ == "expl" or c.lower_ == "there":
            return True
        return c.lower_ == "it" and verb.lemma_ == "be" and any(k.dep_ in ("acomp", "attr") for k in verb.children)

    @staticmethod
    def _puts_it(t: Token) -> bool:
        """"as Jane Roe put it", "he put it bluntly": "put it" with nothing but a manner after it
        means "express it in words" (WordNet 3.0 put.v.03 "formulate in a particular style or
        language": "I wouldn't put it that way"), a verb of saying; "put it on the table", "put
        it off" keep their place or particle after it."""
        kids = list(t.children)
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids) and not any(
            c.dep_ in ("prt", "dative", "ccomp", "xcomp") or c.dep_ == "prep" and c.i > t.i for c in kids)

    def window(self, start: int, step: int, pair: MarkPair):
        """Tokens from `start` outward, within the clause around the quote.

        Stops at sentence-final punctuation, a paragraph break, or another quotation. Before
        an opening mark preceded by a colon, the window is the clause before the colon, even
        on the previous line ("... and declared:\\n\\n“...”")."""
        doc = self.doc
        n = len(doc)
        i = start
        count = 0
        if step < 0:
            # skip whitespace tokens and the opening mark itself
            while 0 <= i and (doc[i].is_space or doc[i].idx >= pair.open):
                i -= 1
            if 0 <= i and doc[i].text == ":":
                i -= 1  # the clause before a colon that introduces the quote
            elif i >= 0 and "\n" in self.text[doc[i].idx + len(doc[i]) : pair.open]:
                return
        else:
            while i < n and doc[i].idx < pair.close + 1:
                i += 1
        while 0 <= i < n and count < self.finder.window_tokens:
            t = doc[i]
            if t.is_space:
                if "\n" in t.text:
                    return
                i += step
                continue
            if "\n" in t.whitespace_:
                if step > 0:
                    yield t
                    return
            if t.text in SENT_END and step > 0:
                return
            if t.text in SENT_END and step < 0:
                return
            if self.in_quote(t.idx) and not (pair.open <= t.idx <= pair.close):
                return
            if step < 0 and i + 1 < n and "\n" in t.whitespace_:
                return
            yield t
            count += 1
            i += step

    def outer_speech_verb(self, t: Token) -> Token:
        """A speech verb coordinated into the reported clause of another one ("X said the deal
        was good and urged both sides to ..." parsed with "urged" under "was") shares the
        outer speaker: climb to the outer speech verb when the inner clause's subject is no
        actor, person or pronoun (an "agreement" does not urge), or a dummy subject, which
        stands for no one ("X said it was too early to tell but added ...", "there was")."""
        if t.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in t.children):
            return t
        inner = t.head
        if inner.dep_ not in ("ccomp", "xcomp") or inner.head.i == inner.i:
            return t
        outer = inner.head
        if outer.i > inner.i or self.cue_token(outer) not in ("strong", "weak"):
            return t
        for c in inner.children:
            if c.dep_ in SUBJECT_DEPS and not self._dummy_subject(c, inner):
                if (
                    c.pos_ in ("PRON", "PROPN") or c.ent_type_ or self.mention_of(c) is not None
                    or c.lower_ in self.finder.title_heads or c.lemma_.lower() in self.finder.proxies
                ):
                    return t
        return outer
