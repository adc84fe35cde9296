"""Statement records (the claim frame's clauses, pipeline/frames) for verbs that govern another
act: a negated verb of permission forbids the act it governs, and "have" with an object before
a to-infinitive is the verb of possession, not the semi-auxiliary "have to". Invented sentences
only, through the real extractor."""

from __future__ import annotations

import pytest

from extracted import clause_of as _clause, statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_a_negated_permission_forbids_the_act_it_governs():
    k = _clause("The harbour board will not allow trawlers to unload at the east quay.", "unload")
    assert (k.subject_text, k.polarity, k.polarity_cue, k.modality) == ("trawlers", "negative", "not", "allow")
    k = _clause("Trawlers will not be permitted to unload at the east quay.", "unload")
    assert (k.polarity, k.modality) == ("negative", "permit")
    k = _clause("The harbour board refused to let trawlers unload at the east quay.", "unload")
    assert (k.polarity, k.polarity_cue, k.modality) == ("negative", "refuse", "let")


def test_a_permission_given_leaves_the_act_allowed_and_positive():
    k = _clause("The harbour board will allow trawlers to unload at the east quay.", "unload")
    assert (k.polarity, k.modality) == ("positive", "allow")
    k = _clause("The harbour board allowed trawlers not to unload at the east quay.", "unload")
    assert (k.polarity, k.polarity_cue) == ("negative", "not")  # the act's own negation


def test_permission_refused_and_given_are_never_one_agreeing_act():
    got = _statuses("The harbour board will not allow trawlers to unload at the east quay.",
                    "The harbour board will let trawlers unload at the east quay.")
    assert ("conflict", "polarity") in got and not any(status == "agree" for status, _ in got)


def test_have_with_an_object_before_an_infinitive_is_not_an_obligation():
    # the parser hangs the infinitive on "had": before, the act read as 'must' and positive
    k = _clause("The county had the resources to cope with the drought.", "cope")
    assert (k.subject_text, k.polarity, k.modality) == ("The county", "positive", "resource")
    k = _clause("The parish council had no grounds to delay the auction.", "delay")
    assert (k.subject_text, k.polarity, k.polarity_cue, k.modality) == (
        "The parish council", "negative", "no", "ground")


def test_the_one_who_has_the_noun_does_the_act_and_a_negated_have_negates_it():
    k = _clause("The ferry company did not have the staff to run a night crossing.", "run")
    assert (k.subject_text, k.polarity, k.polarity_cue, k.modality) == (
        "The ferry company", "negative", "not", "staff")
    k = _clause("The ferry company has ten days to answer the complaint.", "answer")
    assert (k.subject_text, k.polarity) == ("The ferry company", "positive")
    assert k.modality != "must"


def test_have_to_without_an_object_stays_an_obligation():
    k = _clause("The ferry company has to run a night crossing.", "run")
    assert (k.polarity, k.modality) == ("positive", "must")
    k = _clause("The ferry company does not have to run a night crossing.", "run")
    assert (k.polarity, k.modality) == ("negative", "must")


def test_a_request_the_one_asked_rejects_is_its_act_negated():
    k = _clause("The water board rejected calls to close the reservoir to anglers.", "close")
    assert (k.subject_text, k.polarity, k.polarity_cue, k.modality) == ("The water board", "negative", "reject", None)
    k = _clause("The water board turned down a request to lower the reservoir.", "lower")
    assert (k.subject_text, k.polarity, k.polarity_cue) == ("The water board", "negative", "turn down")
    got = _statuses("The water board rejected calls to close the reservoir to anglers.",
                    "The water board said it would not close the reservoir to anglers.")
    assert ("agree", "equal") in got


def test_a_request_rejected_is_its_act_negated_wherever_the_parser_hangs_the_infinitive():
    # the infinitive after a phrase that names who asked (the parser hangs it inside that phrase
    # or on the verb), and a "for" subject of a passive infinitive ("for the quay to be closed")
    k = _clause("The harbour master on Friday rejected calls by the ferry crews and two anglers' clubs to close "
                "the north quay.", "close")
    assert (k.polarity, k.polarity_cue, k.modality) == ("negative", "reject", None)
    k = _clause("The harbour master has rejected calls for the north quay to be closed.", "close")
    assert (k.polarity, k.polarity_cue) == ("negative", "reject")
    got = _statuses("The harbour master has rejected calls for the north quay to be closed.",
                    "The harbour master ruled out closing the north quay.")
    assert not any(status == "conflict" for status, _ in got)
    # an infinitive with its own subject names what another is asked to do
    k = _clause("The harbour master rejected calls for the ferry crews to strike.", "strike")
    assert k.polarity == "positive"


@pytest.mark.parametrize("asked", ["calls for an inspection of the crane rails", "calls to inspect the crane rails"])
@pytest.mark.parametrize("ignoring", ["has ignored", "has been ignoring"])
def test_an_ignored_request_reads_one_way_whether_its_act_is_a_noun_or_an_infinitive(asked, ignoring):
    # the request's content is the act either way: not done up to now, so it agrees with "has
    # not", contradicts a past deed, and leaves the future open
    ignored = f"The Tamsford port authority {ignoring} {asked}, its deputy director said."
    k = _clause(ignored, "inspect")
    assert (k.subject_text, k.polarity, k.polarity_cue, k.modality) == ("The Tamsford port authority", "negative", "ignore", None)
    said = ", its deputy director said."
    assert ("agree", "equal") in _statuses(ignored, "The Tamsford port authority has not inspected the crane rails" + said)
    got = _statuses(ignored, "The Tamsford port authority inspected the crane rails on Tuesday" + said)
    # ... and the request ignored is no paraphrase of the deed, whatever words the two share
    assert ("conflict", "polarity") in got and ("agree", "paraphrased") not in got, got
    assert not any(status == "conflict" for status, _ in _statuses(
        ignored, "The Tamsford port authority will inspect the crane rails in June" + said))


@pytest.mark.parametrize("asked", ["calls for an inspection of the weir", "calls to inspect the weir"])
def test_a_request_ignored_at_a_time_before_says_nothing_of_the_act_after_it(asked):
    # "up to now" is the present perfect's (review s31 finding 1): a simple past or a past perfect
    # ignoring tells of a time before, so a deed told later is no contradiction, and the act is
    # only asked for
    for ignored in (f"The Brackley canal trust ignored {asked} last spring.",
                    f"The Brackley canal trust had ignored {asked} before the flood."):
        k = _clause(ignored, "inspect")
        assert k.polarity == "positive" and k.modality is not None, (ignored, k)
        got = _statuses(ignored, "The Brackley canal trust inspected the weir on Tuesday.")
        assert not any(status == "conflict" for status, _ in got) and ("agree", "paraphrased") not in got, (ignored, got)


def test_an_act_noun_a_request_asks_for_is_answered_as_its_infinitive_is():
    # "calls for an audit of X" asks for the act the noun names, as "calls to audit X" does
    k = _clause("The water board rejected calls for an inspection of the sluice gates.", "inspect")
    assert (k.subject_text, k.polarity, k.polarity_cue) == ("The water board", "negative", "reject")
    k = _clause("The water board granted a request for an inspection of the sluice gates.", "inspect")
    assert (k.polarity, k.modality) == ("positive", None)
    k = _clause("The water board did not reject calls for an inspection of the sluice gates.", "inspect")
    assert (k.polarity, k.modality) == ("positive", "may")
    # calls for it, ignored up to now, read as calls to do it, ignored (below): not done up to
    # now, which says nothing of what is to come (review s29 finding 3 still holds)
    k = _clause("The water board has ignored calls for an inspection of the sluice gates.", "inspect")
    assert (k.subject_text, k.polarity, k.polarity_cue, k.modality) == ("The water board", "negative", "ignore", None)
    got = _statuses("The water board has ignored calls for an inspection of the sluice gates.",
                    "The water board will inspect the sluice gates next month.")
    assert not any(status == "conflict" for status, _ in got)
    # calls to do it, ignored up to now: not done up to now ("not yet", polarity.json
    # 'unanswered'), which says nothing of what is to come, but agrees with "has not" and
    # contradicts a past act
    k = _clause("The water board has ignored calls to inspect the sluice gates.", "inspect")
    assert (k.polarity, k.polarity_cue) == ("negative", "ignore")
    got = _statuses("The water board has ignored calls to inspect the sluice gates.",
                    "The water board will inspect the sluice gates next month.")
    assert not any(status == "conflict" for status, _ in got)
    ignored = "The harbour chief Ola Brenn has ignored calls to resign over the dredging contract, his office said."
    assert ("agree", "equal") in _statuses(
        ignored, "The harbour chief Ola Brenn has not resigned over the dredging contract, his office said.")
    assert ("conflict", "polarity") in _statuses(
        ignored, "The harbour chief Ola Brenn resigned over the dredging contract on Friday, his office said.")
    # asked for by someone, answered by nobody: only asked, so not a done act
    k = _clause("Two anglers' clubs made calls for an inspection of the sluice gates.", "inspect")
    assert k.polarity == "positive" and k.modality is not None
    got = _statuses("The water board rejected calls for an inspection of the sluice gates.",
                    "The water board will inspect the sluice gates next month.")
    assert ("conflict", "polarity") in got
    got = _statuses("The water board rejected calls for an inspection of the sluice gates.",
                    "The water board said it would not inspect the sluice gates.")
    assert not any(status == "conflict" for status, _ in got)


def test_an_act_noun_asked_for_with_no_argument_is_the_answerers():
    # "calls for a fresh audit": no object or agent of its own, the act is told apart by who
    # answers the request; a request nobody answers leaves no such act
    k = _clause("The water board turned down calls for a fresh audit.", "audit")
    assert (k.subject_text, k.polarity, k.polarity_cue) == ("The water board", "negative", "turn down")
    from claimtrack import extract

    made = extract([], text="Two anglers' clubs made calls for a fresh audit.", published="2031-04-02").claims
    assert not any(k.predicate == "audit" for c in made if c.frame for k in c.frame.clauses)


def test_a_request_granted_is_done_and_one_not_rejected_stays_open():
    k = _clause("The water board granted a request to lower the reservoir.", "lower")
    assert (k.subject_text, k.polarity, k.modality) == ("The water board", "positive", None)
    k = _clause("The harbour master did not reject calls to resign.", "resign")
    assert (k.polarity, k.modality) == ("positive", "may")
    k = _clause("Anglers backed calls to close the reservoir.", "close")
    assert k.subject_text != "Anglers" or k.modality is not None  # the backers are not the ones asked


def test_what_a_source_will_not_guarantee_is_possibly_not_so():
    k = _clause("The owner could not promise that every seasonal worker would be rehired.", "rehire")
    assert (k.polarity, k.polarity_cue, k.modality) == ("negative", "not", "may")
    k = _clause("The owner promised that every seasonal worker would be rehired.", "rehire")
    assert (k.polarity, k.modality) == ("positive", "would")
    got = _statuses("The owner could not promise that every seasonal worker would be rehired.",
                    "The owner said every seasonal worker would be rehired.")
    assert not any(status == "agree" for status, _ in got)


def test_not_one_or_not_a_single_subject_negates_the_clause():
    k = _clause("Not one of the stolen bronzes has been recovered.", "recover")
    assert (k.polarity, k.polarity_cue) == ("negative", "not")
    k = _clause("Not a single lifeguard was on duty at the lake.", "be")
    assert k.polarity == "negative"
    # the record itself is negative (compare no longer needs to read the subject's words)
    k = _clause("Not even one ferry sailed to the island on Sunday.", "sail")
    assert (k.polarity, k.polarity_cue) == ("negative", "not")
    k = _clause("Not any of the ferries sailed to the island on Sunday.", "sail")
    assert (k.polarity, k.polarity_cue) == ("negative", "not")
    got = _statuses("The abbey said the manuscripts would not leave the library under any circumstances.",
                    "Not one manuscript will leave the library, the abbey said.")
    assert ("agree", "equal") in got


def test_not_all_denies_the_universal_and_contradicts_it():
    k = _clause("Not all lifeguards will return next summer.", "return")
    assert (k.polarity, k.polarity_cue) == ("negative", "not all")
    assert ("conflict", "polarity") in _statuses("Not every ferry will sail on Sunday, the operator said.",
                                                 "Every ferry will sail on Sunday, the operator said.")


def test_a_gerund_banned_or_allowed_is_the_act_it_names():
    k = _clause("Camping on the beach is banned.", "camp")
    assert (k.subject, k.object, k.polarity, k.polarity_cue) == (None, "beach", "negative", "ban")
    k = _clause("Camping on the beach is not banned.", "camp")
    assert (k.polarity, k.modality) == ("positive", "allow")
    k = _clause("Camping on the beach is not allowed.", "camp")
    assert (k.polarity, k.modality) == ("negative", "allow")
    got = _statuses("Camping on the beach is banned, the park service said.",
                    "Camping on the beach has been banned since April, the park service said.")
    assert ("agree", "equal") in got


def test_an_infinitive_question_has_its_governors_subject():
    k = _clause("The rowing federation is still studying whether to contest the suspension.", "contest")
    assert (k.subject_text, k.modality) == ("The rowing federation", "may")



def test_what_is_called_off_is_the_object_not_the_cause():
    # the parser hangs "the marathon" on the particle and "of the heat" on "because"
    k = _clause("The city called off the marathon because of the heat.", "call off")
    assert k.object == "marathon"
    k = _clause("The ferry sailed late because of fog in the strait.", "sail")
    assert k.object is None or "fog" not in k.object


def test_a_phrase_put_before_the_verb_is_no_object_of_it():
    # a fronted prepositional phrase is an adverbial; the verb's own phrase follows it
    k = _clause("Under a pact signed with the county, the pilots' union agreed to a shorter season.", "agree")
    assert k.object == "short season"
    k = _clause("At the harbour office, the skippers waited.", "wait")
    assert k.object is None


def test_a_that_before_the_subject_opens_the_clause_and_is_no_object():
    k = _clause("The coach said after the match that they would appeal.", "appeal")
    assert k.object is None


def test_a_negated_verb_of_saying_with_an_indirect_question_is_a_statement_of_its_own():
    # "would not say who ...": the source does not tell; the question states nothing
    k = _clause("The rowing club would not say who had bought the boathouse.", "say")
    assert (k.subject_text, k.polarity, k.modality, k.object) == ("The rowing club", "negative", "would", None)
    got = _statuses("The rowing club would not say who had bought the boathouse.",
                    "The rowing club refused to name the buyer of the boathouse.")
    assert ("agree", "equal") in got
    # ... while "said that X" still gives way to X
    with pytest.raises(ValueError):
        _clause("The rowing club said that a bakery had bought the boathouse.", "say")
