"""Approximators of other languages before a figure in English text ("rund", "environ", "unos";
data/qualifiers.json local_approximators). Sentences invented here."""

from __future__ import annotations

import pytest

from claimtrack.parsers.numbers import find_expressions


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("The Kiel shipyard employs rund 640 welders.", "DE", [("rund 640", 640, "approx")]),
        ("Its Dresden plant makes etwa 90 buses a month.", "DE", [("etwa 90", 90, "approx")]),
        ("Rennes counted environ 7,000 cyclists on Sunday.", "FR", [("environ 7,000", 7000, "approx")]),
        # a Spanish approximator before a figure grouped with a dot: a thousand grouping
        ("Cádiz hosts unos 1.800 cruise passengers a day.", "ES", [("unos 1.800", 1800, "approx")]),
        ("The Porto metro carries cerca de 300 trains daily.", "PT", [("cerca de 300", 300, "approx")]),
        ("Turnout in Mendoza fell to cerca del 41%.", "AR", [("cerca del 41%", 41, "approx")]),
    ],
)
def test_a_local_approximator_before_a_figure(text, country, expected):
    assert [(e.text, e.value, e.qualifier) for e in find_expressions(text, country)] == expected


def test_a_word_that_only_ends_like_one_is_no_approximator():
    # "Grund" ends in "rund": a qualifier begins at a word's start
    assert [(e.text, e.qualifier) for e in find_expressions("The Grund 45 tram runs late.", "DE")] == [("45", None)]


@pytest.mark.parametrize(
    "text, country",
    [
        # the dictionaries write them in lower case; capitalised, they are surnames before a figure
        ("The council backed Knapp 312 to 290.", "US"),
        ("Rund 27 scored twice for the visitors.", "NZ"),
    ],
)
def test_a_capitalised_local_approximator_is_a_name(text, country):
    assert all(e.qualifier is None for e in find_expressions(text, country))
