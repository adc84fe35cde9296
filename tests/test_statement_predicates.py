"""Predicates that meet through a support verb and its noun (compare.statements.lexicon
.support_names): "made a commitment" / "committed", "voiced optimism" / "was optimistic",
"are supporters of" / "support". Invented sentences only, through the real extractor; and the
lexicon's tables read directly."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.lexicon import noun_names_state, support_names
from claimtrack.compare.statements.payments import pays
from claimtrack.compare.statements.phrases import term_of, text_terms


# --- the lexicon (tables only, no model) ----------------------------------------------------------

def test_a_verb_of_meeting_a_cost_pays_an_amount_paid_and_nothing_else():
    # WordNet's cost.n.01 and its kinds: fares, wages, tolls, rent are amounts paid
    assert pays("cover", "fare") and pays("meet", "wage") and pays("foot", "bill") and pays("pay", "volunteer")
    assert pays("share", "cost") and pays("contribute", "running cost")
    assert not pays("meet", "volunteer") and not pays("cover", "story") and not pays("share", "border")


def test_the_inflections_of_one_word_fold_to_one_term():
    # a suffix-stripper alone gives "pric" for "prices" and "pricing" but "price" for "price"
    assert term_of("prices") == term_of("pricing") == term_of("priced") == term_of("price")
    assert term_of("hired") == term_of("hiring") == term_of("hires") == term_of("hire")
    assert term_of("rates") == term_of("rate")  # WordNet's noun "rates" (local taxes) is not read first
    assert term_of("labour") == term_of("labor")  # spelling still folded
    assert text_terms("its rates were raised") == {term_of("rate"), term_of("raise")}
    assert term_of("rate") != term_of("rat")


def test_a_verb_of_expressing_with_an_attitude_noun_states_the_attitude():
    assert support_names("express", "optimism", "stay optimistic")
    assert support_names("voice", "concern", "be concerned")  # a participle of the noun's verb
    assert support_names("signal", "willingness", "be willing")
    assert not support_names("express", "optimism", "stay pessimistic")


def test_an_agent_noun_after_a_linking_verb_names_its_act_and_no_other_noun_does():
    assert support_names("be", "supporters", "support")
    assert support_names("remain", "critic", "criticize")
    # a noun of the act itself is no doer: "the plan is a withdrawal" says nothing of who withdraws
    assert not support_names("be", "withdrawal", "withdraw")


def test_a_verb_of_role_with_an_agent_noun_names_its_act():
    assert support_names("act", "mediator", "mediate")
    assert support_names("serve", "advisers", "advise")
    assert not support_names("act", "mediation", "mediate")  # the act itself, no role


def test_make_and_give_do_the_act_their_noun_names_but_take_is_not_read_so():
    assert support_names("make", "commitment", "commit")
    assert support_names("give", "approval", "approve")
    assert not support_names("take", "beating", "beat")


def test_filing_or_lodging_a_proceeding_does_its_act():
    # WordNet's file.v / lodge.v 'file a formal charge against': the proceeding is the act done
    assert support_names("file", "challenge", "challenge")
    assert support_names("lodge", "appeal", "appeal")
    assert support_names("file", "lawsuit", "sue")
    assert not support_names("file", "complaint", "challenge")  # another proceeding, another act
    assert not support_names("lodge", "guests", "guest")  # no act noun: lodging people
    assert not support_names("file", "returns", "return")  # a document filed: "filed its tax returns"
    assert not support_names("file", "report", "report")


def test_two_support_verbs_are_not_read_against_each_other():
    assert not support_names("make", "offer", "give")
    assert not support_names("express", "support", "be")


def test_a_state_noun_names_only_its_own_adjective():
    assert noun_names_state("optimism", "be optimistic")
    assert not noun_names_state("optimism", "be pessimistic")
    assert not noun_names_state("optimism", "grow")  # no linking predicate


# --- through the extractor and diff ---------------------------------------------------------------

STORY = " The salt works at Marrow Point reopened its brine pans after the spring storms."


def _statements(a: str, b: str):
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    report = diff_pair(extracted_doc(a + STORY, "a.txt"), extracted_doc(b + STORY, "b.txt"))
    return [(m.status, m.relation, m.about) for m in report.matches if m.kind == "statement"]


@pytest.mark.model
def test_voicing_optimism_agrees_with_being_optimistic():
    got = _statements("The Halvorsen Trust was optimistic about the salt works' new owners.",
                      "The Halvorsen Trust voiced optimism about the salt works' new owners.")
    assert any(s == "agree" and "optimism" in about for s, _, about in got), got


@pytest.mark.model
def test_making_a_commitment_contradicts_refusing_to_commit():
    got = _statements("The Halvorsen Trust refused to commit money to the brine pans.",
                      "The Halvorsen Trust made a firm commitment of money to the brine pans.")
    assert any(s == "conflict" for s, _, _ in got), got


@pytest.mark.model
def test_filing_a_challenge_contradicts_refusing_to_challenge():
    got = _statements("The Halvorsen Trust said it would not challenge the sale of the brine pans.",
                      "The Halvorsen Trust has filed a challenge against the sale of the brine pans.")
    assert any(s == "conflict" and "file challenge" in about for s, _, about in got), got
    got = _statements("The Halvorsen Trust said it would not challenge the sale of the brine pans.",
                      "The Halvorsen Trust has filed its yearly accounts with the harbour office.")
    assert not any(s in ("agree", "conflict") and "account" in about for s, _, about in got), got


@pytest.mark.model
def test_being_supporters_of_a_plan_agrees_with_supporting_it():
    got = _statements("Fishing families in Marrow Point support the harbour plan.",
                      "Fishing families in Marrow Point are keen supporters of the harbour plan.")
    # one action read through the agent noun, not only many words in common (a paraphrase)
    assert any(s == "agree" and r == "equal" and "supporter" in about for s, r, about in got), got


@pytest.mark.model
def test_expressing_an_attitude_is_not_another_attitude():
    got = _statements("The Halvorsen Trust was optimistic about the salt works' new owners.",
                      "The Halvorsen Trust voiced anger about the salt works' new owners.")
    assert not any(s in ("agree", "conflict") and "anger" in about for s, _, about in got), got


@pytest.mark.model
def test_acting_as_an_agent_states_the_agents_act_but_serving_a_person_does_not():
    got = _statements("The Halvorsen Trust offered to mediate between the salt workers and the new owners.",
                      "The Halvorsen Trust has offered to act as mediator between the salt workers and the owners.")
    assert any(s == "agree" and r == "equal" and "mediator" in about for s, r, about in got), got
    got = _statements("The Halvorsen Trust will not advise the new owners of the salt works.",
                      "The Halvorsen Trust will serve as the main adviser to the new owners of the salt works.")
    assert any(s == "conflict" and "adviser" in about for s, _, about in got), got
    # a direct object is whom the verb serves, not a role: "serves owners" does not own
    got = _statements("The Halvorsen Trust will not own boats at Marrow Point.",
                      "The Halvorsen Trust serves owners of boats at Marrow Point.")
    assert not any(s in ("agree", "conflict") and "owner" in about for s, _, about in got), got


@pytest.mark.model
def test_facing_an_act_is_undergoing_it_as_a_passive_states():
    # Oper2: the subject of "face" is who the noun's act is done to (compare/statements/undergoing.py)
    got = _statements("The Halvorsen Trust will face charges over the brine spill, the prosecutor said.",
                      "The Halvorsen Trust will not be charged over the brine spill, the prosecutor said.")
    assert any(s == "conflict" and "face" in about for s, _, about in got), got
    got = _statements("The old brine pump will undergo repairs, the salt works said.",
                      "The old brine pump will not be repaired, the salt works said.")
    assert any(s == "conflict" and "undergo" in about for s, _, about in got), got


@pytest.mark.model
def test_facing_an_act_is_not_doing_it():
    # an active clause's subject does the act: "will charge visitors" is no charge it faces
    got = _statements("The Halvorsen Trust will face charges over the brine spill, the prosecutor said.",
                      "The Halvorsen Trust will not charge visitors for the brine pans, the prosecutor said.")
    assert not any(s in ("agree", "conflict") and "face" in about for s, _, about in got), got


@pytest.mark.model
def test_facing_a_question_or_a_difficulty_is_no_measure_undergone():
    got = _statements("The Halvorsen chair will face questions from reporters about the brine pans, aides said.",
                      "The Halvorsen chair will not be questioned by police about the brine pans, aides said.")
    assert not any(s in ("agree", "conflict") and "face" in about for s, _, about in got), got


@pytest.mark.model
def test_being_told_and_telling_are_two_acts():
    # a passive of a verb of saying against its active, of one subject: told, and telling others
    got = _statements("The Halvorsen Trust was not told of the brine pan closure, its chair said.",
                      "The Halvorsen Trust told the salt workers of the brine pan closure, its chair said.")
    assert not any(s == "conflict" for s, _, _ in got), got


@pytest.mark.model
def test_an_act_faced_and_a_passive_by_two_doers_are_two_acts():
    # review s30 finding 4: both sides name who does the act, and they are two bodies
    got = _statements("The Halvorsen chair faces an inquiry by the salt auditor over the brine pans, aides said.",
                      "The Halvorsen chair will not be investigated by the harbour police over the brine pans, aides said.")
    assert not any(s == "conflict" and "face" in about for s, _, about in got), got
    # ... and one body named on both sides is one act
    got = _statements("The Halvorsen chair faces an inquiry by the salt auditor over the brine pans, aides said.",
                      "The Halvorsen chair will not be investigated by the salt auditor over the brine pans, aides said.")
    assert any(s == "conflict" and "face" in about for s, _, about in got), got


def test_legal_acts_are_wordnet_measures_and_proceedings():
    from claimtrack.compare.statements.legal_acts import legal_acts
    assert {"charge", "trial", "fine", "eviction", "inquiry", "deportation"} <= legal_acts("measures")
    assert not {"question", "challenge", "difficulty"} & legal_acts("measures")
    # a rare sense is no measure: "music" ("face the music"), "research" (not what an authority does)
    assert not {"music", "research", "medicine", "survey"} & legal_acts("measures")
    assert {"appeal", "complaint", "petition", "lawsuit"} <= legal_acts("proceedings")
    assert not {"return", "report", "document", "purism", "whine", "collection"} & legal_acts("proceedings")


@pytest.mark.model
def test_needing_an_act_is_that_act_as_a_passive_that_must_be_done():
    # "needs repairs" is "must be repaired" (undergoing.NEEDING), against its negation too
    got = _statements("The old ferry pier at Halvorsen needs urgent repairs, the port said.",
                      "The old ferry pier at Halvorsen must be repaired this winter, the port said.")
    assert any(s == "agree" and "need" in about for s, _, about in got), got
    got = _statements("The old ferry pier at Halvorsen needs urgent repairs, the port said.",
                      "The old ferry pier at Halvorsen does not have to be repaired this winter, the port said.")
    assert any(s == "conflict" and "need" in about for s, _, about in got), got


@pytest.mark.model
def test_needing_an_act_says_nothing_of_whether_it_will_be_done():
    # a need is no forecast: "will not be repaired" may well be true of a pier that needs repairs
    got = _statements("The old ferry pier at Halvorsen needs urgent repairs, the port said.",
                      "The old ferry pier at Halvorsen will not be repaired this winter, the port said.")
    assert not any(s in ("agree", "conflict") and "need" in about for s, _, about in got), got
    # ... and two bodies whose approval is needed are two acts
    got = _statements("The Halvorsen harbour lease requires approval from the island cabinet, officials said.",
                      "The Halvorsen harbour lease must be approved by port councillors, officials said.")
    assert not any(s in ("agree", "conflict") and "need" in about for s, _, about in got), got


@pytest.mark.model
def test_an_act_faced_now_is_still_to_come():
    # review s31 finding 1: "faces" an inquiry is one pending; "has not been investigated" holds till then
    got = _statements("The Halvorsen chair faces an inquiry into her travel claims, aides said.",
                      "The Halvorsen chair has not been investigated over her travel claims, her office said.")
    assert not any(s == "conflict" and "face" in about for s, _, about in got), got


def test_a_requirement_is_apart_from_anything_but_a_requirement():
    # modality.necessity_apart: "must" of a passive or an act noun, or "need" with an object, against
    # any other modality; a duty on the doer ("must pay") still meets the doer's act
    from types import SimpleNamespace as M
    from types import SimpleNamespace as F

    from claimtrack.compare.statements.modality import contradicts, necessity_apart

    def clause(text, predicate, modality, polarity="positive", obj="tariff", **kw):
        return M(text=text, frame=F(predicate=predicate, modality=modality, polarity=polarity, object=obj,
                                    subject=None, subject_text=kw.get("subject_text"), nominal=kw.get("nominal")))

    passive = clause("the tariff must be approved", "approve", "must")
    noun = clause("board approval", "approve", "must", obj="board", nominal="approval")
    needs = clause("the tariff needs approval", "need", None, obj="approval", subject_text="the tariff")
    wont = clause("the board will not approve the tariff", "approve", "will", "negative", subject_text="the board")
    need_not = clause("the tariff does not have to be approved", "approve", "must", "negative")
    duty = clause("shippers must pay the tariff", "pay", "must", subject_text="shippers")
    refuse = clause("shippers will not pay the tariff", "pay", "will", "negative", subject_text="shippers")
    assert necessity_apart(passive, wont) and necessity_apart(wont, needs) and necessity_apart(noun, wont)
    assert not necessity_apart(passive, need_not) and not necessity_apart(needs, need_not)
    assert not contradicts(passive, wont) and not contradicts(wont, noun)
    assert contradicts(passive, need_not) and contradicts(duty, refuse)


@pytest.mark.model
def test_needing_an_approval_neither_contradicts_a_refusal_nor_agrees_with_the_approval():
    # needing a board's approval is not yet having it: a refusal to give it is `related`, in both orders
    need = "The Tarrow quarry lease needs cabinet approval, the mayor's office said."
    refuse = "The cabinet will not approve the Tarrow quarry lease, the mayor's office said."
    for a, b in ((need, refuse), (refuse, need)):
        got = [(s, about) for s, _, about in _statements(a, b) if "approv" in about or "need" in about]
        assert got and not any(s == "conflict" for s, _ in got), got
    # ... nor is the approval given the same statement as the need of it
    got = _statements(need, "The cabinet approved the Tarrow quarry lease on Monday, the mayor's office said.")
    assert not any(s == "agree" and ("approv" in about or "need" in about) for s, _, about in got), got
