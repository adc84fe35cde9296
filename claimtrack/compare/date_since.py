"""What a "since" date dates (issue 13 item 1). "Since" takes the moment a period starts that runs
up to the time of the clause (Quirk et al. 1985, 9.21, "since" as a preposition of time; 8.59,
span adverbials), and what the clause says of that period decides what the date is:

- under a verb of changing a level ("prices have doubled since March", "the number of hives fell
  by a third since 2018", data/figure_standing.json level_verbs), or a noun of a change ("a 20%
  rise since 2021", change_nouns), the date is the *baseline* the change is measured from: the
  reporter's choice of a point of comparison, not the time anything happened. Two changes
  measured from two baselines can both be true ("up 30% since 2019", "up 12% since 2022"), and a
  baseline is no act's date (`baseline`);
- in the domain of a superlative or of "first" ("the coldest night since 1987", "the first snow
  in May since 1961", "not this cheap since June"), the date is the last time things stood so: a
  date of its own that two reports can disagree on (`record`); such a date is never a baseline;
- otherwise (a state, "has been shut since 3 May"; an activity, "has run since 1994") the
  date is the start of the period, which compare.dates reads as the start of the state or of the
  activity.

Read by compare.dates when two dates are judged."""

from __future__ import annotations

import re

from .context import clause_frame_at
from .date_spans import _words_before
from .mention import Mention, per_mention
from .standing_cues import cues

#: "since" right before the date, with the words English puts between the preposition and a date
#: ("since the late 1980s", "since early 2019", "since the start of 2020").
_SINCE = re.compile(r"\bsince\s+(?:(?:the|early|mid|late|start\s+of|end\s+of|beginning\s+of|middle\s+of)[\s-]+)*$",
                    re.IGNORECASE)
#: What ends the stretch of words before "since" that belongs to the date's own clause: a
#: punctuation mark or a word that opens another clause.
_CUT = re.compile(r"[;:()\u2014\u2013]|,\s|\b(?:and|but|or|while|when|after|because|which|who|that|said|says)\b",
                  re.IGNORECASE)
#: Words that put "since" in the domain of a superlative or an ordinal (Quirk et al. 1985, 7.83,
#: superlatives; "the first ... since", "the only ... since"), or of a degree said against the
#: present ("this high", "so low"): the date is then the last time things stood so.
_RECORD_WORDS = frozenset({"first", "last", "only", "most", "least", "best", "worst", "this", "so", "ever"})
_WORD = re.compile(r"[^\W\d_]+")


def since_date(m: Mention) -> bool:
    """The date is the object of "since"."""
    return bool(_SINCE.search(_words_before(m)))


def _stretch(m: Mention) -> str:
    """The words of the date's clause before its "since", cut at the nearest clause boundary."""
    before = _SINCE.split(_words_before(m))[0] if since_date(m) else ""
    return _CUT.split(before)[-1]


def _superlative(word: str) -> bool:
    """An English superlative in -est of an adjective WordNet lists (data/adjective_similar.json):
    low-est, large-st, bigg-est, earli-est (Quirk et al. 1985, 7.74-7.76, inflected comparison)."""
    from .statements.states import _similar

    w = word.lower()
    if not w.endswith("est") or len(w) < 6:
        return False
    stem = w[:-3]
    bases = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem,
             stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    adjectives = _similar()
    return any(b in adjectives and len(b) >= 2 for b in bases)


@per_mention
def record(m: Mention) -> bool:
    """A "since" date in the domain of a superlative, an ordinal or a degree ("the coldest night
    since 1987", "the first snow in May since 1961", "not this cheap since June"), or of a negated
    clause ("tolls have not gone up since 2015": Quirk et al. 1985, 9.21, the period since is one
    the act did not happen in): the last time things stood so, or the act last happened."""
    if not since_date(m):
        return False
    cf = clause_frame_at(m.claim, m.start, m.end)
    if cf is not None and cf.polarity == "negative":
        return True  # "fares have not risen since 2019": the last change was then, as "not this high since"
    words = _WORD.findall(_stretch(m))
    return any(w.lower() in _RECORD_WORDS or _superlative(w) for w in words)


@per_mention
def baseline(m: Mention) -> bool:
    """A "since" date that is the baseline of a change: the date's event or its clause's verb is a
    verb of changing a level, or a noun of a change stands in the clause before "since" ("a 40%
    drop since 2016"), and no superlative or ordinal makes it a record's date (`record`)."""
    if not since_date(m) or record(m):
        return False
    c = cues()
    event = m.frame.event if m.frame is not None else None
    cf = clause_frame_at(m.claim, m.start, m.end)
    verb = (cf.predicate or "").split(" ")[0] if cf is not None else ""
    if event in c.level_verbs or verb in c.level_verbs:
        return True
    return any(w.lower() in c.change_nouns for w in _WORD.findall(_stretch(m)))


def baseline_apart(a: Mention, b: Mention) -> str:
    """Why two dates of different values are not one act's, when one of them is the baseline of a
    change (`baseline`), else "": a baseline against a date that is none ("down 15% since 2016" /
    "the tannery closed in 2021", or the last time a level stood so, "the coldest since 1987"), or two
    baselines (two changes measured from two points: both can be true)."""
    ba, bb = baseline(a), baseline(b)
    if ba and bb:
        return "both are baselines changes are measured from, not dates of an act"
    if ba or bb:
        return f"{'A' if ba else 'B'}'s is the baseline a change is measured from, not the date of an act"
    return ""
