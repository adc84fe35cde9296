"""Kept so that `claimtrack.pipeline.numbers` imports keep working: the number parser is
spaCy-free and lives in `claimtrack.parsers.numbers` (with `amounts`, `number_words` and
`number_tables` beside it)."""

from ..parsers.numbers import Expression, find_expressions, parse_number, to_number

__all__ = ["Expression", "parse_number", "find_expressions", "to_number"]
