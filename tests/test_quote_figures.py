"""The figures two wordings of one quote state are compared by value (compare.quote_meaning reads
them as the quantities are read, parsers.numbers): one figure in digits and in words is one
figure, and another value is a change of meaning. Invented sentences."""

from __future__ import annotations

from claimtrack.compare.quote_meaning import _numbers, meaning_change


def test_digits_and_words_are_one_figure():
    assert _numbers("We have kept bees on this hill for 27 years,") == _numbers(
        "Twenty-seven years we have kept bees on this hill,")
    a = "We have kept bees on this hill for 27 years,"
    assert "number differs" not in (meaning_change(a, "We have kept bees on this hill for twenty-seven years,") or "")


def test_another_value_still_differs():
    a = "We have kept bees on this hill for 27 years,"
    assert "number differs" in (meaning_change(a, "We have kept bees on this hill for twenty-two years,") or "")
    assert "number differs" in (meaning_change(a, "We have kept bees on this hill for 22 years,") or "")


def test_a_decade_is_no_count_of_years():
    # "the 1990s" names a decade, not a figure: against "thirty years" no figure is replaced
    a = "We have kept bees on this hill since the 1990s,"
    assert "number differs" not in (meaning_change(a, "We have kept bees on this hill for thirty years,") or "")


def test_a_fraction_in_words_is_part_of_its_unit():
    # "a year and a half" states no figure of its own against "eighteen months"
    a = "Rebuilding the mill cost the village eighteen months,"
    assert "number differs" not in (meaning_change(a, "Rebuilding the mill cost the village a year and a half,") or "")


def test_a_fraction_standing_alone_is_a_figure():
    a = "The fever took a third of the herd,"
    assert "number differs" in (meaning_change(a, "The fever took a quarter of the herd,") or "")
