"""The quantities component's plain-data results (`Found`, `FoundSpan`, and the `_Draft` it builds
one from) and the helpers it reads the parse and the text with: numbers standing as a verb's
argument, dated numbers, partitives, units shared by coordinated figures and vote tallies, unit
ranges and parenthetical equivalents.
Moved out of `quantities.py` (which keeps the component) unchanged."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Collection, Optional, Union

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..tables import load_json, speech_verbs
from ..parsers.lexicon import singular
from ..parsers.numbers import Expression, parse_number

if TYPE_CHECKING:
    from .quantity_tables import _Ctx


@dataclass
class FoundSpan:
    """A character span (models.Span's fields), plain data."""

    start: int
    end: int
    text: str


@dataclass
class Found:
    """One quantity as plain data: the fields of models.Quantity except its frame (records.py,
    the only place records are built, makes the Quantity); `record()` is it as a dict."""

    start: int
    end: int
    text: str
    value: Optional[Union[int, float]] = None
    low: Optional[Union[int, float]] = None
    high: Optional[Union[int, float]] = None
    unit: Optional[str] = None
    currency: Optional[str] = None
    qualifier: Optional[str] = None
    modifiers: list[str] = field(default_factory=list)
    period: Optional[str] = None
    equivalent: Optional[FoundSpan] = None

    def record(self) -> dict:
        return {**asdict(self), "frame": None}


@dataclass
class _Draft:
    """A figure as QuantityFinder._build reads it: what the number parser gave, then the unit,
    span and period found around it (quantity_units fills them in, quantity_filters reads them)."""
    value: object
    start: int
    end: int
    unit: Optional[str]
    currency: Optional[str]
    qualifier: Optional[str]
    modifiers: list = field(default_factory=list)
    counted: bool = False  # the unit comes from a counted noun or a measure
    measured: bool = False  # the unit comes from the units table (not from the parse)
    period: Optional[str] = None


#: Clause roles in which a number is a noun phrase of its own, its counted noun left to the
#: context ("Police detained 12", "nine abstained", "the total was 42").
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "conj", "oprd"})


def _stands_as_argument(span: SpacySpan) -> bool:
    """Whether the number is itself an argument of a verb (subject, object, complement, object
    of a preposition or a conjunct of one), not a modifier: a figure with its noun elided. A
    number heading no clause ("192." alone on a line) stays a label."""
    last = span[-1]
    if last.pos_ != "NUM" or last.dep_ not in _ARGUMENT_DEPS:
        return False
    if last.lower_ in ("zero", "nil", "nought", "naught"):
        return False  # "rebuilding from zero", "cut to nil": a figure of speech more than a count
    if any(c.dep_ == "nummod" or c.pos_ in ("NOUN", "PROPN") for c in last.children):
        return False
    root = last.sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    head = last.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "arrested 12 and released four": the conjunct's own clause
    return head.pos_ in ("VERB", "AUX", "ADP") or last.dep_ == "conj"


def _whole_sentence(span: SpacySpan) -> bool:
    """Whether the number is all its sentence holds but punctuation: an answer or a figure
    standing alone ("How many? Twelve."), not a word inside a clause."""
    sent = span[0].sent
    return all(t.is_punct or t.is_space for t in sent if not span.start <= t.i < span.end)


_CLOCK = re.compile(r"\d[:.]\d\d\b|\b[ap]\.?m\b|o'clock", re.I)


@lru_cache(maxsize=1)
def _time_words() -> frozenset:
    from ..parsers.lexicon import MONTHS, WEEKDAYS

    ctx = load_json("quantity_context.json")
    return frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(ctx["time_words"]) | frozenset(
        u + "s" for u in ctx["duration_units"]) | frozenset(ctx["duration_units"])


def _some_day(doc: Doc, span: SpacySpan, end: int) -> bool:
    """"one day" / "one night" as the adverb of an unnamed time, no length of time: between a
    modal or "to" and its verb ("could one day replace coal", "hopes to one day run it"), or
    opening its sentence before a comma ("One day, the river rose")."""
    if len(span) != 1 or span[0].lower_ != "one":
        return False
    num = span[0]
    noun = doc[num.i + 1] if num.i + 1 < len(doc) else None
    if noun is None or noun.idx + len(noun) != end:
        return False
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    before = doc[num.i - 1] if num.i > 0 else None
    if before is not None and (before.tag_ in ("MD", "TO") or before.lower_ == "to") and after is not None \
            and after.tag_ in ("VB", "VBP"):
        return True
    return num.is_sent_start and after is not None and after.text == ","


def _dated(span: SpacySpan, counted: bool = False) -> bool:
    """Whether the number sits in a DATE or TIME entity that names a time: a calendar or clock
    word, a time unit, a year-like number or a clock time. The small model also tags plain
    figures as DATE ("the total is 42", "five and a half million fish"): those stay numbers.
    `counted`: the number counts a noun, so time words BEFORE it are an adverbial of its clause,
    not its date ("By Friday 40 stalls had closed", "On Friday 140 nurses stayed home")."""
    doc = span.doc
    words = _time_words()
    for t in span:
        if t.ent_type_ not in ("DATE", "TIME"):
            continue
        i, j = t.i, t.i + 1
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        ent = doc[i:j]
        if t.ent_type_ == "TIME" and _CLOCK.search(ent.text):
            return True
        for w in ent:
            if counted and w.i < span.start:
                continue
            if counted and w.dep_ == "compound" and w.head.i >= j and w.head.tag_ in ("NNS", "NNPS"):
                continue  # "40 summer workers", "14 weekend trains": a kind of the thing counted
            low = w.lower_
            if low in words or (w.like_num and len(low) == 4 and low.isdigit() and 1000 <= int(low) <= 2100):
                return True
            if re.fullmatch(r"'?\d{2,4}s", low):  # "the 1990s", "'80s"
                return True
    return False


def _partitive(num: Token, limit: int):
    """'three of the victims', '600 of its 900 staff': a number heading an "of" phrase counts
    the plural noun of that phrase: (lemma, end offset, modifiers) or None."""
    for prep in num.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != num.i + 1:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.tag_ == "NNS" and obj.is_alpha:
                end = obj.idx + len(obj)
                if end > limit or any(t.like_num for t in obj.doc[prep.i + 1:obj.i]):
                    return None  # "two of the 40 delegates": the inner figure is the count
                mods = [t.text for t in obj.lefts if t.dep_ in ("amod", "compound")]
                return _lemma(obj), end, mods
    return None


def _part_of_a_figured_whole(num: Token) -> bool:
    """'six of 10 voters': with no article between them the parser reads the part and "of" as
    modifiers (quantmod) of the whole's number; the part is a figure of its own, as "six of the
    10 voters" is (its noun left unnamed there too: the whole's figure keeps the words)."""
    whole = num.head
    return (num.dep_ == "quantmod" and whole.i == num.i + 2 and num.nbor(1).lower_ == "of"
            and whole.like_num and whole.dep_ == "nummod")


#: Two figures joined so that the first may share the second's unit: "45 and 50 cases", "2 or 3
#: days", "10, 20 and 30 metres", "from 5 to 7 percent".
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to)\s+)", re.I)


def _share_coordinated_units(text: str, qs: list[Found], elided: list[Found]) -> list[Found]:
    """Right-node raising: in "45 and 50 cases" or "from 5 to 7 percent" the unit written once
    belongs to both figures. A bare number kept only for this (`elided`) takes the unit of the
    figure it is joined to, or is dropped; money and ranges lend nothing."""
    pending = {id(q) for q in elided}
    out: list[Found] = []
    for i in range(len(qs) - 1, -1, -1):  # from the right: "10, 20 and 30 metres"
        q = qs[i]
        if q.unit is not None or q.currency is not None or q.value is None:
            out.append(q)
            continue
        nxt = out[-1] if out else None
        if (nxt is not None and nxt.unit is not None and nxt.currency is None and nxt.value is not None
                and _JOINED.fullmatch(text, q.end, nxt.start)):
            q.unit = nxt.unit
            out.append(q)
        elif id(q) not in pending:
            out.append(q)
    out.reverse()
    return out


_TALLY_SEP = re.compile(r"\s+to\s+$", re.I)


def _share_tally_nouns(doc: Doc, text: str, qs: list[Found], c: _Ctx) -> None:
    """'by 38 votes to 21', 'from 20 to 16 ministries', 'voted 38 to 24': two whole counts joined by
    "to" count one thing, so a bare one takes the other's counted noun; two bare counts in a
    sentence about a vote are votes."""
    for a, b in zip(qs, qs[1:]):
        if not _TALLY_SEP.match(text, a.end, b.start) or a.currency or b.currency:
            continue
        if not all(isinstance(q.value, int) and q.value >= 0 and q.qualifier is None for q in (a, b)):
            continue
        if (a.unit is None) == (b.unit is None):
            if a.unit is None and _about_a_vote(doc, a.start):
                a.unit = b.unit = "vote"
            continue
        bare, full = (a, b) if a.unit is None else (b, a)
        if full.unit != "percent" and full.unit not in c.unit_values:
            bare.unit = full.unit


def _about_a_vote(doc: Doc, offset: int) -> bool:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and any(t.lemma_.lower() == "vote" for t in span[0].sent)


def _noun_after(doc: Doc, offset: int, limit: int):
    """The first noun after `offset` with only adjectives before it: (lemma, end, modifiers) or None."""
    tok = _next_token(doc, offset)
    mods: list[str] = []
    while tok is not None and len(mods) <= 3:
        if tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha:
            end = tok.idx + len(tok)
            return (_lemma(tok), end, mods) if end <= limit else None
        if tok.pos_ not in ("ADJ", "VERB") or not tok.is_alpha:
            return None
        mods.append(tok.text)
        tok = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return None


def _first_token(doc: Doc, e: Expression) -> Optional[Token]:
    sp = doc.char_span(e.num_start, e.num_end, alignment_mode="expand")
    return sp[0] if sp is not None and len(sp) else None


def _next_token(doc: Doc, offset: int) -> Optional[Token]:
    """The token starting at or after `offset` (skipping one space), or None."""
    for probe in (offset, offset + 1):
        tok_span = doc.char_span(probe, probe + 1, alignment_mode="expand")
        if tok_span is not None and len(tok_span) and tok_span[0].idx >= offset and not tok_span[0].is_space:
            return tok_span[0]
    return None


def _scale(value, factor):
    if value is None:
        return None
    v = value * factor
    return int(v) if float(v).is_integer() else v


def _line_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _titlecase_line(doc: Doc, tok: Token) -> bool:
    sent = tok.sent
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


_LINE_WORD = re.compile(r"[^\W\d_]{4,}")


def _titlecase_text_line(text: str, pos: int) -> bool:
    """Whether the line around `pos` is a title-case headline ("Leader Unites 26 Nations ...")."""
    lo = text.rfind("\n", max(0, pos - 300), pos) + 1
    hi = text.find("\n", pos, pos + 300)
    line = text[lo:hi if hi >= 0 else pos + 300]
    words = _LINE_WORD.findall(line)
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _year_like(e: Expression, text: str) -> bool:
    digits = text[e.num_start:e.num_end]
    return len(digits) == 4 and isinstance(e.value, int) and 1000 <= e.value <= 2100


def _names_a_year(text: str, f) -> bool:
    """'the 2022 market study', 'its 2027 minimum wage', 'the 2032 Olympics': a year-like number
    before a singular noun or a name is the year it qualifies. Two thousand of a thing take the
    plural and are seldom written without the thousands comma."""
    words = text[f.start:f.end].split()
    last = words[-1].strip(".,;:!?'’\"") if len(words) > 1 else ""
    return bool(last) and (last[:1].isupper() or singular(last.lower()) == last.lower())


def _in_a_place_name(text: str, e: Expression, f) -> bool:
    """'along Seven Mile Beach', 'at Three Mile Island': a capitalised number word above one with
    a capitalised singular unit and a capitalised word after it, inside a sentence, is part of a
    name (a count above one takes the plural: "seven miles")."""
    if not (e.text[:1].isupper() and isinstance(e.value, int) and e.value > 1):
        return False
    before = text[max(0, e.start - 3):e.start].rstrip(" \t")
    if not before or before[-1] in ".!?:\n\"“‘'":
        return False  # a sentence's or a line's first word
    unit = text[e.num_end:f.end].strip()
    return bool(unit) and unit[:1].isupper() and singular(unit.lower()) == unit.lower() \
        and re.match(r"[ \t]+[A-Z]", text[f.end:f.end + 3]) is not None


def _lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "PROPN" or not lem or lem == low or lem.endswith("s") and not low.endswith("s"):
        return singular(low)
    return lem


def _drop_overlaps(qs: list[Found]) -> list[Found]:
    qs = sorted(qs, key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Found] = []
    for q in qs:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


_UNIT_RANGE_SEP = re.compile(r"^\s*(?:[-–—]|to|and)\s*$", re.I)
_BETWEEN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<p>between|from)\s+$", re.I)


def _merge_unit_ranges(text: str, qs: list[Found], changes: Collection[int] = ()) -> list[Found]:
    """'between 44 mg and 50 mg', '$350 per kg to $680 per kg': two amounts of one unit as a range,
    but not after a verb of change (nearby, or a "from" in `changes`: quantity_changes)."""
    out: list[Found] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if (b is not None and a.value is not None and b.value is not None and a.qualifier is None
                and (a.unit or a.currency) and a.unit == b.unit and a.currency == b.currency
                and a.period in (None, b.period) and (a.value < b.value or a.value > b.value and b.value < a.value < 0)):
            sep = _UNIT_RANGE_SEP.match(text[a.end:b.start])
            pre = _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start)
            is_and = bool(sep) and sep.group(0).strip().lower() == "and"
            if sep and (not is_and or (pre and pre.group("p").lower() == "between")):
                hyphen = sep.group(0).strip()[:1] in "-–—"
                changed = _changed(text, pre.start("p") if pre else a.start) or (
                    pre is not None and pre.group("p").lower() == "from" and pre.start("p") in changes)
                if hyphen or is_and or not changed:
                    start = pre.start("p") if pre else a.start
                    out.append(Found(start=start, end=b.end, text=text[start:b.end], value=None,
                                     low=min(a.value, b.value), high=max(a.value, b.value),
                                     unit=a.unit, currency=a.currency,
                                     modifiers=b.modifiers, period=b.period))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _changed(text: str, pos: int) -> bool:
    from ..parsers.numbers import _change_before

    return _change_before(text, pos)


def _link_equivalents(text: str, qs: list[Found], c: _Ctx) -> None:
    for a, b in zip(qs, qs[1:]):
        between = text[a.end:b.start]
        if len(between) > 20 or not c.equiv_between.match(between):
            continue
        if not re.match(r"^\s*[)\]]", text[b.end:b.end + 3]):
            continue
        if bool(a.currency) != bool(b.currency):
            continue
        if not a.currency and (a.unit is None or b.unit is None):
            continue
        a.equivalent = FoundSpan(start=b.start, end=b.end, text=b.text)
        b.equivalent = FoundSpan(start=a.start, end=a.end, text=a.text)


@lru_cache(maxsize=1)
def _unit_dimensions() -> dict:
    """unit -> (dimension, factor to its base unit), from data/unit_factors.json."""
    dims = load_json("unit_factors.json")["dimensions"]
    return {u: (d, f) for d, entry in dims.items() for u, f in entry["factors"].items()}


#: What may follow a measure as its smaller part: "5 feet 2 inches", "2 hours and 15 minutes";
#: "in" after feet is inches ("6 ft 1 in").
_PART_AFTER = re.compile(r"[ \t]+(?:and[ \t]+)?(?P<n>\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)(?=[ \t]?[^\W\d_\"])")
_INCH_AFTER_FEET = re.compile(r"[ \t]?in\b\.?")


def _join_compound_measures(text: str, qs: list[Found], measure) -> list[Found]:
    """A measure written in two units of one dimension, the larger first, is one figure in the
    larger unit: "5 feet 2 inches" is 5 1/6 feet, "2 hours 30 minutes" 2.5 hours. The smaller
    part must be less than one of the larger unit ("3 feet 14 inches" is no such measure).
    `measure(text, pos, limit)` reads a unit at `pos` (the component's units table)."""
    dims = _unit_dimensions()
    out: list[Found] = []
    skip_until = -1
    for q in qs:
        if q.start < skip_until:
            continue  # read as the smaller part of the measure before
        big = dims.get(q.unit or "")
        if big is None or q.value is None or q.currency or q.low is not None or q.period:
            out.append(q)
            continue
        m = _PART_AFTER.match(text, q.end)
        small = value = None
        if m is not None:
            value = parse_number(m.group("n"))
            pos = m.end()
            if q.unit == "foot" and (im := _INCH_AFTER_FEET.match(text, pos)) is not None:
                small, end = "inch", im.end()
            else:
                found = measure(text, pos, len(text))
                if found is not None:
                    small, end = found
        part = dims.get(small or "")
        if value is None or part is None or part[0] != big[0] or not part[1] < big[1] \
                or not 0 < value * part[1] < big[1]:
            out.append(q)
            continue
        joined = q.value + value * part[1] / big[1]
        out.append(Found(start=q.start, end=end, text=text[q.start:end], value=joined, unit=q.unit,
                         qualifier=q.qualifier, modifiers=list(q.modifiers)))
        skip_until = end
    return out


#: What describes an unnamed source: "one person familiar with the talks", "one official briefed
#: on the plan", "one source close to the club" (news style for a source the story does not name)
_SOURCE_MODIFIERS = frozenset({"familiar", "brief", "close", "knowledgeable"})


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset:
    strong, weak = speech_verbs()
    return strong | weak


def _a_source(noun: Token) -> bool:
    """Whether "one" + `noun` introduces a source of what the story reports, not a count: the
    subject of a verb of saying ("one official said", "one wire reported", "one resident told
    reporters"), the object of "according to", or a noun described as a source is ("one person
    familiar with the matter"). News writes an unnamed source so (AP style: "one official")."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _saying_verbs():
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True
    return any(c.lemma_.lower() in _SOURCE_MODIFIERS and c.dep_ in ("amod", "acl") and c.i > noun.i
               for c in noun.children)


def _numbered_compound(doc: Doc, start: int, end: int) -> set[int]:
    """The token indices in doc[start:end] of a hyphenated modifier made of a number and a word
    ("five-day", "12-metre", "two-storey"): a number glued by a hyphen to the word after it."""
    out: set[int] = set()
    for i in range(start, end - 2):
        t, hy, w = doc[i], doc[i + 1], doc[i + 2]
        if t.like_num and hy.text in ("-", "‑") and not t.whitespace_ and not hy.whitespace_ and w.is_alpha:
            out.update((i, i + 1, i + 2))
    return out


#: The hyphens that join the pieces of one word ("co-accused"; U+2011 the non-breaking one)
_HYPHEN_MARKS = ("-", "‑")


def _numeral_of_a_hyphened_word(num: Token, nxt: Token) -> bool:
    """A numeral whose head is the first piece of a hyphenated word after it ("two co-accused"):
    a numeral modifies a noun, whatever part of speech the tagger gave the piece ("co" a verb)."""
    return num.dep_ == "nummod" and num.head.i == nxt.i and nxt.is_alpha and _hyphen_piece(nxt.doc, nxt)


def _hyphen_compound(doc: Doc, cand: Token) -> tuple[Token, Token]:
    """The counted noun's first and last token: a hyphenated noun is one word ("two co-accused":
    "co" to "accused"), and one followed by a noun modifies it ("seven roll-on ferries")."""
    last = cand
    while _hyphen_piece(doc, last) and last.i + 2 < len(doc) and doc[last.i + 1].text in _HYPHEN_MARKS \
            and doc[last.i + 2].is_alpha:
        last = doc[last.i + 2]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if last.i != cand.i and after is not None and after.pos_ == "NOUN" and after.is_alpha:
        return after, after
    return cand, last


def _hyphen_piece(doc: Doc, t: Token) -> bool:
    """Whether `t` is glued by a hyphen to the next word ("off" of "off-piste", "co" of "co-accused")
    or the previous one: a piece of one hyphenated word."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if not t.whitespace_ and nxt is not None and nxt.text in _HYPHEN_MARKS and not nxt.whitespace_:
        return True
    prev = doc[t.i - 1] if t.i else None
    return prev is not None and prev.text in _HYPHEN_MARKS and not prev.whitespace_ and t.i >= 2 and not doc[t.i - 2].whitespace_
