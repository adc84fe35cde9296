import json, os
from build_common import Pair, HERE

pairs = []

# ---------------- p1 Haiti ambulances
P = Pair("p1a_haiti_ambulance_fleet_caribbeannewswire.txt", "p1b_haiti_ambulance_fleet_haitimatinexpress.txt")
P.f("contract value", "agree", "quantity", "$18.6 million", "US$18,6 million", "Same figure; B uses a decimal comma.", a_occ=2)
P.f("number of ambulances bought", "agree", "quantity", "120 ambulances", "120 ambulances", "Same count.", a_occ=2)
P.f("signing day", "agree", "date", "Tuesday", "yesterday", "Both 2026-01-20 (B published 01-21).")
P.f("first delivery", "conflict", "date", "March 15", "30 April", "First batch by 2026-03-15 vs 2026-04-30.")
P.f("public ambulances in service now", "conflict", "quantity", "63 working public ambulances", "48 public ambulances",
    "Same inventory, 63 vs 48.")
P.f("calls to the ambulance centre", "related", "quantity", "38,000 calls", "3 100 calls",
    "A: calls in all of 2025; B: calls in December alone. Different periods.")
P.f("ambulances for the Ouest department", "agree", "quantity", "30 of the new ambulances", "Thirty ambulances",
    "30 written as digits vs spelled out.")
P.f("minister on women in labour", "agree", "quote",
    "For too long, a woman in labour in the Grand'Anse has waited for a tap-tap, not an ambulance,",
    "A woman in labour in the Grand'Anse should not have to wait for a tap-tap,", "Both Desravines; reworded.")
P.f("'expensive van' remark", "conflict", "quote",
    "An ambulance without a trained crew is just an expensive van,",
    "An ambulance without a trained crew is just an expensive van,",
    "Same words: A gives them to Dr Fritzner Beauvoir, B to nurse Guerline Pierre-Louis.")
P.f("paramedics needed", "agree", "quantity", "480 paramedics", "close to 500 paramedics", "480 is close to 500.")
P.f("paramedics in first training", "agree", "quantity", "150 paramedics", "150 paramedics", "Same.")
P.f("training start", "agree", "date", "February", "next month", "Both 2026-02.")
P.f("state budget share of the purchase", "conflict", "statement",
    "The government would not use its own budget for the purchase",
    "the public Treasury will cover 15 % of the cost",
    "Opposite: no state money (minister) vs Treasury pays 15% (anonymous finance official).")
P.f("losing bidder's challenge", "related", "statement",
    "has asked the national procurement commission to review the award",
    "which said it had opened a review and could suspend the contract",
    "A: the bidder asks for a review; B: the commission has opened one. Later step, not a contradiction.")
P.f("gang roadblocks and deliveries", "agree", "statement",
    "would not stop deliveries", "would not delay deliveries to the south", "Same assurance, different wording.")
P.f("irregularity / favouritism", "agree", "statement",
    "The ministry denied any irregularity", "The ministry rejected any suggestion of favouritism.", "Same denial.")
P.f("running costs", "agree", "quantity", "about 95 million gourdes", "G 95 000 000",
    "Same yearly figure, words vs symbol and space-grouped digits.")
pairs.append(P.out())

# ---------------- p2 Eswatini plates
P = Pair("p2a_eswatini_number_plates_highveldnewsagency.txt", "p2b_eswatini_number_plates_mbabanecourier.txt")
P.f("vehicles to be replated", "agree", "quantity", "210,000 registered vehicles", "About 210 000 vehicles", "Same; B approx, space grouping.")
P.f("fee per set", "agree", "quantity", "E350", "E350", "Same.")
P.f("fee per set vs a fleet owner's bill", "related", "quantity", "E350", "E4 200",
    "Per set vs one owner's total for 12 vehicles (12 x 350).")
P.f("plate contract value", "conflict", "quantity", "E62 million", "E68 million", "Same five-year contract, E62m vs E68m.")
P.f("changeover start", "agree", "date", "March 2", "2 March", "Both 2026-03-02.")
P.f("deadline", "conflict", "date", "August 31", "September 30", "2026-08-31 vs 2026-09-30.")
P.f("announcement day", "agree", "date", "Tuesday", "yesterday", "Both 2026-02-17.")
P.f("minister on cloned cars", "agree", "quote",
    "Every week a stolen car from Johannesburg crosses into this country and gets a clean Eswatini plate within days,",
    "Stolen cars from Johannesburg cross our border every week and come out with clean local plates,",
    "Both Gamedze; reworded.")
P.f("extension of the deadline", "conflict", "statement",
    "The minister ruled out any extension of the August 31 deadline.",
    "will look at an extension for those areas if the queues are too long",
    "Ruled out vs will look at an extension.")
P.f("fee for pensioners", "conflict", "statement",
    "would not be reduced", "the ministry had agreed to let pensioners pay half",
    "Fee will not be reduced vs pensioners pay half (per the association).")
P.f("who struggles with the fee", "related", "statement",
    "asked for the fee to be waived for pensioners and for minibus operators",
    "taxi owners with large fleets would still carry a heavy bill",
    "Same association, different requests/complaints.")
P.f("no public tender", "agree", "statement",
    "the contract had been awarded without a public tender", "the deal was not put out to public tender",
    "Both say there was no public tender.")
P.f("stolen vehicles in 2025", "agree", "quantity", "1,240 vehicles", "1 240 cars", "Same; 'last year' = 2025.")
P.f("factory jobs", "agree", "quantity", "85 people", "85 jobs", "Same.")
P.f("testing stations", "agree", "quantity", "14 testing stations", "fourteen testing stations", "Digits vs words.")
P.f("late fine", "agree", "quantity", "E1,000", "E1 000", "Same; comma vs space grouping.")
P.f("price of plates in South Africa", "agree", "quantity", "under E200", "about E190", "190 is under 200.")
pairs.append(P.out())

# ---------------- p3 Kosovo speed cameras
P = Pair("p3a_kosovo_speed_cameras_balkanwireservice.txt", "p3b_kosovo_speed_cameras_prishtinaherald.txt")
P.f("number of cameras", "agree", "quantity", "96 fixed speed cameras", "ninety-six cameras", "Digits vs words.")
P.f("contract value", "conflict", "quantity", "€7.4 million", "€6,9 million", "€7.4m vs €6.9m.")
P.f("black spots", "agree", "quantity", "38 accident black spots", "38 black spots", "Same.")
P.f("switch-on date", "agree", "date", "June 1", "1 June", "Both 2026-06-01.")
P.f("end of warning-only period", "conflict", "date", "June 30", "31 July", "2026-06-30 vs 2026-07-31.")
P.f("signing day", "agree", "date", "Tuesday", "yesterday", "Both 2026-03-10.")
P.f("road deaths", "related", "quantity", "104 road deaths", "112 people", "A: 2025 toll; B: 2024 toll. Different years.")
P.f("minimum fine", "agree", "quantity", "€35", "€35", "Same.")
P.f("maximum fine", "agree", "quantity", "€400", "€400", "Same.")
P.f("yearly fine revenue", "agree", "quantity", "about €9 million", "around €9 million", "Same.")
P.f("'cameras do not take bribes'", "conflict", "quote",
    "Speed is killing our young people, and cameras do not take bribes,",
    "Cameras do not take bribes, and speed is killing our young people,",
    "Same words reordered: A Minister Berisha, B Police Director Hoxha.")
P.f("mobile cameras", "conflict", "statement",
    "The ministry has not yet decided whether to buy mobile cameras",
    "Mobile cameras are already in use on the Prishtina–Peja road",
    "Not yet decided vs already in use.")
P.f("privacy scrutiny", "related", "statement",
    "The Ombudsperson Institution said it had asked the ministry how long images",
    "The Information and Privacy Agency said it would audit how the images are stored.",
    "Different bodies, different actions on the same concern.")
P.f("contractor and fines", "agree", "statement",
    "It will not receive a share of fines", "would get nothing from fines", "Same.")
P.f("radar guns", "agree", "quantity", "60 handheld radar guns", "60 radar guns", "Same.")
P.f("image retention", "agree", "quantity", "90 days", "90 days", "Same.")
pairs.append(P.out())

# ---------------- p4 Gabon timber
P = Pair("p4a_gabon_timber_quota_centralafricapress.txt", "p4b_gabon_timber_quota_echodelibreville.txt")
P.f("export quota", "agree", "quantity", "850,000 cubic metres", "850 000 m³", "Same; words vs symbol.", a_occ=2)
P.f("quota start", "agree", "date", "July 1", "1 July", "Both 2026-07-01.")
P.f("decree date", "conflict", "date", "April 14", "13 April", "2026-04-14 vs 2026-04-13.")
P.f("announcement day", "agree", "date", "Wednesday", "yesterday", "Both 2026-04-15.")
P.f("2025 exports", "conflict", "quantity", "1.1 million cubic metres", "1,2 million m³", "1.1m vs 1.2m m³ for the same year.")
P.f("export fee", "agree", "quantity", "12,000 CFA francs", "12 000 FCFA", "Same per m³.")
P.f("fee revenue", "agree", "quantity", "about 10.2 billion CFA francs", "10,2 billion FCFA", "Same; decimal comma in B.")
P.f("okoumé price", "related", "quantity", "370 euros", "270 000 FCFA",
    "A: start of year, in euros; B: this week, in CFA francs. Different times (and 270,000 XAF ~ 412 EUR).")
P.f("minister on the forest as a warehouse", "agree", "quote",
    "Our forests are not an endless warehouse,", "The forest is not a warehouse with no end.", "Both Ndong-Obiang; reworded.")
P.f("'without a single conversation'", "conflict", "quote",
    "This decree was written without a single conversation with the people who work in the forest,",
    "This decree was written without a single conversation with the people who work in the forest,",
    "Same words: A union president Mba, B secretary general Obame.")
P.f("compensation for exporters", "conflict", "statement",
    "The government ruled out any compensation for companies whose export volumes fall",
    "a support fund for small sawmills hit by the quota",
    "Ruled out vs being studied.")
P.f("union's next step", "related", "statement",
    "the union would challenge the decree before the Council of State",
    "the union would first ask for a meeting with the Prime Minister before any legal action",
    "Court challenge vs meeting first; a sequence, not a contradiction.")
P.f("processed timber exempt", "agree", "statement",
    "will not be covered by the cap", "are exempt", "Same exemption.")
P.f("sector jobs", "agree", "quantity", "about 28,000 people", "some 28 000 people", "Same.")
P.f("union members", "agree", "quantity", "41 companies", "41 member companies", "Same.")
P.f("share processed", "agree", "quantity", "About 30%", "30 %", "Same.")
P.f("forest lost in 2025", "agree", "quantity", "about 21,000 hectares", "21 000 hectares", "Same.")
pairs.append(P.out())

# ---------------- p5 Mauritius pharmacies
P = Pair("p5a_mauritius_pharmacy_rules_indianoceannewsagency.txt", "p5b_mauritius_pharmacy_rules_portlouisobserver.txt")
P.f("distance rule", "agree", "quantity", "500 metres", "500 m", "Same.", a_occ=2)
P.f("new licence fee", "agree", "quantity", "Rs 25,000", "Rs 25 000", "Same; comma vs space.")
P.f("old vs new licence fee", "related", "quantity", "Rs 8,000", "Rs 25 000", "Old fee vs new fee.")
P.f("fine without pharmacist", "agree", "quantity", "up to Rs 100,000", "Rs 100 000", "Same ceiling.")
P.f("number of pharmacies", "conflict", "quantity", "about 390 licensed pharmacies", "412 pharmacies", "390 vs 412.")
P.f("rules take effect", "agree", "date", "October 1", "October 1", "Both 2026-10-01.")
P.f("gazette date", "conflict", "date", "June 9", "Friday 5 June", "2026-06-09 vs 2026-06-05.")
P.f("announcement day", "agree", "date", "Wednesday", "yesterday", "Both 2026-06-10.")
P.f("minister: medicines are not sweets", "agree", "quote",
    "A pharmacy is not a grocery shop, and medicines are not sweets,",
    "Medicines are not sweets and a pharmacy is not a grocery,", "Both Ramsurrun; reordered.")
P.f("'staff who do not yet exist'", "conflict", "quote",
    "We are asking owners to find staff who do not yet exist,",
    "We are asking owners to find staff who do not yet exist,",
    "Same words: A Kavita Beeharry (owners), B Anil Gopaul (Pharmacy Council).")
P.f("supermarket counters", "conflict", "statement",
    "Supermarkets will not be allowed to open new pharmacy counters under the rules.",
    "new counters can open if they employ a full-time pharmacist",
    "Not allowed vs allowed with a pharmacist.")
P.f("existing close pharmacies", "agree", "statement",
    "will keep their licences", "can stay open", "Same grandfathering.")
P.f("scrutiny of the distance rule", "related", "statement",
    "The Competition Commission said it would study whether the 500-metre rule limits competition",
    "Opposition MP Rajesh Bholah said he would table a parliamentary question on the distance rule",
    "Different actors.")
P.f("inspections", "agree", "quantity", "214 inspections", "214 pharmacies", "Same.")
P.f("grace period", "agree", "quantity", "18 months", "18 months", "Same.")
P.f("registration time", "agree", "quantity", "30 days", "30 days", "Same.")
pairs.append(P.out())

# ---------------- p6 Palau print subsidy
P = Pair("p6a_palau_print_subsidy_pacificislandswire.txt", "p6b_palau_print_subsidy_korortide.txt")
P.f("annual ceiling", "agree", "quantity", "$240,000", "$240K", "Same; K notation.")
P.f("subsidy per copy", "conflict", "quantity", "15 cents", "20 cents", "15 vs 20 cents.")
P.f("vote date", "conflict", "date", "July 23", "Wednesday, July 22", "2026-07-23 vs 2026-07-22.")
P.f("payments start", "agree", "date", "October 1", "Oct. 1", "Both 2026-10-01.")
P.f("newsprint cost rise", "agree", "quantity", "40%", "40 percent", "Same.")
P.f("container price now", "agree", "quantity", "$6,800", "$6,800", "Same.")
P.f("container price then vs now", "related", "quantity", "$4,100", "$6,800", "2023 price vs current price.")
P.f("copies printed", "related", "quantity", "about 3,000 copies", "around 9,000 copies",
    "A: per edition per paper; B: per week, both papers.")
P.f("'string attached' remark", "conflict", "quote",
    "Money from the state always comes with a string, even an invisible one,",
    "Money from the state always comes with a string, even an invisible one,",
    "Same words: A opponent Sen. Ueki, B sponsor Sen. Ngirchechol.")
P.f("president's signature", "conflict", "statement",
    "The president has said he will sign the bill",
    "The President has not decided whether to sign the measure",
    "Will sign vs undecided.")
P.f("online outlets excluded", "agree", "statement",
    "Websites and social-media pages will not be eligible",
    "Online-only outlets and social-media pages will not qualify.", "Same.")
P.f("press groups' reactions", "related", "statement",
    "The Palau Journalists Association welcomed the vote",
    "The Pacific Media Watch network, however, warned", "Different groups, different points.")
P.f("advertising decline", "agree", "statement",
    "advertising income at the two papers had fallen by about a third since 2020",
    "ad revenue at both papers is down about 33 percent since 2020", "A third = about 33%.")
P.f("states", "agree", "quantity", "16 states", "16 states", "Same.")
P.f("share of budget", "agree", "quantity", "less than 0.1%", "under 0.1 percent", "Same.")
P.f("number of newspapers", "agree", "quantity", "two printed newspapers", "two newspapers", "Same.", b_occ=2)
pairs.append(P.out())

# ---------------- p7 Côte d'Ivoire data-centre power
P = Pair("p7a_cotedivoire_datacentre_power_westafricabusinesswire.txt", "p7b_cotedivoire_datacentre_power_abidjansoir.txt")
P.f("contract length", "agree", "quantity", "15 years", "fifteen years", "Digits vs words.")
P.f("power supplied", "agree", "quantity", "up to 60 megawatts", "up to 60 MW", "Same.")
P.f("full capacity vs first phase", "related", "quantity", "up to 60 megawatts", "20 MW", "Full contract vs first phase.")
P.f("price per kWh", "conflict", "quantity", "68 CFA francs", "74 F CFA", "68 vs 74 XOF/kWh.")
P.f("contract value", "agree", "quantity", "about 470 billion CFA francs", "470 billion F CFA", "Same.")
P.f("first phase opening", "conflict", "date", "June 2027", "December 2027", "2027-06 vs 2027-12.")
P.f("signing day", "agree", "date", "Monday", "yesterday", "Both 2026-09-14.", a_occ=2)
P.f("minister on data kept at home", "agree", "quote",
    "This is the day Ivory Coast stops sending its data abroad to be stored,",
    "Ivory Coast will no longer send its data abroad to be stored,", "Both Kouadio-Traoré; reworded.")
P.f("'Nobody in Yopougon' remark", "conflict", "quote",
    "Nobody in Yopougon will sit in the dark so that a server can stay cool,",
    "Nobody in Yopougon will sit in the dark so that a server can stay cool,",
    "Same words: A the minister, B N'Guessan.")
P.f("own gas plant", "conflict", "statement",
    "The operator will not build its own gas-fired power plant at the site",
    "The firm plans to install its own 25 MW gas turbine on site", "Will not vs plans to.")
P.f("local staff", "related", "quantity", "about 300 Ivorian technicians", "120 young engineers",
    "Hiring total vs engineers trained each year.")
P.f("regulator's role", "related", "statement",
    "will check that the price covers the cost of supply", "has not yet reviewed the price",
    "Future check vs not yet done: compatible.")
P.f("household tariffs", "agree", "statement",
    "household tariffs would not change as a result of the deal",
    "electricity bills for households would not rise because of the deal", "Same.")
P.f("curtailment in shortages", "agree", "quantity", "up to 40%", "up to 40 %", "Same.")
P.f("installed capacity", "agree", "quantity", "about 3,000 megawatts", "about 3 000 MW", "Same.")
P.f("planned capacity", "agree", "quantity", "1,200 megawatts", "1 200 MW", "Same.")
pairs.append(P.out())

# ---------------- p8 Samoa golf resort
P = Pair("p8a_samoa_golf_resort_oceaniapressagency.txt", "p8b_samoa_golf_resort_apiasun.txt")
P.f("project cost", "agree", "quantity", "ST$180 million", "$180m tala", "Same.", a_occ=2)
P.f("land area", "conflict", "quantity", "120 hectares", "95 hectares", "120 vs 95 ha.")
P.f("lease length", "agree", "quantity", "60 years", "60 years", "Same.")
P.f("project cost vs annual rent", "related", "quantity", "ST$180 million", "$400,000 tala", "Total investment vs yearly lease rent.", a_occ=2)
P.f("construction start", "conflict", "date", "March 2027", "January 2027", "2027-03 vs 2027-01.")
P.f("opening", "agree", "date", "late 2028", "2028", "Both 2028.")
P.f("approval day", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-10.")
P.f("'bulldozers' remark", "conflict", "quote",
    "Our people deserve to see the contract before the bulldozers arrive,",
    "Our people deserve to see the contract before the bulldozers arrive,",
    "Same words: A opposition MP Fonoti, B matai Tuimavave Soli.")
P.f("developer on mangroves", "agree", "quote",
    "We have designed the fairways around the mangroves, not through them,",
    "We have designed the course around the mangroves, not through them,", "Both Leavasa; reworded.")
P.f("village council and the lease", "conflict", "statement",
    "the village council of Sa'anapu has agreed to the lease",
    "the village council of Sa'anapu has refused to sign the lease", "Agreed vs refused.")
P.f("environmental scrutiny", "related", "statement",
    "will require a full environmental impact assessment",
    "The Samoa Conservation Society warned", "Different actors and acts.")
P.f("village water", "agree", "statement",
    "will not draw on the village water supply", "not from the village supply", "Same.")
P.f("construction jobs", "agree", "quantity", "about 400 people", "About 400 jobs", "Same.")
P.f("duty exemption", "agree", "quantity", "ST$12 million", "about $12m tala", "Same.")
P.f("visitors in 2025", "agree", "quantity", "about 174,000 visitors", "174,000 visitors", "Same.")
P.f("hotel size", "agree", "quantity", "90-room", "90-room", "Same.")
pairs.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(pairs, f, ensure_ascii=False, indent=1)
    f.write("\n")
