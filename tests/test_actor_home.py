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


def test_a_province_english_names_differently_from_iso_is_known_by_its_english_name():
    # ISO 3166-2 (pycountry) writes "Sicilia", "Bayern", "Região Autónoma da Madeira"; CLDR's
    # English names (data/cldr_subdivisions.json) are keys too, and a key ISO has stays ISO's
    from claimtrack.actorids.iso import subdivision_countries

    provinces = subdivision_countries()
    assert provinces["sicily"] == provinces["sicilia"] == "ITA"
    assert provinces["bavaria"] == "DEU" and provinces["madeira"] == "PRT" and provinces["crete"] == "GRC"
    assert provinces["victoria"] == "AUS"  # CLDR's English also has a district "Victoria" elsewhere
    assert "drama" not in provinces  # a Greek unit's name, and an English word
    # English words WordNet writes in lower case, and names made of compass points and kinds of
    # division, name no province of one country (CLDR has them for Cameroon, Iceland, Sri Lanka)
    for word in ("southwest", "northwestern", "down", "north central", "capital region"):
        assert word not in provinces


def test_a_compass_region_of_a_story_names_no_foreign_province(nlp):
    # "the Southwest" of a US story is no region of another country (CLDR's English has one)
    text = ("Wildfires have burned across the Southwest since April, and orchards in Utah and across the "
            "Southwest have lost their crop. The forestry service said crews would stay until autumn.")
    assert not any(name.endswith("(Cameroon)") for name in actors(nlp, text))


def test_a_story_about_an_english_named_province_gives_its_bodies_the_country(nlp):
    # "Bavaria" twice: the story is Germany's, and the ministry is Germany's, not a town's
    text = ("Milk collections in Bavaria fell for a third month, and cheese makers across Bavaria are "
            "short of supply. The agriculture ministry blamed the dry spring.")
    assert "Agriculture Ministry (Germany)" in actors(nlp, text)


def test_the_regional_government_of_an_english_named_province_is_that_province_s(nlp):
    text = ("Ferry crossings to Sicily were halted on Sunday as gales swept the strait, and ports across "
            "Sicily stayed shut. The regional government said services would resume on Tuesday.")
    assert "Government of Sicily" in actors(nlp, text)


def test_a_capital_opening_the_dateline_outweighs_a_country_named_twice_in_passing(nlp):
    # the wire files from Quito: China (named twice, as the buses' maker) is not the story's country
    text = ("QUITO, March 3 (Equator Wire) - The transport ministry said on Tuesday it would buy 40 electric "
            "buses from a Chinese maker, the first such order outside China for the firm. Deliveries start in July.")
    assert "Transport Ministry (Ecuador)" in actors(nlp, text)


def test_a_capital_in_the_masthead_weighs_as_in_a_dateline(nlp):
    # a local paper of Quito writes about Ecuador; the buses' country, named twice, is not its home
    text = ("THE QUITO HERALD\nMonday, March 2, 2026\n\nCity buses go electric\n\nThe transport ministry said "
            "it would buy 40 electric buses built in Brazil, and a Brazilian firm will train the drivers over the summer.")
    names = actors(nlp, text)
    assert "Transport Ministry (Ecuador)" in names and "Transport Ministry (Brazil)" not in names


def test_a_town_of_one_country_in_the_dateline_outweighs_a_country_named_once(nlp):
    text = ("GUAYAQUIL, March 3 (Equator Wire) - The port authority said on Tuesday it had cleared a backlog of "
            "900 containers, most of them bound for Peru. Dock workers had refused overtime for a week.")
    assert "Port Authority (Ecuador)" in actors(nlp, text)


def test_iso_names_that_are_english_words_or_descriptions_are_no_province_keys():
    # ISO 3166-2 names Cameroon's "North", Tanzania's "Coast", Papua New Guinea's "Gulf", Zimbabwe's
    # "Midlands" (data/iso_subdivision_words.json); a word WordNet or SCOWL also writes as a name,
    # the place's own, stays a key, and so does a word GeoNames gives a town or a city
    from claimtrack.actorids.iso import subdivision_countries

    provinces = subdivision_countries()
    for word in ("north", "south", "east", "west", "coast", "gulf", "midlands", "centre", "antique", "grad"):
        assert word not in provinces
    assert provinces["cork"] == provinces["limerick"] == "IRL"
    assert provinces["northland"] == "NZL" and provinces["bavaria"] == "DEU"
    assert provinces["highland"] == "GBR" and provinces["saga"] == "JPN" and provinces["lira"] == "UGA"


def test_a_council_area_named_by_an_english_word_keeps_its_country(nlp):
    # "Highland" is a lower-case word of WordNet and the name of a Scottish council area
    text = ("Snow closed roads across Highland on Tuesday, and schools in Highland stayed shut. "
            "The roads agency said ploughs would work through the night.")
    assert "Roads Agency (United Kingdom)" in actors(nlp, text)


def test_the_coast_of_a_story_names_no_foreign_province(nlp):
    text = ("Heavy swells battered the Coast on Sunday, and fishing crews along the Coast stayed in port. "
            "The fisheries department said boats could sail again on Wednesday.")
    assert "Fisheries Department" in actors(nlp, text)


def test_the_north_of_a_story_names_no_foreign_province(nlp):
    text = ("Snow closed schools across the North this week, and bus services in the North were cut. "
            "The education ministry said classes would move online.")
    assert "Education Ministry" in actors(nlp, text)


def test_the_gulf_of_a_story_names_no_foreign_province(nlp):
    text = ("Oil spilled into the Gulf after a pipeline burst, and beaches around the Gulf were closed. "
            "The environment agency said the clean-up would cost millions.")
    assert "Environment Agency" in actors(nlp, text)


def test_a_place_line_under_the_masthead_reads_the_paper_s_town_and_province():
    from claimtrack.pipeline.actors.layout import place_lines

    assert place_lines("THE VALLEY POST\nTarija, Bolivia, jueves 5 de marzo de 2026\n\nStory") == [("Tarija", "Bolivia")]
    assert place_lines("X GAZETTE\nPort Vila | Saturday 7 March 2026\n") == [("Port Vila", "")]
    assert place_lines("Dock strike enters 9th day as talks stall, 2029\n") == []  # a headline, no date
    assert place_lines("Published: 2 March 2026 | Coast Wire\n") == []


def test_a_place_line_naming_a_town_places_a_local_paper_that_names_no_country(nlp):
    # no country is named: the paper's town under its masthead says where the story is
    text = ("EL CORREO ANDINO\nMendoza, martes 3 de marzo de 2026\n\nBus fares go up\n\nThe provincial transport "
            "board raised the bus fare to $ 1.250 on Monday, and the drivers' union said wages had not kept pace. "
            "The transport ministry said the rise would pay for 40 new buses.")
    doc = nlp(text)
    assert doc._.ct_country == "Argentina"
    assert [q["currency"] for q in doc._.ct_quantities if q["text"] == "$ 1.250"] == ["ARS"]


def test_a_capital_on_the_place_line_outweighs_a_country_named_twice_in_passing(nlp):
    # the bidders' and the donor's country is named twice; the paper is in Honiara, and its "$" is the
    # Solomon Islands'
    text = ("THE LAGOON GAZETTE\nHoniara, Friday 6 March 2026\n\nSea wall to be rebuilt\n\nThe works ministry said it "
            "would spend $4.5m on a new sea wall along the harbour road, and contractors from New Zealand and Australia "
            "have been asked to bid. New Zealand's aid agency will pay for the design.")
    doc = nlp(text)
    assert "Works Ministry (Solomon Islands)" in actors(nlp, text)
    assert [q["currency"] for q in doc._.ct_quantities if q["text"] == "$4.5m"] == ["SBD"]


def test_a_place_line_town_that_is_another_country_s_province_places_nothing(nlp):
    # "Guadalajara" is a Mexican city and a Spanish province: the line says nothing either way
    text = ("EL DIARIO TAPATIO\nGuadalajara, lunes 2 de marzo de 2026\n\nTankers for the suburbs\n\nThe environment "
            "ministry said tankers would supply the outer suburbs into May, after the driest winter in western Mexico "
            "since 2021. Three wells have been closed for repairs.")
    assert "Environment Ministry (Mexico)" in actors(nlp, text)
