"""Speed-ups that must give exactly what the code they replace gives (issue 15): each test
compares the fast path with the library's own on the same input."""

from __future__ import annotations


def test_gender_detector_reads_the_names_the_package_reads():
    from gender_guesser.detector import Detector

    from claimtrack.actorids.first_names import first_names, gender_detector

    fast, own = gender_detector(), Detector(case_sensitive=False)
    assert fast is not None
    assert fast.names == own.names  # every name, gender and country column
    assert list(fast.names) == list(own.names)  # and the order (the first gender wins ties)
    # the given names are the names of that one read, every line's name as the package keeps it
    assert first_names() == frozenset(own.names) and len(first_names()) > 40000
    for name in ("maria", "jean-pierre", "andrea", "kim", "zzxq"):
        assert fast.get_gender(name) == own.get_gender(name)


def test_country_scan_finds_what_the_plain_alternation_finds():
    """The currency parser's scan for country words tries them only where a word's first letter
    stands: the same matches as the alternation alone."""
    import re

    from claimtrack.parsers.number_tables import _tables

    t = _tables()
    words = sorted(t.country_of_word, key=len, reverse=True)
    plain = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b")
    sample = sorted(t.country_of_word)
    text = " ".join(f"{w}, the {w.lower()}x {w}'s-{w}" for w in sample) + " the Netherlands in the Gambia."
    got = [m.span() for m in t.country_re.finditer(text)]
    assert got == [m.span() for m in plain.finditer(text)]
    assert len(got) >= len(sample)
