"""Numbers without a unit of their own: counts whose noun is elided, partitives, vote tallies, and
figures the small model tags DATE. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claimtrack.models import Quantity
from claimtrack.pipeline.extensions import QUANTITIES


def found(nlp, text):
    doc = nlp(text)
    out = [Quantity.model_validate(q) for q in doc._.get(QUANTITIES)]
    for q in out:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.value, q.unit) for q in out]


@pytest.mark.parametrize("text, expected", [
    # a number that is itself the subject or object of a verb: its noun is elided (the fronted
    # partitive of its own verb gives it one; the conjoined clause's "four" is left)
    ("Of the 15 jurors, 11 voted to convict and four dissented.",
     [("15 jurors", 15, "juror"), ("11", 11, "juror"), ("four", 4, None)]),
    ("Rescuers pulled 23 from the rubble.", [("23", 23, None)]),
    # a figure the small model tags DATE although no time word is near it
    ("Her final score was 87.", [("87", 87, None)]),
    # a figure with a minus sign is never a label or a page number, though the small model tags
    # it a proper noun ("-4" as PROPN, even ORG)
    ("The frost index sank to -4 on Tuesday.", [("-4", -4, None)]),
    ("Net migration stood at -1.8 in the last quarter.", [("-1.8", -1.8, None)]),
])
def test_elided_noun_counts(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Four of the stolen paintings were recovered.", [("Four of the stolen paintings", 4, "painting")]),
    ("The club signed two of the young strikers.", [("two of the young strikers", 2, "striker")]),
])
def test_partitive_counts_the_noun_of_its_of_phrase(nlp, text, expected):
    assert found(nlp, text) == expected


def test_partitive_inner_figure_is_the_count(nlp):
    # "one of the victims" is not a count (FORMAT: not "one of"); the inner figure stays the count
    assert found(nlp, "One of the nine climbers turned back.") == [("nine climbers", 9, "climber")]


def test_partitive_with_no_article_keeps_its_part(nlp):
    # the parser reads "Eight of" as modifiers of "13": the part is a figure all the same, as
    # "Eight of the 13 jurors" is (no noun: the whole's figure keeps the words)
    assert found(nlp, "Eight of 13 jurors voted to acquit.") == [("Eight", 8, None), ("13 jurors", 13, "juror")]
    # (with the article the parse hangs the whole on the part: the part counts the whole's noun)
    assert found(nlp, "Eight of the 13 jurors voted to acquit.") == [("Eight", 8, "juror"), ("13 jurors", 13, "juror")]


@pytest.mark.parametrize("text, expected", [
    ("The regional assembly backed the bill by 54 votes to 17.", [("54 votes", 54, "vote"), ("17", 17, "vote")]),
    ("Lawmakers voted 203 to 198 against the measure.", [("203", 203, "vote"), ("198", 198, "vote")]),
    ("The committee will shrink from 12 to 9 members.", [("12", 12, "member"), ("9 members", 9, "member")]),
])
def test_two_counts_joined_by_to_share_their_noun(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "They had to start again from zero.",  # a figure of speech
    "17.",  # a number alone on its line is a label or page number
    "She was born in 1984 and moved in 2003.",  # years
    "The talks ran until 3 in the morning.",  # a clock time
])
def test_not_quantities(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, value, currency", [
    ("The ferry operator lost 310 million Danish crowns.", 310_000_000, "DKK"),
    ("The brewery was sold for 2 billion Czech crowns.", 2_000_000_000, "CZK"),
])
def test_crowns_with_a_country_word_are_money(nlp, text, value, currency):
    doc = nlp(text)
    (q,) = [Quantity.model_validate(x) for x in doc._.get(QUANTITIES)]
    assert (q.value, q.currency, q.unit) == (value, currency, None)


def test_crowns_without_a_country_are_counted(nlp):
    assert found(nlp, "The jeweller sold three crowns last week.") == [("three crowns", 3, "crown")]


@pytest.mark.parametrize("text, expected", [
    # an article before a unit of time is one of it where the time is a length: after the
    # preposition of a span, or as the object of a verb of duration
    ("The ferry crossing was suspended for an hour.", [("an hour", 1, "hour")]),
    ("Engineers expect the repair to take a fortnight.", [("a fortnight", 1, "fortnight")]),
    ("The mayor promised an answer within a week.", [("a week", 1, "week")]),
    ("The siege lasted a month.", [("a month", 1, "month")]),
    # but "a decade", "a century" are round figures of speech, and "a minute" the idiom of a
    # short while; qualified, figures again
    ("Farmers have dreaded the blight for a decade.", []),
    ("The crowd fell silent for a minute.", []),
    ("The tower was evacuated in less than a minute.", [("less than a minute", 1, "minute")]),
    ("The chapel has stood for more than a century.", [("more than a century", 1, "century")]),
    # no length: a period named by what fills it, a date reference, a possessive, a compound
    ("A year of floods has emptied the villages.", []),
    ("The bridge reopened a week ago.", []),
    ("Each porter earns a day's wage per load.", []),
    ("The union called for a week-long stoppage.", []),
    # a unit of time and a half is a length wherever it stands, and a date reference with "ago"
    ("After a year and a half of delays, the clinic opened.", [("a year and a half", 1.5, "year")]),
    ("Their shift ran an hour and a half over.", [("an hour and a half", 1.5, "hour")]),
    ("A month and a half ago the quarry flooded.", []),
])
def test_an_article_measures_a_length_of_time(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday or month before a count is a time adverbial of the clause, not a model name
    ("By Thursday 40 households had been evacuated.", [("40 households", 40, "household")]),
    ("In October 75 fishing boats stayed in port.", [("75 fishing boats", 75, "boat")]),
    # a day of the month stays a date
    ("The inquiry opens on Wednesday 14 May.", []),
])
def test_a_count_after_a_weekday_or_month(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one day" as the adverb of an unnamed time is no length of time
    ("The new vaccine could one day end the epidemic.", []),
    ("One night, the levee gave way.", []),
    # a length of one day still is
    ("The port workers stopped work for one day.", [("one day", 1, "day")]),
])
def test_one_day_as_some_day(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the fraction after a unit of measure belongs to the figure before it
    ("The hearing lasted an hour and a half.", [("an hour and a half", 1.5, "hour")]),
    ("The bridge was shut for two months and a half.", [("two months and a half", 2.5, "month")]),
])
def test_a_fraction_after_the_unit(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" introducing a source the story does not name is no count: the subject of a verb of
    # saying, the object of "according to", a noun described as a source
    ("One engineer said the dam had held.", []),
    ('"Nobody warned us," one shopkeeper told reporters.', []),
    ("According to one banker briefed on the sale, the price fell.", []),
    ("One aide familiar with the schedule confirmed the trip.", []),
    # a count stays one: after "only", or with a verb that is no saying
    ("Only one tenant said he would leave.", [("one tenant", 1, "tenant")]),
    ("One climber was rescued from the ridge.", [("One climber", 1, "climber")]),
])
def test_one_introducing_a_source_is_no_count(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction of one point (of an index, a rate), as of one percentage point
    ("The lender will trim its rate by half a point.", [("half a point", 0.5, "point")]),
    ("The gauge slipped a quarter of a point overnight.", [("a quarter of a point", 0.25, "point")]),
    ("Bond yields have climbed more than a point since June.", [("more than a point", 1, "point")]),
    # no point counted: "a point of order", "point-blank"
    ("The senator raised a point of order.", []),
    # "at one point", "at one stage", "at one time": when, not how many
    ("At one point the queue reached the station.", []),
    ("The ferry was at one stage the only link to the mainland.", []),
    ("The mill at one time employed most of the valley.", []),
    ("The side won one point at home.", [("one point", 1, "point")]),
])
def test_points_and_the_idioms_of_one_point(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a street word in lower case is a counted thing (capitalised, part of an address)
    ("Engineers said one lane of the bridge would reopen on Friday.", [("one lane", 1, "lane")]),
    # "one" takes a singular noun: after a name it is a count, not a name's number
    ("Lenders kept Ruritania one notch above default.", [("one notch", 1, "notch")]),
    ("Fans of Formula One packed the stands.", []),
])
def test_one_and_street_words_counted(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" agrees with a singular noun: a plural after it is the verb of the pronoun "one"
    ("Rewiring one costs about $120, the electrician said.", [("about $120", 120, None)]),
    ("Buying one costs more than renting it.", []),
    # a singular noun after it is counted as before
    ("The council kept one ferry in service.", [("one ferry", 1, "ferry")]),
])
def test_one_before_a_plural_is_a_pronoun(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one X to another", "one after another": one thing and then others in turn, no count
    ("Families drove from one shelter to another in search of beds.", []),
    ("Trucks crossed the border one after another.", []),
    ("Nurses were moved from one ward to the next.", []),
    # "in one piece": intact
    ("The statue reached the museum in one piece.", []),
    # but "another" or "other" before a noun leaves the count
    ("The brewer moved one kettle to another site.", [("one kettle", 1, "kettle")]),
    ("The crane lifted one beam to the other bank.", [("one beam", 1, "beam")]),
])
def test_one_in_turn_or_intact_is_no_count(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a time word modifying the counted noun names a kind of the thing, no date
    ("The island sold 14 holiday cottages to investors.", [("14 holiday cottages", 14, "cottage")]),
    ("The ski lift hired 35 winter instructors.", [("35 winter instructors", 35, "instructor")]),
    ("Bakers made 900 Easter buns.", [("900 Easter buns", 900, "bun")]),
    # a date after the count still is one
    ("Imports fell to 40,000 last winter.", [("40,000", 40000, None)]),
])
def test_a_time_word_naming_a_kind_of_the_counted_thing(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clock time written with a full stop, after a preposition of time, in a sentence about the
    # time of day: no figure
    ("Lessons will begin at 7.15 instead of 9 o'clock.", []),
    ("The pharmacy opens from 6.45 in the morning.", []),
    ("Counting stopped at about 23.10 last night.", []),
    # a price or a rate in the same shape stays a figure
    ("Shares of the miner closed at 6.30 on Friday.", [("6.30", 6.3, None)]),
])
def test_dotted_clock_times(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adjective a headline or a casualty report uses as the noun of the people counted
    ("Ferry capsizes off Lombok, eleven dead", [("eleven dead", 11, "dead")]),
    ("The storm left 17 dead and 140 injured.", [("17 dead", 17, "dead"), ("140 injured", 140, "injured")]),
    # a noun after the adjective is what the number counts
    ("Medics treated six wounded firefighters.", [("six wounded firefighters", 6, "firefighter")]),
])
def test_counts_of_people_named_by_an_adjective(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text, figure, unit", [
    # a partitive, on the number or fronted on its verb
    ("The gale unroofed 230 of the hamlet's 410 cottages.", "230", "cottage"),
    ("Of the 96 midwives who applied, 71 were taken on.", "71", "midwife"),
    ("The ferry line runs 30 launches, of which 12 are laid up.", "12", "launch"),
    # "the number of X"
    ("The ministry put the number of lambs that died at 2,900.", "2,900", "lamb"),
    # the counted figure before it, of the same verb
    ("The mill will hire 700 weavers this year and has hired 250 so far.", "250", "weaver"),
    ("Arrivals climbed to 61,000 tourists, against 52,000 a year earlier.", "52,000", "tourist"),
])
def test_a_bare_count_takes_the_noun_its_sentence_counts_it_in(nlp, text, figure, unit):
    assert (figure, unit) in [(t, u) for t, _v, u in found(nlp, text)]


@pytest.mark.parametrize("text, figure", [
    ("Rescuers pulled 44 of them from the river.", "44"),  # a pronoun: its noun is another sentence's
    ("The town has 40 buses; the ferry carried 300 on Sunday.", "300"),  # another verb
    # another verb's figure counts what its own clause names (the workforce)
    ("The yard will hire 120 welders, lifting its workforce to about 700.", "about 700"),
])
def test_a_bare_count_with_no_noun_in_its_sentence_keeps_none(nlp, text, figure):
    assert (figure, None) in [(t, u) for t, _v, u in found(nlp, text)]


def test_a_share_of_a_whole_is_no_count(nlp):
    # "a fifth of the harvest": a share, whose "of" noun is its whole, not a counted noun
    assert ("a fifth", None) in [(t, u) for t, _v, u in found(nlp, "Hail destroyed a fifth of the harvest.")]
