"""The same figure written two ways on the two sides is one fact (issue 13): the words of a unit
are no modifiers of what is counted ("38 per cent" is "38%"), and a bare "$" meets every currency
the Unicode CLDR writes "$" for ("$4.2m" in a report for New Zealand readers, "NZ$4.2 million" on
a wire). Each rule is shown with the pair it changes and the pair it must leave apart.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.mentions import mentions_of

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _status(a: str, b: str, fa: str, fb: str) -> set:
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return {m.status for m in report.matches if m.kind == "quantity" and fa in m.a.text and fb in m.b.text}


def _frame(text: str, figure: str):
    [m] = [m for m in mentions_of(extracted_doc(text, "a.txt")) if m.kind == "quantity" and figure in m.text]
    return m.frame


@pytest.mark.parametrize("text, figure", [
    ("Turnout in the northern valleys reached 64 per cent on Sunday, officials said.", "64 per cent"),
    ("The glider crossed the lake at 90 km/h before it landed, the club said.", "90 km/h"),
])
def test_the_words_of_a_unit_are_no_modifiers_of_the_thing(text, figure):
    assert _frame(text, figure).modifiers == []


@pytest.mark.parametrize("b, fb, status", [
    # a percent sign after a space (French and other styles) is the same share as one glued on
    ("Barely 35 % of the island's cane is milled at home, the planters' union said.", "35 %", "agree"),
    ("Barely 40 % of the island's cane is milled at home, the planters' union said.", "40 %", "conflict"),
])
def test_a_percent_sign_after_a_space_is_the_same_share(b, fb, status):
    a = "About 35% of the island's sugar cane is milled locally, the farm ministry said."
    assert _status(a, b, "35%", fb) == {status}


def test_a_modifier_the_quantity_reads_stays_a_modifier():
    frame = _frame("About 4,000 seasonal pickers left the orchards in May, the growers said.", "4,000")
    assert "seasonal" in frame.modifiers


NZ_WIRE = ("WELLINGTON, New Zealand. The city council will spend NZ$8.5 million on a new central library, "
           "the mayor said on Tuesday.")
NZ_PAPER = "The council is to spend $8.5m on the new central library, the mayor told reporters on Tuesday."
NZ_PAPER_OTHER = "The council is to spend $6m on the new central library, the mayor told reporters on Tuesday."
EURO_PAPER = "The council is to spend €8.5m on the new central library, the mayor told reporters on Tuesday."


def test_a_bare_dollar_and_a_named_dollar_state_one_amount():
    assert _status(NZ_WIRE, NZ_PAPER, "NZ$8.5 million", "$8.5m") == {"agree"}


def test_a_bare_dollar_that_differs_is_never_a_conflict():
    # "$" may be the US dollar of a conversion: two amounts apart are related, not contradictory
    assert "conflict" not in _status(NZ_WIRE, NZ_PAPER_OTHER, "NZ$8.5 million", "$6m")


LOCAL_PAPER = ("THE SUVA ISLAND TIMES\nThe government will set up a $12 million relief fund for fishers hit by "
               "Cyclone Mele, the fisheries minister said on Monday.")
WIRE = ("The government will set up a $15 million relief fund for fishers hit by Cyclone Mele, the fisheries "
        "minister said on Monday.")


def test_a_bare_dollar_in_both_stories_is_one_currency_whichever_dollar_each_was_read_as():
    # the local paper's "$" is read as its country's dollar (its masthead), the wire's as the US
    # one: both writers wrote "$", so the two amounts are compared, and differ
    assert {q.currency for c in extracted_doc(LOCAL_PAPER, "a.txt").claims for q in c.quantities} == {"FJD"}
    assert {q.currency for c in extracted_doc(WIRE, "b.txt").claims for q in c.quantities} == {"USD"}
    assert _status(LOCAL_PAPER, WIRE, "$12 million", "$15 million") == {"conflict"}
    # an amount given beside its conversion chose its "$" on purpose: it stays apart (its
    # conversion is the one compared with the wire's)
    converted = ("THE SUVA ISLAND TIMES\nThe government will set up a $27 million (US$12 million) relief fund for "
                 "fishers hit by Cyclone Mele, the fisheries minister said on Monday.")
    assert _status(converted, WIRE, "$27 million", "$15 million") == set()


BID = ("Nordvik Shipping made a hostile bid for the ferry operator Baltica Lines on Friday. Nordvik, which "
       "already owns 12.5% of Baltica, offered 300 crowns a share in cash, a premium of about a third to "
       "Thursday's close.")
REJECTED = ("Baltica Lines rejected the hostile bid from Nordvik Shipping, saying the offer undervalued the ferry "
            "operator. Nordvik already holds 12.5 per cent of the shares.")


def test_verbs_of_possession_state_one_holding():
    # "owns 12.5% of Baltica" and "holds 12.5 per cent of the shares": one relation of having,
    # however little else the two sentences share
    from claimtrack.compare.figure_evidence import one_possession

    assert one_possession("own", "hold") and one_possession("have", "possess")
    assert not one_possession("own", "buy")
    assert _status(BID, REJECTED, "12.5%", "12.5 per cent") == {"agree"}
    assert "conflict" not in _status(BID, REJECTED.replace("12.5 per cent", "20 per cent"), "12.5%", "20 per cent")


def test_a_dollar_never_meets_a_euro():
    assert _status(NZ_WIRE, EURO_PAPER, "NZ$8.5 million", "€8.5m") == set()


@pytest.mark.parametrize("text, figure, prep", [
    ("The council raised the parking fee from 4% to 6% in June, the mayor said.", "6%", "to"),
    ("The council raised the parking fee from 4% to 6% in June, the mayor said.", "4%", "from"),
    ("Output at the smelter fell from 8,000 tonnes to 6,500 tonnes last year.", "6,500 tonnes", "to"),
])
def test_the_end_of_a_change_hangs_from_to(text, figure, prep):
    # the parser reads "4% to 6" as one range under "from"; English ends a change after "to"
    assert _frame(text, figure).prep == prep


def _mention(text: str, figure: str):
    [m] = [m for m in mentions_of(extracted_doc(text, "a.txt")) if m.kind == "quantity" and figure in m.text]
    return m


@pytest.mark.parametrize("a, b, differ", [
    ("up to 300 positions", "as many as 450 positions", True),   # two ceilings of one figure
    ("up to 300 positions", "as many as 300 positions", False),
    ("more than 3,000 positions", "3,000 positions", False),     # one number, a hedge dropped
    ("300 positions", "450 positions", True),
])
def test_selection_reads_values_as_the_judge_does(a, b, differ):
    from claimtrack.compare.select import _values_differ

    x = _mention(f"The bakery chain said {a} could go at its depots.", a.split()[-2])
    y = _mention(f"The bakery chain said {b} could go at its depots.", b.split()[-2])
    assert _values_differ(x, y) is differ


SMALLHOLDERS = "Some 650,000 smallholder farmers grow cassava in the province, the agriculture ministry said."
SMALL_SCALE = "The crop is grown by 650,000 small-scale farmers in the province, according to the ministry."
TWO_GROUPS = ("The ministry said 650,000 smallholder farmers grow cassava in the province, "
              "and 2,000 commercial farmers grow it on large estates.")


def test_modifiers_that_describe_one_group_do_not_split_it():
    report = diff_pair(extracted_doc(SMALLHOLDERS, "a.txt"), extracted_doc(SMALL_SCALE, "b.txt"))
    [match] = [m for m in report.matches if m.kind == "quantity"]
    assert match.status == "agree" and "different groups" not in match.reason
    [m] = [m for m in mentions_of(extracted_doc(SMALLHOLDERS, "a.txt")) if m.kind == "quantity"]
    assert not m.subgroups


def test_modifiers_that_tell_a_reports_groups_apart_still_do():
    ms = [m for m in mentions_of(extracted_doc(TWO_GROUPS, "a.txt")) if m.kind == "quantity"]
    assert ms and all(m.subgroups for m in ms)


def test_a_figure_already_one_fact_with_another_is_no_contradiction_of_a_third():
    # B's one share is A's first share (agreeing, aligned far better): A's second share, in the
    # same sentence, is another fact, not a contradiction of it
    a = "Varland already makes about 13% of the world's bicycles, and cycling goods make up around 40% of its exports."
    b = "Some 13% of the world's bicycles are already made in Varland, mostly in the north."
    assert _status(a, b, "13%", "13%") == {"agree"}
    assert "conflict" not in _status(a, b, "40%", "13%")
    # the control: without the agreeing figure the two shares still conflict
    alone = "Varland already makes about 40% of the world's bicycles, mostly in the north."
    assert _status(alone, b, "40%", "13%") == {"conflict"}


STORE_GWH = "The new pumped-storage plant near Velden can store 1.6 gigawatt-hours, the operator said on Monday."
STORE_MWH = "The operator said on Monday the Velden plant will hold 1,600 MWh of energy."
STORE_MWH_OTHER = "The operator said on Monday the Velden plant will hold 2,100 MWh of energy."


def test_energy_in_two_units_is_one_measure():
    # a gigawatt hour is a thousand megawatt hours (SI prefixes), and no span of time
    assert _status(STORE_GWH, STORE_MWH, "1.6 gigawatt-hours", "1,600 MWh") == {"agree"}
    assert _status(STORE_GWH, STORE_MWH_OTHER, "1.6 gigawatt-hours", "2,100 MWh") == {"conflict"}
    assert _frame(STORE_GWH, "1.6").family != "hour"


SEED_CHARGED = "Merchants in Nuwara were charging about 9,500 rupees before the subsidy began."
SEED_PER_BAG = "Before the subsidy a bag of seed cost about 9,500 rupees in Nuwara."


def test_a_price_per_unit_and_one_that_names_no_unit_may_be_one_price():
    # a figure that names no unit it is for says nothing of a total: the two align as one price
    # ("a bag ... about 9,500 rupees" / "charging about 9,500 rupees"), but never conflict on
    # that alone (the one names a unit, the other does not say)
    assert _status(SEED_CHARGED, SEED_PER_BAG, "9,500", "9,500") == {"agree"}
    assert "conflict" not in _status(SEED_CHARGED, SEED_PER_BAG.replace("9,500", "14,000"), "9,500", "14,000")
