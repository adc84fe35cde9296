"""One figure worded differently on the two sides (compare.units, compare.quantities): a thing
the units table does not know counted by the same noun, with or without its qualifiers; and a
figure that prices one unit ("a seat", "for every dose") is never the same fact as a total
of the same currency.

Invented sentences through the real extractor (the clause frames come from the parse); each
mechanism has a control pair that still aligns or still conflicts."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_doc = extracted_doc


def _figures(a: str, b: str):
    report = diff_pair(_doc(a, "a.txt"), _doc(b, "b.txt"))
    return [m for m in report.matches if m.kind == "quantity"]


def _pair(a: str, b: str, fig_a: str, fig_b: str):
    """The match between the figure `fig_a` of A and `fig_b` of B, or None."""
    return next((m for m in _figures(a, b) if fig_a in m.a.text and fig_b in m.b.text), None)


# Two reports of one seizure: "40 ivory tusks" and "40 tusks" (a noun no table lists).
_STORY = " The two smugglers, both from Ombasi, will appear before the district court in Ombasi next week."
_SEIZURE_A = "Police arrested two men at a roadblock, where officers found 40 ivory tusks in a pickup truck." + _STORY
_SEIZURE_B = "The men were caught last month with {n} tusks in a car near the river." + _STORY


def test_the_same_unknown_noun_with_and_without_its_qualifier_is_one_count():
    m = _pair(_SEIZURE_A, _SEIZURE_B.format(n=40), "40 ivory tusks", "40 tusks")
    assert m is not None and m.status == "agree"


def test_changing_the_value_keeps_the_unknown_noun_pair_aligned():
    # alignment never looks at values: the pair is still made, and a weak one never conflicts
    m = _pair(_SEIZURE_A, _SEIZURE_B.format(n=25), "40 ivory tusks", "25 tusks")
    assert m is not None and m.status != "agree"


def _unit(text: str, figure: str):
    from claimtrack.compare.mentions import mentions_of

    [m] = [m for m in mentions_of(_doc(text, "a.txt")) if m.kind == "quantity" and figure in m.text]
    return m.standing.unit


@pytest.mark.parametrize("text, figure, unit", [
    ("The clinic charges patients $30 a dose for the new vaccine.", "$30", "dose"),
    ("Growers will receive 90 euros per tonne of wheat delivered.", "90 euros", "tonne"),
    ("The festival spent 12,000 pounds on the show, about 3 pounds for every seat sold.", "3 pounds", "seat"),
    ("Return tickets sell for 4 euros at the kiosk.", "4 euros", "ticket"),
    ("A season pass costs 250 dollars this year.", "250 dollars", "pass"),
    ("The dealer sold the paintings for $400 each.", "$400", "each"),
    # the unit past a comparative, and before words naming a time
    ("Olive growers will be paid 6 euros more per crate under the new deal.", "6 euros", "crate"),
    ("Pickers on the Dunley farms earn 2 pounds a bucket this year.", "2 pounds", "bucket"),
    # totals: a definite subject, a pronoun, a rate over time, a purpose
    ("The repairs will cost $2 million, the council said.", "$2 million", None),
    ("It cost 80 million euros to build the bridge.", "80 million euros", None),
    ("The strike is costing the port $5 million a day.", "$5 million", None),
    ("The ministry will spend 3 million euros more a year on the scheme.", "3 million euros", None),
    ("The ministry set aside 40 million euros for a relief plan.", "40 million euros", None),
])
def test_an_amount_prices_one_unit_only_when_english_says_so(text, figure, unit):
    assert _unit(text, figure) == unit


# One story: a new ferry line, its total cost and its fare.
_FERRY = " The ferry line between Orvik and Sandhamn opens to passengers on Monday after four years of work."
_FERRY_TOTAL = "The ferry line cost 40 million euros, the transport agency said." + _FERRY
_FERRY_FARE = "Seats on the ferry will cost {n} euros, the transport agency said." + _FERRY
_FERRY_ONE_FARE = "Each seat on the ferry will cost 9 euros, the transport agency said." + _FERRY


def test_a_unit_price_never_conflicts_with_a_total_of_the_same_currency():
    assert not any(m.status == "conflict" for m in _figures(_FERRY_TOTAL, _FERRY_FARE.format(n=12)))


def test_two_prices_of_one_unit_still_conflict():
    # control: "each seat" and "seats" price the same unit
    m = _pair(_FERRY_ONE_FARE, _FERRY_FARE.format(n=12), "9 euros", "12 euros")
    assert m is not None and m.status == "conflict"


def test_what_making_a_thing_costs_is_not_its_price():
    """"costs them about 1,200 rupees to grow" is what growing a kilo takes, not what a kilo sells
    for (compare.goods.cost_and_price, data/figure_standing.json making_verbs); two selling prices
    of one good still conflict."""
    made = "Growers in the Halvar hills say a kilo of cardamom costs them about 1,200 rupees to grow, their association said."
    sold = "Growers in the Halvar hills say cardamom sold at about 1,200 rupees a kilo at Monday's auction, their association said."
    auction = "At the Halvar auction on Monday cardamom sold at an average of 1,050 rupees a kilo, the growers' association said."
    assert not any(m.status == "conflict" for m in _figures(made, auction))
    m = _pair(sold, auction, "1,200 rupees", "1,050 rupees")
    assert m is not None and m.status == "conflict", m
    # what one thing cost to build, said with and without "to build", is one cost: no price
    built = "The Tarn-2 weather probe was launched in 2022 and cost about $41 million to build and launch, the agency said."
    paid = "The Tarn-2 weather probe, launched in 2022, had cost the agency $55 million, it said."
    m = _pair(built, paid, "$41 million", "$55 million")
    assert m is not None and m.status == "conflict", m


def test_prices_of_two_different_units_never_conflict():
    a = "A single dose of the drug will cost no more than 900 rupees, the regulator said." + _DRUG
    b = "A full course of the drug costs around 20,000 rupees, the regulator said." + _DRUG
    assert not any(m.status == "conflict" for m in _figures(a, b))


_DRUG = " The regulator capped the prices of 30 heart medicines on Friday after a year of talks with makers."


def test_wordnet_tells_synonyms_and_kinds_of_counted_nouns_apart_from_other_senses():
    from claimtrack.compare.units import kind_of, same_noun

    assert same_noun("pupil", "student") and same_noun("rider", "passenger")
    assert kind_of("firm", "business") and not same_noun("firm", "business")
    # a shared rare sense is no synonymy: a job is an occupation, a business an organisation
    assert not same_noun("job", "business") and not same_noun("firm", "house") and not same_noun("seat", "place")


_PROTEST = " The bar association says the new court fee rules in Veltra will price poor clients out of justice."


def test_a_count_named_by_a_synonym_is_one_count():
    a = "Some 85 lawyers marched to the court building in Veltra on Thursday." + _PROTEST
    b = "About {n} attorneys joined the march, the organisers said." + _PROTEST
    agree = _pair(a, b.format(n=85), "85 lawyers", "85 attorneys")
    assert agree is not None and agree.status == "agree"
    assert _pair(a, b.format(n=140), "85 lawyers", "140 attorneys") is not None  # a changed value keeps its partner


_AUDIT = " The transport agency of Kelmport has warned since spring that safety checks were lagging behind."


@pytest.mark.parametrize("noun_a, noun_b", [("aerodromes", "airports"), ("rowboats", "dinghies")])
def test_a_count_named_by_a_rare_synonym_is_one_count(noun_a, noun_b):
    # nouns SemCor never tags (WordNet's one sense read) meet the nouns of that sense, tagged
    # ("airport") or not ("dinghy"), where the two sentences share few words
    a = f"Inspectors from the agency examined 35 {noun_a} in the old port district during a two-week sweep." + _AUDIT
    b = "The audit, which ended on Friday, found faults in {n} " + noun_b + ", the agency said." + _AUDIT
    agree = _pair(a, b.format(n=35), f"35 {noun_a}", f"35 {noun_b}")
    assert agree is not None and agree.status == "agree"
    changed = _pair(a, b.format(n=52), f"35 {noun_a}", f"52 {noun_b}")
    assert changed is not None and changed.status != "agree"  # a changed value keeps its partner
    # a noun of no shared sense stays apart
    assert _pair(a, b.format(n=35).replace(noun_b, "bicycles"), f"35 {noun_a}", "35 bicycles") is None


_MILL = " The Ostrava mill has made rolled steel since 1951; the union said it would seek talks with the owners."


def test_a_count_named_by_a_kind_in_a_later_sense_is_one_count():
    # "post" is first a place in WordNet, a job in its third sense: the nouns counted, not the units
    # table's class ("worker"), meet
    a = "The owners will close the Ostrava mill next year, cutting 240 jobs, the company said." + _MILL
    b = "The Ostrava mill is to shut next year with the loss of {n} posts, its owners said." + _MILL
    agree = _pair(a, b.format(n=240), "240 jobs", "240 posts")
    assert agree is not None and agree.status == "agree"
    changed = _pair(a, b.format(n=600), "240 jobs", "600 posts")
    assert changed is not None and changed.status != "agree"  # a changed value keeps its partner


_RACE = " The count in the Tolvik harbour ward ended shortly after midnight, and turnout was the lowest in a decade."


def test_a_margin_is_never_the_same_fact_as_a_total():
    a = "Councillor Mira Arden won the Tolvik harbour seat by 230 votes, the returning officer said." + _RACE
    b = "Councillor Mira Arden won the Tolvik harbour seat with 4,120 votes, the returning officer said." + _RACE
    assert not any(m.status == "conflict" for m in _figures(a, b))


def test_two_margins_of_one_race_still_conflict():
    a = "Councillor Mira Arden won the Tolvik harbour seat by 230 votes, the returning officer said." + _RACE
    b = "Councillor Mira Arden won the Tolvik harbour seat by 310 votes, the returning officer said." + _RACE
    m = _pair(a, b, "230 votes", "310 votes")
    assert m is not None and m.status == "conflict"


@pytest.mark.parametrize("text, figure, margin", [
    ("The ruling party lost the vote by 12 votes.", "12 votes", True),
    ("Exports rose by 4% in March.", "4%", True),
    ("The airline will cut its fleet by 30 aircraft.", "30 aircraft", True),
    ("The treaty was signed by 26 nations.", "26 nations", False),  # an agent, not a margin
    ("She won the seat with 4,120 votes.", "4,120 votes", False),
])
def test_by_on_a_verb_of_winning_or_changing_makes_a_margin(text, figure, margin):
    from claimtrack.compare.mentions import mentions_of

    [m] = [m for m in mentions_of(_doc(text, "a.txt")) if m.kind == "quantity" and figure in m.text]
    assert m.standing.difference is margin


_SCHEME = " The irrigation scheme in the Varna valley was approved by the state cabinet after two years of delays."


def test_a_rate_stated_after_a_conversion_in_parentheses_is_still_a_rate():
    a = "The scheme is expected to save farmers about 900 million rupees ($11 million) a year, the ministry said." + _SCHEME
    b = "Farmers will save ₹900 million a year on water and diesel, the ministry estimates." + _SCHEME
    m = _pair(a, b, "900 million rupees", "₹900 million")
    assert m is not None and m.status == "agree"


_VOTE = " The Halden district council meets again on Monday to elect its new chair after the recount."


def test_the_counts_of_a_tally_meet_the_same_sides_counts():
    a = "Recount: Halden ward changes hands. The challenger took the Halden ward by nine votes, 3,118 to 3,109." + _VOTE
    b = "Nine votes: Halden ward changes hands. The challenger won the Halden ward with 3,118 votes to the mayor's 3,109." + _VOTE
    first = _pair(a, b, "3,118", "3,118 votes")
    second = _pair(a, b, "3,109", "3,109")
    assert first is not None and first.status == "agree"
    assert second is not None and second.status == "agree"


@pytest.mark.parametrize("text, tallies", [
    ("The bill passed 212 to 198 in the lower house.", [1, 2]),
    ("She won with 3,118 votes to the mayor's 3,109.", [1, 2]),
    ("Exports rose from 300 to 480 tonnes.", [0, 0]),  # a change and where it ends
    ("The motion was carried by 312 votes to 250.", [1, 2]),
])
def test_a_tally_is_read_from_the_words_between_its_counts(text, tallies):
    from claimtrack.compare.mentions import mentions_of

    ms = sorted((m for m in mentions_of(_doc(text, "a.txt")) if m.kind == "quantity"), key=lambda m: m.start)
    assert [m.tally for m in ms] == tallies
    assert not any(m.standing.difference for m in ms if m.tally)  # "carried by 312 votes to 250": no margin


# A size given before a noun ("a 60-store network", "a 40-day quarantine") and the same size
# stated of the whole ("operates 60 stores") or of the named thing ("a quarantine period of 40 days").
_SHOPS = " Shares in the retailer fell 4% in Vellmark trading after the announcement on its results day."


def _aligned(a: str, b: str, fig_a: str, fig_b: str):
    from claimtrack.compare.pair import one_story, prepare
    from claimtrack.compare.quantities import align_quantities

    pa, pb = prepare(_doc(a, "a.txt")), prepare(_doc(b, "b.txt"))
    [x] = [m for m in pa.mentions if m.kind == "quantity" and fig_a in m.text]
    [y] = [m for m in pb.mentions if m.kind == "quantity" and fig_b in m.text]
    return align_quantities(x, y, one_story(pa.story, pb.story))


def test_a_size_before_a_noun_is_the_whole_a_stock_verb_states():
    a = "The grocer Hallberg will shut 12 stores, a fifth of its 60-store network, the company said." + _SHOPS
    b = "Hallberg operates 60 stores and employs about 2,000 people in the region." + _SHOPS
    al = _aligned(a, b, "60-store", "60 stores")
    assert al is not None and al.how == "same" and "size of a group" not in al.note, al
    m = _pair(a, b, "60-store", "60 stores")
    assert m is not None and m.status == "agree", m


def test_a_size_before_a_noun_is_not_a_count_of_members_under_an_event():
    a = "A nine-member panel will review the Hallberg closures, the ministry said." + _SHOPS
    b = "Four members of the panel resigned on Tuesday over the Hallberg closures." + _SHOPS
    al = _aligned(a, b, "nine-member", "Four members")
    assert al is None or "size of a group" in al.note, al


@pytest.mark.parametrize("b", [
    "The Brask county council approved a pool with {n} lanes for the Tollen leisure centre on Monday.",
    "The Brask county council on Monday approved a pool of {n} lanes for the Tollen leisure centre.",
])
def test_a_size_before_a_noun_is_the_size_given_after_it(b):
    """"a 10-lane pool" and "a pool with 10 lanes" (or "of 10 lanes") state one size; with the
    figure changed they state two sizes of one pool, a conflict (compare.figure_evidence._size_after_noun)."""
    a = "The Brask county council approved a 10-lane pool for the Tollen leisure centre on Monday."
    al = _aligned(a, b.format(n=10), "10-lane", "10 lanes")
    assert al is not None and al.how == "same" and "size of a group" not in al.note, al
    m = _pair(a, b.format(n=10), "10-lane", "10 lanes")
    assert m is not None and m.status == "agree", m
    m = _pair(a, b.format(n=8), "10-lane", "8 lanes")
    assert m is not None and m.status == "conflict", m


def _figure(text: str, fig: str):
    from claimtrack.compare.pair import prepare

    [m] = [m for m in prepare(_doc(text, "a.txt")).mentions if m.kind == "quantity" and fig in m.text]
    return m


def test_a_duration_before_a_noun_sizes_the_thing_the_other_clause_names():
    from claimtrack.compare.figure_evidence import _sizes_named

    a = "The two cheetahs arrived at Vellmark zoo on Monday and begin a quarantine period of 40 days, the keepers said." + _SHOPS
    b = "Vellmark zoo's new cheetahs will go on show after a 40-day quarantine, keepers said." + _SHOPS
    c = "Vellmark zoo's new cheetahs will go on show after a 40-day journey, keepers said." + _SHOPS
    x = _figure(a, "40 days")
    assert _sizes_named(_figure(b, "40-day"), x) and not _sizes_named(_figure(c, "40-day"), x)
    m = _pair(a, b, "40 days", "40-day")
    assert m is not None and m.status == "agree", m


@pytest.mark.parametrize("written", ["64 per cent", "64 percent", "64 pct"])
def test_a_percent_written_in_letters_is_the_percent_sign(written):
    # "8 per cent" is "8%" written out: the same sentence either way states the same context, so
    # the pair scores as if both sides wrote the sign (and a rewording loses nothing to it)
    a = "The reserve bank held its main lending rate at 64% on Thursday, its governor said."
    sign = "Its governor said the bank had kept its benchmark rate unchanged at 64%."
    assert _pair(a, sign.replace("64%", written), "64", "64").score == _pair(a, sign, "64", "64").score < 1


def test_context_words_leave_out_the_percent_words():
    from claimtrack.compare.context import key_terms

    assert key_terms("rose 8 per cent in the harbour") == key_terms("rose 8% in the harbour") \
        == key_terms("rose 8 percent in the harbour") == ["rose", "harbour"]
