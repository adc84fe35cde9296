"""Blocking: which mentions of B each mention of A is compared with (value-free keys), and the
candidate matches those comparisons yield."""

from __future__ import annotations

from typing import Optional

from .candidates import CALENDAR_WORDS, Candidate
from .date_align import _precision
from .dates import align_dates, event_of, judge_dates
from .mention import per_mention
from .mentions import Mention
from .figure_kinds import _dollar_sign_currencies, person_noun
from .moments import figure_gap
from .quantities import align_quantities, judge_quantities, parallel_figures
from .quotes import judge_quotes, words
from .statements import clause_keys, judge_statements
from .units import table


@per_mention
def _bucket_keys(m: Mention) -> set:
    """Keys under which a mention can meet its possible partners (a cheap pre-filter, value-free)."""
    if m.kind == "quantity":
        me = m.measure
        if me is None:
            return set()
        if me.currency:
            # an amount in a currency written "$" meets every bare "$" (figure_kinds._any_dollar)
            return {("cur", me.currency)} | ({("cur", "$")} if me.currency in _dollar_sign_currencies() else set())
        keys = {("cls", me.cls)} | ({("cls", m.through)} if m.through else set())
        keys |= {("fam", f) for f in table().families.get(me.cls, ())}
        if m.through or me.cls in table().delegates:
            keys.add(("through", "*"))
        keys.add(("loose-any",) if (not me.known or me.cls is None) else ("loose-known",))
        if person_noun(m):
            keys.add(("kind", "person"))  # counts of people meet whatever noun names them (figure_kinds.person_noun)
        return keys
    if m.kind == "date":
        return _date_keys(m)
    if m.kind == "statement":
        f = m.frame
        if hasattr(f, "terms"):  # a clause frame
            return clause_keys(m)
        if f is not None and f.subject:
            return {("subj", f.subject)} | {("actor", x) for x in m.ctx.actors}
        return {("actor", x) for x in m.ctx.actors}
    return {("all",)}



_ISO_LENGTH = {"day": 10, "month": 7, "year": 4}


def _date_keys(m: Mention) -> set:
    """Blocking keys of a date, read from what `align_dates` can align on and never from the
    date's value: its event, its actors, the key words beside it, and its grain (a day meets
    days, a month months, which is all the story-level pairing uses)."""
    iso = m.payload.iso or ""
    keys = {("grain", len(iso))} | {("actor", x) for x in m.ctx.actors} | {("term", t) for t in m.ctx.near - CALENDAR_WORDS}
    if m.payload.part:  # "mid-2033" meets months, "mid-September" days (date_align._precision)
        keys.add(("grain", _ISO_LENGTH.get(_precision(m), len(iso))))
    event = event_of(m)
    if event:
        keys.add(("event", event))
    return keys


#: A bucket of more mentions of B than this (figures of one measure, quotes) is not compared
#: whole: a mention of A meets only those of its members that also share a narrower key with
#: it (`_narrow_keys`), and narrower keys held by more members than this are skipped, as stop
#: words are. One news article states a few dozen figures of one measure or quotes at most, so
#: articles are compared exactly as without blocking; a document of thousands is compared in
#: time linear in its size (issue 14).
MAX_BLOCK = 50
_QUOTE_SHORT = 3  # words: shorter quotes are keyed by their words, longer ones by word pairs


@per_mention
def _narrow_keys(m: Mention) -> set:
    """Value-free keys that single out a mention's likely partners within a large bucket: what
    its frame names (predicate, holder, what it sizes, subject), its actors and the key words of
    its clause; for a quote, the pairs of consecutive words it holds."""
    if m.kind == "quote":
        ws = words(m.payload.text)
        if len(ws) < _QUOTE_SHORT:
            return {("w", w) for w in ws}
        return {("w2", x, y) for x, y in zip(ws, ws[1:])}
    keys = {("actor", x) for x in m.ctx.actors} | {("term", t) for t in m.ctx.clause - CALENDAR_WORDS}
    if m.ctx.predicate:
        keys.add(("pred", m.ctx.predicate))
    f = m.frame
    if f is not None:
        for name in ("predicate", "holder", "measured", "subject"):
            value = getattr(f, name, None)
            if value:
                keys.add((name, value))
    return keys


#: Narrow keys of one mention paired up for `_Index._by_pairs`: at most this many keys (the
#: first in sorted order), so that a long clause's pairs stay few.
_PAIR_KEYS = 12


def _key_pairs(keys: set) -> list[tuple]:
    ordered = sorted(keys)[:_PAIR_KEYS]
    return [(x, y) for n, x in enumerate(ordered) for y in ordered[n + 1:]]


class _Index:
    """B's mentions by blocking key; `partners(a)` lists those a mention of A is compared with.
    It depends on B's mentions alone, so one index serves every pair B is in (compare.pair.Prepared)."""

    def __init__(self, mb: list[Mention]):
        self.mb = mb
        self.buckets: dict[tuple, list[int]] = {}
        for i, m in enumerate(mb):
            keys = _bucket_keys(m)
            if ("loose-any",) in keys or ("loose-known",) in keys:
                keys = keys | {("loose-all",)}
            for key in keys:
                self.buckets.setdefault((m.kind,) + key, []).append(i)
        self.narrow_b: list = [None] * len(mb)  # B's narrow keys, made when a large bucket needs them
        self.indexes: dict[tuple, dict] = {}  # large bucket -> narrow key -> its members
        self.pair_indexes: dict[tuple, dict] = {}  # large bucket -> two narrow keys -> members holding both
        self._last: Optional[Mention] = None
        self._last_keys: set = set()

    def _narrow_a(self, a: Mention) -> set:
        """The narrow keys of the A mention being placed (made once per mention, on first need)."""
        if self._last is not a:
            self._last, self._last_keys = a, _narrow_keys(a)
        return self._last_keys

    def members(self, key: tuple, a: Mention, shared: dict) -> list[int]:
        """The bucket under `key`; when it is large, nothing, and its members sharing a narrow key
        with `a` go to `shared` (member -> the most narrow keys it shares with `a` in a bucket)."""
        bucket = self.buckets.get(key, ())
        if len(bucket) <= MAX_BLOCK:
            return bucket
        index = self.indexes.get(key)
        if index is None:
            index = self.indexes[key] = {}
            for i in bucket:
                if self.narrow_b[i] is None:
                    self.narrow_b[i] = _narrow_keys(self.mb[i])
                for k in self.narrow_b[i]:
                    index.setdefault(k, []).append(i)
        found: dict[int, int] = {}
        mine = self._narrow_a(a)
        for k in mine:
            sub = index.get(k, ())
            if len(sub) <= MAX_BLOCK:
                for i in sub:
                    found[i] = found.get(i, 0) + 1
        if not found:
            self._by_pairs(key, bucket, mine, found)
        for i, n in found.items():
            if n > shared.get(i, 0):
                shared[i] = n
        return []

    def _by_pairs(self, key: tuple, bucket, mine: set, found: dict) -> None:
        """When every narrow key of `a` is held by too many members of a large bucket (a document
        of thousands of claims that name the same few actors and verbs), the members sharing two
        of them at once: a pair of keys is rarer than either (each found counts as two keys).
        Without this such a mention met nothing of the bucket (no date was compared from about
        1,000 claims a side in bench/diff_scale.py). Value-free, like every blocking key."""
        pairs = self.pair_indexes.get(key)
        if pairs is None:
            pairs = self.pair_indexes[key] = {}
            for i in bucket:
                for pair in _key_pairs(self.narrow_b[i]):
                    pairs.setdefault(pair, []).append(i)
        for pair in _key_pairs(mine):
            sub = pairs.get(pair, ())
            if len(sub) <= MAX_BLOCK:
                for i in sub:
                    found[i] = found.get(i, 0) + 2

    def partners(self, a: Mention) -> list[int]:
        seen: set[int] = set()
        shared: dict[int, int] = {}  # from the large buckets: member -> narrow keys shared with `a`
        for key in _keys_met(a):
            seen.update(self.members(key, a, shared))
        extra = [i for i in shared if i not in seen]
        if len(extra) > MAX_BLOCK:
            # A document of thousands of figures or quotes: of the large buckets' members, the
            # MAX_BLOCK sharing the most narrow keys with `a` (then the first in B), so that a
            # mention meets a bounded number of partners and a pair of documents takes time
            # linear in their size (an article's buckets are small and never come here).
            extra = sorted(extra, key=lambda i: (-shared[i], i))[:MAX_BLOCK]
        seen.update(extra)
        return sorted(seen)


@per_mention
def _keys_met(a: Mention) -> tuple:
    """The keys of B's buckets a mention of A looks in (`_Index.partners`), each with its kind."""
    keys = _bucket_keys(a)
    if ("loose-any",) in keys:  # an unplaced figure looks at every figure of B
        keys = (keys - {("loose-any",)}) | {("loose-all",)}
    elif ("loose-known",) in keys:  # a placed one at B's unplaced figures
        keys = (keys - {("loose-known",)}) | {("loose-any",)}
    subject = a.frame.subject if a.kind == "statement" and a.frame is not None else None
    if subject:
        keys = keys | {("actor", subject), ("subj", subject)}
    return tuple((a.kind,) + key for key in keys)


def _compare(a: Mention, b: Mention, story: bool, anchor_a, anchor_b, linked: frozenset) -> Optional[Candidate]:
    """The candidate match of two mentions of one kind, or None when they are not aligned."""
    if a.kind == "quantity":
        al = align_quantities(a, b, story)
        if al is None:
            return None
        gap = figure_gap(a, b, anchor_a, anchor_b)
        c = judge_quantities(a, b, al, gap, story)
        if c is not None:
            c.alignment, c.gap = al, gap
        return c
    if a.kind == "date":
        al = align_dates(a, b, story, linked)
        c = judge_dates(a, b, al, (anchor_a, anchor_b)) if al is not None else None
        if c is not None:
            c.alignment = al  # what selection ranks a date's partners by besides the score
        return c
    if a.kind == "quote":
        return judge_quotes(a, b)
    return judge_statements(a, b)


def candidate_matches(ma: list[Mention], mb: list[Mention], anchor_a, anchor_b, story: bool = True,
                      index: Optional[_Index] = None) -> list[Candidate]:
    """Every candidate match of A's mentions with those of B they meet (`index`: B's mentions
    indexed, when the caller keeps it for B's other pairs; `_Index(mb)` otherwise)."""
    out: list[Candidate] = []
    index = index if index is not None else _Index(mb)
    linked: frozenset = frozenset()
    parallel_done = False
    for a in sorted(ma, key=lambda m: m.kind != "quantity"):  # figures first: they link dates
        if a.kind != "quantity" and not parallel_done:
            parallel_done = True
            out += parallel_figures(out, anchor_a, anchor_b, story)
            linked = frozenset(_date_links(out))
        for i in index.partners(a):
            c = _compare(a, mb[i], story, anchor_a, anchor_b, linked)
            if c is not None:
                out.append(c)
    return out


def _date_links(cands: list[Candidate]) -> set:
    """(A date offset, B date offset) for the dates governing the figures of each best pair, with
    WEAK_LINK after them when the two figures' alignment is neither strong nor supported by their
    frames (`Alignment.strong`, `.supported`: value-free). A figure's best partner may be only the
    closest figure of another measure ("1,300 workers get a pay rise from June" / "1,320 employees
    return to their posts on Tuesday 12 May"): the dates of two figures that are not shown to be
    one fact are no evidence that the dates are one event's, only that their sentences meet."""
    best: dict = {}
    for c in cands:
        if c.a.kind == "quantity" and c.a.frame is not None and c.b.frame is not None \
                and c.a.frame.as_of_start is not None and c.b.frame.as_of_start is not None:
            for key in (("a", c.a.key), ("b", c.b.key)):
                if key not in best or c.score > best[key].score:
                    best[key] = c
    return {(c.a.frame.as_of_start, c.b.frame.as_of_start) + (() if _one_fact(c) else (WEAK_LINK,))
            for c in best.values()}


#: The mark of a date link whose figures are not shown to be one fact (see _date_links).
WEAK_LINK = "weak"


def _one_fact(c: Candidate) -> bool:
    """The figures' alignment is strong or their frames support it (value-free)."""
    al = c.alignment
    return al is not None and (al.strong or al.supported)

