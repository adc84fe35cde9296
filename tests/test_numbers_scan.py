"""The number scanner tries its patterns only where they can begin: same matches as a full scan."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.parsers.scan import finditer_at
from claimtrack.parsers import amounts as nb
from conftest import SEEDS, examples

_T = nb._tables()
#: each scanning pattern and where `_Starts` says it can begin
_SCANS = {
    "amount": (_T.amount, lambda s: s.amount()),
    "masks": (_T.masks, lambda s: s.masks()),
    "frac_article": (_T.frac_article, lambda s: s.words(_T.frac_article_words)),
    "article": (_T.article, lambda s: s.words(_T.article_words)),
}


def _check(text: str) -> None:
    starts = nb._Starts(text)
    for name, (pattern, where) in _SCANS.items():
        full = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_at(pattern, text, where(starts))] == full, name


_PIECES = [
    "a", "an", "A", "An", "half", "Half", "quarter", "one", "Two", "three", "twenty", "six", "hundred", "dozen",
    "million", "bn", "m", "k", "of", "and", "per", "cent", "percent", "%", "USD", "EUR", "usd", "US$", "A$", "Can$",
    "Rs", "Rs.", "$", "€", "£", "¥", "₹", "½", "¾", "1", "5", "12", "2025", "1,200", "3.5", ".5", "0", "020", "1/2",
    "3/4", "10:30", "pm", "a.m.", "+44", "(555)", "555-123-4567", "9/4/2025", "2025-09-04", "September", "Sept",
    "May", "march", "june", "http://x.org", "www.ex.com", "jo.doe@mail.com", "@", "é", "٣", "²",
    # letters a case-insensitive pattern reads as ASCII
    "\u017fix", "m\u0131llion", "f\u0130ve", "thou\u017fand", "\u212a", "\u0131", "hundred\u017f",
    "_", "-", "/", ".", ",", ":", "#", "(", ")", "'",
]
_SEPS = ["", " ", " ", " ", "  ", "\t", "\n", ", ", ". ", "-", "/"]

text_of_pieces = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPS)), max_size=40).map(
    lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=examples(400), deadline=None)
@given(text_of_pieces)
def test_scan_at_starts_equals_full_scan(text):
    _check(text)


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=60))
def test_scan_equals_full_scan_on_any_text(text):
    _check(text)


_NUMBER_WORDS = sorted(set(_T.units) | set(_T.tens) | set(_T.hundred) | set(_T.multipliers) | set(_T.scale_words)
                       | set(_T.fractions)) + ["a", "an", "and", "of"]
amounts = st.tuples(
    st.sampled_from([""] + sorted(_T.symbols) + sorted(_T.codes)),
    st.sampled_from(["", " "]),
    st.one_of(
        st.from_regex(r"\d{1,4}(,\d{3})?(\.\d{1,2})?|\.\d|[1-7]/[2-8]|\d? ?[½¼¾⅓]", fullmatch=True),
        st.lists(st.sampled_from(_NUMBER_WORDS), min_size=1, max_size=4).map(" ".join),
    ),
    st.sampled_from(["", "%", " percent", "bn", "m", "k", " million", " billion", " dollars", " euros", " USD",
                     "p", " pence", "€", " rupees", " pounds"]),
    st.sampled_from(["lower", "title", "upper"]),
).map(lambda p: p[0] + p[1] + getattr(p[2], p[4])() + p[3])


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(["", " ", "x", "1", ". ", "(", "The ", "\n", "-", "about "]), amounts,
       st.sampled_from(["", " ", ".", "x", "1", " of ", "s", " people"]))
def test_scan_finds_every_kind_of_amount(before, amount, after):
    _check(before + amount + after)


@pytest.mark.parametrize("name", [n for n in _SCANS if n != "amount"])  # drawing from `amount` is too slow
@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_scan_finds_every_kind_of_match(name, data):
    """Strings each pattern matches (drawn from the pattern itself), in a little context."""
    match = data.draw(st.from_regex(_SCANS[name][0]))
    before = data.draw(st.sampled_from(["", " ", "x", "1", ". ", "(", "The ", "\n", "-", "$"]))
    after = data.draw(st.sampled_from(["", " ", ".", "x", "1", " of ", "s"]))
    _check(before + match + after)


def test_scan_equals_full_scan_on_articles():
    for path in sorted(SEEDS.glob("*.txt")):
        _check(path.read_text(encoding="utf-8"))


def test_words_with_letters_folding_to_ascii_are_tried():
    text = "Some \u017fix hundred and f\u0130fty m\u0131llion people"  # 'ſix', 'fİfty', 'mıllion'
    starts = nb._Starts(text).amount()
    assert text.index("\u017f") in starts
    found = [m.group(0) for m in finditer_at(_T.amount, text, starts)]
    assert found == [m.group(0) for m in _T.amount.finditer(text)] == ["\u017fix hundred and f\u0130fty m\u0131llion"]


def test_amounts_start_at_digits_words_and_signs():
    text = "About half a million people, $5bn (US$ 2 billion), .5 percent and ¾ of them; one in four."
    starts = nb._Starts(text).amount()
    for piece in ("half", "$5bn", "US$", ".5", "¾", "one", "four"):
        assert text.index(piece) in starts
    assert text.index("people") not in starts
    found = [m.group(0) for m in finditer_at(_T.amount, text, starts)]
    assert found == [m.group(0) for m in _T.amount.finditer(text)] and "$5bn" in found


@pytest.mark.parametrize("run", ["x" * 5000, "a." * 2500, "jo-" * 1700, "7" * 5000])
def test_a_long_run_before_an_at_sign_is_tried_once(run):
    """An e-mail address starts where its run of address characters starts, so the mask is tried
    at one position of a long run before '@', not at each (which cost time quadratic in the run)."""
    for tail in ("@", "@mail.com", "@x"):
        text = f"Call {run}{tail} about 26 nations."
        starts = nb._Starts(text)
        inside = [p for p in (starts.masks() or []) if 5 <= p < 5 + len(run)]
        assert len(inside) <= 1
        _check(text)
    address = "Write to jo.doe2024@mail.com about it."
    masked = [m.span() for m in finditer_at(_T.masks, address, nb._Starts(address).masks())]
    assert (9, 28) in masked  # the whole address, from the start of its run
