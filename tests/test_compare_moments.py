"""When two figures of one fact are stated for different moments (compare.moments, compare.dates.
apart): disjoint values are a conflict unless the records state two moments. A month or a year
is a period, so "last month" is as near a report's day as the month's last day; and a size given
attributively ("the 380-tonne dredger") is a property of the thing, not of the event its clause
dates ("launched in 2012").

Invented sentences, through the real extractor where the frames matter."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.dates import apart
from claimtrack.compare.periods import gap_days, iso_period

from extracted import extracted_doc, quantity_match


@pytest.mark.parametrize("x, y, far", [
    ("2030-05", "2030-06-10", False),   # the month ended ten days before
    ("2030-03", "2030-06-10", True),    # ended more than two months before
    ("2029", "2030-01-05", False),      # the year ended five days before
    ("2027", "2030-06-10", True),
    ("2030-06-01", "2030-07-01", True),  # days keep their own distance
    ("2030-06-01", "2030-06-15", False),
    ("2030-06", "2030-06-15", False),    # a day inside the month
])
def test_the_distance_between_two_as_of_dates_is_the_gap_between_their_periods(x, y, far):
    assert apart(x, y) is far and apart(y, x) is far


def test_a_period_runs_from_its_first_to_its_last_day():
    assert [d.isoformat() for d in iso_period("2028-02")] == ["2028-02-01", "2028-02-29"]
    assert [d.isoformat() for d in iso_period("2030-12")] == ["2030-12-01", "2030-12-31"]
    assert [d.isoformat() for d in iso_period("2030")] == ["2030-01-01", "2030-12-31"]
    assert iso_period("2030-W14") is None and iso_period(None) is None
    assert gap_days("2030-05", "2030-06-10") == 10 and gap_days("2030", "2030-06-10") == 0


def _quantity_match(a: str, b: str, fig_a: str, fig_b: str):
    return quantity_match(a, b, fig_a, fig_b, ("2031-04-08", "2031-04-08"))


_UTILITY = (" The Corvane water utility serves the northern valley and has called in outside investigators."
            " Its chief executive, Hanne Struve, apologised to subscribers.")


@pytest.mark.model
def test_last_months_breach_and_an_undated_report_of_it_are_one_moment():
    """A past event dated "last month" in a report of early April and the same event undated in
    another report of that day: nothing states two moments, so two counts of it disagree."""
    a = ("Intruders copied the account records of 3.1 million subscribers in a break-in last month,"
         " the Corvane water utility said on Wednesday." + _UTILITY)
    b = "Close to 4.5 million subscribers have had their account records copied by intruders, Corvane admitted." + _UTILITY
    m = _quantity_match(a, b, "3.1 million subscribers", "4.5 million subscribers")
    assert m is not None and m.relation != "update", m


@pytest.mark.model
def test_a_count_for_a_year_long_past_stays_an_update():
    a = "The Corvane water utility had 2.8 million subscribers in 2024, its annual report said." + _UTILITY
    b = "The Corvane water utility has 3.6 million subscribers, according to its website." + _UTILITY
    m = _quantity_match(a, b, "2.8 million subscribers", "3.6 million subscribers")
    assert m is not None and (m.status, m.relation) == ("related", "update"), m


_TRUST = (" Dressler, 61, had run the Osterwald harbour trust for a decade. Prosecutors said he hid the"
          " payments as invoices for dredging work that was never done.")


@pytest.mark.model
@pytest.mark.parametrize("fig_b", ["19 payments", "23 payments"])
def test_an_undated_past_act_and_the_years_it_ran_are_one_moment(fig_b):
    """A count of an act over before the report, told in the past tense with no date of its own
    ("was jailed ... for diverting the money through 19 payments": tense `earlier`), is no figure given as current: the
    years the other report gives that act ("between 2027 and 2029") set no other moment, so two
    counts of it are one fact (agreeing at one value, never an update at two)."""
    a = ("Konrad Dressler, the harbour trust's former treasurer, was jailed on Tuesday for diverting 380,000"
         " euros through 19 payments to his cousins." + _TRUST)
    b = (f"The court heard that Dressler moved the money in {fig_b} between 2027 and 2029 to accounts held"
         " by his cousins." + _TRUST)
    m = quantity_match(a, b, "19 payments", fig_b, ("2031-04-09", "2031-04-10"))
    assert m is not None and m.relation != "update", m
    if fig_b == "19 payments":
        assert m.status == "agree", m


_BORDER = " The lorry's driver, a 44-year-old from Tarsk, is in custody. The ivory is thought to have come from the south."


@pytest.mark.model
@pytest.mark.parametrize("when_b, update", [("in September 2030", False), ("in 2027", True)])
def test_one_past_act_dated_differently_by_two_reports_is_one_moment(when_b, update):
    """Two acts told as over, dated within one news cycle of each other ("in August" / "in
    September"), are one act two reports date differently, so two counts of it disagree; dated
    years apart they are two acts, and a changed count between them an update."""
    a = "Customs officers seized 18 crates of ivory at the Kelso border post in August 2030, the agency said." + _BORDER
    b = f"Officers found 45 crates of ivory {when_b} in a lorry at the Kelso border crossing, the agency said." + _BORDER
    m = quantity_match(a, b, "18 crates", "45 crates", ("2031-04-08", "2031-04-09"))
    assert m is not None and (m.relation == "update") is update, m


@pytest.mark.model
def test_a_size_given_attributively_is_no_moment_of_the_event_its_clause_dates():
    from claimtrack.compare.mentions import mentions_of
    from claimtrack.compare.moments import figure_gap, lasting_pair, lasting_size

    a = "The 380-tonne dredger Valdis Ray, launched in 2012, sank beside the harbour wall at Orsund on Monday."
    b = "The 520-tonne dredger sank beside the harbour wall at Orsund on Monday, the port authority said."
    [x] = [m for m in mentions_of(extracted_doc(a, "a.txt")) if m.kind == "quantity" and "380" in m.text]
    [y] = [m for m in mentions_of(extracted_doc(b, "b.txt")) if m.kind == "quantity" and "520" in m.text]
    assert lasting_size(x) and lasting_size(y) and lasting_pair(x, y)
    assert figure_gap(x, y, "2031-04-02", "2031-04-02") is None


_BERTH = (" Divers from the coastguard searched the wreck of the dredger at Orsund for two days, and the"
          " port authority closed the outer basin.")


@pytest.mark.model
def test_a_lease_signed_years_ago_and_the_same_lease_now_are_one_term():
    """"signed a 25-year lease in 2019" dates the signing; the lease's term is what it is, so
    a report of a 30-year lease on the same berth contradicts it rather than updating it."""
    a = "The dredger's owners signed a 25-year lease on the berth in 2019." + _BERTH
    b = "The owners hold a 30-year lease on the berth, the port authority said." + _BERTH
    m = _quantity_match(a, b, "25-year", "30-year")
    assert m is not None and (m.status, m.relation) == ("conflict", "disjoint"), m


@pytest.mark.model
def test_an_age_is_no_lasting_size():
    from claimtrack.compare.mentions import mentions_of
    from claimtrack.compare.moments import lasting_size

    text = "The 90-year-old footbridge over the Tessa river was closed in 2029 after an inspection."
    [x] = [m for m in mentions_of(extracted_doc(text, "a.txt")) if m.kind == "quantity" and "90" in m.text]
    assert x.attributive and not lasting_size(x)


def test_only_a_first_count_is_another_moment():
    from claimtrack.compare.standing import NONE, moment_clash

    first, revised = NONE.__class__(stage="initial"), NONE.__class__(stage="later")
    assert moment_clash(first, NONE)[0] == "update" and moment_clash(NONE, first)[0] == "update"
    assert moment_clash(first, revised)[0] == "update"
    # a revised figure is what a report marking no stage gives as current too
    assert moment_clash(revised, NONE) == ("", "") and moment_clash(NONE, revised) == ("", "")


_MARCH = " The march blocked the ring road for three hours, and the transport union joined it at noon."


@pytest.mark.model
@pytest.mark.parametrize("revised", [
    "Police first put the crowd at 9,000 but later said about 14,000 people had marched to the assembly.",
    "About 14,000 people reached the assembly two hours later.",
])
def test_a_revised_count_or_a_later_moment_of_another_thing_is_no_update(revised):
    other = "Some 11,000 people marched to the assembly, according to police."
    m = _quantity_match(revised + _MARCH, other + _MARCH, "14,000", "11,000")
    assert m is not None and m.relation != "update", m


def test_a_level_stated_for_a_year_and_for_the_day_it_starts_is_one_moment():
    """A share or a rate per period adds nothing up over a year: "the 2031 rise of 4%" and "rise 4%
    on 1 March 2031" give one level; a count on one day and a year's total stay two figures."""
    from types import SimpleNamespace

    from claimtrack.compare.dates import time_gap
    from claimtrack.compare.units import Measure, classify

    def fig(cls: str, as_of: str, period=None):
        frame = SimpleNamespace(as_of=as_of, as_of_source="stated", as_of_start=0)
        return SimpleNamespace(frame=frame, measure=Measure(cls=cls, period=period), ctx=None)

    percent = classify("percent")[0]
    assert time_gap(fig(percent, "2031"), fig(percent, "2031-03-01"), None, None) is None
    assert time_gap(fig("euro", "2031", "hour"), fig("euro", "2031-03-01", "hour"), None, None) is None
    assert time_gap(fig("passenger", "2031"), fig("passenger", "2031-03-01"), None, None) is not None


def _figure_status(a: str, b: str, fa: str, fb: str) -> set:
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return {m.status for m in report.matches if m.kind == "quantity" and fa in m.a.text and fb in m.b.text}


def test_the_last_and_this_season_are_two_moments():
    """"last winter" and "this winter" name two periods of one kind from the time of writing: two
    figures stated for them are one thing at two moments, never a contradiction."""
    this = "The mountain resort of Kranjec welcomed 2.4 million skiers this winter, its operator said on Monday."
    last = "Kranjec welcomed 1.9 million skiers last winter, its operator said, and expects more after new lifts opened."
    assert _figure_status(this, last, "2.4", "1.9") == {"related"}
    same = "The mountain resort of Kranjec welcomed 1.9 million skiers this winter, its operator said on Monday."
    assert _figure_status(this, same, "2.4", "1.9") == {"conflict"}


def test_a_yearly_rate_holds_for_last_year_too():
    """"attracts about 40,000 tourists a year" (a habit, stated as current) and "attracted 52,000
    tourists last year": the yearly rate is last year's as much as this year's, so the two speak of
    one moment and differ (an update only for a year further back)."""
    rate = ("The Skarvik lighthouse museum closed for repairs on Monday after a storm damaged its roof. "
            "The museum attracts about 40,000 tourists a year, the municipality said.")
    last = ("A storm damaged the roof of the Skarvik lighthouse museum, which will stay closed for repairs, the "
            "municipality said on Monday. The museum attracted 52,000 tourists last year.")
    assert _figure_status(rate, last, "40,000", "52,000") == {"conflict"}
    earlier = last.replace("last year", "in 2019")
    assert "conflict" not in _figure_status(rate, earlier, "40,000", "52,000")
