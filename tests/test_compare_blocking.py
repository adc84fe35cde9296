"""Blocking in diff_pair (issue 14): a document of thousands of figures or quotes is compared in
time near-linear in its size, and an article of ordinary size exactly as without blocking."""

from __future__ import annotations

import random

from claimtrack.compare import blocking, diff_pair
from claimtrack.models import Claim, DocumentInfo, DocumentResult, Quantity, Quote

_PLACES = ["harbour", "airport", "stadium", "market", "station", "bridge", "library", "hospital", "factory",
           "school", "museum", "prison", "clinic", "depot", "quarry", "mill", "farm", "dock", "tunnel", "park"]
_VERBS = ["inspected", "counted", "repaired", "painted", "cleaned", "moved", "checked", "replaced"]


def _figures(name: str, n: int, seed: int, extra: str = "") -> DocumentResult:
    """`n` sentences, each with a count of lorries (one measure), in varied wording."""
    rng = random.Random(seed)
    claims, pos = [], 0
    for i in range(n):
        sent = f"Workers {rng.choice(_VERBS)} {i + 7} lorries near the {rng.choice(_PLACES)} of {rng.choice(_PLACES)}."
        if extra and i == n // 2:
            sent = extra
        fig = next(w for w in sent.split() if w.isdigit())
        q0 = pos + sent.index(f" {fig} ") + 1
        text = f"{fig} lorries"
        claims.append(Claim(id=f"{name}{i}", doc=name, kind="quantity", start=pos, end=pos + len(sent), text=sent,
                            quantities=[Quantity(start=q0, end=q0 + len(text), text=text, value=float(fig), unit="lorry")]))
        pos += len(sent) + 1
    return DocumentResult(document=DocumentInfo(doc=name, sha256="0" * 64, chars=pos), claims=claims)


def _count_calls(monkeypatch, name: str) -> list:
    calls: list = []
    real = getattr(blocking, name)
    monkeypatch.setattr(blocking, name, lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def test_figures_of_one_measure_are_compared_in_near_linear_time(monkeypatch):
    calls = _count_calls(monkeypatch, "align_quantities")
    counts = []
    for n in (300, 600):
        calls.clear()
        diff_pair(_figures("a", n, 1), _figures("b", n, 2))
        counts.append(len(calls))
    assert counts[0] < 300 * 300 / 2, "every figure was compared with every figure of its measure"
    assert counts[1] / counts[0] < 2.5, f"comparisons grew {counts[1] / counts[0]:.1f}x when the figures doubled"


def test_a_figure_meets_at_most_a_block_of_partners_from_large_buckets():
    """Every bucket of a figure is large (one measure, hundreds of figures): it is compared with
    at most MAX_BLOCK of B's figures, those sharing the most narrow keys with it, so the
    comparisons per figure do not grow with the document (they grew ~1.6x per doubling before)."""
    from claimtrack.compare.pair import prepare

    a, b = prepare(_figures("a", 400, 1)), prepare(_figures("b", 400, 2))
    index = blocking._Index(b.mentions)
    sizes = [len(index.partners(m)) for m in a.mentions if m.kind == "quantity"]
    assert max(sizes) <= blocking.MAX_BLOCK, f"a figure met {max(sizes)} partners"
    assert min(sizes) > 0, "a figure met no partner at all"


def test_a_figure_still_meets_its_partner_in_a_large_document():
    sent_a = "Customs officers seized 41 lorries carrying smuggled tobacco at the mountain pass."
    sent_b = "At the mountain pass, customs officers seized 44 lorries loaded with smuggled tobacco."
    report = diff_pair(_figures("a", 400, 1, extra=sent_a), _figures("b", 400, 2, extra=sent_b))
    pairs = [(m.a.text, m.b.text, m.status) for m in report.matches]
    assert ("41 lorries", "44 lorries", "conflict") in pairs


def test_small_articles_are_compared_whole(monkeypatch):
    """Below MAX_BLOCK figures of one measure every pair is compared, as without blocking."""
    calls = _count_calls(monkeypatch, "align_quantities")
    n = blocking.MAX_BLOCK
    diff_pair(_figures("a", n, 1), _figures("b", n, 2))
    assert len(calls) == n * n


def _quotes(name: str, n: int, seed: int, extra: str = "") -> DocumentResult:
    rng = random.Random(seed)
    # A news-sized vocabulary (made-up words, a few thousand): word pairs rarely repeat, as in real quotes.
    vocab = [a + b + c for a in ("ba", "de", "ki", "lo", "mu", "ne", "po", "ra", "si", "tu")
             for b in ("l", "m", "n", "r", "s", "t", "v", "z") for c in ("an", "en", "in", "on", "ul", "ar", "or", "ex",
                                                                      "ay", "ow", "ia", "eo", "ui", "am", "ot", "ic")]
    claims, pos = [], 0
    for i in range(n):
        words = extra if extra and i == n // 2 else " ".join(rng.choice(vocab) for _ in range(9)).capitalize()
        sent = f"\u201c{words},\u201d the mayor said."
        claims.append(Claim(id=f"{name}{i}", doc=name, kind="quote", start=pos, end=pos + len(sent), text=sent,
                            quote=Quote(start=pos + 1, end=pos + 2 + len(words), text=words + ",",
                                        speaker="Ana Lima", speaker_id="ana-lima")))
        pos += len(sent) + 1
    return DocumentResult(document=DocumentInfo(doc=name, sha256="0" * 64, chars=pos), claims=claims)


def test_quotes_are_compared_in_near_linear_time(monkeypatch):
    calls = _count_calls(monkeypatch, "judge_quotes")
    said = "We will never close the old lighthouse while I am mayor of this town"
    for n in (200, 400):
        calls.clear()
        report = diff_pair(_quotes("a", n, 1, extra=said), _quotes("b", n, 2, extra=said))
        # blocking still finds the one shared quote among n x n; its status is `related`
        # (different-story): two documents of random words share no story (compare.pair.one_story)
        assert any(m.kind == "quote" and m.status in ("agree", "related") and "lighthouse" in m.a.text
                   and "lighthouse" in m.b.text for m in report.matches)
        assert len(calls) <= 2 * n, f"{len(calls)} quote comparisons for {n} quotes a side (all pairs: {n * n})"


def test_dates_are_also_assigned_one_to_one_so_a_date_whose_best_partner_is_taken_meets_its_next():
    from types import SimpleNamespace

    from claimtrack.compare.candidates import Candidate
    from claimtrack.compare.select import select

    def m(side, i):
        # (four days: every pair is of one precision, compare.select.SAME_PRECISION_RANK)
        return SimpleNamespace(kind="date", key=("date", i, i + 1), start=i, payload=SimpleNamespace(grain="day", part=None))

    a1, a2, b1, b2 = m("a", 0), m("a", 10), m("b", 0), m("b", 10)

    def cand(a, b, score):
        return Candidate(a, b, "related", "different-date", "date", "", score)

    chosen = select([cand(a1, b1, 0.5), cand(a1, b2, 0.45), cand(a2, b1, 0.45), cand(a2, b2, 0.2)])
    assert {(c.a.start, c.b.start) for c in chosen} >= {(0, 0), (10, 10)}


_CREWS = ["Road crews", "Inspectors", "Volunteers", "Engineers", "Park rangers", "Contractors"]


def _dated(name: str, n: int, seed: int) -> DocumentResult:
    """`n` dated sentences naming the same few crews, verbs and places: every blocking key of a
    date (its grain, its words, its verb) is shared by far more than MAX_BLOCK dates."""
    from claimtrack.models import DateMention

    rng = random.Random(seed)
    claims, pos = [], 0
    for i in range(n):
        day = rng.randint(1, 28)
        date = f"April {day}"
        sent = f"{rng.choice(_CREWS)} {rng.choice(_VERBS)} the {rng.choice(_PLACES[:4])} on {date}."
        d0 = pos + sent.index(date)
        claims.append(Claim(id=f"{name}{i}", doc=name, kind="statement", start=pos, end=pos + len(sent), text=sent,
                            dates=[DateMention(start=d0, end=d0 + len(date), text=date, iso=f"2031-04-{day:02d}",
                                               grain="day")]))
        pos += len(sent) + 1
    return DocumentResult(document=DocumentInfo(doc=name, sha256="0" * 64, chars=pos), claims=claims)


def test_a_date_whose_every_key_is_common_still_meets_a_bounded_block_of_partners():
    """A document of hundreds of dates with the same few words: each date meets at most MAX_BLOCK
    dates of B, those sharing the most of its keys (two at once when each alone is too common).
    Before, such a date met none: from about 1,000 claims a side no date was compared."""
    from claimtrack.compare.pair import prepare

    a, b = prepare(_dated("a", 600, 1)), prepare(_dated("b", 600, 2))
    index = blocking._Index(b.mentions)
    sizes = [len(index.partners(m)) for m in a.mentions if m.kind == "date"]
    assert sizes and max(sizes) <= blocking.MAX_BLOCK, f"a date met {max(sizes)} partners"
    assert min(sizes) > 0, "a date met no partner at all"
