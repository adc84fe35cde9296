"""Counts of people named by two different nouns (compare.figure_kinds._people_of_one_action): two
reports of one story that count people under one action (the same verb, or verbs sharing a
WordNet sense: "abducted" / "kidnapped") name one group, whatever each calls it ("workers" /
"labourers"), when both nouns' commonest WordNet sense is a kind of person
(data/person_nouns.json). Such a pair can agree; disjoint values stay `related`, because a
second noun may name a part of the group ("labourers" among "workers"). Two different actions
("abducted" / "wounded") keep the counts apart.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from extracted import quantity_match

pytestmark = pytest.mark.model

_STORY = (" The camp near Dorvala employs contract staff from three provinces, and the mining company"
          " suspended work at its other sites in the valley. Troops were sent to search the forest roads.")
_A = "Gunmen stormed a gold mining camp near Dorvala before dawn and abducted 14 workers, the provincial police said." + _STORY
_B = "{n} labourers were {verb} from the site by armed men on Sunday night, a police spokesman in the province said." + _STORY


_match = quantity_match


def test_two_nouns_for_people_under_one_action_are_one_count():
    m = _match(_A, _B.format(n="Fourteen", verb="kidnapped"), "14 workers", "Fourteen labourers")
    assert m is not None and m.status == "agree", m


def test_a_changed_count_keeps_its_partner_but_is_no_conflict():
    m = _match(_A, _B.format(n="Nine", verb="kidnapped"), "14 workers", "Nine labourers")
    assert m is not None and m.status == "related", m


def test_people_under_two_different_actions_stay_apart():
    m = _match(_A, _B.format(n="Fourteen", verb="wounded"), "14 workers", "Fourteen labourers")
    assert m is None or m.status == "related", m
