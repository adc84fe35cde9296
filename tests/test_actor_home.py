"""The story's country (pipeline/actors/home.py): which country a body named by its kind belongs to."""

from __future__ import annotations

from claimtrack.models import Actor


def actors(nlp, text):
    return {a.name for a in (Actor.model_validate(r) for r in nlp(text)._.ct_actors)}


def test_a_province_written_with_st_is_known_as_iso_spells_it_with_saint():
    # ISO 3166-2 (pycountry) writes "Saint"; English abbreviates it in place names
    from claimtrack.actorids.iso import subdivision_countries

    from claimtrack.actorids.names import cached_name_key

    provinces = subdivision_countries()
    assert provinces["st kitts"] == provinces["saint kitts"] == "KNA"
    assert provinces[cached_name_key("St. Kitts")] == "KNA"  # with the abbreviation's full stop
    assert provinces["st helena"] == "SHN"


def test_an_island_written_with_st_names_the_story_s_country(nlp):
    # "St Kitts" is ISO's "Saint Kitts", a subdivision of one country: named twice, it is the story's
    text = ("Rents in St Kitts rose 9% last year, and landlords in St Kitts now ask for three months in "
            "advance. The housing ministry said it would cap deposits.")
    assert "Housing Ministry (Saint Kitts and Nevis)" in actors(nlp, text)
