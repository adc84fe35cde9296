"""What `claimtrack eval` reports (`claimtrack/eval/v1`): the counts for one kind (`Score`), the
pair scores (`PairScores`), the errors behind them (`Miss`) and the whole `EvalReport`."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, computed_field


class Score(BaseModel):
    """Counts for one kind, micro-averaged by summing. For one-to-one kinds pred_hits == gold_hits."""

    gold: int = 0
    pred: int = 0
    gold_hits: int = 0
    pred_hits: int = 0

    @computed_field  # type: ignore[misc]
    @property
    def tp(self) -> int:
        return self.gold_hits

    @computed_field  # type: ignore[misc]
    @property
    def fp(self) -> int:
        return self.pred - self.pred_hits

    @computed_field  # type: ignore[misc]
    @property
    def fn(self) -> int:
        return self.gold - self.gold_hits

    @computed_field  # type: ignore[misc]
    @property
    def precision(self) -> float:
        if self.pred:
            return self.pred_hits / self.pred
        return 1.0 if self.gold == 0 else 0.0  # nothing predicted: perfect only if nothing was due

    @computed_field  # type: ignore[misc]
    @property
    def recall(self) -> float:
        return self.gold_hits / self.gold if self.gold else 1.0

    @computed_field  # type: ignore[misc]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(
            gold=self.gold + other.gold,
            pred=self.pred + other.pred,
            gold_hits=self.gold_hits + other.gold_hits,
            pred_hits=self.pred_hits + other.pred_hits,
        )


class Miss(BaseModel):
    """One miss (gold not found) or false alarm (prediction matching no gold)."""

    kind: str
    doc: str
    error: str = Field(description="'miss' or 'false_alarm'")
    start: int
    end: int
    text: str
    expected: Optional[str] = Field(None, description="The gold value, for a miss.")
    predicted: Optional[str] = Field(None, description="What was predicted there (value, ISO, speaker).")


class PairScores(BaseModel):
    available: bool = True
    reason: Optional[str] = None
    facts: Score = Field(default_factory=Score, description="Gold agree/conflict quantity/date/quote facts found with the right status (recall).")
    conflicts: Score = Field(default_factory=Score, description="Predicted conflicts overlapping a gold conflict fact (precision).")
    related_as_conflict: int = Field(0, description="Gold 'related' facts reported as a conflict.")
    statements: Score = Field(default_factory=Score, description="Gold agree/conflict statement facts found with the right status (recall).")

    @computed_field  # type: ignore[misc]
    @property
    def conflict_precision(self) -> float:
        """Share of reported conflicts that are real; 1.0 when none was reported (no false alarm)."""
        c = self.conflicts
        return c.pred_hits / c.pred if c.pred else 1.0


class EvalReport(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    schema_: str = Field("claimtrack/eval/v1", alias="schema")
    gold_dir: str
    corpus: str
    model: Optional[str] = None
    documents: list[str] = Field(default_factory=list)
    scores: dict[str, Score] = Field(default_factory=dict)
    by_document: dict[str, dict[str, Score]] = Field(default_factory=dict)
    pairs: Optional[PairScores] = None
    misses: list[Miss] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
