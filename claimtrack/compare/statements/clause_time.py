"""When a clause sets its act: the years its dates name (bounded by the preposition before them)
and the periods it names in words ("this winter", "in the spring"). Two clauses whose acts are
set at times that cannot be one speak of two occasions: a negation of the one does not
contradict the other ("ruled out job cuts this year" / "is considering job cuts next year"; "will
not reopen the pier before 2030" / "will reopen it in 2032"; "will not dredge the channel in
June" / "will dredge it in July"). A day is no such time, nor a month or a week of an act told as
done: it is most often when the news happened, the act refused or agreed ("refused on Monday" /
"agreed on Thursday", "rejected the offer in March" / "accepted it in May" is one stance reported
two ways, or reversed); and a date's year is read only where the text writes or names it, a bare
month's being a guess from the tense."""

from __future__ import annotations

import re
from typing import Optional

from ...parsers.lexicon import MONTH_NAMES
from ..mention import Mention
from .modality import _forecloses, governors


#: Prepositions before a date that bound a stretch, not a period (Quirk et al. 1985, 9.39-9.41):
#: "before 2030", "until 2030", "by the end of 2029" reach back to now; "from 2031", "after
#: 2031", "since 2024" run on from the date.
_UP_TO = frozenset({"before", "until", "till", "by", "ahead"})
_FROM = frozenset({"from", "after", "since", "beyond"})
#: How far before a date its preposition may stand ("before the end of | 2031": a few words).
_LEAD = 24
#: A year written in a date's words ("in 2032", "4 April 2031"): its year is the text's, not a
#: guess from the tense (a bare "in March" or "on Monday" is placed in a year by the verb's
#: tense, which a negated perfect can mislead).
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _years(m: Mention, d) -> Optional[tuple[Optional[int], Optional[int]]]:
    """The years a date of the clause sets its act in: a year named ("this year", "next year",
    "in 2032") or written in the date, or the stretch of years up to or from it that a preposition
    before it bounds (None for an end left open). None for a date with no year of its own: a day
    or a month is most often the day of the news (when it was said or decided), and its year a
    guess."""
    if not d.iso or not (d.grain == "year" or _YEAR.search(m.claim.text[d.start - m.claim.start:d.end - m.claim.start])):
        return None
    year = int(d.iso[:4])
    before = m.claim.text[max(0, d.start - m.claim.start - _LEAD):d.start - m.claim.start].lower()
    # the preposition nearest the date, past the words of its own phrase ("before the end of")
    for w in reversed(re.findall(r"[a-z]+", before)[-4:]):
        if w in _UP_TO:
            return None, year
        if w in _FROM:
            return year, None
    return year, year


def _clause_years(m: Mention) -> list:
    """The stretches of years the dates written in the clause's own words set its act in."""
    f = m.frame
    found = (_years(m, d) for d in m.claim.dates or () if f.start <= d.start and d.end <= f.end)
    return [y for y in found if y is not None]


def _meet(x: tuple, y: tuple) -> bool:
    (lx, hx), (ly, hy) = x, y
    return (lx is None or hy is None or lx <= hy) and (ly is None or hx is None or ly <= hx)


def _years_apart(a: Mention, b: Mention) -> bool:
    """No year of the one clause may be a year of the other's."""
    return not any(_meet(x, y) for x in _clause_years(a) for y in _clause_years(b))


#: A period the clause sets its act in: a season, a month, a week or a year, or a year number,
#: after "this", "next", "last" or a preposition of time position (Quirk et al. 1985, 8.51-8.56:
#: "this winter", "in the spring", "next year", "in 2031"); not "before", "by" or "until", which
#: bound a stretch reaching back to now ("not before 2032" covers the autumn).
_PERIOD = re.compile(
    r"\b(this|next|last|in|for|during)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"(spring|summer|autumn|fall|winter|week|month|year|(?:19|20)\d\d|" + "|".join(MONTH_NAMES) + r")\b",
    re.IGNORECASE)
_DEICTIC = frozenset({"this", "next", "last"})
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_MONTHS = frozenset(n.lower() for n in MONTH_NAMES)


#: Periods short enough to be the time of the news itself: a month or a week.
_NEWS_PERIODS = _MONTHS | {"week", "month"}


def _periods(m: Mention) -> set:
    """(this/next/last or '', the period's word) of each period the clause names. Of an act told
    as done (no modality), a month or a week is left out: like a day, it is most often when the
    act was reported, refused or agreed ("rejected the offer in March" / "accepted it in May" is
    one stance told two ways, or reversed); of an act to come or weighed, it is the time the act
    is set for ("will not dredge the channel in June" / "will dredge it in July": `_set_ahead`)."""
    found = {((d.lower() if d.lower() in _DEICTIC else ""), u.lower()) for d, u in _PERIOD.findall(m.text)}
    if not _set_ahead(m.frame):
        found = {p for p in found if p[1] not in _NEWS_PERIODS}
    return found


def _set_ahead(f) -> bool:
    """The clause speaks of its act as to come or held open, not as done: a modality ("will",
    "plans to", "is considering"), a ruling out or denied intention (`modality._forecloses`), or a
    verb that weighs, plans or rules out the thing its noun object names ("is weighing a levy in
    June", "ruled out a new levy in May": 'nominal_governors')."""
    return f.modality is not None or _forecloses(f) or (f.predicate or "") in governors("consider", "plan", "not")


def _periods_meet(x: tuple, y: tuple) -> bool:
    """Two periods that may be one time: the same word, told the same way or one of them bare ("this
    winter" / "in the winter"), or a year told as this one (or bare) beside a part of it not told as
    another year's ("this year" / "in the spring")."""
    (dx, ux), (dy, uy) = x, y
    if ux == uy:
        return dx == dy or not dx or not dy
    if {ux, uy} & _SEASONS and {ux, uy} & _MONTHS:
        return True  # "this summer" / "in August": which months a season holds depends on the hemisphere
    if "year" in (ux, uy):
        year_d, other_d = (dx, dy) if ux == "year" else (dy, dx)
        return year_d in ("", "this") and other_d not in ("next", "last")
    return False


def _named_apart(a: Mention, b: Mention) -> bool:
    pa, pb = _periods(a), _periods(b)
    return bool(pa and pb) and not any(_periods_meet(x, y) for x in pa for y in pb)


def times_apart(a: Mention, b: Mention) -> bool:
    """Both clauses set their act at a time of their own, and none of A's may be one of B's: their
    dates name years or stretches of years that do not meet ("this year" / "next year", "not
    before 2030" / "in 2031"; "not before 2030" / "in 2029" meet), or, without years on both sides,
    the periods they name in words cannot be one ("ruled out job cuts this winter" / "is
    considering job cuts in the spring"). A clause with no time of its own may be of any, and
    holds nothing apart."""
    if _clause_years(a) and _clause_years(b):
        return _years_apart(a, b)  # years decide ("in 2031" is next year when written in 2030)
    return _named_apart(a, b)


def steps_apart(a: Mention, b: Mention) -> bool:
    """`times_apart` for two steps of one act (statements/assent.py: "agreed to the deal in March"
    / "refused to sign it in June"): the months and weeks of acts told as done count too, for two
    steps of one act are told at the times each was taken, not as one stance told two ways."""
    if _clause_years(a) and _clause_years(b):
        return _years_apart(a, b)
    pa, pb = ({((d.lower() if d.lower() in _DEICTIC else ""), u.lower()) for d, u in _PERIOD.findall(m.text)}
              for m in (a, b))
    return bool(pa and pb) and not any(_periods_meet(x, y) for x in pa for y in pb)
