"""Small text helpers shared by messages, tables and reports."""

from __future__ import annotations


def one_line(text: str, limit: int = 200) -> str:
    """`text` with its white space collapsed, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
