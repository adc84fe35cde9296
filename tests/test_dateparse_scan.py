"""The date scanner tries its patterns only where they can begin: same matches as a full scan."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.parsers import date_patterns as dp
from claimtrack.parsers import days
from claimtrack.parsers import scan
from conftest import SEEDS, examples

# every word the patterns are written with, and the words of the tables they are built from
_WORDS = sorted(
    {w for p in dp.BEGINS for w in re.findall(r"[a-z]+", p.pattern)}
    | {w for table in (dp.MONTHS, dp.WEEKDAYS, dp.ORDINAL_WORDS, dp.NUMBER_WORDS, days.HOLIDAYS,
                       days.MOVABLE_HOLIDAYS) for k in table for w in re.split(r"[\s.]+", k) if w}
)
_PIECES = _WORDS + [
    "1", "4", "12", "31", "2025", "1999", "04", "3rd", "21st", "20161016", "1,000", "9/4/2025", "2011-12",
    "GMT", "Street", "Sept.", "May", "MARCH", "Thursday", "Christmas", "é", "\u017f", "\u0130", "\u0131", "\u212a", "٣", "$", "%", "(", ")",
    "'s", "’s", "-", "/", ".", ",", ":", "#",
]
_SEPS = ["", " ", " ", " ", "  ", "\t", "\n", ", ", ". ", "-", "/", " of ", " the "]


def _matches(pattern: re.Pattern, text: str, starts) -> list:
    return [(m.span(), m.groups()) for m in scan.finditer_at(pattern, text, starts)]


def _check(text: str) -> None:
    low = scan.ascii_lower(text)
    assert len(low) == len(text) and low == "".join(c.lower() if c.isascii() else c for c in text)
    runs = scan.RunStarts(low, dp.BEGIN_WORDS)
    for pattern, (words, digits) in dp.BEGINS.items():
        source = text if pattern is dp.RE_YEAR else low
        assert _matches(pattern, source, runs.of(words, digits)) == _matches(pattern, source, None), pattern.pattern


text_of_pieces = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPS), st.booleans()), max_size=40,
).map(lambda parts: "".join((w.capitalize() if cap else w) + sep for w, sep, cap in parts))


@settings(max_examples=examples(400), deadline=None)
@given(text_of_pieces)
def test_scan_at_word_starts_equals_full_scan(text):
    _check(text)


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aemnoyd 0123456789-/.,Tt\n")), max_size=60))
def test_scan_equals_full_scan_on_noise(text):
    _check(text)


@pytest.mark.parametrize("pattern", list(dp.BEGINS), ids=lambda p: p.pattern[:30])
@settings(max_examples=examples(60), deadline=None)
@given(data=st.data())
def test_scan_finds_every_kind_of_match(pattern, data):
    """Strings each pattern matches (drawn from the pattern itself), in a little context."""
    match = data.draw(st.from_regex(pattern, fullmatch=True))
    before = data.draw(st.sampled_from(["", " ", "x", "1", ". ", "(", "on ", "The ", "\n", "-"]))
    after = data.draw(st.sampled_from(["", " ", ".", "x", "1", " of ", "s"]))
    if data.draw(st.booleans()):
        match = match.upper()
    _check(before + match + after)


def test_scan_equals_full_scan_on_articles():
    for path in sorted(SEEDS.glob("*.txt")):
        _check(path.read_text(encoding="utf-8"))


def test_scan_finds_dates_everywhere_in_a_sentence():
    text = ("On Tuesday, March 4, 2025, three days ago, the 2nd of May and 2024-03-05 and in two weeks "
            "last Christmas, since June; yesterday, this year.")
    runs = scan.RunStarts(scan.ascii_lower(text), dp.BEGIN_WORDS)
    starts = runs.of(*dp.BEGINS[dp.RE_MDY])
    assert text.index("Tuesday") in starts and text.index("March") in starts
    assert [m.group(0) for m in scan.finditer_at(dp.RE_MDY, scan.ascii_lower(text), starts)] == ["tuesday, march 4, 2025"]
    assert runs.digits[0] == text.index("4")


def test_the_letters_folding_to_ascii_are_all_listed():
    # every character beyond ASCII that the one-character class accepts: one scan of them all,
    # not a fullmatch per character (the class matches one character, so the two are the same)
    folds = re.findall("(?i)[a-z]", "".join(map(chr, range(0x80, 0x110000))))
    assert "".join(folds) == scan._FOLDS_TO_ASCII
