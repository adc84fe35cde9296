"""Faster ways of computing what a plain one computes: each gives exactly the plain result.

Hypothesis draws texts from a small alphabet (letters, digits, spaces, apostrophes, the
non-ASCII letters a case-insensitive pattern reads as ASCII) so that names, look-behinds and
word runs meet often."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings, strategies as st

from conftest import examples
from claimtrack.export import dumps
from claimtrack.parsers import scan
from claimtrack.pipeline.actors.merge import _followed_somewhere

ALPHABET = "ab AB1 '’s\u017f\u0131é_\n"
texts = st.text(alphabet=ALPHABET, max_size=60)
AFTER = re.compile(r"(?:['’]s)?\s+(?:board|chief executive|shares)\b", re.IGNORECASE)


def _plain_followed(text: str, surface: str) -> bool:
    return any(AFTER.match(text, m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(surface), text))


def test_a_name_before_what_only_an_organisation_has():
    text = "Norvik said profits rose. Norvik's board met; Anorvik shares fell."
    assert _followed_somewhere(text, "Norvik", AFTER)
    assert not _followed_somewhere(text, "orvik", AFTER)  # only inside a word before "shares"
    assert not _followed_somewhere("Dana Ruiz chief of staff", "Dana Ruiz", AFTER)


@settings(max_examples=examples(300))
@given(texts, st.text(alphabet=ALPHABET, min_size=1, max_size=4), st.sampled_from(["", " board", "'s shares", " chief executive"]))
def test_followed_somewhere_is_the_regex_scan(text, surface, tail):
    for t in (text, text + surface + tail, surface + tail + text):
        assert _followed_somewhere(t, surface, AFTER) == _plain_followed(t, surface)


def _plain_runs(low: str, vocab: frozenset) -> tuple:
    """RunStarts as it was written before its runs were shared between passes over one text."""
    pieces = re.split(r"([a-z]+)", low)
    words: dict[str, list[int]] = {}
    pos = 0
    for k, piece in enumerate(pieces):
        if k % 2 and piece in vocab:
            words.setdefault(piece, []).append(pos)
        pos += len(piece)
    odd = sorted({j for m in re.finditer("[\u0130\u0131\u017f\u212a]", low)
                  for j in range(_word_start(low, m.start()), m.start() + 1)})
    return words, [m.start() for m in re.finditer(r"\d+", low)], odd


def _word_start(low: str, i: int) -> int:
    while i > 0 and re.match("[a-z\u0130\u0131\u017f\u212a]", low[i - 1]):
        i -= 1
    return i


@settings(max_examples=examples(200))
@given(st.lists(texts, min_size=1, max_size=4), st.sets(st.sampled_from(["a", "ab", "b", "s", "ba"])))
def test_run_starts_shared_between_passes_are_those_of_the_text(lows, vocab):
    vocab = frozenset(vocab)
    for low in lows + lows[::-1]:  # the same text again (shared runs), then another (fresh ones)
        low = scan.ascii_lower(low)
        words, digits, odd = _plain_runs(low, vocab)
        runs = scan.RunStarts(low, vocab)
        assert runs.words == words and list(runs.digits) == digits and sorted(set(runs.odd)) == odd
        other = scan.RunStarts(low, frozenset({"ab"}))  # another vocabulary over the same runs
        assert other.words == {w: s for w, s in _plain_runs(low, frozenset({"ab"}))[0].items()}


def test_dumps_is_compact_json_with_the_text_as_written():
    record = {"text": "Zürich “quoted”\n", "value": 2.5e-05, "big": 1e17, "none": None, "list": [1, (2, 3)]}
    assert dumps(record) == json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    assert dumps(record).startswith('{"text":"Zürich “quoted”\\n"')
