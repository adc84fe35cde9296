"""A month or a weekday read where it stands in the clause even when the parse hangs it lower: the
object of "the end of" takes the part noun's place, a second date joined by "and" takes the
first's (pipeline/date_tense.py `_stands_for`), and a thing a participle of expecting follows
lies ahead (pipeline/date_ahead.py `_predicted`). Every sentence is invented."""

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
    "text, date, iso",
    [
        # a verb that stretches a thing to a time: "until April" and "until the end of April" alike
        ("Regulators extended the fishing ban until the end of April.", "the end of April", "2027-04"),
        ("Regulators extended the fishing ban until April.", "April", "2027-04"),
        # a plan
        ("The mayor said the depot would close by the end of March.", "the end of March", "2027-03"),
        # a finished act told in the past stays behind
        ("The firm repaid the loan before the end of September.", "the end of September", "2026-09"),
    ],
)
def test_the_end_of_a_month_is_read_where_the_month_would_be(nlp, text, date, iso):
    assert (date, iso) in isos(nlp, text, "2026-11-10")


@pytest.mark.parametrize(
    "text, day, iso",
    [
        # published on a Tuesday: both days ahead, as the first is
        ("The union has called strikes for Wednesday and Thursday over pay.", "Thursday", "2026-11-12"),
        ("The regulator postponed the hearings to Thursday and Friday.", "Friday", "2026-11-13"),
        # both behind
        ("Ferries stayed in port on Monday and Sunday, the harbour office said.", "Sunday", "2026-11-08"),
    ],
)
def test_a_second_weekday_joined_by_and_reads_as_the_first(nlp, text, day, iso):
    assert (day, iso) in isos(nlp, text, "2026-11-10")


def test_a_thing_expected_on_a_weekday_lies_ahead(nlp):
    # published on a Tuesday; "expected on Thursday" after the noun: the coming Thursday
    text = "The port authority confirmed a cargo of wheat expected on Thursday from the coast."
    assert ("Thursday", "2026-11-12") in isos(nlp, text, "2026-11-10")
