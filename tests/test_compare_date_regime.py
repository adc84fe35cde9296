"""The start of a rule told two ways (compare.date_regime): one report dates the rule taking effect
or applying from a day, the other what people will do under it from a day, in a sentence naming
the rule. One moment, the start of the new state of affairs: two days are a conflict, one day
agrees; a sentence that does not name the rule is another act. Invented sentences."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_TOLL = "The mountain toll, approved by the assembly on Tuesday, applies to lorries over 12 tonnes and takes effect on March 1."
_PAY = ("Hauliers will pay 9 dollars per axle on every crossing from {}, after the assembly passed the {} on "
        "Tuesday.")


def _status(a: str, b: str, da: str, db: str) -> set:
    report = diff_pair(extracted_doc(a, "a.txt", "2031-01-22"), extracted_doc(b, "b.txt", "2031-01-22"))
    return {m.status for m in report.matches if m.kind == "date" and m.a.text == da and m.b.text == db}


def test_a_rule_taking_effect_and_the_first_day_it_is_paid_are_one_moment():
    assert _status(_TOLL, _PAY.format("February 1", "mountain toll bill"), "March 1", "February 1") == {"conflict"}
    # control: the same day agrees
    assert _status(_TOLL, _PAY.format("March 1", "mountain toll bill"), "March 1", "March 1") == {"agree"}


def test_a_sentence_that_does_not_name_the_rule_tells_another_act():
    assert "conflict" not in _status(_TOLL, _PAY.format("February 1", "bill"), "March 1", "February 1")


def test_a_rule_applying_from_a_day_meets_what_the_sentence_says_will_be_done_from_another():
    lead = "The city will charge motorists for driving into the old town. "
    a = lead + "The new charge will apply from January 1, 2033, on weekdays between 8 a.m. and 6 p.m."
    b = lead + "Motorists will have to pay to enter the old town from 1 July 2033 after councillors backed the charge late on Thursday."
    assert _status(a, b, "January 1, 2033", "1 July 2033") == {"conflict"}
