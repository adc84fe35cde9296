import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Douala fake medicines
P = Pair("p1a_cameroon_fake_medicines_equatornewswire.txt", "p1b_cameroon_fake_medicines_wouriherald.txt")
P.f("weight of the seizure", "agree", "quantity", "38 tonnes", "About 40 tonnes", "38 tonnes rounded up to 'about 40' by B.", a_occ=2)
P.f("number of containers", "conflict", "quantity", "three shipping containers", "four containers", "3 vs 4 containers.")
P.f("value of the cargo", "agree", "quantity", "2.1 billion CFA francs", "FCFA 2,1 billion", "Same value; B writes the decimal comma and the FCFA prefix.")
P.f("boxes of medicine", "agree", "quantity", "more than 1.2 million boxes", "1 236 000 boxes", "1,236,000 is more than 1.2 million.")
P.f("maximum prison term", "agree", "quantity", "up to 10 years", "up to ten years", "Same legal maximum, digits vs words.")
P.f("annual seizures", "related", "quantity", "112 tonnes", "96 tonnes", "A: total for 2025; B: total for 2024. Same measure at two different times.")
P.f("cargo value vs maximum fine", "related", "quantity", "2.1 billion CFA francs", "up to FCFA 50 million", "A: street value of the cargo; B: legal maximum fine. Different measures in XAF.")
P.f("containers arrived", "agree", "date", "January 28", "28 January", "Both 2026-01-28, written two ways.")
P.f("containers opened", "conflict", "date", "Friday", "Saturday 7 February", "A: Friday 2026-02-06; B: Saturday 2026-02-07.")
P.f("seizure announced", "agree", "date", "Tuesday", "yesterday", "Both 2026-02-10 (B published the next day).")
P.f("who said 'These pills do not cure; they kill'", "conflict", "quote",
    "These pills do not cure; they kill,", "These pills do not cure; they kill,",
    "Same words: A gives them to customs chief Ndzana, B to Health Minister Mbarga.")
P.f("minister on roadside medicine", "agree", "quote",
    "Our people are not dying of malaria alone, they are dying of the cure they bought on the roadside,",
    "but from the medicine they buy by the roadside", "Both Mbarga; B quotes a reworded fragment with the same meaning.")
P.f("arrests", "conflict", "statement", "Police arrested two employees of the importing firm", "No one has yet been arrested.",
    "Opposite polarity: two employees arrested vs no one arrested yet.")
P.f("false declaration", "agree", "statement", "were declared as cosmetics", "had been declared as hair products and soap",
    "Same fact: A generic 'cosmetics', B the specific goods.")
P.f("responses to the trade", "related", "statement", "The ministry plans to open a free telephone line",
    "The national order of pharmacists called on the government to close the street drug markets for good",
    "A: ministry plans a batch-check hotline; B: pharmacists call for closing street markets. Different actors and measures.")
OUT.append(P.out())

# ---------------- pair 2: cashew farm-gate price
P = Pair("p2a_cotedivoire_cashew_price_atlanticcommoditieswire.txt", "p2b_cotedivoire_cashew_price_korhogoecho.txt")
P.f("farm-gate price", "agree", "quantity", "425 CFA francs per kilogram", "425 FCFA per kilo", "Same price per kg.")
P.f("last season's price", "agree", "quantity", "400 francs", "FCFA 400", "Same.")
P.f("price rise", "agree", "quantity", "6.25%", "6,3 %", "B rounds 6.25 to one decimal with a decimal comma.")
P.f("price farmers demanded", "agree", "quantity", "500 francs", "500 FCFA", "Same demand.")
P.f("crop forecast", "conflict", "quantity", "between 1.2 million and 1.3 million tonnes", "1,1 million tonnes",
    "Range 1.2-1.3 million vs a single 1.1 million, both attributed to the Cotton and Cashew Council.")
P.f("price inspectors", "agree", "quantity", "600 inspectors", "Six hundred price monitors", "Same number, digits vs words.")
P.f("farm-gate vs port price", "related", "quantity", "425 CFA francs per kilogram", "at least FCFA 470 per kilo",
    "A: price paid to farmers; B: floor price exporters pay at the ports. Two prices of different things.")
P.f("share processed locally", "agree", "quantity", "about 25%", "about 25 %", "Same.")
P.f("processing share now vs target", "related", "quantity", "about 25%", "50 %", "A: current share; B: 2030 target. Different measures.")
P.f("buying opens", "agree", "date", "March 5", "Thursday 5 March", "Both 2026-03-05.")
P.f("price announced", "conflict", "date", "Monday", "Tuesday", "A: Monday 2026-03-02; B: Tuesday 2026-03-03.")
P.f("minister on the price", "agree", "quote",
    "We have chosen a price that protects the farmer without pricing our nuts out of the Asian market,",
    "while keeping our cashew attractive to buyers in Asia", "Both Kouassi-Traore; B's fragment rewords the same point.")
P.f("who said 'a price of poverty'", "conflict", "quote",
    "A price that does not cover fertiliser and sacks is a price of poverty,",
    "A price that does not cover fertiliser and sacks is a price of poverty,",
    "Same words: A gives them to union head Souleymane Ouattara, B to co-op chair Mariam Soro.")
P.f("closing the land border", "conflict", "statement",
    "ruled out closing the land borders to cashew trucks", "The government is considering closing the land border to cashew trucks",
    "Opposite modality: ruled out vs is considering.")
P.f("sanction for underpaying", "agree", "statement",
    "buyers caught paying less than the official price would lose their licences",
    "traders who pay below the official price will have their buying permits withdrawn", "Same sanction, reworded.")
P.f("demands on the government", "related", "statement",
    "asked the government to cut the export levy on raw nuts", "Many are now calling for a bonus paid at the end of the season",
    "A: exporters want a lower levy; B: growers want an end-of-season bonus. Different actors and demands.")
OUT.append(P.out())

# ---------------- pair 3: Benin Ponzi verdict
P = Pair("p3a_benin_ponzi_verdict_coastlineafricawire.txt", "p3b_benin_ponzi_verdict_cotonousentinel.txt")
P.f("prison sentence", "conflict", "quantity", "12 years", "ten years", "12 vs 10 years for the founder.", a_occ=2, b_occ=2)
P.f("sentence vs prosecution request", "related", "quantity", "12 years", "15 years", "A: sentence imposed; B: sentence the prosecution asked for.", a_occ=2)
P.f("number of savers", "agree", "quantity", "more than 14,000 savers", "14 312 depositors", "14,312 is more than 14,000.")
P.f("money collected", "agree", "quantity", "8.6 billion CFA francs", "FCFA 8,6 billion", "Same, decimal point vs comma.")
P.f("collected vs recovered", "related", "quantity", "8.6 billion CFA francs", "FCFA 1,9 billion", "A: total collected; B: amount recovered so far.")
P.f("promised monthly return", "agree", "quantity", "30%", "30 %", "Same.")
P.f("fine", "agree", "quantity", "100 million CFA francs", "FCFA 100 million", "Same.")
P.f("co-defendants", "agree", "quantity", "Five co-defendants", "Five other defendants", "Same.")
P.f("verdict day", "agree", "date", "Tuesday", "Tuesday 21 April", "Both 2026-04-21.")
P.f("payments stopped", "conflict", "date", "August 2025", "July 2025", "2025-08 vs 2025-07.")
P.f("ICC Services collapse", "agree", "date", "2010", "2010", "Same.")
P.f("judge on the lie", "agree", "quote",
    "This court does not punish ambition; it punishes the lie sold to people who trusted you with their savings,",
    "but the lie you sold to people who gave you their savings", "Both judge Dossou-Yovo; B a reworded fragment.")
P.f("who said 'We trusted him like a pastor'", "conflict", "quote", "We trusted him like a pastor,", "We trusted him like a pastor,",
    "Same words: A Celestine Akpovi (association leader), B Prudence Adjovi (nurse).")
P.f("founder's villa", "conflict", "statement", "The court ordered the seizure of his villa in the Fidjrosse district",
    "The court, however, declined to order the confiscation of the founder's villa in Fidjrosse", "Opposite polarity: ordered vs declined.")
P.f("founder's denial", "agree", "statement", "has maintained his innocence throughout the trial", "Hounkpatin has always denied defrauding anyone.",
    "Same denial, reworded.")
P.f("what comes next for savers", "related", "statement", "it plans to create a public register of investment clubs",
    "is calling for a compensation fund", "A: ministry plans a register; B: victims call for a fund. Different actors and measures.")
OUT.append(P.out())

# ---------------- pair 4: Togo undersea cable
P = Pair("p4a_togo_internet_cable_harmattannewswire.txt", "p4b_togo_internet_cable_lomemorningpost.txt")
P.f("fall in speeds", "agree", "quantity", "about 80%", "80 %", "Same.")
P.f("capacity restored by Wednesday morning", "conflict", "quantity", "40%", "60 %", "40% vs 60% of capacity, both by Wednesday (2026-05-27) morning.")
P.f("distance of the break", "agree", "quantity", "about 120 kilometres", "75 miles", "120 km = 74.6 miles: same distance in two units.")
P.f("depth of the break", "agree", "quantity", "around 2,000 metres", "2 000 metres", "Same.")
P.f("economy-wide vs one shop's losses", "related", "quantity", "about 4 billion CFA francs a day", "FCFA 250 000 a day",
    "A: estimated daily cost to the economy; B: daily loss of one cybercafe.")
P.f("break detected / outage began", "agree", "date", "Tuesday", "Tuesday 26 May", "Both 2026-05-26.")
P.f("repair ship arrival", "conflict", "date", "June 3", "8 June", "2026-06-03 vs 2026-06-08.", a_occ=2)
P.f("earlier regional outage", "agree", "date", "March 2024", "March 2024", "Same.")
P.f("who blamed an anchor", "conflict", "quote",
    "The most likely cause is an anchor dragged by a ship during bad weather,",
    "The most likely cause is an anchor dragged by a ship during bad weather,",
    "Same words: A gives them to Lome Connect CEO Amegbor, B to minister Kpodar-Afandalo.")
P.f("payments first", "agree", "quote", "Money first, then the rest,", "First the money, then the videos.", "Both Edem Lawson; reworded, same meaning.")
P.f("sabotage", "conflict", "statement", "the government had ruled out sabotage", "investigators have not excluded sabotage",
    "Opposite polarity: ruled out vs not excluded.")
P.f("payments halted", "agree", "statement", "Banks suspended online and mobile transfers for most of Tuesday",
    "Mobile-money payments were halted for much of Tuesday", "Same disruption.")
P.f("compensation", "related", "statement", "would give its 4.8 million subscribers free data for a week",
    "demanded that operators refund subscribers for every day without normal service",
    "A: operator offers free data; B: consumer group demands refunds. Different measures.")
OUT.append(P.out())

# ---------------- pair 5: Mali lithium convoy
P = Pair("p5a_mali_lithium_convoy_sahelresourceswire.txt", "p5b_mali_lithium_convoy_bamakohorizon.txt")
P.f("trucks in the convoy", "agree", "quantity", "48 trucks", "forty-eight lorries", "Same number, digits vs words.")
P.f("cargo", "agree", "quantity", "about 1,500 tonnes", "1 440 tonnes", "'about 1,500' rounds 1,440 (48 x 30).")
P.f("annual capacity", "conflict", "quantity", "500,000 tonnes", "400 000 tonnes", "500,000 vs 400,000 tonnes a year at full capacity.")
P.f("state stake", "agree", "quantity", "35%", "35 per cent", "Same.")
P.f("cost of the mine", "agree", "quantity", "$320 million", "FCFA 195 billion", "Same cost in two currencies ($320m at about 610 CFA francs = FCFA 195bn).")
P.f("price per tonne vs cargo value", "related", "quantity", "about $1,050 a tonne", "about FCFA 950 million",
    "A: market price per tonne; B: value of the whole first convoy. Per unit vs total.")
P.f("workforce", "agree", "quantity", "about 1,200 people", "About 1 200 people", "Same.")
P.f("convoy left", "conflict", "date", "Monday", "Sunday 5 July", "A: Monday 2026-07-06; B: Sunday 2026-07-05.")
P.f("mining permit", "agree", "date", "2023", "2023", "Same.")
P.f("first ore mined", "agree", "date", "March", "March", "Both 2026-03.")
P.f("who said 'first day of a new economy'", "conflict", "quote",
    "This is the first day of a new economy for Mali,", "This is the first day of a new economy for Mali,",
    "Same words: A Mines Minister Sangare, B managing director Liu Wenbo.")
P.f("village chief on dust", "agree", "quote",
    "The road dust falls on our fields before the money reaches our homes,",
    "The dust of the road falls on our fields before the money comes into our homes,", "Both Seydou Diarra; slightly reworded.")
P.f("local refinery", "conflict", "statement", "the company would not build a processing plant in Mali",
    "the company is studying the construction of a local refinery", "Opposite modality: would not build vs is studying.")
P.f("port of export", "conflict", "statement", "to the port of Abidjan", "towards the port of San Pedro", "Different destination ports.")
P.f("escort", "agree", "statement", "under an escort of soldiers and gendarmes", "under military escort", "Same fact.")
P.f("grievances", "related", "statement", "the government plans to renegotiate the Sanankoro agreement",
    "Drivers complained of the number of road tolls and checkpoints",
    "A: state wants a bigger revenue share; B: truckers complain of tolls. Different actors and issues.")
OUT.append(P.out())

# ---------------- pair 6: Niger solar plant
P = Pair("p6a_niger_solar_plant_saharapresswire.txt", "p6b_niger_solar_plant_niameytribune.txt")
P.f("capacity", "agree", "quantity", "50-megawatt", "50 MW", "Same.", a_occ=2)
P.f("cost", "conflict", "quantity", "31 billion CFA francs", "FCFA 34 billion", "31 vs 34 billion (B says it includes the grid line; scored conflict).")
P.f("panels", "agree", "quantity", "about 92,000 solar panels", "91 800 panels", "'about 92,000' rounds 91,800.")
P.f("share of Niamey demand", "conflict", "quantity", "between 12% and 15%", "20 %", "Range 12-15% vs a single 20%.")
P.f("households supplied", "agree", "quantity", "about 100,000 households", "100 000 homes", "Same.")
P.f("storage", "agree", "quantity", "20 megawatt-hours", "20 MWh", "Same, spelled out vs abbreviated.")
P.f("diesel savings vs import bill", "related", "quantity", "about 3.5 billion CFA francs a year", "about FCFA 40 billion",
    "A: annual diesel savings; B: last year's bill for imported power. Different measures in XOF.")
P.f("second phase", "agree", "quantity", "50 megawatts", "50 MW", "Same planned second phase.", b_occ=2)
P.f("construction time", "agree", "quantity", "twenty months", "twenty months", "Same.")
P.f("inauguration", "agree", "date", "Tuesday", "Tuesday 18 August", "Both 2026-08-18.")
P.f("work began", "conflict", "date", "October 2024", "January 2025", "2024-10 vs 2025-01.")
P.f("who said 'a kilowatt of sovereignty'", "conflict", "quote",
    "Every kilowatt we produce at home is a kilowatt of sovereignty,", "Every kilowatt we produce at home is a kilowatt of sovereignty,",
    "Same words: A Energy Minister Garba Issoufou, B NIGELEC head Sani Mahaman.")
P.f("scheduled power cuts", "conflict", "statement", "had already ended the scheduled power cuts", "it has not yet ended rationing",
    "Opposite: has already ended vs has not yet ended.")
P.f("financing", "agree", "statement", "financed mainly by a loan from the West African Development Bank",
    "Financing came largely from a loan by the West African Development Bank (BOAD)", "Same.")
P.f("dependence on Nigeria", "related", "statement", "Niger has suffered chronic electricity shortages since Nigeria cut supplies in 2023",
    "The plant should help reduce Niger's bill for electricity imported from Nigeria", "A: shortages since Nigeria's cut; B: import bill. Same topic, different facts.")
OUT.append(P.out())

# ---------------- pair 7: Doha falcon auction
P = Pair("p7a_qatar_falcon_auction_gulfbusinesswire.txt", "p7b_qatar_falcon_auction_dohacourier.txt")
P.f("record price", "agree", "quantity", "QR1.25 million", "QR1.25mn", "Same.", a_occ=2, b_occ=2)
P.f("record price in dollars", "agree", "quantity", "$343,000", "QR1.25mn", "Same price in two currencies (QR3.64 to the dollar).")
P.f("previous record", "conflict", "quantity", "QR700,000", "QR600,000", "QR700,000 vs QR600,000.")
P.f("falcons auctioned", "agree", "quantity", "41 falcons", "Forty-one birds", "Same number.")
P.f("total sales vs average price", "related", "quantity", "QR6.8 million", "about QR165,000", "Total vs per-bird average (6.8m / 41 = 166,000).")
P.f("bidders", "agree", "quantity", "more than 300 bidders", "About 350 bidders", "'about 350' is compatible with 'more than 300'.")
P.f("exhibitors", "agree", "quantity", "more than 170 exhibitors", "more than 170 exhibitors", "Same.")
P.f("countries represented", "conflict", "quantity", "20 countries", "19 countries", "20 vs 19.")
P.f("weight of the falcon", "agree", "quantity", "1.3 kilograms", "1,300 grams", "Same weight in two units.")
P.f("visitors", "agree", "quantity", "about 60,000 visitors", "about 60,000 visitors", "Same.")
P.f("exhibition opened", "agree", "date", "September 10", "10 September", "Both 2026-09-10.")
P.f("auction night", "conflict", "date", "Monday night", "Sunday night", "A: 2026-09-14; B: 2026-09-13.", b_occ=2)
P.f("who said 'once in a decade'", "conflict", "quote", "A bird like this comes once in a decade,", "A bird like this comes once in a decade,",
    "Same words: A breeder Hamad Al-Marri, B auctioneer Khalid Al-Mohannadi.")
P.f("buyer's identity", "conflict", "statement", "Organisers would not disclose the buyer's identity",
    "The buyer was named by the organisers as Faisal Rashid Al-Naimi", "Opposite: would not disclose vs named.")
P.f("bred in captivity", "agree", "statement", "whose farm in Al Khor raised the falcon from an egg",
    "was hatched in captivity at a farm near Al Khor", "Same fact.")
P.f("next steps", "related", "statement", "The organising committee plans to add online bidding from abroad",
    "Breeders at the exhibition called on the authorities to make export permits for captive-bred falcons faster and cheaper",
    "A: organisers plan online bidding; B: breeders ask for faster export permits. Different actors and issues.")
OUT.append(P.out())

# ---------------- pair 8: Jeddah floods
P = Pair("p8a_saudiarabia_jeddah_floods_redseanewswire.txt", "p8b_saudiarabia_jeddah_floods_hejazobserver.txt")
P.f("rainfall", "agree", "quantity", "111 millimetres", "111 mm", "Same.")
P.f("duration of the rain", "agree", "quantity", "six hours", "six hours", "Same.")
P.f("deaths", "conflict", "quantity", "four people", "Six people", "4 vs 6 dead.")
P.f("people rescued", "agree", "quantity", "more than 1,200 people", "1,240 residents", "1,240 is more than 1,200.")
P.f("vehicles damaged", "agree", "quantity", "About 3,000 vehicles", "About 3,000 cars", "Same.")
P.f("fund vs per-household payment", "related", "quantity", "SR500 million", "up to SR25,000 per household", "Total fund vs cap per household.")
P.f("flights", "related", "quantity", "42 flights", "17 flights", "A: flights delayed; B: flights cancelled. Different measures.")
P.f("2009 death toll", "agree", "quantity", "more than 120 people", "more than 120 people", "Same.")
P.f("day of the flood", "agree", "date", "Tuesday", "Tuesday 17 November", "Both 2026-11-17.")
P.f("2009 flood", "agree", "date", "November 2009", "25 November 2009", "Compatible: month vs day.")
P.f("red alert issued", "conflict", "date", "Monday", "Sunday", "A: Monday 2026-11-16; B: Sunday 2026-11-15.", b_occ=2)
P.f("who defended the drainage network", "conflict", "quote",
    "The drainage network did what it was built to do, but no network in the world is designed for a storm like this,",
    "The drainage network did what it was built to do, but no network in the world is designed for a storm like this,",
    "Same words: A Civil Defense spokesman Al-Harbi, B municipality spokesman Al-Ghamdi.")
P.f("taxi driver on the water", "agree", "quote", "The water came up to the windows in less than half an hour,",
    "The water was at the windows within half an hour,", "Both Ahmed Bakheet; reworded.")
P.f("inquiry into the tunnels", "conflict", "statement",
    "The municipality has already opened an inquiry into the performance of the drainage tunnels",
    "The municipality has not yet decided whether to investigate the drainage tunnels", "Opposite: has already opened vs has not yet decided.")
P.f("railway stopped", "agree", "statement", "Traffic on the Haramain high-speed railway between Jeddah and Makkah was suspended for several hours",
    "The Haramain high-speed railway between Jeddah and Makkah stopped for about four hours", "Same fact; 'several' vs 'about four'.")
P.f("school closures", "related", "statement", "Schools in Jeddah, Rabigh and Khulais were closed on Wednesday",
    "Schools in Jeddah remained closed on Thursday", "Different days: A Wednesday, B Thursday (compatible).")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
