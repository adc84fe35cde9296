"""Selection (compare.select): when two weakly aligned figures of one measure are one fact.

Two reports of one story that each give one count of one thing (one figure of buses, one of
climbers; or one length, weight or area) give the story's count of it, however differently their sentences are worded: when the
values are disjoint that is a conflict. A second count of the thing in one report, or clauses
saying different things happened to what is counted, leave the pair `related`.

The same holds for one action worded with two verbs that share a WordNet sense ("closed" / "was
shut"), the figure attached to each the same way.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair
from claimtrack.models import DocumentResult

from extracted import extracted_doc

pytestmark = pytest.mark.model

_LINK_A = ("The port town of Halvik will open its new airport link in September, the regional transport "
           "authority said on Wednesday. The authority has ordered 12 electric buses from a Polish maker for "
           "the route. Fares will be the same as on city lines, it said.")
_LINK_B = ("Halvik's airport link is due to start running in September, according to the regional transport "
           "authority. The first of {n} electric buses reached the depot last week after a journey from Poland. "
           "Tickets will cost the same as on city lines.{more}")
_RIDGE_A = ("A storm hit the Varden ridge on Saturday, mountain police said. Two climbers, both from Oslo, died "
            "on the north face.")
_RIDGE_B = "Mountain police said a storm swept over the Varden ridge on Saturday. Six climbers {what}."
_CABLE_A = ("Engineers finished laying the Brisa power cable between the two islands on Monday, the grid "
            "operator said. The 48-kilometre cable will carry power from a new wind farm.")
_CABLE_B = ("The grid operator said on Monday that the Brisa power cable between the two islands was complete. "
            "It {what} and will link the islands to a new wind farm.")
_BRIDGE_A = ("A lorry struck the Marden bridge on Friday, the county council said. Police closed the bridge to "
             "traffic for 36 hours while engineers checked it.")
_BRIDGE_B = ("The county council said a lorry hit the Marden bridge on Friday. {what} for {n} hours as engineers "
             "inspected the damage.")


def _doc(text: str, name: str) -> DocumentResult:
    return extracted_doc(text, name, "2031-05-06")


def _status(a: str, b: str, fig_a: str, fig_b: str) -> str:
    report = diff_pair(_doc(a, "a.txt"), _doc(b, "b.txt"))
    [m] = [m for m in report.matches if m.kind == "quantity" and fig_a in m.a.text and fig_b in m.b.text]
    return m.status


def test_each_report_s_one_count_of_a_thing_is_one_fact():
    assert _status(_LINK_A, _LINK_B.format(n=12, more=""), "12", "12") == "agree"
    assert _status(_LINK_A, _LINK_B.format(n=60, more=""), "12", "60") == "conflict"


def test_each_report_s_one_length_is_one_fact():
    # A measurement other than a duration or a share (every story has many of those) counts too.
    assert _status(_CABLE_A, _CABLE_B.format(what="stretches about 48 km"), "48", "48") == "agree"
    assert _status(_CABLE_A, _CABLE_B.format(what="stretches about 240 km"), "48", "240") == "conflict"
    # ... unless the frames say the two figures size different things (a depth, a cable's length).
    assert _status(_CABLE_A, _CABLE_B.format(what="lies at a depth of up to 240 metres"), "48", "240") == "related"


def test_a_second_count_of_the_thing_leaves_the_pair_related():
    # "The old fleet of 40 electric buses": B counts the same buses twice, worded alike, and
    # which count is A's is not shown.
    b = _LINK_B.format(n=60, more=" The old fleet of 40 electric buses will be sold.")
    assert _status(_LINK_A, b, "12", "60") == "related"
    # ... while a second count worded apart ("40 buses" of an old fleet) leaves "60 electric
    # buses" the clear partner of A's "12 electric buses" (compare.select._weak_one_fact).
    b = _LINK_B.format(n=60, more=" The old fleet of 40 buses will be sold.")
    assert _status(_LINK_A, b, "12", "60") == "conflict"


def test_a_different_fate_of_the_counted_leaves_the_pair_related():
    # The commas cut "Two climbers, both from Oslo, died" from its verb: the frame's verb gives
    # what happened to them, and surviving is not dying.
    assert _status(_RIDGE_A, _RIDGE_B.format(what="survived the night in a hut"), "Two", "Six") == "related"
    assert _status(_RIDGE_A, _RIDGE_B.format(what="died in the avalanche that followed"), "Two", "Six") == "conflict"


def test_one_action_under_two_verbs_is_one_figure():
    # "closed" and "was shut" share a WordNet sense, and both durations hang from "for".
    shut = "The bridge was shut"
    assert _status(_BRIDGE_A, _BRIDGE_B.format(what=shut, n=36), "36", "36") == "agree"
    assert _status(_BRIDGE_A, _BRIDGE_B.format(what=shut, n=180), "36", "180") == "conflict"
    # "tested" is another action: the two durations are not shown to be one.
    tested = "Its lights were tested"
    assert _status(_BRIDGE_A, _BRIDGE_B.format(what=tested, n=180), "36", "180") == "related"


_TAGS_A = ("Kestrel Foods displayed misleading discount labels on more than 2,000 products in all of its 240 shops "
           "between January and May, the watchdog said.")
_TAGS_B = "Kestrel's 'bargain' labels appeared on 2,150 products across its {n} shops from January to May."


def test_a_partner_that_counts_another_thing_does_not_take_a_figure_from_its_own():
    # Each sentence states both figures, so "410 shops" scores a little higher with "more than
    # 2,000 products" than with "240 shops"; a pair the alignment says counts two things ranks
    # below one of the same thing (compare.select._partner_rank), and the shops meet.
    assert _status(_TAGS_A, _TAGS_B.format(n=240), "240", "240") == "agree"
    assert _status(_TAGS_A, _TAGS_B.format(n=410), "240", "410") == "conflict"


def test_the_partner_rank_is_the_score_less_a_cost_for_two_measures():
    from types import SimpleNamespace as NS

    from claimtrack.compare.select import OTHER_MEASURE_COST, _partner_rank

    def cand(how, note="", kind="quantity"):
        # (a date is read for its precision, compare.select.SAME_PRECISION_RANK: a day and a month here)
        # (frame None: a mention that dates no act, which compare.date_once reads first)
        return NS(a=NS(kind=kind, payload=NS(grain="day", part=None), frame=None),
                  b=NS(kind=kind, payload=NS(grain="month", part=None), frame=None),
                  how=how, score=0.4, alignment=NS(note=note, other_measure=False, one_thing=False))

    assert _partner_rank(cand("same")) == 0.4
    assert _partner_rank(cand("loose")) == pytest.approx(0.4 - OTHER_MEASURE_COST)
    assert _partner_rank(cand("same", note="A counts jobs, B people")) == pytest.approx(0.4 - OTHER_MEASURE_COST)
    assert _partner_rank(cand("event", kind="date")) == 0.4  # only figures have measures
