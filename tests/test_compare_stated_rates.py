"""Amounts in two currencies that float, compared at the rate a report states itself
(compare.stated_rates): a wire's rate note ("($1 = 21,000 kip)") or an amount given with its
conversion ("2.1 billion kip (about $100,000)") makes an amount in kip in one report and one in
dollars in the other one measure; near at that rate they agree, far apart they conflict; with no
rate stated they stay two measures; two amounts written in one currency are compared as written.

Invented sentences through the real extractor, and the reader of rates on its own."""

from __future__ import annotations

import pytest

from claimtrack.compare.stated_rates import RATE_BAND, Rate, _widened
from claimtrack.compare import intervals as iv

from extracted import quantity_match

pytestmark = pytest.mark.model

_NOTE = "\n\n($1 = 21,000 kip)"
_A = ("The Mekong ferry company will pay a licence fee of ${usd} a year to run its new river crossing at"
      " Pak Hin, the transport ministry said on Monday. The crossing opens in the dry season and carries"
      " cars and lorries.")
_B = ("The Pak Hin river crossing will cost its ferry operator {kip} kip a year in licence fees, the"
      " transport ministry announced. Cars and lorries can use the crossing from the dry season.")


@pytest.mark.parametrize("kip, status", [("1.05 billion", "agree"), ("1.1 billion", "agree"), ("3 billion", "conflict")])
def test_a_rate_note_makes_two_currencies_one_measure(kip, status):
    """$50,000 at 21,000 kip is 1.05 billion kip; "1.1 billion" is that amount at another
    day's rate (within RATE_BAND); 3 billion kip is another fee (value-invariance of the alignment)."""
    m = quantity_match(_A.format(usd="50,000") + _NOTE, _B.format(kip=kip), "$50,000", f"{kip} kip")
    assert m is not None and m.status == status, m
    assert "rate stated" in m.reason and "21,000 kip" in m.reason


def test_an_amount_with_its_conversion_states_the_rate_for_the_other_amounts():
    a = ("A court in Vientiane fined the logging firm 2.1 billion kip ($95,400) on Tuesday. The firm"
         " had built a sawmill costing $4 million beside the national park, the court heard.")
    b = ("The sawmill, which cost its owners 88 billion kip, stands beside the national park, the court in"
         " Vientiane was told on Tuesday before it fined the logging firm.")
    m = quantity_match(a, b, "$4 million", "88 billion kip")
    assert m is not None and m.status == "agree", m


def test_with_no_rate_stated_two_currencies_stay_two_measures():
    m = quantity_match(_A.format(usd="50,000"), _B.format(kip="1.05 billion"), "$50,000", "1.05 billion kip")
    assert m is None or m.status == "related", m


def test_amounts_written_in_one_currency_are_compared_as_written():
    """Both fines in kip: no conversion, no band (2.1 and 2.2 billion kip are two figures)."""
    a = "A court in Vientiane fined the logging firm 2.1 billion kip (about $100,000) on Tuesday for illegal felling."
    b = "The logging firm was fined 2.2 billion kip by a court in Vientiane on Tuesday for illegal felling."
    m = quantity_match(a, b, "2.1 billion kip", "2.2 billion kip")
    assert m is not None and m.status == "conflict", m
    assert "rate stated" not in m.reason


def test_a_converted_amount_reaches_the_band_either_way():
    x = _widened(iv.Interval(50.0, 50.0), 21000.0)
    assert x.lo == pytest.approx(1.05e6 * (1 - RATE_BAND)) and x.hi == pytest.approx(1.05e6 * (1 + RATE_BAND))
    assert _widened(iv.Interval(10.0, iv.INF, lo_open=True, hi_open=True), 2.0).hi == iv.INF
    assert Rate("USD", "LAK", 21000.0, "$1 = 21,000 kip").per == 21000.0


def test_a_dollar_sign_currency_is_not_converted_to_meet_a_bare_dollar():
    """A's rate is for the pa'anga (written "T$"); B's bare "$" may be the pa'anga itself, and B
    states no rate that says otherwise: A's pa'anga amounts are not converted to meet it."""
    a = ("The court in Nuku'alofa fined the shipping firm 30,000 pa'anga (about $12,700) and ordered it to pay"
         " 25,000 pa'anga for the repair of the reef its freighter struck.")
    b = ("The shipping firm must pay $25,000 to repair the reef its freighter struck, a court in Nuku'alofa ruled,"
         " and a fine of $30,000.")
    m = quantity_match(a, b, "25,000 pa'anga", "$25,000")
    assert m is None or m.status != "conflict", m


@pytest.mark.parametrize("rupees", ["1 billion", "600 million"])
def test_a_rate_read_from_a_rounded_conversion_is_only_as_precise_as_that_figure(rupees):
    """"100 rupees (about $1)": the dollar figure is to the dollar, so the rate is 100 within half
    of it, no evidence that two amounts are one or two: neither agree nor conflict (review s32)."""
    a = ("Visitors pay 100 rupees (about $1) to enter the tiger reserve, the forest department said. The state"
         " spent $12 million on the new visitor centre, which opened on Friday.")
    b = (f"The state spent {rupees} rupees on the new visitor centre at the tiger reserve, which opened on"
         " Friday, the forest department said.")
    m = quantity_match(a, b, "$12 million", f"{rupees} rupees")
    assert m is None or m.status == "related", m
    assert Rate("USD", "INR", 100.0, "100 rupees (about $1)", 0.5).spread == 0.5
    assert _widened(iv.Interval(12.0, 12.0), 100.0, 0.5).lo == pytest.approx(1200 * (1 - RATE_BAND - 0.5))
