"""Speed-ups that must give exactly what the code they replace gives (issue 15): each test
compares the fast path with the library's own on the same input."""

from __future__ import annotations


def test_gender_detector_reads_the_names_the_package_reads():
    from gender_guesser.detector import Detector

    from claimtrack.actorids.first_names import gender_detector

    fast, own = gender_detector(), Detector(case_sensitive=False)
    assert fast is not None
    assert fast.names == own.names  # every name, gender and country column
    assert list(fast.names) == list(own.names)  # and the order (the first gender wins ties)
    for name in ("maria", "jean-pierre", "andrea", "kim", "zzxq"):
        assert fast.get_gender(name) == own.get_gender(name)
