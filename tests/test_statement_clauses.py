"""Statements clause by clause: frames per clause (pipeline/frames.py), aligned on those frames and
judged by polarity and modality (compare/statements/). Invented sentences only, through the
real extractor."""

from __future__ import annotations

import pytest

from claimtrack import extract
from claimtrack.compare import diff_pair
from claimtrack.compare.statements import predicates_meet

from extracted import extracted_doc

pytestmark = pytest.mark.model

_doc = extracted_doc


def _clauses(text: str):
    # clause frames travel in the claims: every sentence here names an actor, so it is one
    return [k for c in extract([], text=text, published="2031-04-02").claims if c.frame for k in c.frame.clauses]


def _statements(a: str, b: str):
    return [m for m in diff_pair(_doc(a, "a.txt"), _doc(b, "b.txt")).matches if m.kind == "statement"]


# --- frames ------------------------------------------------------------------------------------

def test_one_frame_per_clause_with_its_own_polarity_and_modality():
    text = "Norway said it would not send combat engineers but is open to training missions in the delta."
    clauses = {k.predicate: k for k in _clauses(text)}
    assert "say" not in clauses  # the speech verb gives way to what was said
    send = clauses["send"]
    assert send.polarity == "negative" and send.polarity_cue == "not" and send.modality == "would"
    assert send.subject == "norway"  # "it" takes up the reporting clause's named subject
    other = [k for k in clauses.values() if k.predicate != "send"]
    assert other and all(k.polarity == "positive" for k in other)
    assert any(k.modality == "willing" for k in other)  # "is open to": hedged, not done
    spans = sorted((k.start, k.end) for k in clauses.values())
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))  # clauses do not overlap


def test_clause_terms_never_hold_numbers_or_dates():
    [k] = [k for k in _clauses("Chile shipped 4,000 crates of vaccine to the islands on 3 March 2031.") if k.predicate == "ship"]
    assert "crate" in k.terms and "island" in k.terms
    assert not any(t.isdigit() or t in ("march", "4,000") for t in k.terms)


def test_a_refusal_verb_flips_the_polarity_of_the_action_it_governs():
    [k] = [k for k in _clauses("Chile declined to renew the fishing licences of the northern fleet.") if k.predicate == "renew"]
    assert k.polarity == "negative" and k.polarity_cue == "decline"


def test_a_classifier_noun_gives_way_to_what_it_classifies():
    [k] = [k for k in _clauses("Mayor Ana Ortiz rejected any kind of toll on the coastal road.") if k.predicate == "reject"]
    assert k.object.endswith("toll")


# --- comparison --------------------------------------------------------------------------------

def test_refused_and_agreed_to_do_one_thing_conflict_whatever_dates_each_side_gives():
    ms = _statements("Chile refused to send doctors to the flooded islands on Monday.",
                     "Chile agreed to send doctors to the flooded islands on 4 April 2031.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


def test_will_not_commit_one_thing_and_open_to_another_is_related_never_a_conflict():
    a = _doc("Chile will not commit naval vessels to the rescue effort, its defence minister said on Monday.", "a.txt")
    b = _doc("Chile is open to training missions for the rescue effort, its defence minister said on Friday.", "b.txt")
    report = diff_pair(a, b)
    assert not report.conflicts
    assert any(m.status == "related" for m in report.matches if m.kind == "statement")


def test_a_paraphrased_predicate_is_the_same_action():
    assert predicates_meet("pull back", "withdraw")
    assert not predicates_meet("withdraw", "deploy")
    ms = _statements("Chile pulled back from the three border villages after the talks.",
                     "Chile withdrew from the three border villages after the talks.")
    assert ("agree", "equal") in {(m.status, m.relation) for m in ms}


def test_stated_as_done_and_as_committed_agree_but_hedged_is_related():
    done = "Chile sent doctors to the flooded islands."
    ms = _statements(done, "Chile will send doctors to the flooded islands.")
    assert [m.status for m in ms if "send" in m.about] == ["agree"]
    ms = _statements(done, "Chile may send doctors to the flooded islands.")
    assert {(m.status, m.relation) for m in ms if "send" in m.about} == {("related", "modality")}


def test_opposite_polarity_without_named_subjects_is_never_a_conflict():
    # "they" comes before the ministry: it does not take the ministry up, so no subject is named
    ms = _statements("They closed the textile factory near the harbour, Chile's labour ministry said.",
                     "They did not close the textile factory near the harbour, Chile's labour ministry said.")
    assert ms and all(m.status != "conflict" for m in ms)


def test_different_named_subjects_are_not_one_statement():
    ms = _statements("Chile sent doctors to the flooded islands.", "Peru sent doctors to the flooded islands.")
    assert not any(m.status in ("agree", "conflict") for m in ms)


def test_changing_the_dates_never_changes_which_clauses_are_aligned():
    def pairs(day_a, day_b):
        return {(m.a.start, m.b.start) for m in _statements(
            f"Chile refused to send doctors to the flooded islands on {day_a}.",
            f"Chile agreed to send doctors to the flooded islands on {day_b}.")}
    assert pairs("Monday", "Monday") == pairs("Monday", "Thursday") != set()


def test_a_refusal_verb_governs_only_the_complement_after_it():
    # the parser hangs the first clause of a run-on sentence on the verb of the second
    clauses = {k.predicate: k for k in _clauses(
        "Peru has offered to host the talks, Chile has refused any role, and Bolivia remains silent.")}
    assert clauses["refuse"].subject == "chile" and clauses["refuse"].polarity == "positive"
    assert all(k.polarity == "positive" for k in clauses.values())


def test_a_denied_action_takes_its_pronoun_subject_from_the_denial():
    [k] = [k for k in _clauses("Chile denied that it sent doctors to the islands.") if k.predicate == "send"]
    assert k.polarity == "negative" and k.polarity_cue == "deny" and k.subject == "chile"


def test_the_first_person_in_a_quote_is_its_speaker_and_the_speech_verb_is_no_clause():
    clauses = _clauses('"We will not send troops to the border," Defence Minister Ana Ortiz said on Monday.')
    assert [k.predicate for k in clauses] == ["send"]
    assert clauses[0].subject == "ana-ortiz" and clauses[0].polarity == "negative"


# --- statements without a named actor, subjects shown to be one, semi-modals, re- verbs -------

def _all_clauses(text: str):
    return [k for c in extract([], text=text, published="2031-04-02").claims if c.frame for k in c.frame.clauses]


def test_a_sentence_naming_no_actor_is_still_a_statement():
    clauses = {k.predicate: k for k in _all_clauses("The old ferry terminal will not reopen before the winter storms.")}
    assert clauses["reopen"].polarity == "negative" and clauses["reopen"].modality == "will"


def test_the_same_subject_noun_on_both_sides_makes_opposite_polarity_a_conflict():
    ms = _statements("Residents of the old quarter will be exempt from the parking fee.",
                     "Contrary to the first plan, residents will not be exempt from the parking fee.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


def test_different_subject_nouns_with_opposite_polarity_are_not_a_conflict():
    ms = _statements("Residents will be exempt from the parking fee.",
                     "Visitors will not be exempt from the parking fee.")
    assert not any(m.status == "conflict" for m in ms)


def test_have_to_passes_the_polarity_on_to_the_verb_it_governs():
    [k] = [k for k in _all_clauses("The engineers said the old lighthouse would not have to be demolished.")
           if k.predicate == "demolish"]
    assert k.polarity == "negative" and k.polarity_cue == "not"


def test_a_re_verb_unknown_to_wordnet_is_its_base_verb_done_again():
    assert predicates_meet("reapply", "apply") and predicates_meet("re-register", "register")
    assert not predicates_meet("refuse", "fuse")  # a listed verb is its own


def test_objects_sharing_a_word_are_one_thing_when_the_action_is_one():
    ms = _statements("The ministry would not intervene in commercial decisions of the airline.",
                     "It would not interfere in the airline's commercial strategy.")
    assert ("agree", "equal") in {(m.status, m.relation) for m in ms}


# --- quotes: the first words of one utterance under another speaker --------------------------

def _quotes(a: str, b: str):
    return [(m.status, m.relation) for m in diff_pair(_doc(a, "a.txt"), _doc(b, "b.txt")).matches if m.kind == "quote"]


def test_a_quote_part_of_a_longer_one_under_another_named_speaker_is_a_conflict():
    longer = '"The dunes will be closed for the whole winter. We need the grass to grow back," Ranger Mette Holm said.'
    assert ("conflict", "other-speaker") in _quotes(
        longer, 'The ferry was cancelled. "The dunes will be closed for the whole winter," Mayor Aksel Berg said.')
    # ... and when the attribution is a pronoun taking up the last person named before it ("he
    # said" after "Mayor Aksel Berg"): that speaker is as sure as a name (a pronoun given across a
    # newly named person is not: tests/test_compare_who_said.py)
    assert ("conflict", "other-speaker") in _quotes(
        longer, 'Mayor Aksel Berg visited the beach. "The dunes will be closed for the whole winter," he said.')


def test_a_pronoun_subject_stands_for_the_phrase_it_takes_up_named_or_not():
    [k] = [k for k in _all_clauses("The harbour board said in a statement that it would not dredge the old channel.")
           if k.predicate == "dredge"]
    assert k.subject_text == "The harbour board" and k.polarity == "negative"
    ms = _statements("The harbour board said it would not dredge the old channel this year.",
                     "The harbour board agreed to dredge the old channel this year.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


# --- one change of one thing, told from the doer's side and from the thing's -----------------

def test_a_verb_causing_another_names_one_change():
    from claimtrack.compare.statements import one_change
    assert one_change("raise", "rise") and one_change("rise", "raise")
    assert not one_change("raise", "fall") and not one_change("be", "rise")


def test_ruling_out_a_change_and_stating_it_from_the_things_side_conflict():
    ms = _statements("The harbour board ruled out raising the mooring fee this year.",
                     "The mooring fee will rise by a fifth this year, according to the new price list.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    ms = _statements("Mayor Ana Ortiz ruled out reopening the north pier before the summer.",
                     "The north pier will reopen for fishing boats before the summer.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


def test_a_change_that_will_not_happen_excludes_its_doer_saying_it_may():
    ms = _statements("The north pier will not be reopened before the summer.",
                     "The harbour board may reopen the north pier in June.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    # a past negation says nothing of what may come
    ms = _statements("The north pier did not reopen in March.",
                     "The harbour board may reopen the north pier in June.")
    assert ("conflict", "polarity") not in {(m.status, m.relation) for m in ms}


def test_two_things_of_one_head_noun_are_not_one_change():
    ms = _statements("The harbour board ruled out raising the mooring fee this year.",
                     "The parking fee will rise by a fifth this year, according to the new price list.")
    assert not any(m.status == "conflict" for m in ms)


def test_a_subject_negated_by_its_determiner_makes_the_clause_negative():
    clauses = {k.predicate: k for k in _all_clauses(
        "Neither club has agreed to sell the young striker, and no offer was made for the goalkeeper.")}
    assert clauses["sell"].polarity == "negative" and clauses["sell"].polarity_cue == "neither"
    assert clauses["make"].polarity == "negative" and clauses["make"].polarity_cue == "no"


def test_a_directive_speech_act_is_a_statement_of_its_own():
    clauses = {k.predicate: k for k in _all_clauses(
        "The nurses' council would recommend members accept the deal, in order to end the strike.")}
    assert "recommend" in clauses and clauses["recommend"].object is None  # the clause is its object
    assert "accept" in clauses
    ms = _statements("The nurses' council would put the deal to a vote but would not recommend it.",
                     "The nurses' council would recommend members accept the deal, in order to end the strike.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


def test_an_event_noun_said_to_be_possible_states_its_verb():
    [k] = [k for k in _all_clauses("No extension of the deadline is possible, the tax office said.") if k.predicate == "extend"]
    assert k.polarity == "negative" and k.modality == "can" and k.object == "deadline"
    ms = _statements("No extension of the filing deadline is possible, the tax office said.",
                     "The filing deadline cannot be extended, the tax office said.")
    assert ("agree", "equal") in {(m.status, m.relation) for m in ms}


def test_negations_are_counted_over_the_part_of_the_longer_quote_the_shorter_covers():
    from claimtrack.compare.quotes import meaning_change
    longer = "We expect the pass to reopen by Friday, but I will not promise a date."
    assert meaning_change(longer, "We expect the pass to reopen by Friday.") is None
    assert "negation" in meaning_change(longer, "We do not expect the pass to reopen by Friday.")


def test_a_part_of_a_quote_is_read_against_the_stretch_of_the_whole_it_covers():
    whole = '"The boats left without a licence. Selling the catch is not a crime," Mayor Ilse Brandt said.'
    assert ("conflict", "reworded") not in _quotes(whole, '"Selling the catch is not a crime," Mayor Ilse Brandt said.')
    assert ("conflict", "reworded") in _quotes('"Selling the catch is a crime," Mayor Ilse Brandt said on Monday.',
                                               '"Selling the catch is not a crime," Mayor Ilse Brandt said.')


def test_the_object_of_a_directive_does_what_it_is_asked_and_it_is_not_stated_as_done():
    [k] = [k for k in _all_clauses("Chile asked Peru to send doctors to the islands.") if k.predicate == "send"]
    assert k.subject == "peru" and k.modality == "ask"
    ms = _statements("Chile asked Peru to send doctors to the flooded islands.",
                     "Peru refused to send doctors to the flooded islands.")
    assert not any(m.status == "conflict" for m in ms)
    ms = _statements("Chile asked Peru to send doctors to the flooded islands.",
                     "Chile refused to send doctors to the flooded islands.")
    assert not any(m.status == "conflict" for m in ms)  # Chile asked; Peru was to send


def test_an_action_noun_under_a_verb_of_planning_or_ruling_out_is_the_action():
    clauses = {k.predicate: k for k in _all_clauses("The port council was studying a steep increase in the mooring fees.")}
    assert clauses["increase"].modality == "consider" and clauses["increase"].object.endswith("fee")
    assert "plan" not in {k.predicate for k in _all_clauses("The port council is considering a plan for the harbour.")}
    ms = _statements("The port council denied that it planned to raise the mooring fees.",
                     "The port council confirmed it was studying an increase in the mooring fees.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


def test_what_is_said_of_two_conjoined_subjects_is_said_of_each():
    ms = _statements("Ferries and fishing boats will be exempt from the harbour toll.",
                     "Fishing boats will not be exempt from the harbour toll.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    ms = _statements("Ferries or fishing boats will be exempt from the harbour toll.",
                     "Fishing boats will not be exempt from the harbour toll.")
    assert ("conflict", "polarity") not in {(m.status, m.relation) for m in ms}


# --- mood: what a clause does not assert cannot be contradicted --------------------------------

def test_the_subject_of_a_denied_failure_is_the_one_that_failed_not_the_denier():
    [k] = [k for k in _all_clauses("Director Lena Holm denied that her lab's drone had failed to complete the survey flight.")
           if k.predicate == "complete"]
    assert "drone" in (k.subject_text or "") and k.polarity == "positive"


def test_support_verbs_with_one_action_noun_are_one_action():
    ms = _statements("The harbour inspectors carried out an inspection of the grain silo.",
                     "The harbour inspectors did not conduct an inspection of the grain silo.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    # the lightest verbs are two acts with one noun: making an offer is not taking one
    ms = _statements("The harbour board made an offer for the grain silo.",
                     "The harbour board did not take an offer for the grain silo.")
    assert ("conflict", "polarity") not in {(m.status, m.relation) for m in ms}


@pytest.mark.parametrize("hedged, modality", [
    ("Only the night ferry could have carried the turbines.", "hypothetical"),
    ("The night ferry normally carries the turbines.", "usually"),
    ("If the strait is calm, the night ferry will carry the turbines.", "if"),
    ("The night ferry tried to carry the turbines.", "try"),
])
def test_a_possibility_a_habit_a_condition_or_an_attempt_is_not_contradicted(hedged, modality):
    [k] = [k for k in _all_clauses(hedged) if k.predicate == "carry"]
    assert k.modality == modality
    ms = _statements(hedged, "The night ferry did not carry the turbines.")
    assert ms and not any(m.status == "conflict" for m in ms)


def test_a_purpose_infinitive_is_not_stated_as_done():
    [k] = [k for k in _all_clauses("The dairy borrowed heavily to modernise its bottling plant.") if k.predicate == "modernise"]
    assert k.modality == "purpose"
    ms = _statements("The dairy borrowed heavily to modernise its bottling plant.",
                     "The dairy did not modernise its bottling plant.")
    assert not any(m.status == "conflict" for m in ms)


def test_could_not_denies_the_possibility_and_conflicts_with_it_being_done():
    [k] = [k for k in _all_clauses("The stranded ferry could not be refloated.") if k.predicate == "refloat"]
    assert k.modality == "can" and k.polarity == "negative"
    ms = _statements("The stranded ferry could not be refloated.", "The stranded ferry was refloated.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


# --- opposite states, names that restrict a noun ------------------------------------------------

def test_antonyms_from_wordnet_are_opposite_states_or_opposite_events():
    from claimtrack.compare.statements import opposite
    assert opposite("remain open", "close") == "state" and opposite("be legal", "be illegal") == "state"
    assert opposite("rise", "fall") == "event"  # both may happen, at different times
    assert opposite("be exempt", "be exempt") is None and opposite("send", "withdraw") is None


def test_one_subject_in_opposite_states_is_a_conflict_and_a_negated_one_agrees():
    ms = _statements("The mountain pass would remain open through the night.",
                     "The mountain pass was closed through the night.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    ms = _statements("The mountain pass would not remain open through the night.",
                     "The mountain pass was closed through the night.")
    assert ("agree", "equal") in {(m.status, m.relation) for m in ms}
    assert not any(m.status == "conflict" for m in ms)


def test_a_name_restricts_its_noun_and_a_bare_definite_is_not_shown_to_be_that_one():
    ms = _statements("The bridge at Halvik would remain open through the night.",
                     "The bridge was closed through the night.")
    assert not any(m.status == "conflict" for m in ms)
    ms = _statements("The bridge at Halvik would remain open through the night.",
                     "Halvik bridge was closed through the night.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


def test_a_regular_past_is_read_by_its_stem_when_the_lemmatizer_strays():
    from claimtrack.pipeline.frames.clause_polarity import table_lemma
    from claimtrack.pipeline.frames.syntax import polarity_table

    class Tok:  # a tagger's misreading of "hoped" as a form of "hop", the verb stays readable
        lemma_, tag_, lower_ = "hop", "VBD", "hoped"
    assert table_lemma(Tok(), polarity_table()) == "hope"
    Tok.lemma_, Tok.lower_ = "hop", "hopped"
    assert table_lemma(Tok(), polarity_table()) == "hop"


def test_the_direct_object_is_what_is_done_to_not_the_recipient():
    [k] = [k for k in _all_clauses("The ferry company sent the harbour board a detailed safety plan.") if k.predicate == "send"]
    assert k.object.endswith("plan")


def test_opposite_stances_of_one_subject_on_one_thing_conflict():
    from claimtrack.compare.statements import opposite
    assert opposite("accept", "reject") == "state"
    ms = _statements("The harbour board accepted the dredging contract.",
                     "The harbour board rejected the dredging contract.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    ms = _statements("The harbour board accepted the dredging contract.",
                     "The ferry union rejected the dredging contract.")
    assert not any(m.status == "conflict" for m in ms)


def test_a_participle_or_infinitive_adverbial_clause_has_the_main_clauses_subject():
    clauses = {k.predicate: k for k in _all_clauses("The freighter ran aground near the lock, blocking the canal for a day.")}
    assert "freighter" in (clauses["block"].subject_text or "")
    clauses = {k.predicate: k for k in _all_clauses("The dairy borrowed heavily to modernise its bottling plant.")}
    assert "dairy" in (clauses["modernise"].subject_text or "")


def test_a_reported_clause_takes_back_the_subject_the_parser_gave_the_speech_verb():
    text = ("The minister said farmers in remote valleys, such as herders and beekeepers, "
            "would be exempt from the levy.")
    [k] = [k for k in _all_clauses(text) if k.predicate == "be exempt"]
    assert "farmers" in (k.subject_text or "")
    # the addressee of "told" is not what the clause is about
    [k] = [k for k in _all_clauses("The minister told reporters the levy would be scrapped.") if k.predicate == "scrap"]
    assert "reporters" not in (k.subject_text or "")


# --- denials: the complement is the claim, the verb its polarity --------------------------------

def test_a_denial_of_reports_that_x_denies_x_as_denied_that_x_does():
    [k] = [k for k in _clauses("The port authority denied reports that the ferry had been sold to a rival operator.")
           if k.predicate == "sell"]
    assert k.polarity == "negative" and k.polarity_cue == "deny"
    assert k.object != "report"  # the reports were not what was sold
    # control: a relative clause on a noun that names no saying stays a statement of its own
    [k] = [k for k in _clauses("The port authority rejected the timetable that the council drew up in spring.")
           if k.predicate == "draw up"]
    assert k.polarity == "positive"


def test_a_claim_noun_with_a_modifier_or_after_an_adjunct_still_carries_the_denial():
    # an adjunct between the verb and its object, a possessive or a noun before the claim noun:
    # what the claim says is still what is denied
    for text in ("The glassworks rejected, for the third time, the union's claim that its kilns leaked fumes.",
                 "The glassworks rejected union claims that fumes had been vented at night.",
                 "The glassworks dismissed the mayor's allegation that fumes had been vented at night."):
        [k] = [k for k in _clauses(text) if k.predicate in ("leak", "vent")]
        assert k.polarity == "negative" and k.polarity_cue in ("reject", "dismiss"), text
        assert k.subject_text != "that", text
    # control: a relative clause whose "that" is its only subject stays a statement of its own
    [k] = [k for k in _clauses("The glassworks rejected the claims that were made by the union.") if k.predicate == "make"]
    assert k.polarity == "positive"


def test_a_denial_and_a_rejected_claim_with_a_modifier_deny_one_claim():
    denied = "The glassworks denied that fumes had been vented at night."
    for other in ("The glassworks rejected union claims that fumes had been vented at night.",
                  "The glassworks rejected, as it did in May, the mayor's claim that fumes were vented at night."):
        ms = _statements(denied, other)
        assert any(m.status == "agree" for m in ms), other
        assert not any(m.status == "conflict" for m in ms), other
    # the claim itself stated as a fact on the other side is a conflict
    ms = _statements("The glassworks rejected union claims that fumes had been vented at night.",
                     "Fumes were vented at night, the glassworks admitted.")
    assert any(m.status == "conflict" for m in ms)


def test_one_claim_denied_with_different_verbs_and_words_is_one_statement_that_agrees():
    ms = _statements("The port authority denied reports that the ferry had been sold to a rival operator.",
                     "The authority dismissed claims that a rival operator had bought the ferry.")
    assert any(m.status == "agree" and "denied" in m.about for m in ms)


def test_ruling_out_a_noun_and_denying_a_clause_deny_one_claim():
    ms = _statements("The airline ruled out strikes by its pilots this winter.",
                     "The airline denied that its pilots would strike in the winter.")
    assert any(m.status == "agree" for m in ms)
    assert not any(m.status == "conflict" for m in ms)


def test_denials_sharing_only_a_topic_word_are_two_claims():
    ms = _statements("The port authority denied that the ferry had been sold.",
                     "The port authority rejected claims that the ferry was unsafe for passengers.")
    assert not any(m.status == "agree" and "denied" in m.about for m in ms)


def test_an_infinitive_after_a_noun_is_what_the_noun_is_about_not_a_deed():
    [k] = [k for k in _clauses("The mayor said the flood was not a reason to give up on the tunnel.")
           if k.predicate == "give up"]
    assert k.modality == "reason"
    ms = _statements("The mayor said the flood was not a reason to give up on the tunnel.",
                     "The flood is no reason to abandon the tunnel, the mayor said.")
    assert not any(m.status == "conflict" for m in ms)


def test_a_sentence_stating_an_action_both_ways_negates_what_differs_not_the_action():
    a = "'We are not closing the depot to save money, we are closing the depot to build homes,' Mayor Ana Ortiz said."
    ms = _statements(a, "'We are closing the depot to build homes,' Mayor Ana Ortiz said.")
    assert any(m.status == "agree" for m in ms)
    assert not any(m.status == "conflict" for m in ms)
    # control: a sentence that negates the action only still conflicts with its assertion
    ms = _statements("Mayor Ana Ortiz said the city would not close the depot this year.",
                     "Mayor Ana Ortiz said the city would close the depot this year.")
    assert any(m.status == "conflict" for m in ms)


def test_a_negated_future_excludes_the_possibility_the_other_side_asserts():
    ms = _statements("The council said the bridge toll would not go up in the spring.",
                     "The council said the bridge toll may go up in the spring.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    # controls: a past negation says nothing of what may come, and a condition asserts nothing
    for other in ("The council said the bridge toll did not go up in the spring.",):
        ms = _statements(other, "The council said the bridge toll may go up in the spring.")
        assert not any(m.status == "conflict" for m in ms)
    # a possibility under a condition is still a possibility, which a flat "will not" excludes ...
    ms = _statements("The council said the bridge toll would not go up in the spring.",
                     "The council said the bridge toll may go up in the spring if fuel prices climb.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    # ... but a negation under a condition ("not unless") leaves the same possibility open
    ms = _statements("The council said the bridge toll would not go up in the spring unless fuel prices climb.",
                     "The council said the bridge toll may go up in the spring if fuel prices climb.")
    assert not any(m.status == "conflict" for m in ms)


def test_a_condition_keeps_a_possibility_and_hides_an_assertion():
    from claimtrack import extract

    def modalities(text):
        out = extract([], text=text)
        return {text[f.start:f.end]: f.modality for c in out.claims if c.frame is not None
                for f in getattr(c.frame, "clauses", None) or ()}

    got = modalities("The ferry company may cancel the crossing if the storm arrives.")
    assert got.get("The ferry company may cancel the crossing") == "may" and got.get("the storm arrives") == "if"
    got = modalities("The ferry company will cancel the crossing if the storm arrives.")
    assert got.get("The ferry company will cancel the crossing") == "if"


def test_a_clause_records_the_conjunction_of_the_condition_it_holds():
    def conditions(text):
        return {text[f.start:f.end]: (f.modality, f.condition) for c in extract([], text=text).claims
                if c.frame is not None for f in getattr(c.frame, "clauses", None) or ()}

    got = conditions("The cable car will run again on Sunday if the wind drops.")
    assert got.get("The cable car will run again on Sunday") == ("if", "if")
    assert got.get("the wind drops") == ("if", None)  # the condition itself holds none
    got = conditions("The cable car will not run on Sunday unless the wind drops.")
    assert got.get("The cable car will not run on Sunday") == ("if", "unless")
    got = conditions("The cable car may run on Sunday if the wind drops.")
    assert got.get("The cable car may run on Sunday") == ("may", "if")
    got = conditions("The cable car will run on Sunday.")
    assert got.get("The cable car will run on Sunday") == ("will", None)


def test_a_concessive_condition_conditions_nothing():
    # "even if" (Quirk et al. 1985, 15.39): the clause holds whether or not the condition is met
    def conditions(text):
        return {text[f.start:f.end]: (f.modality, f.condition) for c in extract([], text=text).claims
                if c.frame is not None for f in getattr(c.frame, "clauses", None) or ()}

    got = conditions("The cable car will run on Sunday even if the wind rises.")
    assert got.get("The cable car will run on Sunday") == ("will", None)
    assert got.get("even if the wind rises") == ("if", None)  # the condition itself is still asserted by no one
    got = conditions("Even if the wind rises, the cable car will run on Sunday.")
    assert got.get("the cable car will run on Sunday") == ("will", None)
    # "even" elsewhere in the clause leaves an open condition open
    got = conditions("The cable car will run even on Sunday if the wind drops.")
    assert got.get("The cable car will run even on Sunday") == ("if", "if")


def _conflict(a: str, b: str) -> bool:
    return any(m.status == "conflict" and m.relation == "polarity" for m in _statements(a, b))


def test_an_action_under_an_open_condition_is_excluded_by_a_flat_will_not():
    # "will run if ..." is at least possible; "will not run" excludes it as it excludes "may run"
    assert _conflict("The Alpine Rail Company will not run the cable car on Sunday.",
                     "The Alpine Rail Company will run the cable car on Sunday if the wind drops.")
    # a refusal in the past says nothing of what may come
    assert not _conflict("The Alpine Rail Company did not run the cable car on Sunday.",
                         "The Alpine Rail Company will run the cable car on Sunday if the wind drops.")


def test_a_refusal_unless_a_condition_is_met_excludes_an_unconditioned_possibility():
    assert _conflict("The Alpine Rail Company will not run the cable car on Sunday unless the wind drops.",
                     "The Alpine Rail Company may run the cable car on Sunday.")
    # against a possibility under a condition of its own, the two conditions may be one
    assert not _conflict("The Alpine Rail Company will not run the cable car on Sunday unless the wind drops.",
                         "The Alpine Rail Company may run the cable car on Sunday if the gusts ease.")
    # "will not ... if C" excludes only what happens when C holds
    assert not _conflict("The Alpine Rail Company will not run the cable car on Sunday if the wind rises.",
                         "The Alpine Rail Company may run the cable car on Sunday.")


def test_covering_the_cost_of_a_thing_is_paying_for_it():
    [k] = [k for k in _clauses("The province would cover the cost of flood insurance for farmers.") if k.predicate == "pay"]
    assert k.object.endswith("insurance")
    ms = _statements("The province would cover the cost of flood insurance for farmers.",
                     "The province would not pay for flood insurance for farmers.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    # control: covering a thing that is no charge is no payment
    assert not [k for k in _clauses("The province would cover the roof of the grain store.") if k.predicate == "pay"]


def test_a_pronoun_takes_up_only_a_phrase_it_agrees_with_in_number():
    [k] = [k for k in _clauses("Jon Rees, who represented the two firms, said after the ruling that they would appeal.")
           if k.predicate == "appeal"]
    assert k.subject is None  # "they" is not the one person who spoke
    # control: a singular organisation or person is taken up by a singular pronoun
    [k] = [k for k in _clauses("Jon Rees said after the ruling that he would appeal.") if k.predicate == "appeal"]
    assert k.subject == "jon-rees"


def test_one_statement_in_other_words_agrees_and_never_conflicts():
    a = "A former harbour pilot had supplied the smugglers with the maps and schedules of coastguard patrols."
    b = "Police said a former harbour pilot had passed the maps of coastguard patrols to the smugglers."
    ms = _statements(a, b)
    assert any(m.status == "agree" for m in ms)
    # control: the same words with a negation on one side are not shown to be one action
    b_neg = "Police said a former harbour pilot had not passed the maps of coastguard patrols to the smugglers."
    assert not any(m.status in ("agree", "conflict") and m.relation == "paraphrased" for m in _statements(a, b_neg))


def test_a_name_ending_in_a_plural_noun_is_one_thing_for_it():
    [k] = [k for k in _clauses("Harbour Box Terminals said in a statement that it would guarantee pensions for all pilots.")
           if k.predicate == "guarantee"]
    assert k.subject == "harbour-box-terminals"


def test_a_denial_and_a_negation_of_the_same_claim_agree():
    ms = _statements("The port authority denied that the night ferry had been withdrawn from the island route.",
                     "The night ferry was never taken off the island route, the harbour master insisted.")
    assert any(m.status == "agree" and "denied" in m.about for m in ms)
    # control: a negation of another claim about the same ferry is not that denial
    ms = _statements("The port authority denied that the night ferry had been withdrawn from the island route.",
                     "The night ferry did not carry cars on Sunday.")
    assert not any("denied" in m.about for m in ms)


def test_a_denied_claim_noun_passes_its_denial_to_a_complete_clause_after_its_modifier():
    from claimtrack import extract

    def clauses(text):
        out = extract([], text=text)
        return {text[f.start:f.end]: (f.predicate, f.polarity, f.polarity_cue) for c in out.claims
                if c.frame is not None for f in getattr(c.frame, "clauses", None) or ()}

    # the parser hangs the appositive clause on the noun of the phrase between, or calls it relative
    got = clauses("The airline rejected suggestions on a travel forum that its pilots had skipped safety checks.")
    assert ("skip", "negative", "reject") in got.values()
    out = extract([], text="The league rejected suggestions on a fan site that Ortega had used a hidden phone.")
    objects = {f.predicate: f.object for c in out.claims for f in getattr(c.frame, "clauses", None) or ()}
    assert objects.get("use") == "hidden phone"  # the clause's own object, not its opening "that"
    got = clauses("The mayor dismissed reports in the local press that the council would sell the stadium.")
    assert ("sell", "negative", "dismiss") in got.values()
    # a noun of criticism takes a that-clause naming what is criticised (polarity.json 'claim_nouns')
    got = clauses("The hospital rejected criticism from patients that it had ignored the complaints.")
    assert ("ignore", "negative", "reject") in got.values()
    # control: a relative clause on the noun (its object is the noun) is not what is denied
    got = clauses("The airline rejected the suggestions that its pilots sent.")
    assert ("send", "negative", "reject") not in got.values()


def test_a_one_sense_verb_says_which_sense_the_other_verb_has():
    # "give back" has one WordNet sense, which "return" lists among its rarer ones
    ms = _statements("Trustee Ilse Brandt said the Halvorsen Trust would not give back the bronze statue.",
                     "Trustee Ilse Brandt said the Halvorsen Trust refused to return the bronze statue.")
    assert ("agree", "equal") in {(m.status, m.relation) for m in ms}
    ms = _statements("Trustee Ilse Brandt said the Halvorsen Trust would give back the bronze statue.",
                     "Trustee Ilse Brandt said the Halvorsen Trust refused to return the bronze statue.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


def test_objects_one_a_kind_of_the_other_are_one_thing():
    # a statue is a kind of sculpture (WordNet's direct hypernym)
    ms = _statements("The Halvorsen Trust said it would not sell the statue to collectors.",
                     "The Halvorsen Trust said it may sell the sculpture to collectors.")
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}
    # control: two different things under one verb are not one action
    ms = _statements("The Halvorsen Trust said it would not sell the statue to collectors.",
                     "The Halvorsen Trust said it may sell the farmland to collectors.")
    assert not any(m.status == "conflict" for m in ms)


def test_a_one_word_name_is_the_full_name_it_starts_unless_a_common_noun_or_a_place():
    from claimtrack.compare.statements.phrases import one_actor

    assert one_actor("veltrona", "veltrona-marine-engineering")
    assert not one_actor("bank", "bank-of-ruritania")  # a common noun names no one body
    assert not one_actor("tasmania", "tasmania-state-opera")  # a region (ISO 3166-2), and a body named after it
    assert not one_actor("veltrona", "ostrava-veltrona-group")  # not the first word


def test_a_surname_is_the_person_named_in_full_and_a_ministry_speaks_for_its_government():
    from claimtrack.compare.statements.phrases import one_actor

    assert one_actor("okafor", "ngozi-okafor")  # a person named in full, then by the surname
    assert not one_actor("kessel", "port-of-kessel")  # a body's or place's name "of" a place
    assert not one_actor("bank", "central-bank")  # a common noun names no one body
    assert one_actor("government-of-norway", "fisheries-ministry-norway")  # a ministry acts for its government
    assert not one_actor("finance-ministry-chile", "health-ministry-chile")  # two departments
    assert not one_actor("government-of-peru", "fisheries-ministry-chile")  # two states


def test_a_definite_description_subject_names_the_actor_it_takes_up():
    # the actor component links "the company" to the company named before (ct_actor_refs)
    text = ("Brightwater Logistics, a haulage firm based in Leeds, reported higher fuel costs on Monday. "
            "The company will not raise its delivery fees this year, a spokeswoman said.")
    raise_ = [k for k in _clauses(text) if k.predicate == "raise"]
    assert raise_ and raise_[0].subject == "brightwater-logistics"
    ms = _statements("Brightwater Logistics will not raise its delivery fees this year, its chief executive said.", text.replace(
        "will not raise", "may raise"))
    assert ("conflict", "polarity") in {(m.status, m.relation) for m in ms}


def test_one_denier_denies_one_claim_worded_apart_when_a_word_of_it_is_common():
    a = "The Ostrava Mining Authority denied that blasting tests had been held near the aquifer."
    b = "The mining authority rejected claims on local radio that its crews had used explosives beside the aquifer."
    assert ("agree", "equal") in {(m.status, m.relation) for m in _statements(a, b)}
    # controls: two deniers (no common head before the denial verb), or a pronoun denier, need two words
    c = "Local farmers rejected claims on local radio that crews had used explosives beside the aquifer."
    assert not any(m.status == "agree" and m.about.startswith("denied") for m in _statements(a, c))


@pytest.mark.parametrize("text, cue", [
    ("The rowing club refrained from renaming its boathouse.", "refrain"),
    ("The rowing club balked at renaming its boathouse.", "balk"),
    ("The rowing club held off on renaming its boathouse.", "hold off"),
    ("The rowing club stopped short of renaming its boathouse.", "stop short"),
])
def test_a_prepositional_implicative_negates_the_ing_clause_it_governs(text, cue):
    # "refrained from X-ing": X not done, by the refrainer (one record, the refrainer's)
    [k] = _clauses(text)
    assert (k.subject_text, k.predicate, k.object, k.polarity, k.polarity_cue) == (
        "The rowing club", "rename", "boathouse", "negative", cue)
    # ... and so does the sentence's statement frame
    [f] = [c.frame for c in extract([], text=text, published="2031-04-02").claims if c.frame]
    assert (f.predicate, f.polarity, f.polarity_cue) == ("rename", "negative", cue)


def test_a_positive_prepositional_implicative_states_its_act_and_a_noun_object_stays_the_verbs():
    [k] = _clauses("The rowing club succeeded in renaming its boathouse.")
    assert (k.predicate, k.polarity) == ("rename", "positive")
    # "refrained from comment": a noun, no act to negate; negated, the implicative asserts its act
    [k] = _clauses("The rowing club refrained from comment.")
    assert (k.predicate, k.polarity) == ("refrain", "positive")
    [k] = _clauses("The rowing club did not refrain from renaming its boathouse.")
    assert (k.predicate, k.polarity) == ("rename", "positive")


def test_refraining_from_an_act_conflicts_with_doing_it_and_agrees_with_declining_it():
    got = {(m.status, m.relation) for m in _statements("The rowing club balked at renaming its boathouse.",
                                                        "The rowing club will rename its boathouse.")}
    assert ("conflict", "polarity") in got
    got = {(m.status, m.relation) for m in _statements("The rowing club refrained from renaming its boathouse.",
                                                        "The rowing club declined to rename its boathouse.")}
    assert ("agree", "equal") in got


def test_committing_to_an_act_pledges_it_and_refusing_to_commit_withholds_the_pledge():
    # "committed to X-ing": X pledged, not stated done, by the one who commits (as "pledged to")
    [k] = _clauses("The harbour trust has committed to dredging the inner basin.")
    assert (k.subject_text, k.predicate, k.object, k.polarity, k.modality) == (
        "The harbour trust", "dredge", "inner basin", "positive", "pledge")
    [k] = _clauses("The harbour trust refused to commit to dredging the inner basin.")
    assert (k.predicate, k.polarity, k.polarity_cue, k.modality) == ("dredge", "negative", "refuse", "pledge")
    # a noun after "to" is no act, and money committed to an act pledges the money: the verb stays
    assert "commit" in {k.predicate for k in _clauses("The harbour trust committed to the new budget.")}
    assert "commit" in {k.predicate for k in _clauses("The harbour trust committed $2 million to dredging the inner basin.")}


def test_agreeing_to_an_act_is_never_one_with_refusing_to_commit_to_it():
    got = {(m.status, m.relation) for m in _statements(
        "Mayor Ilka Horvat agreed to renew the marina lease last week.",
        "Mayor Ilka Horvat declined to commit to renewing the marina lease last week.")}
    assert got and ("agree", "equal") not in got, got
    assert ("conflict", "polarity") in got, got


def test_no_longer_negates_now_and_leaves_the_act_told_as_done_before():
    [k] = _clauses("The county no longer subsidises the night bus.")
    assert (k.predicate, k.polarity, k.polarity_cue) == ("subsidise", "negative", "no longer")
    got = {(m.status, m.relation) for m in _statements("The county no longer subsidises the night bus.",
                                                        "The county subsidises the night bus.")}
    assert ("conflict", "polarity") in got
    # "no longer" says it was done before: no conflict with the act told in the past
    got = {(m.status, m.relation) for m in _statements("The county no longer subsidises the night bus.",
                                                        "The county subsidised the night bus in 2027.")}
    assert ("conflict", "polarity") not in got and ("related", "polarity") in got


def test_yet_to_is_not_done_so_far_and_leaves_the_act_to_come():
    for text in ("The tribunal has yet to rule on the fishing quota.", "The tribunal is yet to rule on the fishing quota."):
        [k] = _clauses(text)
        assert (k.subject_text, k.predicate, k.polarity, k.modality) == ("The tribunal", "rule", "negative", None), text
    # "has to" stays obligation
    [k] = _clauses("The tribunal has to rule on the fishing quota.")
    assert (k.polarity, k.modality) == ("positive", "must")
    got = {(m.status, m.relation) for m in _statements("The tribunal has yet to rule on the fishing quota.",
                                                        "The tribunal ruled on the fishing quota.")}
    assert ("conflict", "polarity") in got
    # not done so far, to come: no conflict with "will", whether written "yet to" or "not yet"
    for neg in ("The tribunal has yet to rule on the fishing quota.", "The tribunal has not yet ruled on the fishing quota."):
        got = {(m.status, m.relation) for m in _statements(neg, "The tribunal will rule on the fishing quota.")}
        assert ("conflict", "polarity") not in got and ("related", "polarity") in got, neg


def test_an_adjective_of_likelihood_or_ability_sets_the_modality_of_its_infinitive():
    [k] = _clauses("The glassworks is likely to cut its night shift.")
    assert (k.subject_text, k.predicate, k.polarity, k.modality) == ("The glassworks", "cut", "positive", "may")
    [k] = _clauses("The glassworks is unlikely to cut its night shift.")
    assert (k.predicate, k.polarity, k.polarity_cue, k.modality) == ("cut", "negative", "unlikely", "may")
    [k] = _clauses("The glassworks was unable to pay its suppliers.")
    assert (k.predicate, k.polarity, k.polarity_cue, k.modality) == ("pay", "negative", "unable", "can")
    [k] = _clauses("The glassworks is unwilling to pay its suppliers.")
    assert (k.predicate, k.polarity, k.modality) == ("pay", "negative", "willing")
    # "was unable to pay" could not pay: a conflict with paying; "likely to" is only likely
    got = {(m.status, m.relation) for m in _statements("The glassworks was unable to pay its suppliers.",
                                                        "The glassworks paid its suppliers.")}
    assert ("conflict", "polarity") in got
    got = {(m.status, m.relation) for m in _statements("The glassworks is likely to cut its night shift.",
                                                        "The glassworks cut its night shift.")}
    assert not got & {("agree", "equal"), ("conflict", "polarity")}


def test_a_verb_of_preventing_negates_its_from_clause_for_its_object():
    # "barred the co-op from exporting": the cooperative does not export (object control)
    [k] = [k for k in _clauses("A tribunal barred the oyster cooperative from selling its harvest abroad.") if k.predicate == "sell"]
    # (the parser hangs the from-phrase on the object, so the subject as written runs on)
    assert k.subject_text.startswith("the oyster cooperative") and (k.polarity, k.polarity_cue) == ("negative", "bar")
    got = {(m.status, m.relation) for m in _statements("A tribunal barred the oyster cooperative from selling its harvest abroad.",
                                                        "The oyster cooperative sold its harvest abroad.")}
    assert ("conflict", "polarity") in got
    # passive: its subject is kept from the act
    got = [k for k in _clauses("The oyster cooperative was prevented from selling its harvest abroad.") if k.predicate == "sell"]
    assert [(k.subject_text, k.polarity, k.polarity_cue) for k in got] == [("The oyster cooperative", "negative", "prevent")]
    # negated, it says nothing of the act
    got = [k for k in _clauses("The tribunal did not prevent the oyster cooperative from selling its harvest abroad.") if k.predicate == "sell"]
    assert [(k.polarity, k.modality) for k in got] == [("positive", "prevent")]
    got = {(m.status, m.relation) for m in _statements("The oyster cooperative was prevented from selling its harvest abroad.",
                                                        "The oyster cooperative sold its harvest abroad.")}
    assert ("conflict", "polarity") in got


def test_with_no_negates_its_adjunct_not_the_clause():
    # "with no bidding" is "without bidding": the handing out is asserted (local negation)
    [k] = [k for k in _clauses("The harbour licence was handed out with no bidding, the paper said.")
           if k.predicate == "hand out"]
    assert k.polarity == "positive"
    # a direct object's "no" still negates the clause
    [k] = [k for k in _clauses("The salvage company sent no divers to the wreck.") if k.predicate == "send"]
    assert k.polarity == "negative"


def test_a_negated_past_says_nothing_of_the_act_to_come():
    # "did not pay" / "had not raised ... for nine years" speak of the time up to then
    assert not _conflict("The ferry operator did not pay the harbour fine.", "The ferry operator will pay the harbour fine.")
    assert not _conflict("The board said the pallet charge would rise to 40 dollars.",
                         "The board had not raised the pallet charge for nine years.")
    # the same act told as done, or a negated future, still contradicts it
    assert _conflict("The ferry operator did not pay the harbour fine.", "The ferry operator paid the harbour fine.")
    assert _conflict("The ferry operator will not pay the harbour fine.", "The ferry operator will pay the harbour fine.")
