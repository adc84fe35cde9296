"""Statement records for acts written as nouns (pipeline/frames/clause_events): "the closure of
the depot" states the act "close" done to the depot, hedged or negated by what governs the noun.
Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack import extract
from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def _nominals(text: str) -> dict:
    """The act-noun clause frames of `text`, by the noun's lemma."""
    return {k.nominal: k for c in extract([], text=text, published="2031-04-02").claims if c.frame
            for k in c.frame.clauses if k.nominal}


def test_an_act_noun_with_its_argument_states_the_act_its_verb_names():
    k = _nominals("Dockers marched through the town against the closure of the grain depot.")["closure"]
    assert (k.predicate, k.object, k.polarity, k.modality) == ("close", "grain depot", "positive", None)
    k = _nominals("The refinery blamed the departure of two tankers for the shortage.")["departure"]
    assert (k.predicate, k.object) == ("depart", "tanker")


def test_a_possessor_is_who_does_the_act():
    k = _nominals("Estonia's withdrawal of its observers surprised the mission.")["withdrawal"]
    assert (k.subject, k.predicate, k.object) == ("estonia", "withdraw", "observer")


def test_a_noun_before_a_noun_made_from_a_verb_is_what_the_act_is_done_to():
    k = _nominals("Savers fear further branch closures across the valley.")["closure"]
    assert (k.predicate, k.object) == ("close", "branch")


def test_no_absence_or_without_negates_the_act():
    k = _nominals("The ministry said there would be no increase in ferry fares.")["increase"]
    assert (k.predicate, k.polarity, k.polarity_cue) == ("increase", "negative", "no")
    k = _nominals("Inspectors noted the absence of any Danish inspection of the hull.")["inspection"]
    assert (k.predicate, k.polarity, k.polarity_cue) == ("inspect", "negative", "absence")


def test_a_without_noun_with_nothing_of_its_own_denies_its_act_of_the_clauses_patient():
    # the passive subject is what the act is done to; nobody is said to do it
    k = _nominals("The cargo sheds were closed without an inspection.")["inspection"]
    assert (k.subject, k.predicate, k.object, k.polarity, k.polarity_cue) == (None, "inspect", "cargo shed", "negative",
                                                                              "without")
    # ... the object of an active clause, by its subject
    k = _nominals("The Tarvo Ferry Company laid off the deckhands without compensation.")["compensation"]
    assert (k.subject, k.predicate, k.object, k.polarity) == ("tarvo-ferry-company", "compensate", "deckhand", "negative")
    # ... an argument of its own wins ("without an inspection of the hull")
    k = _nominals("The cargo sheds were closed without an inspection of the roofs.")["inspection"]
    assert k.object == "roof"
    got = _statuses("The cargo sheds were closed without an inspection.", "Surveyors inspected the cargo sheds.")
    assert ("conflict", "polarity") in got


def test_without_under_a_negated_clause_is_a_condition_not_a_denial():
    # review s34 finding 3: "no X ... without Y" says Y comes before any X
    k = _nominals("No ferry will be sold without an inspection, the ministry said.")["inspection"]
    assert (k.polarity, k.modality) == ("positive", "if")
    got = _statuses("No ferry will be sold without an inspection, the ministry said.",
                    "The ministry will inspect every ferry before it is sold, a spokesman said.")
    assert not any(status == "conflict" for status, _ in got)
    from claimtrack.compare import diff_pair
    from extracted import extracted_doc

    report = diff_pair(extracted_doc("No ferry will be sold without an inspection, the ministry said.", "a.txt"),
                       extracted_doc("Each ferry will be inspected before it is sold, the ministry said.", "b.txt"))
    assert not [m for m in report.matches if m.kind == "statement" and m.status == "conflict" and "inspect" in m.about]


def test_what_is_planned_asked_for_or_threatened_is_not_stated_as_done():
    assert _nominals("The planned closure of the grain depot will cost 40 jobs.")["closure"].modality == "plan"
    assert _nominals("Nurses called for the closure of the old clinic.")["closure"].modality == "call"
    assert _nominals("The pilots' union threatened a strike over rosters.")["strike"].modality == "plan"
    # ... but one staged is done
    assert _nominals("The pilots' union staged a strike over rosters.")["strike"].modality is None


def test_a_negated_clause_leaves_the_act_of_its_subject_or_object_open():
    assert _nominals("The mayor did not order an inspection of the dam.")["inspection"].modality == "order"
    assert _nominals("The demolition of the old pier was not approved.")["demolition"].modality == "approve"


def test_an_act_called_off_is_not_done():
    k = _nominals("The county halted the construction of the new harbour office.")["construction"]
    assert (k.predicate, k.polarity, k.polarity_cue) == ("construct", "negative", "halt")


def test_nouns_that_name_no_act_or_have_no_argument_give_no_record():
    got = _nominals("The cost of the new bridge and the number of lanes were announced after the meeting.")
    assert not got
    assert not _nominals("The strike ended on Friday.")


def test_an_act_noun_the_clause_already_reads_gives_no_second_record():
    # "announced a ban on X" is already that clause's action (clause_nominals): one record, the
    # clause's own, with its subject, and the noun kept as its `nominal`
    got = [k for c in extract([], text="The council announced a ban on jet skis in the bay.", published="2031-04-02").claims
           if c.frame for k in c.frame.clauses if k.predicate == "ban"]
    assert [(k.subject_text, k.object, k.nominal) for k in got] == [("The council", "jet ski", "ban")]


def test_an_act_told_by_a_noun_agrees_with_the_same_act_told_by_a_verb():
    got = _statuses("Dockers marched through the town against the closure of the grain depot.",
                    "The port authority closed the grain depot last month.")
    assert ("agree", "equal") in {(s, r) for s, r in got}


def test_an_act_noun_with_no_subject_never_conflicts_with_a_negated_verb():
    got = _statuses("Dockers marched through the town against the closure of the grain depot.",
                    "The port authority will not close the grain depot.")
    assert not any(status == "conflict" for status, _ in got)


def test_a_ban_whose_on_phrase_the_parser_hangs_on_the_verb_still_names_what_it_bans():
    k = _nominals("The county lifted the ban on jet skis.")["ban"]
    assert (k.object, k.polarity, k.polarity_cue) == ("jet ski", "negative", "lift")
    k = _nominals("The county kept the ban on jet skis in the bay.")["ban"]
    assert (k.object, k.polarity) == ("jet ski", "positive")


def test_an_act_noun_denied_or_admitted_is_the_subjects_own_act():
    k = _nominals("The Harlow Port Authority denied any involvement in the dredging.")["involvement"]
    assert (k.subject, k.predicate, k.polarity, k.polarity_cue, k.denied_by) == (
        "harlow-port-authority", "involve", "negative", "deny", "harlow-port-authority")
    k = _nominals("The Harlow Port Authority admitted its involvement in the dredging.")["involvement"]
    assert (k.subject, k.polarity, k.modality) == ("harlow-port-authority", "positive", None)
    k = _nominals("The Harlow Port Authority did not deny its involvement in the dredging.")["involvement"]
    assert (k.polarity, k.modality) == ("positive", "deny")
    got = _statuses("The Harlow Port Authority denied any involvement in the dredging.",
                    "The Harlow Port Authority was involved in the dredging, the inquiry found.")
    assert ("conflict", "polarity") in got
    got = _statuses("The Harlow Port Authority denied any involvement in the dredging.",
                    "The Harlow Port Authority denied that it had been involved in the dredging.")
    assert ("agree", "equal") in got


def _existential(text: str) -> list:
    return [k for c in extract([], text=text, published="2031-04-02").claims if c.frame
            for k in c.frame.clauses if k.nominal]


def test_an_existential_clause_states_the_act_its_noun_names():
    # "there will be no X": the act X names is denied, with or without what it is done to
    [k] = _existential("Officials at the water board said there would be no compensation.")
    assert (k.predicate, k.object, k.polarity, k.polarity_cue, k.modality, k.nominal) == (
        "compensate", None, "negative", "no", "would", "compensation")
    [k] = _existential("There was no vote on the harbour bill.")
    assert (k.predicate, k.object, k.polarity) == ("vote", "harbour bill", "negative")
    [k] = _existential("There could be a strike at the ferry terminal.")
    assert (k.predicate, k.polarity, k.modality) == ("strike", "positive", "may")


def test_an_existential_clause_of_a_noun_that_names_no_act_is_left_as_it_is():
    assert not _existential("There is no evidence of fraud at the depot.")
    assert not _existential("There are two ferries a day to the island in winter.")


def test_a_noun_with_an_infinitive_after_there_is_no_act():
    # "there was no time to ...": the act is the infinitive's
    assert not _existential("There was no time to warn the crews on the pier.")


def test_a_noun_made_from_a_phrasal_verb_names_that_verb():
    # "takeover", "shutdown", "layoff": the particle joined to the verb (Quirk et al. 1985, App. I.25)
    k = _nominals("Dockers protested against the shutdown of the grain terminal.")["shutdown"]
    assert (k.predicate, k.object) == ("shut down", "grain terminal")
    [k] = _existential("The union wants a promise that there will be no forced layoffs.")
    assert (k.predicate, k.polarity, k.modality) == ("lay off", "negative", "will")


def test_nouns_in_y_th_and_er_made_from_their_verb_name_its_act():
    k = _nominals("Farmers waited for the delivery of the seed potatoes.")["delivery"]
    assert (k.predicate, k.object) == ("deliver", "seed potato")
    k = _nominals("Regulators approved the merger of the two ferry lines.")["merger"]
    assert (k.predicate, k.object) == ("merge", "ferry line")
    # ... but not a noun that only begins like a verb
    assert "history" not in _nominals("Guides told the history of the old harbour.")


def test_an_act_noun_a_governing_verb_reads_keeps_the_noun_as_nominal():
    # "ruled out a rise in X" / "announced a suspension of X": the clause's own record reads the
    # noun's act, and keeps the noun, as a record of an act noun does
    [k] = [k for c in extract([], text="The water board ruled out a rise in meter rents.", published="2031-04-02").claims
           if c.frame for k in c.frame.clauses]
    assert (k.predicate, k.object, k.polarity, k.nominal) == ("rise", "meter rent", "negative", "rise")
    [k] = [k for c in extract([], text="The ferry line announced a suspension of night sailings.",
                              published="2031-04-02").claims if c.frame for k in c.frame.clauses]
    assert (k.predicate, k.nominal) == ("suspend", "suspension")


def test_an_act_noun_of_a_change_a_verb_rules_out_meets_the_verb_that_causes_it():
    # "a rise in X" names raising X as much as X rising (WordNet's cause pointer), now that the
    # governed clause's record says it was written as a noun
    got = _statuses("The water board ruled out a rise in meter rents.",
                    "The water board is weighing raising meter rents.")
    assert ("conflict", "polarity") in got


def test_a_governed_act_noun_made_by_a_suffix_reads_its_for_phrase_as_what_the_act_is_done_to():
    # "an exemption for X" exempts X, as the act noun's own record reads it (clause_events)
    [k] = [k for c in extract([], text="The treasurer ruled out any exemption for season passes.",
                              published="2031-04-02").claims if c.frame for k in c.frame.clauses]
    assert (k.predicate, k.object, k.polarity, k.nominal) == ("exempt", "season pass", "negative", "exemption")
    # ... but a noun that is its verb unchanged names a thing with "for": a plan for the marina is
    # no planning of the marina
    [k] = [k for c in extract([], text="The harbour board proposed a plan for the marina.",
                              published="2031-04-02").claims if c.frame for k in c.frame.clauses]
    assert (k.predicate, k.object) == ("propose", "plan")


def test_an_act_noun_planned_or_weighed_needs_no_complement():
    # "plans a strike": the noun's most frequent sense an act, or a phrasal verb in one word
    # ("a walkout"), names its act after a verb of planning or considering
    for text, act in (("The bus drivers plan a strike over the winter rota.", "strike"),
                      ("The orchestra is considering a walkout.", "walk out")):
        [k] = [k for c in extract([], text=text, published="2031-04-02").claims if c.frame for k in c.frame.clauses]
        assert k.predicate == act, (text, k)
    got = _statuses("The bus drivers plan a strike before the holidays.",
                    "The bus drivers will not strike before the holidays, their union said.")
    assert ("conflict", "polarity") in got
    # ... but what is issued or announced may be a thing: "issued licences" is no act of licensing
    [k] = [k for c in extract([], text="The water board issued two drilling licences.", published="2031-04-02").claims
           if c.frame for k in c.frame.clauses]
    assert k.predicate == "issue"
