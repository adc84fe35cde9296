"""A figure after a verb and a figure of the noun that names the verb's act state one size
(compare.figure_evidence.names_act): "raised mooring fees by 15%" / "a 15% increase in mooring
fees". Each rule is shown with the pair it aligns and, where it can fail, the pair it keeps apart.

Invented sentences through the real extractor (the clause frames come from the parse)."""

from __future__ import annotations

import pytest

from extracted import quantity_matches

pytestmark = pytest.mark.model

VERB = "Harbour officials raised mooring fees by 15% this spring."


def _statuses(a: str, b: str, fa: str, fb: str) -> set:
    return {m.status for m in quantity_matches(a, b, fa, fb)}


def test_a_noun_of_the_act_meets_the_verb_that_tells_it():
    # "increase" names the act "raise" tells (the verbs share a WordNet sense), and the fees the
    # verb's figure is the size of are named beside the noun: one size, stated twice.
    noun = "Boat owners complained about a 15% increase in mooring fees."
    assert _statuses(VERB, noun, "15%", "15%") == {"agree"}


def test_the_act_of_another_thing_stays_apart():
    # The same noun of a change, of something the verb's figure is not the size of.
    other = "Boat owners complained about a 15% increase in parking charges."
    assert _statuses(VERB, other, "15%", "15%") == set()


#: A verb whose object names an act ("finalised its acquisition") tells that act; its figure after
#: "for" is the act's price, as the figure after "for" of the act's own verb is
#: (compare.figure_evidence.object_tells_act).
ACQUIRED = ("Three weeks after the vote, the Lindqvist Rowing Club finalised its acquisition of the disused "
            "boathouse for 410,000 euros, with a bank loan covering 300,000 euros. Repairs to the slipway will "
            "cost another 35,000 euros, the treasurer said.")


def _bought(price: str, buyer: str = "The rowing club") -> str:
    return ("Members of the Lindqvist Rowing Club raised 120,000 euros among themselves over two winters. "
            f"{buyer} bought the boathouse for {price}, and a council grant of 50,000 euros will pay for a new pontoon.")


def test_an_act_named_by_the_object_meets_the_verb_of_that_act():
    # each report states other amounts, so only the frames say which price is which: acquisition
    # (WordNet derives it from "acquire", which "buy" is a way of) and "bought", both through "for"
    assert _statuses(ACQUIRED, _bought("410,000 euros"), "410,000", "410,000") == {"agree"}
    assert _statuses(ACQUIRED, _bought("2,050,000 euros"), "410,000", "2,050,000") == {"conflict"}


def test_the_same_act_by_another_party_is_no_contradiction():
    assert "conflict" not in _statuses(ACQUIRED, _bought("2,050,000 euros", "Hallberg Marina"), "410,000", "2,050,000")


LEASED = ("The county council on Monday finalised the lease of the old fire station for 18,000 pounds, "
          "and set aside 45,000 pounds for a new roof, the council leader said.")


def _let(rent: str) -> str:
    return ("A youth theatre will move into the old fire station. The county council has leased the building "
            f"to the group for {rent}, and the roof will cost 45,000 pounds.")


def test_the_noun_of_a_lease_meets_the_verb_lease():
    # "finalised the lease of X for" / "has leased X for": the noun's verb is the other's own verb
    assert _statuses(LEASED, _let("18,000 pounds"), "18,000", "18,000") == {"agree"}
    assert _statuses(LEASED, _let("90,000 pounds"), "18,000", "90,000") == {"conflict"}
