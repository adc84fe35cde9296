"""A month or a day set with "by" or "before" as the deadline of what a verb of committing or
asking has as its object lies ahead of the promise or the request, whatever the verb's tense,
unless the clause dates the act itself ("in January the regulator asked ...") or "before" follows
a past verb (pipeline/date_ahead.py `_committed`, data/dates.json commit_verbs). Every sentence is
invented."""

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
        ("The council promised a new footbridge by the end of June.", "the end of June", "2027-06"),
        ("The ferry firm has asked the port for a safety plan by 31 March.", "31 March", "2027-03-31"),
        # what is wanted done: the participle's deadline
        ("Stallholders said they wanted the market hall rebuilt by August.", "August", "2027-08"),
        ("The league asked the club for an apology by Friday.", "Friday", "2026-11-13"),
    ],
)
def test_the_deadline_of_a_thing_promised_or_asked_for_lies_ahead(nlp, text, date, iso):
    assert (date, iso) in isos(nlp, text, "2026-11-10")


@pytest.mark.parametrize(
    "text",
    [
        # a promise before a past time: its deadline may have passed
        "The union had promised a new contract by June.",
        # "in" and "on" date the promising itself
        "The firm pledged a new depot in March.",
        "The firm promised a refund on Friday.",
        # "by" naming who asked
        "The mayor was asked by reporters about the bridge in March.",
        # "before" after a past verb of asking dates the asking
        "The union asked its members for their votes before 30 October, and 70% backed the strike.",
        # an asking dated in its clause: its deadline lies after that date, not after today
        "In January the regulator asked the ferry firm for a safety plan by 31 March, a deadline the firm missed.",
    ],
)
def test_a_date_of_the_promise_itself_is_not_read_ahead(nlp, text):
    assert all(iso < "2026-11-10" for _, iso in isos(nlp, text, "2026-11-10"))
