"""A small ledger built from hand-made records (no model): for CLI, JSON-LD and chart tests."""

from __future__ import annotations

from claimtrack.ledger import open_ledger
from claimtrack.ledger.facts import file_results
from claimtrack.models import Actor, Claim, DocumentInfo, DocumentResult, Quantity, Quote

MINISTER = Actor(id="ana-lima", name="Ana Lima", type="PERSON", aliases=["Lima"])
NORWAY = Actor(id="norway", name="Norway", type="GPE", aliases=["Norway"])


def _doc(name: str, published: str, sentences: list[tuple[str, dict]]) -> DocumentResult:
    """A document whose text is the sentences joined by spaces; each sentence is one claim."""
    text, claims = "", []
    for i, (sentence, parts) in enumerate(sentences):
        start = len(text)
        text += sentence + " "
        kw: dict = {"actors": parts.get("actors", [])}
        if "quantity" in parts:
            words, fields = parts["quantity"]
            q0 = start + sentence.index(words)
            kw["quantities"] = [Quantity(start=q0, end=q0 + len(words), text=words, **fields)]
        if "quote" in parts:
            words, speaker = parts["quote"]
            q0 = start + sentence.index(words)
            kw["quote"] = Quote(start=q0, end=q0 + len(words), text=words, speaker=speaker.name,
                                speaker_id=speaker.id, cue="said")
        kind = "quote" if "quote" in parts else "quantity" if "quantity" in parts else "statement"
        claims.append(Claim(id=f"{name}-{i}", doc=name, kind=kind, start=start, end=start + len(sentence),
                            text=sentence, predicate=parts.get("predicate"), **kw))
    info = DocumentInfo(doc=name, sha256=(name.encode().hex() * 64)[:64], published=published, chars=len(text),
                        title=f"Story {name}", actors=[MINISTER, NORWAY])
    return DocumentResult(document=info, claims=claims)


#: A claim with no quantity, date or quote: exported too.
STATEMENT = "Trawlers from Norway must stay out of the fjord until the spring."


def results() -> list[DocumentResult]:
    return [
        _doc("a.txt", "2025-03-01", [
            ("Norway has banned 1,200 fishing boats from the fjord.",
             {"quantity": ("1,200 fishing boats", {"value": 1200, "unit": "fishing boat"}), "actors": ["norway"],
              "predicate": "ban"}),
            ("\"We will not back down on the quota,\" Ana Lima said.",
             {"quote": ("We will not back down on the quota,", MINISTER), "actors": ["ana-lima"], "predicate": "say"}),
            ("The fjord ban costs Norway's fishermen €40 million a year.",
             {"quantity": ("€40 million", {"value": 40_000_000, "currency": "EUR", "period": "year"}), "actors": ["norway"],
              "predicate": "cost"}),
        ]),
        _doc("b.txt", "2025-03-02", [
            ("Norway has banned 1,200 fishing boats from the fjord, officials said.",
             {"quantity": ("1,200 fishing boats", {"value": 1200, "unit": "fishing boat"}), "actors": ["norway"],
              "predicate": "ban"}),
            ("\"We will not back down on the quota,\" Ana Lima said on Sunday.",
             {"quote": ("We will not back down on the quota,", MINISTER), "actors": ["ana-lima"], "predicate": "say"}),
            ("The fjord ban costs Norway's fishermen €45 million a year.",
             {"quantity": ("€45 million", {"value": 45_000_000, "currency": "EUR", "period": "year"}), "actors": ["norway"],
              "predicate": "cost"}),
        ]),
        _doc("c.txt", "2025-06-10", [
            ("Norway has now banned 3,400 fishing boats from the fjord.",
             {"quantity": ("3,400 fishing boats", {"value": 3400, "unit": "fishing boat"}), "actors": ["norway"],
              "predicate": "ban"}),
            (STATEMENT, {"actors": ["norway"], "predicate": "stay"}),
        ]),
    ]


def build(path) -> str:
    """File the records in a new ledger at `path`; return the path as a string."""
    with open_ledger(path) as store:
        file_results(store, results())
    return str(path)
