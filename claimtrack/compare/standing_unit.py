"""The one thing a figure is given for (Standing.unit, see compare.standing): what an amount of
money prices ("4 euros a ticket", "Each dose costs $30", "a per-tonne levy of $40", "a 20-dinar
note"), what a measurement gives the size of ("Adult seals weigh up to 300 kg"), and what any
other figure is given for ("Every school received 30 laptops", "90,000 tonnes each"). Read from
the words around the figure and its clause frame, with the markers of data/figure_standing.json
(compare.standing_cues)."""

from __future__ import annotations

import re
from typing import Optional

from ..parsers.lexicon import HUNDRED, MULTIPLIERS, SCALE_WORDS, singular
from ..parsers.numbers import parse_number
from ..text import pattern
from .context import STOP_WORDS, clause_frame_at
from .standing_cues import cues


def _head_noun(words: list[str]) -> Optional[str]:
    """The head of a short noun phrase read left to right: the last word before a function word
    (data/stop_words.txt), a participle ("seat sold", "job created") or a word with a figure."""

    participles = cues().participles
    head = None
    for w in words:
        low = w.lower().strip("’'")
        if low in STOP_WORDS or not low.replace("-", "").isalpha() or (
                head is not None and (low.endswith(("ed", "ing")) or low in participles)):
            break
        head = low
    return singular(head) if head else None


#: A rate written with a slash or hyphenated before a noun: "$40/tonne", "a $40-a-tonne levy",
#: "a 30-cents-per-litre subsidy": the first noun after the marker is the unit.
_UNIT_JOINED = re.compile(r"^(?:\s*/\s*|-(?:a|an|per)-)([^\W\d_]+)", re.IGNORECASE)


#: "a per-tonne levy of $40", "a per-head fee set at 20 euros": a noun sized by the figure names its
#: unit with "per-" before it.
_UNIT_PER_BEFORE = re.compile(r"\bper-([^\W\d_]+)\s+(?:[^\W\d_]+\s+){0,2}(?:of|at|to)\s+$", re.IGNORECASE)


def _unit_after(pattern: re.Pattern, after: str) -> Optional[str]:
    c = cues()
    j = _UNIT_JOINED.match(after)
    if j and singular(j.group(1).lower()) not in c.time_nouns:
        return _head_noun([j.group(1)])
    m = pattern.match(after)
    if not m:
        return None
    words = m.group(1).split()
    # the noun phrase after the marker ends at a function word: "$4 a tonne this season" prices a
    # tonne, whatever time the words after it name
    stop = next((i for i, w in enumerate(words) if w.lower().strip("’'") in STOP_WORDS), len(words))
    if any(w.lower() in c.time_nouns or w.lower()[:-1] in c.time_nouns for w in words[:stop]):
        return None  # "$5m a year", "a few years ago": a rate or a time, not a unit
    return _head_noun(words)


def _unit_subject(claim, cf, q) -> Optional[str]:
    """The unit a verb of costing prices through its subject: a noun opened by "a", "each",
    "every" ("Each dose costs"), the plural of a partitive after "each" ("Each of the chairs
    fetched": one chair's price), or a bare plural ("Seats will cost"); None for a definite
    one ("The repairs will cost"), a pronoun ("It cost") or a mass noun ("Water costs")."""
    c = cues()
    each_of = c.each_of.match(cf.subject_text)
    if each_of:  # "Each of the vans cost": each van's price
        return _head_noun(each_of.group(1).split())
    words = cf.subject_text.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in STOP_WORDS), len(words))
    head = words[:cut][-1]  # "Seats on the ferry": the noun before its prepositional phrase
    lo = max(0, cf.start - claim.start)
    hi = max(lo, q.start - claim.start)
    found = None
    for m in pattern(rf"\b{re.escape(head)}\b", re.IGNORECASE).finditer(claim.text[lo:hi]):
        found = m
    if found is None:
        # A verb joined to another by "and" shares its subject, written before the first verb
        # ("Each kit weighs 2 kg and costs $40"): the clause of the second starts after it.
        lo = 0
        for m in pattern(rf"\b{re.escape(head)}\b", re.IGNORECASE).finditer(claim.text[:hi]):
            found = m
    if found is None or not head.isalpha():
        return None
    # The words before the head, nearest first, up to the clause's start or a punctuation mark.
    before = re.split(r"[,;:.!?()\"“”]", claim.text[lo:lo + found.start()])[-1].split()
    for w in reversed(before[-4:]):
        low = w.lower()
        if low in c.unit_determiners:
            return _head_noun([head])
        if low in STOP_WORDS_DET or low in STOP_WORDS or _numeral(low):
            return None  # definite, quantified ("14 crates weighing"), or not a subject's own words
    low = head.lower()
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return _head_noun([head])  # a bare plural: generic
    return None


def _numeral(word: str) -> bool:
    """A cardinal before a noun ("14 crates", "fifteen boxes", "twenty-six", "dozens of"): a set
    counted, not a generic plural. Read by the number parser (parsers.numbers, every cardinal
    word) and the scale and multiplier words of data/numbers.json, plural too ("hundreds of").
    A size before a noun ("a 500-gram jar") is no cardinal of it."""
    bare = word[:-1] if word.endswith("s") else word
    return parse_number(word) is not None or any(w in t for w in (word, bare) for t in (HUNDRED, SCALE_WORDS, MULTIPLIERS))


#: Words that make a noun phrase definite or quantified (never a bare plural).
STOP_WORDS_DET = frozenset("the this that these those its their his her our my your some many most all both "
                           "several few such no any".split())


def unit_priced(claim, q, after: str, before: str = "") -> Optional[str]:
    """The one thing amount `q` prices: the subject opened by "a", "each" or a bare plural of a
    verb of costing ("A dose costs $30", "Seats will cost 4 euros"); else the noun after "a",
    "per", "for every", "on every" ("$30 a dose", "30 cents on every litre"; a stretch of time
    makes a rate, not a unit; "for a" only after a verb of costing: "set aside $4m for a plan" is
    a purpose), after a slash or in a hyphenated rate ("$40/tonne", "a $40-a-tonne levy"), or
    "each"/"apiece"; or a noun "per-" names before the noun the amount sizes ("a per-tonne levy
    of $40")."""
    c = cues()
    cf = clause_frame_at(claim, q.start, q.end)
    # "Seats sell for 4 euros" (the object, if any, is the amount itself), not "They sold the seats for..."
    own = (q.text or "").lower()
    priced = cf is not None and (cf.predicate in c.unit_verbs or (
        cf.predicate in c.unit_intransitive and (not cf.object or cf.object.lower() in own)))
    head = None
    if priced and cf.subject_text and not q.period:
        head = _unit_subject(claim, cf, q)
    if head is None:
        head = _unit_after(c.unit_after, after) or (_unit_after(c.unit_after_price, after) if priced else None)
    if head is None and c.unit_each.match(after):
        head = "each"
    if head is None:
        piece = c.denomination.match(after)
        head = singular(piece.group(1).lower()) if piece else None
    if head is None:
        fronted = None
        for fronted in c.unit_before.finditer(before):
            pass
        head = _head_noun(fronted.group(1).split()) if fronted else None
    if head is None:
        recipient = None
        for recipient in c.unit_recipient.finditer(before):
            pass
        each_of = c.each_of.match(before[recipient.start():]) if recipient else None
        words = (each_of or recipient).group(1).lower().split() if recipient else []
        sized = getattr(getattr(q, "frame", None), "measured", None)
        # "offered each guest compensation of": the amount's own noun follows unmarked; but in "each
        # driver would receive" the noun the frame reads is the clause's subject, the one who receives it
        subject = (cf.subject_text or "").lower().split() if cf is not None else []
        if sized in words and sized not in subject:
            words = words[:words.index(sized)]
        noun = _head_noun(words)
        head = noun if noun and noun not in c.time_nouns else None
    if head is None:
        per = _UNIT_PER_BEFORE.search(before)
        head = _head_noun([per.group(1)]) if per else None
    return c.unit_synonyms.get(head, head) if head else None


def unit_measured(claim, q) -> Optional[str]:
    """The one thing a measurement gives the size of: the subject of a verb of measuring opened
    by "a", "each" or "every", or a bare plural ("Adult seals weigh up to 300 kg": one seal's
    weight, not the colony's); None for a definite subject ("The cargo weighs 40 tonnes")."""
    cf = clause_frame_at(claim, q.start, q.end)
    if cf is None or cf.predicate not in cues().measure_verbs or not cf.subject_text or getattr(q, "period", None):
        return None
    if _episodic(claim, cf, q):
        return None
    return _unit_subject(claim, cf, q)


def unit_distributed(claim, q, after: str) -> Optional[str]:
    """The one thing a figure other than money is given for: the subject of its clause opened by
    "each" or "every" ("Every school received 30 laptops": one school's laptops, not the
    ministry's total; "Each of the 12 barges carried 800 tonnes": one barge's load), or "each" after the figure ("tankers of 90,000 tonnes each"); None
    otherwise, and for a figure inside that subject ("Each of the 40 stations")."""
    c = cues()
    if c.unit_each.match(after):
        return "each"
    # "2.4 new shares for every share held", "30 laptops to each school": a distributive after the figure
    head = _unit_after(c.distributed_after, after)
    if head is not None:
        return c.unit_synonyms.get(head, head)
    cf = clause_frame_at(claim, q.start, q.end)
    words = (cf.subject_text or "").split() if cf is not None else []
    if len(words) < 2 or words[0].lower() not in c.distributives or q.text in cf.subject_text:
        return None
    each_of = c.each_of.match(cf.subject_text)  # "Each of the 12 vans carried 40 crates"
    return _head_noun(each_of.group(1).split() if each_of else words[1:])


def _episodic(claim, cf, q) -> bool:
    """The verb between the subject and the figure reports one episode, not a generic sentence: an
    auxiliary of the perfect, the progressive or the passive, or a simple past ("A cholera outbreak
    has grown to 230 cases", "a whale washed up on Sunday weighed 9 tonnes"), where a generic one
    is in the simple present or after a modal ("Adult seals weigh", "Pike can grow to 1.3 metres").
    data/figure_standing.json episodic_words; Quirk et al. 4.5-4.7, 4.17-4.20."""
    lo = max(0, cf.start - claim.start)
    hi = max(lo, q.start - claim.start)
    span = claim.text[lo:hi]
    at = span.find(cf.subject_text)
    if at >= 0:
        span = span[at + len(cf.subject_text):]  # the subject's own words ("seals that were tagged") are not its verb's
    return bool(cues().episodic.search(span))
