"""What `claimtrack diff` reports (docs/CONTRACT.md, `claimtrack/diff/v1` and `claimtrack/diff-many/v1`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DIFF_SCHEMA = "claimtrack/diff/v1"
DIFF_MANY_SCHEMA = "claimtrack/diff-many/v1"

Status = Literal["agree", "conflict", "related"]
MentionKind = Literal["quantity", "date", "quote", "statement"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """Another place in the same document that states the same thing."""

    start: int
    end: int
    text: str


class Side(_Model):
    """The compared mention in one document: the quantity, date or quote, not the whole sentence."""

    claim: str = Field(description="Claim id.")
    start: int
    end: int
    text: str
    also: list[Span] = Field(default_factory=list, description=(
        "Other spans of the same document stating the same figure: a headline or a later sentence "
        "repeating it, or its conversion in parentheses ('12 million yen (about $80,000)')."))


class Match(_Model):
    status: Status
    relation: str = Field(description="equal, refines, compatible, paraphrased, update, disjoint, reworded, other-speaker, polarity, different-measure, ...")
    about: str
    reason: str
    kind: MentionKind = Field(description="What was compared: quantity, date, quote or statement.")
    score: float = Field(description="Alignment confidence, 0..1.")
    a: Side
    b: Side


class DiffReport(_Model):
    schema_: str = Field(DIFF_SCHEMA, alias="schema")
    a: str
    b: str
    matches: list[Match] = Field(default_factory=list)
    only_a: list[str] = Field(default_factory=list, description="Claims of A (quantity, date, quote) matched to nothing in B.")
    only_b: list[str] = Field(default_factory=list)

    @property
    def conflicts(self) -> list[Match]:
        return [m for m in self.matches if m.status == "conflict"]


class Version(_Model):
    """One source's version of a fact stated by several sources."""

    doc: str
    claim: str
    start: int
    end: int
    text: str


class Fact(_Model):
    status: Status
    relation: str
    about: str
    kind: MentionKind
    versions: list[Version]
    reasons: list[str] = Field(default_factory=list, description="Pairwise reasons, 'docA ~ docB: reason'.")


class MultiDiffReport(_Model):
    schema_: str = Field(DIFF_MANY_SCHEMA, alias="schema")
    documents: list[str]
    facts: list[Fact] = Field(default_factory=list)
    pairs: list[DiffReport] = Field(default_factory=list)

    @property
    def conflicts(self) -> list[Fact]:
        return [f for f in self.facts if f.status == "conflict"]
