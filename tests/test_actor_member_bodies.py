"""Bodies named by their members ("the dockers' union said"): ORG actors with no mentions
(pipeline/actors/member_bodies.py). Every sentence is invented."""

from __future__ import annotations

import pytest

from test_actors import actors


@pytest.mark.parametrize("text, name, alias", [
    # the agent of a passive
    ("The night rota, criticised by a nurses' association since the spring, will change in May.",
     "nurses' association", "a nurses' association"),
    # the body a spokesperson speaks for
    ("A spokesman for the bakers' guild said flour prices had doubled.", "bakers' guild", "the bakers' guild"),
    # the subject of a verb, with a place before the members
    ("Ferry fares will rise in May. The Valdera boatmen's association said it would protest.",
     "Valdera boatmen's association", "The Valdera boatmen's association"),
])
def test_a_body_named_by_its_members_that_acts_is_an_organisation(nlp, text, name, alias):
    found = actors(nlp, text)
    assert name in found, list(found)
    assert found[name].type == "ORG" and alias in found[name].aliases
    assert found[name].mentions == []  # no name stands: claims and diff read what they read before


@pytest.mark.parametrize("text", [
    # only mentioned: it does not act
    "Talks with the glaziers' union resumed on Monday.",
    # a thing owned by people, not their body
    "The farmers' tractors blocked the road on Monday.",
    # several bodies: no one body the article names
    "Growers' associations said the frost had cut the harvest by half.",
    # an owner before the members: the owner's name names the body
    "The city's cab drivers' union said it would strike on Friday.",
    # the named union in apposition, and a headline's description of a named federation
    "The porters' union, the Valdera Harbour Porters League, asked for a 6% rise.",
    "Porters' union says offer falls short\n\nThe Valdera Porters' Federation said on Monday the offer fell short.",
])
def test_a_body_named_by_its_members_that_does_not_act_or_no_body_is_no_actor(nlp, text):
    found = actors(nlp, text)
    assert not [n for n in found if n[:1].islower()], list(found)


def test_the_named_union_takes_the_description(nlp):
    found = actors(nlp, "The Harbour Dockers' Union called a strike. The dockers' union said the strike "
                        "would last a week.")
    assert [n for n in found if "union" in n.lower()] == ["Harbour Dockers' Union"], list(found)
