"""No one at all against someone (compare.statements.nobody): a clause whose subject is a negative
universal pronoun denies its act of every person, so the act stated of a person in the same role on
the other side contradicts it. Invented sentences only, through the real extractor and diff."""

from __future__ import annotations

import pytest

from extracted import statement_statuses as _statuses

pytestmark = pytest.mark.model


def test_no_one_done_to_conflicts_with_a_person_it_was_done_to():
    nobody = "Harbour police in Selvik said no one had been detained over the stolen outboard engines."
    assert ("conflict", "polarity") in _statuses(
        "Harbour police in Selvik detained two deckhands over the stolen outboard engines.", nobody)
    # a passive of a person on the other side too
    assert ("conflict", "polarity") in _statuses(
        "Nobody was hurt when the grain silo at Selvik caught fire.",
        "Four farmhands were hurt when the grain silo at Selvik caught fire.")


def test_no_one_against_no_one_or_against_a_thing_is_no_conflict():
    nobody = "Nobody was hurt when the grain silo at Selvik caught fire."
    assert ("conflict", "polarity") not in _statuses(nobody, "No one was injured when the grain silo at Selvik caught fire.")
    # the other side's act done to a thing, not to a person
    assert ("conflict", "polarity") not in _statuses(nobody, "The fire at the grain silo at Selvik hurt the harvest.")


def test_what_no_one_can_do_or_does_to_another_thing_is_no_fact_against_an_act():
    # a denial of what can happen states no fact; nor does an act done to something else
    assert ("conflict", "polarity") not in _statuses(
        "Nobody can sell barley at that price, the Selvik growers said.",
        "Two growers sold barley to the Selvik maltings last week.")
    assert ("conflict", "polarity") not in _statuses(
        "Nobody bought the old ferry at the Selvik auction.",
        "Two brothers from Selvik bought the harbour crane at the auction.")


def test_none_of_a_set_conflicts_with_some_of_that_set():
    # "none of the X" denies the act of each X: one X of whom it is told falsifies it
    none = "None of the trawler's deckhands were hurt when the winch broke, the harbour master said."
    assert ("conflict", "polarity") in _statuses(none, "Two deckhands were hurt when the winch broke, the harbour master said.")
    assert ("conflict", "polarity") in _statuses(none, "One of the deckhands was hurt when the winch broke, a skipper said.")
    # members of another set, or the act denied again: no conflict
    assert ("conflict", "polarity") not in _statuses(none, "Two dock porters were hurt when the winch broke, the harbour master said.")
    assert ("conflict", "polarity") not in _statuses(none, "No deckhand was hurt when the winch broke, a skipper said.")


def test_an_act_denied_of_anything_against_the_act_done_to_a_thing_named():
    # "anything", "anyone" under a negation: no thing, no person at all was paid, arrested
    assert ("conflict", "polarity") in _statuses(
        "The Brenna mill owners refused to pay anything to the flooded farmers.",
        "The Brenna mill owners agreed to pay 40,000 euros to the flooded farmers.")
    assert ("conflict", "polarity") in _statuses(
        "Police in Arlow did not arrest anyone after the clash.",
        "Police in Arlow arrested two dockers after the clash.")
    # a denial in the past says nothing of the act to come
    assert ("conflict", "polarity") not in _statuses(
        "The Brenna mill owners did not pay anything to the flooded farmers.",
        "The Brenna mill owners will pay 40,000 euros to the flooded farmers.")


def test_a_restricted_pronoun_or_another_kind_of_object_is_not_denied():
    # "anyone else": some persons only; "anyone" against a figure: no person named
    assert not any(s == "conflict" for s, _ in _statuses(
        "The Brenna cooperative said its growers would not sell to anyone else.",
        "The Brenna cooperative sells its growers' crop to two mills."))
    no_one_lost = "The Brenna cooperative did not lose anyone, its chairman said."
    assert not any(s == "conflict" for s, _ in _statuses(
        no_one_lost, "The Brenna cooperative lost 9 per cent of its crop, its chairman said."))
    assert ("conflict", "polarity") in _statuses(no_one_lost, "The Brenna cooperative lost two pickers, its chairman said.")


def test_a_denial_tied_to_a_moment_of_its_own_says_nothing_of_an_act_at_another():
    # review s31 finding 5: a denial of one moment beside a later act, dated or not
    assert ("conflict", "polarity") not in _statuses(
        "Police in Arlow did not arrest anyone at the scene, a spokesman said.",
        "Police in Arlow arrested two dockers on Thursday, a spokesman said.")
    assert ("conflict", "polarity") not in _statuses(
        "The insurer refused in March to pay anything.",
        "The insurer agreed in June to pay 40,000 euros.")
    assert ("conflict", "polarity") not in _statuses(
        "At first the Tolvik landlords would not repair anything in the flats.",
        "The Tolvik landlords repaired the lifts in the flats.")
    # one moment named on both sides, or none: the denial covers what the other side names
    assert ("conflict", "polarity") in _statuses(
        "Wardens in Tolvik did not fine anyone at the regatta, the harbour office said.",
        "Wardens in Tolvik fined three skippers at the regatta, the harbour office said.")


def _statuses_on(a: str, b: str, published: tuple[str, str]) -> set:
    from claimtrack.compare import diff_pair

    from extracted import extracted_doc

    report = diff_pair(extracted_doc(a, "a.txt", published[0]), extracted_doc(b, "b.txt", published[1]))
    return {(m.status, m.relation) for m in report.matches if m.kind == "statement"}


def test_a_denial_up_to_now_or_until_a_point_says_nothing_of_a_later_act():
    # review s32 finding 4: a negated present perfect or a negation until a point against the act
    assert ("conflict", "polarity") not in _statuses_on(
        "Police have not arrested anyone over the warehouse fire, a spokesman said.",
        "Police have arrested two security guards over the warehouse fire, a spokesman said.",
        ("2031-04-01", "2031-04-04"))
    assert ("conflict", "polarity") not in _statuses(
        "The ministry will not sign anything until the audit of the port is finished, the minister said.",
        "The ministry signed a contract for the port, the minister said.")
    assert ("conflict", "polarity") not in _statuses_on(
        "The insurer has not paid anything to the flood victims, their lawyer said.",
        "The insurer has paid 2 million euros to the flood victims, their lawyer said.",
        ("2031-04-01", "2031-04-20"))
