"""The claim-frame component (pipeline/frames.py) on small invented sentences."""

from __future__ import annotations

import pytest

from claimtrack import extract

pytestmark = pytest.mark.model


def _claims(text: str):
    return extract([], text=text, published="2031-03-12").claims


def _quantity(text: str, figure: str):
    for c in _claims(text):
        for q in c.quantities:
            if q.text.endswith(figure) or figure in q.text:
                return q
    raise AssertionError(f"no quantity {figure!r} in {text!r}")


def test_quantity_frame_reads_the_thing_predicate_role_and_stated_date():
    q = _quantity("The port authority unloaded 412 refrigerated containers at the northern terminal on Friday.", "412")
    f = q.frame
    assert f.thing == "container" and "refrigerated" in f.modifiers
    assert f.predicate == "unload" and f.role == "object"
    assert f.as_of_source == "stated" and f.as_of == "2031-03-07"
    assert f.place and "terminal" in f.place


def test_quantity_frame_falls_back_to_the_publication_date():
    f = _quantity("Volunteers planted 900 oak saplings along the river.", "900").frame
    assert f.as_of == "2031-03-12" and f.as_of_source == "published"


@pytest.mark.parametrize("text, figure, as_of", [
    # a date fronted before two joined clauses dates both
    ("On Friday the ferry company cancelled its evening sailings and laid off 35 deckhands.", "35", "2031-03-07"),
    # a date after the first verb may date that clause alone; a modal moves the second away
    ("The ferry company cancelled its evening sailings on Friday and laid off 35 deckhands.", "35", "2031-03-12"),
    ("On Friday the ferry company cancelled its evening sailings and it will lay off 35 deckhands.", "35",
     "2031-03-12"),
])
def test_a_fronted_date_dates_both_joined_clauses(text, figure, as_of):
    assert _quantity(text, figure).frame.as_of == as_of


@pytest.mark.parametrize("text, figure, as_of", [
    # a clause of time whose subordinator puts its event after the dated one: the report bounds it
    ("On Friday the council shut the pool before 200 swimmers arrived.", "200", "2031-03-12"),
    ("The road stayed shut on Monday until 30 engineers had checked the bridge.", "30", "2031-03-12"),
    # under a head clause ahead of the report its date is the nearer bound, and stays the as-of
    ("The council will close the pool on 20 May before 200 swimmers arrive for the gala.", "200", "2031-05-20"),
    ("The port will stay shut on 20 May until 40 tugs arrive from the south.", "40", "2031-05-20"),
    # one after "after" or "since" tells an event at or before the head's date, which stays its as-of
    ("Inspectors on Friday closed the hatchery after 400 trout died in the tanks.", "400", "2031-03-07"),
    ("The ferry firm said on Monday it had cancelled 30 sailings since the gale damaged two of its boats.", "two", "2031-03-10"),
    # a relative clause in the present holds as of the report, whatever its head clause's date
    ("The dairy, which employs 260 people, cut its milk price on Friday.", "260", "2031-03-12"),
    ("The mill, which has hired 80 welders, shut a line on Friday.", "80", "2031-03-12"),
    # one in the past is dated by the clause it depends on, as before
    ("A storm on Friday that flattened 300 greenhouses cost growers dearly.", "300", "2031-03-07"),
    # a relative clause a time heads is dated by it
    ("The old notes will be withdrawn on 1 May, when the bank issues 40 new coins.", "40", "2031-05-01"),
])
def test_a_date_of_the_head_clause_does_not_date_a_clause_of_its_own_time(text, figure, as_of):
    assert _quantity(text, figure).frame.as_of == as_of


@pytest.mark.parametrize("text, figure, as_of", [
    # a date inside the standard a changed figure is compared with dates that standard alone: the
    # clause's figure (640) and the standard (38) took the other one's date before
    ("The lighthouse trust now counts 640 members, down from 910 at the end of 2029.", "640", "2031-03-12"),
    ("The lighthouse trust now counts 640 members, down from 910 at the end of 2029.", "910", "2029"),
    ("Ferry crossings to the island reached 52 a week last month, up from 38 in March 2029.", "52", "2031-02"),
    ("Ferry crossings to the island reached 52 a week last month, up from 38 in March 2029.", "38", "2029-03"),
])
def test_a_date_of_the_standard_of_a_comparison_dates_that_standard(text, figure, as_of):
    assert _quantity(text, figure).frame.as_of == as_of


@pytest.mark.parametrize("text, figure, as_of", [
    # an apposition describes its noun as the report knows it, whatever the clause's date dates
    ("The storm flooded Kelby, a hamlet of 300 people, in January 2028.", "300", "2031-03-12"),
    ("Inspectors boarded the Halcyon Star, a trawler with a crew of 14, in August 2027.", "14", "2031-03-12"),
    # a date inside the apposition is its own, in a relative clause or in the apposition itself
    # (the second case reads the apposition's own date: without it the report's date is taken)
    ("The storm flooded Kelby, a hamlet that had 300 people in 2021, in January 2028.", "300", "2021"),
    ("The storm flooded Kelby, a hamlet of 300 people in 2021, in January 2028.", "300", "2021"),
    # outside an apposition the clause's date holds, as before
    ("The storm flooded 300 homes in January 2028.", "300", "2028-01"),
])
def test_a_figure_in_an_apposition_is_not_dated_by_its_clause(text, figure, as_of):
    assert _quantity(text, figure).frame.as_of == as_of


@pytest.mark.parametrize("text, figure, tense", [
    ("The co-operative sold 640 tonnes of hazelnuts to a Lyon buyer.", "640", "past"),
    ("The co-operative had sold 640 tonnes of hazelnuts before the frost.", "640", "past"),
    ("Bruno Valdes was fined for dumping 30 barrels of solvent in the canal.", "30", "earlier"),
    ("Bruno Valdes dumped 30 barrels of solvent, killing 400 fish.", "400", "past"),
    ("The co-operative sells 640 tonnes of hazelnuts a year.", "640", "present"),
    ("The co-operative has sold 640 tonnes of hazelnuts this season.", "640", "present"),
    ("The co-operative will sell 640 tonnes of hazelnuts next year.", "640", "future"),
    ("The co-operative plans to sell 640 tonnes of hazelnuts.", "640", None),
])
def test_quantity_frame_reads_the_tense_of_its_predicate(text, figure, tense):
    assert _quantity(text, figure).frame.tense == tense


def test_two_figures_of_one_verb_keep_their_prepositions():
    claims = _claims("The regulator lowered the fee to 4.5% from 6.25%.")
    qs = [q for c in claims for q in c.quantities]
    assert {q.frame.prep for q in qs} == {"to", "from"}
    assert all(q.frame.measured == "fee" for q in qs)


def test_a_number_with_an_of_partitive_counts_the_noun_after_of():
    # "all six of Nordmill's sawmills": the sawmills are counted, and their possessor holds the
    # figure (not the subject who pledged something about them); the number's role stays its own
    f = _quantity("The chief executive, Anna Berg, pledged to keep all six of Nordmill's sawmills open.", "six").frame
    assert f.thing == "sawmill" and f.holder == "nordmill" and f.role != "oblique"


@pytest.mark.parametrize("text, figure, role", [
    ("The new footbridge is expected to cost about NOK 90m.", "NOK 90m", "object"),
    ("The storm destroyed about a fifth of the olive trees.", "a fifth", "object"),
])
def test_the_word_of_an_approximate_figure_is_no_preposition(text, figure, role):
    # the parser may read "about" before a figure as a preposition: it only rounds the figure
    f = _quantity(text, figure).frame
    assert f.role == role and f.prep is None


@pytest.mark.parametrize("active, passive, figure, role", [
    # what the act is done to: the active's object, the passive's subject
    ("The gale flattened 412 beach huts along the promenade.", "412 beach huts were flattened along the promenade.",
     "412", "object"),
    # who does it: the active's subject, the passive's "by" agent
    ("Twenty-six tugs towed the stricken tanker into the bay.", "The stricken tanker was towed into the bay by 26 tugs.",
     "26", "subject"),
])
def test_a_passive_clause_gives_a_figure_the_place_of_its_active(active, passive, figure, role):
    # one verb, one place in it: a report in the passive states the figure of the same slot
    fa = _quantity(active, "Twenty-six" if figure == "26" else figure).frame
    fp = _quantity(passive, figure).frame
    assert fa.predicate == fp.predicate
    assert (fa.role, fa.prep) == (fp.role, fp.prep) == (role, None)


def test_a_bare_weekday_with_no_event_is_no_fact():
    dates = [d for c in _claims("The mayor said on Wednesday that the bridge had reopened.") for d in c.dates]
    assert dates and dates[0].frame.fact is False
    dates = [d for c in _claims("The bridge reopened on Wednesday after repairs.") for d in c.dates]
    assert dates and dates[0].frame.fact is True and dates[0].frame.event == "reopen"


def test_a_date_after_an_event_noun_in_a_prepositional_phrase_dates_that_event():
    # "before the hearing on 19 March": the hearing (a noun news attaches dates to as an event,
    # data/dates.json schedule_nouns), not the verb the phrase hangs from
    dates = [d for c in _claims("The union asked for talks with the minister before the tribunal hearing on March 19.")
             for d in c.dates]
    assert dates and dates[0].frame.event == "hearing"
    # control: a place the date's event happens in is no event ("in the museum on Monday")
    dates = [d for c in _claims("Thieves broke a window in the museum on Monday.") for d in c.dates]
    assert dates and dates[0].frame.event != "museum"


def test_a_date_split_by_the_parse_is_headed_by_the_word_its_preposition_governs():
    # the small parser hangs "May" of "on 11 May" on the verb of the "once" clause after it; the
    # date is the object of "on", so it dates the reopening (frames.syntax._date_root)
    text = "The council said the Lindqvist art museum would reopen on 11 May once roof repairs end."
    dates = [d for c in _claims(text) for d in c.dates]
    assert [d.frame.event for d in dates] == ["reopen"]
    # control: a date the parse keeps whole is read as before
    dates = [d for c in _claims("The Lindqvist art museum would reopen on May 11 once roof repairs end.") for d in c.dates]
    assert [d.frame.event for d in dates] == ["reopen"]


@pytest.mark.parametrize("text, predicate, polarity, modality", [
    ("Portugal refused to deploy engineers to the border region.", "deploy", "negative", None),
    ("Portugal agreed to deploy engineers to the border region.", "deploy", "positive", None),
    ("Portugal will not deploy engineers to the border region.", "deploy", "negative", "will"),
    ("Portugal plans to deploy engineers to the border region.", "deploy", "positive", "plan"),
    ("The ministry denied sending engineers to the border region.", None, "negative", None),
])
def test_statement_frames_carry_polarity_and_modality(nlp, text, predicate, polarity, modality):
    from claimtrack.pipeline.frames import FRAMES

    f = next(x["frame"] for x in nlp(text)._.get(FRAMES) if x["kind"] == "statement")
    assert f["polarity"] == polarity and f["modality"] == modality
    if predicate:
        assert f["predicate"] == predicate


def test_frames_are_plain_data_on_the_doc(nlp):
    from claimtrack.pipeline.frames import FRAMES, SPANS_KEY
    import json

    doc = nlp("Rescuers pulled 23 survivors from the rubble on Sunday.")
    json.dumps(doc._.get(FRAMES))  # plain data
    assert {s.label_ for s in doc.spans[SPANS_KEY]} >= {"quantity"}
    assert nlp.get_pipe_meta("claimtrack_frames").assigns


def test_frames_end_on_a_sentence_whose_root_is_not_a_verb(nlp):
    # spaCy makes a new Token object on every .head: `t.head is t` is never true, so a climb
    # that stopped on it looped for ever at a verbless root (a headline, a noun phrase)
    import faulthandler

    faulthandler.dump_traceback_later(20, exit=True)
    try:
        nlp("Record harvest of 40 tonnes in the valley, March 2031. Prices of corn, up 5%.")
    finally:
        faulthandler.cancel_dump_traceback_later()


def _clause(text: str, predicate: str):
    [k] = [k for c in _claims(text) if c.frame for k in c.frame.clauses if k.predicate == predicate]
    return k


def test_a_clause_frame_records_where_its_object_is_written():
    # the object's lemmas lose its determiner and its possessor; the offsets keep them
    text = "Last spring the guild auctioned the harbour master's two rowing boats, the treasurer said."
    k = _clause(text, "auction")
    assert k.object == "rowing boat"
    assert text[k.object_start:k.object_end] == "the harbour master's two rowing boats"
    assert k.object_prep is None


def test_a_prepositional_object_is_recorded_with_its_preposition():
    # "was leased to a brewery": the brewery is who the hall went to, not what was leased
    text = "The drill hall was leased to a small brewery in 2027."
    k = _clause(text, "lease")
    assert text[k.object_start:k.object_end] == "a small brewery" and k.object_prep == "to"
    # a phrasal verb's particle is no preposition, also when the parser tags it one: its object is direct
    k = _clause("The sailing board called off the regatta in June.", "call")
    assert k.object_prep is None and k.object == "regatta"


def test_a_particle_tagged_as_an_adverb_stays_with_its_verb():
    # "in" right after the verb, tagged advmod, is the particle of a phrasal verb (clause_roles
    # _PARTICLES), whatever other particle tables the module holds
    assert _clause("The lifeboat crews were in by noon.", "be in").predicate == "be in"


def test_a_share_that_is_the_subject_sizes_the_whole_after_its_of():
    # a share that is its clause's subject is of the whole after its "of" (ballots), not of what
    # the verb's object names (a signature)
    text = "About 58 per cent of the returned ballots lacked a witness signature, the clerk's office found."
    f = _quantity(text, "58 per cent").frame
    assert f.thing == "percent" and f.measured == "ballot"


def test_the_words_of_a_share_are_never_what_a_figure_measures():
    # two shares objects of one verb: the other share's "cent" is no thing measured; nor is the
    # "%" of a share the thing its whole's count measures
    text = "Most insurers refund 50 per cent of a dental bill yet barely 10 per cent of an optician's."
    assert _quantity(text, "50 per cent").frame.measured not in ("cent", "per", "percent")
    count = _quantity("Inspectors rejected 12% of the 4,800 crates in the first week.", "4,800").frame
    assert count.measured not in ("%", "percent")


def test_the_actor_that_holds_a_share_is_not_what_it_sizes():
    # the firm holds the share it controls: the share names no whole, and is no share of the firm
    f = _quantity("Since the merger, Brindle Foods has controlled 22 per cent, a level regulators call too high.",
                  "22 per cent").frame
    assert f.holder == "brindle-foods" and f.measured is None
