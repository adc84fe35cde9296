"""Statements aligned by mechanism, not by word pairs (issue 13 (4)): WordNet verb and noun
senses, polarity and modality. Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


#: One story for both sides (diff calls two different stories only `related`).
STORY = " The marine biology faculty in Bergen faces a budget review by the university board this spring."


def _statements(a: str, b: str):
    report = diff_pair(extracted_doc(a + STORY, "a.txt"), extracted_doc(b + STORY, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


# --- denials: a denied claim worded with WordNet synonyms --------------------------------------

def test_two_denials_of_one_claim_in_synonym_verbs_agree():
    got = _statements("A spokeswoman denied that the faculty had cut the travel grants.",
                      "The rector rejected reports that the faculty reduced its research funding.")
    assert any(s == "agree" and "cut ~ reduce" in about for s, _, about in got)


def test_two_denials_of_different_actions_on_one_thing_do_not_agree():
    got = _statements("A spokeswoman denied that the faculty had cut the travel grants.",
                      "The rector rejected reports that the faculty sold its research buildings.")
    assert not any(s == "agree" and about.startswith("denied") for s, _, about in got)


# --- a support verb and an action noun name the other side's verb -------------------------------

def test_offering_ones_resignation_contradicts_refusing_to_resign():
    got = _statements("Dean Marta Lindqvist said she would not resign.",
                      "Dean Marta Lindqvist offered her resignation to the university board on Monday.")
    assert any(s == "conflict" and "resignation" in about for s, _, about in got)


def test_opening_talks_contradicts_refusing_to_negotiate():
    got = _statements("The Bergen Teachers Union will never negotiate with university managers.",
                      "The Bergen Teachers Union opened talks with university managers.")
    assert any(s == "conflict" and "talk" in about for s, _, about in got)


def test_two_support_verbs_with_nouns_of_one_action_are_one_action():
    # "hold talks" and "open negotiations": both nouns name negotiating (WordNet's talks/negotiation)
    got = _statements("The Bergen Teachers Union will not hold talks with university managers.",
                      "The Bergen Teachers Union may open negotiations with university managers.")
    assert any(s == "conflict" and "talk" in about and "negotiation" in about for s, _, about in got)
    got = _statements("The university board did not launch an inquiry into the lab fire.",
                      "The university board opened an investigation into the lab fire.")
    assert any(s == "conflict" and "inquiry" in about for s, _, about in got)


def test_two_support_verbs_with_nouns_of_two_actions_are_not_one_action():
    got = _statements("The Bergen Teachers Union will not hold talks with university managers.",
                      "The Bergen Teachers Union may hold a strike against university managers.")
    assert not any(s == "conflict" for s, _, _ in got)


def test_an_action_noun_that_names_another_act_is_no_contradiction():
    got = _statements("Dean Marta Lindqvist said she would not resign.",
                      "Dean Marta Lindqvist offered her apology to the university board on Monday.")
    assert not any(s == "conflict" for s, _, _ in got)


# --- modality and polarity read as English states them -------------------------------------------

def _clauses(text: str):
    from claimtrack import extract

    return [k for c in extract([], text=text, published="2031-04-02").claims if c.frame for k in c.frame.clauses]


def test_being_prepared_to_act_is_a_stance_that_a_refusal_contradicts():
    [k] = [k for k in _clauses("The ferry company is prepared to pay for pier repairs.") if k.predicate == "pay"]
    assert (k.polarity, k.modality) == ("positive", "willing")
    got = _statements("The ferry company would not pay compensation for pier repairs.",
                      "The ferry company is prepared to pay for pier repairs.")
    assert any(s == "conflict" for s, _, _ in got)


def test_stopping_an_activity_is_a_change_of_state_not_a_negation():
    [k] = [k for k in _clauses("House prices in Leeds stopped falling in March.") if k.predicate == "fall"]
    assert (k.polarity, k.modality) == ("positive", "stop")
    got = _statements("House prices in Leeds stopped falling in March.", "House prices in Leeds fell in March.")
    assert not any(s == "conflict" for s, _, _ in got)
    # with an object, "stop" is the action itself
    [k] = [k for k in _clauses("The ferry company stopped the night crossings in March.") if k.predicate == "stop"]
    assert k.object and "crossing" in k.object


# --- a pronoun with no antecedent in its sentence takes up the one person just named -----------

def test_he_or_she_takes_up_the_only_person_named_just_before():
    text = ("Ines Marlow addressed the harbour board on Monday. Afterwards she said she would not resign as chair. "
            "Tomas Berg and Ines Marlow met the engineers later. He said he would stay. "
            "Tomas Berg and Anders Lund toured the pier. He said he would retire next year.")
    subjects = {k.predicate: k.subject for k in _clauses(text)}
    assert subjects["resign"] == "ines-marlow"
    assert subjects["stay"] == "tomas-berg"  # the given name rules out the other person (gender-guesser)
    assert subjects["retire"] is None  # two persons the pronoun may stand for: left open


def test_one_person_refusing_and_agreeing_to_step_down_in_two_reports_conflict():
    got = _statements("Tomas Berg addressed the port council on Monday. Later he told reporters he would not resign as chair.",
                      "Tomas Berg chaired his last meeting of the port council. He told the board he would step down as chair.")
    assert any(s == "conflict" for s, _, _ in got)


# --- non-answers -----------------------------------------------------------------------------

def test_one_subject_declining_to_say_in_two_verbs_of_saying_agrees():
    got = _statements("The Bergen port authority declined to disclose the cost of the repairs.",
                      "The Bergen port authority would not say how much the repairs cost.")
    assert any(s == "agree" and "would not say" in about for s, _, about in got)


def test_a_refusal_to_speak_is_no_denial_of_speaking_of_something_else():
    got = _statements("Harrow Rovers declined to comment on Monday.",
                      "Harrow Rovers commented on Monday, calling the fine unfair.")
    assert not any(s == "conflict" for s, _, _ in got), got
    # a directive negated is a stance, which its assertion contradicts
    got = _statements("Harrow Rovers would not recommend the deal to members.",
                      "Harrow Rovers recommended the deal to members.")
    assert any(s == "conflict" for s, _, _ in got), got


def test_two_subjects_declining_to_say_are_two_non_answers():
    got = _statements("The Bergen port authority declined to disclose the cost of the repairs.",
                      "The ferry operator would not say how much the repairs cost.")
    assert not any("would not say" in about for _, _, about in got)


def test_a_pronoun_with_an_antecedent_in_its_sentence_keeps_it():
    text = "Ines Marlow addressed the harbour board on Monday. The ferry driver told reporters he would not resign."
    [k] = [k for k in _clauses(text) if k.predicate == "resign"]
    assert k.subject is None and k.subject_text == "The ferry driver"


def test_a_verb_written_with_a_hyphenated_re_is_the_solid_verb():
    got = _statements("The university board will not reopen the sports hall this term.",
                      "The university board may re-open the sports hall this term.")
    assert any(s == "conflict" and "hall" in about for s, _, about in got)


# --- a thing ruled out against the thing said to come -------------------------------------------------

def test_ruling_a_thing_out_conflicts_with_saying_it_may_still_come():
    got = _statements("The faculty dean ruled out new travel grants for the marine station.",
                      "New travel grants for the marine station could still be offered, the faculty dean said.")
    assert any(s == "conflict" and "rule out" in about for s, _, about in got), got


def test_ruling_a_thing_out_agrees_with_saying_it_will_not_come():
    got = _statements("The faculty dean ruled out new travel grants for the marine station.",
                      "New travel grants for the marine station will not be offered, the faculty dean said.")
    assert any(s == "agree" for s, _, about in got if "grant" in about), got
    assert not any(s == "conflict" for s, _, about in got if "grant" in about), got


def test_ruling_a_thing_out_conflicts_with_it_not_ruled_out_and_agrees_with_it_ruled_out_again():
    # "cannot be excluded" leaves the thing possible, whoever says so
    got = _statements("Fire officers ruled out sabotage at the paint warehouse.",
                      "Sabotage at the paint warehouse cannot be excluded, an insurer's assessor said.")
    assert any(s == "conflict" for s, _, about in got if "sabotage" in about), got
    got = _statements("Fire officers ruled out sabotage at the paint warehouse.",
                      "Detectives have not ruled out sabotage at the paint warehouse.")
    assert any(s == "conflict" for s, _, about in got if "sabotage" in about), got
    got = _statements("Fire officers ruled out sabotage at the paint warehouse.",
                      "Sabotage at the paint warehouse was ruled out, the detectives said.")
    assert any(s == "agree" for s, _, about in got if "sabotage" in about), got
    assert not any(s == "conflict" for s, _, about in got if "sabotage" in about), got


def test_a_thing_not_ruled_out_conflicts_with_it_said_not_to_come():
    got = _statements("There would be no new charges for parking at the hospital, the health board said.",
                      "The board's chief nurse did not rule out new charges for parking at the hospital.")
    assert any(s == "conflict" for s, _, about in got if "charge" in about), got
    # said to come, or another thing said not to come: no conflict
    got = _statements("Forced transfers of nursing staff may follow, the health board said.",
                      "The board's chief nurse did not rule out new charges for parking at the hospital.")
    assert not any(s == "conflict" for s, _, _ in got), got
    got = _statements("There would be no new fees for visitors, the health board said.",
                      "The board's chief nurse did not rule out new charges for parking at the hospital.")
    assert not any(s == "conflict" for s, _, _ in got), got


def test_a_ruling_on_a_thing_is_no_ruling_out_of_it():
    # "rule" alone is a decision; only "rule out" (data/polarity.json 'negative_particles') denies
    got = _statements("The ministry ruled out a fine for the ferry operator.",
                      "The court ruled on the fine for the ferry operator.")
    assert not any("fine" in about for _, _, about in got), got
    got = _statements("The ministry ruled out a fine for the ferry operator.",
                      "A fine for the ferry operator could still be imposed, the ministry said.")
    assert any(s == "conflict" for s, _, _ in got), got


def test_ruling_a_thing_out_says_nothing_of_it_having_come_before_nor_of_another_thing():
    got = _statements("The faculty dean ruled out new travel grants for the marine station.",
                      "The faculty dean offered new travel grants for the marine station last year.")
    assert not any(s == "conflict" for s, _, _ in got), got
    got = _statements("The faculty dean ruled out new travel grants for the marine station.",
                      "Student research grants for the marine station could still be offered, the dean said.")
    assert not any(s == "conflict" for s, _, _ in got), got


def test_a_thing_not_ruled_out_is_no_denial_that_agrees_with_ruling_it_out():
    # "did not rule out" denies nothing: never one denial with "ruled out" (it was read as a
    # negation of the claim and agreed); the same thing not ruled out and ruled out conflict
    got = _statements("The cannery has ruled out forced layoffs during the refit, its owner said.",
                      "However, Mr Duarte did not rule out compulsory layoffs during the refit.")
    assert not any(s == "agree" for s, _, about in got if "layoff" in about), got
    got = _statements("The cannery has ruled out job cuts during the refit, its owner said.",
                      "However, Mr Duarte did not rule out job cuts during the refit.")
    assert any(s == "conflict" for s, _, about in got if "cut" in about), got
    assert not any(s == "agree" for s, _, about in got if "cut" in about), got


def test_an_act_noun_whose_object_is_a_clause_names_what_the_clause_is_about():
    # "opened an inquiry into whether the ferry fare rise is legal": the act is done to the toll rise
    got = _statements("The harbour commission has opened an inquiry into whether the ferry fare rise is legal.",
                      "The harbour commission said it would not investigate the toll rise.")
    assert any(s == "conflict" for s, _, _ in got), got
    # the clause names another thing: the act is not shown to be done to one thing
    got = _statements("The harbour commission has opened an inquiry into whether the board acted lawfully.",
                      "The harbour commission said it would not investigate the toll rise.")
    assert not any(s == "conflict" for s, _, _ in got), got


def test_one_more_thing_ruled_out_is_not_the_one_there_is():
    # "a separate fund" is one more beside the fund the story holds; "the fund" is that one:
    # auditing it says nothing of the one more coming
    ruled = "The port authority ruled out a separate fund for harbour repairs this season."
    got = _statements(ruled, "The fund will be audited next spring, a spokesman for the port authority said.")
    assert not any(s == "conflict" for s, _, about in got if "fund" in about), got
    # the one more said to come on the other side: the ruling out is contradicted
    got = _statements(ruled, "A separate fund for harbour repairs may be set up, a spokesman for the port authority said.")
    assert any(s == "conflict" for s, _, about in got if "fund" in about), got


def test_a_thing_ruled_out_conflicts_with_the_same_party_weighing_it():
    ruled = "The lake district's water board ruled out a hardship fund for well owners."
    got = _statements(ruled, "The lake district's water board is considering a hardship fund for well owners.")
    assert any(s == "conflict" and "consider" in about for s, _, about in got), got
    got = _statements(ruled, "The lake district's water board is studying a hardship fund for well owners, its chair said.")
    assert any(s == "conflict" and "study" in about for s, _, about in got), got
    # not weighed: the two agree
    got = _statements(ruled, "The lake district's water board is not considering a hardship fund for well owners.")
    assert any(s == "agree" for s, _, about in got if "fund" in about), got
    assert not any(s == "conflict" for s, _, about in got if "fund" in about), got


def test_a_thing_ruled_out_says_nothing_of_another_party_weighing_it():
    got = _statements("The lake district's water board ruled out a hardship fund for well owners.",
                      "A farmers' cooperative in the lake district is considering a hardship fund for well owners.")
    assert not any(s == "conflict" for s, _, about in got if "fund" in about), got


def test_a_thing_refused_conflicts_with_the_same_party_weighing_it():
    refused = "The lake district's water board rejected a hardship fund for well owners."
    got = _statements(refused, "The lake district's water board is considering a hardship fund for well owners.")
    assert any(s == "conflict" for s, _, about in got if "fund" in about), got
    # an act noun refused, its act weighed ("a toll" / the frames' "toll" under 'consider')
    got = _statements("The lake district's water board turned down a toll on the dam road.",
                      "The lake district's water board is weighing a toll on the dam road.")
    assert any(s == "conflict" for s, _, about in got if "toll" in about), got
    # a refused claim is a denial, not a thing refused; another party weighing it says nothing
    got = _statements("The lake district's water board rejected claims of a hardship fund for well owners.",
                      "The lake district's water board is considering a hardship fund for well owners.")
    assert not any(s == "conflict" for s, _, about in got if "fund" in about), got
    got = _statements(refused, "A farmers' cooperative in the lake district is considering a hardship fund for well owners.")
    assert not any(s == "conflict" for s, _, about in got if "fund" in about), got


def test_a_thing_one_will_not_accept_is_refused_against_the_same_party_weighing_it():
    # not + accept composes to a refusal (the verb's own polarity turned by the negation)
    wont = "The lake district's water board would not accept a hardship fund for well owners."
    got = _statements(wont, "The lake district's water board is willing to discuss a hardship fund for well owners.")
    assert any(s == "conflict" for s, _, about in got if "fund" in about), got
    # a negation that holds only up to now leaves the thing open: no refusal
    got = _statements("The lake district's water board has not yet accepted a hardship fund for well owners.",
                      "The lake district's water board is willing to discuss a hardship fund for well owners.")
    assert not any(s == "conflict" for s, _, about in got if "fund" in about), got


def test_a_thing_refused_against_the_same_party_open_to_it():
    # "open to X": the adjective of readiness takes the thing as its object, a stance that a
    # refusal of the thing contradicts; talks about it are no such stance (review s30 finding 5)
    wont = "The lake district's water board would not accept a hardship fund for well owners."
    got = _statements(wont, "The lake district's water board is open to a hardship fund for well owners.")
    assert any(s == "conflict" for s, _, about in got if "fund" in about), got
    got = _statements(wont, "The lake district's water board said it was ready for talks on a hardship fund.")
    assert not any(s == "conflict" for s, _, about in got if "fund" in about), got
    # said not to be open, the two agree; another party open to it says nothing of the board
    got = _statements(wont, "The lake district's water board is not open to a hardship fund for well owners.")
    assert any(s == "agree" for s, _, about in got if "fund" in about), got
    got = _statements(wont, "The well owners' association is open to a hardship fund for well owners.")
    assert not any(s == "conflict" for s, _, about in got if "fund" in about), got


def test_a_weighing_told_as_past_is_no_option_held_against_a_ruling_out():
    # considered then, ruled out now: one consistent story (review s27 A3, D3)
    ruled = "The valley transit board ruled out a night bus subsidy for students in June."
    for past in ("In April the valley transit board was considering a night bus subsidy for students.",
                 "The valley transit board had been studying a night bus subsidy for students until May.",
                 "The valley transit board weighed a night bus subsidy for students before dropping it."):
        got = _statements(ruled, past)
        assert not any(s == "conflict" for s, _, about in got if "subsidy" in about), (past, got)
    got = _statements("The valley transit board rejected a night bus subsidy for students in June.",
                      "In April the valley transit board was weighing a night bus subsidy for students.")
    assert not any(s == "conflict" for s, _, about in got if "subsidy" in about), got


def test_the_one_there_is_is_read_as_a_whole_word_in_the_other_phrase():
    # "the fundraising" is no definite "fund" (review s27 A8): the fund said to come still conflicts
    got = _statements("The port authority ruled out a separate fund for harbour repairs this season.",
                      "A fund for harbour repairs will be set up after the fundraising dinner, a spokesman said.")
    assert any(s == "conflict" for s, _, about in got if "fund" in about), got


def test_a_weighing_reported_in_the_past_tense_is_the_tellers_present():
    # "she said the board was considering": backshift, the weighing held when she spoke
    got = _statements("The valley transit board ruled out a night bus subsidy for students.",
                      "Its chair said the valley transit board was considering a night bus subsidy for students.")
    assert any(s == "conflict" for s, _, about in got if "subsidy" in about), got


def test_a_being_excluded_is_left_out_not_ruled_out():
    # "exclude" with a person or an animal for object leaves it out (WordNet exclude.v.01): a
    # denial of it and a rejection of the passive "left out" deny one claim, never a conflict
    for left_out in ("Its captain rejected complaints that junior members would be left out by the new rules.",
                     "Its captain rejected complaints that junior members would be left out under the new rules."):
        got = _statements("The rowing club denied that the new rules would exclude junior members.", left_out)
        assert not any(s == "conflict" for s, _, _ in got), got
        assert any(s == "agree" for s, _, about in got if "member" in about), got
    # "ruled out" a person forecloses the person's coming, an appointment (review s32 finding 1)
    got = _statements("The club ruled out a new coach before the end of the season, its chairman said.",
                      "The club will appoint a new coach before the end of the season, its chairman said.")
    assert any(s == "conflict" for s, _, _ in got), got
    got = _statements("The ministry ruled out a new ambassador to the island this year.",
                      "The ministry will name a new ambassador to the island this year.")
    assert any(s == "conflict" for s, _, _ in got), got
    # a thing to come excluded is still ruled out: not excluded, it conflicts with its not coming
    got = _statements("The rowing club could not exclude a rise in fees for junior members.",
                      "There will be no rise in fees for junior members, the rowing club said.")
    assert any(s == "conflict" for s, _, about in got if "rise" in about), got


def test_a_thing_ruled_out_conflicts_with_it_weighed_on_an_open_condition():
    # weighed "if" something holds, the thing is held possible, which a flat ruling out excludes
    ruled = "The shipyard ruled out another batch of job cuts this winter."
    for weighed in ("If orders keep falling, the shipyard is considering another batch this winter.",
                    "The shipyard is considering another batch if orders keep falling."):
        got = _statements(ruled, weighed)
        assert any(s == "conflict" for s, _, about in got if "batch" in about), got
    # ruled out only under a condition of its own: no conflict
    got = _statements("The shipyard would rule out another batch of job cuts if the grant arrives.",
                      "If orders keep falling, the shipyard is considering another batch this winter.")
    assert not any(s == "conflict" for s, _, about in got if "batch" in about), got
    # two times (review s32 finding 5): ruling out this winter says nothing of the spring
    got = _statements(ruled, "If orders keep falling, the shipyard is considering another batch in the spring.")
    assert not any(s == "conflict" for s, _, about in got if "batch" in about), got
    got = _statements(ruled, "The shipyard is considering another batch next year if orders keep falling.")
    assert not any(s == "conflict" for s, _, about in got if "batch" in about), got
