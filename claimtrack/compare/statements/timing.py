"""When each side's act stands, for two clauses of one act (actions.py): weighed against decided,
negated until a point against placed after it, ruled out or denied up to now against told as done
or as to come. Each reading says whether the two sides speak of one time; where they do not, the
polarity that differs is no contradiction."""

from __future__ import annotations

import re
from typing import Optional

from ..candidates import Candidate
from ..mention import Mention
from .already import done_already, repeated, undecided
from .lexicon import verb_lemma
from .modality import _AFTER, _NEXT, _UNTIL, FUTURE, _committed, _forecloses, _not_yet, decided, not_until, timed_after
from .news_verbs import irregular_base
from .phrases import text_terms, same_subject


#: Words before a past participle that make it a present passive ("is changed"), not a past.
_PRESENT_BE = frozenset({"is", "are", "am", "be", "being", "'s"})


def _decided(m: Mention, weighing: Mention) -> bool:
    """The clause tells its act as decided (`modality.decided`: "will close", "pledged to close",
    "decided to close"; not "must close", an obligation) or done already ("has already closed",
    "has closed": `already.done_already`), unless the other side weighs it once more ("is
    considering closing it again": `already.repeated`)."""
    return decided(m) or (done_already(m, other=weighing) and not repeated(weighing))


def judge_undecided(a: Mention, b: Mention, about: str, score: float) -> Optional[Candidate]:
    """One subject said to be considering an act ("is considering closing the pool", "was weighing
    a sale") on one side and to have decided it on the other ("decided to close the pool", "will
    close it"): to consider an act is to have not yet decided it (consider.v.01 'deliberate or
    decide', WordNet; weighing is deciding not yet done), so the two cannot both hold at one time;
    so with "has still not decided whether to close it" against "has already closed it" (`already`).
    Both positive, one subject shown, one thing done to."""
    fa, fb = a.frame, b.frame
    if fa.polarity != "positive" or fb.polarity != "positive" or not same_subject(fa, fb):
        return None
    for x, y in ((a, b), (b, a)):
        if undecided(x) and _decided(y, x):
            where = ("A", "B") if x is a else ("B", "A")
            return Candidate(a, b, "conflict", "modality", about,
                             f"one subject weighing the act in {where[0]} and having decided or done it in {where[1]}: "
                             f"an act under consideration is not yet decided", 0.5 + score)
    return None


#: How far after a clause's own words the point a time word names may run ("will not sail |
#: until the storm over the strait passes").
_POINT = 60


def _point_terms(m: Mention, pattern: re.Pattern) -> frozenset:
    """The content words of the point a time word names, up to the next punctuation ("until the
    pumps are replaced": pump, replace), the time word in the clause's words or at the start of
    the clause that completes it; empty when there is none."""
    claim = m.claim
    text = m.text + " " + claim.text[m.end - claim.start:m.end - claim.start + _POINT]
    found = pattern.search(text)
    if found is None or found.start() > len(m.text) + _NEXT:
        return frozenset()
    return text_terms(re.split(r"[,;:.!?]", text[found.end():], maxsplit=1)[0])


def not_before(a: Mention, b: Mention, about: str, score: float) -> Optional[Candidate]:
    """One act, negated on one side by "not ... until" a point ("the pier will not reopen until
    the repairs are finished"), placed after the same point on the other ("would reopen once the
    repairs are finished"): the negation bears on the time before the point, so the two agree.
    Told flatly, as done, or at a time of its own on the other side ("the pier reopened", "would
    reopen this week"), the act stays contradicted: None, and the polarity decides."""
    neg, pos = (a, b) if a.frame.polarity == "negative" else (b, a)
    if not not_until(neg) or not timed_after(pos) or not (_committed(pos.frame.modality) and _committed(neg.frame.modality)):
        return None
    if not _point_terms(neg, _UNTIL) & _point_terms(pos, _AFTER):
        return None
    where = "A" if neg is a else "B"
    return Candidate(a, b, "agree", "equal", about,
                     f"'not ... until' in {where} puts the act after a point the other side puts it after too: "
                     f"the negation bears on the time before it, not on the act", 0.5 + score)


def told_as_past(m: Mention) -> bool:
    """The clause tells its act as done, its verb written in a past form ("the law changed in
    2004", "had sold the pier", "was closed"): an -ed form or an irregular past (WordNet's
    verb.exc), not after a present "is"."""
    f = m.frame
    verb = (f.predicate or "").split(" ")[0]
    if f.modality is not None or f.polarity != "positive" or not verb:
        return False
    words = re.findall(r"[\w'’]+", m.text)
    for i, w in enumerate(words):
        low = w.lower()
        if low == verb or verb_lemma(low) != verb or not (low.endswith("ed") or irregular_base(low) == verb):
            continue
        if not (i and words[i - 1].lower() in _PRESENT_BE):
            return True
    return False


def ruled_out_after_done(a: Mention, b: Mention) -> bool:
    """One side rules an act out or denies any plan for it ("ruled out changes to the law", "has no
    plans to sell the pier": `modality._forecloses`, what is to come), the other tells the act as
    done in the past ("the law changed in 2004"). Two reports of one story are written at about
    the same time, so the act told as done came before the ruling out was said: the ruling out
    speaks of another occasion, to come, and the two do not contradict each other. So does "no
    longer" ("no longer funds the ferry"), which speaks of now and says the act was done before;
    and "not yet" ("has not yet approved the lease", "has yet to approve it") or a negated past
    ("did not approve the lease", `_negated_past`), which speak of the time up to now, against the
    act told as to come ("will approve the lease"). Not an act told as done up to now, whose
    result holds at the time of the ruling out ("has closed the pier", "has already sold it":
    `already.done_already`): a party that has closed the pier has a plan to close it fulfilled, not
    none, so "has no plans to shut the pier" contradicts it."""
    neg, pos = (a, b) if a.frame.polarity == "negative" else (b, a)
    if neg.frame.polarity != "negative":
        return False
    if (_not_yet(neg) or _negated_past(neg)) and pos.frame.polarity == "positive" and pos.frame.modality in FUTURE:
        return True
    return (_forecloses(neg.frame) and not done_already(pos, other=neg) or neg.frame.polarity_cue == "no longer") and told_as_past(pos)


#: A negation on a past or perfect auxiliary ("did not pay", "had not raised the fee for seven
#: years", "wasn't paid"): what the clause denies was done up to a time before now or up to now.
_NEGATED_PAST = re.compile(r"\b(?:(?:did|had|has|have|was|were)\s+(?:not|never)|(?:did|had|has|have|was|were)n[’']t)\b",
                           re.IGNORECASE)


def _negated_past(m: Mention) -> bool:
    """The clause denies its act in the past or up to now, with no modal ("did not pay the fine",
    "had not raised the fee for seven years"): a report of what has not happened says nothing
    of what will (Quirk et al. 1985, 4.20-4.22, the past and the perfect), so an act told as to
    come ("will pay the fine", "the charge would rise") does not contradict it."""
    return m.frame.modality is None and _NEGATED_PAST.search(m.text) is not None
