"""Blocking: which mentions of B each mention of A is compared with (value-free keys), and the
candidate matches those comparisons yield."""

from __future__ import annotations

from .candidates import CALENDAR_WORDS, Candidate
from .dates import align_dates, event_of, judge_dates, time_gap
from .mentions import Mention
from .quantities import align_quantities, judge_quantities, parallel_figures
from .quotes import judge_quotes
from .statements import clause_keys, judge_statements
from .units import table

def _bucket_keys(m: Mention) -> set:
    """Keys under which a mention can meet its possible partners (a cheap pre-filter, value-free)."""
    if m.kind == "quantity":
        me = m.measure
        if me is None:
            return set()
        if me.currency:
            return {("cur", me.currency)}
        keys = {("cls", me.cls)} | ({("cls", m.through)} if m.through else set())
        keys |= {("fam", f) for f in table().families.get(me.cls, ())}
        if m.through or me.cls in table().delegates:
            keys.add(("through", "*"))
        keys.add(("loose-any",) if (not me.known or me.cls is None) else ("loose-known",))
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



#: A blocking key shared by more dates of one document than this tells none of them apart;
#: such keys are skipped (in news, one article dates a few dozen events at most).
MAX_DATE_BLOCK = 50


def _date_keys(m: Mention) -> set:
    """Blocking keys of a date, read from what `align_dates` can align on and never from the
    date's value: its event, its actors, the key words beside it, and its grain (a day meets
    days, a month months, which is all the story-level pairing uses)."""
    iso = m.payload.iso or ""
    keys = {("grain", len(iso))} | {("actor", x) for x in m.ctx.actors} | {("term", t) for t in m.ctx.near - CALENDAR_WORDS}
    event = event_of(m)
    if event:
        keys.add(("event", event))
    return keys


def candidate_matches(ma: list[Mention], mb: list[Mention], anchor_a, anchor_b, story: bool = True) -> list[Candidate]:
    out: list[Candidate] = []
    buckets: dict[tuple, list[int]] = {}
    for i, m in enumerate(mb):
        keys = _bucket_keys(m)
        if ("loose-any",) in keys or ("loose-known",) in keys:
            keys = keys | {("loose-all",)}
        for key in keys:
            buckets.setdefault((m.kind,) + key, []).append(i)
    linked: set = set()
    parallel_done = False
    for a in sorted(ma, key=lambda m: m.kind != "quantity"):  # figures first: they link dates
        if a.kind != "quantity" and not parallel_done:
            parallel_done = True
            out += parallel_figures(out, anchor_a, anchor_b, story)
            linked = _date_links(out)
        seen: set[int] = set()
        keys = _bucket_keys(a)
        if ("loose-any",) in keys:  # an unplaced figure looks at every figure of B
            keys = (keys - {("loose-any",)}) | {("loose-all",)}
        elif ("loose-known",) in keys:  # a placed one at B's unplaced figures
            keys = (keys - {("loose-known",)}) | {("loose-any",)}
        if a.kind == "statement" and a.frame is not None and a.frame.subject:
            keys = keys | {("actor", a.frame.subject)}
        for key in keys:
            bucket = buckets.get((a.kind,) + key, ())
            if a.kind == "date" and len(bucket) > MAX_DATE_BLOCK:
                continue  # a key every date shares tells none of them apart (like a stop word)
            seen.update(bucket)
        if a.kind == "statement" and a.frame is not None and a.frame.subject:
            seen.update(i for i in buckets.get(("statement", "subj", a.frame.subject), ()))
        for i in sorted(seen):
            b = mb[i]
            c = None
            if a.kind == "quantity":
                al = align_quantities(a, b, story)
                if al is not None:
                    c = judge_quantities(a, b, al, time_gap(a, b, anchor_a, anchor_b), story)
            elif a.kind == "date":
                al = align_dates(a, b, story, frozenset(linked))
                if al is not None:
                    c = judge_dates(a, b, al)
            elif a.kind == "quote":
                c = judge_quotes(a, b)
            else:
                c = judge_statements(a, b)
            if c is not None:
                out.append(c)
    return out



def _date_links(cands: list[Candidate]) -> set:
    """(A date offset, B date offset) for the dates governing the figures of each best pair."""
    best: dict = {}
    for c in cands:
        if c.a.kind == "quantity" and c.a.frame is not None and c.b.frame is not None \
                and c.a.frame.as_of_start is not None and c.b.frame.as_of_start is not None:
            for key in (("a", c.a.key), ("b", c.b.key)):
                if key not in best or c.score > best[key].score:
                    best[key] = c
    return {(c.a.frame.as_of_start, c.b.frame.as_of_start) for c in best.values()}

