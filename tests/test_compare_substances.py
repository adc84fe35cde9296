"""Two measurements of one thing named in other words (compare.figure_kinds._other_substance): a
share or a weight names what it is of ("91 per cent of its capacity", "6,000 tonnes of seaweed"),
and the other report names the same thing another way: both frames say the figure sizes the same
noun ("the reservoir is 64% full" / "the reservoir now stands at 91 per cent of capacity"), or
the two nouns meet in WordNet ("seaweed" / "algae"). One measure then, so a changed figure is a
conflict, as the same figure is an agreement; two things weighed ("tonnes of rice" / a maize quota)
stay apart.

Invented sentences through the real extractor."""

from __future__ import annotations

import pytest

from claimtrack.compare import diff_pair

from extracted import extracted_doc

pytestmark = pytest.mark.model

_TAIL = (" Engineers will inspect the Lomond dam spillway next week, and the board has asked households in"
         " the valley to save water.")


def _statuses(a: str, b: str) -> list:
    report = diff_pair(extracted_doc(a + _TAIL, "a.txt"), extracted_doc(b + _TAIL, "b.txt"))
    return [(m.status, m.a.text, m.b.text) for m in report.matches if m.kind == "quantity"]


_RESERVOIR = ("The Lomond reservoir is now 64% full, the board said.",
              "The water board has opened two sluice gates because the Lomond reservoir has reached {} per cent of its capacity.")
_SEAWEED = ("Crews have removed about 6,000 tonnes of seaweed from the beaches of Carrow Bay since May, the council said.",
            "Some {} tonnes of algae have been cleared from the Carrow Bay beaches since May, council officials said.")


@pytest.mark.parametrize("a, b, same, other", [(*_RESERVOIR, "64", "91"), (*_SEAWEED, "6,000", "9,500")])
def test_one_thing_named_two_ways_agrees_and_conflicts(a, b, same, other):
    assert [s for s, *_ in _statuses(a, b.format(same))] == ["agree"]
    assert [s for s, *_ in _statuses(a, b.format(other))] == ["conflict"]


def test_two_substances_weighed_stay_apart():
    out = _statuses("Crews have removed about 6,000 tonnes of seaweed from the beaches of Carrow Bay since May.",
                    "Some 9,500 tonnes of gravel have been spread on the Carrow Bay beaches since May.")
    assert all(s != "conflict" for s, *_ in out), out
