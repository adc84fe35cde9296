"""claimtrack.text.pattern: a pattern built from a document's words is compiled once and then
reused, and it finds what re finds."""

from __future__ import annotations

import re

from claimtrack.text import pattern


def test_a_built_pattern_is_compiled_once_and_reused():
    source = rf"\b{re.escape('tram')}\w*"
    first = pattern(source, re.IGNORECASE)
    assert pattern(source, re.IGNORECASE) is first
    assert pattern(source) is not first  # the flags are part of the key


def test_a_built_pattern_finds_what_re_finds():
    text = "The Tramways board said two trams were idle."
    source = rf"\b{re.escape('tram')}\w*"
    assert [m.span() for m in pattern(source, re.IGNORECASE).finditer(text)] == \
        [m.span() for m in re.finditer(source, text, re.IGNORECASE)] == [(4, 12), (28, 33)]
    assert pattern(source).search(text).group(0) == "trams"
