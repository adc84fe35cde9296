"""One mention of a document as the comparison sees it: a figure, date, quote or statement with
its claim, context and features (made by compare.mentions, compared by the other modules)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Callable, Optional, TypeVar

from ..models import Claim
from ..models.diff import Side, Span
from . import intervals as iv
from .context import Context
from .standing import NONE, Standing
from .units import Measure


@dataclass
class Mention:
    kind: str
    claim: Claim
    start: int
    end: int
    text: str
    ctx: Context
    payload: object = None
    measure: Optional[Measure] = None
    interval: Optional[iv.Interval] = None
    own_terms: frozenset = frozenset()  # key words of the mention itself and its unit
    modifiers: frozenset = frozenset()
    roles: frozenset = frozenset()
    attributive: bool = False  # "15-day", "nine-member": the size of something, not a count
    rank: int = 0  # position among its claim's figures of the same measure
    names: frozenset = frozenset()  # capitalised words right beside the figure
    prep: Optional[str] = None  # the preposition the figure hangs from ("to 3.5%", "from 3.75%")
    indefinite: bool = False  # "a 15-day ...": an instance introduced
    head: frozenset = frozenset()  # for an attributive figure: key words of what it describes
    through: Optional[str] = None  # class of the group a count is counted through ("chiefs from 30 nations")
    frame: object = None  # the record's frame (models.QuantityFrame, DateFrame...), when extracted with one
    claim_figures: list = None  # the figures of the same claim (quantities only)
    share_of: frozenset = frozenset()  # key words of what a share or measurement is of ("4% of turnover", "9 tonnes of rice")
    also: tuple = ()  # (start, end, text) of the document's other statements of this figure
    standing: Standing = NONE  # forecast or value now, first or later count, part or whole (compare.standing)
    own_date: bool = False  # a date: the document's own (a dateline, masthead or 'Published' line)
    doc_actors: object = None  # statements: the document's actors as statements.subjects reads them (DocActors)
    lede: bool = False  # a date: the one its document's lede dates its main event by (compare.dates.mark_lede)
    sole_deadline: bool = False  # a date: its document's one deadline of an obligation (compare.date_deadlines)
    #: figures: the document counts this measure in groups named by different modifiers ("12 permanent
    #: jobs", "30 seasonal jobs"), so a modifier tells its groups apart (compare.mentions._subgroups)
    subgroups: bool = False
    tally: int = 0  # 1 or 2: the first or second count of a tally ("3,118 votes to 3,109", "passed 52 to 48")
    sure: bool = True  # a quote: its speaker is not a pronoun taken up across another person (quotes.unsure_speakers)
    speaker_type: Optional[str] = None  # a quote: the type of its speaker's actor ("PERSON", "ORG", ...), when known
    rate: str = ""  # an amount converted for one pair at a rate a document states: its words (compare.stated_rates)
    #: what `per_mention` functions gave for this mention (not an input: a copy or `replace` starts empty)
    memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def key(self) -> tuple:
        return (self.kind, self.start, self.end)

    def side(self) -> Side:
        return Side(claim=self.claim.id, start=self.start, end=self.end, text=self.text,
                    also=[Span(start=s, end=e, text=t) for s, e, t in self.also])


T = TypeVar("T")


def per_mention(fn: Callable[[Mention], T]) -> Callable[[Mention], T]:
    """`fn(mention)` worked out once per mention and kept on it (`Mention.memo`): for what depends
    on the mention alone (its blocking keys, the event a date dates) and is asked for again in
    every pair its document is in. A document's mentions are made once (`compare.pair.prepare`)
    and compared with every other document's (diff_many, the ledger: n - 1 times each); only
    functions of the prepared mention may use this, and what they return is shared, so a caller
    never changes it in place."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def once(m: Mention) -> T:
        try:
            return m.memo[name]
        except KeyError:
            value = m.memo[name] = fn(m)
            return value

    return once
