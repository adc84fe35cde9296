"""Amounts in two currencies held at a fixed parity (compare.pegs, data/currency_pegs.json): one
measure, compared in the anchor currency, so the same amount written in each agrees and an
amount changed on one side conflicts; a floating pair of currencies stays two measures. A bare
"$" read as a pegged dollar is converted too: at par it is one amount with the other dollar.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare.pegs import at_par, pegged, pegs

from extracted import quantity_match

pytestmark = pytest.mark.model

_TAIL = (" The marina at Port Zante has 140 berths, and the island council meets again in the spring to"
         " review the charge.")
_A = "Visiting yachts at Port Zante will pay a mooring charge of EC${ec} per metre a night, the harbour board said." + _TAIL
_B = "The Port Zante harbour board set the new mooring charge at US${us} per metre each night." + _TAIL


_figure_match = quantity_match


def test_a_chain_of_parities_is_followed_to_its_last_anchor():
    assert pegs()["XCD"].anchor == "USD" and pegs()["XCD"].factor == pytest.approx(1 / 2.7)
    assert pegs()["MOP"].anchor == "HKD" and pegs()["MOP"].factor == pytest.approx(1 / 1.03)
    assert "HKD" not in pegs() and "DKK" not in pegs() and "GBP" not in pegs()  # a band or a float: out


def test_pegged_currencies_and_parities():
    assert pegged("BZD").anchor == "USD" and pegged("bsd").factor == 1.0
    assert pegged("NOK") is None and pegged(None) is None
    assert at_par("BSD", "USD") and at_par("XOF", "XAF") and not at_par("BZD", "USD")


_NASSAU_A = ("The Bahamas will spend B$250 million on a new cruise pier in Nassau, the finance ministry said."
             " Work on the pier starts in the spring and the harbour stays open during the building.")
_NASSAU_B = ("The finance ministry said ${n} million would go to the Nassau cruise pier, with building to start in"
             " the spring. The harbour stays open during the work.")


@pytest.mark.parametrize("n, status", [("250", "agree"), ("1,250", "conflict")])
def test_an_amount_in_a_currency_at_par_is_one_measure_with_a_bare_dollar(n, status):
    """A bare "$" is read as the local dollar or the US one; at par the two are one amount, so an
    edited figure conflicts as it would in one currency (value-invariance of the alignment)."""
    m = _figure_match(_NASSAU_A, _NASSAU_B.format(n=n), "B$250 million", f"${n} million")
    assert m is not None and m.status == status, m


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
