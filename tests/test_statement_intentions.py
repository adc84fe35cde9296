"""Statements carried by a noun of intention ("has no plans to", "no intention of", "scrapped
plans to") and negations that speak of what is to come ("ruled out"), against a possibility:
frames (pipeline/frames/clause_intentions.intention_of) and their comparison
(compare/statements/modality._excludes). Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack import extract

from extracted import statement_statuses as _statuses, clause_of as _clause

pytestmark = pytest.mark.model


def test_no_plans_to_act_is_the_holders_negated_plan():
    k = _clause("Orrin Textiles said on Monday it has no plans to shut its spinning mill in Tarvo.", "shut")
    assert k.subject == "orrin-textiles"  # "it" takes up the company through "has", not "no plans"
    assert (k.polarity, k.polarity_cue, k.modality) == ("negative", "no", "plan")


def test_a_negated_verb_of_having_and_an_of_gerund_negate_the_act_too():
    k = _clause("The ferry operator does not have any plans to raise its fares.", "raise")
    assert (k.subject_text, k.polarity, k.polarity_cue) == ("The ferry operator", "negative", "not")
    k = _clause("The ferry operator has no intention of dropping the night crossing.", "drop")
    assert (k.subject_text, k.polarity, k.modality) == ("The ferry operator", "negative", "plan")


def test_giving_up_a_plan_negates_it_but_judging_anothers_plan_does_not():
    k = _clause("The rowing club scrapped plans to sell its boathouse.", "sell")
    assert (k.subject_text, k.polarity, k.polarity_cue) == ("The rowing club", "negative", "scrap")
    k = _clause("Neighbours rejected plans to build a car park behind the boathouse.", "build")
    assert k.subject_text != "Neighbours" and k.polarity == "positive"  # the plan is another's


def test_a_denied_plan_and_a_ruling_out_exclude_what_the_other_side_says_may_happen():
    may = "Orrin Textiles may shut its spinning mill in Tarvo next year, a union official said."
    assert ("conflict", "polarity") in _statuses(
        "Orrin Textiles said on Monday it has no plans to shut its spinning mill in Tarvo.", may)
    assert ("conflict", "polarity") in _statuses("Orrin Textiles ruled out shutting its spinning mill in Tarvo.", may)


def test_a_past_negation_against_a_possibility_stays_related():
    assert _statuses("Orrin Textiles did not shut its spinning mill in Tarvo.",
                     "Orrin Textiles may shut its spinning mill in Tarvo next year.") == {("related", "polarity")}


def test_an_ing_clause_after_a_verb_of_refusal_is_what_it_refuses():
    # the parser labels the -ing clause after "ruled out" an adverbial clause
    k = _clause("The harbour master ruled out closing the northern quay before spring.", "close")
    assert (k.subject_text, k.polarity, k.polarity_cue) == ("The harbour master", "negative", "rule")
    k = _clause("The goalkeeper denied accepting money from the betting ring.", "accept")
    assert k.polarity == "negative"
    # set off by a comma, an -ing clause comments on the act: "rejected" governs nothing in it
    k = _clause("The harbour master rejected the request, calling it premature.", "call")
    assert k.polarity == "positive"


def test_not_ruling_out_an_act_leaves_it_possible():
    k = _clause("The harbour master did not rule out closing the northern quay.", "close")
    assert (k.polarity, k.modality) == ("positive", "may")
    k = _clause("The harbour master refused to rule out closing the northern quay.", "close")
    assert (k.polarity, k.modality) == ("positive", "may")
    # so it conflicts with a flat refusal, and is only related to the act done
    assert ("conflict", "polarity") in _statuses("The harbour master did not rule out closing the northern quay.",
                                                 "The harbour master will not close the northern quay.")
    assert _statuses("The harbour master did not rule out closing the northern quay.",
                     "The harbour master closed the northern quay.") == {("related", "modality")}


def test_an_ordinal_counts_instances_and_names_no_other_kind():
    # "a second auction" may be the offshore auction the other side has no plans to hold ...
    assert ("conflict", "polarity") in _statuses(
        "The energy ministry has no plans to hold an offshore auction before 2030.",
        "A second auction may be held as early as next spring, the energy ministry said.")
    # ... but "a coastal auction" names another kind of auction
    assert ("conflict", "polarity") not in _statuses(
        "The energy ministry has no plans to hold an offshore auction before 2030.",
        "A coastal auction may be held as early as next spring, the energy ministry said.")


def test_a_measure_announced_or_imposed_is_the_act_it_names():
    k = _clause("The river authority announced a ban on plastic bags at its beaches.", "ban")
    assert (k.subject_text, k.polarity, k.modality) == ("The river authority", "positive", None)
    assert k.object.endswith("bag")
    assert ("conflict", "polarity") in _statuses(
        "The river authority imposed a ban on plastic bags at its beaches.",
        "The river authority will not ban plastic bags at its beaches, its chair said.")
    # a noun that names no act keeps its verb ("announced a new chair")
    assert _clause("The river authority announced a new chair for its board.", "announce").object.endswith("chair")


def test_an_indirect_question_leaves_its_act_open_whatever_governs_it():
    # "has not decided whether to fine": neither fined nor not fined; the negation is the deciding's
    k = _clause("The harbour board has not decided whether to fine the ferry company.", "fine")
    assert (k.polarity, k.modality) == ("positive", "may")
    k = _clause("The rowing club has not yet said if it will sell its boathouse.", "sell")
    assert (k.polarity, k.modality) == ("positive", "may")
    # as an adverbial, "if" is a condition, not a question
    k = _clause("The rowing club will sell its boathouse if the council approves.", "sell")
    assert k.modality == "if"
    # so an open question conflicts with a decision against, and agrees with a possibility
    open_ = "The harbour board has not decided whether to fine the ferry company."
    assert ("conflict", "polarity") in _statuses(open_, "The harbour board will not fine the ferry company.")
    assert ("agree", "equal") in _statuses(open_, "The harbour board may fine the ferry company.")


def test_an_action_noun_ruled_out_is_the_verb_it_is_made_from_done_to_its_compound_modifier():
    # "closure" is also a rare verb of its own in WordNet (to cloture); it names the act of closing
    k = _clause("The savings bank ruled out closures in the valley.", "close")
    assert (k.polarity, k.polarity_cue) == ("negative", "rule")
    # a compound's modifier is what the act is done to: "depot closures" close depots
    k = _clause("The savings bank could not rule out depot closures.", "close")
    assert (k.object, k.polarity, k.modality) == ("depot", "positive", "can")
    assert ("conflict", "polarity") in _statuses("The savings bank has no plans to close depots.",
                                                 "The savings bank could not rule out depot closures.")
    # a noun the same as its verb still needs a complement ("a tax plan" is a thing, not planning taxes)
    assert not [k for c in extract([], text="The savings bank ruled out a tax plan.", published="2031-04-02").claims
                if c.frame for k in c.frame.clauses if k.predicate == "plan"]
    # ... or, when it names an act or an event, a compound modifier: "a toll rise" is the toll rising
    k = _clause("The harbour board ruled out a toll rise.", "rise")
    assert (k.object, k.polarity, k.polarity_cue) == ("toll", "negative", "rule")


def test_a_question_a_source_refuses_to_answer_asserts_nothing():
    # "declined to say whether": the answer is withheld, neither possible nor ruled out
    k = _clause("The shipping line declined to say whether it would close the Tallin route.", "close")
    assert (k.polarity, k.modality) == ("positive", "say")
    k = _clause("The shipping line would not comment on whether it would close the Tallin route.", "close")
    assert k.modality == "comment"
    k = _clause("The shipping line would not be drawn on whether it would close the Tallin route.", "close")
    assert k.modality == "draw"
    # not yet said, or not known, is still an open question
    k = _clause("The shipping line could not say whether it would close the Tallin route.", "close")
    assert k.modality == "may"
    # so a refusal to answer is no conflict with a decision either way
    refused = "The shipping line declined to say whether it would close the Tallin route."
    assert not any(s == "conflict" for s, _ in _statuses(
        refused, "The shipping line said it would not close the Tallin route."))
    # and two refusals in two idioms are one non-answer
    assert ("agree", "equal") in _statuses(
        refused, "The shipping line would not be drawn on whether it would close the Tallin route.")


def test_an_ing_clause_completing_a_noun_names_what_the_noun_is_about_not_a_deed():
    k = _clause("The ferry operator made no decision on dropping the night crossing.", "drop")
    assert k.modality == "decision"
    # the parser hangs "on" on the verb that makes the noun: it is still the noun's
    k = _clause("No decision has been made on dropping the night crossing, the ferry operator said.", "drop")
    assert k.modality == "decision"
    # a decision not yet made is not the deed it is about
    assert ("agree", "equal") not in _statuses(
        "The ferry operator made no decision on dropping the night crossing.",
        "The ferry operator will drop the night crossing in May.")
    # "no intention of dropping" stays the holder's negated plan
    k = _clause("The ferry operator has no intention of dropping the night crossing.", "drop")
    assert (k.polarity, k.modality) == ("negative", "plan")


def test_a_measure_put_on_someone_is_the_act_done_to_them():
    # the parser hangs "on the ferry company" on "imposed": it is still what the fine is put on
    k = _clause("The harbour board imposed a fine on the ferry company for late sailings.", "fine")
    assert k.object.endswith("company") and k.polarity == "positive"
    assert ("conflict", "polarity") in _statuses(
        "The harbour board imposed a fine on the ferry company for late sailings.",
        "The harbour board did not fine the ferry company, its chair said.")
    # "issued a ban" bans, as "announced a ban" does
    k = _clause("The river authority issued a ban on jet skis at its beaches.", "ban")
    assert k.object.endswith("ski")
    # an "on" phrase that is a date is no target: "imposed a curfew on Friday" names no one
    assert _clause("The harbour board imposed a fine on Friday.", "impose").object == "fine"


def test_a_ruling_out_does_not_contradict_the_act_told_as_done_before_it():
    ruled = "The harbour minister ruled out changes to the mooring law before the review."
    got = _statuses(ruled, "The mooring law changed in 2011, when fees were introduced.")
    assert ("conflict", "polarity") not in got and ("related", "polarity") in got, got
    # ... and still contradicts it said to come
    assert ("conflict", "polarity") in _statuses(ruled, "The mooring law may change after the review.")
    plans = "The rowing club has no plans to sell its boathouse at Kelso."
    assert ("conflict", "polarity") not in _statuses(plans, "The rowing club sold its boathouse at Kelso in 2009.")
    assert ("conflict", "polarity") in _statuses(plans, "The rowing club may sell its boathouse at Kelso.")


def test_a_state_kept_by_the_doer_is_the_state_the_thing_stays_in():
    got = _statuses("The island council pledged to keep the school bus service free.",
                    "The island council said the school bus service would stay free.")
    assert ("agree", "equal") in got, got
    got = _statuses("The island council would not keep the school bus service free.",
                    "The island council said the school bus service would stay free.")
    assert ("conflict", "polarity") in got, got
    # another state is no such statement
    got = _statuses("The island council pledged to keep the school bus service free.",
                    "The island council said the school bus service would stay open.")
    assert not any(s in ("agree", "conflict") for s, _ in got), got


def test_a_thing_said_to_come_excludes_it_said_maybe_not_to():
    # will-P entails not possibly not-P: "could not promise all would keep their jobs" is
    # recorded as a possibility negated (may, negative)
    got = _statuses("The quarry's staff will keep their jobs, the new owner said.",
                    "The quarry's staff may not keep their jobs, the new owner said.")
    assert ("conflict", "polarity") in got, got
    # a possibility against a possibility is no contradiction: both may hold
    got = _statuses("The quarry's staff may keep their jobs, the new owner said.",
                    "The quarry's staff may not keep their jobs, the new owner said.")
    assert ("conflict", "polarity") not in got, got


def test_a_thing_exempt_from_a_rule_is_a_thing_the_rule_does_not_apply_to():
    exempt = "Church bake sales are exempt from the sugar levy, the treasury said."
    got = _statuses("The sugar levy would not apply to church bake sales, the treasury said.", exempt)
    assert ("agree", "equal") in got, got
    got = _statuses("The sugar levy will apply to church bake sales, the treasury said.", exempt)
    assert ("conflict", "polarity") in got, got
    # another rule named on the exempt side is no such statement
    got = _statuses("The sugar levy will apply to church bake sales, the treasury said.",
                    "Church bake sales are exempt from the stamp duty, the treasury said.")
    assert not any(s in ("agree", "conflict") for s, _ in got), got


def test_a_thing_free_of_charge_is_a_thing_nobody_is_charged_or_pays_for():
    free = "Bus passes will be free for pupils from September, the council said."
    got = _statuses(free, "Pupils will not be charged for bus passes from September, a councillor said.")
    assert ("agree", "equal") in got, got
    got = _statuses("Pupils will have to pay for their bus passes, a councillor said.", free)
    assert ("conflict", "polarity") in got, got
    got = _statuses("Admission to the botanical garden will stay free, the trust said.",
                    "Visitors will not pay for admission to the botanical garden, the trust said.")
    assert ("agree", "equal") in got, got
    # free for some says nothing of what others pay
    got = _statuses(free, "Adults will be charged for bus passes, a councillor said.")
    assert not any(s in ("agree", "conflict") for s, _ in got), got


def test_a_permission_denied_excludes_the_act_said_possible_and_a_permission_given_its_denial():
    assert ("conflict", "polarity") in _statuses("Kiosks will not be allowed to sell fireworks in the old town, the mayor said.",
                                                 "Kiosks may still sell fireworks in the old town, the mayor said.")
    assert ("conflict", "polarity") in _statuses("The park will not allow campers to light fires this summer.",
                                                 "Campers will light fires at the lakeside this summer, rangers said.")
    assert ("conflict", "polarity") in _statuses("Kiosks will be allowed to sell fireworks in the old town, the mayor said.",
                                                 "Kiosks may not sell fireworks in the old town, the mayor said.")
    # allowed to, and choosing not to: no contradiction
    statuses = _statuses("Kiosks will be allowed to sell fireworks in the old town, the mayor said.",
                         "Kiosks will not sell fireworks in the old town, their association said.")
    assert ("conflict", "polarity") not in statuses


def test_a_rule_that_covers_a_thing_applies_to_it():
    no = "The speed limit will not apply to ambulances, the transport minister said."
    assert ("conflict", "polarity") in _statuses(no, "Ambulances will also be covered by the speed limit, the minister said.")
    assert ("conflict", "polarity") in _statuses(no, "The speed limit will also cover ambulances, the minister said.")
    assert ("agree", "equal") in _statuses("The speed limit will apply to ambulances, the transport minister said.",
                                           "The speed limit will also cover ambulances, the minister said.")
    # another rule covering the same thing says nothing of this one
    assert ("conflict", "polarity") not in _statuses(no, "The noise rule will also cover ambulances, the minister said.")


def test_a_party_that_signs_or_wins_an_agreement_is_bound_to_its_act():
    k = _clause("Harlow Grain signed a deal to ship barley to Tunisia.", "ship")
    assert (k.subject_text, k.polarity, k.modality) == ("Harlow Grain", "positive", None)
    k = _clause("A Gdynia yard clinched a contract to build two ferries.", "build")
    assert (k.subject_text, k.modality) == ("A Gdynia yard", None)
    k = _clause("Harlow Grain has no deal to ship barley to Tunisia.", "ship")
    assert (k.polarity, k.polarity_cue) == ("negative", "no")
    # ... but an agreement no party is said to hold binds no one to it
    k = _clause("The deal to ship barley to Tunisia fell through in May.", "ship")
    assert k.modality == "deal"


def test_no_plans_with_no_holder_negate_the_act_once():
    k = _clause("The harbour master said there were no plans to dredge the inner basin.", "dredge")
    assert (k.polarity, k.polarity_cue, k.modality) == ("negative", "no", "plan")
    k = _clause("No plans to dredge the inner basin have been drawn up.", "dredge")
    assert (k.polarity, k.modality) == ("negative", "plan")


def test_an_act_under_consideration_conflicts_with_it_decided_but_not_with_it_possible():
    weighing = "The rowing club is considering selling its boathouse, its chairwoman said."
    got = _statuses(weighing, "The rowing club has decided to sell its boathouse, members were told.")
    assert ("conflict", "modality") in got, got
    got = _statuses(weighing, "The rowing club will sell its boathouse in the spring, members were told.")
    assert ("conflict", "modality") in got, got
    # a possibility is what consideration leaves open; an act told as done long ago is no decision
    assert ("conflict", "modality") not in _statuses(weighing, "The rowing club may sell its boathouse, members were told.")
    assert ("conflict", "modality") not in _statuses(weighing, "The rowing club sold its first boathouse in 1998.")


def test_an_obligation_is_no_decision_of_an_act_under_consideration():
    # "must" is an obligation or a demand, no decision (modality.decided), for an act as for a thing
    weighing = "The rowing club is considering selling its boathouse, its chairwoman said."
    got = _statuses(weighing, "The rowing club must sell its boathouse, its creditors said.")
    assert ("conflict", "modality") not in got, got


def test_an_act_denied_outright_by_no_one_conflicts_with_anyones_act_of_it():
    none = "There will be no compensation for the drowned cattle, the ministry said."
    got = _statuses(none, "Farmers will be compensated for the drowned cattle, the ministry said.")
    assert ("conflict", "polarity") in got, got
    # another thing compensated is another act; an act told as done before says nothing of what is to come
    got = _statuses(none, "Farmers will be compensated for the flooded barns, the ministry said.")
    assert ("conflict", "polarity") not in got, got
    got = _statuses("There will be no compensation, the ministry said.",
                    "Farmers were compensated for drowned cattle in 2019, the ministry said.")
    assert ("conflict", "polarity") not in got, got


def test_an_act_noun_of_a_change_meets_the_verb_that_causes_it():
    # "a rise in the toll" names raising the toll as much as the toll rising (WordNet's cause pointer)
    from dataclasses import replace

    from claimtrack.compare.pair import prepare
    from claimtrack.compare.statements import judge_statements
    from extracted import extracted_doc

    ruled = prepare(extracted_doc("The harbour master ruled out raising the mooring toll.", "a.txt"))
    weighing = prepare(extracted_doc("The harbour master is considering raising the mooring toll.", "b.txt"))
    x = next(m for m in ruled.mentions if m.kind == "statement")
    y = next(m for m in weighing.mentions if m.kind == "statement")
    noun = replace(x, frame=x.frame.model_copy(update={"predicate": "rise", "nominal": "rise"}))
    got = judge_statements(noun, y)
    assert got is not None and got.status == "conflict", got
    # a verb record ("the toll rose") is not read so: "rise" and "raise" stay two verbs there
    verb = replace(x, frame=x.frame.model_copy(update={"predicate": "rise"}))
    assert judge_statements(verb, y) is None


def test_an_act_noun_ruled_out_by_its_subject_meets_the_verb_it_is_made_from():
    ruled = "The Pellan water board ruled out a subsidy for the old town's pumps."
    assert ("conflict", "polarity") in _statuses(ruled, "The Pellan water board would subsidise the old town's pumps.")
    assert ("agree", "equal") in _statuses(ruled, "The Pellan water board will not subsidise the old town's pumps.")
    # another subject's act is no act of the one ruling it out ("police ruled out sabotage")
    got = _statuses("Police in Pellan ruled out sabotage at the pumping station.",
                    "Striking fitters may sabotage the pumping station, a union leader warned.")
    assert ("conflict", "polarity") not in got, got


def test_a_ruling_out_is_no_paraphrase_of_a_proposal_with_the_same_words():
    # words in common say the two clauses speak of one thing; the verbs take opposite stances on
    # it, and another party's proposal is no stance of the board's to contradict either
    got = _statuses("The Korvik council ruled out new parking fees in the market square.",
                    "The opposition in Korvik has proposed new parking fees in the market square.")
    assert ("agree", "paraphrased") not in got and ("conflict", "polarity") not in got, got


def test_a_plan_for_a_thing_is_planning_it_negated_by_the_nouns_no_or_by_giving_it_up():
    k = _clause("The lighthouse trust has no plans for a second visitor centre.", "plan")
    assert (k.subject_text, k.object, k.polarity, k.polarity_cue) == ("The lighthouse trust", "visitor centre",
                                                                       "negative", "no")
    k = _clause("There are no plans for a cable car on the ridge.", "plan")
    assert (k.object, k.polarity) == ("cable car", "negative")
    k = _clause("The lighthouse trust shelved plans for a second visitor centre.", "plan")
    assert (k.polarity, k.polarity_cue) == ("negative", "shelve")
    k = _clause("The lighthouse trust unveiled plans for a second visitor centre.", "plan")
    assert (k.object, k.polarity) == ("visitor centre", "positive")
    # a figure or a date is no thing planned
    assert not [k for c in extract([], text="The trust has no plans for 2032.", published="2031-04-02").claims
                if c.frame for k in c.frame.clauses if k.predicate == "plan"]


def test_no_plan_for_a_thing_stands_against_it_weighed_or_said_to_come_and_with_its_ruling_out():
    none = "The lighthouse trust has no plans for a second visitor centre."
    assert ("conflict", "polarity") in _statuses(none, "The lighthouse trust is weighing a second visitor centre.")
    assert ("conflict", "polarity") in _statuses(none, "A second visitor centre will be built, the lighthouse trust said.")
    assert ("agree", "equal") in _statuses(none, "The lighthouse trust ruled out a second visitor centre.")
    # a negated act of proposing says what was not done, and holds nothing off
    assert ("conflict", "polarity") not in _statuses("The lighthouse trust did not propose a second visitor centre.",
                                                     "A second visitor centre will be built.")
    # "a similar ban" is another ban like the one there is, not that one
    assert ("conflict", "polarity") not in _statuses("Osk council, whose harbour is busier, plans no similar curfew.",
                                                     "Osk council could widen the curfew to the harbour.")


def test_a_plan_for_people_or_a_body_names_whom_it_is_for_not_what_is_planned():
    # review s34 finding 2: the "for" phrase of people is the beneficiary
    got = _statuses("Kelmar told the union there were no plans for the 300 workers at its Brisk plant.",
                    "Kelmar will lay off 300 workers at its Brisk plant, the union said.")
    assert ("conflict", "polarity") not in got
    assert not [k for c in extract([], text="The lighthouse trust has no plans for the island's residents.",
                                   published="2031-04-02").claims if c.frame for k in c.frame.clauses if k.predicate == "plan"]


def test_a_plan_and_the_act_said_to_come_are_one_intended_act():
    # "plans to" and "will" of the subject's own act state one intention (modality.one_intention)
    assert _statuses("The Halvard brass band will tour Iceland next summer.",
                     "The Halvard brass band plans to tour Iceland next summer.") == {("agree", "equal")}
    assert ("agree", "equal") in _statuses("The ferry company has no plans to cut the winter crossings.",
                                           "The ferry company will not cut the winter crossings.")


def test_a_plan_against_the_act_told_as_done_or_a_possibility_stays_apart():
    assert ("agree", "equal") not in _statuses("The Halvard brass band plans to tour Iceland.",
                                               "The Halvard brass band toured Iceland last summer.")
    assert _statuses("The Halvard brass band may tour Iceland next summer.",
                     "The Halvard brass band will tour Iceland next summer.") == {("related", "modality")}


def test_a_permission_withheld_and_the_act_said_not_to_come_agree():
    # both say the upper reservoir will not be fished: one by the rule, one by the act
    assert ("agree", "equal") in _statuses("Anglers will not be permitted to fish the upper reservoir this year.",
                                           "No angler will fish the upper reservoir this year, the club said.")
    assert ("agree", "equal") in _statuses("The club will not let its members fish the upper reservoir this year.",
                                           "Members will not fish the upper reservoir this year, the club said.")
    # control: a permission given says nothing of the act being done
    assert ("agree", "equal") not in _statuses("Anglers will be permitted to fish the upper reservoir this year.",
                                               "Anglers will fish the upper reservoir this year, the club said.")


def test_an_act_refused_conflicts_with_its_noun_or_its_thing_weighed_by_the_same_party():
    # the act ruled out, refused or said not to come, against its noun weighed or planned
    # ("a sale of" / "selling"), or the very thing it brings weighed (foreclosed._act_refused_against_weighed)
    weighing = "The rowing federation is considering a sale of its training centre to the university."
    for refusal in ("The rowing federation has ruled out selling its training centre.",
                    "The rowing federation refused to sell its training centre.",
                    "The rowing federation will not sell the training centre, its president said."):
        assert ("conflict", "polarity") in _statuses(refusal, weighing), refusal
    assert ("conflict", "polarity") in _statuses("Its leader said the county council would not introduce a congestion toll.",
                                                 "The county council is studying a congestion toll for the ring road.")


def test_an_act_refused_is_no_conflict_with_another_thing_another_party_or_a_change_of_it_weighed():
    refusal = "The rowing federation has ruled out selling its training centre."
    for weighing in ("The rowing federation is considering a sale of its boathouse.",  # another thing
                     "The city university is considering a sale of the federation's training centre.",  # another party
                     "The rowing federation was considering a sale of its training centre in 2019."):  # weighed long ago
        assert ("conflict", "polarity") not in _statuses(refusal, weighing), weighing
    # raising a toll says nothing of a toll to come; a past negation refuses nothing
    weighing = "The county council is studying a congestion toll for the ring road."
    for refusal in ("The county council would not raise the congestion toll.",
                    "The county council did not introduce a congestion toll."):
        assert ("conflict", "polarity") not in _statuses(refusal, weighing), refusal


def test_a_thing_ruled_out_conflicts_with_its_act_weighed_or_planned_by_the_same_party():
    # "ruled out any sale of" / "is considering selling", and a thing ruled out against the act that
    # brings it planned (foreclosed.judge_foreclosed, _refused_against_weighed)
    assert ("conflict", "polarity") in _statuses("The rowing federation ruled out any sale of its training centre.",
                                                 "The rowing federation is considering selling the training centre.")
    assert ("conflict", "polarity") in _statuses("Drainage officials said the water board had ruled out a new levy.",
                                                 "The water board plans to introduce a new levy next spring.")
    # another thing sold, another party's plan, a change of the levy there is: no conflict
    assert ("conflict", "polarity") not in _statuses("The rowing federation ruled out any sale of its training centre.",
                                                     "The rowing federation is considering selling its boathouse.")
    for other in ("The fishing cooperative plans to introduce a new levy next spring.",
                  "The water board plans to raise the levy next spring."):
        assert ("conflict", "polarity") not in _statuses("The water board ruled out a new levy.", other), other
