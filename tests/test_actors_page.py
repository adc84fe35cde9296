"""Actors from the page and from names themselves: outlets in datelines and mastheads, 'the
government', short company names, person-or-organisation evidence. Every sentence is invented."""

from __future__ import annotations

from claimtrack.actorids.first_names import first_names


def _actors(nlp, text):
    doc = nlp(text)
    out = {}
    for a in doc._.ct_actors:
        for m in a["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        out[a["name"]] = a
    return out


BODY = ("Ferry fares rose by a tenth on Friday, the third rise this year, and passengers on the early "
        "crossings said they would drive instead.")


def test_wire_dateline_names_its_agency_and_the_filing_city_is_no_actor(nlp):
    text = ("Ferry fares rise for the third time this year\n\n"
            "HARBOURTON, May 3 (Coastal Dispatch Service) - The city's ferry operator raised fares "
            "on Friday, officials said.\n")
    found = _actors(nlp, text)
    assert found["Coastal Dispatch Service"]["type"] == "ORG"
    assert not any("HARBOURTON" in a["aliases"] for a in found.values())


def test_masthead_line_with_the_date_names_the_paper(nlp):
    text = f"Ferry fares rise again\n\nTHE MARSHVILLE GAZETTE · Friday 3 May 2030 · by Tom Reyes\n\n{BODY}\n"
    found = _actors(nlp, text)
    assert found["The Marshville Gazette"]["type"] == "ORG"
    assert "THE MARSHVILLE GAZETTE" in found["The Marshville Gazette"]["aliases"]


def test_masthead_on_its_own_line_above_the_date_line(nlp):
    text = f"Ferry fares rise again\n\nLakeside Evening Post\nMonday, June 2, 2031\nBy Ana Ruiz\n\n{BODY}\n"
    found = _actors(nlp, text)
    assert found["Lakeside Evening Post"]["type"] == "ORG"


def test_masthead_on_the_first_line_above_a_bare_date(nlp):
    text = f"NORTHFIELD WEEKLY COURIER\nThursday, 12.09.2030\n\nFerry fares rise again\n\nBy Ana Ruiz\n\n{BODY}\n"
    found = _actors(nlp, text)
    assert found["Northfield Weekly Courier"]["type"] == "ORG"
    assert "NORTHFIELD WEEKLY COURIER" in found["Northfield Weekly Courier"]["aliases"]


def test_a_capitals_masthead_alone_on_the_first_line_names_the_paper_without_a_date(nlp):
    found = _actors(nlp, f"THE HOLMVIK ARGUS\n\nFerry fares rise again\n\n{BODY}\n")
    assert found["The Holmvik Argus"]["type"] == "ORG"
    # a headline in capitals is no masthead, whatever its last word
    assert not _actors(nlp, f"FERRY FARES HIT RECORD\n\n{BODY}\n")


def test_a_first_line_headline_above_a_time_stamp_is_no_masthead(nlp):
    text = f"Ferry Fares Rise Again At Harbour Post\nPublished May 3, 2030 at 9:10 a.m.\n\n{BODY}\n"
    found = _actors(nlp, text)
    assert not any(a["type"] == "ORG" for a in found.values())  # the headline names no paper


def test_masthead_above_a_date_line_that_opens_with_the_paper_s_town(nlp):
    text = f"Valley Herald\nKESWICK, Tuesday, 24 March 2031\n\nFerry fares rise again\n\nBy Ana Ruiz\n\n{BODY}\n"
    assert _actors(nlp, text)["Valley Herald"]["type"] == "ORG"
    # a headline above such a line is no masthead: it holds no word that heads papers' names
    text = f"Ferry Fares Rise Again\nKESWICK, Tuesday, 24 March 2031\n\nBy Ana Ruiz\n\n{BODY}\n"
    assert not any(a["type"] == "ORG" for a in _actors(nlp, text).values())


def test_capitals_masthead_above_a_date_in_another_language(nlp):
    # "de" joins a Spanish date's parts: "Jueves 9 de julio de 2031" is a bare date
    text = f"EL FARO DEL NORTE - Salta\nJueves 9 de julio de 2031\n\nFerry fares rise again\n\n{BODY}\n"
    assert _actors(nlp, text)["El Faro Del Norte"]["type"] == "ORG"


def test_masthead_edition_note_is_not_part_of_the_name(nlp):
    text = f"Ferry fares rise again\n\nGazeta da Serra (English edition) | Tuesday 04.06.2030\n\n{BODY}\n"
    found = _actors(nlp, text)
    assert "Gazeta da Serra" in found


def test_section_label_or_byline_on_a_dated_line_is_no_outlet(nlp):
    text = f"Ferry fares rise again\n\nTransport | 3 May 2030\nBy Ana Ruiz | Published 3 May 2030\n\n{BODY}\n"
    found = _actors(nlp, text)
    assert "Transport" not in found
    assert not any(a["type"] == "ORG" for a in found.values())


def test_the_government_is_the_government_of_the_country_the_story_is_about(nlp):
    text = ("Uruguay will raise its minimum wage next year, the government said on Monday. "
            "Unions in Uruguay called the rise too small.")
    found = _actors(nlp, text)
    gov = found["Government of Uruguay"]  # an organisation of its own (proposal 2)
    assert gov["type"] == "ORG" and "government" in gov["aliases"]


def test_company_named_short_by_its_first_word_joins_its_full_name(nlp):
    text = ("Tolvane Ceramics said on Tuesday it would close its kiln plant in the spring. "
            "Workers said Tolvane had given them no warning.")
    found = _actors(nlp, text)
    assert found["Tolvane Ceramics"]["type"] == "ORG"
    assert "Tolvane" in found["Tolvane Ceramics"]["aliases"]
    assert "Tolvane" not in found


def test_a_title_in_apposition_makes_a_person_whatever_the_model_says(nlp):
    text = "Olufemi Adeyemi, the league's commissioner, suspended the match."
    assert [e.label_ for e in nlp(text).ents] == ["GPE"]  # the model's guess this test overrides
    found = _actors(nlp, text)
    assert found["Olufemi Adeyemi"]["type"] == "PERSON"


def test_a_given_name_first_makes_a_person(nlp):
    text = "The orchard growers' cooperative backed Marta Ilves, who said prices were too low."
    assert [e.label_ for e in nlp(text).ents] == ["ORG"]
    found = _actors(nlp, text)
    assert found["Marta Ilves"]["type"] == "PERSON"


def test_a_plural_common_noun_last_makes_a_company(nlp):
    text = "Ardmore Kilns will cut 200 jobs at its plant, the union said."
    assert [(e.text, e.label_) for e in nlp(text).ents][0] == ("Ardmore Kilns", "PERSON")
    found = _actors(nlp, text)
    assert found["Ardmore Kilns"]["type"] == "ORG"


def test_first_name_table_is_read_from_the_package():
    names = first_names()
    assert len(names) > 40000
    assert {"helena", "stelios", "owain", "joost"} <= names
    assert "metals" not in names and "terminals" not in names


def test_a_paper_calls_itself_by_the_last_word_of_its_name(nlp):
    text = (f"Ferry fares rise again\n\nTHE MARSHVILLE GAZETTE · Friday 3 May 2030\n\n{BODY} "
            "The operator told the Gazette that fuel costs had doubled.\n")
    found = _actors(nlp, text)
    assert "Gazette" in found["The Marshville Gazette"]["aliases"]
    assert "Gazette" not in found


def test_a_given_name_the_model_left_out_joins_the_surname(nlp):
    text = "\"The quay is unsafe,\" said Per Halvorsen, the harbour's safety officer."
    found = _actors(nlp, text)
    assert found["Per Halvorsen"]["type"] == "PERSON"
    assert "Halvorsen" not in found


def test_a_currency_code_beside_a_number_is_money_not_an_organisation(nlp):
    text = "Visitors will pay ISK 4500 a night from June, and the council expects ISK 90 million a year."
    found = _actors(nlp, text)
    assert "ISK" not in found


def test_the_speaker_after_said_is_the_name_the_actor_component_found(nlp):
    text = '"The pier must close before winter," said Per Halvorsen, the harbour master.'
    doc = nlp(text)
    assert "Per" not in {e.text for e in doc.ents}  # the model leaves the given name out
    assert [q["speaker"] for q in doc._.ct_quotes] == ["Per Halvorsen"]


def test_a_venue_or_body_noun_first_makes_an_organisation(nlp):
    text = "Museum Kellerhof will return the masks, its director said."
    assert [(e.text, e.label_) for e in nlp(text).ents] == [("Museum Kellerhof", "PERSON")]
    found = _actors(nlp, text)
    assert found["Museum Kellerhof"]["type"] == "ORG"


def test_a_surname_the_tokenizer_splits_is_the_person_named_before(nlp):
    text = ("Governor Kwesi Ampofo-Danquah said on Monday the bank would keep buying gold. "
            "Ampofo-Danquah added that reserves had doubled since 2021.")
    found = _actors(nlp, text)
    person = found["Kwesi Ampofo-Danquah"]
    assert person["type"] == "PERSON" and "Ampofo-Danquah" in person["aliases"]
    assert "Ampofo-Danquah" not in found


def test_names_before_a_plural_place_noun_are_places(nlp):
    text = "The new parking charge covers the Tam Vinh and Lo Duc districts from May, the council said."
    found = _actors(nlp, text)
    assert "Tam Vinh" not in found and "Lo Duc" not in found


def test_a_titled_name_the_model_calls_a_work_is_a_person(nlp):
    text = "\"Rates will stay where they are,\" Deputy Governor Efua Mensimah said at the briefing."
    found = _actors(nlp, text)
    person = found["Efua Mensimah"]
    assert person["type"] == "PERSON" and person["titles"] == ["Deputy Governor"]


def test_a_work_or_event_name_opening_with_the_is_no_titled_person(nlp):
    text = "The Greyhollow Blaze, which began on Monday, had burned 9,000 acres by Friday, firefighters said."
    found = _actors(nlp, text)
    assert not any(a["type"] == "PERSON" and "Greyhollow" in name for name, a in found.items())


def test_the_town_of_a_byline_is_where_the_writer_is_and_names_the_story_s_country(nlp):
    # a capital or a town after the writer's name acts nowhere; the capital still tells whose
    # government "the government" is
    text = ("Copper smelter wins permit\n\nBy Aino Virtanen, Helsinki\n\nThe court in Oulu ruled on Monday "
            "that the smelter may open. Firms need copper, the government said.\n")
    found = _actors(nlp, text)
    assert "Finland" not in found and "Helsinki" not in found
    assert found["Government of Finland"]["type"] == "ORG"
    found = _actors(nlp, "Rail line reopens\n\nBy Rosa Lema, Salzburg\n\nTwo workers were hurt when mud swept "
                         "over the line between Salzburg and the coast. Buses took 250 tourists to Salzburg.\n")
    assert "Salzburg" not in found


def test_a_first_line_in_capitals_above_any_date_line_is_the_masthead(nlp):
    # a masthead is set in capitals; the date line under it may be in the paper's language or
    # carry a time stamp or a section
    for date_line in ("Jueves 4 de junio de 2031", "Thursday, June 4, 2031 · Updated 07:10 WIB",
                      "Thursday 4 June 2031 | Business"):
        found = _actors(nlp, f"THE HILLCREST COURIER\n{date_line}\n\nFerry fares rise again\n\nBy Ana Ruiz\n\n{BODY}\n")
        assert found["The Hillcrest Courier"]["type"] == "ORG", date_line


def test_a_headline_above_a_time_stamp_is_no_masthead(nlp):
    # (not in capitals: the whole line is not taken as a paper's name)
    found = _actors(nlp, f"Harbour Post office to close\nPublished June 4, 2031 at 10:05\n\n{BODY}\n")
    assert "Harbour Post office to close" not in found


def test_the_paper_named_without_its_masthead_s_the_is_the_paper(nlp):
    # the masthead says "THE VALLEY TIMES"; a photo credit and a citation drop the article
    text = ("THE VALLEY TIMES · Friday 3 May 2030 · By Tom Reyes\n\nFerry fares rise again\n\n"
            "Photo: Passengers queue at the pier. (Valley Times)\n\n"
            "Ferry fares rose by a tenth on Friday, the operator told the Valley Times.\n")
    found = _actors(nlp, text)
    assert "Valley Times" not in found
    assert {"Valley Times", "THE VALLEY TIMES"} <= set(found["The Valley Times"]["aliases"])


def test_the_paper_named_without_its_town_is_the_paper(nlp):
    # the masthead gives the town first; the story names the paper by the rest of its name
    text = ("PELLMOOR MORNING POST\nFriday 3 May 2030\n\nFerry fares rise again\n\n"
            "Ferry fares rose by a tenth on Friday, a harbour official told the Morning Post on Saturday, and the "
            "operator said more rises would follow.\n")
    found = _actors(nlp, text)
    assert "Morning Post" not in found
    assert "Morning Post" in found["Pellmoor Morning Post"]["aliases"]

    # another paper of the same name's end, which the text places, is that other paper
    text = ("THE LUSAKA SUNDAY TIMES\nSunday 3 May 2030\n\nCopper deal questioned\n\nThe copper deal was "
            "signed in secret, Britain's Sunday Times reported last week, and the mines minister Tomas Brill "
            "declined to comment.")
    found = _actors(nlp, text)
    assert "Sunday Times" not in found["The Lusaka Sunday Times"]["aliases"]

def test_a_section_or_edition_after_a_separator_is_not_part_of_the_masthead(nlp):
    for head, name in (("KESTREL BAY MIRROR | Business\nWednesday 04/03/2026\n\n", "Kestrel Bay Mirror"),
                       ("Fjordlands Radio - News\n\nFerry fares rise again\n\nPublished 3 March 2026, 10:20\n\n",
                        "Fjordlands Radio"),
                       ("Ferry fares rise again\n\nNorthsea Wire - Markets\nPORT ELLIS, March 3, 2026\n\n",
                        "Northsea Wire")):
        found = _actors(nlp, f"{head}{BODY}\n")
        assert name in found and found[name]["type"] == "ORG", (head, list(found))


def test_the_outlet_of_a_metadata_row_may_follow_the_date(nlp):
    found = _actors(nlp, f"Ferry fares rise again\n\n3 March 2026 | Pelagic Wire | Shipping\n\n{BODY}\n")
    assert found["Pelagic Wire"]["type"] == "ORG"


def test_mastheads_in_french_and_a_nordic_broadcaster(nlp):
    found = _actors(nlp, f"LE QUOTIDIEN DES HAUTS\nLundi 2 mars 2026 - Edition du Nord\n\nFerry fares rise again\n\n{BODY}\n")
    assert "LE QUOTIDIEN DES HAUTS" in found["Le Quotidien Des Hauts"]["aliases"]
    found = _actors(nlp, f"Útvarp Vesturoy - News in English\n\nFerry fares rise again\n\n{BODY}\n")
    assert found["Útvarp Vesturoy"]["type"] == "ORG"


def test_a_headline_cut_by_a_dash_is_no_masthead(nlp):
    found = _actors(nlp, f"Ferry fares rise - and drivers are angry\nPublished May 3, 2030 at 9:10 a.m.\n\n{BODY}\n")
    assert not any(a["type"] == "ORG" for a in found.values())


def test_more_english_masthead_words_name_the_paper(nlp):
    for head, name in (("THE HOLMVIK RECORDER\nFriday, 12 June 2026\n\nFerry fares rise again\n\n", "The Holmvik Recorder"),
                       ("Coral Bay Advocate | Saturday 13 June 2026\n\nFerry fares rise again\n\n", "Coral Bay Advocate")):
        found = _actors(nlp, f"{head}{BODY}\n")
        assert name in found and found[name]["type"] == "ORG", (head, list(found))


def test_a_wire_dateline_with_a_year_names_its_agency(nlp):
    # some wires write the year in the dateline: "PLACE, May 14, 2026 (Agency) -"
    text = ("Ferry fares rise for the third time this year\n\n"
            "KESTREL BAY, May 14, 2031 (Coral Sea Wire) - The island's ferry operator raised fares "
            "on Friday, officials said.\n")
    found = _actors(nlp, text)
    assert found["Coral Sea Wire"]["type"] == "ORG", list(found)
    assert not any("KESTREL BAY" in a["aliases"] for a in found.values())


def test_a_wire_dateline_with_an_accented_town_two_towns_or_the_day_first_names_its_agency(nlp):
    for dateline, agency in (("VALDEÑA, Oct. 2, 2031 (Meseta Wire)", "Meseta Wire"),
                             ("PORT ELLIS, 2 October 2031 (Coral Sea Wire)", "Coral Sea Wire"),
                             ("HARBOURTON/PORT ELLIS, Oct 2, 2031 (Strait Deals Wire)", "Strait Deals Wire")):
        text = (f"Ferry fares rise for the third time this year\n\n{dateline} - The island's ferry "
                "operator raised fares on Friday, officials said.\n")
        found = _actors(nlp, text)
        assert found[agency]["type"] == "ORG", (dateline, list(found))


def test_a_first_line_in_capitals_above_a_bare_date_is_the_masthead_whatever_its_words(nlp):
    # a paper's name in a language the outlet words miss ("Toktok": Tok Pisin for talk)
    for head in ("PORT ELLIS TOKTOK\nWednesday 4 June 2031\n\n", "PORT ELLIS TOKTOK (English edition)\nWednesday 4 June 2031\n\n"):
        found = _actors(nlp, f"{head}Ferry fares rise again\n\nBy Ana Ruiz\n\n{BODY}\n")
        assert found["Port Ellis Toktok"]["type"] == "ORG", head


def test_the_page_s_outlet_is_an_organisation_whatever_its_first_word_names(nlp):
    # "Cape" opens the names of capes, which are no actors; a masthead's name is the paper's
    found = _actors(nlp, f"CAPE LANTERN\nFriday 13 November 2031\n\nFerry fares rise again\n\nBy Ana Ruiz\n\n{BODY}\n")
    assert found["Cape Lantern"]["type"] == "ORG", list(found)
    found = _actors(nlp, f"Ferry fares rise again\n\nCape Harbour Wire | Port Ellis | 12 November 2031\n\n{BODY}\n")
    assert found["Cape Harbour Wire"]["type"] == "ORG", list(found)


def test_a_capitals_headline_above_the_story_is_no_masthead(nlp):
    # the line under it is the story, not a bare date: a headline
    found = _actors(nlp, f"FERRY FARES RISE AGAIN\nBy Ana Ruiz, Wednesday 4 June 2031\n\n{BODY}\n")
    assert not any("FERRY" in n.upper() for n in found), list(found)


def test_a_headline_above_a_line_of_short_english_words_and_a_year_is_no_masthead(nlp):
    # only the words CLDR's date formats join a date's parts with ("de", "den") are left out of a
    # bare date's four words: "up" and "in" count, so "Fares up in May 2031" is no date line
    text = f"HARBOUR TOLLS DOUBLE\nFares up in May 2031\n\n{BODY}\n"
    assert not any(a["type"] == "ORG" for a in _actors(nlp, text).values())


def test_a_town_before_a_date_line_is_a_few_capitalised_words(nlp):
    # a clause before a dash or comma is no paper's town: the line is no bare date under a masthead
    text = f"Valley Post Office Closes\nResidents said the hours were cut - May 2031\n\n{BODY}\n"
    assert not any(a["type"] == "ORG" for a in _actors(nlp, text).values())
    text = f"Ferry Times Tables Change\nPassengers who sail at dawn, May 2031\n\n{BODY}\n"
    assert not any(a["type"] == "ORG" for a in _actors(nlp, text).values())


def test_a_wire_s_initials_in_its_dateline_are_the_wire_its_masthead_names(nlp):
    text = ("Dock strike closes Tarvik container berths\n\nNordvik Press Wire\n3 May 2026, 09:10 CET\n\n"
            "TARVIK, Norway, May 3 (NPW) - Dock workers at Tarvik walked out on Monday over pay, the port "
            "operator said.\n\nThe operator said ships were waiting offshore.")
    found = _actors(nlp, text)
    assert "Nordvik Press Wire" in found and "NPW" in found["Nordvik Press Wire"]["aliases"], list(found)
    assert not [n for n in found if n.upper() == "NPW"], list(found)


def test_a_wire_s_first_words_in_its_dateline_are_the_wire_its_masthead_names(nlp):
    """A wire shortens its own name in its datelines: by its first words, or by initials (two
    letters are enough inside a dateline's brackets, with the full name on the page)."""
    text = ("Ferry fares to rise on the northern routes\n\nHarbour Light News Service | 3 March 2026\n\n"
            "KELDA, March 3 (Harbour Light) - The ferry operator Norrsund Lines said on Tuesday it would "
            "raise fares by 12% from April.")
    found = _actors(nlp, text)
    assert "Harbour Light" in found.get("Harbour Light News Service", {}).get("aliases", []), list(found)
    assert "Harbour Light" not in found, list(found)
    text = ("Copper smelter fined over river spill\n\nVelm Courier | Published 9 June 2026\n\n"
            "ORSA, June 9 (VC) - Regulators fined the Orsa copper smelter on Monday after a spill "
            "into the river, the environment agency said.")
    found = _actors(nlp, text)
    assert "VC" in found.get("Velm Courier", {}).get("aliases", []), list(found)
    assert not [n for n in found if n.upper() == "VC"], list(found)


def test_an_acronym_written_before_its_definition_is_the_body_it_spells(nlp):
    """The headline writes the initials before the body writes the name with them in brackets;
    small words ("del") are no letters of it."""
    text = ("Students block the UVT over fees\n\nStudents of the Universidad del Valle Tenorio (UVT) "
            "blocked the main road on Monday. The rector of the UVT said the fee rise would stand.")
    found = _actors(nlp, text)
    assert [a["type"] for n, a in found.items() if "UVT" in a["aliases"] or n == "UVT"] == ["ORG"], list(found)
    assert "Universidad del Valle Tenorio" in found, list(found)


def test_two_capitals_are_no_initials_of_a_two_word_body(nlp):
    """Two letters collide too often to name a body the text never links them to."""
    found = _actors(nlp, "Harbour Police seized forty laptops made by HP from a warehouse in Tarvel.")
    assert "HP" not in found.get("Harbour Police", {}).get("aliases", []), found


def test_a_topic_label_of_two_names_and_a_colon_is_no_dateline():
    # towns joined by "/" are a dateline with a dash, a day or an agency after them, not with a bare colon
    from claimtrack.pipeline.actors.layout import DATELINE

    assert DATELINE.match("US/MEXICO: border crossings reopen after the storm") is None
    assert DATELINE.match("OSLO/BERGEN — Ferry crews walked out") is not None
    assert DATELINE.match("OSLO/BERGEN, 3 June (Coast Wire) - Ferry crews walked out") is not None


def test_a_caption_s_bracketed_credit_names_no_actor(nlp):
    # a caption ends with its credit: the outlet and the photographer joined by a slash
    for caption, credit in (("Caption: Passengers board the early ferry at Pellmoor pier on Friday.",
                             "(Pellmoor Courier / T. Vasquez)"),
                            ("Photo caption: Passengers board the early ferry on Friday.",
                             "(Lakeside Gazette / Mira Olsen)")):
        text = (f"Ferry fares rise again\n\nBy Ana Ruiz\n\n{caption} {credit}\n\n"
                "Ferry fares rose by a tenth on Friday, the operator Tidewater Lines said.\n")
        found = _actors(nlp, text)
        assert not any("/" in name for name in found), found.keys()
        assert "Tidewater Lines" in found


def test_a_body_s_initials_skip_small_words_and_name_particles_and_need_three_letters():
    """One reading of a name's initials (actorids.names.initials) for the acronym map and the
    undefined acronyms alike: a particle ("de", "la") is no letter, a word not capitalised or
    not all letters makes no initials, two letters are too few."""
    from claimtrack.actorids.names import initials

    assert initials("Guild of Lantern Glass Makers") == "GLGM"
    assert initials("Banco de la Plata Austral") == "BPA"
    assert initials("the Tolbo Kiln Owners") == "TKO"
    assert initials("Office for Ferries") is None
    assert initials("Ferry Workers' Union") == "FWU"  # a plural's possessive is a word of letters
    assert initials("Ferry-Boat Owners Guild") is None
    assert initials("Tolbo kiln Owners") is None


def test_a_byline_names_the_agency_beside_or_instead_of_its_writer(nlp):
    for byline, agency in (("By Jo Roe, Coastline Newswire", "Coastline Newswire"),
                           ("By Atlantic Ridge News Service", "Atlantic Ridge News Service"),
                           ("By Andes Harbour Wire staff", "Andes Harbour Wire")):
        found = _actors(nlp, f"Ferry fares rise again\n\n{byline}\n\n{BODY}\n")
        assert found[agency]["type"] == "ORG", (byline, list(found))
    # a writer whose surname is a paper's word is no paper, nor is the writer's role
    for byline in ("By Jane Post", "By Jo Roe, Business Reporter", "By News Desk", "By Jo Roe, News Desk"):
        found = _actors(nlp, f"Ferry fares rise again\n\n{byline}\n\n{BODY}\n")
        assert not any(a["type"] == "ORG" for a in found.values()), (byline, list(found))
