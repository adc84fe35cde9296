"""An adjective in -able or -ible is its verb's modal passive ("preventable": can be prevented;
Quirk et al. 1985, App. I.36): compare.quote_meaning counts it as the verb's content word, so a
reporter who turns "could have been prevented" into "was preventable" keeps the quote's words.
Invented sentences."""

from __future__ import annotations

from claimtrack.compare.quote_meaning import _able_verb, _content_met, meaning_change


def test_the_verb_of_an_able_adjective():
    assert _able_verb("preventable") == "prevent"
    assert _able_verb("excusable") == "excuse"
    assert _able_verb("reliable") == "rely"
    assert _able_verb("terrible") is None and _able_verb("table") is None


def test_an_able_adjective_meets_its_verb_in_the_other_wording():
    a = "Every single one of these pharmacy closures could have been prevented,"
    b = "Each of these pharmacy closures was preventable,"
    assert _content_met(a, b) == (3, 3)
    assert meaning_change(a, b) is None
    # control: as written only, the adjective is another word
    assert _content_met(a, b, as_written=True) == (2, 3)
