"""diff_pair scored on the development pairs (data/gold/seeds/pairs.gold.json).

The documents are rebuilt from the gold annotations themselves (each gold quantity, date and
quote in its sentence, with the gold actors found there), so this measures the comparison
alone, independent of how well the extractors do at the moment. A gold fact is found when a
predicted match overlaps its span in A and in B with the same status.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimtrack.evaluate import PAIR_TARGETS
from claimtrack.compare import diff_pair
from claimtrack.models import Claim, DateMention, DocumentInfo, DocumentResult, Quantity, Quote

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold" / "seeds"
SEEDS = ROOT / "seeds"
KINDS = ("quantity", "date", "quote")

_SENT_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in _SENT_END.finditer(text)] + [len(text)]
    s = max(b for b in bounds if b <= start)
    e = min((b for b in bounds if b >= end), default=len(text))
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, max(e, end)


def gold_result(name: str) -> DocumentResult:
    """A DocumentResult holding exactly the gold mentions of one seed article."""
    gold = json.loads((GOLD / f"{name}.gold.json").read_text("utf-8"))
    text = (SEEDS / name).read_text("utf-8")
    aliases = [(alias, _slug(a["name"])) for a in gold["actors"] for alias in a["aliases"]]
    claims: list[Claim] = []

    def claim_for(kind: str, start: int, end: int, **mentions) -> Claim:
        s, e = _sentence(text, start, end)
        sent = text[s:e]
        actors = []
        for alias, aid in aliases:
            if re.search(rf"\b{re.escape(alias)}\b", sent) and aid not in actors:
                actors.append(aid)
        return Claim(id=f"{kind}-{start}", doc=name, kind=kind, start=s, end=e, text=sent, actors=actors, **mentions)

    sentence_dates: dict[tuple, list] = {}
    for d in gold["dates"]:
        sentence_dates.setdefault(_sentence(text, d["start"], d["end"]), []).append(
            DateMention(start=d["start"], end=d["end"], text=d["text"], iso=d["iso"]))
    for q in gold["quantities"]:
        fields = {k: q[k] for k in ("start", "end", "text", "value", "low", "high", "unit", "currency", "qualifier")}
        c = claim_for("quantity", q["start"], q["end"], quantities=[Quantity(**fields)])
        c.dates = sentence_dates.get((c.start, c.end), [])
        claims.append(c)
    for d in gold["dates"]:
        claims.append(claim_for("date", d["start"], d["end"], dates=[DateMention(
            start=d["start"], end=d["end"], text=d["text"], iso=d["iso"])]))
    for qt in gold["quotes"]:
        speaker = qt.get("speaker")
        claims.append(claim_for("quote", qt["start"], qt["end"], quote=Quote(
            start=qt["start"], end=qt["end"], text=qt["text"], speaker=speaker,
            speaker_id=_slug(speaker) if speaker else None)))
    # Statement claims for the other sentences that name an actor, as the extractor makes them.
    covered = {(c.start, c.end) for c in claims}
    bounds = [0] + [m.end() for m in _SENT_END.finditer(text)] + [len(text)]
    for s, e in zip(bounds, bounds[1:]):
        sent = text[s:e].rstrip()
        if not sent.strip() or (s, s + len(sent)) in covered or len(sent.split()) < 5:
            continue
        c = claim_for("statement", s, s + len(sent))
        if c.actors:
            claims.append(c)
    claims.sort(key=lambda c: (c.start, c.end))
    return DocumentResult(document=DocumentInfo(doc=name, sha256="0" * 64, published=gold.get("published")),
                          claims=claims)


def _overlaps(s1, e1, s2, e2) -> bool:
    return s1 < e2 and s2 < e1


def score_pairs(diff=diff_pair, *, gold_dir: Path = GOLD, results=None) -> dict:
    """Score diff on a pairs.gold.json; `results` maps names to DocumentResults (else gold-built)."""
    pairs = json.loads((gold_dir / "pairs.gold.json").read_text("utf-8"))
    cache: dict[str, DocumentResult] = dict(results or {})
    found = total = related_as_conflict = conflicts = real_conflicts = 0
    misses = []
    for pair in pairs:
        for name in (pair["a"], pair["b"]):
            if name not in cache:
                cache[name] = gold_result(name)
        a, b = cache[pair["a"]], cache[pair["b"]]
        report = diff(a, b)
        facts = pair["facts"]

        def hits(f, status=None):
            return [m for m in report.matches
                    if _overlaps(m.a.start, m.a.end, f["a_start"], f["a_end"])
                    and _overlaps(m.b.start, m.b.end, f["b_start"], f["b_end"])
                    and (status is None or m.status == status)]

        for f in facts:
            if f["type"] in KINDS and f["status"] in ("agree", "conflict"):
                total += 1
                if hits(f, f["status"]):
                    found += 1
                else:
                    misses.append((pair["a"], pair["b"], f["about"], [m.status for m in hits(f)]))
            if f["status"] == "related" and hits(f, "conflict"):
                related_as_conflict += 1
        for m in report.matches:
            if m.status == "conflict" and m.kind in KINDS:
                conflicts += 1
                real_conflicts += any(
                    f["status"] == "conflict" and _overlaps(m.a.start, m.a.end, f["a_start"], f["a_end"])
                    and _overlaps(m.b.start, m.b.end, f["b_start"], f["b_end"]) for f in facts)
    return {"found": found, "total": total, "recall": found / total if total else 1.0,
            "conflicts": conflicts, "real_conflicts": real_conflicts,
            "precision": real_conflicts / conflicts if conflicts else 1.0,
            "related_as_conflict": related_as_conflict, "misses": misses}


@pytest.mark.skipif(not (SEEDS / "000_db0eeab38ea5c496.txt").exists(), reason="seed articles not present")
def test_pairs_gold_targets():
    s = score_pairs()
    assert s["recall"] >= PAIR_TARGETS["facts"], s
    assert s["precision"] >= PAIR_TARGETS["conflicts"], s
    assert s["related_as_conflict"] == 0, s


@pytest.mark.skipif(not (SEEDS / "000_db0eeab38ea5c496.txt").exists(), reason="seed articles not present")
def test_gold_related_quantities_are_related_not_conflict():
    """The 'looks disjoint but different event or measure' facts: never a conflict."""
    pairs = json.loads((GOLD / "pairs.gold.json").read_text("utf-8"))
    for pair in pairs:
        report = diff_pair(gold_result(pair["a"]), gold_result(pair["b"]))
        for f in pair["facts"]:
            if f["status"] != "related" or f["type"] != "quantity":
                continue
            for m in report.matches:
                if _overlaps(m.a.start, m.a.end, f["a_start"], f["a_end"]) and _overlaps(
                        m.b.start, m.b.end, f["b_start"], f["b_end"]):
                    assert m.status != "conflict", (f["about"], m)


DEV = ROOT / "data" / "dev"


@pytest.mark.model
@pytest.mark.skipif(not (DEV / "gold" / "pairs.gold.json").exists(), reason="dev pairs not present")
def test_dev_pairs_end_to_end_never_call_related_a_conflict(gold_extraction):
    """Held-out article pairs through the real extractor: the safety targets must hold."""
    results = {name: result for name, (result, _) in gold_extraction(DEV / "gold").items()}
    s = score_pairs(gold_dir=DEV / "gold", results=results)
    assert s["related_as_conflict"] == 0, s
    assert s["precision"] >= PAIR_TARGETS["conflicts"], s
    assert s["recall"] >= 0.6, s  # 0.79 when written; the extractors bound the rest


if __name__ == "__main__":  # a quick report: python tests/test_compare_gold.py
    print(json.dumps(score_pairs(), indent=1))
