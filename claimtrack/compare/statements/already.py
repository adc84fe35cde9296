"""Done already, not yet decided: the two ends of one decision.

"Already" says that an act is done up to now, earlier than one might expect (WordNet 3.0
already.r.01 'prior to a specified or implied time'; Quirk et al. 1985, 8.137-8.138: 'already'
with the perfect, 'the council has already closed the pool'): the act is done and so decided.
A subject "considering" an act (consider.v.01 'deliberate or decide') or that has still not
decided whether to do it (Quirk et al. 1985, 15.6, the open question a 'whether' clause puts)
has not decided it. One subject cannot have done an act already and still be undecided whether to
do it at one time, so two reports of one story that say these contradict each other ("the board
has already opened an inquiry into the fire" / "the board has still not decided whether to
look into the fire"; "is weighing a referral to the tribunal" / "has already referred the
matter to the tribunal"). A past act without "already" ("the board closed the pool") may be an earlier occasion
than the one weighed, and is not read so (`actions._undecided`).
"""

from __future__ import annotations

import re

from ..mention import Mention
from .lexicon import verb_lemma
from .news_verbs import irregular_base


#: "already" right before a verb form, through a passive's "been" ("has already sold", "had
#: already been closed").
_ALREADY = re.compile(r"\balready\s+(?:been\s+)?([a-z]+)", re.IGNORECASE)

#: A decision said not to be taken yet on an open question: "has not (yet) decided whether",
#: "is yet to decide whether", "remains undecided on whether".
_OPEN_DECISION = re.compile(
    r"\b(?:(?:not|n[’']t|never)\s+(?:yet\s+)?decided|yet\s+to\s+decide|undecided)\s+(?:(?:on|about|over)\s+)?whether\b",
    re.IGNORECASE)


def done_already(m: Mention) -> bool:
    """The clause states its act as done, with "already" right before its verb ("has already
    opened an inquiry", "had already been sold"): positive, with no modality."""
    f = m.frame
    if f.modality is not None or f.polarity != "positive" or not f.predicate:
        return False
    verb = f.predicate.split(" ")[0]
    return any(verb_lemma(w) == verb or irregular_base(w) == verb for w in _ALREADY.findall(m.text))


#: How far before a clause's words the "whether" of its decision may stand ("still not decided
#: whether | the board would sell the mill": a subject and auxiliaries between).
_NEAR = 30


def undecided_whether(m: Mention) -> bool:
    """The clause's act is the open question of a decision not yet taken ("has still not decided
    whether to look into the fire": look into, which the frames read as 'may'): the decision
    right before the clause's own words in its sentence, nothing but words between."""
    if m.frame.modality != "may":
        return False
    before = m.claim.text[:max(0, m.start - m.claim.start)]
    # the clause's words may begin with its "whether" ("... on | whether to sell the mill")
    head = re.match(r"\s*whether\b", m.text, re.IGNORECASE)
    text = before + (head.group(0) if head else "")
    found = None
    for found in _OPEN_DECISION.finditer(text):
        pass
    if found is None:
        return False
    gap = text[found.end():]
    return len(gap) <= _NEAR and re.search(r"[^\w\s'’]", gap) is None


def undecided(m: Mention) -> bool:
    """The clause's act is weighed, not decided: considered ("is considering closing the pool"),
    or the open question of a decision not yet taken (`undecided_whether`)."""
    return m.frame.modality == "consider" or undecided_whether(m)


def weighed_and_done(x: Mention, y: Mention) -> bool:
    """One clause weighs an act (`undecided`) that the other states as done already
    (`done_already`): the two cannot both hold at one time."""
    return undecided(x) and done_already(y)
