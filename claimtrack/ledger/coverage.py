"""How much of a gold pairs file the ledger's facts cover (the ledger's evaluation).

A gold fact of `pairs.gold.json` (documents a and b, a span in each) is *covered* when one
ledger fact holds a version of document a overlapping its a-span and a version of document b
overlapping its b-span; *right* when that fact's status is also the gold status. A gold
`related` pair (the same topic, a different measure or event) must never be *merged*: no
ledger fact may hold both of its spans. The figures are those of `diff` (claimtrack.evaluate
.score_pair) read over the ledger instead of one pair at a time.

Pure: takes fact summaries (`LedgerFact.summary()` or the `facts -f json` objects) and the
gold pairs; no store, no model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence


@dataclass
class Coverage:
    gold: int = 0  # agree/conflict gold facts
    covered: int = 0  # one ledger fact holds both spans
    right: int = 0  # ... and has the gold status
    by_type: dict = field(default_factory=dict)  # type -> [gold, covered, right]
    related: int = 0  # gold related pairs
    related_merged: int = 0  # of which one ledger fact holds both spans
    facts: int = 0  # ledger facts read
    facts_on_gold: int = 0  # ledger facts that cover at least one gold fact (any status)
    misses: list = field(default_factory=list)  # (pair, gold fact, what the ledger had)
    off_gold: list = field(default_factory=list)  # ledger facts holding no gold pair (any status)
    merged: list = field(default_factory=list)  # (pair, related gold fact, ledger fact id)

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    def as_dict(self) -> dict:
        return {
            "gold": self.gold, "covered": self.covered, "right": self.right,
            "recall": round(self.recall, 3), "by_type": self.by_type,
            "related": self.related, "related_merged": self.related_merged,
            "facts": self.facts, "facts_on_gold": self.facts_on_gold,
        }


def _overlaps(v: dict, doc: str, start: int, end: int) -> bool:
    return v.get("doc") == doc and int(v["start"]) < end and start < int(v["end"])


def holds(fact: dict, pair: dict, gold: dict) -> bool:
    """One ledger fact (a summary) holds both spans of a gold pair fact."""
    vs = fact.get("versions") or []
    return (any(_overlaps(v, pair["a"], gold["a_start"], gold["a_end"]) for v in vs)
            and any(_overlaps(v, pair["b"], gold["b_start"], gold["b_end"]) for v in vs))


def score_ledger(facts: Sequence[dict], pairs: Iterable[dict]) -> Coverage:
    """Score ledger facts (summaries) against gold pairs (the parsed pairs.gold.json)."""
    out = Coverage(facts=len(facts))
    used: set[str] = set()
    for pair in pairs:
        name = f"{pair['a']} ~ {pair['b']}"
        for g in pair.get("facts", []):
            holding = [f for f in facts if holds(f, pair, g)]
            used |= {f["id"] for f in holding}
            if g.get("status") == "related":
                out.related += 1
                if holding:
                    out.related_merged += 1
                    out.merged.append((name, g, [f["id"] for f in holding]))
                continue
            if g.get("status") not in ("agree", "conflict"):
                continue
            counts = out.by_type.setdefault(g.get("type", "?"), [0, 0, 0])
            out.gold += 1
            counts[0] += 1
            if holding:
                out.covered += 1
                counts[1] += 1
            if any(f.get("status") == g["status"] for f in holding):
                out.right += 1
                counts[2] += 1
            else:
                out.misses.append((name, g, [(f["id"], f.get("status")) for f in holding]))
    out.facts_on_gold = len(used)
    out.off_gold = [f for f in facts if f["id"] not in used]
    return out


def describe(cov: Coverage, *, misses: bool = False) -> str:
    """A few lines for people: the figures, then (optionally) each miss and each merge."""
    lines = [f"ledger facts cover {cov.right}/{cov.gold} gold agree/conflict facts with the right "
             f"status ({cov.recall:.2f}; {cov.covered} held in one fact at any status); "
             f"related pairs merged {cov.related_merged}/{cov.related}; "
             f"{cov.facts} facts, {cov.facts_on_gold} on a gold fact"]
    for kind, (g, c, r) in sorted(cov.by_type.items()):
        lines.append(f"  {kind}: {r}/{g} right, {c} held")
    if misses:
        for name, g, held in cov.misses:
            lines.append(f"  miss {g['status']} {g.get('type')}: {g.get('about')} [{name}]"
                         + (f" held as {held}" if held else ""))
        for name, g, ids in cov.merged:
            lines.append(f"  MERGED related: {g.get('about')} [{name}] in {ids}")
        for f in cov.off_gold:
            texts = "; ".join(f"{v['doc'][:12]}: {v.get('text', '')[:40]}" for v in f.get("versions", []))
            lines.append(f"  off gold: {f['id']} {f.get('status')} {f.get('about')}: {texts}")
    return "\n".join(lines)
