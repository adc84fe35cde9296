"""Amounts in two currencies held at a fixed parity (compare.pegs, data/currency_pegs.json): one
measure, compared in the anchor currency, so the same amount written in each agrees and an
amount changed on one side conflicts; a floating pair of currencies stays two measures, and a
bare "$" (whose dollar is the extractor's reading of the place) is never converted.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.pegs import pegged, pegs

from extracted import extracted_doc

pytestmark = pytest.mark.model

_TAIL = (" The marina at Port Zante has 140 berths, and the island council meets again in the spring to"
         " review the charge.")
_A = "Visiting yachts at Port Zante will pay a mooring charge of EC${ec} per metre a night, the harbour board said." + _TAIL
_B = "The Port Zante harbour board set the new mooring charge at US${us} per metre each night." + _TAIL


def _figure_match(a: str, b: str, fig_a: str, fig_b: str):
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return next((m for m in report.matches if m.kind == "quantity" and fig_a in m.a.text and fig_b in m.b.text), None)


def test_a_chain_of_parities_is_followed_to_its_last_anchor():
    assert pegs()["XCD"].anchor == "USD" and pegs()["XCD"].factor == pytest.approx(1 / 2.7)
    assert pegs()["MOP"].anchor == "HKD" and pegs()["MOP"].factor == pytest.approx(1 / 1.03)
    assert "HKD" not in pegs() and "DKK" not in pegs() and "GBP" not in pegs()  # a band or a float: out


def test_a_bare_dollar_sign_is_never_converted():
    assert pegged("BZD", "$40 million") is None
    assert pegged("BZD", "BZ$40 million").anchor == "USD"
    assert pegged("NOK", "40 million kroner") is None


def test_one_amount_in_two_pegged_currencies_agrees():
    m = _figure_match(_A.format(ec="8.10"), _B.format(us="3"), "EC$8.10", "US$3")
    assert m is not None and m.status == "agree", m
    assert "fixed parity" in m.reason


def test_an_amount_changed_on_one_side_conflicts():
    m = _figure_match(_A.format(ec="8.10"), _B.format(us="15"), "EC$8.10", "US$15")
    assert m is not None and m.status == "conflict", m


def test_currencies_that_float_stay_two_measures():
    a = _A.replace("EC$", "NZ$").format(ec="8.10")
    m = _figure_match(a, _B.format(us="3"), "NZ$8.10", "US$3")
    assert m is None or m.status == "related", m
