"""Done already, not yet decided: the two ends of one decision.

"Already" says that an act is done up to now, earlier than one might expect (WordNet 3.0
already.r.01 'prior to a specified or implied time'; Quirk et al. 1985, 8.137-8.138: 'already'
with the perfect, 'the council has already closed the pool'): the act is done and so decided.
A subject "considering" an act (consider.v.01 'deliberate or decide') or that has still not
decided whether to do it (Quirk et al. 1985, 15.6, the open question a 'whether' clause puts)
has not decided it. One subject cannot have done an act already and still be undecided whether to
do it at one time, so two reports of one story that say these contradict each other ("the board
has already opened its own inquiry into the fire" / "the board has still not decided whether to
look into the fire"; "is weighing a referral to the tribunal" / "has already referred the
matter to the tribunal"). A past act without "already" ("the board closed the pool") may be an earlier occasion
than the one weighed, and is not read so (`timing.judge_undecided`).
"""

from __future__ import annotations

import re

from ..mention import Mention
from .lexicon import verb_lemma
from .news_verbs import irregular_base


#: "already" after a perfect auxiliary, right before a verb form or a passive's "been" ("has already sold", "had
#: already been closed").
_ALREADY = re.compile(r"\b(has|have|had|'s|’s|'ve|’ve)\s+already\s+(?:been\s+)?([a-z]+)", re.IGNORECASE)

#: A decision said not to be taken yet on an open question: "not (yet) decided whether",
#: "is yet to decide whether", "remains undecided on whether".
_OPEN_DECISION = re.compile(
    r"\b(?:(?:not|n[’']t|never)\s+(?:yet\s+)?decided|yet\s+to\s+decide|undecided)\s+(?:(?:on|about|over)\s+)?whether\b",
    re.IGNORECASE)


def done_already(m: Mention, past: bool = False) -> bool:
    """The clause states its act as done up to now, with "already" right before its verb after
    the present perfect ("has already opened its own inquiry", "have already been sold"): positive,
    with no modality. With `past`, the past perfect too ("had already asked"), which speaks of
    a past moment: only against a weighing told in the past (`weighed_and_done`). Never with a
    "before" adjunct or a year of its own ("had already closed it twice before 2019": another
    time)."""
    f = m.frame
    if f.modality is not None or f.polarity != "positive" or not f.predicate or _BEFORE_OR_YEAR.search(m.text):
        return False
    verb = f.predicate.split(" ")[0]
    return any((aux.lower() != "had" or past) and (verb_lemma(w) == verb or irregular_base(w) == verb)
               for aux, w in _ALREADY.findall(m.text))


#: A time of the clause's own for "already": a "before" adjunct or a year (narrower than
#: foreclosed._OWN_TIME, which also takes "again" and "last/this/next" + a unit of the calendar).
_BEFORE_OR_YEAR = re.compile(r"\b(?:before|1[89]\d\d|20\d\d)\b", re.IGNORECASE)
#: A weighing told in the past ("was considering", "were weighing").
_PAST_WEIGHING = re.compile(r"\b(?:was|were)\s+(?:still\s+)?(?:considering|weighing|studying)\b", re.IGNORECASE)


def undecided_whether(m: Mention) -> bool:
    """The clause's act is the open question of a decision not yet taken, an infinitive after
    "whether", whose subject is the one deciding ("has still not decided whether to look into
    the fire": look into, which the frames read as 'may'); not a finite clause of a third party's
    ("regulators have not decided whether the firm may sell"). The decision and "whether" right
    before the clause's own "to"."""
    if m.frame.modality != "may" or not re.match(r"\s*(?:whether\s+)?to\b", m.text, re.IGNORECASE):
        return False
    before = m.claim.text[:max(0, m.start - m.claim.start)]
    head = re.match(r"\s*whether\b", m.text, re.IGNORECASE)
    text = before + (head.group(0) if head else "")
    found = None
    for found in _OPEN_DECISION.finditer(text):
        pass
    return found is not None and not text[found.end():].strip()


def undecided(m: Mention) -> bool:
    """The clause's act is weighed, not decided: considered ("is considering closing the pool"),
    or the open question of a decision not yet taken (`undecided_whether`)."""
    return m.frame.modality == "consider" or undecided_whether(m)


def weighed_and_done(x: Mention, y: Mention) -> bool:
    """One clause weighs an act (`undecided`) that the other states as done already
    (`done_already`): the two cannot both hold at one time; "had already" only against a
    weighing told in the past ("was considering asking the tribunal")."""
    past = _PAST_WEIGHING.search(x.claim.text) is not None
    return undecided(x) and done_already(y, past)
