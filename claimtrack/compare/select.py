"""Selection: of all candidate matches, keep each mention's best-aligned partner (and partners
nearly as well aligned); the status plays no part."""

from __future__ import annotations

from .candidates import ALIGN_MIN, Candidate
from .context import stem
from .units import SAME, counted, roles_of, table

#: A partner scoring at least this share of a mention's best partner is kept beside it: the
#: scores of two wordings of one fact differ by the few words each adds (a fifth of the score).
NEAR_BEST = 0.8
_ASSIGNED = frozenset({"date"})  # figures: their best-partner rules already cover it (measured)


def _align_score(c: Candidate) -> float:
    """What selection ranks candidates by: the alignment alone (statuses are never compared)."""
    return c.score


#: Measures every story states many of (how long, what share): one of them in a report is no
#: sign that it is the report's one figure of a thing.
_EVERYWHERE = frozenset({"duration", "share of total"})


def _one_of_a_kind(measure) -> bool:
    """A count, or a measurement of a length, weight, area or volume; not money, a duration or a
    share (a story states many amounts, spans and percentages)."""
    if measure is None or measure.currency:
        return False
    return counted(measure) or not (table().families.get(measure.cls, frozenset()) & _EVERYWHERE)


def only_counts(mentions: list) -> frozenset:
    """Keys of the figures that are their document's one figure of what they count or measure
    (`_one_of_a_kind`): no other figure of the document has their measure, a figure restated (a
    headline and the body, `also`) counting once. Read from measures alone, never from values."""
    groups: dict = {}
    for m in mentions:
        if m.kind == "quantity" and _one_of_a_kind(m.measure):
            spans = tuple(sorted({(m.start, m.end), *((s, e) for s, e, _ in m.also)}))
            groups.setdefault(m.measure, set()).add(spans)
    return frozenset(m.key for m in mentions if m.kind == "quantity" and len(groups.get(m.measure, ())) == 1)


def _roles(m) -> frozenset:
    """What happened to the counted things, from the words of the figure's clause and from the
    verb its frame names ("Two hikers, both from Leeds, drowned": the commas cut the clause)."""
    f = m.frame
    verb = getattr(f, "predicate", None) if f is not None else None
    return m.roles | (roles_of({stem(w) for w in verb.split()}) if verb else frozenset())


def _sole_pair(c: Candidate, sole_a: frozenset, sole_b: frozenset) -> bool:
    """Each figure is its document's one count (or length, weight...) of one thing (the same
    unit class on both sides), and the two clauses say the same happened to what is counted (the same roles, or
    none): two reports of one story giving one count each of one thing give the story's count."""
    return (c.one_measure and c.how == SAME and c.a.key in sole_a and c.b.key in sole_b
            and _roles(c.a) == _roles(c.b))


def select(cands: list[Candidate], sole: tuple = (frozenset(), frozenset())) -> list[Candidate]:
    """Keep, for every mention on either side, its best-aligned partner (so one figure may be
    stated twice by the other side). The status plays no part: only the alignment does.
    `sole`: A's and B's figures that are their document's one count of a thing (`only_counts`)."""
    best_a: dict[tuple, Candidate] = {}
    best_b: dict[tuple, Candidate] = {}
    for c in cands:
        ka, kb = c.a.key, c.b.key
        if ka not in best_a or _align_score(c) > _align_score(best_a[ka]):
            best_a[ka] = c
        if kb not in best_b or _align_score(c) > _align_score(best_b[kb]):
            best_b[kb] = c
    chosen = {id(c): c for c in list(best_a.values()) + list(best_b.values())}
    # A mention already in a conflict on its own evidence: a weak pair of it with the other
    # side's restatement of that figure (a headline and the body) says the same again.
    in_conflict = {k for c in chosen.values() if c.status == "conflict" for k in (("a", c.a.key), ("b", c.b.key))}
    for c in chosen.values():
        mutual = best_a[c.a.key] is c and best_b[c.b.key] is c
        if (c.mutual_conflict or _sole_pair(c, *sole)) and mutual and ("a", c.a.key) not in in_conflict \
                and ("b", c.b.key) not in in_conflict:
            # One measure, one story, and each figure is the other's best-aligned partner.
            c.status, c.relation = "conflict", "disjoint"
            c.reason = c.reason.replace(", but the contexts differ", "; each is the other's closest figure of this measure")
    # A fact stated twice on one side (a headline and the body): partners nearly as well aligned
    # as the best are the same fact too.
    for c in cands:
        if id(c) not in chosen and (
                _align_score(c) >= NEAR_BEST * _align_score(best_a[c.a.key])
                or _align_score(c) >= NEAR_BEST * _align_score(best_b[c.b.key])) and _align_score(c) >= ALIGN_MIN:
            chosen[id(c)] = c
    # A one-to-one assignment of each kind's mentions (greedy, best-aligned first): a mention
    # whose best partner is taken by a better-aligned one still meets its next best ("Thursday"
    # and "Thursday" when a headline's "today" scores higher with both).
    used: set = set()
    for c in sorted((c for c in cands if c.a.kind in _ASSIGNED and _align_score(c) >= ALIGN_MIN / 2),
                    key=lambda c: -_align_score(c)):
        ka, kb = ("a",) + c.a.key, ("b",) + c.b.key
        if ka in used or kb in used:
            continue
        used.update((ka, kb))
        chosen.setdefault(id(c), c)
    return sorted(chosen.values(), key=lambda c: (c.a.start, c.b.start))

