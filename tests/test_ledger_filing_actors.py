"""Filing matches each document's actors against the ledger's actors, one record per id, as
`actor_records` reads them: filing a folder in one run is filing its files run by run, and the
actors a document is matched against do not grow with the copies filed before it (invented
records, no model)."""

from __future__ import annotations

from ledger_data import _doc, results

from claimtrack.actorids import identity
from claimtrack.ledger import open_ledger
from claimtrack.ledger.facts import file_results
from claimtrack.models import Actor


def _copies(n: int) -> list:
    """n reports of one story under distinct names and texts, each naming the minister in full
    or by surname only."""
    out = []
    for i in range(n):
        r = _doc(f"r{i:03d}.txt", "2025-03-01", [
            (f"Ana Lima said {100 + i} fishing boats were banned.",
             {"quantity": (f"{100 + i} fishing boats", {"value": 100 + i, "unit": "fishing boat"}),
              "actors": ["ana-lima"], "predicate": "say"})])
        if i % 2:
            r.document.actors = [Actor(id="lima", name="Lima", type="PERSON", aliases=["Lima"])]
            r.claims[0].actors = ["lima"]
        r.document.sha256 = f"{i:064d}"
        out.append(r)
    return out


def test_the_actors_a_document_is_matched_against_do_not_grow_with_copies(tmp_path, monkeypatch):
    sizes = []
    real = identity.plan

    def counting(actors):
        actors = list(actors)
        sizes.append(len(actors))
        return real(actors)

    monkeypatch.setattr(identity, "plan", counting)
    with open_ledger(tmp_path / "claims.db") as store:
        file_results(store, _copies(40))
    assert len(sizes) == 40 and max(sizes) <= 4, sizes  # the known minister, once, and the new record(s)


def test_filing_in_one_run_is_filing_run_by_run(tmp_path):
    docs = results() + _copies(6)
    with open_ledger(tmp_path / "one.db") as one:
        file_results(one, [d.model_copy(deep=True) for d in docs])
        together = (one.actor_records(), [r.model_dump() for r in one.results()])
    with open_ledger(tmp_path / "many.db") as many:
        for d in docs:
            file_results(many, [d.model_copy(deep=True)])
        apart = (many.actor_records(), [r.model_dump() for r in many.results()])
    assert together == apart
    assert {a["id"] for a in together[0]} >= {"ana-lima", "norway"}
    # a surname filed after the full name takes the full name's id
    assert {a for r in together[1] for c in r["claims"] for a in c["actors"]} <= {"ana-lima", "norway"}
