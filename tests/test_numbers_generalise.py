"""Number readings measured on the peer quantity suites (sentences invented here)."""

from __future__ import annotations

import pytest

from claimtrack.parsers.numbers import find_expressions


def values(text):
    return [(e.text, e.value, e.currency) for e in find_expressions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a multiplier scales digits as it scales words: "3 dozen" is 36, like "three dozen"
        ("The bakery sold 4 dozen rolls.", [("4 dozen", 48, None)]),
        ("The bakery sold 4 dozens rolls.", [("4 dozens", 48, None)]),
        ("The bakery sold four dozen rolls.", [("four dozen", 48, None)]),
    ],
)
def test_multipliers_after_digits(text, expected):
    assert values(text) == expected


def test_dozens_alone_is_no_number():
    assert values("Dozens of rolls were sold, and dozens more given away.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # spoken decimals (broadcast transcripts, quoted speech)
        ("Inflation rose to three point four percent.", [("three point four percent", 3.4, None)]),
        ("The fund lost one point two five billion.", [("one point two five billion", 1250000000, None)]),
        # the idiom "at one point" is no decimal
        ("At one point four boats were sinking.", [("one", 1, None), ("four", 4, None)]),
    ],
)
def test_spoken_decimals(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a major and a minor unit of one currency make one amount
        ("A ticket cost 7 dollars 25 cents.", [("7 dollars 25 cents", 7.25, "USD")]),
        ("A ticket cost seven dollars and twenty-five cents.", [("seven dollars and twenty-five cents", 7.25, "USD")]),
        ("A ticket cost $7 and 25 cents.", [("$7 and 25 cents", 7.25, "USD")]),
        # a comma or another currency keeps them apart
        ("A ticket cost $7, and 25 cents went to charity.", [("$7", 7, "USD"), ("25 cents", 0.25, "USD")]),
        ("A ticket cost £7 and 25 cents.", [("£7", 7, "GBP"), ("25 cents", 0.25, "USD")]),
    ],
)
def test_major_and_minor_units_make_one_amount(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # South Asian digit grouping: lakhs and crores
        ("The contract is worth Rs 4,50,000.", [("Rs 4,50,000", 450000, "INR")]),
        ("Donations reached 1,25,00,000 rupees.", [("1,25,00,000 rupees", 12500000, "INR")]),
        ("Attendance was 1,250,000.", [("1,250,000", 1250000, None)]),
    ],
)
def test_lakh_grouping(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a margin either way is written unsigned: "plus or minus 2 points" is no figure of -2
        ("The survey's error margin is plus or minus 2.5 points.", [("2.5", 2.5, None)]),
        ("The survey's error margin is plus/minus 2.5 points.", [("2.5", 2.5, None)]),
        ("Its error margin is ±2 percentage points.", [("2", 2, None)]),
        # a "±" right after a figure is that figure's tolerance, no figure of its own
        ("The beam is 7.4 ± 0.2 metres long.", [("7.4", 7.4, None)]),
        # a minus sign alone still makes a figure negative
        ("The lake froze at minus 6 degrees.", [("minus 6", -6, None)]),
    ],
)
def test_margins_are_unsigned(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clock time written with a full stop before a time zone or "local time"
        "Voting ends at 21.30 CET, officials said.",
        "The update was posted on Monday at 08.15 GMT.",
        "The border reopens at 17.00 local time.",
        # and after the full date of a timestamp
        "Last edited 22/10/2026 at 8.05",
        "Published 09.02.2027, 16.40",
    ],
)
def test_dotted_clock_times_are_no_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clock time with an "h" between hours and minutes, as French- and Portuguese-speaking
        # countries write it: no figure, the count beside it stays
        ("Ferries sail between 5h45 and 21h30 from the north quay.", []),
        ("Edited 03/11/2026, 9h05", []),
        ("The clinic opens at 7h00 for 60 patients.", [("60", 60, None)]),
    ],
)
def test_h_clock_times_are_no_figures(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numeral written in parts, each smaller than the scale word before it, is one number
        ("The depot holds 7 thousand 2 hundred and 40 crates.", [("7 thousand 2 hundred and 40", 7240, None)]),
        ("Officials counted 3 million 650 thousand ballots.", [("3 million 650 thousand", 3_650_000, None)]),
        ("The census found 9 crore and two hundred voters.", [("9 crore and two hundred", 90_000_200, None)]),
        # two figures of one scale stay two, as do a sum of money and a count after it
        ("Turnout rose from 2 million to 3 million.", [("2 million", 2_000_000, None), ("3 million", 3_000_000, None)]),
        ("The fund got $4 million 300 thousand short of its goal.",
         [("$4 million", 4_000_000, "USD"), ("300 thousand", 300_000, None)]),
    ],
)
def test_compound_numerals_in_parts(text, expected):
    assert values(text) == expected


def test_a_figure_after_a_date_stays_a_figure():
    # a date and then a figure that is no clock time
    assert values("By 14/06/2026 at 12.75 a share, the bid had lapsed.") == [("12.75", 12.75, None)]
    assert values("On 14/06/2026 45 flats were handed over.") == [("45", 45, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the renminbi as the financial press writes it, and codes in lower case after a figure
        ("The developer borrowed Rmb7.5bn from state banks.", [("Rmb7.5bn", 7500000000, "CNY")]),
        ("A bowl of noodles costs 18 rmb.", [("18 rmb", 18, "CNY")]),
        ("He was paid 350 usd for the article.", [("350 usd", 350, "USD")]),
        # "trln": a trillion as the Russian wires write it
        ("The budget deficit reached 3.1 trln roubles.", [("3.1 trln roubles", 3100000000000, "RUB")]),
    ],
)
def test_currency_forms_of_the_wires(text, expected):
    assert values(text) == expected


def test_a_month_name_before_a_number_above_31_is_no_date():
    assert values("In October 75 fishing boats stayed in port.") == [("75", 75, None)]
    assert values("In October 25 fishing boats stayed in port.") == []


def test_between_is_a_range_after_a_verb_of_change():
    # "rose to between X and Y": the new level is a range; "rose from X to Y": two figures
    assert [(e.low, e.high) for e in find_expressions("Rents climbed to between 900 and 1,100 euros.")] == [(900, 1100)]
    assert [e.value for e in find_expressions("Rents climbed from 900 to 1,100 euros.")] == [900, 1100]


@pytest.mark.parametrize(
    "text, expected",
    [
        # one or two digits after a comma are no thousands group: a decimal comma, with a money
        # sign or code, before a unit, or alone
        ("A tram ticket costs €1,90 in the old town.", [("€1,90", 1.9, "EUR")]),
        ("Parking is 2,40 € an hour.", [("2,40 €", 2.4, "EUR")]),
        ("The board approved NOK 7,5 mio. for the quay.", [("NOK 7,5 mio", 7_500_000, "NOK")]),
        ("The lake lies 3,6 km from the village.", [("3,6", 3.6, None)]),
        # a thousands group stays one, and "2,3 and 4" stays a list (no 2.3)
        ("The plant employs 4,300 people.", [("4,300", 4300, None)]),
        ("Stands 2,3 and 4 stayed closed.", [("4", 4, None)]),
    ],
)
def test_decimal_comma_where_no_thousands_group_can_be(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the bounds of mathematics and regulations: "less than or equal to" is "at most"
        ("Grants of less than or equal to 3,000 euros need no audit.",
         [("less than or equal to 3,000 euros", None, None, "at_most")]),
        ("Sites with greater than or equal to 120 staff must file a plan.",
         [("greater than or equal to 120", None, None, "at_least")]),
        # and with a lower bound before it, a range
        ("Scores greater than 60 and less than or equal to 75 pass.",
         [("greater than 60 and less than or equal to 75", 60, 75, None)]),
    ],
)
def test_inclusive_bounds(text, expected):
    assert [(e.text, e.low, e.high, e.qualifier) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the day of a date written in another language (a month name CLDR writes, then a year)
        "HARBOUR TIMES 14 Ağustos 2026 Perşembe",
        "MOMBASA WEEKLY 3 Oktoba 2026",
        "LA GAZETTE Mardi 17 février 2026",
        "DIARIO DEL SUR 9 de marzo de 2026",
    ],
)
def test_a_day_of_a_date_in_another_language_is_no_figure(text):
    assert [e.value for e in find_expressions(text)] == [2026]  # the year alone (dropped later as a year)



@pytest.mark.parametrize(
    "text, expected",
    [
        # "over" before a length of time is the span a figure or an event is spread across
        ("The fair drew 18,000 visitors over four days.", [("18,000", None), ("four", None)]),
        ("Wages will rise 11% over three years.", [("11%", None), ("three", None)]),
        # after a verb or preposition of length, and as a bound of a count, it is "more than"
        ("Some patients waited over three years for a bed.", [("over three", "more_than")]),
        ("The dispute has run for over a decade.", [("over a", "more_than")]),
        ("Over 300 homes were flooded.", [("Over 300", "more_than")]),
    ],
)
def test_over_a_span_of_time_is_no_bound(text, expected):
    assert [(e.text, e.qualifier) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "exceed" makes the figure a lower bound, and its negation an upper one
        ("Repair bills could exceed €4 million.", [("exceed €4 million", "more_than")]),
        ("Fares must not exceed 90 cents under the contract.", [("not exceed 90 cents", "at_most")]),
        ("Turnout didn't exceed 41% in any district.", [("didn't exceed 41%", "at_most")]),
    ],
)
def test_exceed_is_a_bound(text, expected):
    assert [(e.text, e.qualifier) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "as many as" after a multiplier compares two amounts; alone it is an upper bound
        ("The port handles four times as many as 20 years ago.", [("four", None), ("20", None)]),
        ("As many as 150 stalls were closed.", [("As many as 150", "at_most")]),
    ],
)
def test_as_many_as_after_a_multiplier_is_no_bound(text, expected):
    assert [(e.text, e.qualifier) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a text that groups thousands with dots (a figure ending ".000" twice, or one with two
        # groups) reads every three-digit dot group as thousands
        ("Tolls rose to Gs. 6.000 from Gs. 5.200; some 45.000 lorries pay them.",
         [("Gs. 6.000", 6000, "PYG"), ("Gs. 5.200", 5200, "PYG"), ("some 45.000", 45000, None)]),
        ("The census counted 2.417.360 residents, 1.180 of them in the hills.",
         [("2.417.360", 2417360, None), ("1.180", 1180, None)]),
        # two groups are thousands wherever they stand
        ("The register lists 1.250.000 voters.", [("1.250.000", 1250000, None)]),
        # a decimal comma agrees with the convention
        ("Turnout was 61,4% of 3.120.000 voters, up from 2.900.000.",
         [("61,4%", 61.4, None), ("3.120.000", 3120000, None), ("2.900.000", 2900000, None)]),
        # a date written with dots is neither convention's figure: the text still groups by dots
        ("Posted 04.03.2031. Tolls rose to Gs. 6.000 from Gs. 5.200; some 45.000 lorries pay them.",
         [("Gs. 6.000", 6000, "PYG"), ("Gs. 5.200", 5200, "PYG"), ("some 45.000", 45000, None)]),
    ],
)
def test_thousands_dot_by_the_documents_convention(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a decimal comma in the text speaks for the dot as the story's country does: one dot
        # group written as an amount or a count is thousands ("1.150 EUR", "about 2.150")
        ("Rents in Velmora rose 4,5% this year; a flat now costs 1.150 EUR a month.",
         [("4,5%", 4.5, None), ("1.150 EUR", 1150, "EUR")]),
        ("Lift passes rose 3,5% this winter; a season pass in Ordvik now costs 1.150 €.",
         [("3,5%", 3.5, None), ("1.150 €", 1150, "EUR")]),
        ("Turnout fell to 38,2% in the hamlet, whose population is about 2.150.",
         [("38,2%", 38.2, None), ("about 2.150", 2150, None)]),
        # a rate to three decimals is written with neither
        ("Inflation eased to 12,5% and the crown closed at 24.375 against the euro.",
         [("12,5%", 12.5, None), ("24.375", 24.375, None)]),
        # without the decimal comma the one dot group stays a decimal point
        ("Rents in Velmora rose this year; a flat now costs 1.150 EUR a month.", [("1.150 EUR", 1.15, "EUR")]),
    ],
)
def test_one_dot_group_beside_a_decimal_comma(text, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a decimal point elsewhere, or a thousands comma, keeps the English reading
        ("Shares rose 2.5% to 45.000 and the yield was 1.125 points.",
         [("2.5%", 2.5, None), ("45.000", 45, None), ("1.125", 1.125, None)]),
        ("Crowds of 3,400 saw the 7.000 and the 9.000 runs.",
         [("3,400", 3400, None), ("7.000", 7, None), ("9.000", 9, None)]),
        # one ".000" alone does not decide
        ("The gauge read 4.000 and then 1.250.", [("4.000", 4, None), ("1.250", 1.25, None)]),
    ],
)
def test_thousands_dot_not_read_against_the_english_convention(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # one dot group decides in a story whose country writes thousands with the dot (CLDR:
        # es_CL, id_ID), where nothing in the text writes the English way
        ("The reservoir at Rapel released 3.400 cubic metres a second on Monday.", "CL", [("3.400", 3400, None)]),
        ("Some 7.750 fishing boats stayed in port at Bitung.", "ID", [("Some 7.750", 7750, None)]),
        # not against a decimal point in the same text, nor in a country that groups otherwise
        ("The reservoir at Rapel released 3.400 cubic metres a second, 2.5 times the usual flow.", "CL",
         [("3.400", 3.4, None), ("2.5", 2.5, None)]),
        ("The reservoir at Kielder released 3.400 cubic metres a second on Monday.", "GB", [("3.400", 3.4, None)]),
        # a lone zero before the dot is a decimal point wherever the story is: no group of
        # thousands starts with 0
        ("Tests at Maipo found 0.015 milligrams of arsenic per litre.", "CL", [("0.015", 0.015, None)]),
        # where only the country speaks for the dot, the figure must be written as a count or an
        # amount is: a content word after it, an approximating word or a sign before it; a rate
        # to three decimals has none of them
        ("The peso weakened to 19.375 against the dollar on Friday, dealers in Lima said.", "CL",
         [("19.375", 19.375, None)]),
        ("In Izmir the lira closed at 41.250.", "TR", [("41.250", 41.25, None)]),
        ("The hamlet's population is about 2.150.", "CL", [("about 2.150", 2150, None)]),
        ("A season ticket in Temuco now costs $38.500.", "CL", [("$38.500", 38500, "CLP")]),
    ],
)
def test_one_dot_group_in_a_country_that_groups_by_dots(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an apostrophe between digits groups thousands (Swiss style), never a decimal mark
        ("The canton counted 23'400 cross-border workers.", [("23'400", 23400, None)]),
        ("The club paid CHF 2'750'000 for the keeper.", [("CHF 2'750'000", 2750000, "CHF")]),
        ("Rent rose to CHF 1’880.50 a month.", [("CHF 1’880.50", 1880.5, "CHF")]),
        # not the apostrophe of a decade or of feet and inches
        ("The band toured in the 80's.", [("80", 80, None)]),
    ],
)
def test_thousands_apostrophe(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a scale word after a scaled figure in words multiplies it, as after digits
        ("The scheme will cost four lakh crore rupees.", [("four lakh crore rupees", 4_000_000_000_000, "INR")]),
        ("Britain once wrote it as seven thousand million.", [("seven thousand million", 7_000_000_000, None)]),
        # but not a smaller scale after a larger one
        ("one million two thousand", [("one million two thousand", 1_002_000, None)]),
    ],
)
def test_stacked_scale_words(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "arab" and "kharab", the Hindustani scale words after "crore", after a money figure
        ("The canal will cost Rs 3.2 arab.", [("Rs 3.2 arab", 3_200_000_000, "INR")]),
        ("Debts reached Rs2 kharab.", [("Rs2 kharab", 200_000_000_000, "INR")]),
        # never after a plain count, nor capitalised ("Arab" is an English word)
        ("Envoys of 5 arab states met.", [("5", 5, None)]),
        ("It cost Rs 40 Arab families their homes.", [("Rs 40", 40, "INR")]),
    ],
)
def test_south_asian_scale_words_after_crore(text, expected):
    assert values(text) == expected
