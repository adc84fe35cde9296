"""Homes and households (data/unit_synonyms.json one_each): a household lives in one home, so a
count of the homes of an area and a count of its households are one count named two ways. Close
measures: the same size agrees, and a changed figure is related, never a conflict (a home may
stand empty, or hold two households). Buildings stay another measure of the family.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_TAIL = " The district council will pay for the work from its flood reserve, and the mayor visited the site on Friday."
_A = "Engineers will lay new water pipes to some 6,000 homes in the Lindqvist district over the summer." + _TAIL
_B = "The water company said about {n} households in Lindqvist would be connected to the new pipes by the autumn." + _TAIL


def _figures(b: str) -> list:
    report = diff_pair(extracted_doc(_A, "a.txt"), extracted_doc(b, "b.txt"))
    return [(m.status, m.a.text, m.b.text) for m in report.matches if m.kind == "quantity"]


def test_homes_and_households_of_one_area_agree():
    assert ("agree", "some 6,000 homes", "about 6,200 households") in _figures(_B.format(n="6,200"))


def test_a_changed_count_of_households_is_no_conflict():
    out = _figures(_B.format(n="31,000"))
    assert all(s != "conflict" for s, *_ in out), out


def test_buildings_stay_another_measure():
    out = _figures(_B.format(n="6,200").replace("households", "buildings"))
    assert all(s != "agree" for s, a, b in out if "buildings" in b), out
