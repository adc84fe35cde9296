"""The grammar words that say where a figure stands (data/figure_standing.json), compiled once
into the patterns and word sets compare.standing and compare.standing_unit read: hedges and
forecasts, stages of a count, parts and wholes, running totals, differences, spans, increments,
proposals, seasons and the markers of a unit price ("a ticket", "per dose", "for every seat")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..tables import load_json
from ..parsers.lexicon import CARDINALS, MONTH_NAMES


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Cues:
    hedged: frozenset
    level_verbs: frozenset
    margin_verbs: frozenset
    change_nouns: frozenset
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
    each_of: re.Pattern
    time_nouns: frozenset
    participles: frozenset
    unit_synonyms: dict
    episodic: re.Pattern
    place_part: re.Pattern
    remaining: re.Pattern
    deadline: re.Pattern


#: A cardinal in digits or words ("40", "three", "twenty-five"; parsers.lexicon's cardinals).
_CARDINAL = r"(?:\d[\d,]*|(?:{0})(?:-(?:{0}))?)".format("|".join(sorted(CARDINALS, key=len, reverse=True)))
#: "each of the", "every one of its 40", "each of the three": the partitive between a distributive and its noun.
_PARTITIVE = rf"(?:(?:one\s+)?of\s+(?:the|these|those|its|their|his|her|our)\s+(?:{_CARDINAL}\s+)?)?"


def _approximators() -> list:
    """The English words data/qualifiers.json reads as 'about' before a figure ("about", "some")."""
    return [w for w, q in load_json("qualifiers.json")["qualifiers"].items() if q == "approx" and w.isalpha()]


@lru_cache(maxsize=1)
def cues() -> _Cues:
    t = load_json("figure_standing.json")
    det = r"(?:(?:the|its|their|his|her|our|these|those|this|that|all)\s+)?(?:(?:[\w’'-]+\s+){0,2}[\w’'-]+['’]s\s+)?"
    return _Cues(
        hedged=frozenset(t["hedged_modalities"]),
        level_verbs=frozenset(t["level_verbs"]),
        margin_verbs=frozenset(t["margin_verbs"]) | frozenset(t["level_verbs"]),
        change_nouns=frozenset(t["change_nouns"]),
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
        # ... also past a comparative or an increment: "4 dollars more per tonne", "2 euros less a ticket"
        unit_after=re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:(?:{_alt(t['comparative_words'] + t['increment_words'])})\s+)?"
                              rf"(?:{_alt(t['unit_price_markers'])})\s+{_PARTITIVE}"
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
        # "Each of the 40 stations", "each of about 300 families": a distributive's partitive names the
        # one thing a figure is given for (Quirk et al. 1985, 6.53: "each of" + a definite or counted plural)
        each_of=re.compile(rf"^\s*(?:{_alt(t['distributive_determiners'])})\s+(?:one\s+)?of\s+"
                           rf"(?:(?:the|these|those|its|their|his|her|our)\s+)?(?:(?:{_alt(_approximators())})\s+)?"
                           rf"(?:{_CARDINAL}\s+)?((?:[^\W\d_][\w’'-]*\s*){{1,3}})", re.IGNORECASE),
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
        # "by 2035", "by the end of next year", "by March": the latest time a level is to be reached
        deadline=re.compile(rf"\b(?:{_alt(t['deadline_words'])})\s+(?:(?:{_alt(t['deadline_times'])})[\s-]+)*"
                            rf"(?:\d{{4}}\b|(?:{_alt(MONTH_NAMES)})\b|(?:the\s+)?(?:year|decade|month|summer|winter|spring|autumn)\b)",
                            re.IGNORECASE),
    )
