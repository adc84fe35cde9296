"""The annotations of a `*.gold.json` file, as read (unknown fields ignored): data/gold/FORMAT.md's
spans, quantities, dates, quotes, actors and ignored spans of one document."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GoldSpan(_Gold):
    start: int
    end: int
    text: str = ""


class GoldQuantity(GoldSpan):
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    currency: Optional[str] = None
    qualifier: Optional[str] = None


class GoldDate(GoldSpan):
    iso: Optional[str] = None


class GoldQuote(GoldSpan):
    speaker: Optional[str] = None


class GoldIgnore(GoldSpan):
    kind: str
    why: Optional[str] = None


class GoldActor(_Gold):
    name: str
    type: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)


class GoldDocument(_Gold):
    doc: str
    published: Optional[str] = None
    quantities: list[GoldQuantity] = Field(default_factory=list)
    dates: list[GoldDate] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    actors: list[GoldActor] = Field(default_factory=list)
    ignore: list[GoldIgnore] = Field(default_factory=list)
