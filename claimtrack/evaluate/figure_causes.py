"""Why a gold quantity fact is missed: read by `bench/quantity_causes.py` (issue 13, figures).

Pure over compare's objects: the two prepared documents (`compare.prepare`), diff's matches for
the pair and a gold fact; no store, no model, no files. The first cause that holds is given:

- `not extracted (A|B)`: a side's span holds no figure;
- `different stories`: the two documents are not one story (`compare.pair.one_story`);
- `measures differ: <A> vs <B>`: the figures' measures (unit class or currency, compare.units)
  are neither one nor close, so alignment never starts; for two counts, which wording keeps them
  apart (`measures differ, two nouns for people`, `..., a count with no noun`, `..., two counted
  nouns WordNet does not relate`);
- `not aligned (...)`: one measure, but `align_quantities` pairs them not (similarity, frame
  evidence, clashes); `not aligned, close measures (...)` for a kind and its kin ("people" /
  "skiers");
- `blocked`: aligned, but blocking never compares them;
- `aligned, wrong status (...)`: the judge's status is not the gold one (for a conflict left
  `related`: which test of compare.select's mutual-best and weak-one-fact rules fails);
- `other partner: ...`: aligned with the gold status, but selection keeps the figure with
  another partner (named, with both alignment scores).
"""

from __future__ import annotations

from ..compare.blocking import candidate_matches
from ..compare.figure_kinds import _measure_relation, person_noun
from ..compare.pair import one_story, pair_mentions
from ..compare.quantities import _how_related, align_quantities, alignment_evidence, figure_similarity
from ..compare.select import Sides, only_counts, select
from ..compare.units import CLOSE, counted
from .pairs import match_covers_fact


def _spans(m) -> list[tuple[int, int]]:
    return [(m.start, m.end), *((s, e) for s, e, _ in m.also)]


def _covers(m, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in _spans(m))


def _figures(mentions: list, start: int, end: int) -> list:
    return [m for m in mentions if m.kind == "quantity" and _covers(m, start, end)]


def _measure(m) -> str:
    me = m.measure
    if me is None:
        return "no measure"
    if me.currency:
        return f"{me.currency}" + (f"/{me.period}" if me.period else "")
    return f"{me.cls or '-'}{'' if me.known else '?'}" + (f"/{me.period}" if me.period else "")


def _frame(m) -> str:
    f = m.frame
    if f is None:
        return "(no frame)"
    parts = [f"pred={f.predicate}/{f.role}/{f.prep}", f"thing={f.thing}", f"measured={f.measured}",
             f"holder={f.holder}", f"mods={','.join(f.modifiers)}"]
    return " ".join(parts)


def _describe(m) -> str:
    return f"{m.text!r} [{_measure(m)}] {_frame(m)} interval={m.interval}"


def _counted_kind(x, y) -> str:
    """Which kind of counted-thing wording keeps two counts apart, for the cause counts: two nouns
    for people (WordNet's person nouns: "workers" / "men"), a count with no noun on one side, or two
    counted nouns WordNet does not relate ("films" / "titles"); "" for money, measurements and
    periods."""
    mx, my = x.measure, y.measure
    if mx is None or my is None or mx.currency or my.currency or mx.period != my.period:
        return ""
    if not (counted(mx) and counted(my)):
        return ""
    if not mx.cls or not my.cls:
        return ", a count with no noun"
    if person_noun(x) is not None and person_noun(y) is not None:
        return ", two nouns for people"
    return ", two counted nouns WordNet does not relate"


def _not_aligned(x, y, story: bool) -> str:
    """Why two figures of one measure are not aligned (align_quantities returned None)."""
    sim = figure_similarity(x, y)
    role_clash = bool(x.roles and y.roles and not x.roles & y.roles)
    related = _how_related(x, y, sim, role_clash, story)
    if related is None:
        return f"not aligned (similarity {sim:.2f}, measures not related in context)"
    ev = alignment_evidence(x, y, related[0], role_clash)
    why = f"; {'; '.join(ev.clashes)}" if ev.clashes else ""
    # two counts of close measures (a kind and its kin: "people" / "skiers") apart from one measure
    kind = ", close measures" if related[0] == CLOSE else ""
    return f"not aligned{kind} (similarity {sim:.2f}, frame bonus {ev.bonus:+.2f}, {ev.how}{why})"


def _why_not_conflict(c, cands: list, sides: Sides, sole: tuple) -> str:
    from ..compare import select as sel

    best_a = max((d for d in cands if d.a.key == c.a.key), key=lambda d: d.score)
    best_b = max((d for d in cands if d.b.key == c.b.key), key=lambda d: d.score)
    if best_a is not c or best_b is not c:
        return "not mutual best"
    if c.one_measure and sel._sole_pair(c, *sole):
        return "sole pair (should be conflict)"
    if not sel._weak_one_fact(c, sides, sole):
        return f"not a weak one fact: {_weak_fails(c, sides, sole)}"
    return "not a clear best"


def _weak_fails(c, sides, sole) -> str:
    """Which test of compare.select._weak_one_fact the pair fails, first first."""
    from ..compare import select as sel
    from ..compare.figure_kinds import two_things
    from ..compare.units import table

    if "duration" in table().families.get(c.a.measure.cls, ()) and not (sel._sizes_a_thing(c.a, c.b) or sel._one_clause(c.a, c.b)):
        return "spans of time"
    if c.a.interval is None or c.b.interval is None or not sel._values_differ(c.a, c.b):
        return "values not disjoint"
    if sel._align_score(c) < sel.ALIGN_MIN and not (c.a.key in sole[0] and c.b.key in sole[1]):
        return f"score {c.score:.2f} under the floor and not each side's one count"
    if c.a.through != c.b.through:
        return "counted through a group on one side"
    if sel._sizes_another(c.a, c.b):
        return "one sizes another thing"
    if not sel._same_section(c, sides):
        return "not at a like depth of the two stories"
    if sel._rounded(c.a, c.b):
        return "one is the other rounded"
    if sel._roles(c.a) != sel._roles(c.b):
        return f"roles differ ({','.join(sorted(sel._roles(c.a)))} vs {','.join(sorted(sel._roles(c.b)))})"
    if two_things(c.a, c.b):
        return "two things (stock and change, substance, dollar)"
    return "the alignment has a note, a moment or another measure"


def quantity_cause(fact: dict, pa, pb, matches: list, verbose: int = 0) -> tuple[str, list[str]]:
    """(the cause, lines of detail) for one gold quantity fact."""
    if any(m.status == fact["status"] and match_covers_fact(m, fact) for m in matches):
        return "found", []
    ma, mb = pair_mentions(pa, pb)  # amounts converted at the rates either states, as diff compares them
    fa = _figures(ma, fact["a_start"], fact["a_end"])
    fb = _figures(mb, fact["b_start"], fact["b_end"])
    detail = [f"A {_describe(m)}" for m in fa] + [f"B {_describe(m)}" for m in fb]
    if not fa or not fb:
        return f"not extracted ({'A' if not fa else ''}{'B' if not fb else ''})", detail
    story = one_story(pa.story, pb.story)
    if not story:
        return "different stories", detail
    measured = [(x, y) for x in fa for y in fb if _measure_relation(x, y) is not None]
    if not measured:
        return f"measures differ{_counted_kind(fa[0], fb[0])}: {_measure(fa[0])} vs {_measure(fb[0])}", detail
    cands = candidate_matches(ma, mb, pa.anchor, pb.anchor, story)
    near = [c for c in cands if c.a.kind == "quantity" and c.a in fa and c.b in fb]
    if not near:
        aligned = [(x, y) for x, y in measured if align_quantities(x, y, story) is not None]
        if aligned:
            return "blocked", detail
        x, y = measured[0]
        return _not_aligned(x, y, story), detail
    right = [c for c in near if c.status == fact["status"]]
    sides = Sides(tuple(ma), tuple(mb), pa.result.document.chars, pb.result.document.chars)
    sole = (only_counts(ma), only_counts(mb))
    if not right:
        c = max(near, key=lambda c: c.score)
        extra = ""
        if fact["status"] == "conflict" and c.relation == "different-measure":
            extra = f"; {_why_not_conflict(c, cands, sides, sole)}"
        reason = c.reason if verbose else c.reason[:90]
        return f"aligned, wrong status ({c.status}/{c.relation}{extra})", detail + [f"  reason: {reason}"]
    c = max(right, key=lambda c: c.score)
    chosen = select(list(cands), sole, sides)
    for side, key in (("A", c.a.key), ("B", c.b.key)):
        others = [d for d in chosen if (d.a.key if side == "A" else d.b.key) == key and d is not c]
        if others:
            o = max(others, key=lambda d: d.score)
            partner = o.b if side == "A" else o.a
            return (f"other partner: {side}'s figure kept with {partner.text!r} ({o.score:.2f} vs {c.score:.2f})",
                    detail)
    return "aligned right, not chosen", detail
