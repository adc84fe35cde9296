"""Which occurrence a bare weekday or a month-day without a year names: the tense that governs it.

Sentences are invented; each case states a general fact of English (issue 16: "a past-tense
'on Monday' is never after publication").
"""

from __future__ import annotations

import pytest

from claimtrack.pipeline.extensions import DATES, PUBLISHED, views

PUBLISHED_ON = "2026-09-16"  # a Wednesday


def model_dates(nlp, text, published=PUBLISHED_ON):
    doc = nlp.make_doc(text)
    doc._.set(PUBLISHED, published)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.iso) for m in views(doc, DATES) if m.iso]


# ------------------------------------------------------------------ a participle that modifies a noun
# A present participle after a noun is a reduced relative clause ("a convoy carrying aid" = "a
# convoy that was carrying aid"): it has no tense of its own, and the parser often hangs the
# weekday from it. Its time is that of the clause the noun belongs to.

@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("Rebels attacked a convoy carrying food aid near the border on Sunday, officials said.", "Sunday", "2026-09-13"),
        ("Firefighters rescued a family sleeping on the upper floor on Monday.", "Monday", "2026-09-14"),
        ("Inspectors seized a lorry hauling untaxed cigarettes late on Tuesday.", "Tuesday", "2026-09-15"),
        # the same shape with a future main clause looks forward
        ("Police will question a man carrying a knife on Friday.", "Friday", "2026-09-18"),
    ],
)
def test_a_participle_after_a_noun_takes_the_tense_of_its_clause(nlp, text, day, expected):
    assert (day, expected) in model_dates(nlp, text)


def test_a_past_participle_after_a_noun_keeps_its_own_reading(nlp):
    """'a report published on Monday' is anterior even under a future main verb."""
    assert model_dates(nlp, "The committee will discuss a report published on Monday.") == [("Monday", "2026-09-14")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the participle completes the object of a verb of wanting or planning: a state to come
        ("The regulator wants every meter replaced by the end of March.", [("the end of March", "2027-03")]),
        ("The mayor will order the market closed in May.", [("May", "2027-05")]),
        # controls: a past governor, and a verb that is not one of wanting or planning
        ("The regulator wanted every meter replaced by the end of March.", [("the end of March", "2026-03")]),
        ("Inspectors found the roof damaged in May.", [("May", "2026-05")]),
    ],
)
def test_a_participle_completing_the_object_of_a_verb_of_wanting_looks_forward(nlp, text, expected):
    assert model_dates(nlp, text) == expected


# ------------------------------------------------------------------ a clause that describes the date
# "12 June, the day she was suspended", "4 May, when the lease lapsed": what happened on the date
# says where it lies, whatever the tense of the verb the date hangs from.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The suspension runs from 3 March, the day the inquiry opened.", [("3 March", "2026-03-03")]),
        ("The fine is backdated to April 2, when the plant failed its inspection.", [("April 2", "2026-04-02")]),
        ("Officials said the lease would run from 4 May, when the old one lapsed.", [("4 May", "2026-05-04")]),
        ("The new fares apply from 2 January, the day the timetable changes.", [("2 January", "2027-01-02")]),
    ],
)
def test_a_clause_describing_the_date_gives_its_time(nlp, text, expected):
    assert model_dates(nlp, text) == expected


def test_without_a_describing_clause_the_verb_decides(nlp):
    """The control: the same verbs with no clause on the date keep the verb's reading."""
    assert model_dates(nlp, "The new fares will apply from 2 March.") == [("2 March", "2027-03-02")]


def test_a_which_clause_after_a_date_describes_a_thing_not_the_date(nlp):
    """'bonds issued June 3, which will pay interest ...': the relative clause is the bonds'."""
    assert model_dates(nlp, "The bank sold bonds issued June 3, which will pay interest next year.",
                       "2026-09-16")[:1] == [("June 3", "2026-06-03")]


# ------------------------------------------------------------------ headlines and captions
# News writes headlines and photo captions in the present tense about what already happened
# (the historical present); a future form keeps its reading.

HEADLINED = ("Dockers walk out at three ports on Monday\n\n"
             "Photo: Pickets gather outside the gates of the container terminal on Tuesday. (Agency)\n\n"
             "The union meets employers on Friday, a spokesman said.")


def test_headline_and_caption_present_is_past_the_body_present_is_future(nlp):
    assert model_dates(nlp, HEADLINED) == [("Monday", "2026-09-14"), ("Tuesday", "2026-09-15"), ("Friday", "2026-09-18")]


@pytest.mark.parametrize(
    "label", ["Photo caption:", "Image caption:", "Picture caption:", "Pictured:", "Caption:"])
def test_a_labelled_caption_present_is_past(nlp, label):
    """Web pages print an embedded picture's caption with a label; its present tense tells what
    the picture shows, which happened before publication (published on a Wednesday)."""
    text = f"{label} Volunteers stack sandbags along the canal on Tuesday."
    assert model_dates(nlp, text) == [("Tuesday", "2026-09-15")]


def test_a_headline_infinitive_looks_forward(nlp):
    assert model_dates(nlp, "Governor to sign water bill on Friday\n\nLawmakers passed it.") == [("Friday", "2026-09-18")]


@pytest.mark.parametrize(
    "text, event",
    [
        ("The gallery stays shut until 17 May, when it is due to reopen.", "reopen"),
        ("The levy applies from 1 July, the day the new law took effect.", "take"),
        ("The gallery stays shut until 17 May.", "shut"),  # control: no clause on the date
    ],
)
def test_a_clause_describing_the_date_names_the_event_it_dates(text, event):
    from claimtrack.extract import extract

    out = extract([], text=text, published=PUBLISHED_ON)
    assert [d.frame.event for c in out.claims for d in c.dates] == [event]


def test_a_headline_present_with_a_month_keeps_the_publication_year(nlp):
    """Headlines also write what is scheduled in the present: their present gives no tense, so
    a month ahead stays this year's (the reading without tense)."""
    text = "Price caps on bus fares start in October\n\nThe transport authority approved the caps."
    assert model_dates(nlp, text, "2026-08-20") == [("October", "2026-10")]


def test_a_date_of_an_act_keeps_its_act_beside_a_describing_clause():
    """'inspected in 2023, when engineers found rust': the date dates the inspection."""
    from claimtrack.extract import extract

    out = extract([], text="The dam was last inspected in 2023, when engineers found rust.", published=PUBLISHED_ON)
    assert [d.frame.event for c in out.claims for d in c.dates] == ["inspect"]


# ------------------------------------------------------------------ a present that states what holds now
# "Inflation in December is the highest in a decade" (written in January) reports a figure: the
# copula's present is no plan, unless its subject is an event or its complement a plan word.

@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Unemployment in November is the lowest in six years.", "2027-01-12", [("November", "2026-11")]),
        ("Factory orders are up 3% in December from a month earlier.", "2027-01-12", [("December", "2026-12")]),
        # controls: an event subject, a plan word (written in November: next year's March)
        ("The referendum is in March.", "2026-11-10", [("March", "2027-03")]),
        ("The first payment is due in March.", "2026-11-10", [("March", "2027-03")]),
    ],
)
def test_a_present_copula_reports_what_holds_now(nlp, text, published, expected):
    assert model_dates(nlp, text, published)[:1] == expected


# ------------------------------------------------------------------ an infinitive has no tense of its own
# What a to-infinitive names is unrealised at the time of the clause it hangs from (Stowell
# 1982): under a present clause it lies ahead, however deep in a chain of infinitives the parser
# hangs it; under a past clause it may lie behind.

@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("The club wants the pitch to be relaid and the stand to reopen on Saturday.", "Saturday", "2026-09-19"),
        ("The airline expects repairs to take two days and the jet to fly again on Friday.", "Friday", "2026-09-18"),
        # the parser hangs the second infinitive from a noun of the first: the climb goes on
        ("The firm expects the audit to cost about 2 million euros and the plant to restart on Friday.", "Friday",
         "2026-09-18"),
        ("The council needs the road to be resurfaced and the bridge to reopen on Friday.", "Friday", "2026-09-18"),
        # an infinitival relative under a past clause: no answer, the latest one
        ("He was the first climber to reach the summit on Monday.", "Monday", "2026-09-14"),
        # under a past clause nothing says it lies ahead: the latest one
        ("She travelled to Leeds to see her brother on Monday.", "Monday", "2026-09-14"),
        # a perfect infinitive is anterior
        ("The boat is thought to have sunk on Sunday.", "Sunday", "2026-09-13"),
    ],
)
def test_an_infinitive_takes_its_time_from_the_finite_clause(nlp, text, day, expected):
    assert (day, expected) in model_dates(nlp, text)


# ------------------------------------------------------------------ what a prediction predicts
# A prediction is an instant: a span it seems to close is the predicted state's, which lies
# after the prediction whatever the verb's tense.

def test_a_span_closed_under_a_verb_of_predicting_lies_ahead(nlp):
    assert model_dates(nlp, "Meteorologists forecast strong winds along the coast until Thursday.") == [
        ("Thursday", "2026-09-17")]
    assert model_dates(nlp, "The agency forecast strong winds along the coast until Thursday.") == [
        ("Thursday", "2026-09-17")]
    assert model_dates(nlp, "Forecasters predicted heavy snow in the valley until Saturday.") == [
        ("Saturday", "2026-09-19")]


def test_a_day_a_prediction_was_made_keeps_the_past(nlp):
    # "on Monday" dates the act of predicting, which is over
    assert model_dates(nlp, "Economists predicted a slowdown on Monday.") == [("Monday", "2026-09-14")]


# ------------------------------------------------------------------ a date before a complementizer
# A clause begins at its complementizer or subordinator: a date before "that" lies outside the
# clause, whatever verb the parser hangs it from. The parse is given (the parser sometimes hangs
# such a date from the inner verb, whose modal would send a past day a week ahead).

def test_a_date_before_that_is_not_dated_by_the_inner_clause(nlp):
    from spacy.tokens import Doc

    from claimtrack.pipeline.dates import _is_future

    words = ["Ministers", "shrugged", "off", "warnings", "on", "Thursday", "that", "tolls", "could", "hurt", "trade"]
    heads = [9, 9, 1, 2, 9, 4, 9, 9, 9, 9, 9]  # the misparse: everything hung from "hurt"
    deps = ["nsubj", "advcl", "prt", "dobj", "prep", "pobj", "mark", "nsubj", "aux", "ROOT", "dobj"]
    tags = ["NNS", "VBD", "RP", "NNS", "IN", "NNP", "IN", "NNS", "MD", "VB", "NN"]
    pos = ["NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "SCONJ", "NOUN", "AUX", "VERB", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    start = doc[5].idx
    assert _is_future(doc)(start, start + len("Thursday")) is None
    # control: after the complementizer the date is the inner clause's
    words2 = ["Ministers", "warned", "that", "tolls", "could", "hurt", "trade", "on", "Thursday"]
    heads2 = [1, 1, 5, 5, 5, 1, 5, 5, 7]
    deps2 = ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj", "prep", "pobj"]
    tags2 = ["NNS", "VBD", "IN", "NNS", "MD", "VB", "NN", "IN", "NNP"]
    pos2 = ["NOUN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "NOUN", "ADP", "PROPN"]
    doc2 = Doc(nlp.vocab, words=words2, heads=heads2, deps=deps2, tags=tags2, pos=pos2)
    start2 = doc2[8].idx
    assert _is_future(doc2)(start2, start2 + len("Thursday")) is True


# ------------------------------------------------------------------ what the verb's form leaves unsaid
# English does not repeat an auxiliary in coordination, spells some pasts as the base form, and
# gives a participle no tense of its own; the day's part goes with the day.

@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb joined by "and" with no subject or auxiliary of its own shares the first verb's
        ("The minister said the agency would hire new staff and open an office in November.", [("November", "2026-11")]),
        ("The agency hired new staff and opened an office in November.", [("November", "2025-11")]),  # control
        # ... and so does one whose own auxiliary is a base form ("be", "have"): the modal covers both
        ("The club said its coach would retire in May and be succeeded in July.",
         [("May", "2027-05"), ("July", "2027-07")]),
        ("The coach retired in May and was succeeded in July.", [("May", "2026-05"), ("July", "2026-07")]),  # control
        # "hurt" after a singular subject is a past: a present would agree ("hurts")
        ("Weakness in bank shares hurt the index on Friday.", [("Friday", "2026-09-11")]),
        # a present participle without "be" takes its head verb's tense
        ("A fisherman was found Boxing Day clinging to a buoy.", [("Boxing Day", "2025-12-26")]),
        # "on Thursday morning": the day's part does not make the day a modifier of a thing
        ("Officials said they would not evict the tenants on Thursday morning.", [("Thursday", "2026-09-17")]),
        ("The agency postponed until Friday morning any decision on the permit.", [("Friday", "2026-09-18")]),
        ("The ministry issued a statement on Monday morning.", [("Monday", "2026-09-14")]),  # control
        # American "through" closes a span like "until"
        ("The council has extended the parking ban through February.", [("February", "2027-02")]),
        ("The ban ran through February.", [("February", "2026-02")]),  # control
    ],
)
def test_tense_the_verb_form_leaves_unsaid(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The opening of the new wing is planned for October.", [("October", "2026-10")]),
        ("Sales for March rose 4%.", [("March", "2026-03")]),
        ("Party members voted for May as leader.", []),  # a name as often as the month
    ],
)
def test_a_month_after_for(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was the best result they could expect in a year of drought.", []),
        ("Growers will remember it as a hard season in a year of floods.", []),
        ("The bridge will reopen in a week.", [("a week", "2026-09-23")]),  # control: a time from now
    ],
)
def test_a_year_described_is_no_time_from_now(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day a decision takes effect or a sum falls due lies at or after the act that sets it
        ("The board created a new deputy post, effective Feb. 1.", [("Feb. 1", "2027-02-01")]),
        ("The final dividend is payable Jan. 5.", [("Jan. 5", "2027-01-05")]),
        ("The fee rose in March, backdated to January 1.", [("March", "2026-03"), ("January 1", "2026-01-01")]),
    ],
)
def test_a_date_of_taking_effect_lies_after_the_act(nlp, text, expected):
    assert model_dates(nlp, text) == expected


def test_a_colon_after_a_month_day_is_punctuation_not_a_clock():
    """'Monday, Sept. 14:' is one date; '6:30' after a day is a time of that day."""
    from claimtrack.parsers.dates import find_dates

    got = [(d.text, d.iso) for d in find_dates("The council wrote on Monday, Sept. 14: the bridge stays shut.", PUBLISHED_ON)]
    assert got == [("Monday, Sept. 14", "2026-09-14")]
    assert [(d.text, d.iso) for d in find_dates("Gates open on Sept. 19 at 6:30.", PUBLISHED_ON)] == [("Sept. 19", "2026-09-19")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a month after "for" that names what a thing belongs to is the nearest one, whatever the
        # tense (published 16 September 2026)
        ("Traders placed heavy orders for October delivery.", [("October", "2026-10")]),
        ("Mills booked most of the space for August shipments.", [("August", "2026-08")]),
        ("Mills booked cargo space for August.", [("August", "2026-08")]),  # control: the tense's
        ("Growers booked space for February shipments.", [("February", "2027-02")]),
    ],
)
def test_an_attributive_month_after_for_is_the_nearest(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a deadline a verb of granting time sets lies after the act
        ("The regulator gave the two bidders until Friday to improve their offers.", [("Friday", "2026-09-18")]),
        ("The tenants were granted until October 30 to leave.", [("October 30", "2026-10-30")]),
        ("The tenants were told on Monday to leave.", [("Monday", "2026-09-14")]),  # control
    ],
)
def test_a_deadline_granted_lies_after_the_act(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an act of prohibiting starts the prohibition: its "until" lies after the act
        ("The regulator banned the sale of the pesticide until June.", [("June", "2027-06")]),
        ("The city has barred lorries from the bridge until May.", [("May", "2027-05")]),
        # a passive may tell a past state that has ended; a past perfect sets the act before a past time
        ("The sale was banned until June.", [("June", "2026-06")]),
        # an act dated in its own clause: the span it opens closes after that date, not after today
        ("In March the regulator banned the sale of the pesticide until June to test it again.",
         [("March", "2026-03"), ("June", "2026-06")]),
        ("The city had barred lorries from the bridge until May.", [("May", "2026-05")]),
    ],
)
def test_the_end_of_a_prohibition_lies_after_the_act(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "could not" outside reported speech is the past of "cannot": what happened
        ("Divers could not reach the sunken ferry on Monday because of the swell.", [("Monday", "2026-09-14")]),
        ("The mayor couldn't attend the ceremony on Friday.", [("Friday", "2026-09-11")]),
        # a negative subject negates the clause as "not" does
        ("Neither the skipper nor his mate could be found on Monday.", [("Monday", "2026-09-14")]),
        ("Nobody could say on Friday why the siren stayed silent.", [("Friday", "2026-09-11")]),
        ("No engineers could reach the pylon on Monday.", [("Monday", "2026-09-14")]),
        # a speaker's own words in quotation marks keep the speaker's tenses (no backshift),
        # though the parser hangs them from "said" as its complement
        ('"The pickers could not get to the orchard on Sunday night," said Rosa Vidal, a farmer.',
         [("Sunday", "2026-09-13")]),
        ('"We couldn\'t sell a single crate on Tuesday," the grower said.', [("Tuesday", "2026-09-15")]),
        # a positive "could" and a reported one look forward
        ("The strike could shut the port on Friday.", [("Friday", "2026-09-18")]),
        ("The operator said the line could not reopen before Friday.", [("Friday", "2026-09-18")]),
    ],
)
def test_could_not_outside_reported_speech_is_past(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a month that modifies a noun with no cue word before it, read from the parse: the
        # tense of the noun's clause (published 16 September 2026)
        ("The mint had put August sales at 40,000 coins.", [("August", "2026-08")]),
        ("Dealers said November orders fell by a third.", [("November", "2025-11")]),
        ("Dockers said October strikes would go ahead.", [("October", "2026-10")]),
        # the modal and the name are no months
        ("Farmers May sell their land.", []),
        ("Theresa May said orders fell.", []),
    ],
)
def test_a_month_modifying_a_noun_without_a_cue(nlp, text, expected):
    assert model_dates(nlp, text) == expected


# ------------------------------------------------------------------ reported speech: the future seen from the past
# "would" in a reported clause is the future seen from the time of saying; a date inside that
# clause is the clause's, even where it stands before the clause's subject.

@pytest.mark.parametrize(
    "text, expected",
    [
        # after "that" the date is inside the reported clause, whatever stands before its subject
        ("The agency said that from Monday the office would open late.", [("Monday", "2026-09-21")]),
        ("The agency said on Monday that the office would open late.", [("Monday", "2026-09-14")]),  # control
        # a deadline set by "by" in a participle under a future clause has not passed
        ("The council said flats registered by December 1 would get the grant.", [("December 1", "2026-12-01")]),
        ("The council said flats registered on December 1 were inspected.", [("December 1", "2025-12-01")]),  # control
        # a part of a month stands where the month would
        ("The club said season tickets renewed by the end of March would keep their seats.",
         [("the end of March", "2027-03")]),
    ],
)
def test_a_date_inside_a_reported_future_clause_looks_forward(nlp, text, expected):
    assert model_dates(nlp, text) == expected


# ------------------------------------------------------------------ the time a thing is arranged for
# "for" after a verb of arranging gives the time the thing is set for, which comes after the
# arranging whatever its tense; "on" may date the arranging itself and says nothing.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The drivers' union has called a stoppage at the depot for Friday.", [("Friday", "2026-09-18")]),
        ("The vote was set for January 12, the council said.", [("January 12", "2027-01-12")]),
        ("Organisers booked the hall for Monday.", [("Monday", "2026-09-21")]),
        ("The board set the ballot for Tuesday.", [("Tuesday", "2026-09-22")]),
        ("The union called a stoppage on Monday.", [("Monday", "2026-09-14")]),  # control: "on"
    ],
)
def test_the_time_a_thing_is_arranged_for_lies_ahead(nlp, text, expected):
    assert model_dates(nlp, text) == expected


# ------------------------------------------------------------------ a month that names a thing
# "the April frost", "the August rains": the occurrence nearest the publication date, unless the
# thing is the subject of a clause whose tense says it has happened (then not after publication)
# or is still to come; a thing named as an object may lie on either side of a past act.

@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Growers said the April frost had killed most of the blossom.", "2026-02-10", [("April", "2025-04")]),
        ("Forecasters said the August rains would arrive late.", "2026-12-01", [("August", "2027-08")]),
        ("Forecasters said the August rains would arrive late.", "2026-09-16", [("August", "2027-08")]),
        # no tense either way: the nearest
        ("Growers fear the April frost.", "2026-02-10", [("April", "2026-04")]),
        # a thing named as an object may lie ahead of a past act: the nearest
        ("The mayor won the primary, setting up a November runoff.", "2026-08-05", [("November", "2026-11")]),
    ],
)
def test_a_month_naming_a_thing_takes_the_tense_of_its_clause(nlp, text, published, expected):
    assert model_dates(nlp, text, published) == expected


# ------------------------------------------------------------------ the present perfect and a definite time
# The present perfect takes no adverbial of a definite past time ("*I have seen him yesterday"):
# a date the parse hangs from one is the time of what the act is about, ahead.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Forecasters have warned of heavy snow in early January.", [("early January", "2027-01")]),
        ("Forecasters have predicted snow on Monday.", [("Monday", "2026-09-21")]),
        ("Forecasters predicted snow on Monday.", [("Monday", "2026-09-14")]),  # control: the simple past
        ("The river has been closed since Monday.", [("Monday", "2026-09-14")]),  # control: "since"
    ],
)
def test_a_date_under_a_present_perfect_is_not_the_time_of_the_act(nlp, text, expected):
    assert model_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the tagger reads the reported verb as a noun and the parse hangs the reported words
        # from "said": the saying's past does not date them
        ("Crossings on the northern route restart in October, the ferry operator said.", [("October", "2026-10")]),
        ("Hearings on the harbour contract resume in October, the court said.", [("October", "2026-10")]),
        # controls: a date of the saying itself, and a reported verb the parse found
        ("Exports fell in July, the ministry said.", [("July", "2026-07")]),
        ("In July, the ministry said exports had fallen.", [("July", "2026-07")]),
    ],
)
def test_a_date_in_words_reported_before_their_cue_is_not_dated_by_the_saying(nlp, text, expected):
    assert model_dates(nlp, text, published="2026-08-12") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The night train was supposed to return in October.", [("October", "2026-10")]),
        ("The new terminal was meant to open in November, officials admitted.", [("November", "2026-11")]),
        ("The pier that was meant to last a century collapsed in March.", [("March", "2026-03")]),  # control
    ],
)
def test_what_a_thing_was_supposed_to_do_lies_after_the_supposing(nlp, text, expected):
    assert model_dates(nlp, text, published="2026-08-12") == expected


# ------------------------------------------------------------------ a weekday after a bounding preposition
# "from Sunday", "until Friday", "by Monday" bound the act the clause's verb tells, even when the
# parser hangs the phrase from a noun ("an average of 15% from Sunday"); only a weekday after
# "on" may date a thing ("the closing price on Tuesday") and so report what happened.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bread prices will rise by an average of 15% from Sunday, the bakers' union said.",
         [("Sunday", "2026-09-20")]),
        ("Ferry fares will go up by an average of 8% from Saturday.", [("Saturday", "2026-09-19")]),
        ("Water bills will climb by an average of 4% starting Monday.", [("Monday", "2026-09-21")]),
        # control: a past verb keeps the last one
        ("Ferry fares went up by an average of 8% from Saturday.", [("Saturday", "2026-09-12")]),
    ],
)
def test_a_weekday_after_a_bounding_preposition_takes_the_verb_tense(nlp, text, expected):
    assert model_dates(nlp, text) == expected


# ------------------------------------------------------------------ "from" a month after a participle
# "from" opens a stretch that goes on, which the finished act of a past participle cannot start:
# when the parser hangs "from January" from a participle ("patients treated in clinics from
# January"), the date bounds the clause the participle belongs to, and that clause's tense decides.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The health board intends to fund inhalers for children seen in rural surgeries from January.",
         [("January", "2027-01")]),
        ("The council will pay for meals for pupils enrolled in village schools from November, the mayor said.",
         [("November", "2026-11")]),
        # controls: a past clause keeps the last one; "on" dates the participle's own act; a
        # stretch closed by "to" is finished, and may be the participle's
        ("The council paid for meals for pupils enrolled in village schools from November.", [("November", "2025-11")]),
        ("The fund now holds 9,000 bonds, including 800 bought from July 3 to August 28.",
         [("July 3", "2026-07-03"), ("August 28", "2026-08-28")]),
        ("The board will review a report published on Monday.", [("Monday", "2026-09-14")]),
    ],
)
def test_from_a_month_after_a_participle_bounds_its_clause(nlp, text, expected):
    assert model_dates(nlp, text) == expected


# ------------------------------------------------------------------ "following" before a weekday's possessive
# "Following Monday's vote" is the preposition ("after") before the weekday's possessive, not "the
# following Monday" (the one in the next week): the weekday alone is the date, by its clause's tense.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Following Monday's vote, the harbour master resigned.", [("Monday", "2026-09-14")]),
        ("The harbour master resigned following Tuesday’s vote.", [("Tuesday", "2026-09-15")]),
        # controls: "the following Monday" and "on following Monday" are the one in the next week
        ("The ferry sailed again the following Monday.", [("following Monday", "2026-09-21")]),
        ("Is the hall free on following Monday?", [("following Monday", "2026-09-21")]),
    ],
)
def test_following_before_a_weekdays_possessive_is_a_preposition(nlp, text, expected):
    assert model_dates(nlp, text) == expected
