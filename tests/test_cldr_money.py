"""Currencies as CLDR writes them (data/cldr_currencies.json, built by data/tools/cldr_money.py):
display names, bare currency nouns read from the story's country, local symbols before and
after the figure. Sentences invented here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel import numbers as babel_numbers

import claimtrack
from claimtrack.parsers.numbers import find_expressions
from claimtrack.tables import load_json


def money(text):
    return [(e.text, e.value, e.currency) for e in find_expressions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a full CLDR display name says its currency anywhere
        ("The grant was 40 million Hungarian forints.", [("40 million Hungarian forints", 40_000_000, "HUF")]),
        ("She paid 75 Georgian laris for it.", [("75 Georgian laris", 75, "GEL")]),
        # a bare currency noun is read from the country the story is about
        ("Hanoi's street vendors charge 30,000 dong a bowl, Vietnamese traders say.",
         [("30,000 dong", 30_000, "VND")]),
        ("In Busan a taxi ride now starts at 4,800 won, Korean drivers said.",
         [("4,800 won", 4_800, "KRW")]),
        ("Moldova set the pension at 2,000 lei, officials in Chisinau said.",
         [("2,000 lei", 2_000, "MDL")]),
        ("A Swedish museum pass costs 180 kronor.", [("180 kronor", 180, "SEK")]),
        # the Portuguese plural news writes as Mozambique does (currencies.json, as "reais")
        ("Cashew growers near Nampula were paid 35 meticais a kilo.", [("35 meticais", 35, "MZN")]),
        # local symbols, glued with a scale or spaced, in a story about their country
        ("Jakarta will spend Rp12.5 trillion on trains, Indonesian officials said.",
         [("Rp12.5 trillion", 12_500_000_000_000, "IDR")]),
        ("A Malaysian court froze RM800m held by the fund.", [("RM800m", 800_000_000, "MYR")]),
        ("South African farmers lost R3.2bn to the drought.", [("R3.2bn", 3_200_000_000, "ZAR")]),
        ("A Kenyan bus fare is now Ksh 150.", [("Ksh 150", 150, "KES")]),
        ("The Hungarian parking fine is 10,000 Ft.", [("10,000 Ft", 10_000, "HUF")]),
        ("In Norway a coffee costs 45 kr.", [("45 kr", 45, "NOK")]),
        # with no story country from the actor component, "$" stays USD whatever country the
        # text names: English-language wire stories about other dollar countries report in US
        # dollars (measured: read from the country words, "$" lost five figures of wire stories
        # on the team's sets and gained none; see test_a_bare_dollar_sign_in_a_papers_own_country)
        ("Wellington will lend $300 million to New Zealand councils, officials said.",
         [("$300 million", 300_000_000, "USD")]),
        # a name several countries give their currency is read from the story, the table's the default
        ("Tunisia's central bank in Tunis lent 900 million dinars.", [("900 million dinars", 900_000_000, "TND")]),
        ("Casablanca's port will cost 3 billion dirhams, Moroccan officials said.",
         [("3 billion dirhams", 3_000_000_000, "MAD")]),
        ("The mall cost 3 billion dirhams.", [("3 billion dirhams", 3_000_000_000, "AED")]),
        # a currency as a compound's first part
        ("A Swedish firm signed a 40 million-krona deal in Sweden.", [("40 million-krona", 40_000_000, "SEK")]),
        ("She found a 20-euro note.", [("20-euro", 20, "EUR")]),
    ],
)
def test_cldr_currencies(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # the regular English plural beside CLDR's ("denari"), and the plural the currency's own
        # country writes ("guaraníes"), with or without its accent, in a story about that country
        ("Ohrid hotels charge 1,800 denars a night.", "MK", [("1,800 denars", 1800, "MKD")]),
        ("A kilo of yerba costs 18,500 guaranies.", "PY", [("18,500 guaranies", 18500, "PYG")]),
        ("A kilo of yerba costs 18,500 guaraníes.", "PY", [("18,500 guaraníes", 18500, "PYG")]),
        ("The toll is 900 colones a car.", "CR", [("900 colones", 900, "CRC")]),
        # a noun whose commonest sense is no money, read in a story about its country only
        ("Apricots sell for 1,100 drams a kilo.", "AM", [("1,100 drams", 1100, "AMD")]),
        ("A bowl of noodles costs 30,000 kip.", "LA", [("30,000 kip", 30000, "LAK")]),
        ("A combi ride costs 3 soles.", "PE", [("3 soles", 3, "PEN")]),
        ("The barman poured 2 drams of rye.", None, [("2", 2, None)]),
        ("The barman poured 2 drams of rye.", "IE", [("2", 2, None)]),
    ],
)
def test_currency_nouns_read_from_the_story_country(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no story country: a bare noun that is also an English word stays a word
        ("Of the 40 entries, 12 won prizes.", [("40", 40, None), ("12", 12, None)]),
        ("The shop sold 300 won tickets.", [("300", 300, None)]),
        # letters glued to a whole number are a name, even in a story about the country
        ("South Africa's R61 road and the N2 are closed.", []),
        ("The Q4 results of the Guatemalan firm were late.", []),
        ("Engineers tested a 5G network and the M4 motorway.", []),
        # money words whose commonest sense is not money are never read bare
        ("Brazilian fans named 5 real reasons to stay.", [("5", 5, None)]),
        # "won" after a scale word is money in any story
        ("The exporters earned 3 billion won more.", [("3 billion won", 3_000_000_000, "KRW")]),
    ],
)
def test_not_cldr_currencies(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a currency several territories take is abbreviated by its issuer's initial ("JD": the
        # Jordanian dinar, also tender in Palestine) in the issuer's stories
        ("A ferry pass costs JD18.50 from March.", "JO", [("JD18.50", 18.5, "JOD")]),
        # two capitals before a small whole number are a label, a channel or a class
        ("The pension debate aired on SF 2 on Sunday evening.", "CH", [("2", 2, None)]),
        ("Pupils in class NK 3 planted 200 pines on Friday.", "NO", [("3", 3, None), ("200", 200, None)]),
        ("The state lottery raised JD4.6 million.", "JO", [("JD4.6 million", 4_600_000, "JOD")]),
        ("Farmers got NKr 3.2 billion in aid.", "NO", [("NKr 3.2 billion", 3_200_000_000, "NOK")]),
        # the minor unit of a currency ISO 4217 gives three digits is a thousandth of it, of the
        # story country's currency where no amount names one ("fils": dinars, and the dirham's
        # hundredth)
        ("A cup of tea at the depot costs 350 fils.", "KW", [("350 fils", 0.35, "KWD")]),
        ("Parking by the souk is 5 dirhams and 75 fils.", "AE", [("5 dirhams and 75 fils", 5.75, "AED")]),
        # in a story about no country using it, "fils" names none of its currencies: counted
        ("The ledger lists 1,500 fils.", None, [("1,500 fils", 1500, None)]),
        ("A bus ticket now costs 450 baisa.", "OM", [("450 baisa", 0.45, "OMR")]),
    ],
)
def test_issuer_initials_and_thousandth_units(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


def test_table_agrees_with_babel():
    """Every symbol and abbreviation of the committed table names, per territory, a currency Babel
    says is tender there today, and every bare noun one tender there today or replaced since the
    builder's RETIRED_SINCE (a cheap check that the table was built from this CLDR)."""
    table = load_json("cldr_currencies.json")
    raw = (Path(claimtrack.__file__).parent / "data" / "cldr_currencies.json").read_text(encoding="utf-8")
    assert "Unicode CLDR" in raw and "WordNet" in raw
    for group in ("nouns", "symbols", "abbreviations"):
        for form, by_country in table[group].items():
            for terr, code in by_country.items():
                since = date(2016, 1, 1) if group == "nouns" else date.today()
                assert code in babel_numbers.get_territory_currencies(
                    terr, start_date=since, end_date=date.today(), tender=True), (group, form, terr)
    assert table["full_names"]["south korean won"] == "KRW"


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a currency replaced lately keeps its names: old prices, savings and conversions are
        # still written in it, and no money of today bears them
        ("Before the changeover a coffee in Plovdiv cost 3.20 leva.", "BG",
         [("3.20 leva", 3.2, "BGN")]),
        ("The hotel was sold for 90 million Croatian kunas.", None,
         [("90 million Croatian kunas", 90_000_000, "HRK")]),
        # a noun a currency of today bears keeps today's currency ("guilders" on Curaçao)
        ("The port fee is 40 guilders a container.", "CW", [("40 guilders", 40, "XCG")]),
    ],
)
def test_replaced_currencies_keep_their_names(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a scale word joined to the figure by a hyphen scales it (a compound modifier)
        ("The board approved a $7.25-billion loan.", [("$7.25-billion", 7_250_000_000, "USD")]),
        ("The council set a 1.2-million budget.", [("1.2-million", 1_200_000, None)]),
        # and so does a scale letter after a money figure ("P10.4-B": Philippine papers' style);
        # after a plain number it is a label ("Flat 4-B")
        ("Cebu approves $2.8-B port, P640-M for roads, Philippine officials say.",
         [("$2.8-B", 2_800_000_000, "USD"), ("P640-M", 640_000_000, "PHP")]),
        ("Flat 4-B stood empty.", [("4", 4, None)]),
    ],
)
def test_hyphenated_scale(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dollar sign after the initials or the ISO code of the country whose own dollar it is
        ("The stadium roof will cost J$1.4 billion.", [("J$1.4 billion", 1_400_000_000, "JMD")]),
        ("Ferry tickets rise to TT$55 next month.", [("TT$55", 55, "TTD")]),
        ("Miners paid N$80 million in royalties.", [("N$80 million", 80_000_000, "NAD")]),
        ("The port fee is FJ$12,000.", [("FJ$12,000", 12_000, "FJD")]),
        # the whole ISO 4217 code before the sign
        ("Entry to the gallery is NZD$18, or USD$11.", [("NZD$18", 18, "NZD"), ("USD$11", 11, "USD")]),
        # the initials of the currency's name, the country's and the "D" of "dollar"
        ("The harbour dredging will cost JD$640 million.", [("JD$640 million", 640_000_000, "JMD")]),
        ("Hostels charge CAD$ 45 a night.", [("CAD$ 45", 45, "CAD")]),
        # initials that several dollar countries share name none in a story about none of them
        # (the figure is read without its sign); the tables' own signs stand
        ("Each visa costs B$60.", [("60", 60, None)]),
        ("Vancouver raised C$9 million.", [("C$9 million", 9_000_000, "CAD")]),
    ],
)
def test_national_dollar_prefixes(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a local sign that means one currency wherever it is used, before a figure written as
        # money (a scale word, decimals, thousands), with no country named in the story
        ("Durban's council will spend R3.85 billion on water pipes.", [("R3.85 billion", 3_850_000_000, "ZAR")]),
        ("The taxi owners paid about R620m in fines.", [("about R620m", 620_000_000, "ZAR")]),
        ("A season ticket is R2,450.", [("R2,450", 2_450, "ZAR")]),
        # a whole number stays a name; a sign of several currencies needs the story's country
        ("Lorries were banned from the R34 last week.", []),
        ("The mine's owners lost K1.2 billion.", []),
        # in a story about another country the sign is that country's currency where it
        # abbreviates that currency's noun ("P" the peso's initial; abbreviations in
        # data/cldr_currencies.json), as "P" is Botswana's pula in a story about Botswana
        ("Philippine lawmakers approved the P8.5 billion budget in Manila.", [("P8.5 billion", 8_500_000_000, "PHP")]),
        ("Gaborone's water board borrowed P300 million, Botswana officials said.",
         [("P300 million", 300_000_000, "BWP")]),
    ],
)
def test_a_local_sign_of_one_currency(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a paper writes its own country's dollar with the plain sign: where the caller knows the
        # story's country (the actor component's), "$" is that country's dollar, and so are cents
        ("Dunedin's council will borrow $12m, about 90 cents a ratepayer.", "New Zealand",
         [("$12m", 12_000_000, "NZD"), ("about 90 cents", 0.9, "NZD")]),
        ("Regina's arena will cost $85 million.", "CA", [("$85 million", 85_000_000, "CAD")]),
        # a wire report that never marks the local dollar writes a sum paid inside the country in
        # it (a fine, a fee), and its other plain amounts in US dollars
        ("LAUTOKA, May 4 (Island Wire) - A magistrate fined the mill $40,000; the new wharf will cost "
         "$85 million.", "FJ", [("$40,000", 40_000, "FJD"), ("$85 million", 85_000_000, "USD")]),
        # a wire report writes US dollars with "$" and marks the local one ("C$")
        ("REGINA, May 4 (Prairie Wire) - The arena will cost $85 million, or C$115 million.", "Canada",
         [("$85 million", 85_000_000, "USD"), ("C$115 million", 115_000_000, "CAD")]),
        # and so is a bare "dollars", and the cents after it, in any country whose dollar it is
        ("Stallholders in Auki now pay 300 dollars a month, up 40 cents a day.", "SB",
         [("300 dollars", 300, "SBD"), ("40 cents", 0.4, "SBD")]),
        ("Lautoka's mill paid growers two million dollars.", "Fiji", [("two million dollars", 2_000_000, "FJD")]),
        # a bracketed "$" after an amount in the home dollar marked converts it into another
        ("The Perth zoo spent A$4.4 million ($2.9 million) on its new enclosure.", "AU",
         [("A$4.4 million", 4_400_000, "AUD"), ("$2.9 million", 2_900_000, "USD")]),
        # a story that marks the home dollar is written for readers abroad: "$" is the US one
        ("A Calgary miner raised 90 million Canadian dollars; its Nasdaq shares closed at $7.", "CA",
         [("90 million Canadian dollars", 90_000_000, "CAD"), ("$7", 7, "USD")]),
        # marking only the US dollar leaves the plain sign to the country's own
        ("The Napier pool cost US$11m, and entry will be $6.", "NZ",
         [("US$11m", 11_000_000, "USD"), ("$6", 6, "NZD")]),
        # a local masthead makes the paper's dollar the plain one, whatever the story is about
        # and though the paper once wrote it marked; unless it marks the US dollar too
        ("THE REGINA TRIBUNE\nThe province pledged C$20 million; the rink will cost $3 million.", "CA",
         [("C$20 million", 20_000_000, "CAD"), ("$3 million", 3_000_000, "CAD")]),
        ("The Saskatoon Herald | Monday\nA Lyon museum will lend a painting insured for $30m.", "FR",
         [("$30m", 30_000_000, "CAD")]),
        ("THE KINGSTON CHRONICLE\nThe port earned J$900 million (US$5.8 million) and $40 million in fees.", None,
         [("J$900 million", 900_000_000, "JMD"), ("US$5.8 million", 5_800_000, "USD"), ("$40 million", 40_000_000, "USD")]),
        # one amount can say which dollar it is whatever the paper: a figure the story also
        # writes as US dollars is that amount again, while its other plain figures stay local
        ("THE SUVA COURIER\nA Korean lender offered US$18 million. The $18 million funds a ferry; "
         "the town adds $2 million.", "FJ",
         [("US$18 million", 18_000_000, "USD"), ("$18 million", 18_000_000, "USD"), ("$2 million", 2_000_000, "FJD")]),
        # a development bank lends in US dollars; a pledge to one, or a cut made under its
        # programme, is the country's own money
        ("THE SUVA COURIER\nThe Asian Development Bank approved a $40 million loan for the road; "
         "the council will add $3 million.", None,
         [("$40 million", 40_000_000, "USD"), ("$3 million", 3_000_000, "FJD")]),
        ("THE SUVA COURIER\nThe cabinet pledged $2 million to the World Bank's disaster loan fund.", None,
         [("$2 million", 2_000_000, "FJD")]),
        ("THE SUVA COURIER\nUnder its IMF programme the cabinet will cut spending by $90 million.", None,
         [("$90 million", 90_000_000, "FJD")]),
        # the home dollar's ISO code beside a figure marks it, as its sign does
        ("Belmopan's council pledged BD$3 million; the new jetty will cost $40 million.", "BZ",
         [("BD$3 million", 3_000_000, "BZD"), ("$40 million", 40_000_000, "USD")]),
        ("The Lautoka mill paid FJD 40 million; its Sydney parent raised $12 million.", "FJ",
         [("FJD 40 million", 40_000_000, "FJD"), ("$12 million", 12_000_000, "USD")]),
        # a price per barrel or per troy ounce is a world benchmark's, quoted in US dollars
        ("THE WINDHOEK HERALD\nDiesel costs $21 a litre here since crude passed $90 per barrel "
         "and gold $2,100 an ounce.", None,
         [("$21", 21, "NAD"), ("$90", 90, "USD"), ("$2,100", 2_100, "USD")]),
        # an "or" restating a marked amount per head or item keeps its dollar, in a story where
        # a plain "$" is otherwise the US one (the story marks its own dollar)
        ("The Nelson harbour dredge cost NZ$3 million, or about $60 for each resident.", "NZ",
         [("NZ$3 million", 3_000_000, "NZD"), ("about $60", 60, "NZD")]),
        ("The Nelson harbour dredge cost NZ$3 million, or about $60 a year.", "NZ",
         [("NZ$3 million", 3_000_000, "NZD"), ("about $60", 60, "USD")]),
        # a masthead named for its country or its people is that country's paper, even where a
        # town of another country bears the name ("Jamaica", New York)
        ("THE BELIZEAN STAR | Thursday\nA sack of rice now costs $58, against US$29 abroad.", None,
         [("$58", 58, "BZD"), ("US$29", 29, "USD")]),
        ("Jamaica Courier\nThe new levy adds $120 to a ticket.", None, [("$120", 120, "JMD")]),
        # a story about a country with no dollar of its own, or none known: US dollars
        ("Kisumu's port will cost $85 million.", "Kenya", [("$85 million", 85_000_000, "USD")]),
        ("Mombasa traders lost 85 million dollars.", "KE", [("85 million dollars", 85_000_000, "USD")]),
        ("The port will cost $85 million.", None, [("$85 million", 85_000_000, "USD")]),
    ],
)
def test_a_bare_dollar_sign_in_a_papers_own_country(text, country, expected):
    found = [(e.text, e.value, e.currency) for e in find_expressions(text, country)]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a territory that issues no money and uses another country's dollar (CLDR's tender), in
        # a story no country table places: its plain "$" is that dollar
        ("Cook Islands growers will share $2.4 million in drought aid from New Zealand, "
         "officials in the Cook Islands said.", [("$2.4 million", 2_400_000, "NZD")]),
        ("Norfolk Island's council will spend $600,000 on a new jetty.", [("$600,000", 600_000, "AUD")]),
        # dollar places of two dollars: no one dollar is the story's, the plain sign stays USD
        ("Niue and Fiji signed a $3 million fisheries deal.", [("$3 million", 3_000_000, "USD")]),
    ],
)
def test_a_bare_dollar_in_a_story_about_a_territory_using_anothers_dollar(text, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a code glued to three digits or more is money in a story about the country issuing it
        ("Market stalls in Auki now cost SBD450 a month.", "SB", [("SBD450", 450, "SBD")]),
        # or in one that writes the code before a figure only money takes
        ("The levy went from SBD300 to SBD 1,250.50.", None, [("SBD300", 300, "SBD"), ("SBD 1,250.50", 1250.5, "SBD")]),
        # elsewhere, and with two digits, it stays a name
        ("The levy is SBD300.", None, []),
        ("Envoys flew to COP31 from Lima.", "PE", []),
        ("Bogotá hosted COP16, the city said.", "CO", []),
    ],
)
def test_a_code_glued_to_a_figure(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # CLDR writes the ngultrum "Nu." and the guaraní "Gs."; papers drop the full stop
        ("In Bhutan, a farm permit costs Nu 1,500, Bhutanese officials said.", [("Nu 1,500", 1_500, "BTN")]),
        ("In Bhutan, a farm permit costs Nu. 1,500, Bhutanese officials said.", [("Nu. 1,500", 1_500, "BTN")]),
        # elsewhere only before a figure only money takes, as for the sign with its full stop
        ("Nu 1,500 was the asking price.", [("Nu 1,500", 1_500, "BTN")]),
        ("Nu 300 was the asking price.", [("300", 300, None)]),
    ],
)
def test_a_local_sign_without_its_full_stop(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun several countries use, in a story whose country words name two of them as often:
        # the dateline's town is where the story is filed from
        ("BRNO, March 3 (Danube Wire) - Brno will charge 150 crowns a night, as Prague and "
         "Stockholm do. Prague says it works; Stockholm is less sure.", [("150 crowns", 150, "CZK")]),
        # a story that names no country: the towns it names (GeoNames) say where it is
        ("Fishers in Tromsø and Bodø will share 40 million kroner, the agency said.",
         [("40 million kroner", 40_000_000, "NOK")]),
        # a town at a sentence's start is not counted ("Nice" may be a word)
        ("Aarhus will pay 5 million kroner, as will Bergen.", [("5 million kroner", 5_000_000, "NOK")]),
        # nothing says which: no currency, as before
        ("The prize is 5 million kroner.", [("5 million", 5_000_000, None)]),
    ],
)
def test_a_shared_currency_noun_read_from_the_stories_places(text, expected):
    assert money(text) == expected


def test_soles_after_a_scale_word_are_the_sol():
    # "soles" is money only after a scale word ("two soles" are shoes' or fish)
    assert money("The dam will cost 240 million soles.") == [("240 million soles", 240_000_000, "PEN")]
    assert [c for *_, c in money("She resoled two soles for 30 dollars.")] == [None, "USD"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the centime divides the dirham, the Algerian dinar, the gourde, the CFA francs: it takes
        # the currency of the nearest amount, a shared noun read from the story ("dirhams" in a
        # Moroccan story are MAD)
        ("Moroccan millers paid 2 billion dirhams; bread will cost 20 centimes more in Fez.",
         [("2 billion dirhams", 2_000_000_000, "MAD"), ("20 centimes", 0.2, "MAD")]),
        # with no such amount near, the centimes stay counted, as before
        ("Bread will cost 20 centimes more.", [("20 centimes", 20, None)]),
    ],
)
def test_centimes_take_the_currency_near_them(text, expected):
    assert money(text) == expected


def test_bare_dollars_stay_us_dollars():
    # English-language news gives foreign amounts in US dollars: a story about another dollar
    # country still means USD by "dollars" (measured on TempEval-3 broadcast news: read from the
    # story, a report on Asian markets turned six US-dollar amounts into Singapore dollars)
    assert money("Singapore's banks lent eighty million dollars, officials in Singapore said.") == [
        ("eighty million dollars", 80_000_000, "USD")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # one name, two currencies (ISO 4217: XOF West African, XAF Central African): the story's
        # country decides, as for a bare "rupees"
        ("Cotton growers in Burkina Faso were paid 250 CFA francs a kilo.", [("250 CFA francs", 250, "XOF")]),
        ("Chad's oil fund lent 40 billion CFA francs to farmers.", [("40 billion CFA francs", 40_000_000_000, "XAF")]),
        ("A taxi across Abidjan costs 1,500 CFA, Ivorian drivers said.", [("1,500 CFA", 1_500, "XOF")]),
        ("The Gabonese toll rose to FCFA 2,000.", [("FCFA 2,000", 2_000, "XAF")]),
        ("Bamako's market tax is 500 FCFA a stall, Malian traders said.", [("500 FCFA", 500, "XOF")]),
        ("A Togolese permit costs 10 000 F CFA.", [("10 000 F CFA", 10_000, "XOF")]),
        # the French order of the noun, and the IMF's abbreviation
        ("Malian weavers earn 7 500 francs CFA a week.", [("7 500 francs CFA", 7_500, "XOF")]),
        ("The IMF put Chad's financing gap at CFAF 80 billion.", [("CFAF 80 billion", 80_000_000_000, "XAF")]),
        # a country word or CLDR's full name says it anywhere
        ("The mill owes 3 million Cameroonian CFA francs.", [("3 million Cameroonian CFA francs", 3_000_000, "XAF")]),
        ("The fund holds 9 billion West African CFA francs.",
         [("9 billion West African CFA francs", 9_000_000_000, "XOF")]),
        # no story country: no code rather than a guess
        ("The fine was 5,000 CFA francs.", [("5,000", 5_000, None)]),
    ],
)
def test_cfa_francs_from_the_storys_country(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an M before a currency code: that currency in millions, as company reports write it
        ("Operating profit rose to MSEK 412.", [("MSEK 412", 412_000_000, "SEK")]),
        ("The yard booked orders of 95.5 MNOK and 12 MEUR.",
         [("95.5 MNOK", 95_500_000, "NOK"), ("12 MEUR", 12_000_000, "EUR")]),
        # a form that is an English word stays one ("MARS 2030", a mission's name)
        ("The MARS 2030 rover was delayed.", [("2030", 2030, None)]),
        # "MM" after a money figure: a million (US financial writing)
        ("The seed round raised $4.5MM.", [("$4.5MM", 4_500_000, "USD")]),
    ],
)
def test_a_code_in_millions(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        # a bare "francs" is the franc of the story's country, the CFA countries' too (CLDR's
        # tender for the noun "franc"), as a bare "rupees" is
        ("Bujumbura's market tax rose to 1,200 francs a stall.", "BI", [("1,200 francs", 1_200, "BIF")]),
        ("Lomé's port authority will invest 18 billion francs in a quay.", "TG",
         [("18 billion francs", 18_000_000_000, "XOF")]),
        ("Yaoundé paid its nurses 640 million francs in arrears.", "CM", [("640 million francs", 640_000_000, "XAF")]),
        ("Nouméa's smelter paid 40 million francs in royalties.", "NC", [("40 million francs", 40_000_000, "XPF")]),
        ("Geneva's clinic charged 900 francs for the scan.", "CH", [("900 francs", 900, "CHF")]),
        # a country's demonym before the noun names it anywhere
        ("The toll is 2,000 Gabonese francs, or 1,400 Togolese francs.", None,
         [("2,000 Gabonese francs", 2_000, "XAF"), ("1,400 Togolese francs", 1_400, "XOF")]),
        # the one escudo in use today is Cabo Verde's
        ("A ferry ticket to Fogo costs 2,500 escudos.", None, [("2,500 escudos", 2_500, "CVE")]),
        # with no story country a bare "francs" names no currency
        ("The fare rose to 300 francs.", None, [("300", 300, None)]),
    ],
)
def test_bare_francs_from_the_storys_country(text, country, expected):
    assert [(e.text, e.value, e.currency) for e in find_expressions(text, country)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # every current ISO 4217 code, before or after the figure, glued or spaced
        ("The central bank sold UGX 150bn of bonds.", [("UGX 150bn", 150_000_000_000, "UGX")]),
        ("The levy raised 900 million RWF.", [("900 million RWF", 900_000_000, "RWF")]),
        ("Cocoa farmers were paid XOF 1,000 a kilo.", [("XOF 1,000", 1_000, "XOF")]),
        ("The utility borrowed ZMW2.1bn.", [("ZMW2.1bn", 2_100_000_000, "ZMW")]),
        # codes that are English words stay words (WordNet): a headline's "TOP 10", "ALL 3"
        ("TOP 10 savings accounts.", [("10", 10, None)]),
        ("ALL 3 miners were rescued.", [("3", 3, None)]),
    ],
)
def test_every_current_iso_code(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a local sign of Latin letters and a currency sign is written before the figure, like "$"
        ("Cocoa growers in Ghana were paid GH₵2.4 billion.", [("GH₵2.4 billion", 2_400_000_000, "GHS")]),
        ("A trotro ride in Accra, Ghana, costs GH₵ 8.", [("GH₵ 8", 8, "GHS")]),
        # and so with the cedi sign typed as its lookalike, the cent sign
        ("Tamale's market levy rose to GH¢12 a stall, Ghanaian officials said.", [("GH¢12", 12, "GHS")]),
        # "Rs" abbreviates the rupee, read from the story's country like "rupees" (INR the default)
        ("Karachi's port authority spent Rs4.2bn, Pakistani officials said.", [("Rs4.2bn", 4_200_000_000, "PKR")]),
        ("Colombo's council approved Rs. 900 million, Sri Lankan officials said.",
         [("Rs. 900 million", 900_000_000, "LKR")]),
        ("The ticket costs Rs 450.", [("Rs 450", 450, "INR")]),
        # letters glued to a whole number stay a name
        ("Voters in ward Rs12 queued early.", []),
    ],
)
def test_local_signs_before_the_figure(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # letters that abbreviate a national currency's noun, as CLDR's own letter symbols do
        # ("Br" birr, "Kz" kwanza): read in a story about that currency's country
        ("Dhaka's bus fares rose to Tk 45, Bangladeshi transport officials said.", [("Tk 45", 45, "BDT")]),
        ("Mombasa fishermen sell tuna at Sh 600 a kilo, Kenyan traders say.", [("Sh 600", 600, "KES")]),
        ("A Kenyan court fined the firm KSh 2.5 million.", [("KSh 2.5 million", 2_500_000, "KES")]),
        ("Kampala hawkers pay Ush 5,000 a day, Ugandan officials said.", [("Ush 5,000", 5_000, "UGX")]),
        ("Lilongwe's city council set the permit at K45,000, Malawian officials said.",
         [("K45,000", 45_000, "MWK")]),
        # the country's initial and the noun's ("KD" Kuwaiti dinar, "QR" Qatari riyal)
        ("Kuwaiti officials said the new clinic in Jahra cost KD 3.2 million.", [("KD 3.2 million", 3_200_000, "KWD")]),
        # ... only where several countries share the noun (which dinar); one country's yuan or
        # zloty has no such form: "CY 2025" is a calendar year in a Chinese story
        ("Chinese planners said the CY 2025 quota for Hebei steel mills was cut.", [("2025", 2025, None)]),
        ("Polish grocers in Lodz said the PZ 40 voucher scheme ended.", [("40", 40, None)]),
        # a story about no country using the letters: no currency
        ("The fare rose to Tk 45 last week.", [("45", 45, None)]),
    ],
)
def test_letters_that_abbreviate_the_storys_currency(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a whole number glued to the story's sign is money where the story writes that sign
        # before figures only money takes ("K1,300"); with three digits or more
        ("Malawian farmers get K420 a bag, down from K1,300, in Malawi's markets.",
         [("K420", 420, "MWK"), ("K1,300", 1_300, "MWK")]),
        # otherwise, or with fewer digits, letters glued to a whole number stay a name
        ("Malawian farmers get K420 a bag in Malawi's markets.", []),
        ("Malawi's K9 dog unit found K2,000 in cash, Malawian police said.", [("K2,000", 2_000, "MWK")]),
        # a sign of two letters or more glued to any whole number, where the story writes it so
        ("Libya's transport ministry will raise the permit fee to LD90 from LD25 to fund a LD4 million scheme.",
         [("LD90", 90, "LYD"), ("LD25", 25, "LYD"), ("LD4 million", 4_000_000, "LYD")]),
        ("Libya's transport ministry will raise the permit fee to LD90 from LD25.", []),
        # the abbreviations are never read after the figure: "40 K" is no sum of kwacha
        ("Malawi's 40 K run drew 900 runners in Malawi.", [("40", 40, None), ("900", 900, None)]),
    ],
)
def test_a_whole_number_after_the_storys_sign(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an exchange rate "N to the dollar", "N per euro" is in the currency its sentence names
        ("The baht firmed to 32.4 to the dollar, Thai dealers said.", [("32.4", 32.4, "THB")]),
        ("Zambia's kwacha, weak against the dollar all week, closed at 27.1 per dollar.",
         [("27.1", 27.1, "ZMW")]),
        ("The Polish zloty ended at 4.3 per euro.", [("4.3", 4.3, "PLN")]),
        # none named, or "against" (whose figure may be either currency): no currency
        ("Dealers quoted 32.4 to the dollar.", [("32.4", 32.4, None)]),
        ("The pound stood at 1.27 against the dollar.", [("1.27", 1.27, None)]),
    ],
)
def test_an_exchange_rate_is_in_the_currency_its_sentence_names(text, expected):
    assert money(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a dollar prefix several countries share is the dollar of the one the story is about
        ("Belize's port authority will charge B$85 a container, officials in Belize said.",
         [("B$85", 85, "BZD")]),
        ("Brunei plans to spend B$2.4 billion on roads, the Brunei government said.",
         [("B$2.4 billion", 2_400_000_000, "BND")]),
        # a story that names two of them as often: neither
        ("Belize and Brunei each gave B$3 million.", [("3 million", 3_000_000, None)]),
        # and so the initials of the currency's name ("BD$": Bermuda, Brunei, Belize ... dollar)
        ("Brunei's sultanate will lend BD$75 million, Brunei officials said.", [("BD$75 million", 75_000_000, "BND")]),
    ],
)
def test_a_dollar_prefix_of_several_countries(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare currency name is the current currency of that name: "guilders" the Caribbean
        # guilder (the Dutch guilder was withdrawn in 2002), which its marked name keeps
        ("Sint Maarten's parliament approved 45 million guilders for the airport terminal.",
         [("45 million guilders", 45_000_000, "XCG")]),
        ("The estate was valued at 9 million Dutch guilders before the euro came.",
         [("9 million Dutch guilders", 9_000_000, "NLG")]),
        # the CFP franc as its issuer writes it after the figure, wherever the story is
        ("A return ferry ticket costs 8 400 F CFP.", [("8 400 F CFP", 8_400, "XPF")]),
        ("The fine was raised to 35 000 FCFP.", [("35 000 FCFP", 35_000, "XPF")]),
    ],
)
def test_current_currencies_by_name_and_sign(text, expected):
    assert money(text) == expected
