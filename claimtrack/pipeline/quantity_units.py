"""What a figure counts or measures, for the quantities component (`quantities.py`): a unit
written before the number ("a magnitude 5.2 tremor"), an apposed age ("Ana Ruiz, 34,"), a
hyphen suffix ("a 3,000-strong force"), a measure after it from the units tables ("10 km", "75
bcm", "three quarters of an hour"), a fraction of a point ("half a point"), a money-only scale
letter read as a unit ("5m people"), or the noun the number counts through the parse ("more than
30 European military chiefs" -> chief, its modifiers kept).
Moved out of `quantities.py` (which keeps the component) unchanged: the component's methods are
functions of its compiled tables (`_Ctx`) here."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from ..parsers.lexicon import singular
from ..parsers.number_tables import _tables
from ..parsers.number_words import add_fraction_tail
from ..parsers.numbers import Expression, to_number
from .quantity_parts import (
    _Draft,
    _first_token,
    _hyphen_compound,
    _hyphen_piece,
    _lemma,
    _next_token,
    _noun_after,
    _numbered_compound,
    _numeral_of_a_hyphened_word,
    _partitive,
    _scale,
    _titlecase_line,
)

if TYPE_CHECKING:
    from .quantity_tables import _Ctx

#: Parts of speech that may stand between a number and the noun it counts ("30 European military chiefs").
_BETWEEN_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "ADV", "NUM"})
_HYPHENS = ("-", "‑")


def _words_between(doc: Doc, a: Token, b: Token) -> int:
    """b.i - a.i in words: a hyphenated word ("made-to-measure", five tokens) counts once."""
    glued = sum(1 for t in doc[a.i + 1:b.i] if t.text in _HYPHENS and not t.whitespace_ and not doc[t.i - 1].whitespace_)
    return b.i - a.i - 2 * glued


#: After an age set off by commas: the apposition or the sentence goes on or ends.
_AGE_AFTER = re.compile(r"\s*(?:,|\.(?!\d)|;|\)|$)")


def _apposed_age(doc: Doc, text: str, e: Expression, first: Token) -> bool:
    """A whole number of 1-120 in digits set off by commas right after a person's name: news
    gives a person's age so ("Ana Ruiz, 34, a nurse, said"; "Tom Reyes, 61, and his wife").
    The name must be one the model tags PERSON, so a list of figures ("scored 34, 28 and 40")
    or a place ("Springfield, 34,") never counts."""
    if not e.plain or e.is_range or e.value is None or e.value != int(e.value) or not 1 <= e.value <= 120:
        return False
    if first.i < 2 or doc[first.i - 1].text != "," or doc[first.i - 2].ent_type_ != "PERSON":
        return False
    if doc[first.i - 1].ent_type_:
        return False  # the comma is inside a name the model reads ("Smith, Jones and Co")
    return _AGE_AFTER.match(text, e.end) is not None


_OF_A = re.compile(r"\s+of\s+an?(?=\s)", re.I)
#: "point" after "half a", "a quarter of a", "nearly a" (not "point-blank", "a point of order")
_POINT_AFTER = re.compile(r"\s+(?i:point)\b(?![-‑]|\s+of\b)")


def unit_around(c: _Ctx, doc: Doc, text: str, e: Expression, first: Token, limit: int, f: _Draft) -> None:
    """A unit word before the number ("a magnitude 5.2 tremor"), an apposed age ("Ana
    Ruiz, 34, a nurse"), or a hyphen suffix and its noun ("a 3,000-strong force", "30-odd
    countries", "100-plus protesters")."""
    if first.i > 0 and doc[first.i - 1].lower_ in c.unit_before and doc[first.i - 1].idx + len(doc[first.i - 1]) <= e.start:
        prev = doc[first.i - 1]
        f.unit, f.start, f.counted = c.unit_before[prev.lower_], min(f.start, prev.idx), True
        f.measured = True
    elif _apposed_age(doc, text, e, first):
        f.unit, f.counted, f.measured = "year", True, True  # "Ana Ruiz, 34, a nurse": her age
    sm = c.hyphen_suffix_re.match(text[e.end:e.end + 12])
    if sm is not None and f.unit is None:
        f.end = e.end + sm.end()
        f.qualifier = f.qualifier or c.hyphen_suffixes.get(sm.group("s").lower())
        noun = _noun_after(doc, f.end, limit)
        if noun is not None:
            f.unit, f.end, f.modifiers = noun
            f.counted = True


def unit_after(c: _Ctx, doc: Doc, text: str, e: Expression, last: Token, limit: int, f: _Draft,
               max_noun_distance: int) -> bool:
    """A measure unit after the number ("three quarters of an hour"), else the noun it counts
    ("three of the victims"; "5 kgs" read by the parse as a noun is a unit). False when the
    number can only be one before a measure unit ("half a", "nearly an") and none follows."""
    value = f.value
    sm = c.scaled_unit_re.match(text, e.end) if c.scaled_unit_re is not None and not e.scaled else None
    if sm is not None and sm.end() <= limit:  # "75 bcm": 75 billion cubic metres
        (f.unit, factor), f.end = c.scaled_units[sm.group("u").lower()], sm.end()
        f.value, f.counted, f.measured = _scale(value, factor), True, True
        return True
    found = measure(c, text, e.end, limit) or spaced_length(c, doc, text, e.end, limit)
    of_a = _OF_A.match(text, e.end) if e.words and value is not None and 0 < value < 1 else None
    if found is None and of_a is not None:
        found = measure(c, text, of_a.end(), limit)  # "three quarters of an hour"
    if found is None and e.needs_unit and (la := _tables().length_adjective.match(text, e.end)) is not None:
        found = measure(c, text, la.end(), limit)  # "a full month", "an extra week": one unit of time
    if found is not None:
        f.unit, f.end = found
        f.counted = f.measured = True
        if value is not None and not e.is_range and text[f.end:f.end + 1] == " ":
            # "a week and a half", "three weeks and a half": the fraction of the unit after it
            # (its own "a half" is dropped as an overlap)
            tail = add_fraction_tail(text, f.end + 1, Decimal(str(value)), Decimal(1))
            if tail is not None:
                f.value, f.end = to_number(tail[0]), tail[1]
    elif e.needs_unit and (pm := _POINT_AFTER.match(text, e.end)) is not None and pm.end() <= limit:
        # "half a point", "a quarter of a point", "more than a point": a fraction of one point
        # (of an index, a rate, a score), as "half a percentage point" is of that unit
        f.unit, f.end, f.counted, f.measured = "point", pm.end(), True, True
    elif e.needs_unit:
        return False  # "half a", "nearly an": a number only before a measure unit
    else:
        noun = counted_noun(c, doc, e, last, limit, max_noun_distance)
        if noun is None and value is not None and value > 1 and not e.is_range:
            noun = _partitive(last, limit)  # "three of the victims"
        if noun is None:
            noun = _people_adjective(c, doc, last, limit)  # "three dead", "12 injured"
        if noun is not None:
            f.unit, f.end, f.modifiers = noun
            f.counted = True
            spelled = c.unit_spelled(f.unit)
            if spelled is not None:
                f.unit, f.measured = spelled, True  # "5 kgs", read by the parse as a noun
    return True


def _people_adjective(c: _Ctx, doc: Doc, last: Token, limit: int):
    """An adjective right after the number that stands for the people it counts ("three dead",
    "12 injured, two missing": quantity_context.json people_adjectives), where no noun follows
    it ("two injured miners" counts miners): (adjective, end offset, no modifiers) or None."""
    if last.i + 1 >= len(doc):
        return None
    adj = doc[last.i + 1]
    if adj.lower_ not in c.people_adjectives or adj.idx + len(adj) > limit:
        return None
    if adj.i + 1 < len(doc) and doc[adj.i + 1].pos_ in ("NOUN", "PROPN") and doc[adj.i + 1].head.i != adj.i:
        return None
    return adj.lower_, adj.idx + len(adj), []


#: Money-only scale letters that are also a unit symbol: that unit, the scale, and whether the
#: unit is written so only before the noun it describes ("a 1500b packet"): news writes the bit and
#: the byte with a prefix ("100Mb", "8GB"), so a bare "b" or "B" elsewhere is the billion
#: ("1.2B downloads", "reached 5b last year"); a metre or a kelvin stands alone ("ran 400m")
_LETTER_UNITS = {"m": ("metre", 1_000_000, False), "M": ("metre", 1_000_000, False),
                 "K": ("kelvin", 1_000, False), "b": ("bit", 1_000_000_000, True), "B": ("byte", 1_000_000_000, True)}


def scale_letter(c: _Ctx, doc: Doc, e: Expression, limit: int, f: _Draft) -> None:
    """A money-only scale letter read as a unit ("5m people", "40K fans") -> million, thousand or
    billion: a length in metres modifies a noun in the singular ("a 2m wall", "the 100m final"),
    and a temperature in kelvin counts nothing; a plural after the letter is what the millions or
    thousands count ("5m people", "1.2m tonnes": a unit of measure then is the unit), but not
    after a count ("two 4m towers": two towers four metres tall). A bare bit or byte is the
    billion unless a singular noun follows ("a 512b block": its size)."""
    unit, factor, prefixed = _LETTER_UNITS.get(e.bare_letter or "", (None, 1, False))
    if unit is None or f.unit != unit or f.end != e.end + len(e.bare_letter or ""):
        return
    nxt = _next_token(doc, f.end)
    first = doc.char_span(e.num_start, e.num_end, alignment_mode="expand")
    counted = first is not None and first.start > 0 and doc[first.start - 1].like_num
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and not counted:  # "two 4m towers": lengths
        f.value = _scale(f.value, factor)
        noun_end = nxt.idx + len(nxt)
        if noun_end <= limit:
            f.unit, f.end = c.unit_names.get(nxt.lower_) or _lemma(nxt), noun_end
        else:
            f.unit = None
    elif prefixed and not (nxt is not None and nxt.tag_ in ("NN", "NNP") and nxt.idx == f.end + 1):
        f.value, f.unit, f.measured = _scale(f.value, factor), None, False


#: One dot group of three digits after a figure that is no zero: "12.500", "48.000"
_DOT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def whole_count(text: str, e: Expression, f: _Draft) -> int:
    """A dot before three digits groups thousands, whichever mark the rest of the text groups
    with, where no decimal can stand: in a count of things, a whole number ("some 12.500
    marchers", "8.250 households", "between 15.000 and 20.000 fans": no one counts twelve and a
    half marchers), and in money or a measure before three zeros ("€48.000", "7.000 tonnes",
    "between 2.000 and 3.000 hectares": prose writes no decimal part of three zeros). Other
    measures ("2.125 tonnes"), points, percentages and bare figures keep the text's reading.
    Returns what a range's bounds are to be multiplied by (1 or 1000)."""
    digits = text[e.num_start:e.num_end]
    count = f.counted and not f.measured and not f.currency and f.unit not in (None, "percent", "point")
    sized = bool(f.currency) or f.unit not in (None, "percent", "point")  # money or a measure
    if e.is_range:
        bounds = _BOUND.findall(digits)
        read_as_decimals = e.low is not None and e.low != int(e.low) or e.high is not None and e.high != int(e.high)
        zeros = all(b.endswith(".000") for b in bounds)
        if (count or sized and zeros) and len(bounds) == 2 and all(_DOT_GROUP.fullmatch(b) for b in bounds) \
                and (read_as_decimals or zeros) and e.low is not None and e.low < 1000:
            return 1000
        return 1
    if f.value is None or e.value != f.value or not _DOT_GROUP.fullmatch(digits):
        return 1
    if count or sized and digits.endswith(".000"):
        f.value = int(digits.replace(".", ""))
    return 1


#: A figure in digits inside a range's text ("15.000 and 20.000")
_BOUND = re.compile(r"\d+(?:[.,]\d+)*")


def measure(c: _Ctx, text: str, pos: int, limit: int):
    """A unit of measure right after the number: (unit, end) or None."""
    rest = text[pos:min(len(text), pos + 40)]
    if not rest:
        return None
    best = None
    m = c.hyphen_re.match(rest)
    if m:
        word = m.group("w")
        key = re.sub(r"[\s-]+", " ", word.lower())
        unit = c.unit_names.get(key) or c.unit_symbols.get(word)
        end = pos + m.end()
        if unit is None:
            unit = singular(word.split("-")[0].split()[0])
            end = pos + 1 + len(word.split("-")[0].split()[0])
            if m.group("old") and end == pos + m.end("w"):
                end = pos + m.end()
        if end <= limit and unit:
            return unit, end
    m = c.unit_name_re.match(rest)
    if m and (m.group("sp") or True):
        key = re.sub(r"[\s-]+", " ", m.group("u").lower())
        unit = c.unit_names.get(key)
        if unit and len(m.group("sp")) <= 2:
            best = (unit, pos + m.end())
    m2 = c.unit_sym_re.match(rest)
    if m2:
        sym = m2.group("u")
        if not (m2.group("sp") and sym in c.attached_only):
            cand = (c.unit_symbols[sym], pos + m2.end())
            if best is None or cand[1] > best[1]:
                best = cand
    if best is None and c.spaced_temperature_re is not None and (m3 := c.spaced_temperature_re.match(rest)) \
            and _speaks_of_temperature(c, text, pos):
        best = (c.spaced_temperature[m3.group("u")], pos + m3.end())  # "it hit 41 C (106 F)"
    if best and best[1] <= limit:
        return best
    return None


#: Where a sentence ends: a full stop, question or exclamation mark before a space, or a line end.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: A figure with a scale capital and an opening bracket ("41 C (", "41°C ("), then this figure.
_SCALE_THEN_BRACKET = re.compile(r"\d\s?°?[CF]\s*[(\[]\s*[-−]?\d+(?:[.,]\d+)?$")
#: After this figure's capital: a bracket, then a figure with the other capital ("C (106 F").
_BRACKET_THEN_SCALE = re.compile(r"[ \u00a0][CF]\s*[(\[]\s*[-−]?\d+(?:[.,]\d+)?\s?°?[CF](?![\w])")


def _speaks_of_temperature(c: _Ctx, text: str, pos: int) -> bool:
    """Whether the sentence around `pos` (the end of a figure a bare "C" or "F" follows after a
    space) names temperature (quantity_context.json temperature_words), or the figure and one on
    the other scale stand one in brackets after the other ("41 C (106 F)", "106 F (41 C)")."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 300), pos)), default=max(0, pos - 300))
    m_end = _SENTENCE_END.search(text, pos + 2, pos + 300)
    right = m_end.start() if m_end else min(len(text), pos + 300)
    if c.temperature_word_re is not None and c.temperature_word_re.search(text, left, right):
        return True
    return bool(_BRACKET_THEN_SCALE.match(text, pos) or _SCALE_THEN_BRACKET.search(text, max(0, pos - 30), pos))


#: A figure and the metre's letter after a space ("16 m"), as spaced_length_letters writes it.
_SPACED_LETTER = re.compile(r"\d[ \u00a0](?P<u>[^\W\d_])(?![\w/])")


def spaced_length(c: _Ctx, doc: Doc, text: str, pos: int, limit: int):
    """The metre's bare letter after a space ("16 m"), which is also a million's, read as the
    metre where the parse ties a word of dimension to it, or where it stands in that measure's
    place beside a figure so tied: a from/to/by phrase of the same change ("The runway, 2,400 m
    long, will be extended to 3,000 m") or a figure conjoined with it ("11 m or 14 m deep"). The object of
    another verb keeps its million ("deepening the channel to 14 m will cost 40 m"): (unit, end) or
    None. Never before a plural noun ("1.2 m households", a count)."""
    m = c.spaced_length_re.match(text[pos:pos + 4]) if c.spaced_length_re is not None else None
    if m is None or pos + m.end() > limit:
        return None
    letter = doc.char_span(pos + m.start("u"), pos + m.end("u"), alignment_mode="expand")
    if letter is None or _counts_after(doc[letter.end - 1]):
        return None
    cur = doc[letter.end - 1]
    found = c.spaced_length[m.group("u")], pos + m.end()
    if _dimension_of(c, doc, cur):
        return found
    sent = cur.sent
    for fig in _SPACED_LETTER.finditer(text, sent.start_char, sent.end_char):
        if fig.group("u") != m.group("u"):
            continue
        span = doc.char_span(fig.start("u"), fig.end("u"), alignment_mode="expand")
        if span is None or doc[span.end - 1].i == cur.i:
            continue
        tied = doc[span.end - 1]
        if _dimension_of(c, doc, tied) and _same_measure_place(tied, cur):
            return found
    return None


def _figure_tokens(tok: Token) -> tuple:
    """The letter's token and its number ("14" of "14 m"), either of which the parse may attach."""
    return (tok, *(k for k in tok.children if k.dep_ == "nummod"))


def _same_measure_place(tied: Token, cur: Token) -> bool:
    """Whether `cur` stands where the measure of `tied` stands: coordinated with it ("11 m or
    14 m deep"), or the object of from/to/by of a verb of change ("extended to 3,000 m", "up
    from 11 m") that is `tied`'s own verb or has the noun `tied` measures, the first above it,
    as its subject or object ("The runway, 2,400 m long, is being lengthened to 3,000 m"; not
    "Tolls on the 600 m long bridge rose from 3 m to 4 m")."""
    tied_i = {t.i for t in _figure_tokens(tied)}
    for t in _figure_tokens(cur):
        if any(k.i in tied_i for k in t.conjuncts):
            return True
        if t.dep_ not in ("pobj", "agent") or t.head.lower_ not in ("from", "to", "by"):
            continue
        verb = t.head.head
        while verb.pos_ in ("ADV", "ADP", "PART") and verb.head.i != verb.i:  # "up from", "down to"
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        # the tied figure's own verb (no noun between), or the first noun above the figure, the
        # thing it measures, is that verb's subject or object
        head = _apposed_to(tied) or tied.head
        while head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") and head.head.i != head.i:
            head = head.head
        if head.i == verb.i or (head.pos_ in ("NOUN", "PROPN") and head.head.i == verb.i
                                and head.dep_ in ("nsubj", "nsubjpass", "dobj")):
            return True
    return False


def _apposed_to(tok: Token) -> Optional[Token]:
    """The noun written just before a measure set off by commas ("Revenue from the canal, 14 m
    deep, rose"): the noun the aside is about, whatever noun the parse hangs it from."""
    if tok.dep_ != "appos":
        return None
    left = tok.left_edge.i
    doc = tok.doc
    if left >= 2 and doc[left - 1].text == "," and doc[left - 2].pos_ in ("NOUN", "PROPN"):
        return doc[left - 2]
    return None


def _counts_after(tok: Token) -> bool:
    """A plural noun right after the letter's token: the letter is a million ("2.5 m people")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.sent == tok.sent and nxt.tag_ in ("NNS", "NNPS")


def _dimension_of(c: _Ctx, doc: Doc, tok: Token) -> bool:
    """Whether the parse ties a word of dimension to the letter's token (quantity_context.json):
    an adjective of dimension as the next word, not the first part of a hyphenated compound
    ("650 m long", not "650 m long-term bonds"); or the letter (or its number) is the object of
    "of" or "to" under a noun or verb of dimension ("a depth of 37 m", "deepened to 14 m")."""
    if _counts_after(tok):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in c.dimension_adjectives and not (
            nxt.i + 1 < len(doc) and doc[nxt.i + 1].text in ("-", "‑") and doc[nxt.i + 1].idx == nxt.idx + len(nxt)):
        return True
    for t in (tok, *(k for k in tok.children if k.dep_ == "nummod")):
        if t.dep_ == "pobj" and t.head.lower_ in ("of", "to"):
            gov = t.head.head
            if (gov.lower_ in c.dimension_words or gov.lemma_.lower() in c.dimension_words) and (
                    gov.pos_ not in ("VERB", "AUX") or _changes_a_physical_thing(gov)):
                return True
    return False


#: WordNet 3.0's noun lexicographer files (lexnames) of physical things and places: noun.artifact
#: (06), noun.location (15), noun.object (17); and of what is no thing, when the first sense
#: names it: noun.attribute (07), noun.event (11), noun.possession (21), noun.process (22),
#: noun.state (26).
_PHYSICAL_FILES = frozenset({6, 15, 17})
_ABSTRACT_FILES = frozenset({7, 11, 21, 22, 26})


def _changes_a_physical_thing(verb: Token) -> bool:
    """A verb of dimension ("deepen", "widen", "lengthen") measures when what it changes is a
    physical thing ("deepened the channel to 14 m", "the runway was lengthened to 3,000 m"): its
    object, else its subject, is an artifact, an object or a place in one of its two most frequent
    WordNet senses and no attribute, event, possession or state in the first (or a noun WordNet's
    table does not hold, "canal"); a deficit, a loss
    or a gap that widens or deepens is a sum ("the deficit widened to 450 m")."""
    from ..wordnet_nouns import noun_lexfiles

    kids = {k.dep_: k for k in verb.children}
    noun = kids.get("dobj") or kids.get("nsubjpass") or kids.get("nsubj")
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    files = noun_lexfiles(singular(noun.lower_), 2)
    return not files or (files[0] not in _ABSTRACT_FILES and bool(set(files) & _PHYSICAL_FILES))


def counted_noun(c: _Ctx, doc: Doc, e: Expression, last: Token, limit: int, max_noun_distance: int):
    """The noun the number counts: (lemma, end offset, modifiers) or None."""
    cand: Optional[Token] = None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.idx < e.num_end:
        nxt = None
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.pos_ in ("NOUN", "PROPN") and e.value != 1:
        cand = nxt  # "26 Nations Pledge ...": the plural right after the number is what it counts
    else:
        heads = [last.head] + ([span_first.head] if (span_first := _first_token(doc, e)) is not None and e.is_range else [])
        for head in heads:
            if head.i > last.i and _words_between(doc, last, head) <= max_noun_distance and head.pos_ in ("NOUN", "PROPN"):
                cand = head
                break
        if cand is None and nxt is not None and (nxt.pos_ == "NOUN" and nxt.head.i >= nxt.i or _numeral_of_a_hyphened_word(last, nxt)):
            cand = nxt
    if cand is None or not cand.text.replace("-", "").isalpha():  # ("re-runs": one token, tokenizer.py)
        return None
    if not _between_ok(c, doc, last, cand):
        return None
    if cand.lower_ in c.not_counted or cand.is_sent_start:
        return None
    if cand.lower_ in c.street and not cand.is_lower:
        return None  # "10 Downing Street", "5 Park Lane": an address; "one lane would reopen" counts
    if cand.ent_type_ in ("DATE", "TIME") and _lemma(cand) not in c.durations:
        return None
    if cand.text[:1].isupper() and cand.pos_ == "PROPN" and cand.tag_ not in ("NNPS",) and not _titlecase_line(doc, cand):
        return None  # a name ("5 Downing"), not a counted noun
    cand, last_piece = _hyphen_compound(doc, cand)
    between = doc[last.i + 1:cand.i]
    end = last_piece.idx + len(last_piece)
    if end > limit:
        return None
    mods = [t.text for t in between if not t.is_punct]
    if last_piece.i != cand.i:
        return singular(doc.text[cand.idx:end].lower()), end, mods
    unit = c.unit_names.get(cand.lower_) or _lemma(cand)
    return unit, end, mods


def _between_ok(c: _Ctx, doc: Doc, last: Token, cand: Token) -> bool:
    """Whether the words between a number (ending at `last`) and a noun (`cand`) leave the
    noun what the number counts: modifiers ("30 European military chiefs"), hyphenated
    ones ("seven off-piste skiers", "12,500 three-day tickets"); no clause break, other
    number or date word."""
    numbered = _numbered_compound(doc, last.i + 1, cand.i)
    for t in doc[last.i + 1:cand.i]:
        if t.i in numbered:
            continue  # "12,500 three-day tickets": a number and a unit make one modifier
        if t.is_punct and t.text not in ("-", "‑"):
            return False
        if not t.is_punct and t.pos_ not in _BETWEEN_POS and not _hyphen_piece(doc, t):
            return False  # but a piece of a hyphenated modifier is one ("seven off-piste skiers")
        if t.is_sent_start:
            return False
        if t.like_num and t.i > 0 and doc[t.i - 1].i > last.i and doc[t.i - 1].pos_ == "PROPN" \
                and doc[t.i - 1].text[:1].isupper():
            continue  # "42 Boeing 737 jets": the model number belongs to the name
        if t.like_num:
            return False
        if t.ent_type_ in ("DATE", "TIME") and t.dep_ == "compound" and t.head.i == cand.i and t.pos_ in ("NOUN", "PROPN") \
                and cand.tag_ in ("NNS", "NNPS") and _lemma(cand) not in c.durations:
            continue  # "11 holiday homes", "40 summer workers": a time word naming a kind of the thing
        if t.ent_type_ in ("DATE", "TIME") and t.lower_ not in c.frequency_adjectives and not (
                (t.pos_ == "ADJ" or t.dep_ in ("amod", "compound") and t.head.i == cand.i) and _lemma(cand) in c.durations
                and last.ent_type_ == t.ent_type_ and t.ent_iob_ == "I" and cand.ent_iob_ == "I"):
            # a date word between ("300,000 last year"); but an adjective (or a participle or
            # noun modifying the unit) inside one span of time with the number ("five straight
            # days", "two full weeks", "40 paid hours", "three working days", "five calendar days":
            # a span of days of a kind is a span of days) leaves it a span, and one of frequency
            # says how often ("11 weekly flights")
            return False
    return True
