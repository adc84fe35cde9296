"""Where a figure stands: what English says about a figure besides its measure, which decides
whether two figures of one measure can be one fact at all.

Two sources give "about 600 people" and "2,400 people" for one rescue, and it is no
contradiction when one says the first count was 600; "water use is 31% of supply" and "it
would climb to more than 40%" are a value now and a forecast; "rust on 30 bolts" and "a
quarter of the tower's 96 bolts" are a part and the whole. Each is read from grammar
words (data/figure_standing.json) and the clause frame, never from the values:

- `forecast`: the figure's clause is hedged (may, could, expected to, plans to, "are at risk"), the
  figure is what a verb of expecting or planning takes ("expects 2,400 crossings a year"), or a future
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
  verb of winning, losing or changing ("won by four votes", "rose by 5%", or a share with the
  "by" left out, "rose 5%", or after "up" or "down", "closed up 5%", or sizing a noun of change,
  "a 5% rise", "a drop of 5%"): a margin or a change, never a level ("won with 4,120 votes", "a
  rise to 5%"); and
  any figure followed by a comparative and "than" ("cost $40 million more than planned").
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
from ..parsers.lexicon import singular
from ..parsers.numbers import parse_number
from .context import clause_frame_at
from .goods import good_priced
from .standing_cues import cues
from .standing_unit import unit_distributed, unit_measured, unit_priced


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


#: Nouns a place adverbial with a quantifier may name that are no places: stretches and points of
#: time ("in a few days", "at some point"), manners ("in many ways") and "in some cases"' kin.
_NOT_PLACES = frozenset("second seconds minute minutes hour hours day days week weeks month months year years "
                        "decade decades point points time times way ways respect respects sense senses "
                        "extent degree stage stages".split())


@lru_cache(maxsize=1)
def _some_places() -> re.Pattern:
    """A locative preposition and a quantifier before a plural noun ("in some villages", "in two of
    the districts", "across several of its wards"): the clause's setting is restricted to some of
    the places it names."""
    quantifiers = [w for w in load_json("figure_standing.json")["part_quantifiers"] if w not in ("most", "half of")]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(quantifiers, key=len, reverse=True))
    return re.compile(rf"\b(?:in|at|across)\s+(?:{alt})\s+(?:of\s+)?"
                      r"(?:(?:the|its|their|these|those)\s+)?(?:\d[\d,]*\s+)?([^\W\d_]+)", re.IGNORECASE)


def _in_some_places(clause: str) -> bool:
    """A count in a clause set in some of the places its noun names, not all of them ("In some
    villages there were 15 deaths", "600 homes were flooded in two of the districts"): a count of
    a part of the setting, which is not the setting's total (Quirk et al. 5.8-5.9 and 9.15-9.20:
    a partitive quantifier in a place adverbial restricts where the count was made)."""
    for m in _some_places().finditer(clause):
        word = m.group(1).lower()
        if word not in _NOT_PLACES and word not in ("worst", "best", "most", "largest", "biggest") and word.endswith("s"):
            return True
    return False


def _quantified_subject(m, frame) -> bool:
    """The clause opens with a quantified noun ("several reservoirs ...", "most of the wells ...")
    and it is what the figure sizes (the frame's measured noun): the figure is of a part."""
    if m is None or frame is None or not frame.measured:
        return False
    word = m.group(1).lower()
    return word.startswith(frame.measured[:max(3, len(frame.measured) - 1)])


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


def _target(verb: Optional[str], prep: Optional[str], modality: Optional[str], after: str) -> bool:
    """The level a verb of changing takes after "to" with a deadline after "by" in the clause, under
    a modal or future auxiliary ("will cut waste to 12% by 2035", "must bring fees down to $40 by
    March"; a verb of planning above it, "aims to", is hedged already): the level to be reached by
    then, a target (data/figure_standing.json, Targets), never a value now. Without one ("has cut
    waste to 12% by March", "managed to cut it to 12%") the level is reached, a value. The verb is
    the class of changing a level (level_verbs and margin_verbs), not one verb."""
    c = cues()
    return bool(modality and prep == "to" and verb in c.margin_verbs and c.deadline.search(after))


#: Verbs of change by a factor: "doubled 40%" is no English, so no share after them is a change's size.
_MULTIPLYING = frozenset({"double", "triple", "halve"})


#: "closed up 6.4%", "down 1.8% from 2011": "up" or "down" (and a "by") right before a share.
_UP_DOWN = re.compile(r"\b(?:up|down)\s+(?:by\s+)?$", re.IGNORECASE)


def _size_of_a_change(frame, share: bool, before: str = "") -> bool:
    """A share before a noun of rising or falling, or after its "of" or "by" ("a 12% rise", "the
    40 percent increase", "a drop of 2%", "saw its price drop by 30%": data/figure_standing.json
    change_nouns), or what such a noun is said to be ("the increase is roughly 17%"): the size of
    the change, as "rose by 12%" is; never the level reached ("a rise to 12%"). A preposition the
    noun phrase hangs from is not the figure's own ("angry about a 40% increase", "after a 12%
    rise": for a figure before a noun, the frame gives the noun's preposition). So is a share
    right after "up" or "down" ("the stock ended up 5.2%", "down 2.3% on the previous count")."""
    if share and _UP_DOWN.search(before):
        return True
    if not share or frame is None or frame.measured not in cues().change_nouns:
        return False
    return frame.role in ("modifier", "attribute") or (frame.role == "oblique" and frame.prep in ("of", "by"))


def _extent_of_change(verb: Optional[str], prep: Optional[str], role: Optional[str], share: bool) -> bool:
    """A share right after a verb of rising or falling, with no preposition ("rents rose 12
    percent", "exports fell 40%"): the size of the change, the "by" left out, as news English
    leaves it (Quirk et al. 1985, 8.31: a noun phrase of extent after an intransitive verb); never
    the level reached, which takes "to" ("rose to 12 percent"). Not after a verb of reaching
    ("hit 12%": a level) or of multiplying, nor for a figure that is the clause's subject."""
    c = cues()
    return bool(share and verb and prep is None and role in ("object", "other") and verb in c.level_verbs
                and verb not in _REACHING and verb not in _MULTIPLYING)


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
        # A forecast: a hedged clause, or a figure that is what a verb of expecting or planning
        # takes ("expects 2,400 crossings a year", "plans sales of 90 million"): what is expected,
        # as "is expected to reach 2,400" states it, not a value now
        if modality in c.hedged or c.forecast.search(before) or c.at_risk.match(after) \
                or (verb in c.hedged and frame.role in ("object", "oblique")):
            forecast = True
        elif modality in ("will", "would") and (predicate in c.level_verbs or verb in c.level_verbs):
            forecast = True
        elif _target(verb, prep, modality, after):
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
    elif _quantified_subject(c.part_subject.match(before), frame) or _of_a_place_part(q, text[rel_e:rel_e + 80]) \
            or (count and _in_some_places(whole_clause)):
        part = "part"

    running = bool(c.running.search(whole_clause))
    difference = (share and bool(c.difference.match(after))) or (prep == "by" and verb in c.margin_verbs) \
        or bool(c.comparative.match(text[rel_e:rel_e + 60])) or _change_to_level(verb, prep, text[rel_e:rel_e + 60]) \
        or _extent_of_change(verb, prep, frame.role if frame is not None else None, share) or _size_of_a_change(frame, share, before)
    proposal = frame is not None and frame.measured in c.proposal_nouns and bool(c.rejected.search(whole_clause))
    increment = count and bool(c.increment.search(text[rel_s:rel_e] + " " + text[rel_e:rel_e + 12]))
    span = None
    if share:
        m = c.span_years.match(text[rel_e:rel_e + 60])
        span = float(parse_number(m.group(1).lower())) if m else (
            1.0 if c.span_one.match(text[rel_e:rel_e + 40]) else None)
    good = None
    if getattr(q, "currency", None):
        unit = unit_priced(claim, q, after, before)
        good = good_priced(whole_clause, frame, unit)
    else:
        unit = unit_measured(claim, q) or unit_distributed(claim, q, after)
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
    per = unit_clash(a, b, same_unit)
    if per:
        return per
    if (a.unit == "each") != (b.unit == "each") and not (a.unit and b.unit):
        return f"{'A' if a.unit else 'B'} gives one of many's figure (each), {'B' if a.unit else 'A'} a total"
    pa = a.part or ("whole" if stock_a else None)
    pb = b.part or ("whole" if stock_b else None)
    if a.part != b.part and pa != pb:
        words = {"part": "a part", "whole": "the whole", None: "another figure"}
        return f"A gives {words[pa]}, B {words[pb]}"
    return None


def unit_clash(a: Standing, b: Standing, same_unit: Callable[[str, str], bool] = lambda x, y: False) -> str:
    """Why two figures are given per different things ("A is per ticket, B per berth"), or one per
    a thing and the other for no unit it names ("B is per bag, A gives a total"); "" when they
    are given for one thing, or one is each of many's figure (standing_clash reads that)."""
    one_unit = a.unit == b.unit or (bool(a.unit and b.unit) and same_unit(a.unit, b.unit))
    if one_unit or "each" in (a.unit, b.unit):
        return ""
    if a.unit and b.unit:
        return f"A is per {a.unit}, B per {b.unit}"
    return f"{'A' if a.unit else 'B'} is per {a.unit or b.unit}, {'B' if a.unit else 'A'} gives a total"


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
