"""Small readings of the dependency parse that several actor rooms share."""

from __future__ import annotations


def first_conjunct(tok, hops: int = 3):
    """The first conjunct of a list `tok` belongs to ("the army and the police said": "army"),
    climbing at most `hops` links: the parse hangs each later conjunct from the one before, and
    the first one holds the list's place in the sentence (subject, object of "by" or "to")."""
    for _ in range(hops):
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok
