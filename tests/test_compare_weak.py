"""Selection (compare.select._weak_one_fact): a weakly aligned pair of figures of one measure
that diff calls `agree` when the values are equal is called a `conflict` when they differ, when
nothing but the values sets the two apart: each is the other's clear best partner, the words
align them on their own, the two stand at a like depth of their stories, the same happened to
what they count; whether a report also states the other's value in another figure plays no part
(issue 13: which figures are one fact is read from alignment, never from values).

Invented sentences through the real extractor (the clause frames come from the parse), and the
value tests on plain objects."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from claimtrack.compare import intervals as iv
from claimtrack.compare.select import SECTION_GAP, Sides, _rounded, _same_section

from extracted import quantity_matches

_FIGHT_A = ("Marta Veska retained her world title in Almaty on Saturday, winning the 10-round fight on points. "
            "The 31-year-old has now won 22 of her 24 professional bouts. "
            "Her next defence is expected in the spring, her promoter said.")
_FIGHT_B = ("Marta Veska kept her world championship belt on Saturday after the judges scored the {x} bout in "
            "Almaty in her favour. Veska, 31, has lost only two professional fights.{more} "
            "Her promoter said a rematch was unlikely before the spring.")
_FEST_A = ("The Lumen film festival in Brava opened on Friday with a record programme, its organisers said. "
           "The 10-day festival will screen 140 films from 38 countries.")
_FEST_B = ("Organisers of Brava's Lumen film festival said it opened on Friday with more films than ever. "
           "The {x} event shows 140 films from 38 countries.")


def _statuses(a: str, b: str, fig_a: str, fig_b: str) -> list[str]:
    return [m.status for m in quantity_matches(a, b, fig_a, fig_b, ("2031-05-06", "2031-05-06"))]


@pytest.mark.model
def test_a_weak_pair_that_agrees_when_equal_conflicts_when_different():
    # "winning the 10-round fight" / "scored the 10-round bout": two verbs, two nouns, one figure.
    assert _statuses(_FIGHT_A, _FIGHT_B.format(x="10-round", more=""), "10", "10") == ["agree"]
    assert _statuses(_FIGHT_A, _FIGHT_B.format(x="12-round", more=""), "10", "12") == ["conflict"]


@pytest.mark.model
def test_another_figure_of_the_measure_elsewhere_changes_nothing_whatever_its_value():
    """B also gives 10 rounds, for another fight: that B states A's value in another figure does
    not decide which of B's figures is A's (issue 13: alignment, not values). The pair of
    Saturday's fights is one fact with or without that sentence, at 10 or at 12 rounds, and the
    March fight stays apart from A's."""
    for more in ("", " Her title fight in March also went 10 rounds.", " Her title fight in March also went 8 rounds."):
        assert _statuses(_FIGHT_A, _FIGHT_B.format(x="12-round", more=more), "10", "12") == ["conflict"], more
        assert _statuses(_FIGHT_A, _FIGHT_B.format(x="10-round", more=more), "10", "10-round") == ["agree"], more
    march = _FIGHT_B.format(x="12-round", more=" Her title fight in March also went 10 rounds.")
    assert "conflict" not in _statuses(_FIGHT_A, march, "10", "10 rounds")


_SPAN_A = ("The Lumen film festival in Brava opened on Friday with a record programme, its organisers said. "
           "The festival will screen 140 films from 38 countries for 10 days.")
_SPAN_B = ("Organisers of Brava's Lumen film festival said it opened on Friday with more films than ever. "
           "The event shows 140 films from 38 countries and runs for {x}.")


@pytest.mark.model
def test_spans_of_time_stay_related_on_weak_alignment():
    # Every story states many spans of time ("for 10 days", "within an hour"): one of each side
    # is no sign they are one figure.
    assert _statuses(_SPAN_A, _SPAN_B.format(x="10 days"), "10", "10") == ["agree"]
    assert _statuses(_SPAN_A, _SPAN_B.format(x="12 days"), "10", "12") == ["related"]


_HEAT_A = ("A heatwave pushed temperatures in Orsk above 45C this week, the weather service said. "
           "The grid operator has imposed power cuts of up to 14 hours a day in poorer districts.")
_HEAT_B = "Orsk is enduring 45C heat. Residents complained of power cuts in poorer districts of up to {x} hours a day."
_HOSE_A = ("Lenna's council banned hosepipes on Wednesday as reservoirs fell to a third of capacity. "
          "The hosepipe ban will last at least six weeks, officials said.")
_HOSE_B = ("Lenna has banned hosepipes after a dry spring emptied its reservoirs. "
          "Officials will review the hosepipe ban after {x} weeks, the council said.")


@pytest.mark.model
def test_a_span_stated_in_alike_clauses_through_one_preposition_is_one_figure():
    # "power cuts of up to 14 hours a day" / "power cuts ... of up to 20 hours a day": the clause
    # says what the span is the length of, the preposition which span it is
    assert _statuses(_HEAT_A, _HEAT_B.format(x="14"), "14", "14") == ["agree"]
    assert _statuses(_HEAT_A, _HEAT_B.format(x="20"), "14", "20") == ["conflict"]
    # how long a ban lasts and when it is reviewed ("after"): two spans of one ban
    assert _statuses(_HOSE_A, _HOSE_B.format(x="four"), "six", "four") == ["related"]


@pytest.mark.model
def test_the_length_of_a_thing_given_attributively_is_one_figure():
    # "the 10-day festival" / "the 12-day event": a length that sizes the story's thing, as a
    # weight or a count does, not one of the many spans a story states.
    assert _statuses(_FEST_A, _FEST_B.format(x="10-day"), "10", "10") == ["agree"]
    assert _statuses(_FEST_A, _FEST_B.format(x="12-day"), "10", "12") == ["conflict"]


def _figure(value: float, text: str):
    return SimpleNamespace(payload=SimpleNamespace(value=value, text=text), interval=iv.Interval(value, value))


@pytest.mark.parametrize("x, y, rounded", [
    ((9, "9%"), (8.7, "8.7%"), True),  # a whole percent for one with a decimal
    ((3.1e9, "$3.1 billion"), (3.08e9, "$3.08 billion"), True),
    ((3e9, "$3 billion"), (3.08e9, "$3.08 billion"), True),
    ((10, "10"), (12, "12"), False),  # a count of one digit and a zero is no rounding of 12
    ((400, "400 jobs"), (450, "450 jobs"), False),
    ((14, "14"), (12, "12"), False),
    ((9, "9%"), (9.7, "9.7%"), False),  # 9.7 rounds to 10
])
def test_rounded(x, y, rounded):
    assert _rounded(_figure(*x), _figure(*y)) is rounded
    assert _rounded(_figure(*y), _figure(*x)) is rounded


def test_same_section():
    def cand(a_start, b_start, also=()):
        return SimpleNamespace(a=SimpleNamespace(start=a_start, also=also), b=SimpleNamespace(start=b_start, also=()))

    sides = Sides(chars_a=1000, chars_b=2000)
    assert _same_section(cand(100, 300), sides)  # a tenth and three twentieths of the way in
    assert not _same_section(cand(100, 1600), sides)  # the lede against the last paragraphs
    # a headline restating the figure counts as where it stands too
    assert _same_section(cand(900, 100, also=((10, 20, "x"),)), sides)
    assert SECTION_GAP < 0.5
    assert not _same_section(cand(100, 300), Sides())  # no lengths: no evidence


_PROBE_A = ("The European weather probe Aster-2 burned up over the Pacific on Sunday after its thrusters failed, "
            "the space agency said. The 380-kilogram craft was launched in 2027 from Kourou. Engineers lost "
            "contact with it on Friday.")
_PROBE_B = ("Aster-2, a European weather probe, fell back to Earth on Sunday and burned up over the Pacific. "
            "Controllers in Darmstadt had tried for two days to fire its thrusters. The {x} satellite had cost "
            "the agency 80 million euros, its director said.{more}")


@pytest.mark.model
def test_one_story_s_only_weights_are_one_figure_however_little_their_words_share():
    """Each report gives one weight, of the thing the story is about, in clauses that share no
    word ("was launched", "had cost"): paired by the story alone, they agree when equal, so they
    conflict when different."""
    assert _statuses(_PROBE_A, _PROBE_B.format(x="380-kilogram", more=""), "380", "380") == ["agree"]
    assert _statuses(_PROBE_A, _PROBE_B.format(x="540-kilogram", more=""), "380", "540") == ["conflict"]


@pytest.mark.model
def test_a_story_weighing_two_things_leaves_a_pair_its_words_do_not_align_related():
    b = _PROBE_B.format(x="540-kilogram", more=" Its 300-kilogram sister probe Aster-1 is still in orbit.")
    assert set(_statuses(_PROBE_A, b, "380", "")) == {"related"}


_SHIP_A = ("A 240-metre container ship ran aground in the Vessa Strait on Friday night, closing the channel to "
           "traffic, the coastguard said. Tugs were expected to try to refloat it at high tide on Saturday.")
_SHIP_B = ("The Vessa Strait was closed to shipping on Saturday after a container ship grounded there late on Friday. "
           "The {x} vessel lies across the channel, and salvage crews hope to pull it free at high tide.")


@pytest.mark.model
def test_a_length_before_a_noun_is_the_length_stated_plainly():
    # "a 240-metre container ship ran aground" / "the 240m vessel lies": the figure sizes the ship,
    # and the verb of its clause ("run", also a verb of holding) says nothing of it.
    assert _statuses(_SHIP_A, _SHIP_B.format(x="240m"), "240", "240") == ["agree"]
    assert _statuses(_SHIP_A, _SHIP_B.format(x="310m"), "240", "310") == ["conflict"]


_BAN_A = ("Fishing boats in Tarsk must stay in port under a 90-day moratorium on cod fishing that began on Monday, "
          "the fisheries ministry said. Boat owners will receive compensation for lost catches.")
_BAN_B = ("A cod fishing moratorium of {x}, imposed by the fisheries ministry on Monday, has tied up Tarsk's fleet. "
          "Owners are to be compensated for lost catches, the ministry said.")


@pytest.mark.model
def test_a_span_that_sizes_a_thing_named_on_both_sides_is_one_figure():
    # "a 90-day moratorium" / "a moratorium of 90 days": the length of one thing, named by both,
    # not one of the many spans a story states.
    assert _statuses(_BAN_A, _BAN_B.format(x="90 days"), "90", "90") == ["agree"]
    assert _statuses(_BAN_A, _BAN_B.format(x="60 days"), "90", "60") == ["conflict"]


_WING_A = "The new wing of Carrow General will have {x} and two operating theatres, the health board said on Monday."
_WING_B = "Drawings of the Carrow General extension show {x} and a rooftop helipad."


@pytest.mark.model
def test_figures_the_frames_tie_are_one_fact_however_few_words_their_sentences_share():
    """compare.quantities: one measure, no clash, and the frames tie the two ("will have 96 beds" /
    "drawings show 120 ward beds": the same named thing, verbs that do not set them apart,
    figure_evidence.frame_support): each the other's best partner, one fact whatever the values,
    though the sentences share too few words for a strong alignment."""
    assert _statuses(_WING_A.format(x="96 beds"), _WING_B.format(x="96 ward beds"), "96", "96") == ["agree"]
    assert _statuses(_WING_A.format(x="96 beds"), _WING_B.format(x="120 ward beds"), "96", "120") == ["conflict"]


@pytest.mark.model
def test_shares_the_frames_tie_stay_related_on_weak_alignment():
    # A story states many shares: two of them being each other's best partner says little.
    a = _WING_A.format(x="30% of the hospital's beds")
    assert _statuses(a, _WING_B.format(x="45% of the hospital's beds"), "30", "45") == ["related"]
