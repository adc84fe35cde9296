"""Reading facts keeps diff's alignment of each compared pair in the ledger (schema v7) and reads
it back while the pair's records and the rules are unchanged (hand-made records, no model)."""

from __future__ import annotations

import sqlite3

import pytest
from ledger_data import _doc, build, results

from claimtrack.ledger import open_ledger
from claimtrack.ledger import aligned
from claimtrack.ledger.facts import build_facts, file_results


def _summaries(store, **kw) -> list[dict]:
    return [f.summary() for f in build_facts(store, **kw)]


def _rows(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT a_content, b_content, rules FROM alignments ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def _no_diff(monkeypatch):
    """Make any call of diff fail: a read that needs one is not served from the ledger."""
    import claimtrack.compare as compare

    def refuse(*_a, **_k):
        raise AssertionError("diff_pair ran on a pair whose alignment is stored")

    monkeypatch.setattr(compare, "diff_pair", refuse)


def test_a_second_read_runs_no_diff_and_gives_the_same_facts(tmp_path, monkeypatch):
    path = build(tmp_path / "claims.db")
    with open_ledger(path) as store:
        first = _summaries(store)
        lines = _summaries(store, follow_updates=True)
    assert first and _rows(path), "the first read stores the compared pairs"
    _no_diff(monkeypatch)
    with open_ledger(path) as store:
        assert _summaries(store) == first
        assert _summaries(store, follow_updates=True) == lines


def test_stored_facts_equal_facts_worked_out_without_a_store(tmp_path):
    path = build(tmp_path / "claims.db")
    with open_ledger(path) as store:
        _summaries(store)  # fills the store
        stored = build_facts(store)
    plain = aligned.align(results())
    assert [sorted(f.mentions) for f in sorted(plain, key=lambda f: f.mentions)] == \
        [sorted((v.doc, f.kind, v.start, v.end, v.claim, v.text) for v in f.versions)
         for f in sorted(stored, key=lambda f: [(v.doc, f.kind, v.start, v.end, v.claim, v.text)
                                                 for v in sorted(f.versions, key=lambda v: (v.doc, v.start))])]


def test_a_changed_document_is_diffed_again_and_its_old_pairs_are_dropped(tmp_path):
    path = build(tmp_path / "claims.db")
    with open_ledger(path) as store:
        _summaries(store)
    before = _rows(path)
    changed = _doc("b.txt", "2025-03-02", [
        ("Norway has banned 1,900 fishing boats from the fjord, officials said.",
         {"quantity": ("1,900 fishing boats", {"value": 1900, "unit": "fishing boat"}), "actors": ["norway"],
          "predicate": "ban"}),
    ])
    changed.document.sha256 = "f" * 64  # a new text under the same name: a new version
    with open_ledger(path) as store:
        file_results(store, [changed])
        facts = build_facts(store)
    after = _rows(path)
    assert after != before and len(after) <= len(before)
    # the new version's figure is read, not the stored alignment of the old one
    boats = [f for f in facts if any(v.doc == "b.txt" for v in f.versions) and f.kind == "quantity"]
    assert any(v.text == "1,900 fishing boats" for f in boats for v in f.versions)
    assert all(v.text != "1,200 fishing boats" or v.doc != "b.txt" for f in facts for v in f.versions)


def test_alignments_made_by_other_rules_are_never_read(tmp_path, monkeypatch):
    path = build(tmp_path / "claims.db")
    with open_ledger(path) as store:
        first = _summaries(store)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alignments SET matches = ?", (aligned._encode([]),))  # what other rules found
    conn.commit()
    conn.close()
    monkeypatch.setattr(aligned, "alignment_rules", lambda: "other-rules")
    with open_ledger(path) as store:
        assert _summaries(store) == first
    assert {r[2] for r in _rows(path)} == {"other-rules"}, "rows of the old rules are dropped"


def test_a_read_only_ledger_gives_its_facts_without_storing_them(tmp_path):
    path = build(tmp_path / "claims.db")
    with open_ledger(path) as store:
        expected = _summaries(store)
    sqlite3.connect(path).execute("DELETE FROM alignments").connection.commit()
    with open_ledger(path) as store:
        store.conn.close()
        store.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        assert store.save_alignments("r", {("x", "y"): b"z"}, {("x", "y")}) is False
        assert _summaries(store) == expected
    assert _rows(path) == []


@pytest.mark.parametrize("rows", [[], [["quantity", "agree", "equal", "about", "why", 0.5,
                                        [0, 5, "c1", "12 boats", [[40, 45, "12 boats"]]],
                                        [3, 8, "c2", "twelve boats", []]]]])
def test_a_pair_of_matches_survives_its_stored_form(rows):
    class Side:
        def __init__(self, s):
            self.start, self.end, self.claim, self.text = s[:4]
            self.also = [type("Also", (), {"start": x[0], "end": x[1], "text": x[2]})() for x in s[4]]

    class Match:
        def __init__(self, r):
            self.kind, self.status, self.relation, self.about, self.reason, self.score = r[:6]
            self.a, self.b = Side(r[6]), Side(r[7])

    decoded = aligned._decode(aligned._encode([Match(r) for r in rows]))
    assert [r[:6] for r in decoded] == [r[:6] for r in rows]
    assert [[tuple(s[:4]) for s in r[6:8]] for r in decoded] == [[tuple(s[:4]) for s in r[6:8]] for r in rows]
    assert [[s[4] for s in r[6:8]] for r in decoded] == [[tuple(tuple(x) for x in s[4]) for s in r[6:8]] for r in rows]
