"""What every comparison step shares: the alignment of two mentions, the candidate match it
yields, and the thresholds that more than one kind of mention uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from ..parsers.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from .context import key_terms

if TYPE_CHECKING:
    from .mentions import Mention

#: Alignment scores (0..1, from `similarity` plus frame evidence) below which two mentions of
#: one measure are not paired. The similarity mixes word overlaps of the sentence and of the
#: few words beside each mention; 0.12 is what two sentences on one subject share when they
#: use a handful of the same content words (a general property of paraphrase in news prose,
#: not fitted to any pair).
ALIGN_MIN = 0.12
#: A conflict needs this much context similarity when no frame says the figures belong to the
#: same predicate: about a third of the words shared, the level at which two sentences say the
#: same thing rather than talk about the same topic.
CONFLICT_MIN = 0.3
#: Calendar words: never evidence that two mentions state one fact (every date has them).
CALENDAR_WORDS = frozenset(key_terms(
    " ".join(MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAY_NAMES + ("today", "yesterday", "tomorrow"))))


@dataclass
class Alignment:
    """Why two mentions are taken for one fact, and how sure that is (no value involved)."""

    how: str  # SAME, CLOSE, FAMILY or LOOSE for figures; "event", "utterance", "frame" otherwise
    score: float
    strong: bool  # enough to call disjoint values a conflict
    note: str = ""
    other_measure: bool = False  # the clauses say different things happened to what is counted
    one_event: bool = False  # dates: their events meet (one verb or WordNet sense) and no actors clash
    one_thing: bool = False  # dates: their clauses are about one thing (compare.date_things.one_participant)
    moment: str = ""  # figures: why the two are one thing stated for different moments (compare.standing)
    moment_relation: str = ""  # ... "forecast" or "update"
    #: figures: one measure, no clash, and the frames tie the two (one action, shared actors or
    #: terms: figure_evidence.frame_support), however few words the sentences share
    supported: bool = False


@dataclass
class Candidate:
    a: Mention
    b: Mention
    status: str
    relation: str
    about: str
    reason: str
    score: float
    how: Optional[str] = None
    #: A disjoint pair of one measure whose alignment is not strong on its own: a conflict when
    #: the two figures are each other's best partner (decided in `select`, from alignment only).
    mutual_conflict: bool = False
    #: A disjoint pair of one measure in one story that nothing in the frames or clauses sets
    #: apart, only weakly aligned: a conflict when each figure is also its document's one count
    #: of that thing (decided in `select`, from alignment and the documents' figures only).
    one_measure: bool = False
    #: Figures: the alignment that paired them, and why they are stated for different moments
    #: (compare.moments.figure_gap), for the one-fact decision of compare.figure_scorer.
    alignment: Optional[Alignment] = None
    gap: Optional[str] = None


def actor_name(actor_id: str) -> str:
    return " ".join(w.capitalize() if len(w) > 2 or i == 0 else w for i, w in enumerate(actor_id.split("-")))

