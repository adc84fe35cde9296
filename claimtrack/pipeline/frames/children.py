"""A token's syntactic children, read once per Doc while its frames are built.

The clause walk asks for a token's children many times over (its modal and negation, its
subject, object, complements and conditions, each read by their own function), and spaCy's
`Token.children` builds a new Token object for every child on every call. `children_of(t)` gives
the same tokens in the same order (left to right, as `Token.children` yields them) from a table
built once per Doc by `reading_children`, which `build_frames` opens for the Doc it reads;
outside it (a function of the walk called on its own) it reads `Token.children`."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator, Optional

from spacy.tokens import Doc, Token

#: (the Doc being read, its tokens' children by token index), while `reading_children` is open.
_TABLE: ContextVar[Optional[tuple[Doc, list[tuple[Token, ...]]]]] = ContextVar("claimtrack_frame_children",
                                                                             default=None)


def children_of(token: Token) -> tuple[Token, ...]:
    """The children of `token`, left to right (what `Token.children` yields)."""
    current = _TABLE.get()
    if current is None or current[0] is not token.doc:
        return tuple(token.children)
    return current[1][token.i]


@contextmanager
def reading_children(doc: Doc, kids: list[list[int]]) -> Iterator[None]:
    """`children_of` reads the tokens of `doc` from `kids` (each token's children's indices, in
    order: clauses._Columns.kids) while the block runs; each Token is built once."""
    tokens = list(doc)
    reset = _TABLE.set((doc, [tuple(tokens[k] for k in ks) for ks in kids]))
    try:
        yield
    finally:
        _TABLE.reset(reset)
