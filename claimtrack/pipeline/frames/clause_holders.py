"""Who asserts a clause: the party a verb of saying reports it from ("the growers said the
levy was unfair": the growers; "the levy was unfair, the growers said": the same parse, the
content clause being the verb's complement), or the party an "according to" phrase names.

A report of an assertion commits the reporter only to its having been made (Searle 1969, Speech
Acts, 3.1): what one party is said to claim and what another party is said to deny are two
reports that can both be true. The clause frame keeps who asserts its content as `said_by`
({actor, text, verb}); a clause with no such verb above it is the reporter's own (null)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .children import children_of
from .clause_roles import _subject_actor, _subject_text
from .syntax import _Actors, _negated, _speech, _subject, polarity_table

#: How many heads a clause is climbed through to reach the verb of saying that reports it (a
#: clause nested in what is said: a relative clause, a conjunct, a complement of a complement).
_CLIMB = 8


def said_by(token: Token, actors: _Actors, speakers: Optional[list], text: str) -> Optional[dict]:
    """Who asserts the clause `token` heads (or the act noun `token` is, inside a clause):
    {"actor": actor id or None, "text": the sayer as written, "verb": the verb of saying's lemma,
    or "according to"}, from the nearest verb of saying whose complement holds the clause, when that
    verb is not negated and has a subject, or from an "according to" phrase on the clause or a
    clause above it; None when no one but the reporter asserts it. A denial or a directive is no
    report of a claim (what it governs is negated or asked for: clause_polarity reads it), and a
    negated verb of saying ("did not say that") reports no assertion."""
    table = polarity_table()
    speech = _speech()
    t = token
    for _ in range(_CLIMB):
        source = _according_to(t)
        if source is not None:
            return _holder(source, None, "according to", actors, speakers, text)
        head = t.head
        if head.i == t.i:
            return None
        lemma = head.lemma_.lower()
        if t.dep_ in ("ccomp", "parataxis") and head.pos_ == "VERB" and lemma in speech:
            if lemma in table["negative"] or lemma in table["directives"] or _negated(head) is not None:
                return None
            subj = _subject(head)
            if subj is None:
                return None  # "it was reported that ...": attributed to no one named
            return _holder(subj, head, lemma, actors, speakers, text)
        t = head
    return None


def _according_to(t: Token) -> Optional[Token]:
    """The noun an "according to" phrase on the verb names ("the dam was sound, according to
    the engineers"), else None."""
    for c in children_of(t):
        if c.dep_ == "prep" and c.lower_ == "according":
            to = next((p for p in children_of(c) if p.lower_ == "to"), None)
            if to is not None:
                return next((n for n in children_of(to) if n.dep_ == "pobj"), None)
    return None


def _holder(subj: Token, verb: Optional[Token], lemma: str, actors: _Actors, speakers: Optional[list],
            text: str) -> dict:
    if verb is not None:
        aid, written = _subject_actor(subj, verb, actors, speakers)
    else:
        aid, written = actors.of_phrase(subj), subj
    return {"actor": aid, "text": _subject_text(written, text), "verb": lemma}
