"""The diff's public shape (docs/CONTRACT.md, `claimtrack/diff/v1`): its pydantic models live in
claimtrack/models/diff.py with every other model; imported here for the compare package."""

from ..models.diff import (DIFF_MANY_SCHEMA, DIFF_SCHEMA, DiffReport, Fact, Match, MentionKind, MultiDiffReport, Side,
                           Span, Status, Version)

__all__ = ["DIFF_MANY_SCHEMA", "DIFF_SCHEMA", "DiffReport", "Fact", "Match", "MentionKind", "MultiDiffReport", "Side",
           "Span", "Status", "Version"]
