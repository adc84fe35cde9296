"""One event dated by two reports in their own words (compare.dates, compare.date_events, compare.date_one_event): two
verbs for one happening whose clauses name one thing, and a figure that says whom a happening
concerns, which counts nothing over its day. Each mechanism is shown with a control pair that keeps the other verdict.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _status(a: str, b: str, da: str, db: str, published: str = "2031-04-02") -> set:
    """The statuses diff gives the pair of dates written `da` in A and `db` in B."""
    report = diff_pair(extracted_doc(a, "a.txt", published), extracted_doc(b, "b.txt", published))
    return {m.status for m in report.matches if m.kind == "date" and m.a.text == da and m.b.text == db}


def test_one_happening_told_with_two_verbs_about_one_thing_conflicts():
    # "taken from the tombs" / "dug out of the tombs": two verbs, one removal of the relics
    a = "The relics were taken from the hillside tombs by the surveyor Ana Ruiz in 1921, the museum said."
    b = "The library voted on Monday to return the relics, which the surveyor Ana Ruiz dug out of the tombs in 1923."
    assert _status(a, b, "1921", "1923") == {"conflict"}
    # control: the same year written on both sides agrees
    assert _status(a, b.replace("1923", "1921"), "1921", "1921") == {"agree"}


def test_two_verbs_whose_clauses_name_nothing_alike_stay_related():
    a = "The relics were taken from the hillside tombs in 1921, the library said."
    b = "The library, whose reading room opened to scholars in 1923, voted on Monday to return them."
    assert "conflict" not in _status(a, b, "1921", "1923")


def test_two_parties_named_alike_things_are_two_events():
    # one thing named on both sides, but two countries act: two events, not one dated twice
    a = "Chile's new parliament building will be finished in 2029."
    b = "Peru's new parliament building will be completed in 2030."
    assert "conflict" not in _status(a, b, "2029", "2030")


def test_two_past_days_told_with_two_verbs_about_one_thing_conflict_within_a_news_cycle():
    # "closed to fishing boats" / "barred fishing boats": two verbs, one closure of the harbour; two
    # past days of one news cycle, each read from its article's date, name one moment firmly
    a = "The harbour was closed to fishing boats on March 3, after the oil slick was found near the pier."
    b = "Fishing boats have been barred from the harbour since 24 February, when the oil slick was found near the pier."
    assert _status(a, b, "March 3", "24 February", published="2031-03-10") == {"conflict"}
    # control: days five weeks apart, each read from its article's date, may be two happenings
    # (a closure, and a later second one)
    c = b.replace("since 24 February", "since 27 January")
    assert "conflict" not in _status(a, c, "March 3", "27 January", published="2031-03-10")


def test_a_figure_naming_who_a_happening_concerns_counts_nothing_over_its_day():
    # "the trial of the two officers": the figure says whom the trial concerns; the day dates the
    # trial's halt, one event, not a count made per day
    a = "A court in the capital halted the trial of the two officers on Tuesday after a juror fell ill."
    b = "The trial of the two officers was suspended on Wednesday when a juror fell ill, court officials said."
    assert _status(a, b, "Tuesday", "Wednesday", published="2031-09-27") == {"conflict"}
    # control: a count made over each day ("sold 300 tickets on Monday") may be two days' counts
    c = "The museum sold 300 tickets for the exhibition on Monday, its director said."
    d = "The museum's director said it sold 250 tickets for the exhibition on Tuesday."
    assert "conflict" not in _status(c, d, "Monday", "Tuesday", published="2031-09-27")


def test_a_verb_of_ending_dates_the_end_of_the_state_as_until_does():
    # "will end on May 12" and "stays in place until 15 May": one end of one warning, dated twice
    a = "The flood warning for the river valley will end on May 12, the weather service said."
    b = "The weather service said its warning for the valley would stay in place until 15 May."
    assert _status(a, b, "May 12", "15 May", published="2031-05-02") == {"conflict"}
    # control: the end of the warning and its start are two ends of one span, never one date twice
    c = "The weather service said its warning for the valley had been in place since 15 April."
    assert "conflict" not in _status(a, c, "May 12", "15 April", published="2031-05-02")


def test_a_rule_taking_effect_and_another_act_on_the_rule_are_two_events():
    # "the toll takes effect" / "the council unveiled the toll": one thing named on both sides, but
    # a rule is made or announced on one day and starts to apply on another
    lead = "Drivers crossing the Orlen viaduct will soon pay a toll. "
    a = lead + "The new viaduct toll came into force on 14 March 2031, the county council said."
    b = lead + "The county council unveiled the new viaduct toll on 12 March 2031."
    assert "conflict" not in _status(a, b, "14 March 2031", "12 March 2031", published="2031-03-16")
    # control: the toll taking effect, told with another expression of it, is one event dated twice
    c = lead + "The new viaduct toll took effect on 12 March 2031, the county council said."
    assert _status(a, c, "14 March 2031", "12 March 2031", published="2031-03-16") == {"conflict"}


def test_the_start_and_the_end_of_one_happening_are_two_moments():
    # "the excavation" is read as the act of excavating under both aspectual verbs; the start of it
    # and its end are two moments
    lead = "Archaeologists will dig at the old fort of Skarnes this summer. "
    a = lead + "The excavation will start on 4 June, the county museum said."
    b = lead + "The excavation will end on 19 June, the county museum said."
    assert "conflict" not in _status(a, b, "4 June", "19 June", published="2031-05-20")
    # control: two starts of the excavation, told with two verbs of starting, are one start dated twice
    c = lead + "The excavation is due to begin on 7 June, the county museum said."
    assert _status(a, c, "4 June", "7 June", published="2031-05-20") == {"conflict"}


def test_a_verb_of_starting_dates_the_happening_its_object_names():
    # "start flights" dates the flights, as "flights are planned for" does (a noun WordNet gives as
    # an act or event, read under a verb of starting as under a scheduling verb); "next year"
    # names when, not what (the date's own words are no evidence of another thing)
    lead = "A small airline will serve the Holm islands. "
    a = lead + "The first flights are planned for next year, the airline said."
    b = lead + "The airline intends to start flights from the port of Varda in 2033."
    assert _status(a, b, "next year", "2033", published="2031-05-08") == {"conflict"}
    # a noun derived from a verb ("sailings"), whose own words "next year" kept the two apart
    lead = "A ferry company will serve the Holm islands. "
    c = lead + "The first sailings are planned for next year, the company said."
    d = lead + "The company intends to start sailings to the outer islands from the port of Varda in 2033."
    assert _status(c, d, "next year", "2033", published="2031-05-08") == {"conflict"}
    # control: another happening under the verb of starting
    e = lead + "The company intends to start cargo deliveries to the outer islands from the port of Varda in 2033."
    assert "conflict" not in _status(c, e, "next year", "2033", published="2031-05-08")


def test_a_clause_describing_a_date_names_a_happening_the_other_report_may_date():
    # "the flooding started on Monday, when seawater burst into the shaft": the describing
    # clause tells what happened then, which the other report dates as its own clause
    lead = "Forty miners were rescued from the Korvik coal pit. "
    a = lead + "The miners were cut off when seawater broke into the lowest shaft late on Sunday, the agency said."
    b = lead + "The flooding started on Monday morning, when seawater burst into the lowest shaft 300 metres underground."
    report = diff_pair(extracted_doc(a, "a.txt", "2031-10-08"), extracted_doc(b, "b.txt", "2031-10-08"))
    assert {m.status for m in report.matches if m.kind == "date"} == {"conflict"}
    # control: a describing clause that tells another happening (divers reaching the shaft)
    c = lead + "The rescue began on Monday morning, when the first team of divers reached the shaft."
    report = diff_pair(extracted_doc(a, "a.txt", "2031-10-08"), extracted_doc(c, "b.txt", "2031-10-08"))
    assert "conflict" not in {m.status for m in report.matches if m.kind == "date"}


def test_two_acts_of_one_story_at_two_precisions_are_not_one_event_by_their_words():
    # a deal signed on a day and a rise it brings in a month (or hiring it brings next year): the
    # clauses share the deal's words, but under two verbs and at two precisions they are two acts
    lead = "The dockers' union reached a pay deal with the port of Ravna. "
    a = lead + "Crane fees will rise in August under the deal with the port, the union said."
    b = lead + "The deal with the port will be signed on Monday 8 June, the union said."
    assert "conflict" not in _status(a, b, "August", "Monday 8 June", published="2026-06-02")
    c = lead + "The port will hire 60 more dockers next year under the deal, the union said."
    d = lead + "The union and the port will sign the deal on Monday, the union said."
    assert "conflict" not in _status(c, d, "next year", "Monday", published="2026-06-02")
    # control: the same rise, told with two verbs at one precision, is one event dated twice
    e = lead + "Crane fees will go up in September under the deal with the port, the union said."
    assert _status(a, e, "August", "September", published="2026-06-02") == {"conflict"}


def test_a_partner_whose_verbs_tell_one_event_outranks_one_that_shares_more_words():
    # B's first sentence shares more words with A's (miners, shaft, late, the agency) but tells
    # another happening; its second tells A's breaking-through with another verb of one sense
    lead = "Forty miners were rescued from the Korvik coal pit. "
    a = lead + "The miners were cut off when seawater broke into the lowest shaft late on Sunday, the agency said."
    b = (lead + "Rescue teams pulled the last of the miners out of the flooded shaft late last night, the agency said. "
         "The flooding started on Monday morning, when seawater burst into the lowest shaft 300 metres underground.")
    report = diff_pair(extracted_doc(a, "a.txt", "2031-10-08"), extracted_doc(b, "b.txt", "2031-10-09"))
    statuses = {(m.a.text, m.b.text): m.status for m in report.matches if m.kind == "date"}
    assert statuses.get(("Sunday", "Monday")) == "conflict"
    assert statuses.get(("Sunday", "last night")) != "conflict"


def test_an_edition_named_by_its_year_is_another_happening_than_another_years():
    # "the 2026 races" names one edition of a race held every year; "the races from next year"
    # are later editions: the two reports date two happenings, whatever their verbs
    lead = "The rowing club of Lindvik signed a sponsorship deal with a ferry company. "
    a = lead + "The deal covers the club's races from next year, the club said."
    b = lead + "The 2026 races start on 4 June on the lake, the club said."
    assert "conflict" not in _status(a, b, "next year", "2026", published="2026-05-20")
    assert "conflict" not in _status(a, b, "next year", "4 June", published="2026-05-20")
    # control: the one edition dated twice still conflicts
    c = lead + "The 2026 races start on 11 June on the lake, the club said."
    assert _status(b, c, "4 June", "11 June", published="2026-05-20") == {"conflict"}


def test_a_change_and_the_start_of_a_state_are_one_plan_only_for_one_subject():
    # "replacement coaches will run from Monday" / "the ferry link will reopen on 14 April": a
    # change of state is the start of the state it leads to, of one thing; here two things
    lead = "The ferry link between Osholm and the mainland is suspended after a collision. "
    a = lead + "Replacement coaches will run from Monday, the harbour authority said."
    b = lead + "The ferry link will reopen on 14 April at the earliest, the harbour authority said."
    assert "conflict" not in _status(a, b, "Monday", "14 April", published="2026-04-02")
    # control: the link reopening and the link running again from a day are one plan
    c = lead + "The ferry link will run sailings again from 9 April, the harbour authority said."
    assert _status(b, c, "14 April", "9 April", published="2026-04-02") == {"conflict"}


def test_a_start_read_from_its_noun_meets_another_verb_of_starting_on_a_synonym():
    # "the fire began" dates the fire (the noun under a verb of starting); "the blaze broke out"
    # starts a blaze: break out is a way to begin, and blaze and fire are WordNet synonyms, so the
    # two dates date one start, though the clauses share no other word
    lead = "Fourteen buses were lost when fire swept through a transport yard in Selvik. "
    a = lead + "The blaze broke out in a repair shed on Friday night, the fire service said."
    b = lead + "The fire began near the fuel pumps on Thursday evening, according to the operator."
    report = diff_pair(extracted_doc(a, "a.txt", "2026-03-08"), extracted_doc(b, "b.txt", "2026-03-08"))
    assert {m.status for m in report.matches if m.kind == "date"} == {"conflict"}
    # control: another happening's start under the verb of starting stays apart
    c = lead + "A strike by drivers began near the fuel pumps on Thursday evening, according to the operator."
    report = diff_pair(extracted_doc(a, "a.txt", "2026-03-08"), extracted_doc(c, "b.txt", "2026-03-08"))
    assert "conflict" not in {m.status for m in report.matches if m.kind == "date"}


def test_the_opening_and_the_closing_of_a_fair_are_its_two_ends():
    # "closes with a parade on 16 July" / "begins with a parade on 3 July": the clauses name the
    # same things, but a thing that runs for a time opens and closes on two days
    lead = "The county fair returns to Brenna this summer. "
    a = lead + "The fair closes with a parade through the old town on 16 July, the organisers said."
    b = lead + "The fair begins with a parade through the old town on 3 July, the organisers said."
    assert "conflict" not in _status(a, b, "16 July", "3 July", published="2026-05-20")
    # control: its opening told with two verbs is one start dated twice
    c = lead + "The fair opens with a parade through the old town on 5 July, the organisers said."
    assert _status(b, c, "3 July", "5 July", published="2026-05-20") == {"conflict"}
