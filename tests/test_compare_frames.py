"""Comparison on claim frames: alignment never reads values, then values decide the status.

Invented sentences, unlike any annotated pair, through the real extractor (the frames come
from the dependency parse)."""

from __future__ import annotations

import random

import pytest

from claimtrack import extract
from claimtrack.compare import diff_pair
from claimtrack.compare.intervals import DISJOINT, interval_of, relate
from claimtrack.models import DocumentResult, Quantity

from extracted import extracted_doc

pytestmark = pytest.mark.model

_doc = extracted_doc


def _statuses(report, kind):
    return [(m.status, m.relation) for m in report.matches if m.kind == kind]


def test_refusing_and_agreeing_to_do_one_thing_conflict_whatever_the_dates():
    a = _doc("Norway refused to send engineers to the flooded region on Monday.", "a.txt")
    b = _doc("Norway agreed to send engineers to the flooded region on Monday.", "b.txt")
    assert ("conflict", "polarity") in _statuses(diff_pair(a, b), "statement")


def test_a_different_action_by_the_same_actor_is_related_not_a_conflict():
    a = _doc("Norway will not commit combat engineers to the flooded region, officials said on Monday.", "a.txt")
    b = _doc("Norway is open to training missions for the flooded region, officials said on Monday.", "b.txt")
    report = diff_pair(a, b)
    assert not report.conflicts
    # "Monday" = "Monday" dates no event: at most the day both reports were made, never a conflict
    assert all(m.about == "day it was said" and m.status != "conflict" for m in report.matches if m.kind == "date")


def test_the_same_words_with_an_unresolved_speaker_are_unresolved_never_a_conflict():
    a = _doc('"The harbour will reopen before the first frost," Mayor Ilse Brandt said.', "a.txt")
    b = _doc('"The harbour will reopen before the first frost," a spokesman said.', "b.txt")
    quotes = [m for m in diff_pair(a, b).matches if m.kind == "quote"]
    assert quotes and all(m.status == "related" and m.relation == "unresolved" for m in quotes)


def test_a_title_alone_is_no_resolved_speaker_so_the_same_words_are_unresolved():
    # "the Governor said": an office, whoever holds it; the frame says the speaker is no name
    a = _doc('"Every berth will be taken by the end of May," Mayor Ilse Brandt said.', "a.txt")
    b = _doc('The port is busier than ever. "Every berth will be taken by the end of May," the Governor said.', "b.txt")
    [qb] = [c.quote for c in b.claims if c.quote is not None]
    assert qb.frame is not None and not qb.frame.resolved
    quotes = [m for m in diff_pair(a, b).matches if m.kind == "quote"]
    assert quotes and all(m.status == "related" and m.relation == "unresolved" for m in quotes)


def test_the_same_words_from_two_named_speakers_conflict():
    a = _doc('"The harbour will reopen before the first frost," Mayor Ilse Brandt said.', "a.txt")
    b = _doc('"The harbour will reopen before the first frost," Governor Tomas Lind said.', "b.txt")
    quotes = [m for m in diff_pair(a, b).matches if m.kind == "quote"]
    assert quotes and quotes[0].status == "conflict" and quotes[0].relation == "other-speaker"


def test_a_reworded_quote_shows_the_word_difference():
    a = _doc('"We will finish the bridge by the end of the summer," Mayor Ilse Brandt said.', "a.txt")
    b = _doc('"We will not finish the bridge by the end of the summer," Mayor Ilse Brandt said.', "b.txt")
    [m] = [m for m in diff_pair(a, b).matches if m.kind == "quote"]
    assert m.status == "conflict" and "not" in m.reason


def test_about_is_written_for_people():
    a = _doc("Delegates from 41 countries gathered at the Lisbon conference on ocean plastics.", "a.txt")
    b = _doc("Delegates from 43 countries gathered at the Lisbon conference on ocean plastics.", "b.txt")
    [m] = [m for m in diff_pair(a, b).matches if m.kind == "quantity"]
    assert m.about.startswith("number of countries") and "Lisbon conference" in m.about
    assert m.status == "conflict"


def test_a_changed_figure_keeps_its_partner_and_conflicts():
    a = _doc("The cooperative shipped 5,400 tonnes of coffee to Hamburg in March.", "a.txt")
    b = _doc("The cooperative shipped 27,000 tonnes of coffee to Hamburg in March.", "b.txt")
    [m] = [m for m in diff_pair(a, b).matches if m.kind == "quantity"]
    assert m.status == "conflict"


def test_about_n_is_a_band_set_by_its_rounding():
    about = interval_of(Quantity(start=0, end=11, text="about 3,200", value=3200, qualifier="approx", unit="person"))
    assert relate(about, interval_of(Quantity(start=0, end=5, text="2,900", value=2900, unit="person"))) == DISJOINT
    about = interval_of(Quantity(start=0, end=11, text="about 3,000", value=3000, qualifier="approx", unit="person"))
    assert about.lo == 2500 and about.hi == 3500


def test_over_a_number_of_years_is_a_period():
    q = Quantity(start=0, end=15, text="over four years", value=4, qualifier="more_than", unit="year")
    assert interval_of(q).is_point()


def _scaled(result: DocumentResult, rng: random.Random) -> DocumentResult:
    claims = []
    for c in result.claims:
        qs = []
        for q in c.quantities:
            k = rng.choice([0.1, 0.5, 3, 7, 40])
            qs.append(q.model_copy(update={f: (getattr(q, f) * k if getattr(q, f) is not None else None)
                                           for f in ("value", "low", "high")}))
        claims.append(c.model_copy(update={"quantities": qs}))
    return result.model_copy(update={"claims": claims})


def _aligned(report) -> set:
    return {(m.kind, m.a.start, m.a.end, m.b.start, m.b.end) for m in report.matches}


def test_changing_values_never_changes_which_mentions_are_aligned(dev_pair):
    a, b = dev_pair
    base = _aligned(diff_pair(a, b))
    rng = random.Random(13)
    for _ in range(3):
        assert _aligned(diff_pair(a, _scaled(b, rng))) == base
        assert _aligned(diff_pair(_scaled(a, rng), b)) == base


@pytest.fixture(scope="module")
def dev_pair():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "data" / "dev" / "articles"
    names = ["103_boe_rates_reuters.txt", "104_boe_rates_bbc.txt"]
    if not all((root / n).exists() for n in names):
        pytest.skip("dev articles not present")
    out = extract([root / n for n in names])
    return [DocumentResult(document=d, claims=[c for c in out.claims if c.doc == d.doc]) for d in out.documents]


def test_one_speakers_quote_in_two_transcriptions_is_one_utterance():
    """Reporters transcribe one utterance differently; the content words stay (issue 13)."""
    a = _doc('"A treaty signed in Geneva does not rebuild a single school," Minister Ada Kowalczyk said.', "a.txt")
    same = _doc('"Whatever they signed, Geneva paper rebuilds no school anywhere," Minister Ada Kowalczyk said.', "b.txt")
    flipped = _doc('"Whatever they signed, Geneva paper rebuilds every school anywhere," Minister Ada Kowalczyk said.',
                   "c.txt")
    assert ("agree", "paraphrased") in _statuses(diff_pair(a, same), "quote")
    assert ("conflict", "reworded") in _statuses(diff_pair(a, flipped), "quote")


def test_another_speakers_words_on_one_topic_are_not_one_utterance():
    a = _doc('"A treaty signed in Geneva does not rebuild a single school," Minister Ada Kowalczyk said.', "a.txt")
    b = _doc('"Whatever they signed, Geneva paper rebuilds every school anywhere," Senator Piet Vandenberg said.', "b.txt")
    assert not [m for m in diff_pair(a, b).matches if m.kind == "quote" and m.status != "related"]


def test_unitless_figures_of_one_action_conflict_when_each_is_the_others_partner():
    """'damaged more than 300' and 'damaged 120': no unit, but the frames say one thing happened
    to both figures, and each is the other's best partner."""
    a = _doc("The hailstorm destroyed 40 greenhouses in the valley and damaged more than 300, the farmers' union said.",
             "a.txt")
    b = _doc("According to the farmers' union, the hailstorm destroyed 40 greenhouses and damaged 120.", "b.txt")
    report = diff_pair(a, b)
    assert [(m.a.text, m.b.text) for m in report.conflicts] == [("more than 300", "120")]


def test_a_headline_restating_a_conflicting_figure_adds_no_second_conflict():
    """A figure stated in the headline and again in the body is one fact: once the body's figure
    conflicts with B's, the headline's pair with the same partner is not a second conflict."""
    a = _doc("Landslide kills 14 in hill villages\n\nA landslide killed at least 14 people, police said on Sunday.",
             "a.txt")
    b = _doc("Nine people died. The landslide in the hill villages killed 9 people, police said.", "b.txt")
    assert [(m.a.text, m.b.text) for m in diff_pair(a, b).conflicts] == [("at least 14 people", "9 people")]


def test_figures_sizing_one_noun_through_one_preposition_conflict_whatever_the_verb():
    """'gusts of 160 km/h' and 'gusts of 210 km/h': what a figure hangs from says which quantity
    it is, whatever verb each reporter chose for the clause."""
    a = _doc("The cyclone hit the northern coast before dawn with gusts of 160 km/h, forecasters said.", "a.txt")
    b = _doc("Residents fled inland as a storm packing gusts of 210 km/h made landfall near the fishing port.", "b.txt")
    assert [(m.a.text, m.b.text) for m in diff_pair(a, b).conflicts] == [("160 km/h", "210 km/h")]


def test_years_dating_one_event_are_compared():
    a = _doc("The lighthouse on Varn island was built in 1864 by a shipping guild, the museum said.", "a.txt")
    b = _doc("Built in 1864, the lighthouse on Varn island still guides ferries, the museum said.", "b.txt")
    assert ("agree", "equal") in _statuses(diff_pair(a, b), "date")


def test_two_years_for_one_event_conflict_and_changing_a_year_keeps_the_alignment():
    a = _doc("The Marrow Valley dam was completed in 1931 by the regional water board.", "a.txt")
    b = _doc("The Marrow Valley dam was completed in 1931 by the regional water board, engineers said.", "b.txt")
    b2 = _doc("The Marrow Valley dam was completed in 1937 by the regional water board, engineers said.", "b.txt")
    keys = lambda r: {(m.a.start, m.b.start) for m in r.matches if m.kind == "date"}  # noqa: E731
    same, changed = diff_pair(a, b), diff_pair(a, b2)
    assert ("agree", "equal") in _statuses(same, "date")
    assert ("conflict", "disjoint") in _statuses(changed, "date")
    assert keys(same) == keys(changed)


def test_a_past_date_and_a_forecast_of_one_kind_of_event_are_not_a_conflict():
    a = _doc("Grain prices in Oristan peaked in 2029 after a drought, the farm ministry said.", "a.txt", "2032-05-01")
    b = _doc("Grain prices in Oristan will peak in 2033 after a drought, the farm ministry said.", "b.txt", "2032-05-01")
    assert not [m for m in diff_pair(a, b).matches if m.kind == "date" and m.status == "conflict"]


def test_the_day_an_announcement_was_made_agrees_but_never_conflicts():
    a = _doc("The ferry operator Nordvik Lines said on Tuesday it would add a second boat.", "a.txt", "2031-04-02")
    b = _doc("Nordvik Lines announced on Tuesday that a second boat would join the route.", "b.txt", "2031-04-02")
    dates = [m for m in diff_pair(a, b).matches if m.kind == "date"]
    assert dates and all(m.status == "agree" for m in dates)


@pytest.mark.parametrize("a_text, b_text", [
    ("Dockers at Port Elvane began a 72-hour walkout on Monday over night-shift pay.",
     "Dockers at Port Elvane began a three-day walkout on Monday over night-shift pay."),
    ("The summit of Mount Osk rises to about 4,100 metres above the valley floor.",
     "The summit of Mount Osk rises to roughly 13,450 feet above the valley floor."),
    ("The Skarvik offshore wind farm will have a capacity of 1.2 gigawatts, its developer said.",
     "The Skarvik offshore wind farm will have a capacity of 1,200 MW, its developer said."),
    ("Farmers in the Velda basin harvested 2.4 million tonnes of barley this season, the ministry said.",
     "Farmers in the Velda basin harvested 24 million quintals of barley this season, the ministry said."),
    ("The Orla gas field holds an estimated 40 billion cubic metres of gas, the energy agency said.",
     "The Orla gas field holds an estimated 40 bcm of gas, the energy agency said."),
])
def test_one_measure_in_two_units_agrees_and_a_changed_value_conflicts(a_text, b_text):
    a, b = _doc(a_text, "a.txt"), _doc(b_text, "b.txt")
    figures = [m for m in diff_pair(a, b).matches if m.kind == "quantity"]
    assert figures and figures[0].status == "agree", figures
    changed = _doc(b_text.replace("three", "five").replace("13,450", "19,450").replace("1,200 MW", "1,900 MW")
                   .replace("24 million", "31 million").replace("40 bcm", "55 bcm"), "b.txt")
    figures = [m for m in diff_pair(a, changed).matches if m.kind == "quantity"]
    assert figures and figures[0].status == "conflict", figures


def test_unit_conversions_scale_the_interval():
    from claimtrack.compare.units import conversion

    assert conversion("hour").factor * 48 == conversion("day").factor * 2
    assert conversion("feet").base == conversion("kilometre").base == "metre"
    assert conversion("nautical miles").factor == 1852
    assert conversion("gigawatts").factor == 1000 * conversion("MW").factor
    assert conversion("quintals").base == conversion("kg").base == "tonne"
    assert conversion("bcm").factor == 1e9 * conversion("cubic metres").factor
    assert conversion("tons") is None  # short, long and metric tons differ
    assert conversion("troop") is None and conversion(None) is None


def test_a_figure_repeated_in_a_headline_lists_both_spans():
    a = _doc("Tarvik Rail to cut 64 trains\n\nTarvik Rail will cut 64 trains from its winter timetable, the operator said.", "a.txt")
    b = _doc("The operator Tarvik Rail will remove 64 trains from the winter timetable.", "b.txt")
    figures = [m for m in diff_pair(a, b).matches if m.kind == "quantity" and m.status == "agree"]
    assert figures
    spans = {(figures[0].a.start, figures[0].a.end)} | {(s.start, s.end) for s in figures[0].a.also}
    assert len(spans) == 2 and all(a.claims[0].doc == "a.txt" for _ in spans)


def test_a_conversion_in_parentheses_is_one_figure_with_two_spans():
    from claimtrack.evaluate.pairs import match_covers_fact

    a = _doc("The league fined the club $45,000 for the brawl, officials said.", "a.txt")
    text = "The league fined the club 60 million won (about $45,000) for the brawl, officials said."
    b = _doc(text, "b.txt")
    figures = [m for m in diff_pair(a, b).matches if m.kind == "quantity"]
    assert figures and figures[0].status == "agree"
    won = text.index("60 million won")
    fact = {"a_start": figures[0].a.start, "a_end": figures[0].a.end, "b_start": won, "b_end": won + 14}
    assert any(s.start == won for s in figures[0].b.also)
    assert match_covers_fact(figures[0].model_dump(), fact)


def test_one_specific_count_worded_alike_conflicts_when_changed_whatever_the_verbs():
    a = _doc("Some 40 trawlers were left idle in Sandvik harbour after the fuel strike.", "a.txt")
    b = _doc("About 40 trawlers sat idle in Sandvik harbour during the fuel strike.", "b.txt")
    b2 = _doc("About 90 trawlers sat idle in Sandvik harbour during the fuel strike.", "b.txt")
    keys = lambda r: {(m.a.start, m.b.start) for m in r.matches if m.kind == "quantity"}  # noqa: E731
    same, changed = diff_pair(a, b), diff_pair(a, b2)
    assert keys(same) == keys(changed)
    assert [m.status for m in changed.matches if m.kind == "quantity"] == ["conflict"]


def test_figures_of_two_actions_on_one_thing_do_not_conflict():
    a = _doc("Corvane Bank will close 30 branches across the north by June, the bank said.", "a.txt")
    b = _doc("Corvane Bank operates 140 branches across the north, the bank said.", "b.txt")
    assert not diff_pair(a, b).conflicts


def test_a_figure_for_a_past_year_is_an_update_not_a_conflict():
    a = _doc("Corvane Bank closed 12 branches in 2029 in an earlier round of cuts.", "a.txt", "2031-04-02")
    b = _doc("Corvane Bank is closing 30 branches in its latest round of cuts.", "b.txt", "2031-04-02")
    assert not diff_pair(a, b).conflicts


def test_two_verbs_of_one_commitment_state_one_figure():
    a = _doc("Norway offered 40 million kroner in flood aid to the Vessel valley on Monday.", "a.txt")
    b = _doc("Norway pledged 90 million kroner in flood aid to the Vessel valley on Monday.", "b.txt")
    assert [m.status for m in diff_pair(a, b).matches if m.kind == "quantity"] == ["conflict"]


def test_one_event_dated_differently_under_two_verbs_conflicts():
    a = _doc("The Orvik ferry link began operating in 1987, the harbour office said.", "a.txt")
    b = _doc("The Orvik ferry link, which started operating in 1989, will be modernised.", "b.txt")
    dates = [m for m in diff_pair(a, b).matches if m.kind == "date"]
    assert [m.status for m in dates] == ["conflict"], dates


def test_one_share_of_one_thing_under_two_verbs_conflicts_when_changed():
    a = _doc("The survey reached 81% of farms in the Lenna district, the ministry said.", "a.txt")
    b = _doc("The survey covered 81% of farms in the Lenna district, officials said.", "b.txt")
    b2 = _doc("The survey covered 64% of farms in the Lenna district, officials said.", "b.txt")
    assert [m.status for m in diff_pair(a, b).matches if m.kind == "quantity"] == ["agree"]
    assert [m.status for m in diff_pair(a, b2).matches if m.kind == "quantity"] == ["conflict"]


def test_a_kind_of_person_and_people_in_general_are_one_count():
    a = _doc("Organisers of the Harlow book fair said 23,000 visitors came this year, up on last year.", "a.txt")
    b = _doc("The Harlow book fair closed on Sunday after four days. Attendance reached 23,000 people, the town "
             "council said.", "b.txt")
    figures = [m for m in diff_pair(a, b).matches if m.kind == "quantity" and "23,000" in m.a.text]
    assert [(m.status, m.b.text) for m in figures] == [("agree", "23,000 people")], figures


def test_kinds_of_person_come_from_wordnet_and_measures_from_the_words_as_written():
    from claimtrack.compare.figure_kinds import _names_people
    from claimtrack.compare.units import measure_of
    from claimtrack.models import Quantity

    assert all(_names_people(w) for w in ("visitor", "skier", "passenger", "driver"))
    assert not any(_names_people(w) for w in ("ship", "branch", "dose", "car"))
    slip = Quantity(start=0, end=9, text="two doses", value=2, unit="dos")
    assert measure_of(slip).cls == "dose" and measure_of(slip).known


def test_a_headline_figure_repeated_in_other_words_lists_both_spans():
    from claimtrack.compare.pair import prepare

    text = ("Dockers call 48-hour strike at Port Elvane\n\n"
            "Dockers at Port Elvane will stop work for 48 hours from Monday over night-shift pay, their union said.")
    figures = [m for m in prepare(_doc(text, "a.txt")).mentions if m.kind == "quantity"]
    assert figures and all(len(m.also) == 1 for m in figures), [(m.text, m.also) for m in figures]


def test_a_lemma_is_not_taken_from_a_later_word_of_the_mention():
    from claimtrack.compare.units import measure_of
    from claimtrack.models import Quantity

    rate = Quantity(start=0, end=31, text="about 1.5 billion crowns a year", value=1.5e9, unit="crown", period="year")
    assert measure_of(rate).cls != "year"


def test_days_of_two_reports_of_one_announcement_meet_however_far_apart_their_words():
    from claimtrack.compare.dates import REPORT, event_of
    from claimtrack.compare.pair import prepare

    a = prepare(_doc("The Lenna water board said on Thursday that rationing would end in the spring.", "a.txt"))
    dates = [m for m in a.mentions if m.kind == "date"]
    assert dates and event_of(dates[0]) == REPORT


def test_a_share_names_its_whole_after_of_and_two_shares_of_one_whole_meet():
    a = _doc("Under the Marrow accord, banks can be fined up to 6% of their yearly turnover for lost records.", "a.txt")
    b = _doc("The regulator, which opened an inquiry on Friday, may impose penalties of up to 6% of yearly turnover.",
             "b.txt")
    figures = [m for m in diff_pair(a, b).matches if m.kind == "quantity"]
    assert [m.status for m in figures] == ["agree"], figures


def test_a_count_on_one_day_and_a_total_over_a_year_do_not_conflict():
    a = _doc("The Tarvik ferry, carrying 230 passengers, ran aground on March 3, 2030.", "a.txt", "2031-04-02")
    b = _doc("Tarvik Lines carried 1.4 million passengers in 2030, the company said.", "b.txt", "2031-04-02")
    assert not diff_pair(a, b).conflicts


def test_a_date_of_another_clause_does_not_date_the_figure():
    # A figure's as-of is a date governing its own clause: "which reopened on Tuesday" dates the
    # port's reopening, so the two shipments stand for one moment and their figures conflict.
    a = _doc("Lorvath Mining shipped 4,000 tonnes of copper from the port of Senna on Monday.", "a.txt")
    other = _doc("Lorvath Mining has shipped 9,000 tonnes of copper from the port of Senna, which reopened on "
                 "Tuesday.", "b.txt")
    # Control: the same day governing the shipment itself makes a later figure, an update.
    own = _doc("Lorvath Mining shipped 9,000 tonnes of copper from the port of Senna on Tuesday.", "b.txt")
    assert _statuses(diff_pair(a, other), "quantity") == [("conflict", "disjoint")]
    assert _statuses(diff_pair(a, own), "quantity") == [("related", "update")]
