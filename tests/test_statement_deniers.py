"""Who denies: the denial verb's subject, resolved as clause subjects are (a name, a pronoun, a
description), kept on the clause it negates (`ClauseFrame.denied_by`) and compared by actor id.
Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack import extract
from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model


def _clauses(text: str):
    return [k for c in extract([], text=text, published="2031-04-02").claims if c.frame for k in c.frame.clauses]


def _statements(a: str, b: str):
    return {(m.status, m.relation, m.about) for m in diff_pair(extracted_doc(a, "a.txt"), extracted_doc(b, "b.txt")).matches
            if m.kind == "statement"}


def test_the_denier_is_kept_apart_from_the_subject_of_what_is_denied():
    [k] = [k for k in _clauses("Maria Lopez, the mayor, denied that the council had sold the library.") if k.predicate == "sell"]
    assert k.polarity == "negative" and k.polarity_cue == "deny"
    assert k.subject_text == "the council" and k.denied_by == "maria-lopez"
    # a pronoun denier takes up the one person just named
    text = "The library was sold last year. Maria Lopez spoke on Monday. She rejected claims that the council had sold it."
    [k] = [k for k in _clauses(text) if k.predicate == "sell" and k.polarity == "negative"]
    assert k.denied_by == "maria-lopez"
    # a plain negation or a refusal has no denier
    assert all(k.denied_by is None for k in _clauses("Maria Lopez did not sell the library and refused to close it."))


def test_one_denier_named_on_one_side_and_a_pronoun_on_the_other_denies_one_claim():
    a = "Councillor Priya Desai denied that the depot had flooded during the storm."
    b = "Priya Desai chairs the works committee. She rejected suggestions that water had damaged the depot."
    assert any(s == "agree" and about.startswith("denied") for s, _, about in _statements(a, b))
    # control: another person ("he", the one man named) denying it, with one word of the claim in common
    c = "Tom Reed chairs the works committee. He rejected suggestions that water had damaged the depot."
    assert not any(about.startswith("denied") for _, _, about in _statements(a, c))


def test_a_denial_of_that_accusation_takes_up_the_claim_one_denier_denies_in_full():
    a = "Harbour Freight Ltd denied on Friday that it had dumped ballast water in the estuary."
    b = ("The estuary trust accused Harbour Freight Ltd of dumping ballast water. "
         "Harbour Freight Ltd rejected that accusation.")
    assert ("agree", "equal", "denied by Harbour Freight Ltd") in _statements(a, b)
    # controls: another company rejecting it; the accusation without a demonstrative (not taken up)
    c = ("The estuary trust accused Harbour Freight Ltd of dumping ballast water. "
         "Coastline Shipping rejected that accusation.")
    assert not any(about.startswith("denied") for _, _, about in _statements(a, c))
    d = "Harbour Freight Ltd rejected an accusation of price fixing from a rival."
    assert not any(about.startswith("denied") for _, _, about in _statements(a, d))


def test_a_denied_claim_goes_on_to_the_infinitive_that_completes_its_verb():
    # "designed to shield local bakers": what is denied is that it was meant to shield them
    a = "Mayor Ilse Brandt denied that the market rule was designed to shield local bakers."
    b = "Mayor Ilse Brandt dismissed claims that the rule was a gift to local bakers."
    assert any(s == "agree" and about.startswith("denied") for s, _, about in _statements(a, b))


def test_a_denied_claim_goes_on_into_the_clauses_nested_in_it_not_the_deniers_own():
    # "any say over which players were picked": the relative clause is part of what is denied
    a = "Coach Maren Holt denied that the sponsor had any say over which players were picked."
    b = "Maren Holt leads the squad. She rejected claims that the bank had chosen the players."
    assert any(s == "agree" and about.startswith("denied") for s, _, about in _statements(a, b))
    # control: the words of the denier's own reason (", saying ...") are not the claim's
    c = "Coach Maren Holt denied that the sponsor had any say, saying the players were picked by staff."
    d = "Maren Holt leads the squad. She rejected claims that the bank had chosen the players."
    assert not any(about.startswith("denied") for _, _, about in _statements(c, d))


def test_the_allegations_with_nothing_after_them_take_up_the_claim_one_denier_denies():
    a = "Harbour Freight Ltd denied on Friday that it had dumped ballast water in the estuary."
    b = ("The estuary trust accused Harbour Freight Ltd of dumping ballast water. "
         "Harbour Freight Ltd rejected the allegations.")
    assert ("agree", "equal", "denied by Harbour Freight Ltd") in _statements(a, b)
    # control: "the allegations of price fixing" say which claim: not taken up, and nothing in common
    c = "Harbour Freight Ltd rejected the allegations of price fixing made by a rival."
    assert not any(about.startswith("denied") for _, _, about in _statements(a, c))


def test_one_denier_by_name_denies_once_whatever_words_each_report_gives_the_claim():
    # "Corvane" and "the company" are the names each document gives Corvane Shipping
    a = ("Corvane Shipping won a dredging contract in Lagos on Monday. "
         "Corvane denied that it had lowered its fees to win the deal.")
    b = ("Corvane Shipping has won the Lagos dredging contract. "
         "The company rejected rumours of a rebate as speculation.")
    assert ("agree", "equal", "denied by Corvane Shipping") in _statements(a, b)
    # another denier is another denial
    other = ("Corvane Shipping has won the Lagos dredging contract. "
             "The port authority rejected rumours of a rebate as speculation.")
    assert not [s for s in _statements(a, other) if s[2].startswith("denied")]


def test_a_person_named_by_their_title_alone_is_the_one_who_holds_it():
    a = ("Transport minister Oren Halvik said on Friday that the bridge would reopen in May. "
         "Halvik denied that inspectors had found cracks in the deck.")
    b = ("The bridge will reopen in May, transport minister Oren Halvik said. "
         "The minister rejected that account, calling it a rumour.")
    assert ("agree", "equal", "denied by Oren Halvik") in _statements(a, b)


def test_a_name_after_a_preposition_is_not_the_denier():
    # "a lawyer for Corvane": the lawyer denies, not the company the denial is about
    a = ("Corvane Shipping won a dredging contract in Lagos on Monday. "
         "A lawyer for Corvane denied that it had lowered its fees to win the deal.")
    b = ("Corvane Shipping has won the Lagos dredging contract. "
         "The company rejected rumours of a rebate as speculation.")
    assert ("agree", "equal", "denied by Corvane Shipping") not in _statements(a, b)


def test_a_denied_claim_meets_the_same_word_in_another_inflection():
    # "the rate" / "its rates": a suffix-stripper makes "rat" of the plural; the lemma folds both
    a = "Norland Water denied on Tuesday that clerks had been told to double the rate charged to late payers."
    b = "Norland Water rejected claims that its rates had been unfair."
    assert any(s == "agree" and about.startswith("denied") for s, _, about in _statements(a, b))
    # control: another company rejecting a claim about its own rates
    c = "Coastline Power rejected claims that its rates had been unfair."
    assert not any(about.startswith("denied") for _, _, about in _statements(a, c))


def test_no_such_takes_up_the_denied_claim_by_its_noun():
    denial = "The harbour board denied that it had leased the quay to a shipping line."
    got = _statements(denial, "The harbour board said no such lease had been signed.")
    assert any(s == "agree" for s, _, _ in got), got
    got = _statements("The harbour board denied that it had bribed the inspectors.",
                      "The board said there had been no such bribes.")
    assert any(s == "agree" for s, _, _ in got), got
    # "no such" with a noun that names another act takes up nothing of this one
    got = _statements(denial, "The harbour board said no such grant had been paid.")
    assert not any(s == "agree" for s, _, _ in got), got


def test_a_pronoun_the_frames_leave_unresolved_is_no_other_denier():
    # two men named before "He": the frames resolve neither, and the denial still meets the one
    # the other report makes by name, on the claim's one shared word
    a = ("Director Tomas Ruiz and engineer Pablo Gil met residents of the Lakeside estate on Monday to explain "
         "the water cuts. He rejected accusations that repairs had been neglected.")
    b = ("Residents of the Lakeside estate face more water cuts. Tomas Ruiz, director of the Lakeside water board, "
         "denied that the board had put off repairs to save money.")
    assert any(s == "agree" and about.startswith("denied") for s, _, about in _statements(a, b))


def test_a_minister_and_the_ministry_of_that_department_deny_as_one_and_talk_of_names_a_claim():
    a = ("Engineers are checking the signals on the northern line after two derailments. Transport Minister "
         "Elena Sokol denied rumours on local radio that the signals had been sabotaged.")
    b = ("Two derailments on the northern line have closed it for a week while engineers check the signals. "
         "The Ministry of Transport rejected talk of sabotage.")
    assert ("agree", "equal", "denied: sabotage") in _statements(a, b)
    # another department's ministry is another denier: a topic word alone does not make one denial
    c = b.replace("Ministry of Transport", "Ministry of Defence")
    assert not any(about.startswith("denied") for _, _, about in _statements(a, c))


def test_an_act_ruled_out_is_no_denial_of_a_claim_a_spokesperson_denies():
    # the minister rules out an act to come; the ministry denies a claim about the past: one word
    # in common ("engineers") and one voice do not make them one denial
    a = ("Engineers are checking the signals on the northern line after two derailments. Transport Minister "
         "Elena Sokol ruled out hiring engineers from abroad.")
    b = ("Two derailments on the northern line have closed it for a week while engineers check the signals. "
         "The Ministry of Transport denied that engineers had ignored the warnings.")
    assert not any(about.startswith("denied") for _, _, about in _statements(a, b))


def test_a_body_and_its_officer_named_in_apposition_deny_as_one():
    a = ("Harlow Mills is building a new dam. Owen Pryce, chief executive of Harlow Mills, denied that the firm "
         "had taken a loan from the mayor.")
    b = "Harlow Mills is building a new dam. Harlow Mills rejected reports of a secret loan."
    assert ("agree", "equal", "denied: loan") in _statements(a, b)


def test_an_ing_form_the_parser_makes_a_modifier_of_the_denied_object_is_still_denied():
    # "denied dumping waste": the parser may tag "dumping" a modifier of "waste"
    a = "Tarn Chemicals runs the plant on the river. The company rejected accusations that it had dumped waste in the river."
    b = "Tarn Chemicals runs the plant on the river. Tarn Chemicals denied dumping waste into the river."
    assert any(s == "agree" and about.startswith("denied") and "dump" in about for s, _, about in _statements(a, b))


def test_a_bare_officer_of_the_firm_a_report_is_about_denies_for_it():
    # "Managing director Stephen Roe", no firm named in the title, in a report about Carvel Mills
    firm = "Carvel Mills denied suggestions that the tank had missed a required inspection."
    officer = ("Carvel Mills will reopen its silo in May. Managing director Stephen Roe rejected claims that "
               "safety checks had been skipped.")
    assert any(s == "agree" for s, _, _ in _statements(firm, officer))
    # the officer of a report about another firm does not speak for this one
    other = ("Dunmore Grain will reopen its silo in May. Managing director Stephen Roe rejected claims that "
             "safety checks had been skipped at Dunmore Grain.")
    assert not any(s == "agree" for s, _, about in _statements(firm, other) if "skip" in about)


def test_rejecting_a_proposal_is_a_stance_not_a_denial_of_a_claim():
    # "rejected the ferry plan" refuses the plan: no denial that a negated clause could agree with
    got = _statements("The harbour master said he would not oppose the ferry plan.",
                      "The harbour master rejected the ferry plan within a day.")
    assert not any(s == "agree" for s, _, _ in got), got
    # a claim noun after the same verb is still denied ("rejected the allegations of ...")
    got = _statements("The harbour master denied that the ferry plan had been leaked.",
                      "The harbour master rejected allegations that the ferry plan was leaked.")
    assert any(s == "agree" for s, _, _ in got), got


def test_one_denier_denying_two_wordings_of_what_one_thing_is_said_to_be_denies_once():
    # "promised" and "earmarked" share no word nor a WordNet sense: the one denier and the one
    # thing the claim is about (the boathouse) show one denial
    a = ("Rosa Quell is the ports minister. "
         "Rosa Quell denied that the old boathouse had been promised to a casino group.")
    b = "Rosa Quell rejected claims that the old boathouse was earmarked for gambling."
    got = _statements(a, b)
    assert any(s == "agree" and about.startswith("denied") for s, _, about in got)
    # controls: another denier; one denier's claim about another thing
    c = "Tomas Brill rejected claims that the old boathouse was earmarked for gambling."
    assert not any(about.startswith("denied") for _, _, about in _statements(a, c))
    d = "Rosa Quell rejected claims that the harbour crane was earmarked for gambling."
    assert not any(s == "agree" and about.startswith("denied") for s, _, about in _statements(a, d))


def test_one_denier_denying_a_state_and_an_act_of_one_thing_denies_two_claims():
    # what the pier is and what was done to it are two claims, though one denier denies both;
    # two wordings of the pier's state are one
    a = "Rosa Quell is the ports minister. Rosa Quell denied that the old pier had been sold."
    b = "Rosa Quell rejected claims that the old pier was unsafe."
    assert not any(s == "agree" and about.startswith("denied") for s, _, about in _statements(a, b))
    c = "Rosa Quell is the ports minister. Rosa Quell denied that the old pier was a danger to walkers."
    assert any(s == "agree" and about.startswith("denied") for s, _, about in _statements(c, b))


def test_one_denier_under_two_ids_meets_its_other_denial():
    # "orvelle-mining-corporation" and "orvelle" are one actor (phrases.one_actor), which no key
    # written from one id shows: a misconduct denied by its noun and a claim of one rejected
    got = _statements("Orvelle Mining Corporation denied any wrongdoing over the tender.",
                      "Orvelle rejected claims of favouritism, a spokesman said.")
    assert any(s == "agree" and "denied by" in about for s, _, about in got), got


def test_a_body_named_in_full_in_one_denied_claim_and_by_its_initials_in_the_other_is_one_word():
    a = "Harbour minister Elin Varga denied that the Northern Fisheries Licensing Board had ordered the closure."
    b = "Elin Varga rejected claims that the NFLB forced the decision."
    assert any(s == "agree" and about.startswith("denied") and "nflb" in about for s, _, about in _statements(a, b))
    # control: initials of another body
    c = "Elin Varga rejected claims that the NWA forced the decision."
    assert not any(about.startswith("denied") for _, _, about in _statements(a, c))
