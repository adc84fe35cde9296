"""Two dates of one event (compare.dates): a schedule stated with two dates is a conflict, the
two ends of a span are not, and an aspectual verb ("begin", "resume") dates one event only with
what begins. Each mechanism is shown with a control pair that keeps the other verdict.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_doc = extracted_doc


def _dates(a: str, b: str, published_a: str = "2031-04-02", published_b: str = "2031-04-02"):
    report = diff_pair(_doc(a, "a.txt", published_a), _doc(b, "b.txt", published_b))
    return [m for m in report.matches if m.kind == "date"]


def _status(a: str, b: str, da: str, db: str, **kw) -> set:
    """The statuses diff gives the pair of dates written `da` in A and `db` in B."""
    return {m.status for m in _dates(a, b, **kw) if m.a.text == da and m.b.text == db}


def test_a_scheduled_event_given_two_days_without_a_year_conflicts():
    a = "The new harbour bridge will be opened to traffic on May 20, the port authority said."
    b = "The port authority said the new harbour bridge would be opened to traffic on 27 May."
    assert _status(a, b, "May 20", "27 May") == {"conflict"}
    # control: the same day written two ways agrees
    assert _status(a, b.replace("27 May", "20 May"), "May 20", "20 May") == {"agree"}


def test_a_plan_reported_again_weeks_later_with_another_date_is_an_update():
    a = "The new harbour bridge will be opened to traffic on May 20, 2031, the port authority said."
    b = "The port authority said the new harbour bridge would be opened to traffic on 27 May 2031."
    [m] = [m for m in _dates(a, b, "2031-03-02", "2031-04-15") if m.a.text == "May 20, 2031"]
    assert (m.status, m.relation) == ("related", "update") and "later report" in m.reason
    # control: the same two reports a day apart contradict each other
    assert _status(a, b, "May 20, 2031", "27 May 2031", published_a="2031-04-14", published_b="2031-04-15") == {"conflict"}
    # control: an opening already past when first reported is a fact, and two dates of it conflict
    pa = a.replace("will be opened", "was opened")
    pb = b.replace("would be opened", "was opened")
    assert _status(pa, pb, "May 20, 2031", "27 May 2031", published_a="2031-06-02", published_b="2031-07-15") == {"conflict"}


def test_past_days_resolved_from_the_article_date_conflict_at_one_grain():
    # "on Monday" and "on Friday" of one news cycle name two days as firmly as two dates written
    # out: one opening dated two ways is a contradiction (issue 13: "Tuesday" / "yesterday").
    a = "The harbour bridge was opened to traffic on Monday, the port authority said."
    b = "The port authority said the harbour bridge was opened to traffic on Friday."
    assert _status(a, b, "Monday", "Friday") == {"conflict"}
    b = "The port authority said the harbour bridge was opened to traffic yesterday."
    assert _status(a, b, "Monday", "yesterday") == {"conflict"}
    # control: the same day in other words agrees (published on a Wednesday, "yesterday" is Tuesday)
    assert _status(a.replace("Monday", "Tuesday"), b, "Tuesday", "yesterday") == {"agree"}
    # an opening of one definite bridge (once_acts.json) happens once, so even days weeks apart
    # conflict (as in the last control of the test above)
    assert _status(a.replace("on Monday", "on March 2"), b, "March 2", "yesterday") == {"conflict"}
    # control: an act that repeats (an inspection is not in once_acts.json) dated on two days of
    # one news cycle conflicts, but days weeks apart may be two inspections
    a = "Safety engineers inspected the harbour bridge on Monday, the port authority said."
    b = "The port authority said safety engineers inspected the harbour bridge yesterday."
    assert _status(a, b, "Monday", "yesterday") == {"conflict"}
    assert "conflict" not in _status(a.replace("on Monday", "on March 2"), b, "March 2", "yesterday")


def test_a_past_day_against_a_relative_year_stays_related():
    # a day and a year before it, each resolved from its article: another grain may date another
    # occurrence of a repeated act ("met on Monday" / "met last year")
    a = "The two ministers met in Lisbon on Monday to discuss fishing rights, officials said."
    b = "Officials said the two ministers met in Lisbon last year to discuss fishing rights."
    assert "conflict" not in _status(a, b, "Monday", "last year")


def test_two_things_reaching_levels_on_two_past_days_stay_related():
    # "reached" says a level was reached; what reached it is its subject: ticket sales and
    # refund claims are two things, so their two days are no contradiction
    a = "Ticket sales at the county fair had reached 40,000 by Monday, the organisers said."
    b = "By yesterday the number of refund claims at the county fair had reached 300, the organisers said."
    assert "conflict" not in _status(a, b, "Monday", "yesterday")


def test_two_years_a_count_is_stated_for_stay_related():
    # a figure counted over a year is counted again the next year: two years are two counts
    a = "The ferry line carried about 410,000 passengers last year, the operator said."
    b = "In 2029 the ferry line carried 395,000 passengers, the operator said."
    assert "conflict" not in _status(a, b, "last year", "2029")


def test_a_month_named_and_last_month_conflict_for_one_event():
    a = "The regional airline filed for bankruptcy protection in February, its chairman said."
    b = "Its chairman said the regional airline filed for bankruptcy protection last month."
    # published in April 2031: "last month" is March
    assert _status(a, b, "February", "last month") == {"conflict"}
    assert _status(a.replace("February", "March"), b, "March", "last month") == {"agree"}


def test_not_before_a_date_is_the_earliest_day():
    a = "The ferry service will resume on April 20, the operator said."
    b = "The operator said the ferry service would not resume before 28 April."
    assert _status(a, b, "April 20", "28 April") == {"conflict"}
    # control: a day on or after the earliest one holds with it
    assert "conflict" not in _status(a.replace("April 20", "April 30"), b, "April 30", "28 April")
    # control: a plain deadline ("before 28 April") holds with a day before it
    assert "conflict" not in _status(a, b.replace("would not resume", "would resume"), "April 20", "28 April")


def test_articles_far_apart_do_not_set_schedules_against_each_other():
    a = "The new harbour bridge will be opened to traffic on May 20, the port authority said."
    b = "The port authority said the new harbour bridge would be opened to traffic on 27 May."
    assert "conflict" not in _status(a, b, "May 20", "27 May", published_b="2031-02-01")


def test_the_two_ends_of_a_span_do_not_conflict():
    a = "The festival grounds will stay closed from June 3, the council said."
    b = "The council said the festival grounds would stay closed until 28 June."
    assert "conflict" not in _status(a, b, "June 3", "28 June")
    # control: two closing dates of one closure conflict
    assert _status(a.replace("from June 3", "until June 3"), b, "June 3", "28 June") == {"conflict"}


def test_not_until_dates_the_event_itself():
    from claimtrack.compare.dates import span_end
    from claimtrack.compare.mentions import mentions_of

    def ends(text: str) -> list:
        return [span_end(m) for m in mentions_of(_doc(text, "a.txt")) if m.kind == "date"]

    assert ends("The museum will not reopen until 2033.") == [None]
    assert ends("The museum will stay shut until 2033.") == ["end"]
    assert ends("The museum has been shut since 2029.") == ["start"]
    assert ends("Tickets are valid between March 2 and March 9.") == ["start", "end"]
    assert ends("The line runs trains from May 4 to May 11.") == ["start", "end"]


def test_one_aspectual_verb_for_two_things_is_not_one_event():
    # Holidays and building work both "start": two things starting, not one date stated twice;
    # the date of the work meets the other side's date of the work.
    a = "Parents were told of a renovation of the school library, due to start on July 14."
    b = "Summer holidays at the school are due to start on 1 July. Work on the library is expected to start on 14 July."
    assert "conflict" not in _status(a, b, "July 14", "1 July")
    assert _status(a, b, "July 14", "14 July") == {"agree"}


def test_the_start_of_an_action_named_by_a_noun_dates_that_action():
    # "Delivery ... is expected to begin" dates delivering, as "will not deliver ... until" does.
    a = "Delivery of the first trains is expected to begin in 2032, the rail operator said."
    b = "The manufacturer will not deliver the first trains until 2033, according to the contract."
    [m] = [m for m in _dates(a, b) if m.a.text == "2032" and m.b.text == "2033"]
    assert m.status == "conflict" and "deliver" in m.about
    # control: the same year agrees
    assert _status(a, b.replace("2033", "2032"), "2032", "2032") == {"agree"}


def test_a_light_verb_dates_the_happening_its_object_or_subject_names():
    # "hold a walkout" and "a walkout will take place": the date of the walkout, whatever light
    # verb each report chose (a happening noun, WordNet's act or event senses)
    a = "The dockers' unions said they would hold a general walkout on March 9 over pensions."
    b = "A general walkout over pensions will take place on 16 March, the dockers' leader said."
    [m] = [m for m in _dates(a, b) if m.a.text == "March 9" and m.b.text == "16 March"]
    assert m.status == "conflict" and "walk" in m.about
    assert _status(a, b.replace("16 March", "9 March"), "March 9", "9 March") == {"agree"}
    # control: a light verb with a thing for object ("hold a reception") dates no walkout
    c = "The consulate will hold a reception for the visiting sailors on 16 March."
    assert "conflict" not in _status(a, c, "March 9", "16 March")


def test_a_plural_action_noun_dates_its_act_under_an_aspectual_or_a_light_verb():
    # "refunds will begin" and "the first refunds will be made": the date of refunding
    a = "Refunds to ticket holders will begin in November, the organisers said."
    b = "According to the organisers, the first refunds will be made to ticket holders in December."
    assert _status(a, b, "November", "December") == {"conflict"}
    assert _status(a, b.replace("December", "November"), "November", "November") == {"agree"}


def test_a_scheduled_hearing_and_the_court_hearing_it_date_one_event():
    a = "A hearing on the tenants' appeal is scheduled for June 4, their lawyer said."
    b = "The court will hear the tenants' appeal on 11 June."
    assert _status(a, b, "June 4", "11 June") == {"conflict"}
    assert _status(a, b.replace("11 June", "4 June"), "June 4", "4 June") == {"agree"}


_AIRLINE = ("Northwind Air cancelled all its flights to the Faroe Islands after the pilots' strike, "
            "stranding 3,000 passengers. ")


def test_one_deadline_named_alike_is_one_event_two_deadlines_of_one_story_are_two():
    a = _AIRLINE + "The deadline for refund claims is March 31, the airline said."
    b = _AIRLINE + "Passengers have until the April 14 deadline for refund claims, the airline said."
    assert _status(a, b, "March 31", "April 14", published_a="2031-03-02", published_b="2031-03-02") == {"conflict"}
    # control: a deadline for something else in the same story is another deadline
    c = _AIRLINE + "The deadline for travel agents to return unused tickets is April 14, the airline said."
    assert "conflict" not in _status(a, c, "March 31", "April 14", published_a="2031-03-02", published_b="2031-03-02")


def test_a_hearing_dated_by_its_noun_and_by_its_verb_is_one_event():
    # "before the appeal hearing on 19 March" and "the court will hear the appeal on 26 March"
    a = "The tenants' lawyer asked for a meeting with the council before the appeal hearing on March 19."
    b = "The court will hear the tenants' appeal against the council on 26 March."
    [m] = [m for m in _dates(a, b) if m.a.text == "March 19" and m.b.text == "26 March"]
    assert m.status == "conflict" and "hear" in m.about
    assert _status(a, b.replace("26 March", "19 March"), "March 19", "19 March") == {"agree"}


def test_a_noun_with_the_verb_form_is_not_taken_for_the_act():
    from claimtrack.compare.date_events import _action_verb

    assert _action_verb("production") == "produce" and _action_verb("completion") is None  # complete is aspectual
    assert _action_verb("project") is None and _action_verb("work") is None  # a project, a work: things
    assert _action_verb("regulator") is None and _action_verb("builder") is None  # the doers, not the act


def test_one_light_verb_with_one_object_dates_one_act():
    # "took office" in both: the light verb and its object are one predicate (a month apart: a
    # conflict over when the mayor took office), though office names no happening
    a = "Mayor Ines Roca, who took office in March 2030, said the tram line would be finished on time."
    b = "Ines Roca, mayor since she took office in April 2030, promised the tram line would open on time."
    assert _status(a, b, "March 2030", "April 2030", published_a="2031-04-02", published_b="2031-04-02") == {"conflict"}


def test_dates_of_figures_paired_across_sources_date_one_event_without_outranking_all_else():
    from claimtrack.compare.dates import align_dates
    from claimtrack.compare.mentions import mentions_of

    a = _doc("Floods in March 2030 destroyed 41 bridges, officials said on Monday.", "a.txt")
    b = _doc("The floods of 2030 swept away 41 bridges.", "b.txt")
    [da] = [m for m in mentions_of(a) if m.kind == "date" and m.payload.text == "March 2030"]
    [db] = [m for m in mentions_of(b) if m.kind == "date"]
    linked = align_dates(da, db, True, frozenset({(da.start, db.start)}))
    plain = align_dates(da, db, True)
    assert linked is not None and linked.strong and linked.one_event
    assert linked.score < 1.0 and (plain is None or linked.score > plain.score)


def test_a_relative_month_meets_the_day_it_contains():
    # "last month" in an April article is March: it agrees with "March 3" at the coarser grain
    # when the two sentences share their words; a month that is not last month does not agree.
    a = "The regional referendum took place on March 3, with turnout of 61%."
    b = "Voters rejected the plan in a regional referendum last month, and the governor resigned."
    assert _status(a, b, "March 3", "last month", published_a="2031-04-12", published_b="2031-04-12") == {"agree"}
    assert "agree" not in _status(a, b, "March 3", "last month", published_a="2031-06-12", published_b="2031-06-12")
    # control: sentences with no words in common are not paired across grains
    c = "Voters rejected the plan last month."
    assert not _status(a, c, "March 3", "last month", published_a="2031-04-12", published_b="2031-04-12")


@pytest.mark.parametrize("a", [
    "The city's new stadium had been due to open in May 2033, before the steel shortage.",
    "The city's new stadium was originally set to open in May 2033.",
])
def test_a_schedule_the_text_gives_as_changed_is_an_update(a):
    b = "The city's new stadium will open in September 2033, the council said."
    [m] = [m for m in _dates(a, b) if m.a.text == "May 2033" and m.b.text == "September 2033"]
    assert (m.status, m.relation) == ("related", "update")
    # control: two sources giving the plan two dates conflict
    plain = "The city's new stadium will open in May 2033, the mayor said."
    assert _status(plain, b, "May 2033", "September 2033") == {"conflict"}


_TERMINAL_A = ("The ferry terminal, closed since April 2 after a fire, should be handling passengers again by "
               "Thursday, the port director said.")
_TERMINAL_B = "The port director said he expected the ferry terminal to reopen to passengers by next Tuesday."


def test_one_plan_in_two_wordings_with_two_deadlines_conflicts():
    # Two verbs ("be handling again" / "reopen"), the same words around them, both deadlines
    # ahead of the articles: one plan given two dates. The span's start ("since April 2")
    # does not take the deadline's place as its partner.
    kw = {"published_a": "2031-04-07", "published_b": "2031-04-07"}
    assert _status(_TERMINAL_A, _TERMINAL_B, "Thursday", "next Tuesday", **kw) == {"conflict"}
    assert "conflict" not in _status(_TERMINAL_A, _TERMINAL_B, "April 2", "next Tuesday", **kw)
    # controls: the same deadline agrees; a denied future plans nothing
    assert _status(_TERMINAL_A, _TERMINAL_B.replace("next Tuesday", "Thursday"), "Thursday", "Thursday", **kw) == {"agree"}
    denied = "The port director said the ferry terminal would not reopen to passengers by next Tuesday."
    assert "conflict" not in _status(_TERMINAL_A, denied, "Thursday", "next Tuesday", **kw)


def test_two_verbs_of_one_sense_outrank_an_unrelated_event():
    # "start" and "begin" share a WordNet sense: the sailings' two dates are each other's best
    # partner (a conflict), ahead of the festival that happens to come first in B.
    a = "Ferry crossings to the island will start on June 8. The harbour festival is held every year."
    b = "The harbour festival opens on 2 July. The summer sailings are set to begin on 15 June."
    kw = {"published_a": "2031-04-07", "published_b": "2031-04-07"}
    assert _status(a, b, "June 8", "15 June", **kw) == {"conflict"}
    assert "conflict" not in _status(a, b, "June 8", "2 July", **kw)
    # control: the same day agrees
    assert _status(a, b.replace("15 June", "8 June"), "June 8", "8 June", **kw) == {"agree"}


def test_a_week_holds_its_days():
    # "next week" is kept as its Monday; a day of that week is the same time, a day of
    # another week is not.
    a = "Crews will finish repairs to the bridge next week, the county engineer said."
    b = "The county engineer said crews would finish repairs to the bridge on Thursday next week."
    kw = {"published_a": "2031-04-07", "published_b": "2031-04-07"}  # a Monday
    assert _status(a, b, "next week", "Thursday next week", **kw) == {"agree"}
    # this week's Thursday is not next week, but which Thursday a bare weekday names and how far
    # "next week" reaches are the writer's, read from the publication day: shown, never a conflict
    assert _status(a, b.replace(" next week", ""), "next week", "Thursday", **kw) == {"related"}


def test_a_date_before_a_deadline_keeps_it():
    # "by 2034" bounds the event from above: "in 2033" keeps the promise, "in 2035" breaks it.
    a = "The new terminal will be completed by 2034, the airport said."
    b = "The airport said the new terminal would be completed in 2033."
    assert "conflict" not in _status(a, b, "2034", "2033")
    assert _status(a, b.replace("2033", "2035"), "2034", "2035") == {"conflict"}


def test_a_light_verb_dates_the_happening_it_holds():
    # "hold" says nothing of what happens; the match held does: one match, two years
    a = "The club plans to hold its next season in Lyon, with a cup match due in 2034."
    b = "The next cup match will be held in 2035, the league said."
    assert _status(a, b, "2034", "2035") == {"conflict"}
    # control: a thing (a stadium), not a happening, under the same verbs stays related
    a2 = "The club plans to hold its next season in Lyon, with the new stadium due in 2034."
    b2 = "The new stadium will be opened in 2035, the league said."
    assert "conflict" not in _status(a2, b2, "2034", "2035")


def test_a_thing_starts_once_so_two_past_months_of_its_start_conflict():
    # months resolved against the article's date are past here; a start is not repeated
    a = "Excavation at the dam site, north of the river, began in March after a long legal fight."
    b = "About 300 people now work at the dam, and excavation started in April after months of appeals."
    assert _status(a, b, "March", "April", published_a="2031-06-10", published_b="2031-06-10") == {"conflict"}
    # control: an act that can be repeated ("met"), a past month against a past year (another
    # grain: see test_a_past_day_against_a_relative_year_stays_related), stays related
    a2 = "Union leaders at the dam site, north of the river, met ministers in March after a long legal fight."
    b2 = "About 300 people now work at the dam, and union leaders met ministers last year after months of appeals."
    assert "conflict" not in _status(a2, b2, "March", "last year", published_a="2031-06-10", published_b="2031-06-10")


def test_a_permit_expires_once_so_two_past_months_of_its_expiry_conflict():
    # a permit, a lease or a licence ceases to be valid once: its expiry is an ending, like "ended"
    a = "The ferry's operating licence had expired in February, the harbour master said."
    b = "The licence of the ferry to carry passengers expired in April and was never renewed, an official said."
    assert _status(a, b, "February", "April", published_a="2031-06-10", published_b="2031-06-10") == {"conflict"}
    # control: two licences of one firm, told apart by the words before the head, are two endings
    a2 = "The ferry firm's fishing licence expired in February, the harbour master said."
    b2 = "The ferry firm's towing licence expired in April and was never renewed, an official said."
    assert "conflict" not in _status(a2, b2, "February", "April", published_a="2031-06-10", published_b="2031-06-10")


def test_two_permits_of_one_holder_told_apart_by_their_modifiers_are_two_endings():
    # two licences of one holder, each named with its own classifier before the head, end twice:
    # whatever verbs of ending the two reports chose ("expired" / "lapsed"), no conflict
    a = "The bakery chain's liquor licence expired in March, the city clerk said."
    b = "The city clerk said the bakery chain's delivery permit lapsed in May."
    assert "conflict" not in _status(a, b, "March", "May", published_a="2031-06-10", published_b="2031-06-10")
    # control: the same licence named alike on both sides ends once, and two months of it conflict
    b2 = "The city clerk said the bakery chain's liquor licence lapsed in May."
    assert _status(a, b2, "March", "May", published_a="2031-06-10", published_b="2031-06-10") == {"conflict"}



def test_premodifiers_that_meet_or_only_describe_leave_one_thing():
    # "liquor" and "alcohol" meet in WordNet: one licence named two ways, whose end is dated twice;
    # an adjective ("disputed") describes the licence and tells no second one apart
    a = "Fighting resumed in the north, residents said. The bakery chain's liquor licence expired in March, the city clerk said."
    b = "Fighting resumed in the north, residents said. The city clerk said the bakery chain's alcohol licence lapsed in May."
    assert _status(a, b, "March", "May", published_a="2031-06-10", published_b="2031-06-10") == {"conflict"}
    b2 = "Fighting resumed in the north, residents said. The city clerk said the bakery chain's disputed licence lapsed in May."
    assert _status(a, b2, "March", "May", published_a="2031-06-10", published_b="2031-06-10") == {"conflict"}


def test_the_expressions_of_a_rule_starting_to_apply_date_one_event():
    # "comes into force", "takes effect", "enters into force", "goes into effect" say one thing
    # (data/dates.json in_force): a date under any of them dates the rule's start.
    a = "The new tenancy law comes into force on 1 March 2031, the housing ministry said."
    b = "The housing ministry said the new tenancy law would take effect on March 1, 2031."
    assert _status(a, b, "1 March 2031", "March 1, 2031") == {"agree"}
    b2 = "The housing ministry said the new tenancy law would go into effect on 1 April 2031."
    assert _status(a, b2, "1 March 2031", "1 April 2031") == {"conflict"}
    # control: the law's date meets the law's, not the date another rule takes effect
    b3 = ("The housing ministry said the new tenancy law would enter into force on 1 March 2031. A fuel "
          "levy on taxis will take effect on 1 April 2031.")
    assert _status(a, b3, "1 March 2031", "1 March 2031") == {"agree"}
    assert "conflict" not in _status(a, b3, "1 March 2031", "1 April 2031")


def test_event_of_reads_an_in_force_expression_as_taking_effect():
    from claimtrack.compare.date_events import TAKE_EFFECT, event_of
    from claimtrack.compare.pair import prepare

    for text in ("The treaty enters into force on 4 June 2031.", "The fee becomes effective on 4 June 2031.",
                 "The ban on night flights goes into effect on 4 June 2031."):
        [m] = [m for m in prepare(_doc(text, "a.txt", "2031-04-02")).mentions if m.kind == "date"]
        assert event_of(m) == TAKE_EFFECT, text
    # control: "come" or "take" with another object is not a rule starting to apply
    for text in ("Rebels came into the town on 4 June 2031.", "The clinic will take on 40 nurses on 4 June 2031."):
        [m] = [m for m in prepare(_doc(text, "a.txt", "2031-04-02")).mentions if m.kind == "date"]
        assert event_of(m) != TAKE_EFFECT, text


_PASS = "A landslide blocked the mountain pass above Varenna on Sunday. "


def test_a_date_described_by_a_when_clause_also_dates_its_own_clause():
    # "closed until Thursday, when engineers will inspect the slope": Thursday is the end of the
    # closure as well as the day of the inspection, and "stay shut until Saturday" ends it too
    # ("remain" and "stay" share a WordNet sense).
    a = _PASS + "The pass will remain closed to traffic until Thursday, when engineers will inspect the slope, the council said."
    b = "A landslide on Sunday blocked the mountain pass above Varenna. Road crews said the route would stay shut to cars until {}."
    [m] = [m for m in _dates(a, b.format("Saturday"), "2031-04-07", "2031-04-07") if m.a.text == "Thursday"]
    assert m.status == "conflict" and "remaining closed" in m.about
    assert _status(a, b.format("Thursday"), "Thursday", "Thursday", published_a="2031-04-07", published_b="2031-04-07") == {"agree"}
    # control: another event on the other side's day is not the closure's end
    c = "A landslide on Sunday blocked the mountain pass above Varenna. Road crews said they would clear the debris on Saturday."
    assert "conflict" not in _status(a, c, "Thursday", "Saturday", published_a="2031-04-07", published_b="2031-04-07")


def test_governing_event_is_read_only_beside_a_describing_clause():
    from claimtrack.compare.date_events import governing_event
    from claimtrack.compare.pair import prepare

    def event(text):
        [m] = [m for m in prepare(_doc(text, "a.txt", "2031-04-07")).mentions if m.kind == "date" and m.text == "Thursday"]
        return governing_event(m)

    assert event("The gallery will remain closed until Thursday, when the new wing opens.") == "remain"
    assert event("The gallery will remain closed until Thursday.") is None


def test_two_dates_of_one_grain_left_without_partners_meet_in_the_assignment():
    # compare.select's one-to-one assignment of dates: A's "2031" and B's "2031" share nothing but
    # their grain in one story (GRAIN_SCORE); their better-aligned partners are taken by a stronger
    # pair, so each still meets the other (never a conflict: such a pair is never strong).
    from types import SimpleNamespace

    from claimtrack.compare.candidates import Candidate
    from claimtrack.compare.dates import GRAIN_SCORE
    from claimtrack.compare.mention import Mention
    from claimtrack.compare.select import select

    def date(start):
        # (a year: every pair of them is of one precision, compare.select.SAME_PRECISION_RANK)
        return Mention("date", None, start, start + 4, "2031", None, payload=SimpleNamespace(grain="year", part=None))

    a1, a2, b1, b2 = date(10), date(50), date(20), date(60)

    def cand(a, b, score, status="related"):
        return Candidate(a, b, status, "different-date", "date", "", score)

    strong, weak_a, weak_b = cand(a2, b2, 0.8), cand(a1, b2, GRAIN_SCORE + 0.02), cand(a2, b1, GRAIN_SCORE + 0.1)
    grain_only = cand(a1, b1, GRAIN_SCORE, "agree")
    chosen = select([strong, weak_a, weak_b, grain_only])
    assert grain_only in chosen and strong in chosen
    # control: below the grain's score (no grain in common either) the pair is not made
    below = cand(a1, b1, GRAIN_SCORE / 2, "agree")
    assert below not in select([strong, weak_a, weak_b, below])


def test_a_week_and_a_day_are_not_one_grain():
    # "this week" is kept as its Monday (an ISO day), but a week is no day: with nothing else in
    # common, a week of one report and a day of the other are not paired as the same grain.
    a = _PASS + "Engineers will inspect the slope this week, the council said."
    b = "A landslide on Sunday blocked the mountain pass above Varenna. A bus carrying pilgrims turned back on Monday."
    dates = _dates(a, b, "2031-04-08", "2031-04-08")
    assert not [m for m in dates if m.a.text == "this week"]
    assert {m.status for m in dates if m.a.text == "Sunday" and m.b.text == "Sunday"} == {"agree"}


def test_the_same_relative_words_from_two_publication_days_are_never_a_conflict():
    a = "The ferry workers' union will hold its strike vote tomorrow, its leader said."
    b = "The ferry workers' union will hold its strike vote tomorrow, officials said."
    got = _dates(a, b, published_a="2031-04-02", published_b="2031-04-03")
    assert got and all(m.status != "conflict" for m in got)
    assert any(m.relation == "unresolved" for m in got)
    # control: written out, the two days of one vote conflict
    c = b.replace("tomorrow", "on April 5")
    assert _status(a, c, "tomorrow", "April 5", published_a="2031-04-02", published_b="2031-04-03") == {"conflict"}


def test_a_week_against_a_day_read_from_the_publication_date_is_never_a_conflict():
    a = "The ferry workers' union will hold its strike vote next week, its leader said."
    b = "The ferry workers' union will hold its strike vote on Friday, officials said."
    assert "conflict" not in _status(a, b, "next week", "Friday")


def test_the_same_weekday_a_week_apart_is_one_day_read_two_ways():
    # published on Tuesday 1 April 2031: "today" is that Tuesday; "on Tuesday" read forward by
    # the other's future tense is the next one, a week later: one weekday, never a conflict
    a = "The ferry workers' union holds its strike vote today, its leader said."
    b = "The ferry workers' union will hold its strike vote on Tuesday, officials said."
    got = {m.status for m in _dates(a, b, published_a="2031-04-01", published_b="2031-04-02")
           if m.a.text == "today" and m.b.text == "Tuesday"}
    assert got and "conflict" not in got
    # control: two days apart stay comparable
    c = b.replace("on Tuesday", "on Thursday")
    assert "conflict" in {m.status for m in _dates(a, c, published_a="2031-04-01", published_b="2031-04-01")
                          if m.a.text == "today" and m.b.text == "Thursday"}


def test_a_figure_in_a_relative_clause_is_not_counted_over_the_date_of_its_main_clause():
    # "which employs 300 people" describes the mill; "since Sunday" dates the closing, so the
    # closing dated two ways by two reports of one news cycle is a contradiction
    a = "The paper mill, which employs 300 people, has been closed since Sunday, the company said."
    b = "The company said it closed the paper mill on Monday after a fire in the boiler house."
    assert _status(a, b, "Sunday", "Monday") == {"conflict"}
    # control: a figure of the date's own clause is counted over that day, and another day is
    # another count ("handled 300 lorries on Sunday" / "on Monday")
    c = "The paper mill handled 300 lorries of pulp on Sunday, the company said."
    d = "The company said the paper mill handled lorries of pulp on Monday after a fire in the boiler house."
    assert "conflict" not in _status(c, d, "Sunday", "Monday")



def test_two_dates_that_end_a_span_align_more_strongly_than_an_end_and_a_day():
    # "by June 12" and "by 16 June" each end a span: like ends of a span are evidence of one
    # date (as a grain is), where the same words with "on June 12" date a day. The board plans
    # ("will"), it is under no obligation: two obligations' deadlines are one occurrence by
    # another rule (compare.date_deadlines, tests/test_compare_sole_deadline.py), whose bonus
    # would hide the one grain this test weighs
    from claimtrack.compare.dates import GRAIN_SCORE, align_dates
    from claimtrack.compare.pair import prepare

    def date_of(text: str, name: str):
        return next(m for m in prepare(_doc(text, name, "2031-04-02")).mentions if m.kind == "date")

    b = date_of("The harbour board will confirm the dredging fee by 16 June, its chair said.", "b.txt")
    deadline = date_of("The harbour board will confirm the dredging fee by June 12, its chair said.", "a.txt")
    day = date_of("The harbour board will confirm the dredging fee on June 12, its chair said.", "c.txt")
    by, on = align_dates(deadline, b, True), align_dates(day, b, True)
    assert by is not None and on is not None
    assert round(by.score - on.score, 6) == GRAIN_SCORE


def test_a_phrasal_verb_dates_its_own_event_not_its_verb_alone():
    # "set up" is one verb (WordNet: establish, found), not "set" (a verb of scheduling): a
    # charity set up in one year and founded in another is one founding dated two ways
    a = ("LEEDS, May 4 - A homeless charity run by two retired nurses will close its last shelter in June, "
         "its trustees said on Monday. The charity was set up in 2009 with a grant from the city. "
         "Donations have fallen every year since 2021, the trustees said.")
    b = ("The trustees of a homeless charity said on Monday that its last shelter would shut in June. "
         "Founded in 2011 by two retired nurses with a city grant, the charity has seen donations fall "
         "each year since 2021.")
    assert _status(a, b, "2009", "2011", published_a="2031-05-04", published_b="2031-05-04") == {"conflict"}
    # control: the founding dated the same way on both sides agrees
    assert _status(a, b.replace("2011", "2009"), "2009", "2009", published_a="2031-05-04",
                   published_b="2031-05-04") == {"agree"}
    # "falls due" is WordNet's "mature" (data/verb_paraphrases.json), "fall" alone a verb of a level
    c = ("NAIROBI, March 3 - The treasury sold a new bond on Tuesday. Most of the money will buy back a bond "
         "that falls due in March 2033, the minister said. The country last borrowed abroad in 2029.")
    d = ("The treasury sold a new bond on Tuesday, its first since 2029. It will repurchase part of the bond "
         "that matures in 2033, officials said.")
    assert _status(c, d, "March 2033", "2033", published_a="2031-03-03", published_b="2031-03-03") == {"agree"}


def test_event_of_reads_a_phrasal_predicate_only_when_wordnet_lists_it_whole():
    from claimtrack.compare.date_events import event_of
    from claimtrack.compare.pair import prepare

    def event(text: str) -> str:
        return event_of(next(m for m in prepare(_doc(text, "x.txt", "2031-04-02")).mentions if m.kind == "date"))

    assert event("The ferry company was set up in 2019 by three fishermen.") == "set up"
    assert event("The airline will phase out its oldest jets by 2035.") == "phase out"
    # a scheduling "set" keeps its carrier reading: the date is the hearing's
    assert event("The hearing was set for 14 May.") != "set up"


def test_the_day_of_a_change_and_the_start_of_the_state_it_begins_are_one_plan():
    # "will reopen on D" and "will run trains again from D": the change of state is the start of
    # the state, so two such days of one plan, said in much the same words, contradict each other
    a = ("LIMA, Feb 10 - A landslide blocked the mountain railway on Sunday. The operator said it "
         "expected to reopen the line on March 2, once crews had cleared the track.")
    b = ("The operator of the mountain railway, blocked by a landslide on Sunday, said it aimed to run "
         "trains on the line again from 23 February once crews had cleared the track.")
    assert _status(a, b, "March 2", "23 February", published_a="2031-02-10", published_b="2031-02-10") == {"conflict"}
    # control: the day of a change and the END of a state are two ends, never one date twice
    c = ("The operator of the mountain railway, blocked by a landslide on Sunday, said the line would "
         "stay shut to trains until 23 February while crews cleared the track.")
    assert "conflict" not in _status(a, c, "March 2", "23 February", published_a="2031-02-10", published_b="2031-02-10")


def test_one_event_dated_by_the_same_bare_weekday_in_both_reports_agrees():
    # "on Monday" in a report of Wednesday and in one of the next Monday is read as two Mondays a
    # week apart; for one event the one weekday names the one day both were written about
    a = ("The coastguard said a ferry carrying 300 passengers ran aground on Monday near the harbour mouth. "
         "Tugs freed it on Wednesday.")
    b = ("A ferry carrying 300 passengers ran aground on Monday near the harbour mouth, the coastguard said. "
         "It was freed by tugs two days later.")
    [m] = [m for m in _dates(a, b, "2031-04-09", "2031-04-14") if m.a.text == "Monday" and m.b.text == "Monday"]
    assert (m.status, m.relation) == ("agree", "equal")
    # control: another weekday in other words stays unresolved ("Wednesday" / "two days later")
    assert _status(a, b, "Wednesday", "two days later", published_a="2031-04-09", published_b="2031-04-14") == {"related"}
    # control: the day of writing itself ("today") dates the report, not the event
    c = a.replace("on Monday", "today")
    d = b.replace("on Monday", "today")
    assert _status(c, d, "today", "today", published_a="2031-04-09", published_b="2031-04-14") == {"related"}


def test_a_rule_in_force_from_or_by_a_date_takes_effect_then():
    # "in force" / "in effect" is the state of applying: from or by a date it dates the taking
    # effect, as "comes into force" does; until a date it dates the end
    from claimtrack.compare.date_events import TAKE_EFFECT, event_of
    from claimtrack.compare.pair import prepare

    def event(text: str) -> str:
        return event_of(next(m for m in prepare(_doc(text, "x.txt", "2031-04-02")).mentions if m.kind == "date"))

    assert event("The minister said he wanted the grocery code in force by mid-2032.") == TAKE_EFFECT
    assert event("The new tolls will be in effect from 3 March, the council said.") == TAKE_EFFECT
    assert event("The curfew will remain in force until Sunday, the police said.") != TAKE_EFFECT
    a = ("WELLINGTON - Supermarkets were fined on Tuesday. A mandatory grocery code on unit pricing will take "
         "effect on 1 July 2032, the ministry said. The chain was fined in 2030 too.")
    b = ("Supermarkets were fined on Tuesday. The minister said the mandatory grocery code on unit pricing would "
         "be in force from 1 September 2032. The chain was also fined in 2030.")
    [m] = [m for m in _dates(a, b) if m.a.text == "1 July 2032"]
    assert m.status == "conflict" and "the same event (take effect)" in m.reason


def test_a_negated_condition_sets_a_deadline_and_denies_no_plan():
    # "lapse if it was not accepted by August 14": the condition's negation states the deadline of
    # the offer, so against "stood until 21 August" it is one plan dated two ways
    a = ("AMSTERDAM, July 30 - A Dutch brewer bid for a Czech rival on Tuesday. A spokesman for the brewer said "
         "it would let its offer for the Czech brewery lapse if it was not accepted by August 14.")
    b = ("A Dutch brewer bid for a Czech rival on Tuesday. The brewer said its offer for the Czech brewery stood "
         "until 21 August, a spokesman said.")
    assert _status(a, b, "August 14", "21 August", published_a="2031-07-30", published_b="2031-07-30") == {"conflict"}
    # control: a negated plan outside a condition plans nothing
    c = ("AMSTERDAM, July 30 - A Dutch brewer bid for a Czech rival on Tuesday. A spokesman for the brewer said "
         "its offer for the Czech brewery would not be accepted by August 14.")
    assert _status(c, b, "August 14", "21 August", published_a="2031-07-30", published_b="2031-07-30") == {"related"}


def test_restart_is_an_aspectual_verb_that_dates_what_it_restarts():
    # "restart" (WordNet: resume, take up anew) dates the talks it restarts, as "resume" dates the
    # negotiations: one happening under two names, dated two ways
    a = ("Dock workers walked out at the port of Salvo last week. Negotiations led by a mediator will resume "
         "on Thursday in the capital, the labour minister said.")
    b = "The strike at the port of Salvo is in its second week. Talks with a state mediator should restart on Friday."
    kw = {"published_a": "2031-03-04", "published_b": "2031-03-04"}
    assert _status(a, b, "Thursday", "Friday", **kw) == {"conflict"}
    # control: the same day agrees
    assert _status(a, b.replace("Friday", "Thursday"), "Thursday", "Thursday", **kw) == {"agree"}
