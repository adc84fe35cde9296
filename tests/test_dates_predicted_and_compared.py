"""A bare month after the object of a verb of predicting or expecting dates the predicted thing,
which lies ahead (pipeline/date_ahead.py `_predicted`); a month dating the figure a comparison
starts from lies behind (pipeline/date_compared.py). Every sentence is invented."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import DATES, PUBLISHED, views


def isos(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in views(doc, DATES) if m.iso]


@pytest.mark.parametrize(
    "text, month, iso",
    [
        ("Analysts at the bank predicted a sharp fall in coffee prices by the end of January.",
         "the end of January", "2027-01"),
        # the object before the verb: a relative "which"
        ("The reopening of the mill, which the owners anticipated in March, depends on a loan.", "March", "2027-03"),
    ],
)
def test_a_month_after_what_is_expected_lies_ahead(nlp, text, month, iso):
    assert (month, iso) in isos(nlp, text, "2026-11-10")


@pytest.mark.parametrize(
    "text",
    [
        # "In March" before the verb dates the forecast, made before November: the last March
        "In March, the central bank forecast a small surplus.",
        # a day after "on" dates the act of predicting
        "Economists predicted a slowdown in exports on Monday.",
    ],
)
def test_a_date_of_the_predicting_itself_is_not_read_ahead(nlp, text):
    assert all(iso < "2026-11-10" for _, iso in isos(nlp, text, "2026-11-10"))


@pytest.mark.parametrize(
    "text, month, iso, published",
    [
        ("Unemployment stands at 6.1%, down from 6.8% in August.", "August", "2026-08", "2026-11-10"),
        ("A litre of milk costs 1.40 euros, against 1.10 euros in December.", "December", "2025-12", "2026-11-10"),
    ],
)
def test_a_month_of_the_figure_compared_with_lies_behind(nlp, text, month, iso, published):
    assert (month, iso) in isos(nlp, text, published)


def test_a_month_under_a_verb_looking_ahead_is_not_a_comparison_base(nlp):
    # "will rise ... from $2 in January": January may be the rise's, ahead
    assert ("January", "2025-01") not in isos(nlp, "Fares will rise to $3 from $2 in January.", "2025-12-01")
