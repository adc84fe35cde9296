"""A description one report leaves unlinked, read through the other report's actors
(compare/statements/described.py), and "State" written as a name for the state. Invented
sentences only."""

from __future__ import annotations

import pytest

from claimtrack.compare.statements.described import linked_elsewhere
from claimtrack.compare.statements.subjects import DocActors

from extracted import statement_statuses as _statuses


def _doc(main_org=None, **actors) -> DocActors:
    """DocActors of organisations given as id=[names] (lower case, no "the")."""
    names = {aid.replace("_", "-"): tuple(n) for aid, n in actors.items()}
    by_name: dict = {}
    for aid, written in names.items():
        for n in written:
            by_name.setdefault(n, set()).add(aid)
    return DocActors(types={aid: "ORG" for aid in names}, names=names,
                     words={aid: frozenset(w for n in ns for w in n.split()) for aid, ns in names.items()},
                     titles={}, main_org=main_org, main_country=None,
                     by_name={k: frozenset(v) for k, v in by_name.items()})


_OTHER = _doc(main_org="tolvane-industries", tolvane_industries=["tolvane industries", "company"],
              dunmore_port=["dunmore port"])


def test_the_other_reports_alias_names_the_described_body():
    assert linked_elsewhere(["company"], "tolvane-industries", _doc(), _OTHER)
    # the head noun alone given there: "the mining company" here
    assert linked_elsewhere(["mining", "company"], "tolvane-industries", _doc(), _OTHER)
    # the description's own id in its document competes with nothing
    ministry = _doc(main_org="fisheries-ministry", fisheries_ministry=["fisheries ministry", "ministry"])
    assert linked_elsewhere(["ministry"], "fisheries-ministry", _doc(ministry=["ministry"]), ministry, own="ministry")


def test_nothing_given_or_something_competing_leaves_it_unresolved():
    # the other report gives the description to nobody, or to another actor than the one named
    assert not linked_elsewhere(["union"], "tolvane-industries", _doc(), _OTHER)
    assert not linked_elsewhere(["company"], "dunmore-port", _doc(), _OTHER)
    # given to two actors there
    two = _doc(kelso_foods=["kelso foods", "company"], tolvane_industries=["tolvane industries", "company"])
    assert not linked_elsewhere(["company"], "tolvane-industries", _doc(), two)
    # its own document links it to another actor, names another with its head noun, or is about another body
    assert not linked_elsewhere(["company"], "tolvane-industries", _doc(brenna_ltd=["brenna ltd", "company"]), _OTHER)
    assert not linked_elsewhere(["company"], "tolvane-industries", _doc(brenna_company=["brenna company"]), _OTHER)
    assert not linked_elsewhere(["company"], "tolvane-industries", _doc(main_org="brenna", brenna=["brenna"]), _OTHER)
    # a firm whose name says no kind could be "the company" too; a ministry could not
    assert not linked_elsewhere(["company"], "tolvane-industries", _doc(pollos_serrano=["pollos serrano"]), _OTHER)
    assert linked_elsewhere(["company"], "tolvane-industries", _doc(fisheries_ministry=["fisheries ministry"]), _OTHER)
    ministry = _doc(fisheries_ministry=["fisheries ministry", "ministry"])
    assert linked_elsewhere(["ministry"], "fisheries-ministry", _doc(pollos_serrano=["pollos serrano"]), ministry)


@pytest.mark.model
def test_a_report_naming_no_company_describes_the_one_the_other_names():
    # the first report calls Tolvane "the company" once, then names it in the clause
    named = ("Tolvane Industries said on Monday that it would reopen the Kestle pit in April. The company expects "
             "to hire 40 miners. Tolvane Industries will not cut wages at the pit, a spokesman said.")
    described = "Miners at the Kestle pit held a meeting on Monday. The company will cut wages at the pit, union leaders said."
    assert ("conflict", "polarity") in _statuses(named, described)
    # the other report never calls Tolvane "the company": nothing says which company this is
    bare = "Tolvane Industries will not cut wages at the Kestle pit, a spokesman said."
    assert ("conflict", "polarity") not in _statuses(bare, described)


@pytest.mark.model
def test_the_state_written_as_a_name_is_the_state():
    government = "The government of Peru would not restore the fuel subsidy, the prime minister said on Monday."
    state = ("Truckers blocked roads across the south for a third day. The State will restore the fuel subsidy "
             "next year, the truckers' union said.")
    assert ("conflict", "polarity") in _statuses(government, state)


@pytest.mark.model
def test_a_short_name_left_unresolved_is_the_body_its_document_names_by_it():
    named = "Kessock Rail Freight would not declare force majeure on its contracts, a spokesman said."
    short = ("Kessock Rail Freight runs the line. Kessock will declare force majeure on its contracts, "
             "a spokesman said.")
    assert ("conflict", "polarity") in _statuses(named, short)
    # there the short name is another body's, the one its document names by it
    other = "Kessock Ferries runs the line. Kessock will declare force majeure on its contracts, a spokesman said."
    assert ("conflict", "polarity") not in _statuses(named, other)


@pytest.mark.model
def test_a_party_its_own_report_introduces_without_a_name_is_what_the_description_takes_up():
    named = ("Tolvane Industries said on Monday that it would sell the Kestle pit. The company expects to complete "
             "the sale in April. Tolvane Industries will not invest in the pit, a spokesman said.")
    buyer = ("Miners at the Kestle pit met on Monday. A Chinese company is buying the pit, union leaders said. "
             "The company will invest in the pit, they said.")
    assert ("conflict", "polarity") not in _statuses(named, buyer)
    # introduced after the description, it is no antecedent of it
    later = ("Miners at the Kestle pit met on Monday. The company will invest in the pit, union leaders said. "
             "A Chinese bank may lend the money, they said.")
    assert ("conflict", "polarity") in _statuses(named, later)


def test_an_indefinite_phrase_ends_before_a_postmodifier():
    from claimtrack.compare.statements.described import indefinite_words

    class Claim:
        start, text = 100, "A spokesman for the company said a rival mining firm had offered more."

    words = [w for _at, w in indefinite_words([Claim])]
    assert "spokesman" in words and "company" not in words and "firm" in words


@pytest.mark.model
def test_a_noun_before_the_head_introduces_no_party():
    # "a company spokesman" introduces a spokesman, not a company
    named = ("Tolvane Industries said on Monday that it would sell the Kestle pit. The company expects to complete "
             "the sale in April. Tolvane Industries will not invest in the pit, a spokesman said.")
    quoted = ("Miners at the Kestle pit met on Monday, a company spokesman said. The company will invest in the pit, "
              "union leaders said.")
    assert ("conflict", "polarity") in _statuses(named, quoted)
