"""The per-document state of the actor component: a candidate mention, and what is read once per Doc."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ...actorids.gazetteer import Entry


@dataclass
class Cand:
    start: int  # char offsets, exact
    end: int
    label: str
    tok_start: int
    tok_end: int
    layout: str = "body"
    titles: list[str] = field(default_factory=list)
    title_text: Optional[str] = None
    entry: Optional[Entry] = None
    role: str = "actor"  # actor | location | modifier
    acronym: Optional[str] = None  # "(RFC)" written after the name
    place: bool = False  # a mistagged PERSON/ORG with place evidence ("the town of X", "X camp")
    acts: bool = False  # subject of a verb, an agent, a source, or titled
    party: bool = False  # "the X party": a party or group named by X alone
    thing: bool = False  # names a plan, law, treaty or event: "the X plan", "the X summit"
    classifier: bool = False  # qualifies a noun for a thing nobody makes or a place: "the X volcano", "X rice"
    outlet: bool = False  # the publication itself: a wire's dateline agency, a masthead
    kind_before: bool = False  # introduced by an organisation's kind: "the drugmaker X", "research firm X"
    paper_short: bool = False  # the document's own paper by its last word: "told the Times"
    same_as: Optional["Cand"] = None  # a body described by its kind that the document names (NamedBodies)


@dataclass
class DocState:
    """What the actor steps read once per document (set by `ActorFinder._prepare` and `_find`).

    Token attributes are kept as plain lists (`doc.to_array` columns): reading a column costs
    nothing, while each Token built by iterating or indexing a Doc costs about a microsecond.
    """

    text: str = ""
    words: list = field(default_factory=list)  # Token.text per token
    tokens: list = field(default_factory=list)  # the Token objects, built once
    starts: Optional[list] = None  # token start offsets (None when an empty token breaks tiling)
    ents: Any = ()  # doc.ents, read once
    orth_ids: list = field(default_factory=list)
    lower_ids: list = field(default_factory=list)
    title_col: list = field(default_factory=list)
    alpha_col: list = field(default_factory=list)
    lower_col: list = field(default_factory=list)
    space_col: list = field(default_factory=list)
    pos_col: list = field(default_factory=list)
    ent_col: list = field(default_factory=list)
    sent_starts: set = field(default_factory=lambda: {0})
    sorted_sent_starts: Optional[list] = None  # sent_starts in order (lazy, Definites)
    roots: dict = field(default_factory=dict)  # (tok_start, tok_end) -> root Token
    lower_set: Optional[set] = None  # words the document writes in lower case (lazy)
    confirmed_words: Optional[set] = None  # capitalised words confirmed as names (lazy)
    datelines: list = field(default_factory=list)  # (start, end) of dateline matches
    country: Optional[str] = None  # the story's country (Home._home_country), or None
    region: Optional[str] = None  # the story's province or state (Home._home_region), or None
    storms: set = field(default_factory=set)  # keys of named storms
    acronyms: dict = field(default_factory=dict)  # acronym key -> Entry defined by the document
    features: set = field(default_factory=set)  # proper parts of features' names ("mount x" -> "x")
    described: dict = field(default_factory=dict)
    refs: list = field(default_factory=list)  # (start, end, actor id) of definite descriptions (Definites)  # name key -> 'org' | 'thing' | 'not a person' (Descriptors)
