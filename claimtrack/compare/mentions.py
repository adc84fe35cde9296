"""Mentions: a document's figures, dates, quotes and statements, each with the features that
alignment reads (measure, claim frame, the words around it), worked out once per document."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..models import DocumentResult
from ..parsers.lexicon import (ADDITIVE_POSTDETERMINERS, CARDINALS, GENERAL_ORDINALS, MONTH_ABBREVIATIONS, MONTH_NAMES,
                               ORDINAL_WORDS, POSSESSIVE_DETERMINERS, WEEKDAY_NAMES, singular)
from . import intervals as iv
from ..text import pattern
from ..wordnet_nouns import names_happening, noun_lexfiles
from .context import clause_bounds, clause_frame_at, context_of, fold, key_terms
from .mention import Mention
from .quotes import unsure_speakers
from .standing import standing_of
from .standing_cues import cues
from .statements import clause_mentions, doc_actors
from .pegs import pegged
from .units import Measure, classify, conversion, counted, measure_of, names_people, names_people_group, roles_of

_ATTRIBUTIVE = re.compile(r"[\w.]-[^\W\d_]+$")
#: Capitalised words next to a figure name what it belongs to ("France 0.5%", "Italy 0.2%").
_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’-]*")
_NAME_REACH = 30
_MONTH_WORDS = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAY_NAMES) | frozenset(
    "the a an this that its their his her".split())
#: "<group> from|of|representing <count>": the count sizes the group before it ("chiefs from 30
#: nations" counts the chiefs by their nations; "members of 12 unions"). English attaches what
#: a count is counted through with these prepositions; the frame gives the same from the parse. A
#: possessive may stand before the figure ("sold three of its 40 barges", parsers.lexicon).
_THROUGH = re.compile(r"([^\W\d_]+)[ \t]+(?:who[ \t]+came[ \t]+)?(?P<prep>from|of|representing)[ \t]+"
                      r"(?:(?:the|some|all|" + "|".join(sorted(POSSESSIVE_DETERMINERS)) + r")[ \t]+)?(?:(?:more|fewer|less)[ \t]+than[ \t]+|over[ \t]+|about[ \t]+|"
                      r"around[ \t]+|nearly[ \t]+|at[ \t]+least[ \t]+)?$", re.UNICODE)


#: What an attributive figure describes: the words after it, up to a preposition ("a 15-day
#: state of emergency in two districts" -> state, emergency).
_HEAD_STOP = re.compile(r"[,;:.!?()\"\u201c\u201d]|\b(?:in|at|on|for|to|from|by|with|that|which|who|after|before|since|and|but|was|were|is|are|had|has|have|would|will)\b", re.IGNORECASE)
_HEAD_WORDS = 4
#: "a"/"an" right before a figure: an instance introduced ("imposed a 90-day ban on night flights").
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


_SHARES = frozenset({"percent", "percentage point"})
#: "900 million rupees ($11 million) a year": the rate a figure is stated per, after an aside in
#: parentheses (a conversion, a second unit), which the figure's own words stop before; and the
#: aside itself, closed right after it ("$11 million) a year").
_RATE_AFTER_ASIDE = re.compile(r"^\s*(?:\([^()]{1,60}\)|\))\s*(?:a|an|per|each|every)\s+(year|month|week|day|hour)\b",
                               re.IGNORECASE)


#: Between the two counts of a tally: "to", after the first count's noun, before an owner of the
#: second ("3,118 votes to the mayor's 3,109", "passed 52 to 48").
_TALLY_JOIN = re.compile(r"^\s+to\s+(?:(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?[\w.-]+['’]s?\s+)?$", re.UNICODE)


_CHANGE_FROM = re.compile(r"\b(?:from|between|of|(?:up|down)\s+by)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


#: Verbs of reaching a level, not of changing by an amount ("passed 212 to 198" is a vote's tally).
_REACHING = frozenset({"reach", "exceed", "hit", "top", "surpass", "pass"})


def tally_joined(claim, x, y) -> bool:
    """The words between two figures of a claim (document offsets, `x` first) join two counts of a
    tally ("by 14 votes to 9", "3,118 votes to the mayor's 3,109"), and no word before the first
    makes them a change and where it ends ("rose from 30 to 48")."""
    between = claim.text[x.end - claim.start:y.start - claim.start]
    return bool(_TALLY_JOIN.match(between)) and not _CHANGE_FROM.search(
        claim.text[max(0, x.start - claim.start - 12):x.start - claim.start])


def _tallies(figures: list, claim) -> None:
    """Mark the two counts of a tally ("X to Y": the two sides' counts of one measure, the first
    the subject's or winner's); a count whose noun English elides ("3,118 votes to 3,109") takes
    the other's measure. Read from the words between them, never from the values."""
    ordered = sorted((m for m in figures if m.kind == "quantity"), key=lambda m: m.start)
    for x, y in zip(ordered, ordered[1:]):
        if x.tally or not tally_joined(claim, x, y) or x.measure is None or y.measure is None \
                or (x.frame is not None and x.frame.predicate in cues().level_verbs
                    and x.frame.predicate not in _REACHING):
            continue  # "rose from 30 to 48", "rose by 3 to 12": a change and where it ends, no tally
        named_x, named_y = x.measure.cls or x.measure.currency, y.measure.cls or y.measure.currency
        if named_x and not named_y:
            y.measure = x.measure
        elif named_y and not named_x:
            x.measure = y.measure
        elif x.measure != y.measure:
            continue
        x.tally, y.tally = 1, 2
        if x.standing.difference and x.prep == "by":
            # "carried by 312 votes to 250": "by" opens the tally, the count is no margin
            x.standing = replace(x.standing, difference=False)


def _rate_after_aside(measure: Measure, text: str, end: int) -> Measure:
    m = _RATE_AFTER_ASIDE.match(text[end:end + 100])
    if not m:
        return measure
    return Measure(cls=measure.cls, currency=measure.currency, period=m.group(1).lower(), known=measure.known)


#: English adjectives of a period (Quirk et al. 7.16: "hourly", "monthly" as "per hour", "per
#: month"): an amount of money whose noun they qualify ("the hourly wage rose to $9.40", "a monthly
#: rent of 900 euros") or whose clause states it "on a monthly basis" is a rate per that period,
#: as "$9.40 an hour" is.
_PERIOD_ADJECTIVES = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                      "annual": "year", "yearly": "year"}
_PERIOD_ADJECTIVE = "|".join(_PERIOD_ADJECTIVES)
_ON_A_BASIS = re.compile(rf"\b(?:on\s+an?|per)\s+({_PERIOD_ADJECTIVE})\s+basis\b", re.IGNORECASE)


def _period_named(measure: Measure, q, clause: str) -> Measure:
    """The period an amount of money with none of its own is a rate per, from a period adjective
    on the noun it sizes (the frame's measured noun) or "on a monthly basis" in its clause."""
    f = getattr(q, "frame", None)
    if measure.period is not None or not measure.currency:
        return measure
    m = _ON_A_BASIS.search(clause)
    if m is None and f is not None and f.measured and f.measured.isalpha():
        m = pattern(rf"\b({_PERIOD_ADJECTIVE})\s+(?:[^\W\d_]+\s+){{0,2}}{re.escape(f.measured)}", re.IGNORECASE).search(clause)
    if m is None:
        return measure
    return Measure(cls=measure.cls, currency=measure.currency, period=_PERIOD_ADJECTIVES[m.group(1).lower()],
                   known=measure.known)
_PREP_BEFORE = re.compile(r"\b(to|from|at|of|by|in|on|for)\s+$", re.IGNORECASE)


def _counted_noun(q) -> Optional[str]:
    """The noun a figure counts: its frame's counted noun, else its unit ("wells"), else None."""
    f = getattr(q, "frame", None)
    return (f.thing if f is not None and f.thing else None) or q.unit


def _prep(q, before: str) -> Optional[str]:
    """The preposition a figure hangs from: the frame's, else the word right before it."""
    f = getattr(q, "frame", None)
    if f is not None:
        return f.prep
    m = _PREP_BEFORE.search(before[-12:])
    return m.group(1).lower() if m else None


#: "N% of <whole>": English names the whole a share is taken of right after "of".
_SHARE_OF = re.compile(r"\s+of\s+([^,.;:()\"\u201c\u201d]{1,60})", re.IGNORECASE)


def _share_of(text: str, end: int) -> frozenset:
    """Key words of the whole a share is of ("about 6% of total yearly sales" -> total,
    yearly, sales), up to the first clause-joining word."""
    m = _SHARE_OF.match(text, end)
    if not m:
        return frozenset()
    stop = _HEAD_STOP.search(m.group(1))
    return frozenset(key_terms(" ".join(m.group(1)[: stop.start() if stop else None].split()[:_HEAD_WORDS])))


def _head(text: str, end: int) -> frozenset:
    """Key words of what an attributive figure ending at `end` describes."""
    tail = text[end:end + 80]
    m = _HEAD_STOP.search(tail)
    return frozenset(key_terms(" ".join(tail[: m.start() if m else len(tail)].split()[:_HEAD_WORDS])))


def _names_near(text: str, start: int, end: int) -> frozenset:
    """Capitalised words (not sentence-initial) within a few characters of a figure, in its clause."""
    cs, ce = clause_bounds(text, start, end)
    lo, hi = max(cs, start - _NAME_REACH), min(ce, end + _NAME_REACH)
    out = set()
    for part, base in ((text[lo:start], lo), (text[end:hi], end)):
        for m in _NAME.finditer(part):
            if base + m.start() == 0 and not m.group(0).endswith(("'s", "’s")):
                continue  # a sentence's first word is capitalised anyway (but "Germany's" names an owner)
            w = fold(m.group(0))
            if w not in _MONTH_WORDS:
                out.add(w)
    return frozenset(out)


#: Quantifier words that head a partitive ("none of", "most of", "a third of"), and ordinals
#: picking members of a set ("the first of 60 buses", "the last of the 12 wagons"): English's
#: way of taking part of a set, never a group a count is made through.
_QUANTIFIERS = frozenset("none all each any every both either neither most some many several few half third quarter "
                         "majority minority rest part share proportion fraction first second last final".split())


def _through(q, before: str) -> Optional[str]:
    """The class of what a count is made through or sizes, from the word before "from", "of" or
    "representing" (the frame's `measured` noun when the figure hangs from it by one of them):
    a noun the parse hangs the figure from (`_noun_of`); a number that takes a part of the
    counted set (`_PART_WORDS`); else, with no such noun (a verb or an adverb before the
    preposition, or a record without frames), only a group of people (`_members`) or a thing a
    number or a postdeterminer makes one of several (`_one_of_a_series`)."""
    f = getattr(q, "frame", None)
    m = _THROUGH.search(before[-60:])
    written = m.group(1) if m else None
    word = None
    if f is not None and f.role == "oblique" and f.prep in ("from", "of", "representing") and f.measured:
        word = f.measured
    word = word or written
    if not word or word.lower() in _QUANTIFIERS:
        return None  # "none of the 40 hikers", "most of the 40 wards": a partitive, not a group counted through
    of = m is not None and m.group("prep") == "of"
    if m is not None and not of and _counted_before(before[-60:][:m.start(1)]):
        return None  # "climbed to 41,000 rooms from 36,000": the start of a change, a plain count
    if (written if of else word if f is not None and f.prep == "of" else "").lower() in _PART_WORDS:
        return classify(word.lower())[0]
    if _noun_of(f, written):
        return None if f.measured in _AMOUNT_NOUNS else classify(f.measured)[0]
    if not of and m is not None and _plural_noun(written):
        return classify(singular(written))[0]  # "grades from four schools": what the grades come from
    if not _members(word, written) and not (of and _one_of_a_series(before[-60:][:m.start(1)], written)):
        return None
    cls, _known = classify(word)
    return cls


def _counted_before(text_before: str) -> bool:
    """The noun before "from" is counted by the end figure of a change right before it ("rose to
    8,200 vehicles from 7,100", "cut to nine lines from 12"): the noun is what both figures count,
    and the one after "from" is where the change began (compare.standing reads that), not a count
    made through it. ("about 90 delegates from 12 nations", with no "to", counts the nations the
    delegates came from.)"""
    words = text_before.lower().split()
    return len(words) >= 2 and words[-2] == "to" and (words[-1] in CARDINALS or bool(_NUMBER.match(words[-1])))


#: Words before "of" that take a number of members out of the counted set ("one of some 60
#: lighthouses", "sold three of the 14 barges", "9 percent of the 4,000 staff"): the figure is the
#: size of the whole the clause places its subject in, not the count of what its verb befell, so
#: it stays apart from a plain count. (A quantifier, "none of the 40 hikers", ranges over the
#: whole and reads as the plain count: `_QUANTIFIERS`.)
_PART_WORDS = frozenset(CARDINALS) - {"zero", "none"} | {"percent", "cent"}

#: Nouns that only say a figure is an amount ("a total of 500 pupils", "a number of 40 ships"):
#: the figure after their "of" is the plain count.
_AMOUNT_NOUNS = frozenset({"total", "number", "sum", "tally", "count"})


def _noun_of(f, written: Optional[str]) -> bool:
    """The parse hangs the figure from a noun by "of", "from" or "representing", and that noun
    stands right before the preposition (`written`): "a village of 2,300 residents", "a population
    of 90,000", "a chain of 400 pharmacies", "a convoy of 90 trucks" (the count sizes the noun),
    "grades from four schools", "samples from 30 wells" (a plural before "from": the count is
    what the noun's things come from). The count is a figure of that noun, kept apart from a plain
    count of what it counts elsewhere (the wells sampled against every well of the district; a
    village's residents against the people a fair drew). A plural before "of" with no number
    before it ("the accounts of 52,000 savers", "the homes of 300 families") names what each
    counted thing has, one apiece, and is none: the count is the plain one (a number before it,
    "three crates of 50 lamps", is read by `_one_of_a_series`). A noun of an act or an event ("the
    evacuation of 2,000 residents", "the arrest of 12 suspects": `names_happening`) counts what
    the act befell, as a plain count does, and is none either; nor is a verb or an adverb before
    the preposition ("picked the winner from 640 entries", "taken twice from 4,000 accounts",
    "down from 187"): the parse hangs the figure from the verb."""
    if f is None or f.role != "oblique" or f.prep not in ("from", "of", "representing") or not f.measured \
            or not written or names_happening(f.measured.lower()):
        return False
    if f.prep == "of" and singular(written) != written.lower():
        return False
    return singular(written) == f.measured.lower()


def _plural_noun(written: str) -> bool:
    """A plural whose singular WordNet holds as a noun ("grades", "samples", "complaints"; not
    "chosen", "twice", "rose" or "down", which name no plural thing): before "from" or
    "representing", the things the count is the source of ("grades from four schools", "samples
    from 30 wells"), kept apart from a plain count as `_noun_of` keeps a noun before "of"."""
    noun = singular(written)
    return noun != written.lower() and bool(noun_lexfiles(noun, 1))


def _members(word: str, written: Optional[str]) -> bool:
    """The word before "from", "of" or "representing" names members a count is made through:
    people or groupings of people ("chiefs from 30 nations", "members of 12 unions", "teams from
    nine countries", "staff from 30 clinics", "police from 12 forces"), or an average. A word that
    names no people is no group at all ("chosen from 900 candidates", "taken twice from 4,000
    accounts", "samples from 30 wells" count candidates, accounts and wells). `written`: the word
    as the text has it, when it stands right before the preposition; else `word` is the parse's
    lemma of the noun the figure hangs from, read as a plural when it names people. A plural
    names people when one of its two commonest senses does ("fans from 30 countries": a fan is
    first a device). An average is kept as what its figure is counted through (`_STATISTICS`)."""
    if word.lower() in _STATISTICS:
        return True
    if written is None:
        return names_people(word.lower())
    low = written.lower()
    noun = singular(written)
    if noun != low:
        return names_people(noun) or names_people_group(noun) or names_people(noun, senses=2)
    return names_people_group(low)


@lru_cache(maxsize=1)
def _series_words() -> frozenset:
    """Words that make the noun after them one of a series or one of several ("a third crate",
    "the next batch", "another load", "each carton"; a number is read apart, `_one_of_a_series`):
    the ordinals, the general ordinals and the additive postdeterminers of data/quantifiers.json
    "postdeterminers" (parsers.lexicon; Quirk et al. 1985, 5.20-5.22), and its universal
    determiners ("whole_set": "every crate of 50 lamps" sizes each crate). Read from those
    tables, never a list of its own."""
    from ..tables import load_json

    return (frozenset(ORDINAL_WORDS) | GENERAL_ORDINALS | ADDITIVE_POSTDETERMINERS
            | frozenset(load_json("quantifiers.json")["whole_set"]))


_NUMBER = re.compile(r"\d[\d,.]*$")


def _one_of_a_series(text_before: str, written: Optional[str]) -> bool:
    """A noun before "of" that a number, an ordinal or a postdeterminer makes one of several ("a
    third crate of 50 lamps", "another crate of 50 lamps", "each crate of 50 lamps", "four crates
    of 50 lamps"): the count sizes one of those things, a part of whatever they add up to (four
    crates of 50 are 200 lamps), so it is kept as a count made through that noun, never the plain
    count of its things."""
    if not written:
        return False
    words = text_before.split()
    if not words:
        return False
    last = words[-1].lower()
    return last in _series_words() or last in CARDINALS or bool(_NUMBER.match(last))


#: Nouns that make a figure after "of" a statistic of a set, not a count of it ("an average of 14
#: calves per farm"): two figures both given as such a statistic are one measure, and neither is
#: a plain count.
_STATISTICS = frozenset({"average", "mean", "median"})


#: Verbs of a header line ("Published 3 May", "Updated 09:40"): a line with no other verb dates
#: the document itself, not an event.
_HEADER_VERBS = frozenset({"publish", "update", "post", "modify", "file", "release"})


def _header(claim, framed: bool) -> bool:
    """The claim is a header line: no clause with a verb other than a publishing one. `framed`:
    the document's claims carry frames (a claim without one has no verb); records without
    frames cannot say, and their dates are read by compare.dates.event_of alone."""
    f = claim.frame
    if f is None:
        return framed and not claim.predicate
    clauses = getattr(f, "clauses", None) or ()
    return all(c.predicate in _HEADER_VERBS for c in clauses) and (claim.predicate in _HEADER_VERBS or not claim.predicate)


#: A wire dateline opening a claim: a place in capitals or title case (any script's letters:
#: "VILA REAL DE SANTO ANTÓNIO, Portugal", "SÃO TOMÉ"), a comma, the date, the agency in brackets if
#: any, then a dash or colon ("PARIS, Sept. 4 (Reuters) -"; parsers/published.py reads the same
#: shape in ASCII for the publication date).
_DATELINE = re.compile(r"^\s*(?P<place>[^\W\d_][^\W\d_ .'’\-]*(?:[ .'’\-]+[^\W\d_]+){0,7}(?:,\s*[^\W\d_][^\W\d_ .'’\-]*"
                       r"(?:[ .'’\-]+[^\W\d_]+){0,4})?),\s*(?P<date>[^()\-–—\n]{3,40}?)\s*(?:\([^()\n]{2,40}\)\s*)?[\-–—:]")


def _in_dateline(claim, d) -> bool:
    """The date is the date of a wire dateline that opens its claim ("VILA REAL DE SANTO ANTÓNIO,
    Portugal, April 8 (Atlantic Wire) - Dockers walked out ..."): the document's own date, whatever
    the sentence after the dash reports."""
    found = _DATELINE.match(claim.text)
    if found is None or not any(ch.isdigit() for ch in found.group("date")):
        return False
    # every word of the place is capitalised, but for the particles of place names ("de", "la")
    if not all(w[:1].isupper() or w.lower() in _PLACE_PARTICLES for w in re.findall(r"[^\W\d_]+", found.group("place"))):
        return False
    lo, hi = claim.start + found.start("date"), claim.start + found.end("date")
    return lo <= d.start and d.end <= hi


#: Lower-case words inside place names ("Rio de Janeiro", "Sint Maarten", "Île de la Cité").
_PLACE_PARTICLES = frozenset("de del della der des di do da dos das du la las le les los el al of on upon am an im".split())


_BACK_REFERENCE = ("that ", "those ")


def _referred_back(claim, q, earlier, published: Optional[str]):
    """The figure's frame; when its clause's subject points back with "that"/"those" ("That
    storm flattened 900 homes") to the sentence before, which dates a past event ("in 1998,
    when a storm hit the coast"), the figure is stated for that date, not for today."""
    f = q.frame
    if f is None or f.as_of_source != "published" or earlier is None or earlier.doc != claim.doc:
        return f
    cf = clause_frame_at(claim, q.start, q.end)
    if cf is None or not (cf.subject_text or "").lower().startswith(_BACK_REFERENCE):
        return f
    past = [d for d in earlier.dates if d.iso and published and d.iso[:4] < published[:4] and not d.relative]
    if not past:
        return f
    return f.model_copy(update={"as_of": past[-1].iso, "as_of_source": "stated", "as_of_start": past[-1].start})


def mentions_of(result: DocumentResult) -> list[Mention]:
    out: list[Mention] = []
    published = result.document.published
    framed = any(c.frame is not None for c in result.claims)
    seen_clauses: set = set()  # a clause inside two claims (a quote's and its sentence's) is one mention
    actors = doc_actors(result) if framed else None  # who a statement's subject may stand for
    previous = None
    unsure = None  # the quotes whose speaker is not sure (quotes.unsure_speakers), read at the first quote
    for claim in result.claims:
        earlier, previous = previous, claim
        first = len(out)
        seen_measures: Counter = Counter()
        for q in claim.quantities:
            before = claim.text[: max(0, q.start - claim.start)]
            ctx = context_of(claim, q.start, q.end)
            rel_s = max(0, min(len(claim.text), q.start - claim.start))
            rel_e = max(rel_s, min(len(claim.text), q.end - claim.start))
            cs, ce = clause_bounds(claim.text, rel_s, rel_e)
            measure, interval = measure_of(q), iv.interval_of(q)
            if measure.period is None:
                measure = _period_named(_rate_after_aside(measure, claim.text, rel_e), q, claim.text[cs:ce])
            peg = pegged(q.currency)
            if peg is not None and interval is not None:
                # A currency held at a fixed parity ("EC$27", "US$10") is its anchor's amount
                # (data/currency_pegs.json), as a unit of one dimension is its base unit's.
                measure = Measure(cls=None, currency=peg.anchor, period=measure.period)
                interval = iv.scaled(interval, peg.factor)
            conv = None if q.currency else conversion(q.unit)
            if conv is not None and interval is not None:
                # Units of one dimension are one measure: "48-hour" and "two days", "2,800
                # metres" and "9,200 feet" are compared in the base unit (data/unit_factors.json).
                measure = Measure(cls=conv.base, period=measure.period)
                interval = iv.scaled(interval, conv.factor)
            rank = seen_measures[measure]
            seen_measures[measure] += 1
            attributive = bool(_ATTRIBUTIVE.search(q.text))
            own_terms = frozenset(key_terms(f"{q.text} {q.unit or ''}"))
            # An amount's own words name its currency ("10,000 won"), never what happened to it.
            role_words = ctx.clause - own_terms if q.currency else ctx.clause
            standing = standing_of(claim, q, (cs, ce), measure.cls in _SHARES,
                                   count=counted(measure) and not measure.currency)
            out.append(Mention("quantity", claim, q.start, q.end, q.text, ctx, q, measure,
                               interval, own_terms=own_terms,
                               modifiers=frozenset(key_terms(" ".join(q.modifiers or ()))),
                               roles=roles_of(role_words, claim.text[cs:ce], money=bool(q.currency),
                                              thing=_counted_noun(q)),
                               attributive=attributive, rank=rank,
                               indefinite=bool(_INDEFINITE.search(before)), prep=_prep(q, before),
                               head=_head(claim.text, rel_e) if attributive else frozenset(),
                               names=_names_near(claim.text, rel_s, rel_e),
                               through=_through(q, before) if counted(measure) and not measure.currency else None,
                               frame=_referred_back(claim, q, earlier, published), standing=standing,
                               share_of=_share_of(claim.text, rel_e) if measure.cls in _SHARES or (
                                   not measure.currency and not counted(measure)) else frozenset()))
        figures = out[first:]
        _ends_of_a_change(figures)
        _tallies(figures, claim)
        for m in figures:
            m.claim_figures = figures
        for d in claim.dates:
            if not d.iso:
                continue
            # A date with no event of its own ("said on Tuesday") still dates the report of
            # something (the announcement day), which readers compare between sources; it is kept
            # as a mention but never makes a conflict on its own (see dates.judge_dates).
            out.append(Mention("date", claim, d.start, d.end, d.text, context_of(claim, d.start, d.end), d,
                               frame=d.frame, own_date=d.iso == published and (_header(claim, framed)
                                                                               or _in_dateline(claim, d))))
        if claim.quote is not None and claim.quote.text.strip():
            qt = claim.quote
            if unsure is None:
                unsure = unsure_speakers(result)
            out.append(Mention("quote", claim, qt.start, qt.end, qt.text, context_of(claim, qt.start, qt.end), qt,
                               frame=qt.frame, sure=qt.start not in unsure,
                               speaker_type=next((x.type for x in result.document.actors if x.id == qt.speaker_id), None)))
        clauses = clause_mentions(claim, seen_clauses, actors)
        if clauses is not None:
            # Who does what, clause by clause, in every claim (statements.clause_mentions)
            out += clauses
        elif claim.kind in ("statement", "date"):
            # Who does what: sentences without a figure or a quote (a date does not make a
            # sentence any less a statement: "Italy refused to send troops on Monday").
            out.append(Mention("statement", claim, claim.start, claim.end, claim.text,
                               context_of(claim, claim.start, claim.end), frame=claim.frame))
    _subgroups(out)
    return out


def _ends_of_a_change(figures: list[Mention]) -> None:
    """The start of a change ("from 80 euros", "up from 80 euros") is a value of what its end
    measures ("to 95 euros a day", "is now 95 euros a day"): English writes the unit, the currency
    or the period once, on one end ("from 240 to 150 rupees", "from 80 euros to 95 euros a day").
    A figure after "from" that lacks the period, or every unit, of another figure of its clause
    (the same predicate, and not itself after "from") takes that figure's measure."""
    for start in figures:
        if start.prep != "from" or start.frame is None:
            continue
        for end in figures:
            if end is start or end.prep == "from" or end.frame is None or end.measure is None \
                    or end.frame.predicate != start.frame.predicate or not end.frame.predicate:
                continue
            ms, me = start.measure, end.measure
            bare = ms.cls is None and ms.currency is None and not start.payload.unit
            if bare or (me.period and ms.period is None and ms.currency == me.currency and ms.cls == me.cls):
                start.measure = me
            break


def _subgroups(mentions: list[Mention]) -> None:
    """Mark the figures of a measure the document counts in groups named by different modifiers
    ("12 permanent jobs" and "30 seasonal jobs"): there a modifier says which group a figure
    counts. A document that names what it counts with one set of modifiers only ("some 650,000
    smallholder farmers") describes it, and another report may describe it in other words
    ("650,000 small-scale farmers"). Read from the document's own figures, never their values."""
    named: dict = {}
    for m in mentions:
        if m.kind == "quantity" and m.measure is not None and m.modifiers:
            named.setdefault(m.measure, set()).add(m.modifiers)
    for m in mentions:
        if m.kind == "quantity" and len(named.get(m.measure, ())) > 1:
            m.subgroups = True
