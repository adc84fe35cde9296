"""What a figure counts or measures, read as English says it (compare.mentions, compare.standing,
compare.units): an amount of money is never elected or killed, a period adjective makes a rate,
a subject shared by two joined verbs and a generic subject make a figure one thing's, a count
before a noun gives the whole. Each rule is shown with the sentence pair it changes and, where it
can fail, the same pair without the word the rule reads.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.compare.mentions import mentions_of
from claimtrack.compare.standing import Standing, standing_clash
from claimtrack.compare.units import roles_of

from extracted import extracted_doc, quantity_matches

pytestmark = pytest.mark.model


def _figures(a: str, b: str) -> list:
    report = diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt"))
    return [m for m in report.matches if m.kind == "quantity"]


def _status(a: str, b: str, fa: str, fb: str) -> set:
    return {m.status for m in _figures(a, b) if fa in m.a.text and fb in m.b.text}


def _mention(text: str, figure: str):
    [m] = [m for m in mentions_of(extracted_doc(text, "a.txt")) if m.kind == "quantity" and figure in m.text]
    return m


def test_money_takes_only_the_roles_money_can_have():
    from claimtrack.compare.context import stem

    words = {stem("won"), stem("killed"), stem("pledged")}
    assert roles_of(words) >= {"voted", "died", "pledged"}
    assert roles_of(words, money=True) == {"pledged"}
    # the currency "won" is the amount's own word, not a verb of winning
    assert not _mention("In Seoul, museum tickets cost 15,000 won, the city said.", "15,000 won").roles


def test_things_are_never_detained_or_injured():
    """"held" and "treated" of things have other senses: a count of wells, transfers or parcels
    takes neither role; a count of people, or with no noun, keeps both."""
    from claimtrack.compare.context import stem

    words = {stem("held"), stem("treated")}
    assert roles_of(words, thing="hostages") == roles_of(words) == {"detained", "injured"}
    assert roles_of(words, thing="wells") == roles_of(words, thing="bank transfer") == frozenset()
    assert roles_of({stem("held"), stem("killed")}, thing="parcels") == {"died"}
    # through the clause of a figure
    assert "detained" not in _mention("Tests showed that 52 wells near the tannery held chromium.", "52 wells").roles
    assert "detained" in _mention("Rebels held 52 villagers for a week.", "52 villagers").roles


def test_an_amount_won_and_the_same_amount_signed_for_agree():
    won = "South Korean exporters won contracts worth 15 trillion won last year, the ministry said."
    signed = "Exporters signed deals worth 15 trillion won last year, the ministry said."
    assert _status(won, signed, "15 trillion", "15 trillion") == {"agree"}
    # people keep their roles: killed and injured are two counts
    killed = "The blast killed 14 miners at the colliery, the company said."
    hurt = "The blast injured 14 miners at the colliery, the company said."
    assert "agree" not in _status(killed, hurt, "14", "14")


@pytest.mark.parametrize("text, figure, period", [
    ("The city council said the monthly rent for the new flats would be 900 euros.", "900 euros", "month"),
    ("On a weekly basis the allowance comes to about 120 euros.", "120 euros", "week"),
    ("The annual budget of the agency is 3 billion euros.", "3 billion euros", "year"),
    ("The city council said the rent for the new flats would be 900 euros.", "900 euros", None),
])
def test_a_period_adjective_makes_an_amount_a_rate(text, figure, period):
    assert _mention(text, figure).measure.period == period


def test_a_monthly_amount_meets_an_amount_a_month():
    a = "The city council said the monthly rent for the new flats would be 900 euros."
    b = "Tenants of the new flats will pay 900 euros a month, the city council said."
    plain = "The city council said the rent for the new flats would be 900 euros."
    assert _status(a, b, "900", "900") == {"agree"}
    assert not _status(plain, b, "900", "900")  # a sum with no period is no monthly rate


def test_joined_verbs_share_their_subject_and_each_makes_a_unit_price():
    text = "Each locomotive will weigh 90 tonnes and will cost about $6 million, the railway said."
    assert _mention(text, "$6 million").standing.unit == "locomotive"
    assert _mention(text, "90 tonnes").standing.unit == "locomotive"
    per = "The railway put the price at about $6 million per locomotive."
    assert _status(text, per, "$6 million", "$6 million") == {"agree"}


def test_unit_prices_of_one_thing_named_two_ways_are_one_measure():
    from claimtrack.compare.statements import nouns_meet

    assert standing_clash(Standing(unit="vessel"), Standing(unit="ship"), same_unit=nouns_meet) is None
    assert standing_clash(Standing(unit="vessel"), Standing(unit="ship"))  # by default only one noun is one unit
    assert standing_clash(Standing(unit="ticket"), Standing(unit="dose"), same_unit=nouns_meet)
    assert standing_clash(Standing(unit="ship"), Standing())  # one ship's price and a total


def test_a_generic_subjects_weight_is_one_animals_not_the_total():
    one = "Adult walruses can weigh up to 1.5 tonnes, the rangers said."
    total = "The dead walruses, about 60 tonnes in all, will be removed by crane, the rangers said."
    plain = "The dead walruses weighed up to 1.5 tonnes, the rangers said."
    assert _mention(one, "1.5 tonnes").standing.unit is not None
    assert _mention(plain, "1.5 tonnes").standing.unit is None  # a definite subject: the whole group
    assert "conflict" not in _status(one, total, "1.5", "60")
    assert _status(plain, total, "1.5", "60") == {"conflict"}


def test_a_count_before_a_noun_is_the_whole_a_share_is_taken_of():
    from claimtrack.compare.figure_evidence import sized_whole as _sized_whole

    sized = _mention("The 1,200-seat theatre reopened on Friday.", "1,200-seat")
    plain = _mention("The theatre sold 1,200 seats on Friday.", "1,200 seats")
    assert _sized_whole(sized) and not _sized_whole(plain)
    whole = _mention("About a fifth of the theatre's 1,200 seats were empty.", "1,200 seats")
    assert whole.standing.part == "whole"
    assert standing_clash(whole.standing, sized.standing, stock_b=_sized_whole(sized)) is None
    assert standing_clash(whole.standing, plain.standing)


def test_a_count_first_said_is_an_early_count():
    first = "Police first said 30 people had been arrested at the march, but the number later rose."
    assert _mention(first, "30 people").standing.stage == "initial"
    later = "About 45 people were arrested at the march, police said."
    assert "conflict" not in _status(first, later, "30", "45")
    plain = "Police said 30 people had been arrested at the march."
    assert _mention(plain, "30 people").standing.stage is None


def test_a_counted_subject_is_no_generic_one():
    counted = "Customs officers found 12 ivory tusks weighing 90 kilograms in a shipping container."
    generic = "Ivory tusks can weigh up to 45 kilograms, customs officers said."
    assert _mention(counted, "90 kilograms").standing.unit is None  # twelve tusks together
    assert _mention(generic, "45 kilograms").standing.unit == "tusk"
    again = "Twelve tusks, weighing 90 kilograms, were found in a container by customs officers."
    assert _status(counted, again, "90", "90") == {"agree"}
    sized = "A 500-gram jar of the honey will cost no more than 9 euros, the cooperative said."
    assert _mention(sized, "9 euros").standing.unit == "jar"  # a size before the noun is no count of it


_BODY = ("LONDON, March 3 (Metals Wire) - Copper futures rose 6.2% on Monday to $9,800 a tonne after "
         "miners at the country's largest pit walked out, traders said.\n\nStocks in warehouses fell 1.4% in a week.")


def _also(headline: str) -> list:
    from claimtrack.compare.mentions import mentions_of
    from claimtrack.compare.repeats import link_repeats

    ms = mentions_of(extracted_doc(f"{headline}\n\n{_BODY}", "a.txt"))
    link_repeats(ms)
    [m] = [m for m in ms if m.kind == "quantity" and m.text.startswith("6.2")]
    return [t for _s, _e, t in m.also]


def test_a_headline_rounds_the_figure_its_body_states():
    assert _also("Copper jumps 6% as miners strike") == ["6%"]
    assert _also("Copper jumps 8% as miners strike") == []  # not a rounding of 6.2%
    assert _also("Copper jumps 6% as miners strike.") == []  # a sentence, not a headline
    other = "Copper futures rose 6.2 per cent on Monday after miners at the largest pit walked out, traders said."
    report = diff_pair(extracted_doc(f"Copper jumps 6% as miners strike\n\n{_BODY}", "a.txt"), extracted_doc(other, "b.txt"))
    [m] = [m for m in report.matches if m.kind == "quantity" and m.a.text.startswith("6.2")]
    assert m.status == "agree" and [s.text for s in m.a.also] == ["6%"]


def test_a_groups_members_and_its_people_are_one_count_when_the_group_is_named_by_both():
    members = "The nurses' union, which has 9,200 members, called the stoppage."
    nurses = "About 9,000 nurses walked off the wards on Monday in a stoppage called by their union."
    assert _status(members, nurses, "9,200", "9,000") == {"agree"}
    more = "About 15,000 nurses walked off the wards on Monday in a stoppage called by their union."
    assert "conflict" not in _status(members, more, "9,200", "15,000")  # two nouns: never a contradiction
    club = "The rowing club has 9,200 members."
    assert not _status(club, nurses, "9,200", "9,000")  # no group or action named by both


def test_a_figure_before_a_comparative_is_a_difference_not_a_level():
    more = "The new bridge will cost $40 million more than planned, the state said."
    level = "The new bridge was budgeted at $250 million, the state said."
    plain = "The new bridge will cost $40 million, the state said."
    assert _mention(more, "$40 million").standing.difference
    assert not _mention(plain, "$40 million").standing.difference
    assert "conflict" not in _status(more, level, "$40", "$250")
    assert _status(plain, level, "$40", "$250") == {"conflict"}


def test_a_count_first_found_is_an_early_count():
    first = "Inspectors first found rust in four pylons, and later in nine."
    assert _mention(first, "four pylons").standing.stage == "initial"
    assert _mention("Inspectors found rust in four pylons.", "four pylons").standing.stage is None


def test_an_indefinite_subject_in_an_episode_is_one_thing_not_a_generic_one():
    episode = "A cholera outbreak in the northern province has grown to 230 confirmed cases, officials said."
    generic = "Adult walruses can weigh up to 1.5 tonnes, the rangers said."
    past = "A walrus that washed up on the beach on Sunday weighed 1.2 tonnes, the rangers said."
    assert _mention(episode, "230").standing.unit is None  # the outbreak's count, no count per outbreak
    assert _mention(past, "1.2 tonnes").standing.unit is None
    assert _mention(generic, "1.5 tonnes").standing.unit is not None
    count = "Health officials have now recorded 230 cases of cholera in the northern province."
    assert _status(episode, count, "230", "230") == {"agree"}


def test_an_amount_or_a_measure_before_a_noun_is_the_plain_figure():
    farm = "The firm will build a 50-megawatt solar farm near the coast."
    same = "The solar farm near the coast will have a capacity of 50 megawatts, the firm said."
    other = "The solar farm near the coast will have a capacity of 80 megawatts, the firm said."
    assert _status(farm, same, "50", "50") == {"agree"}
    assert _status(farm, other, "50", "80") == {"conflict"}  # one farm's size, stated twice
    grant = "The province approved a C$41-million grant for the new ferry terminal on Monday."
    plain = "The province will give C$41 million to build the new ferry terminal, it said on Monday."
    assert _status(grant, plain, "41", "41") == {"agree"}
    from claimtrack.compare.units import Measure, classify, counted

    assert not counted(Measure(*classify("megawatts")))  # a CLDR unit measures
    assert counted(Measure(*classify("bars")))  # "12 bars": WordNet's first sense is a place, counted
    assert classify("kilometre per hour")[0] != classify("hour")[0]  # a speed is no duration


def test_a_distributive_makes_an_amount_one_things_price():
    each = "Police offered a reward of $5,000 for each of the escaped prisoners."
    total = "Police have put up $40,000 in rewards for information on the escaped prisoners."
    assert _mention(each, "$5,000").standing.unit == "prisoner"
    assert "conflict" not in _status(each, total, "5,000", "40,000")
    fronted = "For every tonne of scrap the smelter paid about $310, the company said."
    assert _mention(fronted, "$310").standing.unit == "tonne"
    plain = "Police offered a reward of $5,000 for information on the escaped prisoners."
    assert _mention(plain, "$5,000").standing.unit is None
    assert _status(plain, total, "5,000", "40,000") == {"conflict"}


@pytest.mark.parametrize("text, figure, unit", [
    ("The port set its handling charge at 85 euros/container from July, it said.", "85", "container"),
    ("Ghana will put a $40-a-tonne levy on raw cashew exports, the trade ministry said.", "$40", "tonne"),
    ("The board approved a per-bag fee of 1,200 euros for growers, officials said.", "1,200", "bag"),
    ("The state will pay a subsidy of 30 cents on every litre of diesel sold, the minister said.", "30", "litre"),
])
def test_a_rate_written_with_a_slash_a_hyphen_or_on_every_prices_one_thing(text, figure, unit):
    assert _mention(text, figure).standing.unit == unit


def test_a_levy_per_tonne_is_never_the_same_fact_as_what_the_levy_raises():
    rate = "Ghana will charge exporters a $40-a-tonne levy on raw cashew nuts from next month, the ministry said."
    total = "Ghana's new levy on raw cashew exports will raise $2 million from next month, the ministry said."
    assert "conflict" not in _status(rate, total, "$40", "$2")
    plain = "Ghana will charge exporters a levy that raises $5 million on raw cashew nuts from next month, the ministry said."
    assert _mention(plain, "$5 million").standing.unit is None  # no rate: a total


def test_a_count_for_a_street_is_a_part_of_the_towns_count():
    town = "The landslide cut the only road into Harwick, leaving its 1,800 residents without power, the council said."
    street = "The landslide cut the road into Harwick and left 40 residents of Mill Lane without power, the council said."
    assert _mention(street, "40").standing.part == "part"
    assert _mention(town, "1,800").standing.part is None
    assert "conflict" not in _status(town, street, "1,800", "40")
    other = "The landslide cut the road into Harwick and left 55 residents of Mill Lane without power, the council said."
    assert _status(street, other, "40", "55") == {"conflict"}  # one street's count, stated twice
    money = "The council will spend $40,000 on Mill Lane after the landslide, it said."
    assert _mention(money, "$40,000").standing.part is None  # only counts of people or homes


def test_a_distributive_after_to_or_before_a_number_word_prices_one():
    each = "Police offered a reward of $5,000 for each of the three suspects in the bank robbery."
    assert _mention(each, "$5,000").standing.unit == "suspect"
    lottery = "The lottery paid $2 million to each of the two winners, the operator said."
    total = "The operator said the lottery paid out $4 million on Saturday."
    assert _mention(lottery, "$2 million").standing.unit == "winner"
    assert "conflict" not in _status(lottery, total, "$2", "$4")


def test_a_bound_and_the_plain_figure_of_its_number_are_one_number():
    floor = "More than 4,000 runners started the city marathon on Sunday, the organisers said."
    plain = "The city marathon drew 4,000 runners on Sunday, the organisers said."
    fewer = "The city marathon drew 3,000 runners on Sunday, the organisers said."
    assert _status(floor, plain, "4,000", "4,000") == {"agree"}
    assert _status(floor, fewer, "4,000", "3,000") == {"conflict"}  # below the floor: a contradiction
    ceiling = "Fewer than 200 homes still had no water on Friday, the utility said."
    assert _status(ceiling, "The utility said 200 homes still had no water on Friday.", "200", "200") == {"agree"}


def test_extraction_and_comparison_read_plurals_with_one_singular():
    """One singular of a plural noun (parsers.lexicon.singular) for the quantity component, the
    comparison's unit tables and the statements' subjects: irregular plurals from
    data/units.json, regular endings, and words in -ss, -us, -is that are no plurals."""
    from claimtrack.compare import standing, units
    from claimtrack.compare.statements import subjects
    from claimtrack.parsers.lexicon import singular
    from claimtrack.pipeline import quantity_units

    assert units.singular is singular and subjects.singular is singular and quantity_units.singular is singular
    assert [singular(w) for w in ("Refineries", "taxes", "dockworkers", "crises", "children", "bonus",
                                  "census", "glass", "bus")] == [
        "refinery", "tax", "dockworker", "crisis", "child", "bonus", "census", "glass", "bus"]
    # compounds of "man", where WordNet's noun table holds the singular and not the plural
    assert [singular(w) for w in ("fishermen", "Policemen", "specimen", "abdomen")] == [
        "fisherman", "policeman", "specimen", "abdomen"]
    assert standing._counts_people("striking dockworkers") and standing._counts_people("children")


def test_a_count_named_by_a_class_above_its_kind_is_one_count():
    from claimtrack.compare.figure_kinds import _class_above

    # WordNet: wildebeest < antelope < bovid < ruminant < ... < mammal < animal, shard < piece < object
    assert _class_above("wildebeest", "animal") and _class_above("animal", "wildebeest")
    assert _class_above("shard", "object")
    assert not _class_above("ferry", "animal") and not _class_above("labourer", "worker")  # two kinds of person
    a = "Wardens at the Kiboko reserve said 1,400 wildebeest drowned in the flooded Sand river this week."
    b = "About 1,400 animals died when the Sand river burst its banks, the reserve said."
    assert _status(a, b, "1,400 wildebeest", "1,400 animals") == {"agree"}


def test_a_noun_wordnet_files_with_people_counts_people():
    # "driver" is first "the operator of a motor vehicle": WordNet's noun.person file, though its
    # hypernyms reach "causal agent" and not "person"
    a = "Organisers said 600 minibus drivers joined the go-slow on the coast road."
    b = "Some 600 people took part in the protest on the coast road, organisers said."
    assert _status(a, b, "600 minibus drivers", "600 people") == {"agree"}


def test_an_amount_after_of_is_the_size_of_its_noun_not_a_count_through_a_group():
    """"a fund of $6 million" is a $6 million fund: money after "of" sizes the noun before it, and
    is never counted through a group the way "delegates from 20 unions" counts delegates."""
    fund = "The city council set aside a fund of €6 million for flood defences on Tuesday."
    other = "The city council has announced a €15m fund for flood defences, it said on Tuesday."
    assert _mention(fund, "€6 million").through is None
    assert _status(fund, other, "6", "15") == {"conflict"}  # one fund's size, stated twice
    group = "Delegates from 20 unions met the transport minister on Tuesday."
    assert _mention(group, "20").through is not None  # a count through a group stays one


def test_a_distributive_recipient_makes_an_amount_one_things_price():
    each = "The airline offered each stranded traveller a voucher of 250 euros, a spokeswoman said."
    total = "The airline expects the disruption to cost it about 4 million euros, a spokeswoman said."
    assert _mention(each, "250").standing.unit == "traveller"
    assert "conflict" not in _status(each, total, "250", "4 million")
    yearly = "Every year the port authority pays $3 million to the city for the use of the quays."
    assert _mention(yearly, "$3 million").standing.unit is None  # a stretch of time: a rate, no unit


def test_the_whole_a_partitive_takes_a_part_of_is_what_its_holder_has():
    """"a third of the bridge's 120 cables": the whole is the bridge's stock of cables, as "has 96
    cables" is, whatever the verb of the clause; a change ("will replace 30") stays apart."""
    stock = "The Tamar suspension bridge, opened in 1961, has 96 steel cables."
    whole = "Engineers found corrosion in nearly a third of the bridge's 120 cables during last week's inspection."
    change = "Engineers will replace 30 cables on the bridge during the inspection next week."
    assert _mention(whole, "120").standing.part == "whole"
    assert _status(stock, whole, "96", "120") == {"conflict"}
    assert "conflict" not in _status(stock, change, "96", "30")


def test_two_names_of_the_people_one_verb_counts_are_one_count():
    """"drew 36,000 visitors" and "drew 52,000 people": the people the one act befell, counted by
    both reports under two names (each the other's closest count); another verb stays apart."""
    fair = ("The Tallinn book fair closed on Sunday after four days. The fair drew 36,000 visitors, its organisers "
            "said, and sold out its children's programme.")
    drew = ("Organisers of the Tallinn book fair said it drew 52,000 people this year. "
            "Publishers from 14 countries took part in the four-day event.")
    assert _status(fair, drew, "36,000", "52,000") == {"conflict"}
    attended = drew.replace("it drew 52,000 people", "52,000 people attended")
    assert "conflict" not in _status(fair, attended, "36,000", "52,000")
    children = fair.replace("36,000 visitors", "9,000 children")  # a part of any crowd, by age
    assert "conflict" not in _status(children, drew, "9,000", "52,000")


def test_a_thing_made_named_by_its_class_is_one_count_and_can_conflict():
    """"nine ferries" / "nine vessels": a report names what it counts by its kind or by a class above
    it (WordNet, through any sense SemCor tags: compare.figure_kinds._named_by_class), so a changed
    value is a conflict; where the kind's sentence counts another kind of the class too, the class
    counts both, and stays apart."""
    a = "Gales kept {what} tied up in Brannock harbour on Saturday, the port office said."
    b = "The port office said {n} vessels stayed tied up in Brannock harbour through Saturday's gales."
    assert _status(a.format(what="14 ferries"), b.format(n=14), "14 ferries", "14 vessels") == {"agree"}
    assert _status(a.format(what="14 ferries"), b.format(n=11), "14 ferries", "11 vessels") == {"conflict"}
    both = a.format(what="14 ferries and six trawlers")
    assert "conflict" not in _status(both, b.format(n=20), "14 ferries", "20 vessels")


def test_a_class_that_sums_two_kinds_counted_beside_each_other_is_another_figure():
    """The units table puts lorries and vans under one class, vehicles; a sentence that counts 30
    lorries and 12 vans makes "42 vehicles" their sum, not a second count of the lorries
    (compare.figure_kinds._class_sums_kinds); alone, the lorries are the vehicles counted."""
    a = "The flood at the Kessin yard wrecked {what} overnight, the haulage firm said."
    b = "Some {n} vehicles were wrecked overnight by the flood at the Kessin yard, the haulage firm said."
    assert "conflict" not in _status(a.format(what="30 lorries and 12 vans"), b.format(n=42), "30 lorries", "42 vehicles")
    assert _status(a.format(what="30 lorries"), b.format(n=42), "30 lorries", "42 vehicles") == {"conflict"}


_BERTH_A = "The marina trust raised the berth fee for yachts from 30 to 45 {cur} a day on Thursday, its chairman said."
_BERTH_B = "Yachts now pay {new} {cur} a day for a berth, up from {old} {cur}, the trust's chairman said on Thursday."


def test_the_start_of_a_change_measures_what_its_end_measures():
    """"from 30 to 45 euros a day": English writes the currency and the period once, on one
    end of a change; the start after "from" is a value of the same measure
    (compare.mentions._ends_of_a_change), and "up from" marks it as the start as "to" does
    (figure_evidence._change_start). Old meets old and new meets new; never old and new."""
    a = _BERTH_A.format(cur="euros")
    start = _mention(a, "30")
    assert start.measure == _mention(a, "45").measure and start.measure.period is not None
    b = _BERTH_B.format(cur="euros", new=45, old=30)
    assert _status(a, b, "30", "30") == {"agree"} and _status(a, b, "45", "45") == {"agree"}
    assert "conflict" not in _status(a, b, "30", "45") | _status(a, b, "45", "30")
    changed = _BERTH_B.format(cur="euros", new=50, old=30)
    assert "conflict" not in _status(a, changed, "30", "50") and _status(a, changed, "30", "30") == {"agree"}


@pytest.mark.parametrize("word, written, members", [
    ("chiefs", "chiefs", True),  # "chiefs from 30 nations": members of each counted nation
    ("teams", "teams", True),  # "teams from nine countries": groupings of people
    ("member", None, True),  # the parse's noun, no word before the preposition: a person noun
    ("staff", "staff", True),  # "staff from 30 clinics": a grouping of people, singular in form
    ("police", "police", True),  # "police from 12 forces"
    ("crowd", "crowd", True),  # "a crowd from 40 villages": drawn from the villages
    ("fans", "fans", True),  # "fans from 30 countries": a fan is first a device, second a follower
    ("sets", "sets", False),  # "sets of 30 tiles": a grouping of things, no people
    ("chosen", "chosen", False),  # "chosen from 900 candidates": a verb, no group
    ("twice", "twice", False),  # "taken twice from 4,000 accounts"
    ("samples", "samples", False),  # "samples from 30 wells": no people
    ("average", "average", True),  # "an average of 14 calves": a statistic, not a count
])
def test_a_count_is_made_through_a_group_only_of_people(word, written, members):
    from claimtrack.compare.mentions import _members

    assert _members(word, written) is members


@pytest.mark.parametrize("sentence, figure, through", [
    ("Staff from 30 clinics joined the strike on Monday.", "30 clinics", "worker"),  # staff: the class worker
    ("The trawler and its crew of 12 sailors returned to port.", "12 sailors", "crew"),
    ("A crowd of 90 hikers crossed the bridge.", "90 hikers", "crowd"),
    ("Brenmoor, a town of about 6,400 residents, lies on the river.", "6,400", "town"),
    ("The valley counts a population of roughly 6,400 residents.", "6,400", "population"),
    ("The agency runs a network of about 800 clinics.", "800 clinics", "network"),
    ("A fleet of 30 buses stood idle at the depot.", "30 buses", "fleet"),
    ("A batch of 300 test kits reached the clinic on Tuesday.", "300 test kits", "batch"),
    # one of several: a part of whatever the crates add up to, never the plain count
    ("The charity sent four crates of 50 lamps to the valley.", "50 lamps", "crate"),
    # a number that takes members out of the set: the figure is the whole
    ("The trust sold three of the 14 barges last winter.", "14 barges", "three"),
    ("The ferry line sold three of its 40 ferries.", "40 ferries", "three"),
    ("The health board closed 12 percent of the 900 clinics.", "900 clinics", "percent"),
    # the things the count is the source of: a plural noun before "from"
    ("Officials said grades from four schools had been held back.", "four schools", "grade"),
    # no group: the plain count
    ("A total of 480 pupils sat the exam in June.", "480 pupils", None),
    ("Cases rose to 212 from 187 a week earlier.", "187", None),
    # the start of a change whose end figure is written with its noun: a plain count too
    ("Hotel bookings in Varna climbed to 41,000 rooms from 36,000 in 2029.", "36,000", None),
    ("Car sales at Orlen Motors rose to 8,200 vehicles from 7,100 in 2029.", "7,100", None),
    ("About 90 delegates from 12 nations came to the summit.", "12 nations", "delegate"),
    ("Judges picked the winner from 640 entries.", "640 entries", None),
    # a plural before "of" names what each counted thing has: the plain count
    ("Auditors went through the ledgers of 310 cooperatives.", "310 cooperatives", None),
    ("The bank froze the accounts of 52,000 savers.", "52,000 savers", None),
    ("Flood water reached the homes of 300 families.", "300 families", None),
    ("Every crate of 50 lamps was checked.", "50 lamps", "crate"),
    # a general ordinal makes the plural one of a series (data/quantifiers.json "postdeterminers")
    ("The last crates of 50 lamps reached the valley on Monday.", "50 lamps", "crate"),
    # an act's noun counts what the act befell: the plain count
    ("The evacuation of 2,000 residents began on Monday.", "2,000 residents", None),
    ("Police confirmed the arrest of 12 suspects.", "12 suspects", None),
    ("The release of 40 prisoners was delayed.", "40 prisoners", None),
])
def test_what_a_count_is_made_through_or_sizes(sentence, figure, through):
    """A noun the figure hangs from by "of" is what the count sizes or what its things belong to
    ("a town of", "its crew of", "a network of", "crates of"), whatever it names, and so is a
    plural before "from" ("grades from"); a number before "of" takes a part of the whole the
    figure counts; a verb or an adverb before the preposition ("picked ... from", "rose ...
    from") makes no group: the count is plain."""
    assert _mention(sentence, figure).through == through


def test_a_count_of_where_things_come_from_is_not_a_plain_count():
    """"samples from six wells failed" counts the wells the samples came from, not the wells that
    supply the district: two figures of one noun, each its report's only count of wells, never
    one fact (with "samples" read as no group, the weak route made them a conflict)."""
    a = ("Tap water in Orlen district is safe to drink, the water board said on Friday. The board said 410 "
         "wells supply the district's towns.")
    b = ("Tap water in Orlen district is safe to drink, the board's chemist said on Friday. A laboratory in the "
         "capital reported that samples from six wells had failed a nitrate test last month.")
    found = quantity_matches(a, b, "410", "six")
    assert found and "conflict" not in {m.status for m in found}


@pytest.mark.model
def test_a_count_after_a_verb_and_from_is_the_plain_count():
    """"chose the winner from 640 entries" counts the entries, as "drew 910 entries" does: the word
    before "from" is no group the count is made through, so the two figures are one fact and,
    differing, a conflict."""
    a = ("Judges of the Velden photography prize chose the winner from 640 entries, the organisers said on "
         "Sunday. The prize is worth 5,000 euros.")
    b = ("The Velden photography prize drew {x} entries this year, its organisers said on Sunday. The winner "
         "receives 5,000 euros.")
    assert [m.status for m in quantity_matches(a, b.format(x="640"), "640", "640")] == ["agree"]
    assert [m.status for m in quantity_matches(a, b.format(x="910"), "640", "910")] == ["conflict"]
