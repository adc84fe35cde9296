"""tests/counterfactuals.py counts a counterfactual caught, and a fact kept, by the rule eval
scores pair facts by (evaluate.pairs.match_covers_fact): a match covers a span through its own
span or any `also` span where its document states the same figure again."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from counterfactuals import _covers, _found  # noqa: E402

from claimtrack.evaluate.pairs import match_covers_fact  # noqa: E402
from claimtrack.models.diff import Match, Side, Span  # noqa: E402

# A: headline "Ferry fares up 9%" (0-17), body "... fares will rise 8.6% from May" (the figure at 60-64)
# B: "... ticket prices climb 41 per cent" (the edited figure at 30-44)
HEADLINE = Side(claim="a1", start=14, end=16, text="9%", also=[Span(start=60, end=64, text="8.6%")])
BODY = Side(claim="a2", start=60, end=64, text="8.6%", also=[Span(start=14, end=16, text="9%")])
EDITED = Side(claim="b1", start=30, end=44, text="41 per cent")


def conflict(a: Side, b: Side) -> Match:
    return Match(status="conflict", relation="disjoint", about="fares", reason="", kind="quantity",
                 score=0.3, a=a, b=b)


def test_a_conflict_on_the_headline_covers_the_body_statement():
    m = conflict(HEADLINE, EDITED)
    assert _covers(m, 60, 64, 30, 44)
    assert _found({"a_start": 60, "a_end": 64, "b_start": 30, "b_end": 44, "status": "agree"}, [m]) == "conflict"


def test_a_conflict_elsewhere_covers_nothing():
    other = Side(claim="a3", start=100, end=104, text="12%")
    m = conflict(other, EDITED)
    assert not _covers(m, 60, 64, 30, 44)
    assert _found({"a_start": 60, "a_end": 64, "b_start": 30, "b_end": 44, "status": "agree"}, [m]) is None


def test_the_same_rule_as_eval():
    for a in (HEADLINE, BODY, Side(claim="a3", start=100, end=104, text="12%")):
        m = conflict(a, EDITED)
        fact = {"a_start": 60, "a_end": 64, "b_start": 30, "b_end": 44}
        assert _covers(m, 60, 64, 30, 44) == match_covers_fact(m, fact)
