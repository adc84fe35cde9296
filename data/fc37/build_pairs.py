import json, os
from build_common import Pair, HERE

OUT = []

# ---------------- pair 1: Halcyra plant closure, Barceloneta (Puerto Rico)
P = Pair("p1a_puertorico_pharma_plant_caribewire.txt", "p1b_puertorico_pharma_plant_northcoastcourier.txt")
P.f("jobs lost", "agree", "quantity", "640 jobs", "640 workers", "Same 640 (B body, second mention).", b_occ=2)
P.f("severance total", "agree", "quantity", "$18 million", "US$18 million", "Same.")
P.f("severance total vs per worker", "related", "quantity", "$18 million", "about $28,000",
    "A: total severance; B: average per worker. Per-unit vs total in the same currency (18m / 640 = about 28,000).")
P.f("tax credits to recover", "conflict", "quantity", "$4.5 million", "$4.2 million", "4.5 vs 4.2 million dollars of tax credits since 2019.")
P.f("retraining fund", "agree", "quantity", "$2 million", "$2 million", "Same.")
P.f("annual output", "agree", "quantity", "roughly 18 million pens", "around 18 million insulin pens", "Same.")
P.f("weight of the plant in the town", "related", "quantity", "about 12%", "about 9%",
    "A: share of the municipality's jobs; B: share of its property tax revenue. Different bases.")
P.f("closure date", "conflict", "date", "June 30", "September 30", "2026-06-30 vs 2026-09-30.")
P.f("announcement day", "agree", "date", "Wednesday", "Yesterday", "Both 2026-01-21 (A's 'Wednesday' is in the lead).", a_after="the company said on")
P.f("legislative hearing", "agree", "date", "February 5", "February 5", "Same.")
P.f("incentive decree year", "agree", "date", "2019", "2019", "Credits under a 2019 decree / received since 2019.")
P.f("Whitcombe on the options", "agree", "quote",
    "We looked at every option to keep Barceloneta running, and none of them worked,",
    "We tried to find a future for Barceloneta and could not,", "Both Whitcombe; reworded.")
P.f("who said 'a hard day for Barceloneta'", "conflict", "quote",
    "This is a hard day for Barceloneta, but it is not the end of Barceloneta,",
    "This is a hard day for Barceloneta, but it is not the end of Barceloneta,",
    "Same words: A gives them to Mayor Efraín Colón Rivera, B to union leader Nilda Rosario Feliciano.")
P.f("any part of the plant kept open", "conflict", "statement",
    "He said no part of the plant would stay open after the last shift",
    "the company is considering keeping a small packaging line open with about 60 workers",
    "Opposite polarity: nothing will stay open vs (anonymous managers) a packaging line may be kept.")
P.f("tax incentives as a cause", "agree", "statement",
    "Whitcombe denied that the closure was linked to changes in the island's tax incentives for manufacturers",
    "The company rejected suggestions that the new tax rules for manufacturers had played any part in its decision",
    "Same denial (Whitcombe / the company).")
P.f("demands on others", "related", "statement",
    "the department had asked Halcyra for its hiring records going back five years",
    "he asked the government to speed up a highway interchange",
    "A: department asks the company for records; B: mayor asks the government for an interchange. Different actors and requests.")
OUT.append(P.out())

# ---------------- pair 2: Isla Drydock sold to Nordhaven (Curaçao)
P = Pair("p2a_curacao_drydock_sale_antillesbusinesswire.txt", "p2b_curacao_drydock_sale_willemstadtimes.txt")
P.f("sale price", "agree", "quantity", "$96 million", "US$96 million", "Same (A body, second mention).", a_occ=2)
P.f("sale price in guilders", "agree", "quantity", "$96 million", "about 172 million Caribbean guilders",
    "Same price in two currencies (96m x 1.79 = 171.8m guilders). A's headline figure.")
P.f("Nordhaven stake", "agree", "quantity", "80%", "80 percent", "Same.")
P.f("government stake", "agree", "quantity", "20%", "20 percent", "Same.")
P.f("jobs protected", "agree", "quantity", "410 jobs", "410 jobs", "Same.")
P.f("length of job guarantee", "conflict", "quantity", "three years", "two years", "3 vs 2 years for the same guarantee.")
P.f("investment pledge", "related", "quantity", "$40 million", "US$25 million",
    "A: total promised for a floating dock and cranes; B: a first phase. Total vs part.")
P.f("pension fund debt", "agree", "quantity", "$31 million", "US$31 million", "Same.")
P.f("ships repaired", "related", "quantity", "about 90 vessels a year", "74 ships",
    "A: typical year; B: last year only. Different period.")
P.f("signing day", "agree", "date", "Monday", "yesterday", "Both 2026-02-16.")
P.f("parliament vote", "agree", "date", "March 12", "12 March", "Same.")
P.f("completion / handover", "conflict", "date", "May 31", "1 July", "2026-05-31 vs 2026-07-01.")
P.f("who said 'the dock is the backbone of the harbour'", "conflict", "quote",
    "The dock is the backbone of the harbour, and today we have given it a future,",
    "The dock is the backbone of the harbour, and it should stay in Curaçao hands,",
    "Same opening words, A: Minister Jorien Statia, B: union leader Raymond Koeiman.")
P.f("union's stance on the sale", "conflict", "statement",
    "said it would not oppose the sale once the job guarantee was written into the contract",
    "He said the union would fight the sale in the Staten",
    "Opposite polarity: will not oppose vs will fight the sale.")
P.f("sold too cheaply", "agree", "statement",
    "Statia rejected criticism from opposition lawmakers that the yard was being sold below its value",
    "dismissed claims from the opposition that the yard had been sold cheaply", "Same rejection by Statia.")
P.f("Nordhaven's further plans", "related", "statement",
    "Nordhaven plans to train 50 apprentices a year at the yard",
    "is also considering a second Caribbean site in Aruba",
    "A: apprentices at Willemstad; B: a second site in Aruba. Different plans, compatible.")
OUT.append(P.out())

# ---------------- pair 3: water rationing in Guadeloupe
P = Pair("p3a_guadeloupe_water_rationing_atlanticpress.txt", "p3b_guadeloupe_water_rationing_gazettedesiles.txt")
P.f("communes under rationing", "conflict", "quantity", "14 communes", "12 communes", "14 vs 12 (both bodies, second mentions).", a_occ=2, b_occ=2)
P.f("households affected", "agree", "quantity", "about 48,000 households", "some 48 000 households", "Same.")
P.f("emergency funding", "agree", "quantity", "€12.5 million", "€12,5 million", "Same amount, decimal point vs comma.")
P.f("pipe to replace", "agree", "quantity", "11 kilometres", "11 km", "Same.")
P.f("water lost to leaks", "agree", "quantity", "About 60%", "61 %", "Both cite the audit chamber; 'about 60%' is compatible with 61%.")
P.f("bottled water ration", "related", "quantity", "1.5 litres", "9 litres",
    "A: per person per day; B: per household per day. Different per-unit bases.")
P.f("schools closed", "agree", "quantity", "23 schools", "Twenty-three schools", "Same.")
P.f("money for the network", "related", "quantity", "more than €100 million", "at least €250 million",
    "A: spent since 2021; B: a future plan the regional council will ask for. Different things in EUR.")
P.f("end of rationing", "conflict", "date", "April 15", "30 April", "2026-04-15 vs 2026-04-30.")
P.f("prefect's decree", "agree", "date", "Tuesday", "Tuesday 10 March", "Both 2026-03-10 (B body, second mention).", b_occ=2)
P.f("schools first closed", "agree", "date", "Monday", "Monday", "Both 2026-03-09.")
P.f("prefect on cooking and washing", "agree", "quote",
    "No family in Guadeloupe should have to choose between cooking and washing,",
    "no household will have to choose between the kitchen and the shower", "Both Vauclin; reworded.")
P.f("suspension of water bills", "conflict", "statement",
    "it had suspended water bills for the affected households",
    "the utility would not suspend bills", "Opposite polarity: bills suspended vs will not suspend.")
P.f("natural disaster declaration", "agree", "statement",
    "Vauclin ruled out declaring a state of natural disaster",
    "she would not ask for a natural disaster declaration", "Same refusal by the prefect.")
P.f("neglected maintenance", "agree", "statement",
    "Bellance denied that the utility had delayed maintenance to save money",
    "He rejected accusations that maintenance had been neglected", "Same denial by Bellance.")
P.f("residents' group's next step", "related", "statement",
    "it plans to file a complaint against the utility",
    "has asked the regional council for an independent audit of the utility's accounts",
    "A: a legal complaint; B: a request for an audit. Different actions, compatible.")
OUT.append(P.out())

# ---------------- pair 4: Kréolair cable car stopped (Réunion)
P = Pair("p4a_reunion_cable_car_oceanindieninfo.txt", "p4b_reunion_cable_car_quotidiendudepartement.txt")
P.f("people brought down", "agree", "quantity", "63 passengers", "63 people", "Same (A body, second mention).", a_occ=2)
P.f("cabins on the cable", "conflict", "quantity", "21 cabins", "19 cabins", "21 vs 19.")
P.f("length of the rescue", "agree", "quantity", "nearly five hours", "four and a half hours", "'Nearly five' is compatible with four and a half.")
P.f("height of the cabins", "agree", "quantity", "more than 40 metres", "40 m", "Compatible: some cabins more than / at 40 m.")
P.f("firefighters", "agree", "quantity", "About 80 firefighters", "More than 70 firefighters", "About 80 is more than 70.")
P.f("daily riders", "agree", "quantity", "about 6,000 passengers a day", "6 000 riders a day", "Same.")
P.f("cost of the line", "agree", "quantity", "€50 million", "€50 million", "Same.")
P.f("city's payment to the operator", "related", "quantity", "€420,000 a month", "€1,2 million a quarter",
    "Monthly vs quarterly fee (3 x 420,000 = 1.26m). Different period, roughly consistent.")
P.f("day of the breakdown", "agree", "date", "Saturday", "Saturday 18 April", "Both 2026-04-18 (B body, second mention).", b_occ=2)
P.f("reopening", "conflict", "date", "May 4", "18 May", "2026-05-04 at the earliest (operator) vs not before 2026-05-18 (prefecture).")
P.f("who said 'every person ... came down on their own feet'", "conflict", "quote",
    "Every person who went up yesterday came down on their own feet, and that is what counts,",
    "Every person who went up came down on their own feet, and that is what counts,",
    "Same words: A gives them to Colonel Hervé Grondin, B to Mayor Josiane Payet.")
P.f("operator on its inspections", "agree", "quote",
    "Our inspections follow the manufacturer's schedule to the letter,",
    "The inspection calendar has always been respected,", "Both Hoarau; reworded.")
P.f("software fault as the cause", "conflict", "statement",
    "said a fault in the control software had stopped the main motor",
    "did not believe a software fault caused the stop",
    "Opposite polarity: the same manufacturer blames its software (A) vs denies a software fault (B).")
P.f("cut maintenance", "agree", "statement",
    "Kréolair Mobilité director Nathalie Hoarau denied that maintenance had been reduced to cut costs",
    "Director Nathalie Hoarau rejected suggestions that the operator had skimped on maintenance", "Same denial.")
P.f("councillor Técher's response", "related", "statement",
    "said the incident showed the need for a second rescue system on the line",
    "has asked for a special council meeting", "Same speaker, different claims.")
OUT.append(P.out())

# ---------------- pair 5: Thio nickel strike ends (New Caledonia)
P = Pair("p5a_newcaledonia_nickel_strike_pacificnewsservice.txt", "p5b_newcaledonia_nickel_strike_nouvellesducaillou.txt")
P.f("pay rise", "agree", "quantity", "4.5%", "4,5 %", "Same (A body, second mention).", a_occ=2)
P.f("bonus", "agree", "quantity", "150,000 CFP francs", "150 000 F CFP", "Same.")
P.f("bonus in euros", "agree", "quantity", "about €1,257", "150 000 F CFP", "Same bonus in two currencies (150,000 / 119.33 = 1,257).")
P.f("union demand", "agree", "quantity", "8%", "8 %", "Same.")
P.f("workers covered", "agree", "quantity", "about 1,300 workers", "1 320 employees", "About 1,300 vs 1,320: compatible.")
P.f("length of the strike", "conflict", "quantity", "11-day", "13 days", "11 vs 13 days for the same strike starting 11 May.")
P.f("lost sales", "conflict", "quantity", "about 2.4 billion CFP francs", "XPF 2,1 billion", "2.4 vs 2.1 billion XPF, both from the company.")
P.f("lost exports", "related", "quantity", "about 90,000 tonnes", "Four ore ships", "Tonnes of ore vs ships: different measures.")
P.f("strikers facing discipline", "agree", "quantity", "14 strikers", "14 workers", "Same 14.")
P.f("start of the strike", "agree", "date", "11 May", "11 May", "Same.")
P.f("return to work", "agree", "date", "Monday", "Monday 25 May", "Both 2026-05-25.")
P.f("Kaloï on the deal", "agree", "quote",
    "We did not get everything, but the workers have been heard and the mine is ours again,",
    "The workers have been heard, and that is a victory for all of Thio,", "Both Kaloï; reworded.")
P.f("who said 'every franc we add to wages'", "conflict", "quote",
    "Every franc we add to wages is a franc we cannot put into the mine,",
    "Every franc we add to wages is a franc we cannot put into the mine,",
    "Same words: A gives them to MGS chief Sophie Delorme-Naudin, B to government member Marie-Claude Touyada.")
P.f("disciplinary action against 14 strikers", "conflict", "statement",
    "MGS also agreed to drop disciplinary action against 14 strikers",
    "the company will not drop disciplinary proceedings against the 14 workers",
    "Opposite polarity: agreed to drop vs will not drop.")
P.f("public money for the deal", "agree", "statement",
    "refused to put public money into the settlement",
    "refused to finance any part of the agreement", "Same refusal by the territory's government.")
P.f("other plans and demands", "related", "statement",
    "the company plans to hire 40 young people from the Thio area as apprentices next year",
    "The union has asked the company to review the night-shift pattern",
    "A: company's hiring plan; B: union's request on shifts. Different actors and measures.")
OUT.append(P.out())

# ---------------- pair 6: Tahitian pearl auction (French Polynesia)
P = Pair("p6a_frenchpolynesia_pearl_auction_southseaswire.txt", "p6b_frenchpolynesia_pearl_auction_tahitimessenger.txt")
P.f("average price per pearl", "conflict", "quantity", "1,150 CFP francs a pearl", "1 090 F CFP", "1,150 vs 1,090 XPF a pearl.")
P.f("pearls sold", "agree", "quantity", "About 62,000 pearls", "61 850 pearls", "A rounds 61,850.")
P.f("total sales", "agree", "quantity", "71 million CFP francs", "71 million F CFP", "Same.")
P.f("total sales in euros", "agree", "quantity", "roughly €595,000", "71 million F CFP", "Same total in two currencies (71m / 119.33 = 595,000).")
P.f("price fall", "related", "quantity", "18%", "18 %",
    "Same number, different bases: A compares with the July auction a year ago, B with the January auction.", a_occ=2)
P.f("unsold lots", "conflict", "quantity", "Some 40%", "About 35 %", "About 40% vs about 35% of lots unsold.")
P.f("buyers", "agree", "quantity", "Thirty-two buyers", "32 buyers", "Same.")
P.f("price vs cost per pearl", "related", "quantity", "1,150 CFP francs a pearl", "around 1 300 F CFP",
    "A: average sale price; B: small farm's production cost. Different things in the same unit.")
P.f("auction day", "agree", "date", "Thursday", "yesterday", "Both 2026-07-16.")
P.f("minister meets farmers", "agree", "date", "July 28", "28 July", "Same.")
P.f("next auction", "conflict", "date", "November", "October", "2026-11 vs 2026-10.")
P.f("who said 'the price of a bottle of wine'", "conflict", "quote",
    "We cannot keep selling our best pearls for the price of a bottle of wine.",
    "We cannot keep selling our best pearls for the price of a bottle of wine.",
    "Same words: A gives them to cooperative president Teiki Tehaamatai, B to farmer Marau Flosse.")
P.f("minimum export price", "conflict", "statement",
    "The government will not introduce a minimum export price",
    "The government is expected to propose a minimum export price",
    "Opposite polarity: will not introduce (minister) vs expected to propose (anonymous official).")
P.f("buyers' names", "agree", "statement",
    "The cooperative refused to disclose the names of the buyers",
    "The cooperative, as usual, would not reveal who bought what", "Same refusal.")
P.f("help for farms", "related", "statement",
    "The cooperative asked for an emergency loan scheme",
    "The cooperative's board will ask the assembly for a fund of 300 million F CFP",
    "A: an emergency loan scheme already requested; B: a debt fund to be requested from the assembly. Different measures.")
OUT.append(P.out())

# ---------------- pair 7: Typhoon Kinmei closes Macau casinos
P = Pair("p7a_macau_typhoon_casinos_pearlriverwire.txt", "p7b_macau_typhoon_casinos_macaudailyexpress.txt")
P.f("length of casino closure", "conflict", "quantity", "33 hours", "27 hours", "33 vs 27 hours.")
P.f("peak gusts", "agree", "quantity", "up to 198 km/h", "198 kilometres per hour", "Same.")
P.f("storm surge", "conflict", "quantity", "1.6 metres", "1.9 metres", "1.6 vs 1.9 m.")
P.f("injured", "agree", "quantity", "41 people", "41 people", "Same (A's updated figure).")
P.f("injured: first count vs final", "related", "quantity", "37 people", "41 people",
    "A's initial figure (updated within A to 41) vs B's figure: earlier vs later count.")
P.f("flights cancelled", "agree", "quantity", "212 flights", "212 flights", "Same.")
P.f("lost gaming revenue", "agree", "quantity", "about MOP$1.8 billion", "around HK$1.75 billion",
    "Same estimate in two currencies (1 HKD = about 1.03 MOP).")
P.f("streets flooded", "agree", "quantity", "about 40 streets", "more than 30 streets", "Compatible.")
P.f("aid to flooded shops", "related", "quantity", "MOP$5,000", "MOP$120 million", "Per shop vs total fund, same currency.")
P.f("No. 10 signal raised", "agree", "date", "Sunday", "Sunday", "Both 2026-09-13.")
P.f("schools reopen", "conflict", "date", "Wednesday", "Thursday", "2026-09-16 vs 2026-09-17, both from Secretary Chan.")
P.f("Typhoon Hato", "agree", "date", "2017", "2017", "Same.")
P.f("bureau on its warning", "agree", "quote",
    "We gave the public more than a day of warning, and the signals were raised in good time,",
    "The public had well over 24 hours of notice,", "Both Leong Ka Wai; reworded.")
P.f("pay for lost shifts", "conflict", "statement",
    "All six operators have agreed to pay staff in full for the shifts lost during the shutdown",
    "the operators have refused to pay staff for the shifts cancelled during the closure",
    "Opposite polarity: agreed to pay (regulator) vs refused to pay (employees' association).")
P.f("signal raised too late", "agree", "statement",
    "denying that it had raised the No. 10 signal too late",
    "rejected criticism that the warning came too late", "Same denial by the bureau / Leong.")
P.f("Inner Harbour defences", "related", "statement",
    "is considering raising the height of the Inner Harbour flood wall",
    "Three legislators asked the government on Monday for an inquiry",
    "A: government considers a higher flood wall; B: legislators ask for an inquiry into pumping stations.")
OUT.append(P.out())

# ---------------- pair 8: court halts Nungwi resort (Zanzibar)
P = Pair("p8a_zanzibar_hotel_mangroves_eastafricanwire.txt", "p8b_zanzibar_hotel_mangroves_islandmirror.txt")
P.f("project cost", "agree", "quantity", "$85 million", "TSh 220 billion",
    "Same cost in two currencies (85m x about 2,600 TZS = 221bn). A body, second mention.", a_occ=2)
P.f("rooms", "conflict", "quantity", "240-room", "260 rooms", "240 vs 260 rooms.")
P.f("length of the halt", "agree", "quantity", "90 days", "three months", "Same period in days and months.")
P.f("mangroves cleared", "agree", "quantity", "about 4 hectares", "4.2 hectares", "Compatible.")
P.f("environmental fine", "agree", "quantity", "TSh 50 million", "TSh 50 million", "Same.")
P.f("fishing families", "agree", "quantity", "some 300 families", "Some 300 families", "Same.")
P.f("jobs", "related", "quantity", "About 600 construction workers", "1,200 permanent jobs",
    "A: construction workers sent home; B: permanent jobs promised. Different measures.")
P.f("ruling day", "agree", "date", "Tuesday", "yesterday", "Both 2026-11-17 (B body, second mention).", b_occ=2)
P.f("next hearing", "conflict", "date", "December 8", "December 15", "2026-12-08 vs 2026-12-15.")
P.f("clearing began", "agree", "date", "August", "August", "Same month.")
P.f("planned opening", "agree", "date", "December 2027", "the end of 2027", "2027-12 vs 2027: compatible grains.")
P.f("who said 'the mangroves are our fish market'", "conflict", "quote",
    "The mangroves are our fish market. Cut them and our children eat nothing,",
    "The mangroves are our fish market,",
    "Same words: A gives them to association chairman Haji Makame Ussi, B to its lawyer Amina Said Bakari.")
P.f("developer's apology", "agree", "quote",
    "We regret what happened and we are replanting every tree,",
    "We are sorry, and every tree that was cut will be replaced,", "Both Strydom; reworded.")
P.f("appeal", "conflict", "statement",
    "He said the company would appeal against the suspension",
    "said the company would not appeal", "Opposite polarity: will appeal vs will not appeal.")
P.f("deliberate clearing", "agree", "statement",
    "Coral Crest managing director Daniel Strydom denied that the company had cleared the mangroves deliberately",
    "He rejected claims that the clearing had been deliberate", "Same denial by Strydom.")
P.f("further demands and reviews", "related", "statement",
    "The fishermen have asked the court to order the company to pay compensation",
    "the government would review every coastal building permit issued since 2023",
    "A: fishermen seek compensation; B: minister reviews coastal permits. Different actors and measures.")
OUT.append(P.out())

with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
