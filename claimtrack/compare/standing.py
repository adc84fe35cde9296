"""Where a figure stands: what English says about a figure besides its measure, which decides
whether two figures of one measure can be one fact at all.

Two sources give "about 600 people" and "2,400 people" for one rescue, and it is no
contradiction when one says the first count was 600; "water use is 31% of supply" and "it
would climb to more than 40%" are a value now and a forecast; "rust on 30 bolts" and "a
quarter of the tower's 96 bolts" are a part and the whole. Each is read from grammar
words (data/figure_standing.json) and the clause frame, never from the values:

- `forecast`: the figure's clause is hedged (may, could, expected to, plans to, "are at risk") or a future
  "will" with a verb of reaching a level ("will rise to 40%"); the value a change starts from
  ("from 31%") is the value now.
- `proposal`: the figure is what a rejected offer, bid or proposal names ("the union rejected an offer
  worth $7 million a year"): what one side proposed and the other did not take, not a value now.
- `stage`: "initial" ("initially", "at first", "a preliminary count") or "later" ("later",
  "revised", "has since risen") for a count still being made; "remaining" for a count of what is
  still left ("three divers remain missing", "8,000 households were still cut off"), a later
  moment than the event's own count.
- `part`: "whole" for the figure a partitive takes a part of when the part is no figure of its
  own ("a quarter of its 96 bolts", "most of the 40 wards"; "none of the 40 hikers" is about all
  of them, and in "48 of its 171 branches" each figure meets its own partner); "part" for a
  figure sizing a subject opened by a quantifier ("several reservoirs in the north were below 15%").
- `running`: a running total ("so far this year", "to date"), never one event's figure.
- `difference`: a share stated as a difference from a reference ("38% below the average",
  "5% higher than"), never a level ("8% of capacity"); and any figure hanging from "by" on a
  verb of winning, losing or changing ("won by four votes", "rose by 5%"): a margin or a change,
  never a level ("won with 4,120 votes"); and any figure followed by a comparative and "than"
  ("cost $40 million more than planned").
- `span`: the years a share is given over ("a 6% raise over four years", "2.5% this year"): two
  shares over different spans are two measures.
- `increment`: a count of what is added ("70 more electric buses", "40 additional nurses"): never
  the whole it is added to ("runs 480 buses", "employs 310 nurses"), though it may be the other
  report's count of the same addition ("will add 90 buses").
- `good`: what a price is the price of ("a litre of diesel", "the price of rice", "Maize sells
  for"): two prices of different goods are two facts.
- `unit`: the one thing an amount of money prices (or the piece of money it is the face value of,
  "a 20-dinar note", "a new 2-euro coin") ("a ticket", "per dose", "for every seat",
  "apiece"; "Seats cost 4 euros", "A dose sells for $30"): a unit price is never the same fact
  as a total of the same currency, nor as the price of another unit; likewise the one thing any
  other figure is given for ("Adult seals weigh up to 300 kg", "Every school received 30
  laptops", "90,000 tonnes each").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from ..tables import load_json
from ..parsers.lexicon import CARDINALS, HUNDRED, MULTIPLIERS, SCALE_WORDS, singular
from ..parsers.numbers import parse_number
from .context import STOP_WORDS, clause_frame_at
from .goods import good_priced


@dataclass(frozen=True)
class Standing:
    forecast: bool = False
    stage: Optional[str] = None  # "initial" | "later" | "remaining"
    part: Optional[str] = None  # "part" | "whole"
    running: bool = False
    difference: bool = False
    span: Optional[float] = None  # the years a share is given over ("6% over four years": 4; "2.5% this year": 1)
    unit: Optional[str] = None  # the one thing an amount prices ("a ticket": "ticket"; "apiece": "each")
    #: The figure's clause has a modal or future auxiliary without a hedge ("will work", "would
    #: cost", "can be dissolved within 60 days"): it states no value now either.
    future: bool = False
    #: a recurring period named from the time of writing ("last winter": ("the last", "winter"))
    season: Optional[tuple] = None
    good: Optional[str] = None  # the good a price is of ("diesel")
    increment: bool = False  # a count of what is added ("70 more buses", "40 additional nurses")
    proposal: bool = False  # what a rejected offer, bid or proposal names


NONE = Standing()


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Cues:
    hedged: frozenset
    level_verbs: frozenset
    margin_verbs: frozenset
    forecast: re.Pattern
    initial: re.Pattern
    later: re.Pattern
    running: re.Pattern
    part_subject: re.Pattern
    whole: re.Pattern
    part_heads: frozenset
    season: re.Pattern
    season_deixis: dict
    at_risk: re.Pattern
    proposal_nouns: frozenset
    rejected: re.Pattern
    difference: re.Pattern
    comparative: re.Pattern
    increment: re.Pattern
    span_years: re.Pattern
    span_one: re.Pattern
    unit_after: re.Pattern
    unit_before: re.Pattern
    unit_recipient: re.Pattern
    distributed_after: re.Pattern
    unit_after_price: re.Pattern
    unit_each: re.Pattern
    denomination: re.Pattern
    unit_verbs: frozenset
    measure_verbs: frozenset
    unit_intransitive: frozenset
    unit_determiners: frozenset
    distributives: frozenset
    time_nouns: frozenset
    participles: frozenset
    unit_synonyms: dict
    episodic: re.Pattern
    place_part: re.Pattern
    remaining: re.Pattern


#: A cardinal in digits or words ("40", "three", "twenty-five"; parsers.lexicon's cardinals).
_CARDINAL = r"(?:\d[\d,]*|(?:{0})(?:-(?:{0}))?)".format("|".join(sorted(CARDINALS, key=len, reverse=True)))
#: "each of the", "every one of its 40", "each of the three": the partitive between a distributive and its noun.
_PARTITIVE = rf"(?:(?:one\s+)?of\s+(?:the|these|those|its|their|his|her|our)\s+(?:{_CARDINAL}\s+)?)?"


@lru_cache(maxsize=1)
def cues() -> _Cues:
    t = load_json("figure_standing.json")
    det = r"(?:(?:the|its|their|his|her|our|these|those|this|that|all)\s+)?(?:(?:[\w’'-]+\s+){0,2}[\w’'-]+['’]s\s+)?"
    return _Cues(
        hedged=frozenset(t["hedged_modalities"]),
        level_verbs=frozenset(t["level_verbs"]),
        margin_verbs=frozenset(t["margin_verbs"]) | frozenset(t["level_verbs"]),
        forecast=re.compile(rf"\b(?:{_alt(t['forecast_words'])})\s+to\b|\b(?-i:could|may|might)\b", re.IGNORECASE),
        initial=re.compile(rf"\b(?:{_alt(t['initial_words'])})\b", re.IGNORECASE),
        later=re.compile(rf"\b(?:{_alt(t['later_words'])})\b", re.IGNORECASE),
        running=re.compile(rf"\b(?:{_alt(t['running_words'])})\b", re.IGNORECASE),
        # "several reservoirs ... were below 15%": a quantified subject opens the clause
        part_subject=re.compile(rf"^\W*(?:{_alt(t['part_quantifiers'])})\s+(?:of\s+)?{det}([^\W\d_]+)", re.IGNORECASE),
        # "a quarter of the tower's 96 bolts", "40% of its 96 bolts": the figure is the whole
        part_heads=frozenset(t["part_heads"]),
        season=re.compile(rf"\b({_alt(t['season_deixis'])})\s+({_alt(t['season_nouns'])})\b", re.IGNORECASE),
        season_deixis=t["season_deixis"],
        whole=re.compile(rf"\b(?:{_alt(t['part_heads'])}|\d[\d,.]*\s?%)\s+of\s+{det}$", re.IGNORECASE),
        # "700 jobs are at risk": what may be lost, not what is
        proposal_nouns=frozenset(t["proposal_nouns"]),
        rejected=re.compile(rf"\b(?:{_alt(t['rejection_words'])})\b", re.IGNORECASE),
        at_risk=re.compile(rf"^\s*(?:\w+\s+){{0,2}}?(?:{_alt(t['risk_words'])})\b", re.IGNORECASE),
        span_years=re.compile(r"^\s*(?:spread\s+|phased\s+in\s+)?over\s+(?:the\s+next\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
                              re.IGNORECASE),
        span_one=re.compile(rf"^\s*(?:{_alt(t['span_one_year'])})\b", re.IGNORECASE),
        difference=re.compile(rf"^\s*(?:{_alt(t['difference_words'])})\b(?!\s+of\b)", re.IGNORECASE),
        # "$40 million more than planned", "(about $27m) more than": a difference whatever the measure
        # "70 more electric buses", "400 additional nurses": what is added, not the total ("more than 70" is a bound)
        increment=re.compile(rf"\d[\d,.]*\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{_alt(t['increment_words'])})\b(?!\s+than\b)|"
                             rf"\b(?:{_alt(sorted(CARDINALS))})\s+(?:(?:hundred|thousand|million)\s+)?(?:{_alt(t['increment_words'])})\b(?!\s+than\b)",
                             re.IGNORECASE),
        comparative=re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:{_alt(t['comparative_words'])})\s+than\b", re.IGNORECASE),
        # "4 euros a ticket", "$30 per dose", "$4.60 for every seat sold": the noun after the marker
        # ... and "for each of the 12 escaped prisoners": a partitive after the distributive names the unit
        unit_after=re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:{_alt(t['unit_price_markers'])})\s+{_PARTITIVE}"
                              r"((?:[^\W\d_][\w’'-]*\s*){1,3})", re.IGNORECASE),
        # "For every tonne of scrap the smelter paid $310": the distributive fronted before the figure
        unit_before=re.compile(rf"\b(?:{_alt(t['unit_price_distributives'])})\s+{_PARTITIVE}"
                               r"((?:[^\W\d_][\w’'-]*\s*){1,3})", re.IGNORECASE),
        # "offered each tenant a rebate of 300 euros": the one who receives it (an indirect object)
        # "for every share held", "to each of the 12 schools": a distributive after any figure
        distributed_after=re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:{_alt(t['unit_price_distributives'] + ['to each', 'to every'])})\s+"
                                     rf"{_PARTITIVE}((?:[^\W\d_][\w’'-]*\s*){{1,3}})", re.IGNORECASE),
        unit_recipient=re.compile(rf"\b(?:{_alt(t['distributive_determiners'])})\s+((?:[^\W\d_][\w’'-]*\s+){{1,3}})",
                                  re.IGNORECASE),
        unit_after_price=re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:{_alt(t['unit_price_markers_after_price_verbs'])})\s+"
                                    r"((?:[^\W\d_][\w’'-]*\s*){1,3})", re.IGNORECASE),
        # "a 20-dinar note", "a new 2-euro coin": the face value of one piece of money
        denomination=re.compile(rf"^\s*({_alt(t['denomination_nouns'])})\b", re.IGNORECASE),
        unit_each=re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:{_alt(t['unit_price_each'])})\b", re.IGNORECASE),
        unit_verbs=frozenset(t["unit_price_verbs"]),
        measure_verbs=frozenset(t["unit_measure_verbs"]),
        unit_intransitive=frozenset(t["unit_price_intransitive_verbs"]),
        unit_determiners=frozenset(t["unit_price_determiners"]),
        distributives=frozenset(t["distributive_determiners"]),
        time_nouns=frozenset(t["time_nouns"]),
        participles=frozenset(t["irregular_participles"]),
        unit_synonyms=dict(t["unit_price_synonyms"]),
        # "has grown to", "is growing to", "weighed": one episode, not a generic sentence
        episodic=re.compile(rf"\b(?:{_alt(t['episodic_words'])})\b", re.IGNORECASE),
        # "40 residents of Mill Lane", "60 families who live on the Northgate estate" (one clause's words)
        place_part=re.compile(rf"^[^,;:.!?()]{{0,30}}?\b(?:{_alt(t['place_part_prepositions'])})\s+(?:the\s+)?"
                              rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_alt(t['place_part_nouns'])})\b", re.IGNORECASE),
        # "three divers remain missing", "were still cut off": what is left of a count
        remaining=re.compile(rf"\b(?:{_alt(t['remaining_words'])})\b", re.IGNORECASE),
    )


def _of_a_place_part(q, after: str) -> bool:
    """A count of people or homes restricted to a street, an estate or a block ("40 residents of
    Mill Lane", "the 60 families who live on the Northgate estate"): a part of any town's or
    district's count, since such a place lies inside a town (data/figure_standing.json
    place_part_nouns)."""
    if getattr(q, "currency", None) or not _counts_people(getattr(q, "unit", None)):
        return False
    return bool(cues().place_part.match(after))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset:
    """Nouns whose commonest WordNet sense is a kind of person (data/person_nouns.json), and the
    nouns of the people under one roof (data/figure_standing.json household_nouns)."""
    return frozenset(load_json("person_nouns.json")["nouns"]) | frozenset(load_json("figure_standing.json")["household_nouns"])


def _counts_people(unit: Optional[str]) -> bool:

    words = (unit or "").split()
    return bool(words) and singular(words[-1]) in _people_nouns()


def _quantified_subject(m, frame) -> bool:
    """The clause opens with a quantified noun ("several reservoirs ...", "most of the wells ...")
    and it is what the figure sizes (the frame's measured noun): the figure is of a part."""
    if m is None or frame is None or not frame.measured:
        return False
    word = m.group(1).lower()
    return word.startswith(frame.measured[:max(3, len(frame.measured) - 1)])


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
    if any(w.lower() in c.time_nouns or w.lower()[:-1] in c.time_nouns for w in words):
        return None  # "$5m a year", "a few years ago": a rate or a time, not a unit
    return _head_noun(words)


def _unit_subject(claim, cf, q) -> Optional[str]:
    """The unit a verb of costing prices through its subject: a noun opened by "a", "each",
    "every" ("Each dose costs"), or a bare plural ("Seats will cost"); None for a definite
    one ("The repairs will cost"), a pronoun ("It cost") or a mass noun ("Water costs")."""
    c = cues()
    words = cf.subject_text.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in STOP_WORDS), len(words))
    head = words[:cut][-1]  # "Seats on the ferry": the noun before its prepositional phrase
    lo = max(0, cf.start - claim.start)
    hi = max(lo, q.start - claim.start)
    found = None
    for m in re.finditer(rf"\b{re.escape(head)}\b", claim.text[lo:hi], re.IGNORECASE):
        found = m
    if found is None:
        # A verb joined to another by "and" shares its subject, written before the first verb
        # ("Each kit weighs 2 kg and costs $40"): the clause of the second starts after it.
        lo = 0
        for m in re.finditer(rf"\b{re.escape(head)}\b", claim.text[:hi], re.IGNORECASE):
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


def _unit_priced(claim, q, after: str, before: str = "") -> Optional[str]:
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
        words = recipient.group(1).lower().split() if recipient else []
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


def _unit_measured(claim, q) -> Optional[str]:
    """The one thing a measurement gives the size of: the subject of a verb of measuring opened
    by "a", "each" or "every", or a bare plural ("Adult seals weigh up to 300 kg": one seal's
    weight, not the colony's); None for a definite subject ("The cargo weighs 40 tonnes")."""
    cf = clause_frame_at(claim, q.start, q.end)
    if cf is None or cf.predicate not in cues().measure_verbs or not cf.subject_text or getattr(q, "period", None):
        return None
    if _episodic(claim, cf, q):
        return None
    return _unit_subject(claim, cf, q)


def _unit_distributed(claim, q, after: str) -> Optional[str]:
    """The one thing a figure other than money is given for: the subject of its clause opened by
    "each" or "every" ("Every school received 30 laptops": one school's laptops, not the
    ministry's total), or "each" after the figure ("tankers of 90,000 tonnes each"); None
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
    return _head_noun(words[1:])


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


#: A figure right after a verb of change and before "to" and another figure: "shares jumped 14% to
#: 1,312 koruna", "the bill rose $40 million to $310 million". English states a change by its size
#: (a measure phrase, with or without "by") and its end point (after "to"): the first figure is the
#: change, the second the level reached (Quirk et al. 9.47 and 10.16, measure phrases of change).
_TO_LEVEL = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?to\s+(?:[^\W\d_]+\s+){0,2}?[^\s\d]{0,4}\d", re.UNICODE)
#: Verbs of reaching a level, not of changing by an amount: "passed 212 to 198", "topped 5 to 3" is a tally.
_REACHING = frozenset({"reach", "exceed", "hit", "top", "surpass", "pass"})


def _change_to_level(verb: Optional[str], prep: Optional[str], after: str) -> bool:
    """The figure is the size of a change whose end point follows after "to" (`_TO_LEVEL`): a
    verb of rising or falling (data/figure_standing.json level_verbs, not one of reaching) governs
    it directly, with no preposition of its own."""
    c = cues()
    return bool(verb and prep is None and verb in c.level_verbs and verb not in _REACHING and _TO_LEVEL.match(after))


#: Where the words after a figure stop being about it: a punctuation mark (a conjunction does not
#: stop them: "About 8,000 households were still cut off").
_PHRASE_END = re.compile(r"[,;:.!?()\"“”]")


def _remaining(text: str, clause: str, end: int) -> bool:
    """A count of what is still left: its clause, or the words after it up to a punctuation mark
    (the verb of a subject joined to another noun by "and"), say it still holds or remains."""
    c = cues()
    return bool(c.remaining.search(clause) or c.remaining.search(_PHRASE_END.split(text[end:end + 160])[0]))


def standing_of(claim, q, clause: tuple[int, int], share: bool, count: bool = False) -> Standing:
    """The standing of quantity `q` of `claim`; `clause` is (start, end) of its clause within
    the claim's text (compare.context.clause_bounds); `share`: the figure is a percentage;
    `count`: it counts things (compare.units.counted), so that it can be what is still left of
    a count (`_remaining`); a measurement never is ("still 480 metres underground")."""
    c = cues()
    text = claim.text
    rel_s = max(0, q.start - claim.start)
    rel_e = max(rel_s, q.end - claim.start)
    cs, ce = clause
    before, after = text[cs:rel_s], text[rel_e:ce]
    whole_clause = text[cs:ce]
    frame = getattr(q, "frame", None)
    prep = frame.prep if frame is not None else None
    verb = frame.predicate if frame is not None else None

    forecast = future = False
    if prep != "from":  # "would climb from 31% to 40%": where a change starts is the value now
        cf = clause_frame_at(claim, q.start, q.end)
        modality = cf.modality if cf is not None else None
        predicate = cf.predicate if cf is not None else verb
        if modality in c.hedged or c.forecast.search(before) or c.at_risk.match(after):
            forecast = True
        elif modality in ("will", "would") and (predicate in c.level_verbs or verb in c.level_verbs):
            forecast = True
        else:
            future = modality is not None

    stage = "initial" if c.initial.search(whole_clause) else "later" if c.later.search(whole_clause) else None
    if stage is None and count and _remaining(text, whole_clause, rel_e):
        stage = "remaining"

    part = None
    if (frame is not None and frame.prep == "of" and frame.measured in c.part_heads) \
            or c.whole.search(text[max(0, rel_s - 60):rel_s]):
        part = "whole"
    elif _quantified_subject(c.part_subject.match(before), frame) or _of_a_place_part(q, text[rel_e:rel_e + 80]):
        part = "part"

    running = bool(c.running.search(whole_clause))
    difference = (share and bool(c.difference.match(after))) or (prep == "by" and verb in c.margin_verbs) \
        or bool(c.comparative.match(text[rel_e:rel_e + 60])) or _change_to_level(verb, prep, text[rel_e:rel_e + 60])
    proposal = frame is not None and frame.measured in c.proposal_nouns and bool(c.rejected.search(whole_clause))
    increment = count and bool(c.increment.search(text[rel_s:rel_e] + " " + text[rel_e:rel_e + 12]))
    span = None
    if share:
        m = c.span_years.match(text[rel_e:rel_e + 60])
        span = float(parse_number(m.group(1).lower())) if m else (
            1.0 if c.span_one.match(text[rel_e:rel_e + 40]) else None)
    good = None
    if getattr(q, "currency", None):
        unit = _unit_priced(claim, q, after, before)
        good = good_priced(whole_clause, frame, unit)
    else:
        unit = _unit_measured(claim, q) or _unit_distributed(claim, q, after)
    named = c.season.search(whole_clause)
    season = (c.season_deixis[named.group(1).lower()], named.group(2).lower()) if named else None
    if not (forecast or stage or part or running or difference or span or unit or future or season or good or increment or proposal):
        return NONE
    return Standing(forecast, stage, part, running, difference, span, unit, future, season, good, increment, proposal)



def standing_clash(a: Standing, b: Standing, stock_a: bool = False, stock_b: bool = False,
                   same_unit: Callable[[str, str], bool] = lambda x, y: False) -> Optional[str]:
    """Why two figures of one unit measure different things, from where they stand (a part and
    the whole, a running total and one event's figure, a difference and a level); None when
    nothing says so. `stock_*`: the figure is what a holder has (a whole already). `same_unit`:
    whether two nouns figures are given per name one thing ("per vessel" / "per ship"; compare.
    quantities passes WordNet's statements.nouns_meet), beyond the same noun."""
    if a.running != b.running:
        return f"{'A' if a.running else 'B'} gives a running total, {'B' if a.running else 'A'} one event's figure"
    if a.difference != b.difference:
        return f"{'A' if a.difference else 'B'} gives a difference from a reference, {'B' if a.difference else 'A'} a level"
    if a.increment != b.increment and (stock_b if a.increment else stock_a):
        # "will buy 70 more buses" / "runs 480 buses": what is added and the whole it is added to
        return f"{'A' if a.increment else 'B'} counts what is added, {'B' if a.increment else 'A'} the whole"
    if a.span and b.span and a.span != b.span:
        return f"a share over {a.span:g} year(s) in A, over {b.span:g} in B"
    one_unit = a.unit == b.unit or (bool(a.unit and b.unit) and same_unit(a.unit, b.unit))
    if not one_unit and "each" not in (a.unit, b.unit):
        if a.unit and b.unit:
            return f"A is per {a.unit}, B per {b.unit}"
        return f"{'A' if a.unit else 'B'} is per {a.unit or b.unit}, {'B' if a.unit else 'A'} gives a total"
    if (a.unit == "each") != (b.unit == "each") and not (a.unit and b.unit):
        return f"{'A' if a.unit else 'B'} gives one of many's figure (each), {'B' if a.unit else 'A'} a total"
    pa = a.part or ("whole" if stock_a else None)
    pb = b.part or ("whole" if stock_b else None)
    if a.part != b.part and pa != pb:
        words = {"part": "a part", "whole": "the whole", None: "another figure"}
        return f"A gives {words[pa]}, B {words[pb]}"
    return None


def moment_clash(a: Standing, b: Standing) -> tuple[str, str]:
    """(relation, reason) when two figures of one thing are stated for different moments: a
    forecast or target and a value now ("forecast"), or counts made at different stages
    ("initially 600", "2,400": an "update"); ("", "") otherwise."""
    if a.forecast != b.forecast and not (b.future if a.forecast else a.future):
        # (A figure stated with "will" or "would" against one "expected to" is a forecast too:
        # "will employ 900 at the peak" / "is expected to create 900 jobs" give no value now.)
        return "forecast", f"{'A' if a.forecast else 'B'} gives a forecast or target, {'B' if a.forecast else 'A'} a value now"
    if a.proposal != b.proposal and not ((b if a.proposal else a).future or a.forecast or b.forecast):
        # "rejected an offer worth $7 million a year" / "currently pays $5.5 million a year"
        return "forecast", f"{'A' if a.proposal else 'B'} gives what a rejected offer proposed, {'B' if a.proposal else 'A'} a value now"
    if {a.stage, b.stage} == {"remaining", None}:
        # "three miners remain trapped" against "27 miners were brought out", or "9,000 farms
        # were still flooded" against the flood's "40,000 farms": what is left of a count
        # at the time of writing, and another moment's count (or another part of it).
        left = "A" if a.stage == "remaining" else "B"
        return "update", f"{left} gives what is still left of a count"
    if a.season and b.season and a.season[1] == b.season[1] and a.season[0] != b.season[0]:
        # "1.9 million skiers last winter" against "2.4 million this winter": two periods of one kind
        return "update", f"A gives {' '.join(a.season)}'s figure, B {' '.join(b.season)}'s"
    if a.stage != b.stage and "initial" in (a.stage, b.stage):
        # A first count is superseded; a revised one ("later put it at 8,000") is what a report
        # that marks no stage gives as current too, and "later" alone ("two hours later", "later
        # this year") dates something else: neither sets the two apart.
        first = "A" if a.stage == "initial" else "B"
        return "update", f"{first} gives an earlier count (initial)"
    return "", ""
