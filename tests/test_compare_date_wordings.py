"""One event dated by two reports in their own words (compare.dates, compare.date_events): two
verbs for one happening whose clauses name one thing, and two days written with their month
however far apart. Each mechanism is shown with a control pair that keeps the other verdict.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _status(a: str, b: str, da: str, db: str, published: str = "2031-04-02") -> set:
    """The statuses diff gives the pair of dates written `da` in A and `db` in B."""
    report = diff_pair(extracted_doc(a, "a.txt", published), extracted_doc(b, "b.txt", published))
    return {m.status for m in report.matches if m.kind == "date" and m.a.text == da and m.b.text == db}


def test_one_happening_told_with_two_verbs_about_one_thing_conflicts():
    # "taken from the tombs" / "dug out of the tombs": two verbs, one removal of the relics
    a = "The relics were taken from the hillside tombs by the surveyor Ana Ruiz in 1921, the museum said."
    b = "The library voted on Monday to return the relics, which the surveyor Ana Ruiz dug out of the tombs in 1923."
    assert _status(a, b, "1921", "1923") == {"conflict"}
    # control: the same year written on both sides agrees
    assert _status(a, b.replace("1923", "1921"), "1921", "1921") == {"agree"}


def test_two_verbs_whose_clauses_name_nothing_alike_stay_related():
    a = "The relics were taken from the hillside tombs in 1921, the library said."
    b = "The library, whose reading room opened to scholars in 1923, voted on Monday to return them."
    assert "conflict" not in _status(a, b, "1921", "1923")


def test_two_parties_named_alike_things_are_two_events():
    # one thing named on both sides, but two countries act: two events, not one dated twice
    a = "Chile's new parliament building will be finished in 2029."
    b = "Peru's new parliament building will be completed in 2030."
    assert "conflict" not in _status(a, b, "2029", "2030")


def test_two_days_written_with_their_month_are_firm_however_far_apart():
    # past days a month apart, each with its month written: only the year was read from the
    # article's date, so the two date one closure as firmly as dates written in full
    a = "The harbour was closed to fishing boats on March 3, after the oil slick was found near the pier."
    b = "Fishing boats have been barred from the harbour since 2 February, when the oil slick was found near the pier."
    assert _status(a, b, "March 3", "2 February") == {"conflict"}
    # control: a weekday counted from the day of writing, weeks from the other day, may be
    # another closure
    assert "conflict" not in _status(a.replace("on March 3", "on Monday"), b, "Monday", "2 February")
