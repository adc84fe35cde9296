import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Dakhla brick kiln
P = Pair("p1a_westernsahara_brick_kiln_maghrebbusinesswire.txt", "p1b_westernsahara_brick_kiln_dakhlahorizon.txt")
P.f("kiln output", "agree", "quantity", "40,000 bricks", "40 000 bricks", "Same figure; B uses a space as thousands separator ('a day' / 'daily').")
P.f("investment", "agree", "quantity", "48 million dirham", "DH 48 million", "Same amount, dirham written two ways.")
P.f("jobs created", "conflict", "quantity", "between 110 and 130 permanent jobs", "85 jobs", "Range 110-130 vs a single 85: incompatible, both from the company.")
P.f("licence term", "agree", "quantity", "15-year", "fifteen-year", "Same term, digits vs spelled out.", a_after="granted a")
P.f("distance from the city", "agree", "quantity", "22 kilometres", "about 20 km", "22 km is about 20 km.")
P.f("quarry distance", "agree", "quantity", "6 kilometres", "6 km", "Same.")
P.f("annual fee vs restoration deposit", "related", "quantity", "350,000 dirhams", "DH 1,2 million",
    "Both MAD amounts the company pays under the licence, but A's is an annual fee to the council and B's a one-off restoration deposit.")
P.f("cooperative size", "agree", "quantity", "some 300 boat owners", "about 300 members", "Same approximate size (boat owners = members).")
P.f("distance to Agadir", "agree", "quantity", "more than 1,100 kilometres", "more than 1 100 km", "Same, different separators and units spelled out.")
P.f("licence signed", "agree", "date", "February 9", "Monday 9 February", "Both 2026-02-09.")
P.f("first application", "agree", "date", "2024", "2024", "Same year.")
P.f("start of production", "conflict", "date", "September 2026", "June", "2026-09 vs 2026-06.")
P.f("gas, not tyres", "agree", "quote",
    "We will fire with natural gas, not with tyres or palm waste, and the smoke will be cleaner than anything the city has seen from the old kilns,",
    "We are firing with natural gas, not tyres or palm waste, and the smoke will be cleaner than the old kilns ever managed,",
    "Same speaker (El Ouardi), reworded, same meaning.")
P.f("dust filters", "conflict", "statement",
    "the company had agreed to install particulate filters on its chimneys before the first firing",
    "the company has not yet committed to fitting dust filters on its chimneys",
    "Agreed to install vs has not yet committed.")
P.f("request to move the kiln", "agree", "statement", "The authority rejected that request", "Officials turned down the demand to relocate it",
    "Same refusal, different wording.")
P.f("other requests / licences", "related", "statement",
    "Residents of the nearby Bir Anzarane district have asked for an air-quality monitoring station",
    "The regional council is considering a second kiln licence",
    "A: residents ask for monitoring; B: council considers a second kiln. Different facts, compatible.")
OUT.append(P.out())

# ---------------- pair 2: Tokelau seaplane
P = Pair("p2a_tokelau_seaplane_route_pacificislandswire.txt", "p2b_tokelau_seaplane_route_tevakanews.txt")
P.f("seats", "conflict", "quantity", "nine passengers", "12 passengers", "9 vs 12 seats on the floatplane.")
P.f("fare", "agree", "quantity", "NZ$690", "$690", "Same; B's '$' is NZD in Tokelau.")
P.f("baggage limit", "agree", "quantity", "15 kilograms", "15kg", "Same.")
P.f("distance", "agree", "quantity", "some 500 kilometres", "about 480km", "Both approximate; compatible.")
P.f("flight time", "agree", "quantity", "about four hours", "just under four hours", "Compatible.")
P.f("trial length", "agree", "quantity", "six-month", "six-month", "Same.", a_after="will run a")
P.f("subsidy vs lease", "related", "quantity", "NZ$3.2 million", "$48,000",
    "A: total NZ subsidy for the trial; B: monthly aircraft lease. Different measures in NZD.")
P.f("population", "agree", "quantity", "fewer than 1,700 people", "1,647 residents", "1,647 is fewer than 1,700.")
P.f("first flight", "agree", "date", "April 6", "6 April", "Both 2026-04-06.")
P.f("announcement", "agree", "date", "Monday", "Monday 16 March", "Both 2026-03-16.")
P.f("who said 'a day at sea'", "conflict", "quote",
    "For the first time our people will not have to choose between a day at sea and staying home,",
    "For the first time our people will not have to choose between a day at sea and staying home,",
    "Same words: A gives them to airline CEO Sione Tuilagi, B to the Ulu Kelihiano Pereira.")
P.f("landing at Atafu", "conflict", "statement",
    "The airline ruled out landing at Atafu, the northernmost atoll, during the trial",
    "will call at all three atolls, including Atafu",
    "Ruled out vs will call there.")
P.f("ferry kept", "agree", "statement", "The airline denied that the ferry service would be cut",
    "There are no plans to reduce the sailings of the ferry", "Same: ferry not cut.")
P.f("further asks", "related", "statement", "The ministry is considering extending the funding",
    "asked the airline to give medical evacuations priority over paying passengers",
    "Different requests/plans around the trial; compatible.")
OUT.append(P.out())

# ---------------- pair 3: Saint-Barthélemy church bell
P = Pair("p3a_saintbarthelemy_church_bell_caraibespresse.txt", "p3b_saintbarthelemy_church_bell_echodegustavia.txt")
P.f("restoration cost", "agree", "quantity", "€86,000", "86 000 €", "Same, English vs French style.")
P.f("Collectivité contribution", "conflict", "quantity", "€50,000", "60 000 €", "50,000 vs 60,000 euros.")
P.f("bell weight", "agree", "quantity", "about 300 kilograms", "312 kg", "312 kg is about 300.")
P.f("crack length", "agree", "quantity", "40-centimetre", "40 cm", "Same.")
P.f("restoration time", "agree", "quantity", "four months", "16 weeks", "16 weeks is about four months (converted).")
P.f("public appeal", "related", "quantity", "more than 700 donors", "21 400 €", "Number of donors vs amount given.")
P.f("year cast", "agree", "date", "1829", "1829", "Same.", a_after="cast in")
P.f("hurricane damage", "agree", "date", "2017", "September 2017", "Same event, year vs month.")
P.f("bell shipped", "conflict", "date", "May 4", "11 May", "2026-05-04 vs 2026-05-11.")
P.f("the bell's voice", "agree", "quote",
    "This bell rang for the abolition of slavery in 1848 and for every baptism and funeral since,",
    "This bell rang for the end of slavery and for every baptism and every funeral since,",
    "Same speaker (Father Gréaux), reworded; B drops the year.")
P.f("wooden frame", "conflict", "statement",
    "The parish has decided not to replace the wooden frame that holds the bell",
    "The old wooden frame will also be replaced", "Not replaced vs will be replaced.")
P.f("recasting refused", "agree", "statement",
    "Father Gréaux rejected calls from some parishioners to have the bell melted down and recast",
    "The priest refused to have the bell melted down and recast", "Same refusal.")
P.f("further plans", "related", "statement",
    "The Collectivité is also considering listing the church",
    "Fonderie Lemaître has offered to cast a small second bell for the chapel at Colombier free of charge",
    "Heritage listing vs foundry's offer of a second bell: different, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Saint-Martin ice plant
P = Pair("p4a_saintmartin_ice_plant_outremerdepeche.txt", "p4b_saintmartin_ice_plant_marigotsoleil.txt")
P.f("daily output", "agree", "quantity", "five tonnes", "5 t", "Same, spelled out vs symbol.")
P.f("cost", "agree", "quantity", "€1.4 million", "1,4 M€", "Same, decimal point vs comma.")
P.f("EU share", "agree", "quantity", "60%", "840 000 €", "60% of 1.4 million = 840,000 euros (percentage vs amount).")
P.f("ice price", "conflict", "quantity", "€0.25", "0,35 €", "0.25 vs 0.35 euro per kilogram.")
P.f("registered fishermen", "agree", "quantity", "about 90 registered fishermen", "92 professional fishermen", "Compatible.")
P.f("storage vs output", "related", "quantity", "20 tonnes", "5 t", "A's storage capacity vs B's daily output.")
P.f("years without a plant", "agree", "quantity", "nine years", "nine years", "Same (in A's quote; B's lead).")
P.f("staff", "agree", "quantity", "four people", "four employees", "Same.")
P.f("opening day", "agree", "date", "Tuesday", "Tuesday 2 June", "Both 2026-06-02.")
P.f("Irma", "agree", "date", "September 2017", "2017", "Same event.")
P.f("contract awarded", "conflict", "date", "October 2025", "November 2025", "2025-10 vs 2025-11.")
P.f("driving to the Dutch side", "agree", "quote",
    "For nine years we have been driving to the Dutch side at four in the morning and paying whatever they ask,",
    "For nine years we drove to the Dutch side at four in the morning and paid whatever they asked,",
    "Same speaker (Hodge), tense changed only.")
P.f("who runs the plant", "conflict", "statement",
    "The plant will be run by the fishermen themselves, and every cent of profit goes back into the boats,",
    "the plant will be run by the Collectivité, not by the fishermen, so that the prices stay fair.",
    "Same speaker (Mussington) quoted with opposite meaning: run by the fishermen vs not by the fishermen. Statement because a quote fact with one speaker is agree by definition.")
P.f("no ice for hotels", "agree", "statement",
    "The operator denied that ice from the plant would be sold to hotels and restaurants",
    "Hotels will not be able to buy ice from the plant", "Same.")
P.f("further requests", "related", "statement",
    "The Collectivité is considering a second, smaller plant in Quartier d'Orléans",
    "Several fishermen asked for a cold room at the fish market", "Different plans, compatible.")
OUT.append(P.out())

# ---------------- pair 5: St. Thomas youth regatta
P = Pair("p5a_usvirginislands_regatta_sponsorship_caribbeanbusinesswire.txt", "p5b_usvirginislands_regatta_sponsorship_stthomasbeacon.txt")
P.f("sponsorship: total vs per year", "related", "quantity", "$450,000", "$150,000",
    "A: $450,000 over three years (total); B: $150,000 a year. Total vs per-year figure, compatible.", a_after="deal worth")
P.f("sponsorship term", "agree", "quantity", "three years", "three-year", "Same.")
P.f("share of budget", "agree", "quantity", "about 40%", "nearly 40 percent", "Same, qualified two ways.")
P.f("prize purse", "conflict", "quantity", "$25,000", "$40,000", "25,000 vs 40,000 dollars.")
P.f("boats expected", "agree", "quantity", "more than 60 boats", "64 boats", "64 is more than 60.")
P.f("young sailors: last year vs expected", "related", "quantity", "About 120 young sailors", "120 junior sailors",
    "A: took part last year; B: expected this year. Same figure at two different times.")
P.f("regatta opens", "agree", "date", "October 9", "Oct. 9", "Both 2026-10-09.")
P.f("deal signed", "agree", "date", "Monday", "July 13", "Both 2026-07-13.")
P.f("club founded", "agree", "date", "1987", "1987", "Same.")
P.f("who said 'read the wind'", "conflict", "quote",
    "Sailing taught this island's children to read the wind before they could read a book,",
    "Sailing taught this island's children to read the wind before they could read a book,",
    "Same words: A gives them to CEO Denise Lettsome, B to commodore Winston Blyden.")
P.f("sponsor's name in the title", "conflict", "statement",
    "the yacht club has agreed to rename the event the Coral Bay Spirits Youth Regatta",
    "The Red Hook Yacht Club refused to put a sponsor's name in the title of its junior race",
    "Agreed to rename vs refused.")
P.f("no alcohol branding", "agree", "statement",
    "no alcohol branding would appear on boats, sails or prize-giving banners",
    "No alcohol branding will appear at junior races", "Same condition.")
P.f("other money", "related", "statement",
    "The U.S. Virgin Islands Department of Tourism is considering matching the sponsorship",
    "Parents at the signing asked the club to lower the entry fee",
    "Tourism matching funds vs parents' request on fees: different, compatible.")
OUT.append(P.out())

# ---------------- pair 6: BVI archive grant
P = Pair("p6a_britishvirginislands_archive_grant_caribbeanmediawire.txt", "p6b_britishvirginislands_archive_grant_tortolatribune.txt")
P.f("grant", "agree", "quantity", "$640,000", "US$640,000", "Same; BVI uses the US dollar.", a_after="with a", b_after="announced a")
P.f("scope: pages vs volumes", "related", "quantity", "about 1.2 million pages", "some 4,800 volumes", "Pages vs volumes: different measures of the same collection.")
P.f("project length", "conflict", "quantity", "two-year", "18-month", "24 vs 18 months.")
P.f("new staff", "agree", "quantity", "six technicians", "Six new posts", "Same.")
P.f("fragile share", "agree", "quantity", "nearly 30%", "About 30 per cent", "Same.")
P.f("government contribution", "agree", "quantity", "$90,000", "US$90,000", "Same.")
P.f("oldest record", "agree", "date", "1773", "1773", "Same.")
P.f("announcement", "agree", "date", "Tuesday", "18 August", "Both 2026-08-18.")
P.f("start of work", "conflict", "date", "September 1", "1 October", "2026-09-01 vs 2026-10-01.")
P.f("pages lost", "agree", "quote", "Every year we wait, we lose pages we will never get back,",
    "Every year we wait, we lose pages we will never recover,", "Same speaker (Scatliffe), one word changed.")
P.f("scanning begun?", "conflict", "statement",
    "The archive has already begun scanning the emancipation-era registers",
    "Scanning has not yet started", "Has already begun vs has not yet started.")
P.f("records stay in the territory", "agree", "statement",
    "The archive rejected an offer from a university in the United States to ship the records abroad for scanning",
    "The records will not leave the territory", "Same refusal.")
P.f("access", "related", "statement",
    "The Premier's office is considering a law on public access",
    "Local historians called for the land records to be put online first", "Different, compatible.")
OUT.append(P.out())

# ---------------- pair 7: Yemen frankincense
P = Pair("p7a_yemen_frankincense_price_gulfcommoditieswire.txt", "p7b_yemen_frankincense_price_mukallaevening.txt")
P.f("top-grade price", "agree", "quantity", "$28", "$28", "Same record price ('a kilogram' / 'per kilo').", a_after="climbed to")
P.f("price rise", "conflict", "quantity", "40%", "about 33 percent", "40% vs about a third.")
P.f("harvest", "agree", "quantity", "about 90 tonnes", "90 t", "Same.")
P.f("lower grade vs early sale price", "related", "quantity", "about $9", "$17",
    "A: auction price of lower grades; B: price a tapper got for his harvest in July. Two prices of different things.")
P.f("fall in volume vs fall in earnings", "related", "quantity", "15%", "8%",
    "A's 15% is the fall in harvest volume; B's 8% the fall in export earnings (value).")
P.f("export earnings", "agree", "quantity", "about 8%", "8%", "Same.")
P.f("tapping families", "agree", "quantity", "Some 2,000 families", "About 2,000 households", "Same.")
P.f("levy rate", "agree", "quantity", "5%", "5%", "Same rate.", a_after="levy of")
P.f("auction day", "agree", "date", "Sunday", "4 October", "Both 2026-10-04.")
P.f("season end", "agree", "date", "September", "September", "Both 2026-09.")
P.f("road export ban start", "conflict", "date", "September 1", "15 September", "2026-09-01 vs 2026-09-15.")
P.f("trees gave less", "agree", "quote", "The trees gave less and the buyers came earlier,",
    "The trees gave less and the buyers came earlier,", "Same speaker, same words.")
P.f("resin levy", "conflict", "statement",
    "The governorate has lifted a levy of 5% on resin leaving the province",
    "The governorate refused to scrap the 5% levy", "Lifted vs refused to scrap.")
P.f("shipping by sea", "agree", "statement",
    "forcing traders to ship through the port of Mukalla instead",
    "most loads must now go by sea through the port", "Same consequence of the ban.")
P.f("asks and proposals", "related", "statement",
    "Farmers' groups have asked the Agriculture Ministry for help to replant trees",
    "The chamber of commerce has proposed a label of origin for Hadrami frankincense", "Different, compatible.")
OUT.append(P.out())

# ---------------- pair 8: Somalia slaughterhouse inspection
P = Pair("p8a_somalia_slaughterhouse_inspection_hornwireservice.txt", "p8b_somalia_slaughterhouse_inspection_banadirmorningpost.txt")
P.f("abattoirs closed", "conflict", "quantity", "three export abattoirs", "Four abattoirs", "3 vs 4 closed (headlines; bodies agree with them).")
P.f("abattoirs inspected", "agree", "quantity", "14 slaughterhouses", "fourteen abattoirs", "Same, digits vs words.")
P.f("inspection length", "agree", "quantity", "10-day", "ten-day", "Same.")
P.f("fine", "agree", "quantity", "$5,000", "$5,000", "Same.")
P.f("time to fix faults", "agree", "quantity", "30 days", "a month", "30 days = a month.")
P.f("daily throughput", "agree", "quantity", "about 3,000 goats and sheep", "around 3,000 head", "Same.")
P.f("export value vs per-carcass price", "related", "quantity", "some $18 million", "about $95",
    "A: annual chilled-meat export earnings; B: price per goat carcass. Total vs per unit.")
P.f("jobs at Dirie's plant", "agree", "quantity", "65 people", "65 workers", "Same.")
P.f("inspection start", "agree", "date", "November 3", "3 November", "Both 2026-11-03.")
P.f("reinspection", "conflict", "date", "January", "February", "2027-01 vs 2027-02.")
P.f("who said 'careless operators'", "conflict", "quote",
    "We will not let a few careless operators destroy the reputation of Somali meat,",
    "We will not let a few careless operators destroy the reputation of Somali meat,",
    "Same words: A gives them to the minister, B to the director of veterinary services.")
P.f("ban on exporting female animals", "conflict", "statement",
    "The government is also considering a ban on the slaughter of female animals for export",
    "The ministry is not considering any ban on exporting female animals", "Is considering vs is not considering.")
P.f("Saudi buyers", "related", "statement",
    "The ministry denied that Saudi Arabia had suspended imports from Somali slaughterhouses",
    "A Saudi importer has halted purchases from the closed plants",
    "Country-wide suspension denied vs one importer halting purchases from closed plants only: compatible, not the same fact.")
P.f("owners' complaint", "agree", "statement",
    "Owners of the closed slaughterhouses said they had not been given time to respond",
    "The owners say they were treated unfairly", "Same complaint.")
P.f("shipments continue", "agree", "statement",
    "Shipments from the plants that passed were continuing", "Shipments from other plants were continuing", "Same.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
