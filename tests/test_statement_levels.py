"""A level kept against the same level changed (compare/statements/levels.py): "fares will be
frozen" / "has no plans to raise fares" agree, "held rates steady" / "raised rates" conflict.
Invented sentences only, through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.levels import changes_level, keeps_level

from extracted import statement_statuses as _statuses, clause_of as _clause

pytestmark = pytest.mark.model


def test_what_keeps_a_level_and_what_changes_one():
    assert keeps_level(_clause("The water utility froze its tariffs for a second year.", "freeze"))
    assert keeps_level(_clause("The water utility kept its tariffs unchanged.", "keep"))
    assert keeps_level(_clause("Tariffs will stay unchanged until March, the utility said.", "stay unchanged"))
    # keeping without an adjective of no change keeps a thing, not a level
    assert not keeps_level(_clause("The water utility kept its tariff records.", "keep"))
    # a level said not to change at all is kept; said to change, it is not
    assert keeps_level(_clause("Tariffs will not change next year, the utility said.", "change"))
    assert not keeps_level(_clause("Tariffs will change next year, the utility said.", "change"))
    assert changes_level(_clause("The water utility raised its tariffs.", "raise"))
    assert changes_level(_clause("Tariffs rose sharply in the spring.", "rise"))


def test_a_level_kept_agrees_with_it_not_changed():
    assert ("agree", "equal") in _statuses("The tram operator has no plans to raise ticket prices this year.",
                                           "Ticket prices on the trams will be frozen this year, the operator said.")
    assert ("agree", "equal") in _statuses("The reserve bank did not cut its lending rate.",
                                           "The reserve bank kept its lending rate unchanged.")
    assert ("agree", "equal") in _statuses("The ferry board ruled out raising harbour dues.",
                                           "Harbour dues will not change, the ferry board said.")
    # kept in two wordings
    assert ("agree", "equal") in _statuses("Harbour dues will be frozen, the ferry board said.",
                                           "Harbour dues will not change, the ferry board said.")


def test_a_level_kept_conflicts_with_it_changed_at_one_time_only():
    assert ("conflict", "polarity") in _statuses("The reserve bank raised its lending rate on Thursday.",
                                                 "The reserve bank held its lending rate steady on Thursday.")
    # a freeze to come says nothing against a rise told as done
    assert not any(s == "conflict" for s, _ in _statuses("Tram ticket prices rose last year.",
                                                         "The operator will freeze tram ticket prices next year."))
    # two decisions dated apart
    assert not any(s == "conflict" for s, _ in _statuses("The reserve bank held its lending rate steady in March.",
                                                         "The reserve bank raised its lending rate in June."))
    # one dated, the other not: maybe two decisions
    assert not any(s == "conflict" for s, _ in _statuses("The reserve bank held its lending rate steady.",
                                                         "The reserve bank raised its lending rate in June."))
    # another doer's level
    assert not any(s == "conflict" for s, _ in _statuses("The reserve bank raised its lending rate.",
                                                         "Employers wanted to keep the rate unchanged."))


def test_a_comparative_after_a_verb_of_considering_or_ruling_out_names_the_change():
    # "considering a higher bid" considers raising it: against "would not raise", a conflict
    got = _statuses("Harlow Foods would not raise its bid for the bakery chain, its chairman said.",
                    "Harlow Foods is weighing a higher bid for the bakery chain, two people said.")
    assert ("conflict", "polarity") in got, got
    # "ruled out lower tolls" rules out cutting them: against "may cut", a conflict; against "will
    # not cut", agreement
    ruled = "The bridge trust has ruled out lower tolls for lorries."
    assert ("conflict", "polarity") in _statuses(ruled, "The bridge trust may cut tolls for lorries in the spring.")
    assert ("agree", "equal") in _statuses(ruled, "The bridge trust will not cut tolls for lorries, its director said.")
    # a positive degree names no change
    got = _statuses("Harlow Foods would not raise its bid for the bakery chain, its chairman said.",
                    "Harlow Foods is weighing a high bid for the bakery chain, two people said.")
    assert ("conflict", "polarity") not in got, got


def test_a_thing_said_not_to_be_affected_conflicts_with_it_changed():
    spared = "The night ferry to Lindholm would not be affected by the dock strike, the operator said."
    got = _statuses(spared, "The night ferry to Lindholm will be suspended on Sundays during the dock strike.")
    assert ("conflict", "polarity") in got, got
    # another ferry, named by the word before the head, is another thing
    got = _statuses(spared, "The day ferry to Lindholm will be cancelled during the dock strike.")
    assert ("conflict", "polarity") not in got, got
    # a verb that changes nothing said of it is no such contradiction
    got = _statuses(spared, "Passengers will still board the night ferry to Lindholm, the operator said.")
    assert ("conflict", "polarity") not in got, got


def test_two_verbs_of_one_direction_name_one_change_of_a_level():
    # "cut" and "lower" are both under WordNet's decrease.v.02: one change of the fare
    assert ("agree", "equal") in _statuses("The island council refused to cut the parking charge.",
                                           "The parking charge will not be lowered, the island council said.")
    assert ("conflict", "polarity") in _statuses(
        "The island council ruled out lowering the parking charge.",
        "The parking charge could be cut next spring, the island council said.")
    # opposite directions are two changes, never one statement agreeing
    assert ("agree", "equal") not in _statuses("The island council refused to raise the parking charge.",
                                               "The parking charge will not be lowered, the island council said.")


def test_every_verb_of_the_levels_table_has_its_one_direction():
    # "rise", "drop", "go up" lie two WordNet steps under increase or decrease
    from claimtrack.compare.statements.lexicon import level_direction

    assert [level_direction(v) for v in ("rise", "go up", "raise")] == ["up"] * 3
    assert [level_direction(v) for v in ("drop", "cut", "lower")] == ["down"] * 3
    # a verb outside the table has none, whatever WordNet files it under; nor does one that names
    # the size of its change (review s32 finding 5, continued)
    assert level_direction("extend") is None
    assert level_direction("double") is None and level_direction("triple") is None


def test_a_noun_of_one_direction_ruled_out_against_another_weighed_is_one_change():
    # "another increase" / "a fresh rise": one change of one level, ruled out and weighed
    ruled = "The ferry company has ruled out another increase in cabin fares this year."
    assert ("conflict", "polarity") in _statuses(
        ruled, "The ferry company is weighing a fresh rise in cabin fares for the autumn.")
    # opposite directions: two changes
    assert ("conflict", "polarity") not in _statuses(
        ruled, "The ferry company is weighing a fresh drop in cabin fares for the autumn.")
    # a change of a stated size ruled out leaves a smaller one open
    assert ("conflict", "polarity") not in _statuses(
        "The ferry company has ruled out tripling cabin fares this year.",
        "The ferry company is weighing a rise in cabin fares for the autumn.")


def test_a_level_said_to_stay_at_a_figure_or_the_same_is_kept():
    # stay.v.01 'stay the same; remain in a certain state': with a figure or "the same", a level kept
    assert ("agree", "equal") in _statuses("The canal board would not raise the mooring fee of 40 euros.",
                                           "The canal board said the mooring fee would stay at 40 euros.")
    assert ("agree", "equal") in _statuses("The canal board would not raise the mooring fee.",
                                           "The canal board said the mooring fee would remain at the same level.")
    assert ("conflict", "polarity") in _statuses("The mooring fee will stay at 40 euros, the canal board said.",
                                                 "The canal board will raise the mooring fee, it said.")
    # staying at a place keeps no level, nor does a clause whose nested clause keeps one
    assert not _statuses("The lock keepers will stay at the old depot, the canal board said.",
                         "The lock keepers will not be affected at all by the move, the canal board said.")
    assert ("conflict", "polarity") not in _statuses("The garrison will remain at its present base, the ministry said.",
                                                     "The ministry will reduce the garrison, it said.")
    assert ("conflict", "polarity") not in _statuses("The lock will remain at its current site while the toll stays at £4, "
                                                     "the board said.", "The board will cut the lock, it said.")


def test_a_thing_said_not_to_be_affected_agrees_with_it_kept():
    # a thing not affected undergoes no change: it is kept, however the other side words it
    assert ("agree", "equal") in _statuses("The night tariff will not be affected at all by the new levy, the utility said.",
                                           "The night tariff will stay the same, the utility said.")
    assert ("agree", "equal") in _statuses("The ferry timetable will not be affected at all by the roadworks, the operator said.",
                                           "The operator will keep the ferry timetable unchanged, it said.")
    assert ("agree", "equal") in _statuses("The night tariff will not be affected at all by the new levy, the utility said.",
                                           "The utility will freeze the night tariff, it said.")
