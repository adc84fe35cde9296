"""What an evaluation reports: the kinds and targets, and what a scoring function returns
(`KindResult`). The report's models (`Score`, `PairScores`, `Miss`, `EvalReport`) are in
claimtrack/models/evaluation.py with every other pydantic model."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models.evaluation import Miss, Score

#: The kinds scored on every gold document, in display order.
KINDS = ("quantities", "dates", "quotes", "speakers", "actors")
#: Actor types that count as predicted actors.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
#: F1 targets (issue 3) shown beside the scores; tests/test_evaluation.py holds them as floors.
TARGETS = {"quantities": 0.90, "dates": 0.90, "quotes": 0.90, "speakers": 0.85, "actors": 0.85}
#: Pair targets (issue 6): recall of agree/conflict facts, precision of conflicts, related-as-conflict
#: (floors in tests/test_evaluation.py too).
PAIR_TARGETS = {"facts": 0.80, "conflicts": 0.80, "related_as_conflict": 0}
#: Relative tolerance for numeric equality.
REL_TOL = 1e-6
#: Gold fact types scored for recall (statements are reported apart).
PAIR_FACT_TYPES = frozenset({"quantity", "date", "quote"})

GOLD_SUFFIX = ".gold.json"
PAIRS_FILE = "pairs.gold.json"
CORPUS_CONFIG = "corpus.json"


class EvalError(Exception):
    """A usage problem (missing gold, unreadable gold, document not in the corpus): one line."""


@dataclass
class KindResult:
    """What a scoring function returns: the counts and the errors behind them."""

    score: Score
    misses: list[Miss] = field(default_factory=list)
