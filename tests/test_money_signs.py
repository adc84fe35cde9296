"""Money signs and nouns read from CLDR and the story's country (sentences invented here)."""

from __future__ import annotations

import pytest

from claimtrack.parsers.numbers import find_expressions


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sign world English writes for a currency (CLDR "en"), letters and a currency sign:
        # one currency wherever the story is
        ("Stallholders pay an EC$35 weekly levy.", [("EC$35", 35, "XCD")]),
        ("A bus pass costs MX$480 a month.", [("MX$480", 480, "MXN")]),
        ("The dam cost CN¥4.1 billion.", [("CN¥4.1 billion", 4_100_000_000, "CNY")]),
        # a letter-and-sign form other CLDR locales write, of one currency in every locale, and
        # its letters in capitals
        ("The jetty repairs were priced at Bds$7.2 million.", [("Bds$7.2 million", 7_200_000, "BBD")]),
        ("A taxi licence now costs BDS$640.", [("BDS$640", 640, "BBD")]),
        ("Growers were paid RD$95 a sack.", [("RD$95", 95, "DOP")]),
    ],
)
def test_world_english_signs(text, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a bare "pounds" of money is the pound of the story's country, as "rupees" and "francs" are
        ("A sack of rice now sells for 900 pounds in Aswan.", "EG", [("900 pounds", 900, "EGP")]),
        ("Tripoli's generators charge 300,000 pounds a month.", "LB", [("300,000 pounds", 300_000, "LBP")]),
        ("The transfer cost 40 million pounds.", None, [("40 million pounds", 40_000_000, "GBP")]),
        # pounds of weight stay a weight there too
        ("The smuggled parcel weighed 12 pounds.", "EG", [("12", 12, None)]),
    ],
)
def test_bare_pounds_from_the_storys_country(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a minor unit is an amount of its currency: of the only one it divides, or of the
        # currency of the story's amounts, else its default
        ("Diesel in Pune went up by 35 paise a litre.", [("35 paise", 0.35, "INR")]),
        ("Kano bakers added 80 kobo to a loaf.", [("80 kobo", 0.8, "NGN")]),
        ("A bus ride in Kumasi now costs 70 pesewas.", [("70 pesewas", 0.7, "GHS")]),
        ("The krona fell 12 öre against the euro.", [("12 öre", 0.12, "SEK")]),
        # a unit of several currencies takes that of the amounts the story gives in one of them
        ("In Manila a ride costs 13 pesos and 50 centavos.", [("13 pesos and 50 centavos", 13.5, "PHP")]),
        # with none, it stays a counted unit
        ("The fare rose 75 centavos.", [("75 centavos", 75, None)]),
    ],
)
def test_minor_units_are_amounts_of_their_currency(text, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text)] == expected


@pytest.mark.parametrize("text", [
    "Each stall pays 2,300 pa'anga a season.",
    "Each stall pays 2,300 pa’anga a season.",
    "Each stall pays 2,300 paʻanga a season.",
])
def test_a_currency_name_with_any_apostrophe(text):
    # CLDR writes the Tongan name with an okina; news types the ASCII or the curly apostrophe
    assert [(e.value, e.currency) for e in find_expressions(text)] == [(2300, "TOP")]


@pytest.mark.parametrize("text, expected", [
    # a minor unit after its country's word or its currency's name is that currency's
    ("Rice traded at roughly 7 U.S. cents a kilo.", [("roughly 7 U.S. cents", 0.07, "USD")]),
    ("The dividend was raised to 31 Canadian cents a share.", [("31 Canadian cents", 0.31, "CAD")]),
    ("A postcard stamp costs 85 euro cents.", [("85 euro cents", 0.85, "EUR")]),
    # and a bare one keeps the reading of the story's money as before
    ("A postcard stamp costs 85 cents.", [("85 cents", 0.85, "USD")]),
])
def test_a_minor_unit_named_with_its_country(text, expected):
    assert [(e.text, float(e.value), e.currency) for e in find_expressions(text)] == expected


@pytest.mark.parametrize("text, country, expected", [
    # a bare "cents" go with the bare "$": the story's own dollar, even after a euro figure
    ("A Dutch fund gave €2 million to the ferry line; a ticket now costs 90 cents.", "NZ",
     [("€2 million", 2_000_000, "EUR"), ("90 cents", 0.9, "NZD")]),
    # else the nearest amount before them, read whole: the "$" of "A$" is no sign of its own
    ("The miner paid A$7.5 million and its shares slipped 40 cents.", None,
     [("A$7.5 million", 7_500_000, "AUD"), ("40 cents", 0.4, "AUD")]),
    # the cent divides the rand, the shillings of East Africa, the rupees of Sri Lanka and
    # Mauritius and the Caribbean dollars too (the list of circulating currencies; ISO 4217)
    ("Diesel in Durban rose 35 cents to R24.10 a litre.", "ZA", [("35 cents", 0.35, "ZAR"), ("R24.10", 24.1, "ZAR")]),
    ("Sugar rose 40¢ to R31.50 a bag in Polokwane.", "ZA", [("40¢", 0.4, "ZAR"), ("R31.50", 31.5, "ZAR")]),
    ("Port Louis bakers added 75 cents to a loaf.", "MU", [("75 cents", 0.75, "MUR")]),
])
def test_the_currency_of_bare_cents(text, country, expected):
    assert [(e.text, float(e.value), e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize("text, country, expected", [
    # the cent sign after a figure is the cent, read as the word is: the US dollar's by default
    ("Bakers now pay 35¢ more for a sack of flour.", None, [("35¢", 0.35, "USD")]),
    ("Bakers now pay 35 ¢ more for a sack of flour.", None, [("35 ¢", 0.35, "USD")]),
    # the nearest dollar amount's, or the story's own dollar
    ("Bus fares rose by 50¢ after the province's C$2 million grant.", None,
     [("50¢", 0.5, "CAD"), ("C$2 million", 2_000_000, "CAD")]),
    ("A cup of tea at the kiosk now costs 60¢.", "NZ", [("60¢", 0.6, "NZD")]),
    # the cedi's sign, which the cent sign stands in for before a figure, is not the cent
    ("Farmers were paid GH¢35 a bag.", None, [("GH¢35", 35, "GHS")]),
])
def test_the_cent_sign_is_a_cent(text, country, expected):
    assert [(e.text, float(e.value), e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a currency sign its own country writes after the figure comes before it in English
        ("A metro ride now costs ₾1.50 in the capital.", [("₾1.50", 1.5, "GEL")]),
        ("The ferry ticket rose to ₡2,750.", [("₡2,750", 2750, "CRC")]),
        ("Noodles cost ₭25,000 at the night market.", [("₭25,000", 25000, "LAK")]),
        # and after it, as before
        ("A metro ride now costs 1,50 ₾.", [("1,50 ₾", 1.5, "GEL")]),
    ],
)
def test_currency_signs_written_after_are_read_before_too(text, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # the country's letters after the dollar sign (Australian and some Asian papers' style)
        ("The miner booked a $US45 million charge.", None, [("$US45 million", 45_000_000, "USD")]),
        ("Exports rose to $A3.8bn.", None, [("$A3.8bn", 3_800_000_000, "AUD")]),
        ("Fares stay at $NZ4.50.", None, [("$NZ4.50", 4.5, "NZD")]),
        # the Uruguayan peso's own mark beside the plain "$"
        ("The naming deal is worth $U 54 million.", None, [("$U 54 million", 54_000_000, "UYU")]),
        # "TL", the Turkish lira as Turkey writes it: before a figure only money takes, or in a
        # story about Turkey
        ("Repairs will cost TL85 million.", None, [("TL85 million", 85_000_000, "TRY")]),
        ("Each family gets TL7,500.", "TR", [("TL7,500", 7500, "TRY")]),
        ("Hikers took the TL7 path.", None, []),
        # a sign's letters before a minor unit name its currency ("42 HK cents" is HKD 0.42)
        ("The shares closed at 38 HK cents.", None, [("38 HK cents", 0.38, "HKD")]),
        ("A stamp now costs 95 NZ cents.", None, [("95 NZ cents", 0.95, "NZD")]),
    ],
)
def test_dollar_letters_after_the_sign_and_local_abbreviations(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # the Swiss franc as the Swiss press writes it, and as English financial papers do
        ("A tram ticket now costs Fr. 3.60.", "CH", [("Fr. 3.60", 3.6, "CHF")]),
        ("The insurer set aside SFr 2.4 billion.", "CH", [("SFr 2.4 billion", 2_400_000_000, "CHF")]),
        # the Rwandan franc as Rwanda's papers write it
        ("The city will borrow Rwf 12bn for drains.", "RW", [("Rwf 12bn", 12_000_000_000, "RWF")]),
        ("A crate of tomatoes sells for Frw 9,000 at the market.", "RW", [("Frw 9,000", 9000, "RWF")]),
        # a story's sign glued to a whole number after a word only an amount follows
        ("A sack of maize costs E95 this week.", "SZ", [("E95", 95, "SZL")]),
        ("Drivers now pay about P35 a day.", "BW", [("about P35", 35, "BWP")]),
        # elsewhere such letters and digits stay a name
        ("The lorry overturned on the E95 near the border.", "SZ", []),
    ],
)
def test_local_signs_of_francs_and_whole_sums(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a territory the hand country table leaves out is found by its ISO 3166-1 name: the plain
        # "$" of a story about the Cook Islands or Niue is the New Zealand dollar
        ("The harbour wall will cost $8.5 million.", "Cook Islands", [("$8.5 million", 8_500_000, "NZD")]),
        ("Each household gets $300 towards solar panels.", "Niue", [("$300", 300, "NZD")]),
        # a name ISO does not know leaves the plain "$" the US dollar
        ("The harbour wall will cost $8.5 million.", "Atlantis", [("$8.5 million", 8_500_000, "USD")]),
    ],
)
def test_the_dollar_of_a_territory_iso_names(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # the shilling's plural abbreviation, read from the story's country as CLDR's "Sh" is
        ("The county owes contractors Shs3.4bn.", "UG", [("Shs3.4bn", 3_400_000_000, "UGX")]),
        ("Bus fares rose to Shs8,500 on the coast road.", "KE", [("Shs8,500", 8_500, "KES")]),
        # Zimbabwe Gold, as its central bank abbreviates it, before a figure after a space
        ("A bag of maize meal sells for ZiG 74 in Gweru.", "ZW", [("ZiG 74", 74, "ZWG")]),
    ],
)
def test_local_signs_of_the_african_press(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a sign read as one currency anywhere that CLDR writes for another in the story's country
        ("The ferry ticket rose to C$ 45 on Lake Cocibolca.", "NI", [("C$ 45", 45, "NIO")]),
        ("The ferry ticket rose to C$45 on Lake Ontario.", "CA", [("C$45", 45, "CAD")]),
        ("Farmers in Hunan got ¥3,200 a tonne.", "CN", [("¥3,200", 3200, "CNY")]),
        ("Farmers in Hokkaido got ¥3,200 a tonne.", "JP", [("¥3,200", 3200, "JPY")]),
        # a currency at par with the sign's own stays the sign's own (Gibraltar's pound, sterling)
        ("The harbour levy raised £2.5 million.", "GI", [("£2.5 million", 2_500_000, "GBP")]),
        # the naira without its strokes, the Egyptian pound as LE, in a story about each country
        ("A bag of cement costs N9,800 in Kano.", "NG", [("N9,800", 9800, "NGN")]),
        ("The canal authority earned LE4.1 billion.", "EG", [("LE4.1 billion", 4_100_000_000, "EGP")]),
        ("Ghana's audit office said the N7,500 figure was wrong.", "GH", []),
        # the metical as Mozambique writes it; after a figure "MT" stays the metric ton
        ("The bridge toll in Beira is now MT 150 a car.", "MZ", [("MT 150", 150, "MZN")]),
        ("The port in Nacala loaded 40,000 MT of coal.", "MZ", [("40,000", 40_000, None)]),
        # the Bahraini dinar and the Saudi riyal as the Gulf press writes them
        ("The insurer raised its capital to BD 45m last year.", "BH", [("BD 45m", 45_000_000, "BHD")]),
        ("Shops caught overcharging pay SR5,000 for each breach.", "SA", [("SR5,000", 5000, "SAR")]),
        # "SR" is CLDR's Seychelles rupee in a Seychelles story, and a road's name elsewhere
        ("Guest houses on Praslin charge SR 1,400 a night.", "SC", [("SR 1,400", 1400, "SCR")]),
        ("Tolls on the SR 418 causeway were cut last spring.", "US", [("418", 418, None)]),
    ],
)
def test_signs_of_the_storys_country(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # the story's sign of two letters on both ends of a range, in a story that writes it
        # before money, is money however small the figures
        ("Pineapples fetch RM60 to RM75 a crate in Johor, and the harvest is worth RM1.4 billion.", "MY",
         [("RM60 to RM75", None, "MYR"), ("RM1.4 billion", 1_400_000_000, "MYR")]),
        # one capital glued to digits names roads and models in ranges too
        ("Resurfacing of the R61 to R63 roads will cost R2.1 billion.", "ZA",
         [("R2.1 billion", 2_100_000_000, "ZAR")]),
    ],
)
def test_a_signed_range(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # the ISO code of a currency that is also an English word, in capitals, in a story about
        # its country: after a figure
        ("A crate of mangoes fetched 1 250 CUP in Holguin.", "CU", [("1 250 CUP", 1250, "CUP")]),
        ("Ferry tickets to Vava'u now cost 95 TOP.", "TO", [("95 TOP", 95, "TOP")]),
        # before the figure where the figure is one only money takes (a scale word, decimals, a
        # thousands group)
        ("The casino levy brought in MOP 620 million last year.", "MO", [("MOP 620 million", 620_000_000, "MOP")]),
        ("A kilo of sardines sold for MAD 14.50 in Safi.", "MA", [("MAD 14.50", 14.5, "MAD")]),
        # elsewhere, or before a small whole count (a headline in capitals), it stays a word
        ("The bakery sold 40 CUP cakes.", "GB", [("40", 40, None)]),
        ("ALL 12 CLIMBERS FOUND ALIVE", "AL", [("12", 12, None)]),
        ("TOP 20 SCHOOLS GET NEW ROOFS", "TO", [("20", 20, None)]),
    ],
)
def test_codes_that_are_english_words(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a territory's letter symbol in mixed case ("Fdj", "TSh") set in capitals after a figure
        ("The harbour dues came to 4,5 billion FDJ last year.", "DJ", [("4,5 billion FDJ", 4_500_000_000, "DJF")]),
        ("A sack of charcoal costs 9,000 TSH in Mwanza.", "TZ", [("9,000 TSH", 9000, "TZS")]),
        # elsewhere, or before the figure, the capitals are no sign
        ("The harbour dues came to 4,5 billion FDJ last year.", "KE", [("4,5 billion", 4_500_000_000, None)]),
        ("TSH 40 BUSES RECALLED", "TZ", [("40", 40, None)]),
    ],
)
def test_a_local_symbol_set_in_capitals(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a one-character sign read before the figure is read after it too, as its country's
        # locales write it, with a space-grouped figure or a scale word
        ("A metro pass in Kazan now costs 2 400 ₽, up from 1 900 ₽.", "RU",
         [("2 400 ₽", 2400, "RUB"), ("1 900 ₽", 1900, "RUB")]),
        ("The city will spend 35 million ₴ on new trams.", None, [("35 million ₴", 35_000_000, "UAH")]),
        # before the next figure it stays that figure's sign
        ("Two ₽500 notes were found.", "RU", [("Two", 2, None), ("₽500", 500, "RUB")]),
    ],
)
def test_a_currency_sign_after_the_figure(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # the currency named after a figure written with "$" says which of the "$" currencies
        ("Samoa's budget gap widened to $96m tala, the finance ministry said.", "WS", [("$96m tala", 96_000_000, "WST")]),
        ("Taxi fares in Puebla rose to $45 pesos.", "MX", [("$45 pesos", 45, "MXN")]),
        ("The club paid $3 million Australian dollars for the striker.", "GB",
         [("$3 million Australian dollars", 3_000_000, "AUD")]),
        # "dollars" after it names none of them: the sign's reading stands
        ("The levy raised $8 million dollars.", "US", [("$8 million", 8_000_000, "USD")]),
    ],
)
def test_a_currency_named_after_a_dollar_sign(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a sign of letters CLDR writes bare, written with an abbreviating full stop
        ("A minibus ride in El Alto costs Bs. 2.50 now.", "BO", [("Bs. 2.50", 2.5, "BOB")]),
        ("A minibus ride in El Alto costs Bs 2.50 now.", "BO", [("Bs 2.50", 2.5, "BOB")]),
        # ... and glued to the figure, as South Asian papers write the rupee ("Rs.450" is no
        # ".450" after "Rs")
        ("A bag of red rice in Kandy costs Rs.450 now.", "LK", [("Rs.450", 450, "LKR")]),
        ("The flyover will cost Rs.2.5bn, the council said.", "LK", [("Rs.2.5bn", 2_500_000_000, "LKR")]),
        # titles with a full stop stay no money
        ("Dr. 7 and Mr. 9 were the rooms.", "BO", [("7", 7, None), ("9", 9, None)]),
    ],
)
def test_letter_signs_with_a_full_stop(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a country whose own money is written "$" at home though it is no dollar (CLDR's local
        # symbol: the pesos): its stories' plain "$" is that money, as a dollar country's is
        ("Bus fares in Temuco rose to $850, the regional council said.", "CL", [("$850", 850, "CLP")]),
        # a story that names the peso in words keeps the plain sign for the US dollar
        ("The co-op borrowed 40 million pesos and sold copper worth $3 million.", "CL",
         [("40 million pesos", 40_000_000, "CLP"), ("$3 million", 3_000_000, "USD")]),
        # but a speaker quoted saying "pesos" says nothing of how the paper writes money
        ("Bus fares in Temuco rose to $850. \"Eight hundred and fifty pesos is too much,\" a rider said.", "CL",
         [("$850", 850, "CLP"), ("Eight hundred and fifty pesos", 850, "CLP")]),
        # the noun "dollars" is never the peso
        ("The mill in Puebla paid 2 million dollars for a kiln.", "MX", [("2 million dollars", 2_000_000, "USD")]),
        # a wire report keeps US dollars, its dateline's town written with its accents
        ("BOGOTÁ, May 2 (Andean Wire) - The utility will borrow $400 million.", "CO",
         [("$400 million", 400_000_000, "USD")]),
    ],
)
def test_the_plain_sign_of_a_peso_country(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize("text, expected", [
    # a capital city is also a surname: the writer's name on a byline places no story
    ("By Lucia Santiago Perez\nBean growers near Hermosillo now earn 75 pesos a kilo.", [("75 pesos", 75, "MXN")]),
    # where the byline says the story is filed from does
    ("By Lucia Perez in Santiago\nBean growers now earn 75 pesos a kilo.", [("75 pesos", 75, "CLP")]),
    # a line opening with "by" and no capitalised name is prose, and its places count
    ("By then Santiago had run dry.\nWell owners now charge 40 pesos a drum.", [("40 pesos", 40, "CLP")]),
])
def test_a_bylines_name_is_no_place(text, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text)] == expected


def test_towns_written_with_accents_place_the_story():
    from claimtrack.parsers.story_places import dateline_country, town_counts

    assert dateline_country("MEDELLÍN, June 8 - The council met on Monday.") == "CO"
    assert town_counts("Vendors in Bogotá and in Medellín struck.") == {"CO": 2}
    # a shared currency noun is read from them
    assert [(e.text, e.currency) for e in find_expressions("MEDELLÍN, June 8 - The cable car cost 90,000 million pesos.")] \
        == [("90,000 million pesos", "COP")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "mil" and "bil" glued to a money figure: a million and a billion (Malaysian and Indian
        # English papers' style)
        ("Penang will spend RM38mil on a ferry terminal.", [("RM38mil", 38_000_000, "MYR")]),
        ("The rail link may cost RM4.2bil, the minister said.", [("RM4.2bil", 4_200_000_000, "MYR")]),
        ("The charity raised $2.5mil.", [("$2.5mil", 2_500_000, "USD")]),
        # without a currency "mil" is no scale (a thousandth of an inch)
        ("The coating is 4 mil thick.", [("4", 4, None)]),
    ],
)
def test_mil_and_bil_after_money(text, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # "in" and a named dollar after an amount written with the plain sign say its dollar
        ("The Lautoka mill will pay $19 million in Australian dollars for the boilers.", "FJ",
         [("$19 million", 19_000_000, "AUD")]),
        ("A Halifax yard paid $4 million in US dollars for the steel.", "CA", [("$4 million", 4_000_000, "USD")]),
        ("Ferry fares rose by $3 in Canadian dollar terms.", None, [("$3", 3, "CAD")]),
        # a place after "in" names no dollar: the story's own, as before
        ("A Halifax yard paid $4 million in Dartmouth for the steel.", "CA", [("$4 million", 4_000_000, "CAD")]),
    ],
)
def test_a_dollar_named_after_the_amount(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected
