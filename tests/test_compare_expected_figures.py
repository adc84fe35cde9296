"""A figure that is what a verb of expecting or planning takes ("expects 2,400 crossings a year",
"plans sales of 90 million") is a forecast (compare.standing), as "is expected to reach 2,400"
is: two reports of one plan that word it these two ways give two forecasts, not a forecast
against a value now, so differing values are never excused as "a forecast and a value now".
Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare.pair import prepare
from extracted import extracted_doc, quantity_match

pytestmark = pytest.mark.model

_A = ("The Lindqvist ferry company expects {n} crossings a year on its new route to Orrskar, its chief "
      "executive told reporters on Friday. The first ship sails in June.")
_B = ("The new Orrskar route of the Lindqvist ferry company is expected to reach {n} crossings a year, "
      "the chief executive said on Friday. Sailings begin in June.")


def _figure(text: str, starts: str):
    doc = extracted_doc(text, "a.txt")
    return next(m for m in prepare(doc).mentions if m.kind == "quantity" and m.text.startswith(starts))


def test_what_is_expected_is_a_forecast():
    assert _figure(_A.format(n="2,400"), "2,400").standing.forecast


def test_what_was_carried_is_no_forecast():
    done = "The Lindqvist ferry company carried 2,400 passengers on its Orrskar route last year, its chief executive said."
    assert not _figure(done, "2,400").standing.forecast


def test_two_wordings_of_one_expectation_are_not_a_forecast_against_a_value_now():
    m = quantity_match(_A.format(n="2,400"), _B.format(n="3,100"), "2,400", "3,100")
    assert m is not None and m.relation != "forecast", m
    m = quantity_match(_A.format(n="2,400"), _B.format(n="2,400"), "2,400", "2,400")
    assert m is not None and m.status == "agree", m
