"""Post-processing: quotations continued, shared across paragraphs, headline quotes, and the quote records (plain dicts)."""

from __future__ import annotations

import re

from .helpers import attributed, continues, inherit_speaker, named_speaker, norm_words, same_sentence
from .marks import is_direct
from .persons import person_nouns
from .words import TERMINAL, WORD_RE, TextSpan
from ...titles import title_table
from .tables import names_a_place, strip_ranks

#: Entity types that never speak: numbers, dates and times, and places that are not polities.
_NOT_SPEAKERS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL", "DATE", "TIME", "LOC", "FAC"})
#: Entity types of a common noun that still names someone ("Democrats", "the Kremlin").
_NAMING = frozenset({"PERSON", "ORG", "NORP", "GPE"})


#: A first-person word: the voice of someone speaking.
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I'd|we|We|me|us|my|My|our|Our)\b")


#: Closing quotation marks, after which a reporting clause starts ('“...,” Roe said').
_CLOSING_MARKS = frozenset({"”", "\"", "’", "'", "''"})

#: Determiners of one (or some) of many: a description so introduced names no one.
_ONE_OF_MANY = frozenset({"a", "an", "one", "another", "some", "several", "many"})


class Post:
    """Turn analysed items into quote records (dicts with the fields of models.Quote)."""

    def names_someone(self, start: int, end: int) -> bool:
        """Whether the words at [start, end) name a speaker: a proper name or a named group,
        never a number, a date or a place phrase ("35 countries", "on Monday", "the border
        area"), nor a description no name stands behind ("a senior official", "the club")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        if any(t.like_num or t.pos_ == "NUM" or t.ent_type_ in _NOT_SPEAKERS for t in span):
            return False
        root = span.root
        if root.pos_ == "PRON":
            return True  # a pronoun no one was found for still stands for a person
        if (root.pos_ == "PROPN" and root.text[:1].isupper()) or root.ent_type_ in _NAMING:
            return True
        if len(span) == 1 and root.is_title and root.is_alpha and root.tag_ == "NN" and root.i > 0 \
                and self.doc[root.i - 1].text in _CLOSING_MARKS \
                and not any(t.text == root.lower_ for t in self.doc):
            # '“...,” Fleming notes.': a capitalised singular word opening the reporting clause
            # is a surname the tagger took for a noun, unless the text writes it lower-case
            # elsewhere, as it writes a common noun ("police")
            return True
        # "the French presidency", "the Ukrainian military", "the EU executive": a country's or an
        # organisation's one institution of that kind is named by the description; not one of
        # many ("a top Green strategist", "one Labour adviser"), whom no name stands behind
        if any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE_OF_MANY for c in root.children):
            return False
        return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _NAMING - {"PERSON"}
                   for c in root.children)

    def sentence_ends(self, a: int, b: int) -> int:
        """Sentence-final punctuation in text[a:b], as the tokenizer splits it: a period that
        belongs to an abbreviation ("Sen.", "Gov.", "Harry M. Reid", "D.C.") is part of its
        token, never a sentence end of its own; so is one the tokenizer split off a title word
        before a capitalised word ("Col." + "Omar": claimtrack.titles)."""
        n = 0
        doc = self.doc
        words = title_table().words
        for i in range(self.token_at(a), len(doc)):
            t = doc[i]
            if t.idx >= b:
                break
            if t.idx >= a and t.is_punct and t.text[0] in ".!?…" and t.text.strip(".!?…") == "":
                prev = doc[i - 1] if i else None
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if t.text == "." and prev is not None and not prev.whitespace_ and prev.lower_ in words \
                        and nxt is not None and nxt.is_title:
                    continue
                n += 1
        return n

    def continues_in_paragraph(self, prev: dict, it: dict) -> bool:
        """Within one paragraph a quotation with no attribution of its own goes on with the last
        speaker quoted, across up to three sentences, as long as none of them has someone else
        as its subject: '“...,” said Ana Ruiz, a ferry pilot. She has worked the strait for
        years. “Nobody listens.”' Another named subject ('Smith disagreed.'), or a speech verb
        with a subject of its own ('Officials said ...'), hands the paragraph to someone else."""
        if not attributed(prev):
            return False
        a, b = prev["pair"].close + 1, it["pair"].open
        if b - a > 400 or "\n" in self.text[a:b] or self.sentence_ends(a, b) > 3:
            return False
        said = {w.lower() for w in WORD_RE.findall(" ".join(filter(None, [
            prev["speaker"], prev["speaker_span"].text if prev["speaker_span"] else None])))}
        for k in range(self.token_at(a), len(self.doc)):
            t = self.doc[k]
            if t.idx >= b:
                break
            if t.idx < a or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if t.pos_ == "PRON":
                continue  # a pronoun goes back to the speaker or to a thing
            phrase = self.doc[t.left_edge.i : t.i + 1]
            own = {w.lower() for w in WORD_RE.findall(phrase.text)}
            if own & said:
                continue
            if t.pos_ == "PROPN" or t.ent_type_ in _NAMING or self.mention_of(t) is not None \
                    or self.cue_token(t.head) == "strong":
                return False
        return True

    # ---- whole document -------------------------------------------------------------------
    def finish(self, items: list[dict]) -> list[dict]:
        """The quotations' records: speakers found, short terms and quoted headlines kept only
        with their evidence, attributions shared across paragraphs and continuations."""
        self._speakers(items)
        final = self._headlines_kept(self._short_terms_kept(items))
        self._share_within_groups(final)
        self._continuations(final)
        self._headline_speakers(final)
        for it in final:
            src = it.get("inherit")
            if it.get("headline") and src is not None:
                it["speaker"], it["speaker_id"] = src["speaker"], src["speaker_id"]
                it["speaker_span"] = src["speaker_span"]
                it["cue"] = src["cue"]
        return [self._record(it) for it in final]

    def _speakers(self, items: list[dict]) -> None:
        for it in items:
            it["speaker"] = it["speaker_id"] = it["speaker_span"] = None
            cue = it["cue"]
            if cue is not None:
                qi, qj = self.quote_tokens(it["start"], it["end"])
                it["speaker"], it["speaker_id"], it["speaker_span"] = self.speaker_of(cue, qi, qj)

    def _short_terms_kept(self, items: list[dict]) -> list[dict]:
        """Short terms: kept only beside a real quotation in the same sentence. In the page's head
        a short quotation of two words or more is a quoted headline ("'A disgrace': patients
        wait two years"), kept, as those are, when a later quotation holds its words."""
        kept = []
        top = self.head_paragraphs()
        for k, it in enumerate(items):
            if it.get("needs_company"):
                # only the nearest real quotation on each side can share its sentence
                near = [o for o in items[max(0, k - 3) : k + 4] if not o.get("needs_company") and not o.get("headline")]
                if not any(same_sentence(self.text, it, o, self.sentence_ends) for o in near):
                    if self.paragraph_of(it["start"]) > top or len(WORD_RE.findall(self.text[it["start"] : it["end"]])) < 2:
                        continue
                    it["headline"] = True
            kept.append(it)
        return kept

    def _headlines_kept(self, kept: list[dict]) -> list[dict]:
        """Quoted headlines: kept when a later quotation contains their words."""
        text = self.text
        final = []
        for k, it in enumerate(kept):
            if it.get("headline"):
                words = norm_words(text[it["start"] : it["end"]])
                donor = next(
                    (o for o in kept[k + 1 : k + 60] if o is not it and not o.get("headline") and words and words in norm_words(text[o["start"] : o["end"]])),
                    None,
                )
                if donor is None:
                    continue
                it["inherit"] = donor
            final.append(it)
        return final

    @staticmethod
    def _share_within_groups(final: list[dict]) -> None:
        """One quotation over several paragraphs: its paragraphs share the attribution."""
        by_group: dict[int, list[dict]] = {}
        for it in final:
            by_group.setdefault(it.get("group", -1), []).append(it)
        for segs in by_group.values():
            if len(segs) < 2:
                continue
            said = [k for k, it in enumerate(segs) if attributed(it)]
            for k, it in enumerate(segs):
                if said and not attributed(it):
                    src = segs[min(said, key=lambda j: (abs(j - k), j > k))]
                    inherit_speaker(it, src)

    def _continuations(self, final: list[dict]) -> None:
        """Continuation: an unattributed quotation right after an attributed one."""
        prev = None
        for it in final:
            if it.get("headline"):
                continue
            src = None
            if it["speaker"] is None and it["speaker_span"] is None and prev is not None:
                if continues(self.text, prev, it, self.sentence_ends) or self.continues_in_paragraph(prev, it):
                    src = prev
            if src is not None and attributed(src):
                inherit_speaker(it, src)
            elif it["speaker"] is None and it["speaker_span"] is None:
                person = self.subject_before(it) or self.reporter_after(it)
                if person is not None:
                    it["speaker"], it["speaker_id"], it["speaker_span"] = person
            prev = it

    def subject_before(self, it: dict):
        """"Ana Roe, who runs a stall, was furious. '...I have nothing to sell.'": a quotation
        with no attribution of its own, in the first person, right after a sentence (outside
        quotation marks, in its paragraph or closing the one before) whose main clause has a
        person the article names as its subject, is that person's: news introduces a speaker and
        lets her speak. (name, actor id, span), or None."""
        if not _FIRST_PERSON_RE.search(self.text, it["start"], it["end"]):
            return None
        i = self.token_at(it["pair"].open)
        if i == 0:
            return None
        before = self.doc[i - 1]
        while before.i > 0 and before.is_space:
            before = self.doc[before.i - 1]
        if self.in_quote(before.idx) or before.text not in (".", "!", "?"):
            return None
        root = before.sent.root
        for t in root.children:
            if t.dep_ != "nsubj" or t.pos_ == "PRON":
                continue
            m = self.mention_of(t, {"PERSON"})
            if m is None:
                for c in t.children:
                    if c.dep_ == "appos":
                        m = self.mention_of(c, {"PERSON"}) or m
            if m is not None and not self.in_quote(m[0]):
                return self.actor_result(m)
            if m is None:
                # "Rector Ana Ruiz spoke to reporters outside the hall." when the model tagged no
                # person there: a proper name of two or more words that names no actor at all
                # (no place, no body) introduces the speaker all the same
                found = self._unlisted_full_name(t)
                if found is not None:
                    return found
        return None

    def _unlisted_full_name(self, t):
        """(name, None, span) of a proper noun heading a compound of two or more capitalised proper
        nouns after any title words or nouns for a person ("Dr", "Rector"), outside any quotation, that no actor mention
        covers and the gazetteer does not list as a place; else None."""
        if t.pos_ != "PROPN" or not t.is_title or self.in_quote(t.idx) or self.mention_of(t) is not None:
            return None
        words = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title]
        while words and (words[0].lower_.rstrip(".") in self.finder.title_words or words[0].lower_ in person_nouns()):
            words = words[1:]
        if not words or any(w.i + 1 < t.i and self.doc[w.i + 1] not in words + [t] for w in words):
            return None  # a single word, or compounds that are not one run of words
        s, e = words[0].idx, t.idx + len(t)
        name = self.text[s:e]
        if names_a_place(name):
            return None
        return name, self.match_last_name(name), TextSpan(start=s, end=e, text=name)

    def reporter_after(self, it: dict):
        """"“We have waited long enough.” Ruth Roe, who chairs the traders, said the stalls
        would reopen.": a quotation with no attribution of its own that ends its sentence inside
        its marks, followed on its line by a sentence whose main verb is a speech verb with a
        named subject (a person or body the article names, a person's pronoun, or a role the
        article gives a named holder: "The judge said the hearing would resume."), is that
        subject's: the paraphrase after a quotation reports the one who spoke it. Only when no
        earlier speaker goes on (`_continuations` asks last). (name, actor id, span), or None."""
        if not it.get("full_stop"):
            return None
        doc = self.doc
        j = self.token_at(it["pair"].close) + 1
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        if j >= len(doc) or "\n" in self.text[it["pair"].close:doc[j].idx] or self.in_quote(doc[j].idx):
            return None
        top = doc[j]
        while top.head.i != top.i and top.head.i >= j:
            top = top.head
        if top.tag_ not in ("VBD", "VBZ") or any(self.in_quote(t.idx) for t in doc[j:top.i]):
            return None
        who = self._words_owner(top, j) if top.lemma_ == "be" else None
        if who is None and self.cue_token(top) == "strong":
            # "Ruth Roe said ...", or inverted after "so": "So said Ruth Roe."
            inverted = doc[j].lower_ == "so" and top.i == j + 1
            who = next((c for c in top.children if c.dep_ == "nsubj" and (j <= c.i < top.i or inverted)), None)
        if who is None:
            return None
        found = self.name_of(who)
        if found[2] is None or found[0] is None and found[1] is None:
            return None
        # a name or a person's pronoun, or a role the article gives a named holder ("the judge")
        return found if self.named_subject(who) or found[1] is not None else None

    def _words_owner(self, be, j: int):
        """"That was the message from Ruth Roe", "Those were the words of the mayor": a
        demonstrative subject that stands for the quotation, a speech noun (speech_nouns.txt)
        as its complement, and the one it is from or of; else None."""
        if not any(c.dep_ == "nsubj" and c.i == j and c.lower_ in ("that", "this", "those", "these", "such")
                   for c in be.children):
            return None
        for c in be.children:
            if c.dep_ == "attr" and c.lemma_.lower() in self.finder.nouns:
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in ("from", "of", "by"):
                        return next((o for o in p.children if o.dep_ == "pobj"), None)
        return None

    def _headline_speakers(self, final: list[dict]) -> None:
        """A quotation in the headline (the page's head, `head_paragraphs`), unattributed or loosely attributed
        ("critics call it ..."), whose words the body quotes again from a named speaker: that speaker."""
        text = self.text
        proper = {p[2] for p in self.extra_people}
        top = self.head_paragraphs()
        for k, it in enumerate(final):
            if self.paragraph_of(it["start"]) > top:
                break
            if it.get("headline") or named_speaker(it, proper):
                continue
            words = norm_words(text[it["start"] : it["end"]])
            if len(words.split()) < 2:
                continue
            for o in final[k + 1 : k + 60]:
                if named_speaker(o, proper) and words in norm_words(text[o["start"] : o["end"]]):
                    inherit_speaker(it, o)
                    break

    def head_paragraphs(self) -> int:
        """The last paragraph of the page's head: the first paragraph, and any before the first
        that ends a sentence. A masthead, a date line, a headline and a byline end none ("THE
        X STANDARD", "Friday 3 April 2026", "'...': Firm fined $4m", "By Jo Roe"); the
        body's first paragraph, or a caption, does."""
        text, starts = self.text, self.par_starts
        for k, a in enumerate(starts):
            b = starts[k + 1] if k + 1 < len(starts) else len(text)
            par = text[a:b].rstrip().rstrip("\"'”’)")
            if par.endswith(tuple(TERMINAL)):
                return max(0, k - 1)
        return 0

    def _record(self, it: dict) -> dict:
        text = self.text
        span = it["speaker_span"]
        if it["speaker_id"] is None and span is not None and it["speaker"] == span.text \
                and not self.names_someone(span.start, span.end):
            it["speaker"] = None  # "a senior official", "35 countries": no one the article names
        aid = it["speaker_id"]
        person = aid in self.actors and self.actors[aid].type == "PERSON"
        if aid is None or person:
            it["speaker"] = strip_ranks(it["speaker"], person, self.finder.ranks, self.finder.full_ranks)
        cue = it["cue"]
        a, b = it["start"], it["end"]
        return {
            "start": a, "end": b, "text": text[a:b],
            "speaker": it["speaker"], "speaker_id": it["speaker_id"],
            "speaker_span": span._asdict() if span is not None else None,
            "speaker_mention": span.text if it["speaker"] is None and span is not None else None,
            "cue": cue.text if cue is not None else None,
            "direct": is_direct(text, it["pair"]),
        }
