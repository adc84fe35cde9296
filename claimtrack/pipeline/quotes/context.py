"""The per-document context of the quote component: token starts, actor mentions, quote spans."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Optional

from spacy.attrs import IDX
from spacy.tokens import Doc

from ..extensions import ACTOR_REFS, ACTOR_SPANS, ACTORS, views
from .coref import Coref
from .cues import Cues
from .marks import AGE_RE, NEWLINE_RE, MarkPair, paragraph_break
from .persons import PersonRefs
from .post import Post
from .references import References
from .speakers import Speakers
from .words import WORD_RE

if TYPE_CHECKING:
    from .component import QuoteFinder


class QuoteContext(Cues, Speakers, References, Coref, PersonRefs, Post):
    """Per-document lookups, built once: token starts, actor mentions, quote spans."""

    def __init__(self, doc: Doc, text: str, pairs: list[MarkPair], finder: QuoteFinder):
        self.doc = doc
        self.text = text  # doc.text, read once by the caller (spaCy rebuilds it on every read)
        self.finder = finder
        self.pairs = pairs
        self.tok_starts = doc.to_array(IDX).tolist()
        self.newlines = [m.start() for m in NEWLINE_RE.finditer(self.text)]
        self.quote_spans = [(p.open, p.close + 1) for p in pairs]
        self.quote_starts = [a for a, _ in self.quote_spans]
        actors = views(doc, ACTORS)
        self.actors = {a.id: a for a in actors}
        spans = doc._.get(ACTOR_SPANS) or []
        self.mentions = sorted((int(s), int(e), aid) for s, e, aid in spans if aid in self.actors)
        self.mention_starts = [m[0] for m in self.mentions]
        # definite descriptions the actor component linked ("the company"): (start, end, actor id)
        self.definite_refs = [(int(s), int(e), aid) for s, e, aid in doc._.get(ACTOR_REFS) or [] if aid in self.actors]
        # lower-case words of each actor's names, and the title words each person carries
        self.actor_words: dict[str, frozenset] = {}
        self.person_titles: dict[str, frozenset] = {}
        heads = finder.title_words
        for a in actors:
            names = [a.name, *a.aliases]
            self.actor_words[a.id] = frozenset(w.lower() for n in names for w in WORD_RE.findall(n or ""))
            if a.type == "PERSON":
                # words of titles, and of aliases beyond the name ("Governor Jane Doe")
                own = {w.lower() for w in WORD_RE.findall(a.name or "")}
                titled = [*(getattr(a, "titles", None) or []), *a.aliases]
                words = {w.lower() for n in titled for w in WORD_RE.findall(n or "")} - own
                self.person_titles[a.id] = frozenset(words & heads)
        # people found under a title by this component: (start, end, name, title words)
        self.titled_people: list[tuple[int, int, str, frozenset]] = []
        # actors the text shows to be no person (Coref.shown_no_person), read once each
        self._no_person: dict[str, bool] = {}
        self.according = {}
        # the matcher runs only when its first word occurs at all
        if "according" in text.lower():
            for _, s, e in finder.matcher(doc):
                self.according[s] = e  # token "according" -> index after "to"
        # paragraph starts (a line break that is not a hard wrap)
        self.par_starts = [0]
        for nl in self.newlines:
            if nl + 1 > self.par_starts[-1] and paragraph_break(self.text, nl, nl + 1) is not None:
                self.par_starts.append(nl + 1)
        # people the actor table may lack: names with an age in apposition; names found as
        # speakers are added as the document is read (start, end, name, role)
        self.extra_people: list[tuple[int, int, str, int]] = []
        for m in AGE_RE.finditer(self.text):
            # "Maria Lopez, 52, said": two or three capitalised proper nouns before the age,
            # whether or not the entity recogniser saw the name
            end = self.token_at(m.start() - 1)
            start = end
            while start > end - 3 and start >= 0 and doc[start].pos_ == "PROPN" and doc[start].is_title:
                start -= 1
            start += 1
            if end - start < 1:
                continue
            span = doc[start : end + 1]
            a, b = span.start_char, span.end_char
            if "\n" in span.text or self.mention_for(a, b) is not None:
                continue
            self.extra_people.append((a, b, span.text, self.role_of(span.root)))

    def token_at(self, char: int) -> int:
        """Index of the token containing (or starting after) char."""
        k = bisect.bisect_right(self.tok_starts, char) - 1
        return max(0, min(k, len(self.doc) - 1))

    def in_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, char) - 1
        return k >= 0 and self.quote_spans[k][0] <= char < self.quote_spans[k][1]

    def mention_for(self, start: int, end: int, head: Optional[int] = None):
        """The actor mention overlapping [start, end) (containing `head` when given)."""
        k = bisect.bisect_left(self.mention_starts, end)
        best = None
        for j in range(k - 1, max(-1, k - 12), -1):
            s, e, aid = self.mentions[j]
            if e <= start:
                continue
            if head is not None and not (s <= head < e):
                continue
            if best is None or (e - s) > (best[1] - best[0]):
                best = (s, e, aid)
        return best
