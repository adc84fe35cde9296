"""Quotes component: words in quotation marks, with who said them.

Two layers:

* `pair_quote_marks(text)` — a pure function over the raw text: finds quotation marks with
  one precompiled regex and pairs them locally (per paragraph, with the news convention that a
  quotation running over several paragraphs re-opens at each paragraph start and closes only
  at the end). Apostrophes (Merkel’s, don’t, ’90s, chiefs’) are not marks. What cannot be
  paired is skipped; it never raises.
* `QuoteFinder` (the `claimtrack_quotes` spaCy component) — for each pair, looks at the parse
  only around it: the speech verb that governs the quote or stands next to it (data table
  `speech_verbs.txt`), a speech noun with a possessor ("his call for ..."), "according to X",
  or a cue before a colon that introduces the quote; a cue is never taken from another
  paragraph (except a colon-introduced one). Then the cue's subject (climbing
  xcomp/advcl/conj), mapped onto the actors found by `claimtrack_actors`: a person named in
  apposition to a role ("Its chair, Jane Doe, said") is the speaker; an unnamed proxy
  ("a spokesperson for X") gives X; a document ("the report found") gives no speaker unless
  its author is named; "his party" is the organisation tied to the person. A second reference
  names what it refers back to: "the utility said" is the last organisation whose name carries
  a cue of that kind (speech_nouns.txt "kind" lines: Power, Energy, Electric), or for companies,
  clubs and agencies the organisation last the subject of a main clause; "the marshal said" is
  the person last named with that title; "Speaker of the House Jane Doe" is Jane Doe. Of two
  subjects side by side ("the ratings agency X said") the name speaks; a speech verb
  coordinated into a reported clause ("X said the deal was good and urged ...") keeps X.
  Military ranks are stripped from speaker names. A pronoun goes to
  the subject of the nearest paragraph naming a candidate (names inside quotations skipped;
  names with an age in apposition count even when the actor table lacks them).
  A quotation over several paragraphs is one quote per paragraph, sharing its attribution; an
  unattributed quotation right after an attributed one continues it; a headline quotation
  takes the speaker of the same words in the body. Short quoted terms with no speech cue,
  quoted titles (Title Case), terms before the noun they name (the “user pays” rule) and terms
  after naming cues ("so-called", "known as") are scare quotes and are dropped.
"""

from __future__ import annotations

import bisect
import logging
import re
from typing import NamedTuple, Optional

from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from ..models import Quote, Span
from ..tables import load_lines, speech_verbs
from .extensions import ACTOR_SPANS, ACTORS, QUOTES, doc_text

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# Mark pairing (pure, text only)

_DOUBLE_OPENERS = "“„‟«"
_DOUBLE_CLOSERS = "”»"
_SINGLE_OPENERS = "‘‚‛"
_SINGLE_CLOSERS = "’"
_DOUBLE_RE = re.compile(r"[\"“”„‟«»]")
_SINGLE_RE = re.compile(r"['‘’‚‛]")
#: Characters after which a mark opens a quotation.
_OPEN_LEFT = set("([{<—–-/:;") | set(_DOUBLE_OPENERS) | set(_SINGLE_OPENERS) | {'"', "'"}
#: Characters before which a mark closes a quotation.
_CLOSE_RIGHT = set(".,;:!?)]}>—–-…/") | set(_DOUBLE_CLOSERS) | set(_SINGLE_CLOSERS) | {'"', "'"}
#: A line whose last character is one of these ends a paragraph (not a hard-wrapped line).
_LINE_FINAL = set(".!?:;…") | set(_DOUBLE_CLOSERS) | set(_SINGLE_CLOSERS) | {'"', "'"}
#: Elisions that start with an apostrophe: ’90s, 'em, 'til, 'cause, rock 'n' roll.
_ELISION = re.compile(r"(?:\d\ds?\b|\d0s\b|(?:em|til|cause|cos|tis|twas|n|round|bout)\b)", re.I)
#: An age in apposition after a name: "Maria Lopez, 52, said".
_AGE_RE = re.compile(r"(?<=\w),[ \t]+\d{1,3},")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: A wrapped line (plain text hard-wrapped) is at least this long.
_MIN_WRAPPED_LINE = 40


class MarkPair(NamedTuple):
    """An opening and a closing mark: the quotation is text[open + 1:close]."""

    open: int
    close: int
    kind: str  # "double" or "single"


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else "\n"


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else "\n"


def _opener_like(text: str, i: int) -> bool:
    p, n = _prev(text, i), _next(text, i)
    return (p.isspace() or p in _OPEN_LEFT) and not n.isspace()


def _closer_like(text: str, i: int) -> bool:
    p, n = _prev(text, i), _next(text, i)
    return not p.isspace() and (n.isspace() or n in _CLOSE_RIGHT)


def _paragraph_break(text: str, a: int, b: int) -> Optional[int]:
    """The first paragraph break between a and b (the newline's index), or None.

    A blank line always breaks; a single newline breaks unless the line before it looks
    hard-wrapped (long, and not ending in sentence or quote punctuation)."""
    nl = text.find("\n", a, b)
    while nl != -1:
        blank = _BLANK_LINE.match(text, nl)
        line_start = text.rfind("\n", 0, nl) + 1
        line = text[line_start:nl].rstrip()
        wrapped = (
            not blank
            and len(line) >= _MIN_WRAPPED_LINE
            and line[-1] not in _LINE_FINAL
        )
        if not wrapped:
            return nl
        nl = text.find("\n", nl + 1, b)
    return None


def _pair_doubles(text: str) -> list[MarkPair]:
    pairs: list[MarkPair] = []
    open_at: Optional[int] = None  # index of the mark that opened the current quotation
    last: int = -1  # index of the last mark seen while open (opening or re-opening)
    for m in _DOUBLE_RE.finditer(text):
        i = m.start()
        c = text[i]
        is_open_type = c in _DOUBLE_OPENERS or (c == '"' and _opener_like(text, i))
        is_close_type = c in _DOUBLE_CLOSERS or (c == '"' and _closer_like(text, i))
        if c == '"' and not is_open_type and not is_close_type:
            is_open_type = is_close_type = True  # ambiguous: toggle
        if open_at is not None:
            brk = _paragraph_break(text, last + 1, i)
            if brk is not None:
                # The quotation reached a paragraph end unclosed. It continues only when the
                # next paragraph starts with an opening mark and this is that mark.
                nxt = brk
                while nxt < len(text) and text[nxt].isspace():
                    nxt += 1
                if nxt == i and is_open_type and c not in _DOUBLE_CLOSERS:
                    last = i
                    continue
                open_at = None
        if open_at is None:
            if is_open_type and c not in _DOUBLE_CLOSERS:
                open_at = last = i
            continue
        # A quotation is open in this paragraph.
        if c in _DOUBLE_OPENERS or (is_open_type and not is_close_type):
            open_at = last = i  # the earlier opening mark was stray: restart here
            continue
        pairs.append(MarkPair(open_at, i, "double"))
        open_at = None
    return pairs


def _single_opener(text: str, i: int) -> bool:
    c = text[i]
    if c in _SINGLE_CLOSERS:
        return False
    if not _opener_like(text, i):
        return False
    n = _next(text, i)
    if not n.isalnum():
        return False
    return not _ELISION.match(text, i + 1)


def _single_closer(text: str, i: int) -> bool:
    c = text[i]
    if c in _SINGLE_OPENERS:
        return False
    p, n = _prev(text, i), _next(text, i)
    if p.isspace() or n.isalnum():
        return False  # ’90s, don’t, Merkel’s
    return True


def _pair_singles(text: str, blocked: list[tuple[int, int]]) -> list[MarkPair]:
    """Single-mark quotations within one line, outside double quotations."""
    starts = [a for a, _ in blocked]

    def inside_double(i: int) -> bool:
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and blocked[k][0] <= i <= blocked[k][1]

    newlines = [m.start() for m in _NEWLINE_RE.finditer(text)]
    marks = [m.start() for m in _SINGLE_RE.finditer(text)]
    marks = [i for i in marks if not inside_double(i)]
    pairs: list[MarkPair] = []
    k = 0
    while k < len(marks):
        i = marks[k]
        if not _single_opener(text, i):
            k += 1
            continue
        line_end = _line_end(newlines, i, len(text))
        closers = []
        for j in range(k + 1, len(marks)):
            mj = marks[j]
            if mj >= line_end:
                break
            if _single_opener(text, mj) and not _single_closer(text, mj):
                break
            if _single_closer(text, mj):
                closers.append(j)
        if not closers:
            k += 1
            continue
        choice = closers[0]
        # "the players’ union": a plural possessive, when a later closing mark exists.
        for j in closers:
            mj = marks[j]
            possessive = (
                _prev(text, mj) in "sS"
                and _next(text, mj) == " "
                and mj + 2 < len(text)
                and text[mj + 2].islower()
            )
            if possessive and j != closers[-1]:
                continue
            choice = j
            break
        pairs.append(MarkPair(i, marks[choice], "single"))
        k = choice + 1
    return pairs


_NEWLINE_RE = re.compile(r"\n")


def _line_end(newlines: list[int], i: int, default: int) -> int:
    k = bisect.bisect_left(newlines, i)
    return newlines[k] if k < len(newlines) else default


def _line_start(newlines: list[int], i: int) -> int:
    k = bisect.bisect_left(newlines, i) - 1
    return newlines[k] + 1 if k >= 0 else 0


def pair_quote_marks(text: str) -> list[MarkPair]:
    """Pair the quotation marks of `text`; sorted, non-overlapping, never raises.

    Double marks (straight or curly) pair within a paragraph, or across paragraphs when each
    new paragraph re-opens the quotation. Single marks pair within a line, outside double
    quotations; a double quotation nested in a single one is left to the outer one.
    """
    if not isinstance(text, str) or not text:
        return []
    doubles = _pair_doubles(text)
    singles = _pair_singles(text, [(p.open, p.close) for p in doubles])
    if not singles:
        return doubles
    out = list(singles)
    for d in doubles:
        if not any(s.open < d.open and d.close < s.close for s in singles):
            out.append(d)
    out.sort()
    # Defensive: keep them non-overlapping.
    result: list[MarkPair] = []
    for p in out:
        if result and p.open <= result[-1].close:
            continue
        result.append(p)
    return result


# --------------------------------------------------------------------------------------------
# Data tables


def _speech_nouns() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(speech nouns, document nouns, proxy nouns, affiliation nouns) from speech_nouns.txt."""
    tables: dict[str, set] = {"speech": set(), "document": set(), "proxy": set(), "affiliation": set()}
    for line in load_lines("speech_nouns.txt"):
        parts = line.lower().split()
        if len(parts) > 1 and parts[1] == "kind":
            continue  # organisation kinds: see _org_kinds
        for tag in parts[1:] or ["speech"]:
            tables.setdefault(tag, set()).add(parts[0])
    return tuple(frozenset(tables[k]) for k in ("speech", "document", "proxy", "affiliation"))


def _org_kinds() -> dict[str, frozenset]:
    """Organisation kind noun -> name cues ("utility" -> {"utility", "power", "energy", ...})."""
    kinds: dict[str, set] = {}
    for line in load_lines("speech_nouns.txt"):
        parts = line.lower().split()
        if len(parts) > 1 and parts[1] == "kind":
            kinds.setdefault(parts[0], {parts[0]}).update(parts[2:])
    return {k: frozenset(v) for k, v in kinds.items()}


def _ranks() -> tuple[frozenset, frozenset]:
    """(ranks stripped from any speaker name, ranks stripped only from a known person)."""
    short, full = set(), set()
    for line in load_lines("speech_nouns.txt"):
        parts = line.lower().split()
        if len(parts) > 1 and parts[1] == "rank":
            short.add(parts[0])
        elif len(parts) > 1 and parts[1] == "rank-full":
            full.add(parts[0])
    return frozenset(short), frozenset(full)


def _title_words() -> tuple[frozenset, frozenset]:
    """(last words, all words) of the person titles in titles.txt, lower case ("minister";
    "defence", "prime", "minister")."""
    heads, words_all = set(), set()
    for line in load_lines("titles.txt"):
        words = re.findall(r"[^\W\d_][\w\-]*", line.lower())
        if words and len(words[-1]) > 2 and words[-1] not in ("mr", "mrs", "ms", "dr"):
            heads.add(words[-1])
            words_all.update(w for w in words if w not in ("of", "the"))
    return frozenset(heads), frozenset(words_all)


def strip_ranks(name: Optional[str], person: bool, short: frozenset, full: frozenset) -> Optional[str]:
    """'Brig Gen Jane Doe' -> 'Jane Doe': leading ranks off a speaker's name, two words kept."""
    if not name:
        return name
    words = name.split()
    k = 0
    keep = 1 if person else 2  # a known person may be left with a surname alone
    while len(words) - k > keep:
        w = words[k].lower().rstrip(".")
        if not (w in short or (person and w in full)):
            break
        k += 1
    if k == 0:
        return name
    return " ".join(words[k:])


_PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers"}
_PRONOUNS_ORG = {"it", "its"}
_PRONOUNS_GROUP = {"they", "them", "their"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "you", "your"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_MINOR_WORDS = {
    "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from",
    "as", "but", "nor", "vs", "via", "per", "into", "onto", "is", "be", "are",
}
_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
_TERMINAL = set(".!?…")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = ("xcomp", "advcl", "conj", "pcomp")
_INVERTED_DEPS = ("dobj", "attr", "npadvmod", "nsubj", "appos", "dative")
_SENT_END = {".", "!", "?"}
#: Verbs whose object is the one spoken to, never the speaker.
_ADDRESSEE_VERBS = {"tell", "inform", "brief", "ask", "assure", "remind", "warn", "urge"}


class _Cue(NamedTuple):
    rank: tuple  # lower is better
    token: Token
    text: str  # as written
    kind: str  # "verb", "noun", "according"


class QuoteFinder:
    def __init__(self, nlp: Language, max_short_words: int = 5, window_tokens: int = 40):
        self.max_short_words = max_short_words
        self.window_tokens = window_tokens
        self.strong, self.weak = speech_verbs()
        self.nouns, self.documents, self.proxies, self.affiliations = _speech_nouns()
        self.kinds = _org_kinds()
        #: words that end or make up organisation names, never a person's ("Institute", "Bank")
        self.org_words = frozenset(
            w for noun, cues in self.kinds.items() for w in (noun, *cues) if w.isalpha()
        )
        self.ranks, self.full_ranks = _ranks()
        self.title_heads, self.title_words = _title_words()
        self.naming = tuple(sorted((w.lower() for w in load_lines("quote_naming_cues.txt")), key=len, reverse=True))
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("ACCORDING_TO", [[{"LOWER": "according"}, {"LOWER": "to"}]])

    # ---- component entry ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            quotes = self.find(doc)
        except Exception:  # never lose the document over a quote
            log.exception("quote extraction failed; document kept without quotes")
            quotes = []
        doc._.set(QUOTES, quotes)
        return doc

    # ---- main -----------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Quote]:
        text = doc_text(doc)
        pairs = pair_quote_marks(text)
        if not pairs or len(doc) == 0:
            return []
        ctx = _Context(doc, text, pairs, self)
        results: list[dict] = []
        for group, pair in enumerate(pairs):
            for seg in _paragraph_segments(text, pair):
                try:
                    item = ctx.analyse(seg)
                except Exception:
                    log.exception("quote at %d skipped", seg.open)
                    item = None
                if item is not None:
                    item["group"] = group
                    results.append(item)
        return ctx.finish(results)


def _paragraph_segments(text: str, pair: MarkPair) -> list[MarkPair]:
    """A quotation running over several paragraphs, one segment per paragraph.

    Each paragraph re-opens the quotation with a mark; a segment other than the last ends at
    the paragraph's line break (its `close` is that newline), so its words are still exactly
    the words inside the marks of that paragraph."""
    out: list[MarkPair] = []
    start, pos = pair.open, pair.open + 1
    while pos < pair.close:
        brk = _paragraph_break(text, pos, pair.close)
        if brk is None:
            break
        nxt = brk
        while nxt < pair.close and text[nxt].isspace():
            nxt += 1
        if nxt >= pair.close:
            break
        if text[nxt] in _DOUBLE_OPENERS or text[nxt] == '"':
            out.append(MarkPair(start, brk, pair.kind))
            start = nxt
        pos = nxt + 1
    out.append(MarkPair(start, pair.close, pair.kind))
    return out


class _Context:
    """Per-document lookups, built once: token starts, actor mentions, quote spans."""

    def __init__(self, doc: Doc, text: str, pairs: list[MarkPair], finder: QuoteFinder):
        self.doc = doc
        self.text = text  # doc.text, read once by the caller (spaCy rebuilds it on every read)
        self.finder = finder
        self.pairs = pairs
        self.tok_starts = doc.to_array(IDX).tolist()
        self.newlines = [m.start() for m in _NEWLINE_RE.finditer(self.text)]
        self.quote_spans = [(p.open, p.close + 1) for p in pairs]
        self.quote_starts = [a for a, _ in self.quote_spans]
        actors = doc._.get(ACTORS) or []
        self.actors = {a.id: a for a in actors}
        spans = doc._.get(ACTOR_SPANS) or {}
        self.mentions = sorted((int(s), int(e), aid) for (s, e), aid in spans.items() if aid in self.actors)
        self.mention_starts = [m[0] for m in self.mentions]
        # lower-case words of each actor's names, and the title words each person carries
        self.actor_words: dict[str, frozenset] = {}
        self.person_titles: dict[str, frozenset] = {}
        heads = finder.title_words
        for a in actors:
            names = [a.name, *a.aliases]
            self.actor_words[a.id] = frozenset(w.lower() for n in names for w in _WORD_RE.findall(n or ""))
            if a.type == "PERSON":
                # words of titles, and of aliases beyond the name ("Governor Jane Doe")
                own = {w.lower() for w in _WORD_RE.findall(a.name or "")}
                titled = [*(getattr(a, "titles", None) or []), *a.aliases]
                words = {w.lower() for n in titled for w in _WORD_RE.findall(n or "")} - own
                self.person_titles[a.id] = frozenset(words & heads)
        # people found under a title by this component: (start, end, name, title words)
        self.titled_people: list[tuple[int, int, str, frozenset]] = []
        self.according = {}
        # A Matcher call builds a Token per token: run it only when its first word occurs at all
        if "according" in text.lower():
            for _, s, e in finder.matcher(doc):
                self.according[s] = e  # token "according" -> index after "to"
        # paragraph starts (a line break that is not a hard wrap)
        self.par_starts = [0]
        for nl in self.newlines:
            if nl + 1 > self.par_starts[-1] and _paragraph_break(self.text, nl, nl + 1) is not None:
                self.par_starts.append(nl + 1)
        # people the actor table may lack: names with an age in apposition; names found as
        # speakers are added as the document is read (start, end, name, role)
        self.extra_people: list[tuple[int, int, str, int]] = []
        for m in _AGE_RE.finditer(self.text):
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

    # ---- token helpers --------------------------------------------------------------------
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
        words = _WORD_RE.findall(inner)
        n_words = len(inner.split())
        title_case = _is_title_case(words)
        terminal = inner.rstrip("\"'”’)").endswith(tuple(_TERMINAL))
        trailing_comma = inner.endswith(",")
        short = n_words <= self.finder.max_short_words
        before = text[max(0, pair.open - 40) : pair.open].lower().rstrip()
        named = any(before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum()) for cue in self.finder.naming)
        line_start = _line_start(self.newlines, pair.open)
        line_end = _line_end(self.newlines, pair.close, len(text))
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
        if title_case and not terminal:
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
            return _paragraph_break(text, pair.close, t.idx) is None
        if _paragraph_break(text, t.idx, pair.open) is None:
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

    def find_cue(self, pair: MarkPair, a: int, b: int) -> Optional[_Cue]:
        doc = self.doc
        qi, qj = self.quote_tokens(a, b)
        cands: list[_Cue] = []

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
                c = self.cue_token(t)
                if c is not None:
                    strength = 0 if c == "strong" else 1
                    cands.append(_Cue((0, strength, depth), t, t.text, "noun" if c == "noun" else "verb"))
        # A speech verb whose head lies inside the quote ("“...,” he said" parsed as parataxis).
        for t in self.window(qj, +1, pair):
            if qi <= t.head.i < qj:
                c = self.cue_token(t)
                if c in ("strong", "weak"):
                    cands.append(_Cue((0, 0 if c == "strong" else 1, 1), t, t.text, "verb"))

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
                cands.append(_Cue((1, 0 if c == "strong" else 1, dist), t, t.text, "verb"))
        for dist, t in enumerate(self.window(qi - 1, -1, pair)):
            c = self.cue_token(t)
            if c in ("strong", "weak"):
                cands.append(_Cue((1, 0 if c == "strong" else 1, dist + 0.5), t, t.text, "verb"))
            elif c == "noun":
                cands.append(_Cue((1, 2, dist + 0.5), t, t.text, "noun"))
            if t.i in self.according:
                cands.append(_Cue((2, 0, dist), t, "according to", "according"))
        for dist, t in enumerate(self.window(qj, +1, pair)):
            if t.i in self.according:
                cands.append(_Cue((2, 0, dist), t, "according to", "according"))

        cands.sort(key=lambda c: c.rank)
        for cand in cands:
            if self.speaker_token(cand, qi, qj) is not None:
                return cand
        return None

    def cue_token(self, t: Token) -> Optional[str]:
        lemma = t.lemma_.lower()
        low = t.lower_
        if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
            if lemma in self.finder.strong or low in self.finder.strong:
                return "strong"
            if lemma in self.finder.weak or low in self.finder.weak:
                return "weak"
        if t.pos_ == "NOUN" and (lemma in self.finder.nouns or low in self.finder.nouns):
            if any(c.dep_ == "poss" for c in t.children):
                return "noun"
        return None

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
            if t.text in _SENT_END and step > 0:
                return
            if t.text in _SENT_END and step < 0:
                return
            if self.in_quote(t.idx) and not (pair.open <= t.idx <= pair.close):
                return
            if step < 0 and i + 1 < n and "\n" in t.whitespace_:
                return
            yield t
            count += 1
            i += step

    # ---- speakers -------------------------------------------------------------------------
    def speaker_token(self, cue: _Cue, qi: int, qj: int) -> Optional[Token]:
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
        if cue.kind == "noun":
            for c in t.children:
                if c.dep_ == "poss" and not (qi <= c.i < qj):
                    return c
            return None
        v = self.outer_speech_verb(t)
        for _ in range(5):
            subjects = [
                c for c in v.children
                if c.dep_ in _SUBJECT_DEPS and not (qi <= c.i < qj) and not self.in_quote(c.idx) and self.same_line(c, t)
            ]
            if subjects:
                # "the credit agency Moody's said": two subjects side by side; the name speaks
                named = [c for c in subjects if c.pos_ == "PROPN" or self.mention_of(c) is not None]
                return (named or subjects)[0]
            if v.dep_ in _CLIMB_DEPS and v.head.i != v.i:
                v = v.head
                if v.pos_ not in ("VERB", "AUX"):
                    break
            else:
                break
        # Inverted attribution ("“...,” said Burton", "reply Burton and Nick"); the one told
        # ("told Reuters", "told the court") is not the speaker.
        told = t.lemma_.lower() in _ADDRESSEE_VERBS
        if t.i > qi:
            for c in t.rights:
                if c.dep_ in _INVERTED_DEPS and c.pos_ in ("PROPN", "PRON", "NOUN") and c.i - t.i <= 4:
                    if told and c.dep_ in ("dobj", "dative"):
                        continue
                    if c.pos_ == "PRON" and c.lower_ not in _PRONOUNS_PERSON | _PRONOUNS_ORG | _PRONOUNS_GROUP:
                        continue
                    return c
            # a name right before or after the cue, tagged by the model
            for k in (t.i - 1, t.i + 1):
                if 0 <= k < len(self.doc) and not (qi <= k < qj):
                    if told and k > t.i:
                        continue
                    tk = self.doc[k]
                    if tk.ent_type_ in ("PERSON", "ORG") or tk.lower_ in _PRONOUNS_PERSON:
                        return tk
        # The parse gave no subject on this line (a headline run into the sentence, say):
        # the last person or organisation named earlier in the clause, before the cue.
        line_start = _line_start(self.newlines, t.idx)
        k = bisect.bisect_left(self.mention_starts, t.idx)
        for j in range(k - 1, max(-1, k - 6), -1):
            s, e, aid = self.mentions[j]
            if s < line_start:
                break
            if e <= t.idx and self.actors[aid].type in ("PERSON", "ORG") and not self.in_quote(s):
                return self.doc[self.token_at(e - 1)]
        return None

    def outer_speech_verb(self, t: Token) -> Token:
        """A speech verb coordinated into the reported clause of another one ("X said the deal
        was good and urged both sides to ..." parsed with "urged" under "was") shares the
        outer speaker: climb to the outer speech verb when the inner clause's subject is no
        actor, person or pronoun (an "agreement" does not urge)."""
        if t.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in t.children):
            return t
        inner = t.head
        if inner.dep_ not in ("ccomp", "xcomp") or inner.head.i == inner.i:
            return t
        outer = inner.head
        if outer.i > inner.i or self.cue_token(outer) not in ("strong", "weak"):
            return t
        for c in inner.children:
            if c.dep_ in _SUBJECT_DEPS:
                if (
                    c.pos_ in ("PRON", "PROPN") or c.ent_type_ or self.mention_of(c) is not None
                    or c.lower_ in self.finder.title_heads or c.lemma_.lower() in self.finder.proxies
                ):
                    return t
        return outer

    def same_line(self, x: Token, y: Token) -> bool:
        lo, hi = sorted((x.idx, y.idx))
        return "\n" not in self.text[lo:hi]

    def speaker_of(self, cue: _Cue, qi: int, qj: int):
        """(speaker name, actor id, speaker span) for a cue."""
        tok = self.speaker_token(cue, qi, qj)
        if tok is None:
            return None, None, None
        return self.name_of(tok)

    def tok_span(self, tok: Token) -> Span:
        return Span(start=tok.idx, end=tok.idx + len(tok), text=tok.text)

    def actor_result(self, m):
        s, e, aid = m
        return self.actors[aid].name, aid, Span(start=s, end=e, text=self.text[s:e])

    def mention_of(self, tok: Token, types: Optional[set] = None):
        m = self.mention_for(tok.idx, tok.idx + len(tok), head=tok.idx)
        if m is not None and (types is None or self.actors[m[2]].type in types):
            return m
        return None

    def name_of(self, tok: Token):
        """(name, actor id, span) for the token heading a speaker phrase."""
        low = tok.lower_
        if tok.pos_ == "PRON" or low in _PRONOUNS_PERSON:
            if low in _FIRST_PERSON:
                return None, None, self.tok_span(tok)
            name, aid = self.resolve_pronoun(tok)
            return name, aid, self.tok_span(tok)
        # A person named in apposition to a role ("Its chair, Jane Doe, said",
        # "Jane Doe, Acme's chief executive, said") is the speaker, not the organisation.
        m = self.mention_of(tok)
        if m is not None and self.actors[m[2]].type == "PERSON":
            return self.actor_result(m)
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
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN":
            if lemma in self.finder.proxies or low in self.finder.proxies:
                org = self.owner_of(tok)
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
        titled = self.titled_name(tok)
        if titled is not None:
            return titled
        if self.definite(tok):
            found = self.kind_org(tok) or self.title_person(tok)
            if found is not None:
                return found
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            return self.proper_name(tok)
        name, conj, span = self.phrase_span(tok)
        possessed = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        aid = None if conj or possessed else self.match_last_name(name)
        if aid is not None:
            return self.actors[aid].name, aid, span
        return name, None, span

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
            or (c.dep_ == "compound" and c.pos_ == "PROPN")
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
        return name, None, Span(start=s, end=e, text=name)

    def people_named(self, last: str) -> list[str]:
        """Ids of the people whose name or alias ends in `last`."""
        return [
            aid for aid, a in self.actors.items()
            if a.type == "PERSON" and any(_last_word(n) == last for n in [a.name, *a.aliases])
        ]

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
        while toks and (toks[0].lower_ in _DETERMINERS or toks[0].dep_ == "poss" and toks[0].pos_ == "PRON"):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            toks = [tok]
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
        name = self.text[s:e]
        return name, bool(conj), Span(start=s, end=e, text=name)

    def proper_name(self, tok: Token):
        """A proper name the actor table lacks: the head with its proper-noun compounds."""
        left = tok.i
        while left - 1 >= 0 and self.doc[left - 1].pos_ == "PROPN" and self.doc[left - 1].head.i == tok.i and self.same_line(self.doc[left - 1], tok):
            left -= 1
        s, e = self.doc[left].idx, tok.idx + len(tok)
        name = self.text[s:e]
        span = Span(start=s, end=e, text=name)
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
        "X's spokesman", "a ministry official" (a compound naming an actor)."""
        orgs = {"ORG", "GPE", "NORP"}
        for c in tok.children:
            if c.dep_ in ("poss", "compound") and c.i < tok.i:
                m = self.mention_of(c, orgs)
                if m is not None:
                    return m
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from", "with"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        m = self.mention_of(o, orgs)
                        if m is not None:
                            return m
        return None

    def affiliation_of(self, tok: Token):
        """"his party", "her government": the organisation the text ties to the person the
        possessive stands for ("the Y of X", "X, leader of the Y", "X's Y")."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.pos_ == "PRON":
            if poss.lower_ not in _PRONOUNS_PERSON:
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
        last = _last_word(name)
        if not last:
            return None
        best = None
        for actor in self.actors.values():
            names = [actor.name, *actor.aliases]
            if any(_last_word(n) == last for n in names):
                if best is None or (actor.type == "PERSON" and self.actors[best].type != "PERSON"):
                    best = actor.id
        return best

    def role_of(self, root: Token) -> int:
        """2 for the subject of a main clause (or of a speech verb), 1 for another subject,
        0 otherwise; a name in apposition takes the role of the noun it stands beside."""
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ in _SUBJECT_DEPS:
            head = root.head
            if head.dep_ == "ROOT" or self.cue_token(head) in ("strong", "weak"):
                return 2
            return 1
        return 0

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.par_starts, char) - 1

    def resolve_pronoun(self, tok: Token) -> tuple[Optional[str], Optional[str]]:
        """(name, actor id) of the one a third-person pronoun stands for, or (None, None).

        The nearest paragraph (this one, then earlier ones) that names a candidate decides;
        within it a subject beats other mentions, then the nearest wins; a paragraph that
        names someone only in passing yields to the subject of the one before. Gender is not
        guessed. Names inside quotations are skipped (the quoted speaker talks about them)."""
        low = tok.lower_
        if low in _PRONOUNS_PERSON:
            types, reach = {"PERSON"}, 3000
        elif low in _PRONOUNS_ORG:
            types, reach = {"ORG", "GPE"}, 600
        elif low in _PRONOUNS_GROUP:
            types, reach = {"ORG", "NORP", "GPE"}, 600
        else:
            return None, None
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
        if types != {"PERSON"}:
            cands = [c for c in cands if c[1] > 0]  # "it", "they": only a subject
        if not cands:
            return None, None
        by_par: dict[int, list] = {}
        for c in cands:
            by_par.setdefault(self.paragraph_of(c[0]), []).append(c)
        pars = sorted(by_par, reverse=True)
        best = max(by_par[pars[0]], key=lambda c: (c[1], c[0]))
        if best[1] == 0 and len(pars) > 1:
            # only a name in passing here ("after the meeting with X, she said"): the
            # subject of the paragraph before, if it has one, is the likelier antecedent
            before = max(by_par[pars[1]], key=lambda c: (c[1], c[0]))
            if before[1] == 2:
                best = before
        name, aid = best[2], best[3]
        if aid is None:
            found = self.match_last_name(name)
            if found is not None:
                return self.actors[found].name, found
        return name, aid

    # ---- whole document -------------------------------------------------------------------
    def finish(self, items: list[dict]) -> list[Quote]:
        text = self.text
        # speakers
        for it in items:
            it["speaker"] = it["speaker_id"] = it["speaker_span"] = None
            cue = it["cue"]
            if cue is not None:
                qi, qj = self.quote_tokens(it["start"], it["end"])
                it["speaker"], it["speaker_id"], it["speaker_span"] = self.speaker_of(cue, qi, qj)
        # short terms: kept only beside a real quotation in the same sentence
        kept = []
        for k, it in enumerate(items):
            if it.get("needs_company"):
                # only the nearest real quotation on each side can share its sentence
                near = [o for o in items[max(0, k - 3) : k + 4] if not o.get("needs_company") and not o.get("headline")]
                if not any(_same_sentence(text, it, o) for o in near):
                    continue
            kept.append(it)
        # quoted headlines: kept when a later quotation contains their words
        final = []
        for k, it in enumerate(kept):
            if it.get("headline"):
                words = _norm(text[it["start"] : it["end"]])
                donor = next(
                    (o for o in kept[k + 1 : k + 60] if o is not it and not o.get("headline") and words and words in _norm(text[o["start"] : o["end"]])),
                    None,
                )
                if donor is None:
                    continue
                it["inherit"] = donor
            final.append(it)
        # one quotation over several paragraphs: its paragraphs share the attribution
        by_group: dict[int, list[dict]] = {}
        for it in final:
            by_group.setdefault(it.get("group", -1), []).append(it)
        for segs in by_group.values():
            if len(segs) < 2:
                continue
            said = [k for k, it in enumerate(segs) if _attributed(it)]
            for k, it in enumerate(segs):
                if said and not _attributed(it):
                    src = segs[min(said, key=lambda j: (abs(j - k), j > k))]
                    _inherit(it, src)
        # continuation: an unattributed quotation right after an attributed one
        prev = None
        for it in final:
            if it.get("headline"):
                continue
            src = None
            if it["speaker"] is None and it["speaker_span"] is None and prev is not None:
                if _continues(text, prev, it):
                    src = prev
            if src is not None and _attributed(src):
                _inherit(it, src)
            prev = it
        # a quotation in the headline (the first paragraph), unattributed or loosely
        # attributed ("critics call it ..."), whose words the body quotes again from a named
        # speaker: that speaker
        proper = {p[2] for p in self.extra_people}
        for k, it in enumerate(final):
            if self.paragraph_of(it["start"]) > 0:
                break
            if it.get("headline") or _named(it, proper):
                continue
            words = _norm(text[it["start"] : it["end"]])
            if len(words.split()) < 2:
                continue
            for o in final[k + 1 : k + 60]:
                if _named(o, proper) and words in _norm(text[o["start"] : o["end"]]):
                    _inherit(it, o)
                    break
        for it in final:
            src = it.get("inherit")
            if it.get("headline") and src is not None:
                it["speaker"], it["speaker_id"] = src["speaker"], src["speaker_id"]
                it["speaker_span"] = src["speaker_span"]
                it["cue"] = src["cue"]
        out: list[Quote] = []
        for it in final:
            aid = it["speaker_id"]
            person = aid in self.actors and self.actors[aid].type == "PERSON"
            if aid is None or person:
                it["speaker"] = strip_ranks(it["speaker"], person, self.finder.ranks, self.finder.full_ranks)
            cue = it["cue"]
            a, b = it["start"], it["end"]
            out.append(
                Quote(
                    start=a, end=b, text=text[a:b],
                    speaker=it["speaker"], speaker_id=it["speaker_id"], speaker_span=it["speaker_span"],
                    cue=(cue.text if cue is not None else None),
                    direct=_is_direct(text, it["pair"]),
                )
            )
        return out


# --------------------------------------------------------------------------------------------
# small helpers


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not content:
        return False
    return all(w[0].isupper() for w in content)


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _last_word(name: str) -> str:
    name = re.sub(r"['’]s?$", "", name.strip())
    words = re.findall(r"\w+", name.lower())
    return words[-1] if words else ""


def _gap_has_sentence_end(gap: str) -> int:
    return len(re.findall(r"[.!?]+[\"'”’)]*(?:\s|$)", gap))


def _same_sentence(text: str, x: dict, y: dict) -> bool:
    if x is y:
        return False
    first, second = (x, y) if x["pair"].open < y["pair"].open else (y, x)
    gap = text[first["pair"].close + 1 : second["pair"].open]
    return "\n" not in gap and _gap_has_sentence_end(gap) == 0


def _attributed(it: dict) -> bool:
    return bool(it.get("speaker")) or it.get("speaker_span") is not None


def _named(it: dict, proper: set) -> bool:
    """The speaker is an actor or a proper name (not a description like "critics")."""
    return it["speaker_id"] is not None or it["speaker"] in proper


def _inherit(it: dict, src: dict) -> None:
    it["speaker"], it["speaker_id"] = src["speaker"], src["speaker_id"]
    it["speaker_span"] = src["speaker_span"]
    it["cue"] = it["cue"] or src["cue"]


def _continues(text: str, prev: dict, it: dict) -> bool:
    """`it` has no attribution of its own and follows `prev` closely: the same speaker goes on.

    Within a paragraph: at most one sentence end between them ("..., Gomart said. “It's as
    simple as that.”"). Across a line break: the gap is at most the tail of one sentence."""
    if prev["speaker"] is None and prev["speaker_span"] is None:
        return False
    gap = text[prev["pair"].close + 1 : it["pair"].open]
    if len(gap) > 300:
        return False
    ends = _gap_has_sentence_end(gap)
    if "\n" not in gap:
        return ends <= 1
    if prev.get("full_stop"):
        ends += 1  # the quotation ended its sentence: the gap holds whole sentences of its own
    return ends <= 1 and len(gap.strip()) < 150


def _is_direct(text: str, pair: MarkPair) -> bool:
    """A quotation is direct when it starts a sentence, a line, or follows a colon/comma/dash."""
    k = pair.open - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] in "\n\r":
        return True
    return text[k] in ":,.;!?—–-([" or text[k] in _DOUBLE_CLOSERS + _SINGLE_CLOSERS + "\"'"


# --------------------------------------------------------------------------------------------
# the spaCy factory


@Language.factory(
    "claimtrack_quotes",
    assigns=[f"doc._.{QUOTES}"],
    requires=[f"doc._.{ACTORS}"],
    default_config={"max_short_words": 5, "window_tokens": 40},
)
def make_quotes(nlp: Language, name: str, max_short_words: int, window_tokens: int):
    return QuoteFinder(nlp, max_short_words=max_short_words, window_tokens=window_tokens)
