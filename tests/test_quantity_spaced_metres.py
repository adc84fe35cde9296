"""A length written with the metre's bare letter after a space ("a depth of 12 m"), which is also
how a million is abbreviated: read as metres where the parse ties a word of dimension to such a
figure in the sentence, and as before elsewhere. Every sentence here is invented (the negative
ones after REVIEW (s34) finding 1)."""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import QUANTITIES


def found(nlp, text):
    return [(q["text"], q["value"], q["unit"], q["currency"]) for q in nlp(text)._.get(QUANTITIES)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun or verb of dimension before the figure, also at the sentence's end ("m." is one
        # token to the tokenizer, an abbreviation)
        ("Engineers say the lock needs a depth of 12 m.", [("12 m", 12, "metre", None)]),
        ("Dredgers deepened the fairway to 14 m, up from 11 m, the harbour board said.",
         [("14 m", 14, "metre", None), ("11 m", 11, "metre", None)]),
        # an adjective of dimension after it, and so every figure of that letter in the sentence
        ("The new jetty, 350 m long, opens in June.", [("350 m", 350, "metre", None)]),
        ("The runway, 2,400 m long, is being lengthened to 3,000 m.",
         [("2,400 m", 2400, "metre", None), ("3,000 m", 3000, "metre", None)]),
        # a figure coordinated with the tied one
        ("The new berth will be 11 m or 14 m deep.", [("11 m", 11, "metre", None), ("14 m", 14, "metre", None)]),
        # money in the same sentence keeps its million
        ("The board will spend €25m so that the fairway is 14 m deep.",
         [("€25m", 25_000_000, None, "EUR"), ("14 m", 14, "metre", None)]),
        # REVIEW (s34) finding 2: beside a tied depth, the object of another verb, or a change of
        # another thing, keeps the letter's million
        ("Dredging the channel to a depth of 14 m will cost 40 m over three years, the port said.",
         [("14 m", 14, "metre", None), ("40 m", 40, "m", None), ("three years", 3, "year", None)]),
        ("Costs rose from 30 m to 40 m while the canal was deepened to 14 m.",
         [("30 m", 30, "m", None), ("40 m", 40, "m", None), ("14 m", 14, "metre", None)]),
        ("The board will set aside 40 m to dredge the basin to a depth of 16 m.",
         [("40 m", 40, "m", None), ("16 m", 16, "metre", None)]),
        # REVIEW (s35) finding 2: the tied figure measures a noun that is not the verb's own
        ("Revenue from the canal, 14 m deep, rose to 40 m in 2025.",
         [("14 m", 14, "metre", None), ("40 m", 40, "m", None)]),
        ("Tolls on the 600 m long bridge rose from 3 m to 4 m last year.",
         [("600 m", 600, "metre", None), ("3 m", 3, "m", None), ("4 m", 4, "m", None)]),
        # a verb of dimension said of a physical thing measures
        ("The port will deepen its main channel to 16 m.", [("16 m", 16, "metre", None)]),
    ],
)
def test_a_spaced_metre_beside_a_word_of_dimension(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an adjective before the figure modifies another noun
        "The club's tall striker signed for 9 m.",
        "The ferry was chartered for 9 m.",
        # a word of dimension the parse does not tie to the figure, a plural noun after the
        # letter (a count of millions), an adjective that begins a hyphenated compound
        "The draft budget sets aside 18 m for rural roads, the treasury said on Monday.",
        "Under the draft plan, 1.2 m households would get a rebate on their power bills.",
        "During the worst of the drought, 2.5 m people needed food aid, the agency said.",
        "The port authority will deepen the channel, a project that will cost 40 m over five years.",
        "The bank issued 400 m long-term bonds last week.",
        # REVIEW (s35) finding 1: a verb of dimension said of a sum (a deficit, a loss)
        "The trade deficit widened to 450 m in March, the statistics office said.",
        "The company's quarterly loss deepened to 30 m, from 12 m a year earlier.",
        "Losses at the airline deepened to 85 m in the first half.",
    ],
)
def test_a_spaced_m_with_no_word_of_dimension_is_no_metre(nlp, text):
    assert all(unit != "metre" for _, _, unit, _ in found(nlp, text))
